"""Pairing two language versions by printed numbering (archive.alignment), on anchor sequences."""
from archive.alignment import align

RESOLUTION = [("title", "title"), ("p1", "note"), ("p2", "para"), ("p3", "para"), ("1", "para"), ("1-a", "item"), ("2", "para"), ("2-p1", "para"), ("3", "para")]


def test_the_same_numbering_pairs_every_paragraph():
    assert align(RESOLUTION, RESOLUTION) == {anchor: anchor for anchor, _ in RESOLUTION}


def test_where_unnumbered_paragraphs_differ_in_number_they_stay_unpaired_and_the_rest_pairs():
    english = [*RESOLUTION[:4], ("p4", "para"), *RESOLUTION[4:]]
    assert align(RESOLUTION, english) == {
        "title": "title", "p1": None, "p2": None, "p3": None, "1": "1", "1-a": "1-a", "2": "2", "2-p1": "2-p1", "3": "3"}


def test_a_heading_named_differently_pairs_by_its_place_between_numbered_paragraphs():
    chinese = [("title", "title"), ("1", "para"), ("jianyi", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para")]
    english = [("title", "title"), ("1", "para"), ("recommendations", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para")]
    assert align(chinese, english) == {"title": "title", "1": "1", "jianyi": "recommendations", "2": "2", "sec-ii": "sec-ii", "3": "3"}


def test_a_numbered_paragraph_one_version_lacks_is_unpaired():
    english = [row for row in RESOLUTION if row[0] != "1-a"]
    assert align(RESOLUTION, english)["1-a"] is None
    assert align(english, RESOLUTION) == {anchor: anchor for anchor, _ in english}
