"""Running tasks for real in tests, on either backend: the database backend's worker, in this
process, or an RQ worker (SimpleWorker, in this process) on the local Redis, on a queue of its own.
The RQ leg fails, rather than skips, when FACTCHECK_REDIS_REQUIRED=1 and Redis does not answer."""

import json
import os
import time
import uuid

import pytest

from claims import corpus

REDIS_URL = os.environ.get("FACTCHECK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class DatabaseWorker:
    name = "database"

    def __init__(self, queue):
        self.queue = queue

    def drain(self):
        """Run every task that is ready, then return."""
        from django_tasks_db.management.commands.db_worker import Worker

        Worker(
            queue_names=[self.queue],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=f"test-{uuid.uuid4().hex[:8]}",
            excluded_queue_names=[],
        ).run()

    def close(self):
        pass


class RQWorker:
    name = "rq"

    def __init__(self, queue):
        self.queue = queue

    def drain(self):
        import django_rq
        from rq.worker import SimpleWorker

        # The job class comes from settings.RQ, as for `manage.py run_worker`.
        worker = django_rq.get_worker(self.queue, worker_class=SimpleWorker)
        # Burst: run what is queued (and what the scheduler finds due), then return.
        worker.work(burst=True, with_scheduler=True, logging_level="WARNING")

    def close(self):
        import django_rq

        connection = django_rq.get_connection(self.queue)
        for key in connection.scan_iter(f"*{self.queue}*"):
            connection.delete(key)


def redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


def use_backend(name: str, settings):
    """Point the app's tasks at `name` ("database" or "rq") on a fresh queue; returns its worker."""
    queue = f"fc-test-{uuid.uuid4().hex[:10]}"
    settings.FACTCHECK_TASKS_QUEUE = queue
    if name == "rq":
        if not redis_answers():
            message = f"Redis at {REDIS_URL} does not answer"
            if os.environ.get("FACTCHECK_REDIS_REQUIRED") == "1":
                pytest.fail(f"{message} and FACTCHECK_REDIS_REQUIRED=1.")
            pytest.skip(f"{message} (set FACTCHECK_REDIS_REQUIRED=1 to make this a failure).")
        settings.RQ_QUEUES = {queue: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
        settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [queue]}}
        return RQWorker(queue)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": [queue]}}
    return DatabaseWorker(queue)


def run_until(worker, done, *, timeout=60.0, pause=0.05):
    """Drain the queue again and again until `done()` (tasks that wait for a back-off become
    ready as time passes); fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            pytest.fail(f"The tasks did not finish within {timeout} s.")
        worker.drain()
        time.sleep(pause)


def corpus_jsonl(n: int, *, seed: int = 7) -> bytes:
    """`n` synthetic articles (claims.corpus, as `manage.py make_corpus` writes them) as JSONL."""
    lines = []
    for i in range(n):
        text = corpus.article(i, seed=seed)
        header, _, body = text.partition("\n")
        lines.append(json.dumps({"text": body.strip(), "published": header.split()[1]}))
    return ("\n".join(lines) + "\n").encode()
