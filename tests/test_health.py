"""The health endpoint tells a load balancer when the database or the index is broken."""
import io
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from archive.models import Document, Paragraph
from archive.signals import document_imported
from search.indexing import rebuild
from search.updates import Updating, in_progress
from tests.conftest import CD_2118, S_2010_52

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def restore_index():
    """These tests break the session's index on purpose; later tests need it whole."""
    yield
    rebuild()


def index_path():
    return Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


def test_healthy(client):
    rebuild()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "index": "ok (0 paragraphs)"}


def test_missing_index_is_reported(client):
    rebuild()
    target = index_path().resolve()
    index_path().unlink() if index_path().is_symlink() else None
    shutil.rmtree(target, ignore_errors=True)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["index"] == "error: missing: run manage.py build_search_index"


# Whoosh leaves the table of contents it failed to read open (whoosh.index.TOC.read); the file is
# Whoosh's to close, and it is closed when collected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_corrupt_index_is_reported_and_rebuild_repairs_it(client):
    rebuild()
    for segment in index_path().resolve().glob("*.toc"):
        segment.write_bytes(b"not a whoosh table of contents")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "unreadable" in response.json()["index"]
    rebuild()
    assert client.get("/healthz").status_code == 200


def test_search_with_a_corrupt_index_answers_without_an_error_page(client):
    rebuild()
    for segment in index_path().resolve().glob("*.toc"):
        segment.write_bytes(b"not a whoosh table of contents")
    response = client.get("/search/", {"q": "援助"})
    assert response.status_code == 503
    assert "检索暂时不可用" in response.content.decode()
    assert client.get("/api/search/", {"q": "援助"}).status_code == 503


def test_an_index_behind_the_database_is_reported_unless_an_import_is_catching_up(client):
    rebuild()
    call_command("ingest", str(CD_2118), "--no-index", verbosity=0)
    stored = Paragraph.objects.count()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["index"] == (
        f"error: 索引 0 段，数据库 {stored} 段：请运行 manage.py build_search_index --if-stale "
        f"(index 0 paragraphs, database {stored}: run manage.py build_search_index --if-stale)"
    )
    with Updating(index_path()):  # what an import holds from its first commit to its index commit
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json()["index"] == f"ok (0 paragraphs, updating to {stored})"
    assert client.get("/healthz").status_code == 503
    call_command("build_search_index", "--if-stale", stdout=io.StringIO())
    assert client.get("/healthz").json()["index"] == f"ok ({stored} paragraphs)"
    Document.objects.all().delete()  # before restore_index rebuilds: later tests expect an empty index


def test_an_import_says_it_is_catching_up_until_its_index_commit(client):
    rebuild()
    seen = []

    def look(sender, **kwargs):  # after the search app's own listener: indexing has started
        seen.append(client.get("/healthz").json()["index"])

    document_imported.connect(look)
    try:
        call_command("ingest", str(CD_2118), str(S_2010_52), verbosity=0)
    finally:
        document_imported.disconnect(look)
    stored = Paragraph.objects.count()
    assert seen[0] == f"ok (0 paragraphs, updating to {Paragraph.objects.filter(document__symbol='CD/2118').count()})"
    assert seen[1] == f"ok (0 paragraphs, updating to {stored})"
    assert client.get("/healthz").json()["index"] == f"ok ({stored} paragraphs)"
    assert not in_progress(index_path())
    Document.objects.all().delete()
