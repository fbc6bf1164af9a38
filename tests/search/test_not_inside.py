"""A thesaurus form that is part of a longer word naming something else (`not_inside`): ISIL's
`伊斯兰国`, the press's name for the group, is not the group inside `伊斯兰国家` (Islamic countries)
or `伊拉克伊斯兰国` (its predecessor), neither in a query nor in a paragraph it finds
(unref/data/thesaurus.json)."""
import pytest

from search.query import understand
from tests.search.held import held_document, numbers_found

SYMBOL = "S/2097/23"
PARAGRAPHS = {
    1: "极端组织“伊斯兰国”宣称对袭击负责。",              # the group, by the press's name
    2: "伊斯兰国家首脑会议通过了宣言。",                    # Islamic countries: not the group
    3: "安理会谴责伊黎伊斯兰国(达伊沙)的恐怖行为。",       # the group, by the UN's name
    4: "伊拉克伊斯兰国于2006年成立。",                      # its predecessor
}
held = held_document(SYMBOL, PARAGRAPHS, "2097-05-08")


@pytest.mark.parametrize("typed", ["伊斯蘭國", "伊斯兰国", "達伊沙"])
def test_the_press_s_name_and_the_un_s_name_the_same_group(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("term", "ISIL")


@pytest.mark.parametrize("typed, words", [("伊斯兰国家 核武器", ["伊斯兰国家", "nuclear weapons"]),
                                          ("伊斯兰国家核武器", ["伊斯兰国家核武器"])])
def test_inside_the_longer_word_it_names_nothing(typed, words):
    understood = understand(typed)
    assert [term.value for term in understood.terms] == words
    assert all(term.value != "ISIL" for term in understood.terms)
    assert all(part[0].id != "ISIL" for term in understood.terms for part in term.parts if isinstance(part, tuple))


@pytest.mark.parametrize("typed", ["拉斯普廷", "拉斯普京", "贺普丁"])
def test_a_two_character_form_the_segmenter_cuts_apart_names_nothing_inside_its_longer_word(typed):
    """`普廷`, the Liberty Times' Putin, stands inside `拉斯普廷` (Rasputin), which the segmenter may
    cut `拉斯 普廷`: a two-character form is read inside a token only where it is a word of its own, and
    never inside a longer word its group lists."""
    [term] = understand(typed).terms
    assert (term.kind, term.value, term.parts) == ("text", typed, [])
    assert understand(typed[-2:]).terms[0].value == "Vladimir Putin"


def test_outside_a_longer_word_it_is_read_inside_a_token():
    [term] = understand("反伊斯蘭國聯盟").terms
    assert [part[0].id for part in term.parts if isinstance(part, tuple)] == ["ISIL"]


@pytest.mark.django_db
@pytest.mark.contract
def test_a_paragraph_printing_the_longer_word_is_not_found_by_another_form(held):
    assert numbers_found(SYMBOL, "达伊沙") == [1, 3]
    assert numbers_found(SYMBOL, "伊斯兰国") == [1, 2, 3, 4]  # what is typed is found wherever it is printed
