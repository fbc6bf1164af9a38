"""A year typed alone is also the year a document is dated (search.query.term_query): a report of
25 September that never prints its year is one of 2024 for a researcher who typed `2024`."""
import io
import json

import pytest
from django.core.management import call_command

from archive.models import Document
from search import engine, indexing

# Dated 2024, printing no year: found by `2024`.
LAUNCH = "火箭军9月25日向太平洋相关公海海域发射一枚洲际弹道导弹。\n"
# Dated 2021, printing 2024 in its text: found by `2024` too.
FORECAST = "报告预计到2024年太平洋方向的洲际弹道导弹试射将增加。\n"
# Dated 2021, printing no year: not found by `2024`.
EARLIER = "洲际弹道导弹的太平洋试射计划尚未公布。\n"


@pytest.fixture
def dated(tmp_path, db):
    documents = {}
    for name, text, date in (("launch.txt", LAUNCH, "2024-09-25"), ("forecast.txt", FORECAST, "2021-11-03"),
                             ("earlier.txt", EARLIER, "2021-06-01")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".json").write_text(json.dumps({"date": date}), encoding="utf-8")
        call_command("ingest", str(path), stdout=io.StringIO())
        documents[name] = Document.objects.get(source_file__endswith=name)
    try:
        yield documents
    finally:
        indexing.remove_documents([document.key for document in documents.values()])


def found(query):
    return sorted(hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in engine.search(query).hits)


@pytest.mark.contract
@pytest.mark.parametrize("query", ["洲际弹道导弹 太平洋 2024", "洲际弹道导弹 太平洋 2024年"])
def test_a_year_typed_alone_finds_the_documents_dated_in_it_and_those_printing_it(dated, query):
    assert found(query) == ["forecast.txt", "launch.txt"]


@pytest.mark.contract
def test_a_number_that_is_no_year_is_only_text(dated):
    assert found("洲际弹道导弹 太平洋 1540") == []
    assert found("洲际弹道导弹 太平洋 2021") == ["earlier.txt", "forecast.txt"]
