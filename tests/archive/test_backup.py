"""Nothing lost: `restore_archive` brings back exactly what `backup_archive` saved, search finds
it again, and a bad backup or an unwritable folder changes nothing.

Restoring replaces a whole database, so each archive runs in `manage.py` subprocesses with its
own data folder: SQLite always, and PostgreSQL too (in a database of its own) when the suite
runs with DATABASE_URL naming a PostgreSQL server, as .ci/run does.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from urllib.parse import urlsplit

import dj_database_url
import pytest

from tests.conftest import FIXTURES, ROOT, copy_archive

SERVER = os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""

# What the archive holds, read inside the subprocess: counts, every paragraph's text and anchor
# (as a digest), paragraph 5 (f) of CD/2118, and where search finds that paragraph's words.
STATE = """
import hashlib, json
from archive.models import Document, Paragraph
from search.engine import search
rows = list(Paragraph.objects.order_by("document__key", "ordinal").values_list("document__key", "anchor", "text"))
cited = Paragraph.objects.filter(document__symbol="CD/2118", anchor="5-f").first()
print(json.dumps({
    "documents": Document.objects.count(),
    "paragraphs": len(rows),
    "digest": hashlib.sha256(repr(rows).encode()).hexdigest(),
    "5-f": cited and cited.text,
    "found": [[hit.paragraph.document.path, hit.paragraph.anchor] for hit in search("全面审查的报告认为").hits],
}))
"""
# Lose a document and change another paragraph's wording.
DAMAGE = """
from archive.models import Document, Paragraph
Document.objects.get(symbol="CD/2118").delete()
Paragraph.objects.filter(pk__in=Paragraph.objects.order_by("pk").values("pk")[:1]).update(text="改过的文字")
"""


class Archive:
    def __init__(self, data_dir, database_url=None):
        self.data_dir = data_dir
        self.environment = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev")
        self.environment.pop("DATABASE_URL", None)
        if database_url:
            self.environment["DATABASE_URL"] = database_url
        self.kind = "postgresql" if database_url else "sqlite"

    def manage(self, *args):
        return subprocess.run([sys.executable, "manage.py", *map(str, args)], cwd=ROOT, env=self.environment, capture_output=True, text=True, timeout=300)

    def run(self, *args):
        result = self.manage(*args)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def state(self):
        return json.loads(self.run("shell", "-v0", "-c", STATE).splitlines()[-1])


def server_database(name):
    """A database of its own on the suite's PostgreSQL server, dropped afterwards."""
    import psycopg

    settings = dj_database_url.parse(SERVER)
    server = psycopg.connect(
        dbname="postgres", user=settings["USER"], password=settings["PASSWORD"],
        host=settings["HOST"] or None, port=settings["PORT"] or None, autocommit=True,
    )
    server.execute(f'CREATE DATABASE "{name}"')
    return server, urlsplit(SERVER)._replace(path=f"/{name}").geturl()


@pytest.fixture(scope="session")
def loaded_sqlite(tmp_path_factory, migrated_sqlite):
    """A SQLite archive with the fixtures imported and indexed, made once; tests copy it."""
    archive = Archive(copy_archive(migrated_sqlite, tmp_path_factory.mktemp("loaded") / "data"))
    archive.run("ingest", FIXTURES)
    return archive.data_dir


@pytest.fixture(scope="session")
def loaded_postgresql(tmp_path_factory):
    """The same on the PostgreSQL server: a database tests clone (CREATE DATABASE … TEMPLATE)."""
    if not SERVER:
        pytest.skip("PostgreSQL: the suite is not running with a PostgreSQL DATABASE_URL")
    name = f"archive_backup_{uuid.uuid4().hex[:12]}"
    server, url = server_database(name)
    try:
        archive = Archive(tmp_path_factory.mktemp("loaded") / "data", url)
        archive.run("migrate", "-v0")
        archive.run("ingest", FIXTURES)
        yield server, name, archive.data_dir
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


