#!/usr/bin/env python3
"""Tiny "application" behind one nginx web server.

Usage: app.py PORT NAME
Answers every GET (including /health) with 200 and a body naming the server.
Runs until killed, or at most MAX_LIFETIME_S seconds (safety bound).
"""
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_LIFETIME_S = 900

port = int(sys.argv[1])
name = sys.argv[2]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        body = ("%s %s\n" % (name, self.path)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-App", name)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):  # keep quiet
        pass


srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
srv.daemon_threads = True
t = threading.Timer(MAX_LIFETIME_S, srv.shutdown)
t.daemon = True
t.start()
srv.serve_forever(poll_interval=0.2)
