#!/usr/bin/env bash
# run-real.sh SCENARIO [LABEL]
#
# Builds, on loopback only, HAProxy 2.6 -> 2 nginx "web servers" -> 2 tiny
# python apps, runs one sequential client through it while applying the
# scenario's fault, and writes results/SCENARIO[.LABEL].*.csv.
# Everything lives in its own temp dir; every process started here is stopped
# on exit (normal or not). No system services are used.
#
# Scenarios: kill-default-retries kill-retries0 kill-redispatch active-passive
#            active-passive-redispatch app-502-tcp app-502-http hung
# BALANCE=leastconn|source|... (env) changes the algorithm (default roundrobin).
set -u

# ---------------------------------------------------------------- settings --
# HAProxy settings (the ones the simulator must mirror); env can override them
BALANCE=${BALANCE:-roundrobin}
CHECK_INTER=${CHECK_INTER:-500}          # ms, "check inter"
CHECK_FALL=${CHECK_FALL:-3}             # consecutive failed checks -> DOWN
CHECK_RISE=${CHECK_RISE:-2}             # consecutive passed checks -> UP
TIMEOUT_CONNECT=${TIMEOUT_CONNECT:-1000}     # ms
TIMEOUT_SERVER=${TIMEOUT_SERVER:-2000}      # ms
TIMEOUT_CLIENT=${TIMEOUT_CLIENT:-5000}      # ms
# (timeout check is NOT set -> HAProxy uses "inter" as the check timeout)
HTTPCHK_LINE="option httpchk GET /health"

# Client
N=${N:-200}                      # number of requests
INTERVAL_MS=${INTERVAL_MS:-50}   # request i scheduled at i*INTERVAL_MS
FAULT_INDEX=${FAULT_INDEX:-20}   # fault applied just before this request
REVIVE_INDEX=${REVIVE_INDEX:-120} # revive applied just before this request
FAULT_SERVER=${FAULT_SERVER:-web-02} # server hit by the fault (active-passive: always web-01)

# Loopback ports
HOST=127.0.0.1
HAPROXY_PORT=18080
WEB1_PORT=18081
WEB2_PORT=18082
APP1_PORT=19081
APP2_PORT=19082
LOG_PORT=18514           # UDP syslog receiver (python) for HAProxy logs

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RESULTS="$HERE/results"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
CURRENT_MARK=/tmp/haproxy-compare.current   # temp dir of a run in progress

SCENARIO="${1:-}"
LABEL="${2:-}"

RETRIES_LINE=""          # empty -> HAProxy default (retries 3)
REDISPATCH_LINE=""
BACKUP2=""
CHECK_LINE="$HTTPCHK_LINE"
case "$SCENARIO" in
  kill-default-retries) CHECK_LINE="$HTTPCHK_LINE" ;;
  kill-retries0)        RETRIES_LINE="retries 0" ;;
  kill-redispatch)      RETRIES_LINE="retries 3"; REDISPATCH_LINE="option redispatch" ;;
  active-passive)       BACKUP2="backup" ;;
  active-passive-redispatch) BACKUP2="backup"; RETRIES_LINE="retries 3"; REDISPATCH_LINE="option redispatch" ;;
  app-502-tcp)          CHECK_LINE="" ;;
  app-502-http)         CHECK_LINE="$HTTPCHK_LINE" ;;
  hung)                 CHECK_LINE="$HTTPCHK_LINE" ;;
  *) echo "usage: $0 {kill-default-retries|kill-retries0|kill-redispatch|active-passive|active-passive-redispatch|app-502-tcp|app-502-http|hung} [LABEL]" >&2
     exit 2 ;;
esac
OUTNAME="$SCENARIO${LABEL:+.$LABEL}"
case "$SCENARIO" in active-passive*) FAULT_SERVER=web-01 ;; esac
case "$FAULT_SERVER" in web-01) FAULT_APP_PORT=$APP1_PORT ;; web-02) FAULT_APP_PORT=$APP2_PORT ;;
  *) echo "FAULT_SERVER must be web-01 or web-02" >&2; exit 2 ;; esac
FS="$FAULT_SERVER"

for bin in haproxy nginx "$PY"; do
  command -v "$bin" >/dev/null 2>&1 || { echo "missing $bin (apt-get install -y haproxy nginx-light python3)" >&2; exit 2; }
done

