"""Stopping points for fault tests: the test names a point and the process stops itself there.

`ARCHIVE_STOP_AT="point"` (or `"point:N"`, the Nth time it is passed) makes the process send
itself SIGSTOP at that point, so a test kills it at exactly that moment instead of guessing
from outside (polling for files loses the race on a busy machine). Unset, nothing happens.
"""
import os
import signal

_passed = {}


def stop_point(name):
    wanted = os.environ.get("ARCHIVE_STOP_AT")
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _passed[name] = _passed.get(name, 0) + 1
    if _passed[name] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGSTOP)
