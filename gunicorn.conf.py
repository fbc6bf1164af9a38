"""gunicorn settings for `make serve`: loopback only, workers from the CPU count, access log to stdout."""
import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count(), 8)))
timeout = 30
graceful_timeout = 10
accesslog = "-"
errorlog = "-"
# gunicorn's control socket defaults to one path per user; two servers (say `make serve` and
# bench/load.py) would share it, so it lives with the data it serves.
control_socket = os.path.join(os.environ.get("ARCHIVE_DATA_DIR", "var"), "gunicorn.ctl")


def when_ready(server):
    """Say at start-up, in the server's log, when the search index cannot be read."""
    import django

    django.setup()
    from search.indexing import status

    ok, detail = status()
    if ok:
        server.log.info("Search index: %s", detail)
    else:
        server.log.error("Search index %s — search pages answer 503 until it is rebuilt", detail)
