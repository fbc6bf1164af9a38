"""A rebuild killed with SIGKILL leaves nothing behind: its writer processes die with it, and
the next command that writes the index (an ingest as well as a build) removes its unfinished
folder."""
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from search.backends import remove_abandoned_builds
from tests.archive.test_faults import ingest
from tests.conftest import FIXTURES, ROOT, copy_archive

# The fixtures, then a build written by helper processes as a bulk build is (as
# tests/search/test_ingest_indexing.py does, on a corpus small enough for a test).
BUILD = f"""
import django
django.setup()
from django.core.management import call_command
from search import backends, embedded
call_command("ingest", {str(FIXTURES)!r}, "--no-index", verbosity=0)
embedded.PARALLEL_FROM = 1
backends.os.cpu_count = lambda: 2
call_command("build_search_index")
"""


def children(pid):
    """Processes whose parent is `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def ended(pid, timeout=60):
    """Whether process `pid` (not our child) has ended, waiting for it up to `timeout` s."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    with os.fdopen(handle) as pidfd:
        return bool(select.select([pidfd], [], [], timeout)[0])


def test_a_killed_rebuild_leaves_no_writer_and_no_folder(tmp_path, migrated_sqlite):
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    environment = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev", ARCHIVE_STOP_AT="index commit")
    environment.pop("DATABASE_URL", None)
    build = subprocess.Popen([sys.executable, "-c", BUILD], cwd=ROOT, env=environment, stderr=subprocess.PIPE, start_new_session=True)
    _, status = os.waitpid(build.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), build.stderr.read().decode()
    writers = children(build.pid)
    assert len(writers) == 2
    unfinished = list(data_dir.glob(f"whoosh_index.build-{build.pid}-*"))
    assert len(unfinished) == 1
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    try:
        assert all(ended(writer) for writer in writers)
    finally:  # a failing run must not leave them behind either
        for writer in writers:
            try:
                os.kill(writer, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert unfinished[0].exists()
    new = tmp_path / "zz_new.txt"
    new.write_text("关于索引清理的说明\n\n1. 被终止的重建留下的文件夹由下一次导入删除。\n", encoding="utf-8")
    following = ingest(data_dir, new)
    assert following.wait(timeout=120) == 0, following.stderr.read().decode()
    assert not unfinished[0].exists()


def test_only_abandoned_builds_are_removed(tmp_path):
    """Not a build of a live process, not the folder being served, not another index's."""
    finished = subprocess.Popen(["true"])
    finished.wait()
    dead = tmp_path / f"whoosh_index.build-{finished.pid}-1"
    dead.mkdir()
    live = tmp_path / f"whoosh_index.build-{os.getpid()}-1"
    live.mkdir()
    serving = tmp_path / f"whoosh_index.build-{finished.pid}-2"
    serving.mkdir()
    (tmp_path / "whoosh_index").symlink_to(serving.name)
    other = tmp_path / "other.build-1-1"
    other.mkdir()
    remove_abandoned_builds(tmp_path / "whoosh_index")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["whoosh_index", serving.name, live.name, other.name])
