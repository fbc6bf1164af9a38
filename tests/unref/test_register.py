"""What the register says against a citation: numbers follow adoption, so a year outside its
registered neighbours' is ruled out too, and a number past the last is named as such."""
import pytest

from unref import BEYOND, OUT_OF_ORDER, WRONG_YEAR, Disagreement, load_known_data
from unref.register import Register

SMALL = Register([{"number": 10, "year": 1946}, {"number": 20, "year": 1947}, {"number": 30, "year": 1949}], complete_through=20)


@pytest.mark.parametrize(
    "number, year, expected",
    [
        ("10", "1946", None),
        ("10", None, None),
        ("10", "1947", Disagreement(WRONG_YEAR, "10", "1947", "1946", "1946", "30", "1949")),
        ("25", "1948", None),  # between 1947 and 1949: possible
        ("25", "1950", Disagreement(OUT_OF_ORDER, "25", "1950", "1947", "1949", "30", "1949")),
        ("25", "1946", Disagreement(OUT_OF_ORDER, "25", "1946", "1947", "1949", "30", "1949")),
        ("31", "1949", Disagreement(BEYOND, "31", "1949", "1949", None, "30", "1949")),
        ("31", None, Disagreement(BEYOND, "31", None, "1949", None, "30", "1949")),
        ("31", "1948", Disagreement(OUT_OF_ORDER, "31", "1948", "1949", None, "30", "1949")),
        ("5", "1946", None),
    ],
)
def test_disagreement(number, year, expected):
    assert SMALL.disagreement(number, year) == expected


def test_the_real_register():
    register = load_known_data().register
    assert register.disagreement("1540", "2005") == Disagreement(WRONG_YEAR, "1540", "2005", "2004", "2004", "2809", "2025")
    assert register.disagreement("1540", "2004") is None
    assert register.disagreement("2741", "2024") is None  # not in the register, but 2740 and 2742 are both of 2024
    assert register.disagreement("2741", "2025").kind == OUT_OF_ORDER
    assert register.disagreement("9999", None).kind == BEYOND


@pytest.mark.parametrize("number, expected", [
    ("25", (None, "")),  # between 1947 and 1949: either year
    ("20", (None, "")),  # registered: year_of's
    ("5", (None, "")),   # before the first
    ("35", (None, "")),  # after the last
])
def test_year_between_gives_none_where_numbering_does_not_settle_it(number, expected):
    assert SMALL.year_between(number) == expected


def test_year_between_gives_the_year_both_neighbours_share():
    register = Register([{"number": 10, "year": 1946}, {"number": 20, "year": 1946}])
    assert register.year_between("15") == ("1946", "year from the register's order: resolution 15 lies between "
                                                   "S/RES/10 (1946) and S/RES/20 (1946)")


def test_an_empty_register_says_nothing():
    assert Register([]).disagreement("1540", "2005") is None
