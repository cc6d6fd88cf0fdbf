#!/usr/bin/env python3
"""Minimal UDP syslog receiver for HAProxy logs.

Usage: logrecv.py PORT OUTFILE STOPFILE [MAX_SECONDS]
Each datagram is written as "<receive epoch seconds, 6 decimals>\t<message>".
Stops when STOPFILE exists or after MAX_SECONDS (default 600).
"""
import os
import socket
import sys
import time

port = int(sys.argv[1])
out = sys.argv[2]
stopfile = sys.argv[3]
max_s = float(sys.argv[4]) if len(sys.argv) > 4 else 600.0

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
s.bind(("127.0.0.1", port))
s.settimeout(0.2)
deadline = time.time() + max_s
with open(out, "a", buffering=1) as f:
    while time.time() < deadline:
        try:
            data, _ = s.recvfrom(65535)
        except socket.timeout:
            if os.path.exists(stopfile):
                break
            continue
        now = time.time()
        msg = data.decode("utf-8", "replace").rstrip("\n").replace("\n", " ")
        f.write("%.6f\t%s\n" % (now, msg))
