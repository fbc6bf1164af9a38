"""Any State named in one region's form finds texts using another's (葉門, 也门; 馬利, 马里), from
the Unicode CLDR's territory names (unref/data/regional.json), and what the clash rules leave
out stays out: 刚果 names no one State, 尼日 (Taiwan's Niger) is not read inside 尼日利亚. A State's
official name that holds none of its short names (美利坚合众国) is one of its names too, and so is a
name a State asked for that a region's press writes (白羅斯, unref/data/state_names.json)."""
import pytest

from search import concepts
from tests.search.held import held_document, numbers_found
from unref import normalise_for_search

pytestmark = pytest.mark.django_db
SYMBOL = "S/2097/23"
PARAGRAPHS = {
    1: "安理会决定对也门实施制裁。",              # Yemen, mainland name
    2: "各國應執行對葉門的制裁措施。",            # Taiwan name
    3: "報告提及也門的局勢。",                    # mainland name in traditional characters, no 制裁
    4: "安理会审议了马里局势。",                  # Mali, mainland name
    5: "各國應執行對馬利的制裁。",                # Taiwan name
    6: "索馬利亞的海盜問題仍然嚴重。",            # Somalia, Taiwan name: holds 馬利
    7: "索马里的海盗问题仍然严重。",              # Somalia, mainland name: holds 马里
    8: "刚果民主共和国政府提交了报告。",          # Congo - Kinshasa
    9: "剛果（金夏沙）政府提交了報告。",          # Congo - Kinshasa, Taiwan short name
    10: "刚果共和国政府提交了报告。",             # Congo - Brazzaville
    11: "尼日利亚政府提交了报告。",               # Nigeria
    12: "尼日爾政府提交了報告。",                 # Niger, Hong Kong name
    13: "美利坚合众国常驻联合国代表的信。",        # the United States, by its official name only
    14: "大不列顛及北愛爾蘭聯合王國提交了報告。",  # the United Kingdom, official name, traditional
    15: "俄方在白羅斯境內部署戰術核武器。",          # Belarus, as it asked to be named and Hong Kong's press writes
    16: "白俄罗斯总统表示欢迎。",                    # Belarus, mainland name
}


held = held_document(SYMBOL, PARAGRAPHS, "2097-05-08")


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_a_taiwan_name_finds_the_mainland_one_and_back(held):
    assert numbers("葉門") == numbers("也门") == numbers("也門") == [1, 2, 3]
    assert numbers("葉門 制裁") == numbers("也门 制裁") == [1, 2]


def test_a_name_inside_another_states_name_is_found_there_as_the_mainland_name_is(held):
    # 马里 is inside 索马里 and 馬利 inside 索馬利亞: both are searched as written
    assert numbers("马里") == numbers("馬利") == [4, 5, 6, 7]
    assert numbers("馬利 制裁") == numbers("马里 制裁") == [5]


def test_congo_names_no_one_state(held):
    assert concepts.named(normalise_for_search("刚果")[0]) is None
    assert numbers("刚果") == [8, 9, 10]  # the text's words, as written
    assert numbers("刚果民主共和国") == numbers("剛果（金夏沙）") == [8, 9]
    assert numbers("剛果共和國") == [10]


def test_a_regional_name_inside_another_states_mainland_name_is_dropped(held):
    assert numbers("尼日尔") == numbers("尼日爾") == [12]
    assert numbers("奈及利亞") == numbers("尼日利亚") == [11]


def test_a_states_official_name_is_found_by_its_short_names_and_its_english_name(held):
    assert numbers("美国") == numbers("美國") == numbers("United States") == [13]
    assert numbers("英国") == numbers("英國") == [14]
    assert numbers("美利坚合众国") == [13]


def test_a_name_a_state_asked_for_finds_its_older_one_and_back(held):
    assert numbers("白羅斯") == numbers("白俄罗斯") == numbers("Belarus") == [15, 16]