# ------------------------------------------------------- process handling --
# kill_tree_from_dir DIR : stop everything recorded in DIR/*.pid (+ children)
kill_from_dir() {
  local d="$1" f p kids
  [ -d "$d" ] || return 0
  for f in "$d"/*.pid "$d"/web-0?/nginx.pid; do
    [ -f "$f" ] || continue
    p="$(cat "$f" 2>/dev/null)"
    [[ "$p" =~ ^[0-9]+$ ]] || continue
    kill -0 "$p" 2>/dev/null || continue
    kids="$(pgrep -P "$p" 2>/dev/null | tr '\n' ' ')"
    # SIGCONT first: a SIGSTOPped process would not act on SIGTERM
    kill -CONT "$p" $kids 2>/dev/null
    kill -TERM "$p" $kids 2>/dev/null
  done
  sleep 0.3
  for f in "$d"/*.pid "$d"/web-0?/nginx.pid; do
    [ -f "$f" ] || continue
    p="$(cat "$f" 2>/dev/null)"
    [[ "$p" =~ ^[0-9]+$ ]] || continue
    kids="$(pgrep -P "$p" 2>/dev/null | tr '\n' ' ')"
    kill -KILL "$p" $kids 2>/dev/null
  done
  return 0
}

# Idempotence: clean leftovers of an interrupted previous run of this script.
if [ -f "$CURRENT_MARK" ]; then
  OLD="$(cat "$CURRENT_MARK")"
  case "$OLD" in /tmp/haproxy-compare.*) kill_from_dir "$OLD"; rm -rf "$OLD" ;; esac
  rm -f "$CURRENT_MARK"
fi

# Ports must be free (we never kill processes we did not start).
for p in $HAPROXY_PORT $WEB1_PORT $WEB2_PORT $APP1_PORT $APP2_PORT; do
  if ss -Hltn "sport = :$p" | grep -q .; then
    echo "port $p already in use; stop whatever uses it first" >&2; exit 3
  fi
done
if ss -Hlun "sport = :$LOG_PORT" | grep -q .; then
  echo "udp port $LOG_PORT already in use" >&2; exit 3
fi

T="$(mktemp -d /tmp/haproxy-compare.XXXXXX)"
echo "$T" > "$CURRENT_MARK"
cleanup() {
  touch "$T/logrecv.stop" 2>/dev/null
  kill_from_dir "$T"
  rm -f "$CURRENT_MARK"
  if [ -z "${KEEP_TMP:-}" ]; then rm -rf "$T"; else echo "kept $T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --------------------------------------------------------------- configs --
write_nginx_conf() {  # NAME WEB_PORT APP_PORT
  local name="$1" wport="$2" aport="$3" d="$T/$1"
  mkdir -p "$d/tmp"
  chmod 755 "$T" "$d"; chown www-data "$d/tmp" 2>/dev/null
  cat > "$d/nginx.conf" <<EOF
# $name: nginx web server proxying to its app ($HOST:$aport)
user www-data;
worker_processes 1;
daemon on;
master_process on;
pid $d/nginx.pid;
error_log $d/error.log warn;
events { worker_connections 256; }
http {
  log_format cmp '\$msec \$request_uri \$status \$upstream_status \$request_time';
  access_log $d/access.log cmp;
  client_body_temp_path $d/tmp/body;
  proxy_temp_path $d/tmp/proxy;
  fastcgi_temp_path $d/tmp/fastcgi;
  uwsgi_temp_path $d/tmp/uwsgi;
  scgi_temp_path $d/tmp/scgi;
  server {
    listen $HOST:$wport;
    location / {
      proxy_pass http://$HOST:$aport;
      add_header X-Backend $name always;
    }
  }
}
EOF
}
write_nginx_conf web-01 $WEB1_PORT $APP1_PORT
write_nginx_conf web-02 $WEB2_PORT $APP2_PORT

cat > "$T/haproxy.cfg" <<EOF
# scenario: $SCENARIO
global
    log $HOST:$LOG_PORT len 4096 format rfc5424 local0
    stats socket $T/haproxy.sock mode 600 level admin

defaults
    mode http
    log global
    option log-health-checks
    timeout connect $TIMEOUT_CONNECT
    timeout server  $TIMEOUT_SERVER
    timeout client  $TIMEOUT_CLIENT
    ${RETRIES_LINE}
    ${REDISPATCH_LINE}
    log-format "REQ idx=%[capture.req.hdr(0)] srv=%s st=%ST Tw=%Tw Tc=%Tc Tr=%Tr Ta=%Ta rc=%rc ts=%tsc accept=%Ts.%ms"

frontend fe
    bind $HOST:$HAPROXY_PORT
    http-request capture req.hdr(X-Req-Index) len 10
    default_backend be

backend be
    balance $BALANCE
    ${CHECK_LINE}
    server web-01 $HOST:$WEB1_PORT check inter $CHECK_INTER fall $CHECK_FALL rise $CHECK_RISE
    server web-02 $HOST:$WEB2_PORT check inter $CHECK_INTER fall $CHECK_FALL rise $CHECK_RISE ${BACKUP2}
EOF

# ------------------------------------------------------------- start/stop --
start_app() {  # NAME PORT ; returns when port accepts (bounded wait)
  "$PY" "$HERE/app.py" "$2" "$1" >/dev/null 2>&1 &
  echo $! > "$T/app-$1.pid"
  "$PY" - "$2" <<'EOF'
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close(); sys.exit(0)
    except OSError:
        time.sleep(0.02)
sys.exit(1)
EOF
}
start_nginx() { nginx -p "$T/$1" -c "$T/$1/nginx.conf" -e "$T/$1/error.log"; }
nginx_pids() {  # master + workers
  local m; m="$(cat "$T/$1/nginx.pid" 2>/dev/null)"; [ -n "$m" ] || return 0
  echo "$m $(pgrep -P "$m" | tr '\n' ' ')"
}

haproxy -v | head -1 > "$T/haproxy-version.txt"
haproxy -c -f "$T/haproxy.cfg" >"$T/haproxy-check.txt" 2>&1 || { cat "$T/haproxy-check.txt"; exit 4; }

start_app web-01 $APP1_PORT || { echo "app web-01 did not start" >&2; exit 5; }
start_app web-02 $APP2_PORT || { echo "app web-02 did not start" >&2; exit 5; }
start_nginx web-01 || exit 5
start_nginx web-02 || exit 5
"$PY" "$HERE/logrecv.py" $LOG_PORT "$T/haproxy.log" "$T/logrecv.stop" 600 &
echo $! > "$T/logrecv.pid"
sleep 0.2
haproxy -db -f "$T/haproxy.cfg" >"$T/haproxy.stdout" 2>"$T/haproxy.stderr" &
echo $! > "$T/haproxy.pid"

# wait (bounded, 10 s) until both servers are UP with full check health
NEED=2; [ -n "$BACKUP2" ] && NEED=2
"$PY" "$HERE/hastat.py" "$T/haproxy.sock" wait-healthy be $NEED 10 || exit 6
sleep 0.3

# fault / revive actions, run by the client right before the given request
case "$SCENARIO" in
  kill-*|active-passive*)
    echo "kill -KILL \$(cat '$T/$FS/nginx.pid') \$(pgrep -P \$(cat '$T/$FS/nginx.pid'))" > "$T/fault.sh"
    echo "nginx -p '$T/$FS' -c '$T/$FS/nginx.conf' -e '$T/$FS/error.log'" > "$T/revive.sh" ;;
  app-502-*)
    echo "kill -KILL \$(cat '$T/app-$FS.pid')" > "$T/fault.sh"
    cat > "$T/revive.sh" <<EOF
"$PY" "$HERE/app.py" $FAULT_APP_PORT $FS >/dev/null 2>&1 &
echo \$! > "$T/app-$FS.pid"
"$PY" -c 'import socket,time,sys
for _ in range(200):
    try: socket.create_connection(("127.0.0.1",$FAULT_APP_PORT),0.2).close(); sys.exit(0)
    except OSError: time.sleep(0.005)
sys.exit(1)'
EOF
    ;;
  hung)
    echo "kill -STOP \$(cat '$T/$FS/nginx.pid') \$(pgrep -P \$(cat '$T/$FS/nginx.pid'))" > "$T/fault.sh"
    echo "kill -CONT \$(cat '$T/$FS/nginx.pid') \$(pgrep -P \$(cat '$T/$FS/nginx.pid'))" > "$T/revive.sh" ;;
esac

echo "[$SCENARIO] pids: haproxy $(cat "$T/haproxy.pid") web-01 $(nginx_pids web-01) web-02 $(nginx_pids web-02) tmp $T"
"$PY" "$HERE/client.py" "$T/client.csv" "$T/client-meta.json" \
  --port $HAPROXY_PORT --n "$N" --interval-ms "$INTERVAL_MS" \
  --fault-index "$FAULT_INDEX" --fault-cmd "bash $T/fault.sh" \
  --revive-index "$REVIVE_INDEX" --revive-cmd "bash $T/revive.sh" || exit 7

# let the last log lines arrive, then stop HAProxy
"$PY" "$HERE/hastat.py" "$T/haproxy.sock" cmd "show servers state" > "$T/servers-state-end.txt" 2>/dev/null
"$PY" "$HERE/hastat.py" "$T/haproxy.sock" cmd "show stat" > "$T/stat-end.csv" 2>/dev/null
sleep 0.5

mkdir -p "$RESULTS"
"$PY" "$HERE/analyze.py" "$T" "$RESULTS" "$OUTNAME" "$SCENARIO" "$FAULT_SERVER" || exit 8
cp "$T/haproxy.cfg" "$RESULTS/$OUTNAME.haproxy.cfg"
cp "$T/haproxy.log" "$RESULTS/$OUTNAME.haproxy.log"
cp "$T/servers-state-end.txt" "$RESULTS/$OUTNAME.servers-state-end.txt" 2>/dev/null
echo "[$SCENARIO] done -> $RESULTS/$OUTNAME.*"
exit 0
