"""gunicorn settings for Factcheck Workbench: `make serve`, or `gunicorn -c gunicorn.conf.py`.

Every value that differs between machines comes from the environment (DEPLOY.md lists them all);
the defaults suit one small app server behind a load balancer or a local trial run.
"""

import gc
import multiprocessing
import os
from pathlib import Path

# The Django WSGI application; settings come from the environment as always (factcheck/settings.py).
wsgi_app = "factcheck.wsgi:application"

# Local only unless told otherwise: behind a load balancer set BIND=0.0.0.0:8000 (or a unix socket,
# BIND=unix:/run/factcheck.sock), never expose gunicorn itself to the internet.
bind = os.environ.get("BIND", "127.0.0.1:8000")

# Processes: the classic 2 x cores + 1, so one worker's wait on the database or the disk is another
# worker's turn on the CPU (extraction is pure Python, CPU-bound, one core per process).
# WEB_CONCURRENCY overrides it (the name Heroku-style platforms set); mind PostgreSQL's
# max_connections: each worker thread holds up to one connection (CONN_MAX_AGE).
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))

# Threads per worker. 1 means the sync worker: simple and robust, one request per process at a time.
# More than 1 switches gunicorn to its gthread worker: more concurrent requests for the memory, at
# the price of the GIL during extraction; each thread has its own database connection.
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# A request that takes longer than this is killed and its worker restarted. Importing a 5 MB article
# (FACTCHECK_MAX_UPLOAD_BYTES) runs the extraction in the request; 60 s leaves room for that.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))

# On a restart or deploy (SIGTERM, SIGHUP), requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))

# Idle keep-alive connections (gthread only; the sync worker closes after each response). Keep it
# above the load balancer's idle timeout or the balancer may reuse a connection gunicorn just
# closed and answer a 502.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Restart each worker after about this many requests, so a slow leak (a big article's strings, a
# library's cache) cannot grow without bound; the jitter spreads the restarts so that the workers
# never all restart at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

# Load Django once in the master, then fork: the workers share the imported code's memory, start
# faster, and a broken setting stops the server at start instead of in every worker. No database
# connection is opened at import, so no connection is shared across the fork.
preload_app = True


def pre_fork(server, worker):
    """Django and every library are loaded now (preload_app): freeze them out of the garbage
    collector's sight before forking. A full collection in a worker then walks only what the worker
    made itself, not the ~95,000 objects of the loaded code; measured on the queue page, that took
    the slowest of 60 requests from 88-93 ms to 41-44 ms (median 38 ms either way). The frozen
    objects' memory pages also stay shared with the master, as CPython's gc.freeze docs advise."""
    gc.freeze()


# The access log on stdout, for the process manager or the container to collect: the client, the
# request, status, size, referrer, user agent, the time taken in milliseconds (%(M)s) and the
# request id the app sends back (X-Request-ID, also stored in the audit trail).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms rid=%({x-request-id}o)s'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# The workers' heartbeat files in memory, not on a disk that may stall (containers' overlay file
# systems do): a stalled heartbeat gets a healthy worker killed.
if Path("/dev/shm").is_dir():
    worker_tmp_dir = "/dev/shm"

# Which proxies may say the request came over HTTPS (X-Forwarded-Proto). Set it to the load
# balancer's address; Django trusts the same header through SECURE_PROXY_SSL_HEADER.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn's control socket (gunicornc) only when GUNICORN_CONTROL_SOCKET names a path: by default
# every gunicorn of a user shares ~/.gunicorn/gunicorn.ctl, and the first to stop removes it.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True

proc_name = "factcheck"
