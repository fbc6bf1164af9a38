"""An ingest killed after some documents committed and before its index commit: /healthz says
the index is behind, and running the same ingest again indexes every stored paragraph (its
documents are "unchanged" in the database, not in the index)."""
import json
import os
import signal
import subprocess
import sys

from tests.archive.test_faults import environment, ingest, stopped_at
from tests.conftest import FIXTURES, ROOT, copy_archive

# Asked in a process of its own, of the killed ingest's data folder.
PROBE = """
import json
import django
django.setup()
from django.test import Client
from haystack import connections
from archive.models import Paragraph
response = Client(HTTP_HOST="localhost").get("/healthz")
with connections["default"].get_backend().open_index().searcher() as searcher:
    indexed = sorted(int(fields["django_id"]) for fields in searcher.all_stored_fields())
found = Client(HTTP_HOST="localhost").get("/api/search/", {"q": "全面审查"}).json()
print(json.dumps({
    "status": response.status_code, "health": response.json(), "indexed": indexed,
    "stored": sorted(Paragraph.objects.values_list("pk", flat=True)),
    "found": sorted({hit["document"] for hit in found["results"]}),
}))
"""


def probe(data_dir):
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=environment(data_dir), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_ingest_killed_before_its_index_commit_is_noticed_and_repaired(tmp_path, migrated_sqlite):
    files = sorted(FIXTURES.glob("00[014]_*.txt"))  # CD/2118, S/2010/52, A/74/140
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    first = ingest(data_dir, files[0])
    assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    healthy = probe(data_dir)
    assert healthy["status"] == 200
    assert healthy["indexed"] == healthy["stored"]

    killed = ingest(data_dir, *files, ARCHIVE_STOP_AT="document stored:2")  # CD/2118 unchanged, S/2010/52 committed
    stopped_at(killed)
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    behind = probe(data_dir)
    assert len(behind["stored"]) > len(behind["indexed"]) == len(healthy["indexed"])
    assert behind["status"] == 503
    assert behind["health"]["index"] == (
        f"error: 索引 {len(behind['indexed'])} 段，数据库 {len(behind['stored'])} 段：请运行 manage.py build_search_index --if-stale "
        f"(index {len(behind['indexed'])} paragraphs, database {len(behind['stored'])}: run manage.py build_search_index --if-stale)"
    )
    assert behind["found"] == ["CD/2118"]

    again = ingest(data_dir, *files)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert out.decode().count("unchanged") == 2 + 1  # two files, and the summary line
    repaired = probe(data_dir)
    assert repaired["indexed"] == repaired["stored"] and len(repaired["stored"]) > len(behind["stored"])
    assert repaired["status"] == 200
    assert repaired["found"] == ["CD/2118", "S/2010/52"]


def test_health_says_updating_from_an_imports_first_commit(tmp_path, migrated_sqlite):
    """Stopped just after its first document committed, before any index work: not drift."""
    files = sorted(FIXTURES.glob("00[01]_*.txt"))  # CD/2118, S/2010/52
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    first = ingest(data_dir, files[0])
    assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    stopped = ingest(data_dir, files[1], ARCHIVE_STOP_AT="document stored:1")
    stopped_at(stopped)
    try:
        during = probe(data_dir)
    finally:
        os.kill(stopped.pid, signal.SIGKILL)
        stopped.wait()
    assert len(during["stored"]) > len(during["indexed"]) > 0
    assert during["status"] == 200
    assert during["health"]["index"] == f"ok ({len(during['indexed'])} paragraphs, updating to {len(during['stored'])})"
    assert probe(data_dir)["status"] == 503  # killed: nobody is catching up any more
