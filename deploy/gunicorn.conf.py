"""gunicorn settings for the web process: ``gunicorn -c deploy/gunicorn.conf.py akorda.wsgi``.

Each value can be overridden from the environment (GUNICORN_*), listed in
.env.example and README's table.
"""
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: the pages are CPU-bound Django views; 2 x cores + 1 is gunicorn's advice.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request still running after this is killed and its worker replaced (a stuck query, a
# runaway PDF); long work belongs to the task worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# On restart or SIGTERM, requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
# Behind nginx on the same machine or LAN: keep-alive between proxy and gunicorn.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
# Each worker is replaced after about this many requests (jitter spreads the restarts),
# so a slow leak in any library never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 1000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 100))
# Load the application once in the master, so workers fork warm and share memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() == "true"
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The real client address comes from the proxy; nginx sets X-Forwarded-For/-Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access log on stdout as key=value pairs (journald or a shipper takes it from there).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
access_log_format = (
    'remote=%({x-forwarded-for}i)s method=%(m)s path="%(U)s" query="%(q)s" status=%(s)s '
    'bytes=%(B)s duration_ms=%(M)s referer="%(f)s" agent="%(a)s"'
)
