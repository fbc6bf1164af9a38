"""gunicorn settings for `make serve`: loopback only, workers from the CPU count, access log to stdout."""
import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count(), 8)))
timeout = 30
graceful_timeout = 10
accesslog = "-"
errorlog = "-"
