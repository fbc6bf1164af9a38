"""Something a web server's master reads before forking, read meanwhile in a helper process.

gunicorn's master reads everything searches need before it forks its workers (search.warming):
jieba's dictionary, the concept catalogue and the index's per-searcher tables, one after the
other on one core. The tables depend on nothing else it reads, so on a machine of two cores
or more a helper forked first reads them while the master reads the rest, and hands them back
through a pipe as marshal data (lists, tuples, strings and numbers; an object the tables hold
many times, such as a facet value's tuple, is passed once and shared again). The caller decides
whether what the helper read still holds (search.reading checks that it is of the index the
master has open); if the helper fails, nothing is handed back and the master reads as before.
"""
import marshal
import os
import threading
from contextlib import contextmanager


@contextmanager
def read_beside(read, take):
    """Run `read()` in a forked helper while the `with` block runs, then `take(what it read)`;
    `take` is not called when the helper failed, the block raised or there is one core. Only a
    process of one thread (as gunicorn's master is) forks: in a child of several, a lock that
    another thread held when it forked is held for ever."""
    if (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        yield
        return
    reading, writing = os.pipe()
    helper = os.fork()
    if helper == 0:
        _help(read, reading, writing)
    os.close(writing)
    try:
        yield
    finally:
        with os.fdopen(reading, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(helper, 0)
    if status == 0 and data:
        take(marshal.loads(data))


def _help(read, reading, writing):
    """The helper's whole life: read, write it to the pipe, exit without running any of the
    parent's clean-up (no atexit handlers, no flushing of inherited buffers)."""
    status = 1
    try:
        os.close(reading)
        data = marshal.dumps(read())
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)
