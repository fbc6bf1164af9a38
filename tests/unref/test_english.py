"""The Chinese words an English one is, read backwards from CC-CEDICT (unref/english.py): its
senses to its headwords, the first senses of an entry only, an acronym only by the name it
abbreviates, never a single character."""
from unref import english


def chinese(word):
    opening, rest = english.chinese_for(word)
    return opening + rest


def test_a_word_is_the_headwords_one_of_whose_first_senses_it_is():
    assert "反应堆" in chinese("reactor")
    assert "大使" in chinese("ambassador")
    assert chinese("Vienna") == ["维也纳"]  # `Vienna, capital of Austria`: what a comma adds is left out


def test_the_words_whose_entry_opens_with_the_english_one_come_apart_from_the_others():
    opening, rest = english.chinese_for("drone")
    assert "无人机" in opening and "嗡嗡" in rest  # `drone; unmanned aerial vehicle`, `buzz; drone; hum`


def test_a_plural_is_its_singulars_words_and_a_sense_is_each_of_its_alternatives():
    assert "国家" in chinese("states")  # 国家: `country; nation; state`
    assert "专家" in chinese("experts")
    assert "美国" not in chinese("uses") and "气体" in chinese("gas")  # no stem of two letters: `us`, `ga`


def test_an_acronym_typed_in_capitals_is_only_the_names_it_abbreviates():
    assert "美国有线新闻网" in chinese("CNN")  # `Cable News Network (CNN)`
    assert "英国广播公司" in chinese("BBC") and chinese("NATO") == ["北约"]  # a sense that is the acronym
    assert chinese("UK") == []  # `Parliament (UK)`, `Royal Navy (UK)`: a region's mark; `(slang) the UK`: slang
    assert chinese("its") == []  # `IT`, an acronym, is no lower-case word's sense
    assert chinese("DRAM") == []  # `dram`, a unit, is no acronym's name


def test_no_headword_of_one_character_and_nothing_for_what_the_dictionary_lacks():
    assert all(len(word) > 1 for word in chinese("nuclear") + chinese("test"))
    assert chinese("Pahalgam") == []


def test_a_phrase_is_the_headwords_of_the_whole_phrase():
    assert "中东" in chinese("Middle East")
    assert "核试验" in chinese("nuclear test")


def test_a_classifier_or_a_cross_reference_is_no_sense_and_takes_no_place_among_the_first():
    assert "出口" in chinese("export")  # 出口: `an exit/CL:個/to speak/to export/…`, its third sense
