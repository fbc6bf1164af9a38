"""A presidential statement is stored as a reference without a year (`S/PRST/2006/15`, however the text
names it): typed, its symbol finds every paragraph citing it, on either engine, as a resolution's
finds those citing it with its year."""
import pytest

from tests.search.held import held_document, numbers_found

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SYMBOL = "S/2097/24"
PARAGRAPHS = {
    1: "回顾安理会主席2006年3月29日的声明(S/PRST/2006/15)。",    # the symbol printed
    2: "联合国安理会主席声明2006年第15号就不扩散问题发表。",      # the statement named in words
    3: "回顾安理会主席2006年8月1日的声明(S/PRST/2006/16)。",    # another statement
    4: "安全理事会第1540(2004)号决议。",                          # a resolution, with its year
}
held = held_document(SYMBOL, PARAGRAPHS, "2097-05-09")


def test_a_statement_s_symbol_finds_the_paragraphs_citing_it_however_they_name_it(held):
    assert numbers_found(SYMBOL, "S/PRST/2006/15") == [1, 2]


def test_a_resolution_typed_without_its_year_still_finds_it_with_its_year(held):
    assert numbers_found(SYMBOL, "S/RES/1540") == [4]
