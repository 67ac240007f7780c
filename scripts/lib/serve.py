#!/usr/bin/env python3
"""Serve a folder on 127.0.0.1 for the demo and the browser tests (standard library only).

    python3 scripts/lib/serve.py --dir www --port 8080 [--csp]

--csp sends the strict header portal pages use:
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'

Text and wasm go out gzip-encoded to a browser that accepts it, as from any production
web server (the wasm is 390 KB raw, 140 KB gzipped: on a phone link that is the difference).
"""
import argparse
import functools
import gzip
import http.server
import io
import os
import socketserver
import threading

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as browsers expect of a real server
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
    COMPRESSIBLE = (".js", ".mjs", ".wasm", ".json", ".html", ".css", ".svg", ".map", ".txt", ".md")
    _gzip_cache = {}  # (path, mtime, size) -> gzipped bytes
    _gzip_lock = threading.Lock()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if self.path.split("?", 1)[0].endswith("/") and os.path.isfile(index):
                path = index
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and os.path.isfile(path) and path.endswith(self.COMPRESSIBLE)):
            return super().send_head()
        st = os.stat(path)
        key = (path, st.st_mtime_ns, st.st_size)
        with self._gzip_lock:
            body = self._gzip_cache.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=9, mtime=0)
            with self._gzip_lock:
                self._gzip_cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
        self.end_headers()
        return io.BytesIO(body)

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
