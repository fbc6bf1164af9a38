"""Originals: the file a document was imported from, kept under its SHA-256 so readers can check
the archive's text against it. Content-addressed, so re-imports and other documents never clash."""
import errno
import hashlib
import os
import re
import tempfile
from pathlib import Path

from django.conf import settings

from .pipeline.formats import CONTENT_TYPES, DOCX, PDF, TEXT

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def originals_dir():
    return Path(settings.DATA_DIR) / "originals"


def keep(sha256, source_path):
    """Copy the imported file once, atomically (a crash never leaves half a file under its name),
    checking on the way that it is still the file that was parsed."""
    if not settings.ARCHIVE_KEEP_ORIGINALS or not source_path or not SHA256.match(sha256):
        return
    folder = originals_dir()
    target = folder / sha256
    if target.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        digest = hashlib.sha256()
        with open(source_path, "rb") as source, os.fdopen(handle, "wb") as copy:
            while chunk := source.read(1 << 20):
                digest.update(chunk)
                copy.write(chunk)
        if digest.hexdigest() != sha256:
            raise OSError(errno.ESTALE, "the file changed while it was being imported")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def original_path(sha256):
    """The stored original, or None when the archive does not hold it."""
    if not SHA256.match(sha256 or ""):
        return None
    path = originals_dir() / sha256
    return path if path.is_file() else None


def content_type(path):
    with open(path, "rb") as stream:
        head = stream.read(1024)
    kind = PDF if b"%PDF-" in head else DOCX if head.startswith(b"PK\x03\x04") else TEXT
    return CONTENT_TYPES[kind]


def download_name(source_file):
    """The name the browser saves under: the imported file's own name, without any path or control characters."""
    return re.sub(r"[\x00-\x1f\x7f\\]", "_", Path(source_file).name).strip() or "original"
