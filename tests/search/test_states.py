"""A State named in one region's form finds texts using another's (北韓, 朝鲜, 北朝鮮), from the
name groups of public conversion tables (unref/data/regional.json), and nothing more: not a
different State, not a text lacking the rest of the query. A State typed by one of its other
English names (`Macau`, `Hong Kong`, `Burma`: CLDR's and mledoze/countries', regional.json's
`english`) finds the texts naming it in Chinese; a name inside another State's (`Republic of
China` in `People's Republic of China`) names neither."""
import pytest

from tests.search.held import held_document, numbers_found
from unref import load_known_data

pytestmark = pytest.mark.django_db
SYMBOL = "S/2097/21"
PARAGRAPHS = {
    1: "安理会决定对朝鲜实施制裁。",            # mainland name
    2: "各國應執行對北韓的制裁措施。",            # Taiwan and Hong Kong name
    3: "報告提及北朝鮮的核試驗與制裁。",          # another mainland name, in traditional characters
    4: "安理会决定对韩国的出口作出安排。",        # another State
    5: "朝鲜半岛无核化是共同目标。",              # the State's name inside a longer word, no 制裁
    6: "委员会审议了制裁措施的执行情况。",        # 制裁 without the State
    7: "澳門特別行政區海關加強檢查。",            # Macao, typed in English in a query
    8: "香港警方舉行反恐演習。",                  # Hong Kong, likewise
    9: "安理会对缅甸局势表示关切。",              # Myanmar, typed as Burma
}


held = held_document(SYMBOL, PARAGRAPHS, "2097-05-06")


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_each_name_finds_the_paragraphs_of_every_other(held):
    assert numbers("北韓") == numbers("朝鲜") == numbers("北朝鮮") == [1, 2, 3, 5]


def test_a_state_inside_a_longer_query_keeps_the_rest_of_it(held):
    assert numbers("北韓制裁") == numbers("朝鲜制裁") == [1, 2, 3]


def test_no_other_state_and_nothing_no_text_holds(held):
    assert numbers("韩国") == [4]
    assert numbers("北韓出口") == numbers("朝鲜出口") == []
    # as the mainland query does: 朝鲜 is in 朝鲜半岛 (a text's words are searched as written)
    assert numbers("北韓無核化") == numbers("朝鲜无核化") == [5]


def test_other_english_names_find_the_state_in_chinese(held):
    assert numbers("Macau") == numbers("Macao") == numbers("澳门") == [7]
    assert numbers("Hong Kong") == numbers("香港") == [8]
    assert numbers("Burma") == numbers("Myanmar") == [9]
    assert numbers("Hong Kong 反恐") == [8] and numbers("Macau 反恐") == []


def test_a_name_inside_another_states_english_name_is_none_of_its_names():
    states = {state["id"]: state["english"] for state in load_known_data().states}
    assert "Republic of China" not in states["Taiwan"] and "Chinese Taipei" in states["Taiwan"]
    assert "Congo" not in states["Congo - Brazzaville"]
    assert {"Macau", "Macao"} <= set(states["Macao SAR China"]) and "HK" not in states["Hong Kong SAR China"]
