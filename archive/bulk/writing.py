"""Write the dated export: `archive-YYYY-MM-DD.jsonl.gz`, `archive-YYYY-MM-DD.sqlite`, the
README of their fields, and `manifest.json` naming them with sizes and SHA-256.

Each file is written beside its final name and moved into place with os.replace, the manifest
last: a download never meets a half-written file, and the manifest never names an incomplete
one. Files of earlier exports go once the new manifest is in place; other files in the folder
are left alone.
"""
import fcntl
import gzip
import hashlib
import json
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.utils import timezone, translation

from unref.knowledge import DATA

from ..backup import _beside
from ..faults import stop_point
from .files import MANIFEST, README, folder
from .records import FIELDS, INTEGER, archive_records, estimated_counts, header, trailer

DOCS = Path(settings.BASE_DIR) / "docs" / "bulk.md"
SQL_TYPES = {INTEGER: "INTEGER"}  # everything else is TEXT (dates as ISO 8601)
CHUNK = 1 << 20
LOCK = ".export.lock"
EXPORTED = re.compile(r"archive-\d{4}-\d{2}-\d{2}\.(jsonl\.gz|sqlite)")  # earlier exports' files, deleted; nothing else is


def export(target=None, progress=None):
    """Write a new export into `target` (the data folder's bulk/ by default); returns the manifest.
    `progress(1)` is called as each document is written. One export at a time per folder (cron
    runs may overlap): otherwise one run's manifest could name the files another had put in place."""
    target = Path(target) if target else folder()
    target.mkdir(parents=True, exist_ok=True)
    with open(target / LOCK, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CommandError(f"{target}: 另一个导出正在进行 (another export is writing into this folder)") from None
        return _export(target, progress)


def _export(target, progress):
    now = timezone.now().replace(microsecond=0)
    stem = f"archive-{now.date().isoformat()}"
    jsonl, database, readme = target / f"{stem}.jsonl.gz", target / f"{stem}.sqlite", target / README
    made = {"created": now.isoformat(), "knowledge": knowledge_version()}
    with _beside(jsonl) as jsonl_temp, _beside(database) as database_temp, _beside(readme) as readme_temp:
        with translation.override(settings.LANGUAGE_CODE):  # permalinks at their Chinese (unprefixed) address
            counts = _write(jsonl_temp, database_temp, made, progress)
        readme_temp.write_bytes(DOCS.read_bytes())
        stop_point("bulk files written")  # fault tests: complete, not yet in place
        for temp, final in ((jsonl_temp, jsonl), (database_temp, database), (readme_temp, readme)):
            os.chmod(temp, 0o644)  # mkstemp's 0600 would hide the files from a web server's own user
            os.replace(temp, final)
    manifest = {
        "date": now.date().isoformat(),
        **{name: value for name, value in header(made, counts).items() if name != "record"},
        "files": [_describe(jsonl, "jsonl"), _describe(database, "sqlite"), _describe(readme, "readme")],
    }
    with _beside(target / MANIFEST) as manifest_temp:
        manifest_temp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.chmod(manifest_temp, 0o644)
        os.replace(manifest_temp, target / MANIFEST)
    for old in target.iterdir():
        if EXPORTED.fullmatch(old.name) and old.name not in (jsonl.name, database.name):
            old.unlink(missing_ok=True)
    return manifest


def knowledge_version():
    """A digest of what the archive knows of UN texts (unref/data/): references depend on it."""
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix in (".json", ".csv", ".txt")):
        digest.update(path.relative_to(DATA).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _write(jsonl_path, database_path, made, progress):
    counts = dict.fromkeys(FIELDS, 0)
    first = header(made, estimated_counts())
    with gzip.open(jsonl_path, "wt", encoding="utf-8", newline="\n") as jsonl, closing(sqlite3.connect(database_path)) as database:
        _create_tables(database)
        jsonl.write(_line(first))
        inserts = {kind: _insert(kind) for kind in FIELDS}
        for record in archive_records():
            kind = record["record"]
            jsonl.write(_line(record))
            database.execute(inserts[kind], [record[name] for name, _ in FIELDS[kind]])
            counts[kind] += 1
            if kind == "document" and progress:
                progress(1)
        jsonl.write(_line(trailer(counts)))
        about = {**first, "counts": counts}
        database.executemany(
            "INSERT INTO export (name, value) VALUES (?, ?)",
            [(name, str(value)) for name, value in about.items() if name not in ("record", "counts")]
            + [(f"count.{kind}", str(count)) for kind, count in counts.items()],
        )
        database.commit()
    return counts


def _create_tables(database):
    database.execute("CREATE TABLE export (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for kind, fields in FIELDS.items():
        columns = ", ".join(f'"{name}" {SQL_TYPES.get(type_, "TEXT")}' for name, type_ in fields)
        database.execute(f"CREATE TABLE {kind} ({columns})")
    database.execute("CREATE UNIQUE INDEX document_key ON document (key)")
    database.execute("CREATE UNIQUE INDEX paragraph_anchor ON paragraph (document, anchor)")
    database.execute("CREATE INDEX reference_paragraph ON reference (document, anchor)")
    database.execute("CREATE INDEX reference_target ON reference (type, target)")


def _insert(kind):
    names = [f'"{name}"' for name, _ in FIELDS[kind]]
    return f"INSERT INTO {kind} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _line(record):
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _describe(path, kind):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return {"name": path.name, "format": kind, "size": path.stat().st_size, "sha256": digest.hexdigest()}
