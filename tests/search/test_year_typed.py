"""A year typed alone is also the year a document is dated (search.query.term_query): a report of
25 September that never prints its year is one of 2024 for a researcher who typed `2024`. Spread
and partial matches hold such a document apart, with no paragraph shown for the year (search.spread)."""
import pytest

from search import engine

from .test_defined import files
from .test_spread import imported

# Dated 2024, printing no year: found by `2024`.
LAUNCH = "火箭军9月25日向太平洋相关公海海域发射一枚洲际弹道导弹。\n"
# Dated 2021, printing 2024 in its text: found by `2024` too.
FORECAST = "报告预计到2024年太平洋方向的洲际弹道导弹试射将增加。\n"
# Dated 2021, printing no year: not found by `2024`.
EARLIER = "洲际弹道导弹的太平洋试射计划尚未公布。\n"
# Dated 2024, the words in two paragraphs: a spread match for `2024`, showing the two paragraphs only.
APART = "火箭军公布了洲际弹道导弹试射的消息。\n\n落区位于太平洋相关公海海域。\n"


@pytest.fixture
def dated(tmp_path, db):
    with imported(tmp_path, ("launch.txt", LAUNCH, "2024-09-25"), ("forecast.txt", FORECAST, "2021-11-03"),
                  ("earlier.txt", EARLIER, "2021-06-01"), ("apart.txt", APART, "2024-09-26")) as documents:
        yield documents


def found(query):
    return files(engine.search(query))


@pytest.mark.contract
@pytest.mark.parametrize("query", ["洲际弹道导弹 太平洋 2024", "洲际弹道导弹 太平洋 2024年"])
def test_a_year_typed_alone_finds_the_documents_dated_in_it_and_those_printing_it(dated, query):
    assert found(query) == ["forecast.txt", "launch.txt"]


@pytest.mark.contract
def test_a_number_or_a_date_that_is_no_year_alone_is_only_text(dated):
    assert found("洲际弹道导弹 太平洋 3000") == []
    assert found("洲际弹道导弹 太平洋 2024年9月") == []
    assert found("洲际弹道导弹 太平洋 2021") == ["earlier.txt", "forecast.txt"]


@pytest.mark.contract
def test_a_document_dated_in_the_year_is_a_spread_match_showing_the_other_words_only(dated):
    outcome = engine.search("洲际弹道导弹 太平洋 2024")
    assert [(found.document.source_file.rsplit("/", 1)[-1], [hit.paragraph.anchor for hit in found.hits])
            for found in outcome.spread] == [("apart.txt", ["p1", "p2"])]


@pytest.mark.contract
def test_a_document_dated_in_the_year_lacking_a_plain_word_is_a_partial_match(dated):
    """The launch of 2024 says `发射`, not `试射`: it lacks that word, as one printing the year would;
    the year is never lacked (`earlier.txt`, of 2021, holds every other word)."""
    outcome = engine.search("洲际弹道导弹 太平洋 试射 2024")
    assert [(found.document.source_file.rsplit("/", 1)[-1], found.missing, [hit.paragraph.anchor for hit in found.hits])
            for found in outcome.partial] == [("launch.txt", "试射", ["p1"])]
