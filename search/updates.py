"""Whether some process is still bringing the index up to date with the database (for /healthz).

Between an import's first database commit and its index commit the index holds fewer entries
than the database has paragraphs: that is drift only if no process is catching up any more. An
import holds a shared lock on a file beside the index for that time; the kernel drops the lock
when the process ends, however it ends (kill -9 included), so a health check that can take the
lock exclusively, even for an instant, knows nobody is updating.
"""
import fcntl
import os
from pathlib import Path

MODE = 0o644  # readable by a web server running as another user, whatever the importer's umask


def lock_file(index_path):
    path = Path(index_path)
    return path.with_name(f"{path.name}.updating")


class Updating:
    """Held by a process for as long as the database is ahead of the index because of it."""

    def __init__(self, index_path):
        path = lock_file(index_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(path, os.O_RDONLY | os.O_CREAT, MODE)
        if os.fstat(self.fd).st_uid == os.getuid():
            os.fchmod(self.fd, MODE)
        fcntl.flock(self.fd, fcntl.LOCK_SH)

    def release(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.release()


def in_progress(index_path):
    """Does any process hold the index's `Updating` lock?"""
    try:
        fd = os.open(lock_file(index_path), os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases the exclusive lock at once
    return False
