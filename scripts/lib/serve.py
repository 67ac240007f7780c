#!/usr/bin/env python3
"""Serve a folder on 127.0.0.1 for the demo and the browser tests (standard library only).

    python3 scripts/lib/serve.py --dir www --port 8080 [--csp]

--csp sends the strict header portal pages use:
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
"""
import argparse
import functools
import http.server
import socketserver

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".wasm": "application/wasm",
        ".json": "application/json; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".svg": "image/svg+xml",
    }
    csp = False

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):  # quiet
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="www")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--csp", action="store_true")
    a = ap.parse_args()
    handler = functools.partial(type("H", (Handler,), {"csp": a.csp}), directory=a.dir)
    with Server((a.host, a.port), handler) as httpd:
        print(f"serving {a.dir} at http://{a.host}:{a.port}/" + (" (strict CSP)" if a.csp else ""), flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
