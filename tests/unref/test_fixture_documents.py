"""Whole fixture documents: the resolution citations counted by reading them (see
docs/references.md) are exactly the ones found, and only the known bad link is reported."""
from collections import Counter

import pytest

from unref import extract_document, link_conflicts

from .helpers import fixture_paragraphs

# Counted by reading the documents; every one is a citation of the target given.
EXPECTED = {
    "000": {"S/RES/1540 (2004)": 25, "S/RES/2325 (2016)": 2},
    "001": {"S/RES/1540 (2004)": 30, "S/RES/1810 (2008)": 2},
    "002": {"S/RES/1540 (2004)": 14, "S/RES/1977 (2011)": 1},
    "003": {"S/RES/1540 (2004)": 28, "S/RES/1673 (2006)": 1, "S/RES/1810 (2008)": 1,
            "S/RES/1977 (2011)": 3},
    "004": {"S/RES/1540 (2004)": 18, "S/RES/1887 (2009)": 1, "S/RES/1977 (2011)": 2,
            "S/RES/2325 (2016)": 3, "A/RES/73/55": 5, "A/RES/65/276": 1, "A/RES/71/67": 1,
            "A/DEC/72/513": 1},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_resolution_citations_in_fixture(name):
    paragraphs, links = fixture_paragraphs(name)
    refs = [r for para in extract_document(paragraphs, links) for r in para if r.type == "resolution"]
    assert Counter(r.target for r in refs) == EXPECTED[name]
    assert {r.status for r in refs} == {"resolved"}


def test_only_the_wrong_link_in_a_74_140_is_reported():
    for name in ["000", "001", "002", "003"]:
        assert link_conflicts(*fixture_paragraphs(name)) == []
    [conflict] = link_conflicts(*fixture_paragraphs("004"))
    assert conflict.target == "E/RES/2016/51"
    assert "2016/51 号决定" in conflict.note
