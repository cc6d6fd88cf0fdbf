#!/usr/bin/env python3
"""Turn one real run (client CSV + HAProxy log + nginx access logs) into the
result files.

Usage: analyze.py TMPDIR RESULTS_DIR OUTNAME SCENARIO [FAULT_SERVER]

Writes to RESULTS_DIR:
  OUTNAME.requests.csv         index,start_ms,end_ms,backend,status
  OUTNAME.health.csv           t_ms,server,state          (Server ... is UP/DOWN)
  OUTNAME.checks.csv           t_ms,server,result,reason,info,duration_ms,health_after
  OUTNAME.requests-detail.csv  per request: client view + HAProxy log fields
  OUTNAME.nginx-access.csv     t_ms,server,uri,status,upstream_status,request_time_s
  OUTNAME.meta.json            t0 epoch, fault/revive times, version
  OUTNAME.summary.md           generated per-run summary
All t_ms are milliseconds since the client's start (t0 = time.time() in the
client); HAProxy times come from its RFC5424 log header (microseconds,
same machine clock), request accept times from %Ts.%ms.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

tmp, resdir, name, scenario = sys.argv[1:5]
fault_server = sys.argv[5] if len(sys.argv) > 5 else (
    "web-01" if scenario == "active-passive" else "web-02")
meta = json.load(open(os.path.join(tmp, "client-meta.json")))
t0 = meta["t0_epoch"]
meta["scenario"] = scenario
meta["fault_server"] = fault_server
meta["haproxy_version"] = open(os.path.join(tmp, "haproxy-version.txt")).read().strip()


def rel(epoch):
    return round((epoch - t0) * 1000.0, 1)


# ------------------------------------------------------------ HAProxy log --
HDR = re.compile(r"^<\d+>1 (\S+) \S+ haproxy \d+ - - (.*)$")
REQ = re.compile(r"REQ idx=(\S*) srv=(\S+) st=(-?\d+) Tw=(-?\d+) Tc=(-?\d+) "
                 r"Tr=(-?\d+) Ta=(-?\d+) rc=(\S+) ts=(\S+) accept=([\d.]+)")
CHK = re.compile(r"Health check for (?:backup )?server be/(\S+) (succeeded|failed), "
                 r"reason: ([^,]+)")
CHK_CODE = re.compile(r", code: (\d+)")
CHK_INFO = re.compile(r', info: "([^"]*)"')
CHK_DUR = re.compile(r", check duration: (\d+)ms, status: (\d+/\d+ \w+)")
SRV = re.compile(r"(?:Backup )?Server be/(\S+) is (UP|DOWN)")

reqlog = {}
health = []
checks = []
other = []
for line in open(os.path.join(tmp, "haproxy.log"), errors="replace"):
    recv, _, msg = line.rstrip("\n").partition("\t")
    m = HDR.match(msg)
    if not m:
        continue
    ts = dt.datetime.fromisoformat(m.group(1)).timestamp()
    body = m.group(2)
    t = rel(ts)
    r = REQ.search(body)
    if r:
        idx = r.group(1)
        if idx.isdigit():
            reqlog[int(idx)] = {
                "log_server": r.group(2), "log_status": r.group(3),
                "Tw": r.group(4), "Tc": r.group(5), "Tr": r.group(6),
                "Ta": r.group(7), "retries": r.group(8), "term": r.group(9),
                "accept_ms": rel(float(r.group(10))), "log_ms": t}
        continue
    c = CHK.search(body)
    if c:
        code_ = CHK_CODE.search(body)
        info_ = CHK_INFO.search(body)
        dur_ = CHK_DUR.search(body)
        info = " ".join(x for x in (("code %s" % code_.group(1)) if code_ else "",
                                    info_.group(1) if info_ else "") if x)
        checks.append((t, c.group(1), c.group(2), c.group(3).strip(), info,
                       dur_.group(1) if dur_ else "", dur_.group(2) if dur_ else ""))
        continue
    s = SRV.search(body)
    if s:
        health.append((t, s.group(1), s.group(2)))
        continue
    other.append((t, body))

# -------------------------------------------------------------- client CSV --
rows = []
with open(os.path.join(tmp, "client.csv")) as f:
    for r in csv.DictReader(f):
        i = int(r["index"])
        lg = reqlog.get(i, {})
        backend = r["x_backend"]
        if not backend and lg.get("log_server", "<NOSRV>") != "<NOSRV>":
            backend = lg["log_server"]
        rows.append({"index": i, "start_ms": float(r["start_ms"]),
                     "end_ms": float(r["end_ms"]), "backend": backend,
                     "status": r["status"], "x_backend": r["x_backend"], **lg})

os.makedirs(resdir, exist_ok=True)
P = lambda ext: os.path.join(resdir, "%s.%s" % (name, ext))

with open(P("requests.csv"), "w") as f:
    f.write("index,start_ms,end_ms,backend,status\n")
    for r in rows:
        f.write("%d,%.1f,%.1f,%s,%s\n" % (r["index"], r["start_ms"], r["end_ms"],
                                           r["backend"], r["status"]))
with open(P("requests-detail.csv"), "w") as f:
    cols = ["index", "start_ms", "end_ms", "status", "x_backend", "log_server",
            "log_status", "retries", "Tw", "Tc", "Tr", "Ta", "term", "accept_ms"]
    f.write(",".join(cols) + "\n")
    for r in rows:
        f.write(",".join(str(r.get(c, "")) for c in cols) + "\n")
with open(P("health.csv"), "w") as f:
    f.write("t_ms,server,state\n")
    for h in health:
        f.write("%.1f,%s,%s\n" % h)
with open(P("checks.csv"), "w") as f:
    f.write("t_ms,server,result,reason,info,duration_ms,health_after\n")
    for c in checks:
        f.write("%.1f,%s,%s,%s,%s,%s,%s\n" % tuple(
            str(x).replace(",", ";") if isinstance(x, str) else x for x in c))

# nginx access logs ($msec uri status upstream_status request_time)
acc = []
for srv in ("web-01", "web-02"):
    p = os.path.join(tmp, srv, "access.log")
    if not os.path.exists(p):
        continue
    for line in open(p, errors="replace"):
        parts = line.split()
        if len(parts) >= 5:
            acc.append((rel(float(parts[0])), srv, parts[1], parts[2], parts[3], parts[4]))
acc.sort()
with open(P("nginx-access.csv"), "w") as f:
    f.write("t_ms,server,uri,status,upstream_status,request_time_s\n")
    for a in acc:
        f.write("%.1f,%s,%s,%s,%s,%s\n" % a)

with open(P("meta.json"), "w") as f:
    json.dump(meta, f, indent=1)

# ----------------------------------------------------------------- summary --
fault = meta.get("fault_end_ms")
revive = meta.get("revive_end_ms")
fi, ri = meta["fault_index"], meta["revive_index"]


def code(r):
    b = r["backend"][-2:] if r["backend"] else "--"
    return b if r["status"] == "200" else "%s!%s" % (b, r["status"])


def seq(a, b):
    out = []
    for r in rows[a:b + 1]:
        if r["index"] in (fi, ri):
            out.append("|")
        out.append(code(r))
    return " ".join(out)


L = []
L.append("### %s (%s)" % (name, meta["haproxy_version"]))
L.append("")
L.append("- fault before request %d at %.1f ms (command %.1f..%.1f ms); revive before "
         "request %d at %.1f ms (command %.1f..%.1f ms)" % (
             fi, fault, meta["fault_start_ms"], fault, ri, revive,
             meta["revive_start_ms"], revive))
bad = [r for r in rows if r["status"] != "200"]


def idxlist(ix):
    if len(ix) > 4 and all(ix[k + 1] - ix[k] == ix[1] - ix[0] for k in range(len(ix) - 1)):
        return "#%d..#%d step %d" % (ix[0], ix[-1], ix[1] - ix[0])
    return ",".join("#%d" % i for i in ix)


if bad:
    L.append("- non-200 requests: %d" % len(bad))
    groups = {}
    for r in bad:
        groups.setdefault((r["status"], r["backend"]), []).append(r)
    for (st, be), g in groups.items():
        durs = [r["end_ms"] - r["start_ms"] for r in g]
        L.append("  - %s (backend %s): %s (%d req); duration %.1f-%.1f ms; start %.1f..%.1f ms; "
                 "haproxy rc=%s term=%s Tc=%s Tr=%s Ta=%s" % (
                     st, be or "-", idxlist([r["index"] for r in g]), len(g), min(durs), max(durs),
                     g[0]["start_ms"], g[-1]["start_ms"],
                     "/".join(sorted({str(r.get("retries", "?")) for r in g})),
                     "/".join(sorted({str(r.get("term", "?")) for r in g})),
                     "/".join(sorted({str(r.get("Tc", "?")) for r in g})),
                     "/".join(sorted({str(r.get("Tr", "?")) for r in g})),
                     "/".join(sorted({str(r.get("Ta", "?")) for r in g}))))
else:
    L.append("- non-200 requests: none")
redis = [r for r in rows if str(r.get("retries", "")).startswith("+")]
if redis:
    L.append("- redispatched requests (rc=+N): %s (%d req), final backend %s, duration %.1f-%.1f ms" % (
        idxlist([r["index"] for r in redis]), len(redis),
        "/".join(sorted({r["backend"] for r in redis})),
        min(r["end_ms"] - r["start_ms"] for r in redis),
        max(r["end_ms"] - r["start_ms"] for r in redis)))
slow = [r for r in rows if r["status"] == "200" and r["end_ms"] - r["start_ms"] > 100]
if slow:
    L.append("- 200 but >100 ms: " + ", ".join(
        "#%d %.0f ms (%s, rc=%s)" % (r["index"], r["end_ms"] - r["start_ms"], r["backend"],
                                    r.get("retries", "?")) for r in slow))
L.append("- health transitions:")
if not health:
    L.append("  - none")
for t, s, st in health:
    ref, lab = (fault, "fault") if st == "DOWN" else (revive, "revive")
    L.append("  - %.1f ms %s %s (= %+.1f ms after %s)" % (t, s, st, t - ref, lab))
L.append("- logged check results (log-health-checks logs only checks that change health):")
for t, s, res, reason, info, dur, hs in checks:
    if t < 0:
        continue
    L.append("  - %.1f ms %s %s: %s %s, duration %s ms -> %s" % (
        t, s, res, reason, ("(%s)" % info) if info else "", dur, hs))
faulty = fault_server
hc = [a for a in acc if a[2] == "/health" and a[1] == faulty and fault - 600 <= a[0] <= revive + 1200]
L.append("- /health requests logged by %s's nginx (t_ms:status, logged at response end) "
         "from fault-600 to revive+1200 ms: %s" % (faulty, " ".join(
             "%.0f:%s" % (a[0], a[3]) for a in hc) or "none (TCP check, or nginx dead)"))
L.append("- order 15-30:   " + seq(15, 30))
L.append("- order 115-140: " + seq(115, 140))

# alternation after revival
ups = [h for h in health if h[2] == "UP" and revive is not None and h[0] >= revive - 1]
if ups:
    tup = ups[-1][0]
    after = [r for r in rows if r["start_ms"] >= tup]
    L.append("- first requests starting after the UP event (%.1f ms): %s" % (
        tup, " ".join("#%d:%s" % (r["index"], code(r)) for r in after[:8])))
    # first index from which the pattern strictly alternates until the end
    ok_from = None
    for k in range(len(rows) - 1, 0, -1):
        if rows[k]["status"] == "200" and rows[k - 1]["status"] == "200" and \
                rows[k]["backend"] != rows[k - 1]["backend"]:
            ok_from = rows[k - 1]["index"]
        else:
            break
    if ok_from is not None:
        L.append("- strict 01/02 alternation from request #%d (start %.1f ms) to the end" % (
            ok_from, rows[ok_from]["start_ms"]))
    else:
        L.append("- no strict alternation at the end of the run")
else:
    L.append("- no UP event after revive")
lo = [r for r in rows if r["index"] < fi]
L.append("- pre-fault order (0..%d): %s" % (fi - 1, " ".join(code(r) for r in lo[-6:])))
if other:
    L.append("- other HAProxy log lines: " + "; ".join("%.1f ms %s" % o for o in other if o[0] > -5000)[:800])
L.append("")
open(P("summary.md"), "w").write("\n".join(L))
print("\n".join(L))
