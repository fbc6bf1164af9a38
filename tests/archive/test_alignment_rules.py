"""Pairing two language versions by printed numbering (archive.alignment), on rows of
(anchor, kind, label, text): the words differ between languages, numbering and figures do not."""
from archive.alignment import align, landmark


def rows(*anchors_and_kinds, text=""):
    return [(anchor, kind, "", text) for anchor, kind in anchors_and_kinds]


RESOLUTION = rows(("title", "title"), ("p1", "note"), ("p2", "para"), ("p3", "para"), ("1", "para"), ("1-a", "item"), ("2", "para"), ("2-p1", "para"), ("3", "para"))


def test_the_same_numbering_pairs_every_paragraph():
    assert align(RESOLUTION, RESOLUTION) == {row[0]: row[0] for row in RESOLUTION}


def test_where_unnumbered_paragraphs_differ_in_number_they_stay_unpaired_and_the_rest_pairs():
    english = [*RESOLUTION[:4], ("p4", "para", "", ""), *RESOLUTION[4:]]
    assert align(RESOLUTION, english) == {
        "title": None, "p1": None, "p2": None, "p3": None, "1": "1", "1-a": "1-a", "2": "2", "2-p1": "2-p1", "3": "3"}


def test_figures_printed_alike_pair_paragraphs_across_an_uneven_run_and_figures_that_differ_never_pair():
    chinese = [("p1", "note", "", "1988年5月9日"), ("p2", "heading", "", "第612(1988)号决议"), ("p3", "para", "", "安全理事会"), ("1", "para", "1.", "肯定")]
    english = [("p1", "heading", "", "Resolution 612 (1988)"), ("p2", "note", "", "Adopted at its 2812th meeting on 9 May 1988"), ("1", "para", "1.", "Affirms")]
    assert align(chinese, english) == {"p1": None, "p2": "p1", "p3": None, "1": "1"}


def test_numbering_written_differently_is_the_same_number():
    assert landmark("sec-iv", "heading", "四.", "並請") == landmark("4", "para", "4.", "Requests") == "#4"
    assert landmark("p3", "heading", "", "第2条. 立法") == landmark("p7", "heading", "", "Article 2. Legislation") == "article-2"
    assert landmark("p4", "para", "", "3.1.1 “核武器”") == landmark("p9", "para", "", "3.1.1. \"nuclear weapon\"") == "clause-3.1.1"


def test_a_heading_named_differently_pairs_by_its_place_between_numbered_paragraphs():
    chinese = rows(("1", "para"), ("jianyi", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    english = rows(("1", "para"), ("recommendations", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    assert align(chinese, english) == {"1": "1", "jianyi": "recommendations", "2": "2", "sec-ii": "sec-ii", "3": "3"}


def test_a_numbered_paragraph_one_version_lacks_is_unpaired():
    english = [row for row in RESOLUTION if row[0] != "1-a"]
    assert align(RESOLUTION, english)["1-a"] is None
    assert align(english, RESOLUTION) == {row[0]: row[0] for row in english}
