"""`ingest` keeps the index right: new documents become findable, corrected ones lose what
they no longer say, and `extract_references` reindexes what it changed."""
import io
import json

import pytest
from django.core.management import call_command

from tests.conftest import CD_2118

pytestmark = pytest.mark.django_db(transaction=True)


def hits(client, query):
    data = json.loads(client.get("/api/search/", {"q": query}).content)
    return {(r["document"], r["anchor"]) for r in data["results"]}


def test_ingest_indexes_and_a_correction_removes_old_text(client, fixture_copy, tmp_path):
    from search.indexing import rebuild

    rebuild()
    path = fixture_copy(CD_2118)
    call_command("ingest", str(path), stdout=io.StringIO())
    assert ("CD/2118", "5-q") in hits(client, "Cosmo 第二阶段行动")
    path.write_text(path.read_text(encoding="utf-8").replace("Cosmo 第二阶段行动", "Cosmo 第三阶段行动"), encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())
    assert hits(client, "Cosmo 第二阶段行动") == set()
    assert ("CD/2118", "5-q") in hits(client, "第三阶段行动")


def test_bulk_indexing_fills_segments_on_every_core(client, monkeypatch):
    """A bulk load commits segments of SEGMENT paragraphs, analysed by several processes, and
    the result finds exactly what a one-process index finds."""
    from haystack import connections

    from search import backends, embedded, indexing

    call_command("ingest", "fixtures/documents", "--no-index", stdout=io.StringIO())
    indexing.rebuild()
    expected = {query: hits(client, query) for query in ("禁化武组织", "出口管制", "1540", '"全面审查"')}
    monkeypatch.setattr(backends, "SEGMENT", 100)
    monkeypatch.setattr(embedded, "PARALLEL_FROM", 1)
    monkeypatch.setattr(backends.os, "cpu_count", lambda: 2)
    total = indexing.rebuild()
    searcher = connections["default"].get_backend().searcher()
    assert searcher.doc_count() == total == 323
    assert len(list(searcher.leaf_searchers())) >= 4  # 323 paragraphs in segments of 100, two processes each
    assert {query: hits(client, query) for query in expected} == expected


def test_a_bulk_ingest_hands_each_document_to_the_index_as_it_is_stored(client, monkeypatch):
    """Indexing runs beside the storing: when a document's transaction has committed, its
    entries are already with the index writer; readers see them all once the import ends."""
    from haystack import connections

    from archive.signals import document_imported
    from search import backends, embedded, indexing

    monkeypatch.setattr(backends, "SEGMENT", 100)
    monkeypatch.setattr(embedded, "PARALLEL_FROM", 1)
    monkeypatch.setattr(backends.os, "cpu_count", lambda: 2)
    handed, stored = [], []

    def count(sender, import_id, document, **kwargs):
        writing = indexing.ImportIndexing._started[import_id].writer.writing
        handed.append(writing.added + len(writing.chunk))
        stored.append(document.paragraphs.count())

    document_imported.connect(count)
    try:
        call_command("ingest", "fixtures/documents", stdout=io.StringIO())
    finally:
        document_imported.disconnect(count)
    assert handed == [sum(stored[:n]) for n in range(1, len(stored) + 1)]
    assert len(stored) == 5 and handed[-1] == 323
    searcher = connections["default"].get_backend().searcher()
    assert searcher.doc_count() == 323
    assert ("CD/2118", "5-q") in hits(client, "Cosmo 第二阶段行动")


def test_indexing_that_fails_during_an_ingest_is_done_again_at_its_end(client, monkeypatch):
    """What was handed over before the failure is dropped, not committed half-way."""
    from haystack import connections

    from search import indexing

    original = indexing.ImportIndexing.add
    calls = []

    def fail_on_the_second(self, document):
        calls.append(document.path)
        if len(calls) == 2:
            raise OSError("disk full")
        original(self, document)

    monkeypatch.setattr(indexing.ImportIndexing, "add", fail_on_the_second)
    call_command("ingest", "fixtures/documents", stdout=io.StringIO())
    assert len(calls) == 2  # the second fails: the later ones wait for the end, which indexes all five
    assert connections["default"].get_backend().searcher().doc_count() == 323
    assert ("CD/2118", "5-q") in hits(client, "Cosmo 第二阶段行动")
