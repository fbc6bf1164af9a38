"""Nothing half-imported: kill -9 during `ingest`, a read-only database or a full disk leaves
every document complete or absent, and the last two say so clearly."""
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from archive.pipeline import parse_file
from tests.conftest import A_74_140, CD_2118, FIXTURES

ROOT = Path(__file__).resolve().parents[2]


def make_large_corpus(folder, copies=25):
    """Three long documents built from the fixtures' paragraphs, so an import takes seconds."""
    for index, source in enumerate(sorted(FIXTURES.glob("00[014]_*.txt"))):
        text = source.read_text(encoding="utf-8")
        (folder / f"large-{index}.txt").write_text("\n".join(text for _ in range(copies)), encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def environment(data_dir):
    """These tests watch SQLite's files, so their archive is SQLite whatever the suite runs on."""
    variables = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev")
    variables.pop("DATABASE_URL", None)
    return variables


def migrate(data_dir):
    return subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=environment(data_dir))


def ingest(data_dir, *paths, preexec_fn=None):
    return subprocess.Popen(
        [sys.executable, "manage.py", "ingest", *map(str, paths)],
        cwd=ROOT, env=environment(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=preexec_fn,
    )


def stored(data_dir):
    with sqlite3.connect(data_dir / "archive.sqlite3") as database:
        return dict(
            database.execute(
                "SELECT d.source_file, COUNT(p.id) FROM archive_document d "
                "LEFT JOIN archive_paragraph p ON p.document_id = d.id GROUP BY d.id"
            ).fetchall()
        )


def kill_inside_transaction(process, data_dir, nth):
    """SIGKILL while SQLite's rollback journal exists for the nth time: inside a document's
    transaction, between its first write and its commit."""
    journal, seen, inside = data_dir / "archive.sqlite3-journal", 0, False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and not inside:
            seen, inside = seen + 1, True
            if seen == nth:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return True
        elif not journal.exists():
            inside = False
        time.sleep(0.002)
    return False


@pytest.mark.parametrize("nth_transaction", [1, 2, 3])
def test_kill_9_in_the_middle_leaves_documents_complete_or_absent(tmp_path, nth_transaction):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = make_large_corpus(corpus)
    expected = {path.name: len(parse_file(path).paragraphs) for path in files}
    data_dir = tmp_path / "data"
    assert migrate(data_dir).returncode == 0
    process = ingest(data_dir, "--no-index", corpus)  # the database is what is watched here
    assert kill_inside_transaction(process, data_dir, nth_transaction), "the import ended before it could be killed"
    after_kill = stored(data_dir)
    assert len(after_kill) == nth_transaction - 1  # the document being written is absent
    for name, count in after_kill.items():
        assert count == expected[name], f"{name} half-imported: {count} of {expected[name]} paragraphs"
    finished = ingest(data_dir, "--no-index", corpus)
    assert finished.wait(timeout=120) == 0, finished.stderr.read().decode()
    assert stored(data_dir) == expected


def test_a_read_only_database_gives_a_clear_error(tmp_path):
    data_dir = tmp_path / "data"
    assert migrate(data_dir).returncode == 0
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
def test_a_full_disk_stops_the_import_clearly_and_loses_nothing(tmp_path, free):
    large = tmp_path / "large.txt"
    large.write_text("\n".join([A_74_140.read_text(encoding="utf-8")] * 25), encoding="utf-8")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(data_dir)], capture_output=True).returncode == 0
    try:
        assert migrate(data_dir).returncode == 0
        assert ingest(data_dir, CD_2118).wait(timeout=120) == 0
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
