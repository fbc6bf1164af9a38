"""The Chinese words an English one is, read backwards from CC-CEDICT (unref/english.py): its
senses to its headwords, the first senses of an entry only, an acronym only by the name it
abbreviates, never a single character."""
from unref import english


def test_a_word_is_the_headwords_one_of_whose_first_senses_it_is():
    assert "反应堆" in english.chinese_for("reactor")
    assert "大使" in english.chinese_for("ambassador")
    assert english.chinese_for("Vienna") == ["维也纳"]  # `Vienna, capital of Austria`: what a comma adds is left out


def test_a_plural_is_its_singulars_words_and_a_sense_is_each_of_its_alternatives():
    assert "国家" in english.chinese_for("states")  # 国家: `country; nation; state`
    assert "专家" in english.chinese_for("experts")


def test_an_acronym_typed_in_capitals_is_only_the_names_it_abbreviates():
    assert "美国有线新闻网" in english.chinese_for("CNN")  # `Cable News Network (CNN)`
    assert "英国广播公司" in english.chinese_for("BBC") and english.chinese_for("NATO") == ["北约"]  # a sense that is the acronym
    assert not {"国会", "皇家海军"} & set(english.chinese_for("UK"))  # `Parliament (UK)`, `Royal Navy (UK)`: a region's mark
    assert english.chinese_for("DRAM") == []  # `dram`, a unit, is no acronym's name


def test_no_headword_of_one_character_and_nothing_for_what_the_dictionary_lacks():
    assert all(len(word) > 1 for word in english.chinese_for("nuclear") + english.chinese_for("test"))
    assert english.chinese_for("Pahalgam") == []


def test_a_phrase_is_the_headwords_of_the_whole_phrase():
    assert "中东" in english.chinese_for("Middle East")
    assert "核试验" in english.chinese_for("nuclear test")
