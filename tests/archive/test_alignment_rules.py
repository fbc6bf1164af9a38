"""Pairing two language versions by printed numbering (archive.alignment), on rows of
(anchor, kind, label, text): the words differ between languages, numbering and figures do not."""
from archive.alignment import align, landmark


def rows(*anchors_and_kinds, text=""):
    return [(anchor, kind, "", text) for anchor, kind in anchors_and_kinds]


RESOLUTION = rows(("title", "title"), ("p1", "note"), ("p2", "para"), ("p3", "para"), ("1", "para"), ("1-a", "item"), ("2", "para"), ("2-p1", "para"), ("3", "para"))


def test_the_same_numbering_pairs_every_paragraph():
    assert align(RESOLUTION, RESOLUTION) == {row[0]: row[0] for row in RESOLUTION}


def test_where_unnumbered_paragraphs_differ_in_number_and_lengths_tell_nothing_they_stay_unpaired():
    """Only the titles pair: each is the other's only heading, as long as it."""
    chinese = [("title", "title", "", "回顾" * 20), *[(anchor, kind, "", "回顾" * 20) for anchor, kind, _, _ in RESOLUTION[1:]]]
    english = [*chinese[:4], ("p4", "para", "", "回顾" * 20), *chinese[4:]]
    assert align(chinese, english) == {
        "title": "title", "p1": None, "p2": None, "p3": None, "1": "1", "1-a": "1-a", "2": "2", "2-p1": "2-p1", "3": "3"}


NUMBERED = [(str(n), "para", f"{n}.", "决定" * 10 * n) for n in (1, 2, 3)], [(str(n), "para", f"{n}.", "Decides " * 10 * n) for n in (1, 2, 3)]


def test_unnumbered_paragraphs_pair_by_length_at_the_ratio_the_numbered_ones_show():
    """English writes these paragraphs four times as long as Chinese (8 letters a 2-character
    word): a run of two against three pairs where one length is clearly the other's."""
    chinese = [("p1", "para", "", "安全理事会，"), ("p2", "para", "", "回顾" * 30), *NUMBERED[0]]
    english = [("p1", "para", "", "The Security Council,"), ("p2", "para", "", "Noting " * 8), ("p3", "para", "", "Recalling " * 24), *NUMBERED[1]]
    assert align(chinese, english) == {"p1": "p1", "p2": "p3", "1": "1", "2": "2", "3": "3"}


def test_a_resolutions_adoption_lines_pair_wherever_each_version_prints_them():
    chinese = [("title", "title", "", "第612(1988)号决议"), *NUMBERED[0], ("3-p1", "note", "", "第2812次会议一致通过。")]
    english = [("title", "title", "", "Resolution 612 (1988)"), ("p1", "note", "", "Adopted by the Security Council at its 2812th meeting, on 9 May 1988"), *NUMBERED[1]]
    assert align(chinese, english)["3-p1"] == "p1"
    chinese[-1] = ("3-p1", "note", "", "第一一七次會議一致通過。")
    assert align(chinese, english)["3-p1"] == "p1"


def test_figures_printed_alike_pair_paragraphs_across_an_uneven_run_and_figures_that_differ_never_pair():
    chinese = [("p1", "note", "", "1988年5月9日"), ("p2", "heading", "", "第612(1988)号决议"), ("p3", "para", "", "安全理事会"), ("1", "para", "1.", "肯定")]
    english = [("p1", "heading", "", "Resolution 612 (1988)"), ("p2", "note", "", "Adopted at its 2812th meeting on 9 May 1988"), ("1", "para", "1.", "Affirms")]
    assert align(chinese, english) == {"p1": None, "p2": "p1", "p3": None, "1": "1"}


def test_numbering_written_differently_is_the_same_number():
    assert landmark("sec-iv", "heading", "四.", "並請") == landmark("4", "para", "4.", "Requests") == "#4"
    assert landmark("p3", "heading", "", "第2条. 立法") == landmark("p7", "heading", "", "Article 2. Legislation") == "article-2"
    assert landmark("p4", "para", "", "3.1.1 “核武器”") == landmark("p9", "para", "", "3.1.1. \"nuclear weapon\"") == "clause-3.1.1"
    assert landmark("diyizhang", "heading", "", "第一章") == landmark("chapter-one", "heading", "", "CHAPTER ONE") == "chapter-1"
    assert landmark("p5", "heading", "", "第十二章") == landmark("p5", "heading", "", "Chapter XII") == "chapter-12"
    assert landmark("fujian", "heading", "", "附件") == landmark("annex", "heading", "", "Annex") == "annex-1"
    assert landmark("fujian-er", "heading", "", "附件二") == landmark("annex-ii", "heading", "", "Annex II") == "annex-2"
    assert landmark("p6", "heading", "", "Annex A") is None and landmark("p7", "heading", "", "Part of the text") is None


def test_a_heading_named_differently_pairs_by_its_place_between_numbered_paragraphs():
    chinese = rows(("1", "para"), ("jianyi", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    english = rows(("1", "para"), ("recommendations", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    assert align(chinese, english) == {"1": "1", "jianyi": "recommendations", "2": "2", "sec-ii": "sec-ii", "3": "3"}


def test_a_numbered_paragraph_one_version_lacks_is_unpaired():
    english = [row for row in RESOLUTION if row[0] != "1-a"]
    assert align(RESOLUTION, english)["1-a"] is None
    assert align(english, RESOLUTION) == {row[0]: row[0] for row in english}
