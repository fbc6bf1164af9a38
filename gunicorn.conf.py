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
    """Read what searches need before the workers are forked, and say in the server's log how
    long it took, or that the search index cannot be read."""
    import django

    django.setup()
    from search.indexing import status
    from search.warming import warm_up

    started = time.perf_counter()
    gc.disable()  # everything read here stays alive: collecting meanwhile costs a tenth of a second and frees nothing
    try:
        paragraphs = warm_up()
    except Exception as error:  # noqa: BLE001 — each worker then reads what it needs itself, or answers 503
        server.log.warning("Search not read before forking (%s: %s)", type(error).__name__, error)
        paragraphs = None
    finally:
        gc.enable()
    if paragraphs is not None:
        server.log.info("Search index: %d paragraphs, read for searching in %.1f s", paragraphs, time.perf_counter() - started)
        return
    ok, detail = status()
    if ok:
        server.log.info("Search index: %s", detail)
    else:
        server.log.error("Search index %s — search pages answer 503 until it is rebuilt", detail)


def pre_fork(server, worker):
    """Before each worker is forked: bring the index tables up to date if the index changed
    since the last fork (a worker started after a rebuild begins with the current index), close
    the database connections, which a forked process must not share, and freeze the objects
    read so far: the workers' garbage collector then leaves their pages shared. (Unfrozen
    first, so what a reopened index replaced can still be collected in the master.)"""
    from django.db import connections

    from search.warming import read_index_tables

    gc.unfreeze()
    try:
        read_index_tables()
    except Exception as error:  # noqa: BLE001 — the worker reads the index itself, or answers 503
        server.log.warning("Search index not read before forking (%s: %s)", type(error).__name__, error)
    connections.close_all()
    gc.freeze()
