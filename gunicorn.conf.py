"""gunicorn settings for `make serve`: loopback only, workers from the CPU count, access log to stdout.

The application is loaded once, in the master (`preload_app`), which also reads what every
search needs before the first query (search.warming): the workers are forked with it in memory
they share, so none of them pays a second or more on its first search.
"""
import gc
import multiprocessing
import os
import time

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Searching is CPU work in Python: one worker a core, and one more for the moments a worker
# waits on its socket or the database. More only queue for the same cores.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
preload_app = True
timeout = 30
graceful_timeout = 10
accesslog = "-"
errorlog = "-"
# gunicorn's control socket defaults to one path per user; two servers (say `make serve` and
# bench/load.py) would share it, so it lives with the data it serves.
control_socket = os.path.join(os.environ.get("ARCHIVE_DATA_DIR", "var"), "gunicorn.ctl")


def when_ready(server):
    """Say at start-up, in the server's log, whether the search index can be read, and read
    what searches need before the workers are forked."""
    import django

    django.setup()
    from search.indexing import status

    ok, detail = status()
    if not ok:
        server.log.error("Search index %s — search pages answer 503 until it is rebuilt", detail)
        return
    started = time.perf_counter()
    warm(server)
    server.log.info("Search index: %s, read for searching in %.1f s", detail, time.perf_counter() - started)


def pre_fork(server, worker):
    """Before each worker is forked: bring what searches read up to date if the index changed
    since the last fork (a worker started after a rebuild begins with the current index), close
    the database connections, which a forked process must not share, and freeze the objects
    read so far: the workers' garbage collector then leaves their pages shared."""
    from django.db import connections

    warm(server)
    connections.close_all()
    gc.freeze()


def warm(server):
    from search.warming import warm_up

    try:
        warm_up()
    except Exception as error:  # noqa: BLE001 — each worker then reads the index itself, or answers 503
        server.log.warning("Search not read before forking (%s: %s)", type(error).__name__, error)
