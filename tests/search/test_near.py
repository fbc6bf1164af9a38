"""Near matches: one character changed, dropped inside or added inside the query, apart from the
exact hits."""
import io

import pytest
from django.core.management import call_command

from archive.models import Document
from search import engine, indexing, near
from search.near import slips

WMD = "大规模毁灭性武器"


@pytest.mark.parametrize("text, found", [
    ("防止成为大規模毀滅武器扩散的管道", ["大規模毀滅武器"]),       # one dropped inside: Hong Kong's wording
    ("大规模毁灭型武器", ["大规模毁灭型武器"]),                   # one changed
    ("大规模的毁灭性武器", ["大规模的毁灭性武器"]),                # one added inside
])
def test_a_slip_of_one_character_is_found_with_its_original_span(text, found):
    assert [text[start:end] for start, end in slips(text, WMD)] == found


@pytest.mark.parametrize("text", [
    "大规模毁灭性武",          # the last character dropped: a shorter word, not a slip
    "规模毁灭性武器",          # the first dropped
    "大规模毁灭性武器库",      # one added at the end: a longer word
    "大规模毁灭的性的武器",    # two added
    "大规毁灭武器",            # two dropped
])
def test_more_than_one_slip_or_a_slip_at_an_end_is_not_near(text):
    assert slips(text, WMD) == []


@pytest.mark.parametrize("text", [
    "朝鲜第六次核试验后",      # a numeral changed: another test, no slip
    "朝鲜第十七次核试验后",    # a numeral added
    "第1541号决议",            # a digit changed
])
def test_a_numeral_changed_dropped_or_added_is_another_number_not_a_slip(text):
    assert slips(text, "第七次核试验") == slips(text, "第1540号决议") == []


@pytest.fixture
def regional_text(tmp_path, db):
    yield from _ingested(tmp_path / "hk-strategic-trade.txt", "香港特别行政政府维持有效的管制制度。", "澳门特别行政区政府公布了管制清单。")


def _ingested(path, *paragraphs):
    """The one document these paragraphs make, imported and indexed, then removed."""
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())
    yield Document.objects.get()
    indexing.remove_documents([Document.objects.get().key])


@pytest.mark.contract
def test_a_wording_one_character_shorter_is_listed_as_a_near_match(regional_text):
    outcome = engine.search("特别行政区政府")
    assert [hit.paragraph.text for hit in outcome.hits] == ["澳门特别行政区政府公布了管制清单。"]
    assert [(hit.paragraph.anchor, str(hit.snippet)) for hit in outcome.near] == [
        ("p1", "香港<mark>特别行政政府</mark>维持有效的管制制度。")]


@pytest.fixture
def embargo_text(tmp_path, db):
    yield from _ingested(tmp_path / "libya-embargo.txt", "歐盟落實聯合國對利比亞的武器禁令,打擊武器走私。",
                         "聯合國對也門的武器禁令繼續有效。", "利比亞政府歡迎這一決定。")


@pytest.mark.contract
def test_the_longest_term_of_several_is_sought_near_in_paragraphs_matching_the_others(embargo_text):
    outcome = engine.search("利比亞 武器禁運")
    assert outcome.hits == []
    assert [(hit.paragraph.anchor, str(hit.snippet)) for hit in outcome.near] == [
        ("p1", "歐盟落實聯合國對利比亞的<mark>武器禁令</mark>,打擊武器走私。")]


@pytest.fixture
def many_slips(tmp_path, db):
    """More paragraphs printing a slip once than the near group shows; one printing it three times;
    one printing it once beside the query's first half three times over, which either engine's score
    of the candidates (their halves) would put first."""
    crowded = [f"第{k}段:防扩散安全倡义的会议。" for k in range(1, near.SHOWN + 2)]
    yield from _ingested(tmp_path / "psi.txt", *crowded, "防扩散安排、防扩散安排、防扩散安排与防扩散安全倡义的关系。",
                         "防扩散安全倡义、防扩散安全倡义和防扩散安全倡义。")


@pytest.mark.contract
def test_the_near_matches_shown_are_those_printing_the_slip_most_densely_whatever_the_engine(many_slips):
    """Which near matches a page shows is chosen on the text (search.near.shown), not by either
    engine's score of the candidates: the paragraph printing the slip three times first, then those
    printing it once in fewest characters, ties to the earlier paragraph."""
    shown = [hit.paragraph.anchor for hit in engine.search("防扩散安全倡议").near]
    assert shown == [f"p{near.SHOWN + 3}", *[f"p{k}" for k in range(1, near.SHOWN)]]
