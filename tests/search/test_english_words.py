"""English words typed in a query find the Chinese words they are (CC-CEDICT read backwards,
unref/english.py): `reactor` finds 反应堆, `Vienna` 维也纳, `CNN` 美国有线新闻网; the words of a
name typed in Latin letters are not read one by one (`Banco Delta Asia` is no search for 亚洲)."""
import pytest

from tests.search.held import held_document, numbers_found

pytestmark = pytest.mark.django_db
SYMBOL = "S/2097/24"
PARAGRAPHS = {
    1: "美国海军的反应堆使用高浓铀。",
    2: "中国大使在裁军谈判会议上发言。",
    3: "记者在维也纳报道了这次会议。",
    4: "亚洲国家同意加强出口管制合作。",
    5: "美国有线新闻网报道了此事。",
    6: "利比亚宣布放弃大规模毁灭性武器计划。",
    7: "湄公河三角洲是亚洲的粮仓。",
    8: "朝鲜进行了第六次核试验。",
}


held = held_document(SYMBOL, PARAGRAPHS, "2097-05-07")


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_an_english_word_finds_the_chinese_words_it_is(held):
    assert numbers("reactor") == [1]
    assert numbers("ambassador") == [2]
    assert numbers("Vienna") == [3]
    assert numbers("CNN") == [5]


def test_a_phrase_the_dictionary_holds_whole_is_its_chinese_words(held):
    assert numbers("nuclear tests") == numbers("nuclear test") == [8]


def test_english_words_beside_names_and_chinese_ones_narrow_as_chinese_words_do(held):
    assert numbers("HEU reactor") == [1]
    assert numbers("reactor 大使") == []
    assert numbers("WMD Libya renounce") == [6]


def test_the_words_of_a_name_in_latin_letters_are_not_read_one_by_one(held):
    assert numbers("Asia") == [4, 7] and numbers("delta asia") == [7]
    assert numbers("Banco Delta Asia") == numbers("Delta Asia") == []  # a bank in Macao
