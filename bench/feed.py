"""`make bench`, feeds: articles per second through a feed of 1,000 items with two workers.

A generated outlet (claims.corpus articles as HTML pages, and an RSS feed listing them) is served
from 127.0.0.1 by a thread of this process; two `manage.py run_worker` processes run the tasks; a
`bench_scale feed` process adds the feed, polls it once and waits until every item is imported
(fetched through claims.netfetch, text taken by trafilatura, claims extracted, stored and
audited). The per-host pace (FACTCHECK_FETCH_MIN_INTERVAL) is off: every page is on one host here.
Run for the database task backend, and for RQ when Redis answers on 127.0.0.1:6379.
"""

import functools
import html
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from claims import corpus

ITEMS = int(os.environ.get("BENCH_FEED_ITEMS", "1000"))
WORKERS = 2


def build_site(root: Path, port: int, items: int = ITEMS) -> None:
    (root / "story").mkdir(parents=True, exist_ok=True)
    entries = []
    for n in range(items):
        _header, title, body = corpus.article(n, seed=5).split("\n", 2)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.strip().split("\n\n"))
        page = (
            f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            '<meta property="og:site_name" content="Bench Courant"></head><body><nav>Home · News</nav>'
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article><footer>Bench Courant</footer>"
            "</body></html>"
        )
        (root / "story" / f"{n}.html").write_text(page, encoding="utf-8")
        link = f"http://127.0.0.1:{port}/story/{n}.html"
        entries.append(f"<item><title>{html.escape(title)}</title><link>{link}</link><guid>{n}</guid></item>")
    channel = f"<channel><title>Bench</title>{''.join(entries)}</channel>"
    feed = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
    (root / "feed.xml").write_text(feed, encoding="utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root: Path):
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url("redis://127.0.0.1:6379/0", socket_connect_timeout=2).ping())
    except Exception:
        return False


def run(database_url: str, reset, env, manage, python: str, root: Path, work: Path, say) -> dict:
    """{backend: result or {"error": why}} for the database backend and (when Redis answers) RQ."""
    results = {}
    site = work / "feedsite"
    server = None
    try:
        # The pages name their port: serve first, then write the site for that port.
        site.mkdir(parents=True, exist_ok=True)
        server = serve(site)
        port = server.server_address[1]
        say(f"feed: {ITEMS:,} pages and an RSS feed on 127.0.0.1:{port}")
        build_site(site, port)
        backends = ["database"] + (["rq"] if redis_answers() else [])
        for backend in backends:
            reset()
            queue = f"bench-feed-{uuid.uuid4().hex[:8]}"
            extra = {
                "FACTCHECK_TASKS_BACKEND": backend,
                "FACTCHECK_TASKS_QUEUE": queue,
                "FACTCHECK_FETCH_ALLOWED_HOSTS": "127.0.0.1",
                "FACTCHECK_FETCH_MIN_INTERVAL": "0",
            }
            environ = env(database_url, **extra)
            say(f"feed: {backend} tasks, {WORKERS} workers")
            workers = [
                subprocess.Popen(
                    [python, str(root / "manage.py"), "run_worker", "-v0"],
                    cwd=root,
                    env=environ,
                    start_new_session=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(WORKERS)
            ]
            try:
                output = manage(
                    ["bench_scale", "feed", f"http://127.0.0.1:{port}/feed.xml"], environ, capture=True
                )
                results[backend] = json.loads(output.strip().splitlines()[-1])
                say(f"  {results[backend]['articles_per_s']:.1f} articles/s")
            except Exception as exc:  # optional-safe: the rest of the bench goes on
                results[backend] = {"error": str(exc)[:200]}
                say(f"  failed: {exc}")
            finally:
                for worker in workers:
                    os.killpg(worker.pid, signal.SIGTERM)
                for worker in workers:
                    try:
                        worker.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        os.killpg(worker.pid, signal.SIGKILL)
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    return results
