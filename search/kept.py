"""What one process derived from the knowledge package, kept on disk for the next.

The concept catalogue is built from the knowledge files by the code of `unref` and
`search.concepts`, the same way each time: a web server's master, a management command and a
test process would each build it again (tenths of a second of normalising names). It is kept
under a digest of every file it derives from (the `unref` package, code and data, and
`search/concepts.py`), of OpenCC's version and of Python's (marshal's format may change between
versions), so a changed file, library or Python is a new digest and the kept copy is never read for
it. marshal holds plain data only (tuples, strings), never code.
A folder that cannot be written keeps nothing, and the next process builds the catalogue again.
"""
import hashlib
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import opencc

import unref

_SOURCES = (Path(unref.__file__).parent, Path(__file__).with_name("concepts.py"))


@lru_cache(maxsize=1)
def digest():
    """A digest of every file the catalogue derives from, and of OpenCC's and Python's versions."""
    found = hashlib.sha256(f"{opencc.__version__} {sys.version_info[:2]}".encode())
    for root in _SOURCES:
        paths = [root] if root.is_file() else sorted(path for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
        for path in paths:
            found.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes())
    return found.hexdigest()[:32]


def read(folder, name):
    """What `write` kept under `name` for the present digest, or None."""
    try:
        return marshal.loads((Path(folder) / f"{name}-{digest()}.marshal").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(folder, name, value):
    """Keep `value` (plain data) under `name` for the present digest: written beside and renamed,
    so a reader never sees half a file; the copies of earlier digests are removed."""
    folder = Path(folder)
    target = folder / f"{name}-{digest()}.marshal"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, beside = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(value))
        os.replace(beside, target)
        for old in folder.glob(f"{name}-*.marshal"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        Path(beside).unlink(missing_ok=True)
