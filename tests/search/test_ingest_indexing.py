"""`ingest` keeps the index right: new documents become findable, corrected ones lose what
they no longer say, and `extract_references` reindexes what it changed."""
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
    call_command("ingest", str(path), stdout=open("/dev/null", "w"))
    assert ("CD/2118", "5-q") in hits(client, "Cosmo 第二阶段行动")
    path.write_text(path.read_text(encoding="utf-8").replace("Cosmo 第二阶段行动", "Cosmo 第三阶段行动"), encoding="utf-8")
    call_command("ingest", str(path), stdout=open("/dev/null", "w"))
    assert hits(client, "Cosmo 第二阶段行动") == set()
    assert ("CD/2118", "5-q") in hits(client, "第三阶段行动")


def test_bulk_indexing_fills_segments_on_every_core(client, monkeypatch):
    """A bulk load commits segments of SEGMENT paragraphs, analysed by several processes, and
    the result finds exactly what a one-process index finds."""
    from haystack import connections

    from search import backends, indexing

    call_command("ingest", "fixtures/documents", "--no-index", stdout=open("/dev/null", "w"))
    indexing.rebuild()
    expected = {query: hits(client, query) for query in ("禁化武组织", "出口管制", "1540", '"全面审查"')}
    monkeypatch.setattr(backends, "SEGMENT", 100)
    monkeypatch.setattr(indexing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(backends.os, "cpu_count", lambda: 2)
    total = indexing.rebuild()
    searcher = connections["default"].get_backend().searcher()
    assert searcher.doc_count() == total == 323
    assert len(list(searcher.leaf_searchers())) >= 4  # 323 paragraphs in segments of 100, two processes each
    assert {query: hits(client, query) for query in expected} == expected
