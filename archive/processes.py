"""Helper processes die with the process that started them.

A parent killed with SIGKILL cannot stop its helpers, and multiprocessing's helpers (Whoosh's
index writers, the import's parsers) would then wait forever for work that never comes,
holding their memory and the index's lock. On Linux the kernel kills them instead
(PR_SET_PDEATHSIG), set in every helper multiprocessing starts once this module is imported.
"""
import ctypes
import multiprocessing
import multiprocessing.util
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(*_):
    if sys.platform != "linux":
        return
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(1)  # the parent died before the request took effect


class _EveryHelper:
    """multiprocessing keeps an after-fork callback as long as its object lives: for good."""


_every_helper = _EveryHelper()
multiprocessing.util.register_after_fork(_every_helper, die_with_parent)
