"""Nothing half-imported: kill -9 during `ingest`, a read-only database or a full disk leaves
every document complete or absent, and the last two say so clearly."""
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from archive.pipeline import parse_file
from tests.conftest import A_74_140, CD_2118, FIXTURES, ROOT, copy_archive


def environment(data_dir, **variables):
    """These tests read SQLite's file, so their archive is SQLite whatever the suite runs on."""
    variables = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev", **variables)
    variables.pop("DATABASE_URL", None)
    return variables


def ingest(data_dir, *paths, preexec_fn=None, **variables):
    return subprocess.Popen(
        [sys.executable, "manage.py", "ingest", *map(str, paths)],
        cwd=ROOT, env=environment(data_dir, **variables), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=preexec_fn,
    )


def stored(data_dir):
    with closing(sqlite3.connect(data_dir / "archive.sqlite3")) as database:
        return dict(
            database.execute(
                "SELECT d.source_file, COUNT(p.id) FROM archive_document d "
                "LEFT JOIN archive_paragraph p ON p.document_id = d.id GROUP BY d.id"
            ).fetchall()
        )


def stopped_at(process):
    """Wait until `process` stops itself at its ARCHIVE_STOP_AT point (archive.faults)."""
    _, status = os.waitpid(process.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), f"ended before its stopping point (status {status}): {process.stderr.read().decode()}"


@pytest.mark.parametrize("nth_document", [1, 2, 3])
def test_kill_9_in_the_middle_leaves_documents_complete_or_absent(tmp_path, migrated_sqlite, nth_document):
    """SIGKILL inside the nth document's transaction, every row written and none committed."""
    files = sorted(FIXTURES.glob("00[014]_*.txt"))
    expected = {path.name: len(parse_file(path).paragraphs) for path in files}
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    process = ingest(data_dir, "--no-index", *files, ARCHIVE_STOP_AT=f"document written:{nth_document}")
    stopped_at(process)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    after_kill = stored(data_dir)
    assert after_kill == {path.name: expected[path.name] for path in files[:nth_document - 1]}
    finished = ingest(data_dir, "--no-index", *files)
    _, errors = finished.communicate(timeout=120)
    assert finished.returncode == 0, errors.decode()
    assert stored(data_dir) == expected


def test_a_read_only_database_gives_a_clear_error(tmp_path, migrated_sqlite):
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    database = data_dir / "archive.sqlite3"
    # root ignores file modes; the immutable attribute stops root too
    protect = ["chattr", "+i", str(database)] if os.geteuid() == 0 else ["chmod", "444", str(database)]
    if subprocess.run(protect).returncode != 0:
        pytest.skip("cannot make the database read-only here")
    try:
        process = ingest(data_dir, FIXTURES / "000_34e8a822261838fa.txt")
        _, err = process.communicate(timeout=60)
    finally:
        subprocess.run(["chattr", "-i", str(database)] if os.geteuid() == 0 else ["chmod", "644", str(database)])
    assert process.returncode != 0
    assert "数据库无法写入" in err.decode()
    assert "Traceback" not in err.decode()
    assert stored(data_dir) == {}


def file_size_limit(limit):
    """Where no file system can be mounted: writing past `limit` bytes fails (EFBIG) like a full disk."""

    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def fill(folder, leave):
    """Take all the free space of folder's file system but `leave` bytes."""
    stat = os.statvfs(folder)
    with open(folder / "filler", "wb") as filler:
        remaining = stat.f_bavail * stat.f_frsize - leave
        while remaining > 0:
            remaining -= filler.write(bytes(min(remaining, 1 << 20)))


def snapshot(database):
    """Every row, once SQLite's own check has passed."""
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(connection.iterdump())


# No room even for the journal; room for the journal and part of a 3 MB document.
@pytest.mark.parametrize("free", [0, 1 << 20])
def test_a_full_disk_stops_the_import_clearly_and_loses_nothing(tmp_path, migrated_sqlite, free):
    large = tmp_path / "large.txt"
    large.write_text("\n".join([A_74_140.read_text(encoding="utf-8")] * 25), encoding="utf-8")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(data_dir)], capture_output=True).returncode == 0
    try:
        copy_archive(migrated_sqlite, data_dir)
        first = ingest(data_dir, CD_2118)
        first.communicate(timeout=120)
        assert first.returncode == 0
        database = data_dir / "archive.sqlite3"
        before = snapshot(database)
        if mounted:
            fill(data_dir, free)
            process = ingest(data_dir, large)
        else:
            process = ingest(data_dir, large, preexec_fn=file_size_limit(database.stat().st_size + free))
        out, err = process.communicate(timeout=120)
        assert process.returncode != 0
        assert "数据库无法写入，large.txt 未导入" in err.decode()
        assert "Traceback" not in (out + err).decode()
        assert snapshot(database) == before
    finally:
        if mounted:
            subprocess.run(["umount", "--lazy", str(data_dir)])
