"""A local HTTP server for tests that fetch: pages, feeds and redirects served from 127.0.0.1 (or
another loopback address) in a thread, each path answered as the test says."""

import http.server
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    etag: str = ""  # answers 304 to If-None-Match with this value


class LocalServer:
    def __init__(self, host: str = "127.0.0.1"):
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, str, dict]] = []  # (method, path, headers)
        self.times: list[float] = []  # time.monotonic() of each request
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server.times.append(time.monotonic())
                server.requests.append((method, self.path, dict(self.headers)))
                page = server.pages.get(self.path)
                if page is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if page.etag and self.headers.get("If-None-Match") == page.etag:
                    self.send_response(304)
                    self.send_header("ETag", page.etag)
                    self.end_headers()
                    return
                self.send_response(page.status)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.etag:
                    self.send_header("ETag", page.etag)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)

            def do_GET(self):
                self._answer("GET")

            def do_POST(self):
                self._answer("POST")

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.host, self.port = host, self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def serve(self, path: str, body: bytes | str = b"", **kwargs) -> str:
        self.pages[path] = Page(body.encode() if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.serve(path, status=status, headers={"Location": to})

    def hits(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