# Only the PostgreSQL archives reach the suite's database server: CI's second pass runs those.
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.database)])
def archive(request, tmp_path):
    """A migrated archive in tmp_path/data holding the five fixtures, imported and indexed."""
    data_dir = tmp_path / "data"
    if request.param == "sqlite":
        shutil.copytree(request.getfixturevalue("loaded_sqlite"), data_dir, symlinks=True)
        yield Archive(data_dir)
        return
    server, template, loaded = request.getfixturevalue("loaded_postgresql")
    shutil.copytree(loaded, data_dir, symlinks=True)
    name = f"archive_backup_{uuid.uuid4().hex[:12]}"
    server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield Archive(data_dir, urlsplit(SERVER)._replace(path=f"/{name}").geturl())
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_restore_brings_back_exactly_what_was_backed_up(archive, tmp_path):
    before = archive.state()
    assert before["documents"] == 5
    assert before["5-f"].startswith("1540 委员会 2016 年 12 月完成的关于全面审查的报告认为")
    assert before["found"] == [["CD/2118", "5-f"]]

    backup = tmp_path / "archive.backup"
    output = archive.run("backup_archive", backup)
    assert f"已备份：文档 5，段落 {before['paragraphs']}" in output

    archive.run("shell", "-v0", "-c", DAMAGE)  # the index is not told: search shows only what exists
    damaged = archive.state()
    assert (damaged["documents"], damaged["5-f"], damaged["found"]) == (4, None, [])
    assert damaged["digest"] != before["digest"]

    output = archive.run("restore_archive", backup)
    assert f"已恢复：文档 5，段落 {before['paragraphs']} (restored: 5 documents, {before['paragraphs']} paragraphs)" in output
    assert f"rebuilt ({before['paragraphs']} paragraphs)" in output
    assert archive.state() == before  # same rows, same anchors and text, found again by search


def test_a_bad_backup_is_refused_and_changes_nothing(archive, tmp_path):
    before = archive.state()
    good = tmp_path / "good.backup"
    archive.run("backup_archive", good)
    text = tmp_path / "notes.txt"
    text.write_text("这不是数据库 (not a database)\n", encoding="utf-8")
    truncated = tmp_path / "truncated.backup"
    truncated.write_bytes(good.read_bytes()[:20000])
    other_kind = tmp_path / "other.backup"
    if archive.kind == "sqlite":
        other_kind.write_bytes(b"PGDMP" + bytes(100))
    else:
        sqlite3.connect(other_kind).execute("CREATE TABLE archive_document (id INTEGER)").connection.close()
    cases = [
        (["restore_archive", tmp_path / "missing.backup"], "备份文件不存在 (no such backup file)"),
        (["restore_archive", text], "不是数据库备份 (not a database backup"),
        (["restore_archive", other_kind], "备份，本站使用"),
        (["restore_archive", truncated], "无法读取的 SQLite 文件" if archive.kind == "sqlite" else "pg_restore 失败，数据库未改动"),
        (["backup_archive", tmp_path / "no-such-folder" / "x.backup"], "无法在"),
    ]
    if archive.kind == "sqlite":
        empty = tmp_path / "empty.sqlite3"
        sqlite3.connect(empty).execute("CREATE TABLE notes (text TEXT)").connection.close()
        cases.append((["restore_archive", empty], "备份中没有文档库的表"))
    for args, message in cases:
        result = archive.manage(*args)
        assert result.returncode != 0, args
        assert message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr + result.stdout
    assert archive.state() == before
    assert not list(tmp_path.glob("**/.*.part"))  # no scratch files left behind


def test_an_unwritable_data_folder_leaves_the_database_as_it_was(tmp_path, loaded_sqlite):
    archive = Archive(tmp_path / "data")
    shutil.copytree(loaded_sqlite, archive.data_dir, symlinks=True)
    backup = tmp_path / "archive.backup"
    archive.run("backup_archive", backup)
    archive.run("shell", "-v0", "-c", DAMAGE)
    database = archive.data_dir / "archive.sqlite3"
    contents = database.read_bytes()
    # root ignores file modes; the immutable attribute stops root too
    protect = ["chattr", "+i", str(archive.data_dir)] if os.geteuid() == 0 else ["chmod", "555", str(archive.data_dir)]
    if subprocess.run(protect, capture_output=True).returncode != 0:
        pytest.skip("cannot make the data folder read-only here")
    try:
        result = archive.manage("restore_archive", backup)
    finally:
        subprocess.run(["chattr", "-i", str(archive.data_dir)] if os.geteuid() == 0 else ["chmod", "755", str(archive.data_dir)])
    assert result.returncode != 0
    assert "无法在" in result.stderr and "Traceback" not in result.stderr
    assert database.read_bytes() == contents
