#!/usr/bin/env python3
"""Talk to the HAProxy stats socket.

Usage:
  hastat.py SOCKET cmd "show servers state"      -> prints raw answer
  hastat.py SOCKET wait-healthy BACKEND N TIMEOUT_S
      waits (bounded) until N servers of BACKEND report status UP with
      check_health == check_rise + check_fall - 1 (full health); exit 1 on timeout.
"""
import socket
import sys
import time


def cmd(path, line):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(2.0)
    s.connect(path)
    s.sendall((line + "\n").encode())
    chunks = []
    while True:
        b = s.recv(65536)
        if not b:
            break
        chunks.append(b)
    s.close()
    return b"".join(chunks).decode()


def stat_rows(path):
    txt = cmd(path, "show stat")
    lines = [l for l in txt.splitlines() if l.strip()]
    hdr = lines[0].lstrip("# ").split(",")
    return [dict(zip(hdr, l.split(","))) for l in lines[1:]]


if __name__ == "__main__":
    sock = sys.argv[1]
    if sys.argv[2] == "cmd":
        print(cmd(sock, sys.argv[3]), end="")
    elif sys.argv[2] == "wait-healthy":
        be, n, tmo = sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
        deadline = time.time() + tmo
        last = None
        while time.time() < deadline:
            try:
                rows = stat_rows(sock)
                ok = 0
                last = []
                for r in rows:
                    if r["pxname"] != be or r["svname"] in ("FRONTEND", "BACKEND"):
                        continue
                    full = int(r["check_rise"]) + int(r["check_fall"]) - 1
                    last.append((r["svname"], r["status"], r["check_health"], full))
                    if r["status"].startswith("UP") and int(r["check_health"]) == full:
                        ok += 1
                if ok >= n:
                    print("healthy:", last)
                    sys.exit(0)
            except (OSError, IndexError, KeyError, ValueError):
                pass
            time.sleep(0.1)
        print("not healthy in time:", last, file=sys.stderr)
        sys.exit(1)
