"""What the site serves: the files the current manifest names, and nothing else from the folder."""
import json
from pathlib import Path

from django.conf import settings

MANIFEST = "manifest.json"
README = "README.md"
CONTENT_TYPES = {"jsonl": "application/gzip", "sqlite": "application/vnd.sqlite3", "readme": "text/markdown; charset=utf-8"}


def folder():
    return Path(settings.DATA_DIR) / "bulk"


def current():
    """The manifest of the latest export, or None before the first one."""
    try:
        return json.loads((folder() / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def served(name):
    """(path, description) of a file the current manifest names, else None: a name from a URL
    never reaches the file system unless the manifest lists it."""
    manifest = current()
    for file in manifest["files"] if manifest else ():
        if file["name"] == name:
            return folder() / name, file
    return None
