#!/usr/bin/env python3
"""One sequential user in front of HAProxy.

Request i is sent at t = i*INTERVAL_MS after the client's start, or, if
request i-1 is still running then, as soon as it ends. One new TCP
connection per request (Connection: close, no keep-alive).

Before sending request FAULT_INDEX it runs FAULT_CMD (synchronously);
before sending request REVIVE_INDEX it runs REVIVE_CMD.

Usage: client.py OUT_RAW_CSV OUT_META_JSON --n N --interval-ms 50
                 --fault-index 20 --fault-cmd "bash fault.sh"
                 --revive-index 120 --revive-cmd "bash revive.sh"
All times are time.time() (machine wall clock, same clock HAProxy stamps its
log with), stored relative to the client's start t0 (t0 epoch is in META).
"""
import argparse
import json
import socket
import subprocess
import time

ap = argparse.ArgumentParser()
ap.add_argument("out_csv")
ap.add_argument("out_meta")
ap.add_argument("--host", default="127.0.0.1")
ap.add_argument("--port", type=int, default=18080)
ap.add_argument("--n", type=int, default=200)
ap.add_argument("--interval-ms", type=float, default=50.0)
ap.add_argument("--timeout-s", type=float, default=30.0)
ap.add_argument("--fault-index", type=int, default=-1)
ap.add_argument("--fault-cmd", default="")
ap.add_argument("--revive-index", type=int, default=-1)
ap.add_argument("--revive-cmd", default="")
a = ap.parse_args()

assert a.host in ("127.0.0.1", "localhost"), "loopback only"


def one_request(i):
    """Returns (status, x_backend)."""
    s = None
    try:
        s = socket.create_connection((a.host, a.port), timeout=a.timeout_s)
        s.sendall(("GET / HTTP/1.1\r\nHost: %s:%d\r\nX-Req-Index: %d\r\n"
                   "Connection: close\r\nUser-Agent: infraviz-compare\r\n\r\n"
                   % (a.host, a.port, i)).encode())
        buf = b""
        deadline = time.time() + a.timeout_s
        while time.time() < deadline:
            b = s.recv(65536)
            if not b:
                break
            buf += b
        else:
            return "timeout", ""
        if not buf:
            return "empty", ""
        head = buf.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        lines = head.split("\r\n")
        parts = lines[0].split(" ")
        status = parts[1] if len(parts) > 1 else "bad"
        xb = ""
        for l in lines[1:]:
            k, _, v = l.partition(":")
            if k.strip().lower() == "x-backend":
                xb = v.strip()
        return status, xb
    except ConnectionRefusedError:
        return "refused", ""
    except socket.timeout:
        return "timeout", ""
    except ConnectionResetError:
        return "reset", ""
    except OSError as e:
        return "oserror-%s" % (e.errno,), ""
    finally:
        if s is not None:
            s.close()


meta = {"n": a.n, "interval_ms": a.interval_ms,
        "fault_index": a.fault_index, "revive_index": a.revive_index}
rows = []
t0 = time.time()
meta["t0_epoch"] = t0


def rel(t):
    return (t - t0) * 1000.0


def run_cmd(cmd, key):
    ts = time.time()
    r = subprocess.run(cmd, shell=True, stdin=subprocess.DEVNULL, timeout=20)
    te = time.time()
    meta[key + "_start_ms"] = round(rel(ts), 3)
    meta[key + "_end_ms"] = round(rel(te), 3)
    meta[key + "_rc"] = r.returncode


for i in range(a.n):
    sched = t0 + i * a.interval_ms / 1000.0
    now = time.time()
    if now < sched:
        time.sleep(sched - now)
    if i == a.fault_index and a.fault_cmd:
        run_cmd(a.fault_cmd, "fault")
    if i == a.revive_index and a.revive_cmd:
        run_cmd(a.revive_cmd, "revive")
    st = time.time()
    status, xb = one_request(i)
    en = time.time()
    rows.append((i, round(rel(st), 3), round(rel(en), 3), xb, status))

meta["client_end_ms"] = round(rel(time.time()), 3)
with open(a.out_csv, "w") as f:
    f.write("index,start_ms,end_ms,x_backend,status\n")
    for r in rows:
        f.write("%d,%.3f,%.3f,%s,%s\n" % r)
with open(a.out_meta, "w") as f:
    json.dump(meta, f, indent=1)
