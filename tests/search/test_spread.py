"""Spread matches (search.spread): a document holding every word of a query of several words, but
in different paragraphs, shown apart from the hits with the paragraph where each word occurs."""
import io

import pytest
from django.core.management import call_command

from archive.models import Document
from search import engine, indexing, spread

NOTICE = ("鉴于中央人民政府已命令将安全理事会第1556(2004)号决议适用于澳门特别行政区;\n\n"
          "再考虑到第4/2002号法律所定的制裁;\n\n"
          "禁止经澳门特别行政区转运各类军火。\n")
# Both words in one paragraph: an exact hit, never a spread match too.
BULLETIN = "澳门特别行政区执行联合国制裁的措施。\n\n另一段落。\n"
# One word only: neither a hit nor a spread match.
REPORT = "澳门特别行政区政府公布了管制清单。\n\n年度报告。\n"


def ingest(folder, name, text, date):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(f'{{"date": "{date}"}}', encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())
    return Document.objects.get(source_file__endswith=name)


@pytest.fixture
def notices(tmp_path, db):
    documents = [ingest(tmp_path, "notice.txt", NOTICE, "2004-11-03"),
                 ingest(tmp_path, "bulletin.txt", BULLETIN, "2016-05-02"),
                 ingest(tmp_path, "report.txt", REPORT, "2018-01-10")]
    yield {document.source_file.rsplit("/", 1)[-1]: document for document in documents}
    indexing.remove_documents([document.key for document in documents])


def shown(outcome):
    return [(found.document.source_file.rsplit("/", 1)[-1], [(hit.paragraph.anchor, str(hit.snippet)) for hit in found.hits])
            for found in outcome.spread]


@pytest.mark.contract
def test_a_document_holding_the_words_in_different_paragraphs_is_shown_apart(notices):
    outcome = engine.search("澳門特別行政區 制裁")
    assert [hit.paragraph.document.pk for hit in outcome.hits] == [notices["bulletin.txt"].pk]
    assert shown(outcome) == [("notice.txt", [
        ("p1", "鉴于中央人民政府已命令将安全理事会第1556(2004)号决议适用于<mark>澳门特别行政区</mark>;"),
        ("p2", "再考虑到第4/2002号法律所定的<mark>制裁</mark>;"),
    ])]
    assert outcome.as_dict()["spread_matches"] == [{
        "document": notices["notice.txt"].path, "url": notices["notice.txt"].get_absolute_url(),
        "paragraphs": [hit.as_dict() for hit in outcome.spread[0].hits]}]


@pytest.mark.contract
def test_spread_matches_keep_to_the_filters_and_exclusions(notices):
    assert shown(engine.search("澳门特别行政区 制裁", filters={"year": "2016"})) == []
    assert shown(engine.search("澳门特别行政区 制裁", filters={"from": "2004-01-01", "to": "2004-12-31"}))[0][0] == "notice.txt"
    # the only paragraph saying 制裁 is excluded, so the notice no longer holds both words
    assert shown(engine.search("澳门特别行政区 制裁 -法律")) == []
    # excluding a word of the first paragraph leaves the third to stand for the region
    assert shown(engine.search("澳门特别行政区 制裁 -中央人民政府")) == [("notice.txt", [
        ("p2", "再考虑到第4/2002号法律所定的<mark>制裁</mark>;"),
        ("p3", "禁止经<mark>澳门特别行政区</mark>转运各类军火。")])]


@pytest.mark.contract
def test_one_word_or_a_word_no_paragraph_holds_finds_no_spread_match(notices):
    assert engine.search("澳门特别行政区").spread == []
    assert engine.search("澳门特别行政区 生物武器").spread == []


@pytest.mark.contract
def test_a_word_too_common_to_read_whole_leaves_the_documents_to_the_next_word(notices, monkeypatch):
    """Four paragraphs hold the region and two 制裁: with three paragraphs to read per word, the
    region is too common to seed the documents, so 制裁 does, and the region is then read inside
    the notice only."""
    monkeypatch.setattr(spread, "BUDGET", spread.replace(spread.BUDGET, candidates=3))
    assert shown(engine.search("澳门特别行政区 制裁"))[0][0] == "notice.txt"
    monkeypatch.setattr(spread, "BUDGET", spread.replace(spread.BUDGET, candidates=1))
    assert shown(engine.search("澳门特别行政区 制裁")) == []  # both words too common to read whole


@pytest.mark.contract
def test_the_page_lists_spread_matches_in_either_language(client, notices):
    page = client.get("/search/", {"q": "澳门特别行政区 制裁"}).content.decode()
    assert "同一文件的不同段落" in page and f'href="{notices["notice.txt"].get_absolute_url()}"' in page
    assert "<mark>制裁</mark>" in page
    english = client.get("/en/search/", {"q": "澳门特别行政区 制裁"}).content.decode()
    assert "in different paragraphs of one document" in english
    # no paragraph holds both words and the notice holds them apart: the page says so, not "try shorter words"
    only_spread = client.get("/search/", {"q": "澳门特别行政区 第4/2002号法律"}).content.decode()
    assert "没有一个段落含有全部词语" in only_spread and "可尝试更短的词语" not in only_spread
