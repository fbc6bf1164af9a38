"""Back up and restore the archive database (`backup_archive`, `restore_archive`).

SQLite is copied with its online-backup API, a consistent snapshot while the site runs, and
restored by checking the backup, copying it beside the live file and swapping it in with one
os.replace. PostgreSQL goes through pg_dump and a single-transaction pg_restore. Either way a
failure leaves the database as it was. The search index is not backed up: it is rebuilt.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing, contextmanager
from pathlib import Path

from django.core.management.base import CommandError
from django.db import connection

from .models import Document, Paragraph

HEADERS = {"sqlite": b"SQLite format 3\x00", "postgresql": b"PGDMP"}  # PGDMP: pg_dump --format=custom


def database_kind():
    if connection.vendor not in HEADERS:
        raise CommandError(f"不支持 {connection.vendor} 数据库 (only SQLite and PostgreSQL are supported)")
    return connection.vendor


def back_up(target):
    """Write the backup to `target`, replaced only once complete. Returns (documents, paragraphs)."""
    kind = database_kind()
    database = Path(connection.settings_dict["NAME"])
    if kind == "sqlite" and not database.is_file():
        raise CommandError(f"{database}: 数据库不存在 (no database here: run manage.py migrate)")
    with _beside(target) as temp:
        if kind == "sqlite":
            with closing(_open_read_only(database)) as source, closing(sqlite3.connect(temp)) as copy:
                source.backup(copy)
            counts = _counts(temp)
        else:
            _run("pg_dump", "--format=custom", f"--file={temp}", *_connection_arguments())
            counts = _orm_counts()  # of the live database, a moment after pg_dump's snapshot
        os.replace(temp, target)
    return counts


def restore(backup):
    """Check that `backup` is an archive backup of this site's kind of database, then put it in
    place of the database, all at once or not at all."""
    kind = database_kind()
    try:
        with open(backup, "rb") as file:
            header = file.read(16)
    except OSError as error:
        raise CommandError(f"{backup}: 无法读取 (cannot read: {error.strerror})") from None
    found = next((name for name, magic in HEADERS.items() if header.startswith(magic)), None)
    if found is None:
        raise CommandError(f"{backup}: 不是数据库备份 (not a database backup: neither an SQLite file nor a pg_dump --format=custom archive)")
    if found != kind:
        raise CommandError(f"{backup}: 这是 {found} 备份，本站使用 {kind} (a {found} backup; this site uses {kind})")
    if kind == "sqlite":
        _restore_sqlite(backup, Path(connection.settings_dict["NAME"]))
    else:
        if not re.search(r"\bTABLE \S+ archive_document\b", _run("pg_restore", "--list", str(backup))):
            raise CommandError(f"{backup}: 备份中没有文档库的表 (no archive tables: not a backup of this archive)")
        connection.close()
        _run("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", *_connection_arguments(), str(backup))


def _restore_sqlite(backup, database):
    with closing(_open_read_only(backup)) as source:
        try:
            integrity = source.execute("PRAGMA integrity_check").fetchone()[0]
            archive = source.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'archive_document'").fetchone()
        except sqlite3.DatabaseError as error:
            raise CommandError(f"{backup}: 无法读取的 SQLite 文件 (unreadable SQLite file: {error})") from None
        if integrity != "ok":
            raise CommandError(f"{backup}: 备份已损坏 (the backup is damaged: {integrity})")
        if archive is None:
            raise CommandError(f"{backup}: 备份中没有文档库的表 (no archive tables: not a backup of this archive)")
        connection.close()
        with _beside(database) as temp:
            with closing(sqlite3.connect(temp)) as copy:
                source.backup(copy)
            _swap_in(temp, database)


def _swap_in(temp, database):
    """os.replace under the live file's exclusive lock: an import in progress commits first, and
    the rollback journal a killed import left is replayed onto the old file, never the new one."""
    if not database.exists():
        os.replace(temp, database)
        return
    stat = database.stat()  # the restored file keeps the live file's owner and permissions
    os.chmod(temp, stat.st_mode & 0o7777)
    if (stat.st_uid, stat.st_gid) != (os.geteuid(), os.getegid()):
        os.chown(temp, stat.st_uid, stat.st_gid)
    with closing(sqlite3.connect(database, timeout=60, isolation_level=None)) as live:
        try:
            live.execute("BEGIN EXCLUSIVE")
            live.execute("SELECT COUNT(*) FROM sqlite_master")
        except sqlite3.DatabaseError as error:
            if error.sqlite_errorname not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise CommandError(f"无法锁定数据库，未恢复；请先停止导入 (could not lock the database, nothing was restored: {error}; stop imports first)") from None
            Path(f"{database}-journal").unlink(missing_ok=True)  # the live file is damaged: its journal is void
        os.replace(temp, database)


@contextmanager
def _beside(target):
    """A scratch file in the target's folder, so os.replace is atomic; gone afterwards unless moved."""
    target = Path(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise CommandError(f"无法在 {target.parent} 写入 (cannot write in {target.parent}: {error.strerror})") from None
    os.close(handle)
    try:
        yield Path(name)
    except (OSError, sqlite3.Error) as error:  # e.g. the disk filled up while copying
        raise CommandError(f"写入失败，{target} 未改动 (writing failed; {target} is unchanged: {error})") from None
    finally:
        Path(name).unlink(missing_ok=True)


def _open_read_only(path):
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _counts(path):
    with closing(_open_read_only(path)) as database:
        return database.execute("SELECT (SELECT COUNT(*) FROM archive_document), (SELECT COUNT(*) FROM archive_paragraph)").fetchone()


def _orm_counts():
    return Document.objects.count(), Paragraph.objects.count()


def _connection_arguments():
    settings = connection.settings_dict
    options = (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER"), ("--dbname", "NAME"))
    return [f"{option}={settings[key]}" for option, key in options if settings.get(key)]


def _run(program, *arguments):
    if shutil.which(program) is None:
        raise CommandError(f"找不到 {program}，请安装 PostgreSQL 客户端 ({program} not found: install the PostgreSQL client programs, e.g. postgresql-client)")
    password = connection.settings_dict.get("PASSWORD")
    environment = dict(os.environ, PGPASSWORD=password) if password else None
    result = subprocess.run([program, *arguments], env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{program} 失败，数据库未改动 ({program} failed; the database is unchanged): {result.stderr.strip()}")
    return result.stdout
