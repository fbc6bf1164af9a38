"""A State typed by one of its other English names (`Macau`, `Hong Kong`, `Burma`: CLDR's and
mledoze/countries' names, unref/data/regional.json's `english`) finds the texts naming it in
Chinese, as its own English name does; a name lying inside another State's (`Republic of China`
in `People's Republic of China`) names neither."""
import pytest

from tests.search.held import numbered_document, numbers_found
from unref import load_known_data

pytestmark = pytest.mark.django_db
SYMBOL = "S/2097/22"
PARAGRAPHS = {
    1: "澳門特別行政區海關加強檢查。",
    2: "香港警方舉行反恐演習。",
    3: "安理会对缅甸局势表示关切。",
    4: "中华人民共和国常驻联合国代表发言。",
    5: "委员会审议了出口管制的执行情况。",
}


@pytest.fixture(scope="module")
def held(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), numbered_document(SYMBOL, PARAGRAPHS, "2097-05-07") as document:
        yield document


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_other_english_names_find_the_state_in_chinese(held):
    assert numbers("Macau") == numbers("Macao") == numbers("澳门") == [1]
    assert numbers("Hong Kong") == numbers("香港") == [2]
    assert numbers("Burma") == numbers("Myanmar") == [3]
    assert numbers("Hong Kong 反恐") == [2]
    assert numbers("Macau 反恐") == []


def test_a_name_inside_another_states_english_name_is_none_of_its_names():
    states = {state["id"]: state["names"] for state in load_known_data().states}
    assert "Republic of China" not in states["Taiwan"] and "Chinese Taipei" in states["Taiwan"]
    assert "Congo" not in states["Congo - Brazzaville"]
    assert {"Macau", "Macao"} <= set(states["Macao SAR China"]) and "HK" not in states["Hong Kong SAR China"]
