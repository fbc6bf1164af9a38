"""Acronyms the archive's own texts define (search.defined): a text printing `俾路支解放軍(BLA)` teaches
that BLA names 俾路支解放軍, so a search for BLA finds the texts that print only the Chinese name."""
import pytest

from search import defined, engine

from .test_spread import imported

# Defines the acronym after a longer run (a noun before the name), in traditional script.
DEFINING = "巴基斯坦警方指出，叛亂組織俾路支解放軍(BLA)宣稱對襲擊負責。\n"
# The name alone, in simplified script.
NAMING = "俾路支解放军再次袭击中国工程师车队。\n\n该组织发表声明。\n"
# A bracket a number follows is a symbol's part, not a definition; nor does a run shorter than
# the acronym's letters name it (`理事会` is no CFSP).
SYMBOLS = "欧盟还通过了理事会(CFSP)2017/1252号决定。\n\n欧盟还通过了理事会(CFSP)的决定。\n\n理事会发表声明。\n"
# The Chinese and the English name in the brackets before the acronym, as Taiwan's press prints it.
GLOSSED = "中巴經濟走廊（China-Pakistan Economic Corridor, CPEC）的安全受到關注。\n"
CORRIDOR = "中巴经济走廊项目的中方人员遇袭。\n"


@pytest.fixture
def archive(tmp_path, db):
    with imported(tmp_path, ("defining.txt", DEFINING, "2025-03-12"), ("naming.txt", NAMING, "2024-10-07"),
                  ("symbols.txt", SYMBOLS, "2018-01-10"), ("glossed.txt", GLOSSED, "2025-01-05"),
                  ("corridor.txt", CORRIDOR, "2024-03-26")) as documents:
        yield documents


def files(outcome):
    return sorted({hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in outcome.hits})


@pytest.mark.contract
def test_an_acronym_finds_the_name_the_texts_define_it_by(archive):
    outcome = engine.search("BLA")
    assert [term.forms for term in outcome.understood.terms] == [["俾路支解放军"]]
    assert outcome.understood.also_searched() == ["俾路支解放军"]
    assert files(outcome) == ["defining.txt", "naming.txt"]


@pytest.mark.contract
def test_the_english_name_may_stand_in_the_brackets_before_the_acronym(archive):
    outcome = engine.search("CPEC 遇袭")
    assert [term.forms for term in outcome.understood.terms] == [["中巴经济走廊"], []]
    assert files(outcome) == ["corridor.txt"]


@pytest.mark.contract
def test_a_symbol_in_brackets_or_a_run_shorter_than_the_acronym_defines_nothing(archive):
    outcome = engine.search("CFSP")
    assert [term.forms for term in outcome.understood.terms] == [[]]
    assert files(outcome) == ["symbols.txt"]


@pytest.mark.contract
def test_a_name_learned_may_be_removed_and_a_known_acronym_keeps_its_own_names(archive):
    assert engine.search("BLA", without=["俾路支解放軍"]).understood.also_searched() == []
    assert files(engine.search("BLA", without=["俾路支解放軍"])) == ["defining.txt"]
    assert "原子能机构" in engine.search("IAEA").understood.also_searched()
    assert "bla" in [term.value for term in engine.search("Bla").understood.terms]
    assert engine.search("Bla").understood.terms[0].forms == []  # a word, not an acronym


def test_what_counts_as_an_acronym():
    assert [typed for typed in ("BLA", "JeM", "LoC", "ISIS-K", "CPEC", "Balakot", "B", "Bla", "bla")
            if defined._acronym(typed)] == ["BLA", "JeM", "LoC", "ISIS-K", "CPEC"]
