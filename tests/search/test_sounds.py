"""Other spellings of a foreign name (search.sounds): `巴希爾` also finds a text printing `巴席爾`,
`佩通坦` one printing `貝東丹`, because each character sounds as the typed one does."""
from itertools import islice

import pytest

from search import engine, engines, sounds
from unref import sounds as unref_sounds

from .test_defined import files
from .test_spread import imported

# Taiwan's press and a mainland outlet spell the same cleric and the same prime minister apart.
TAIWAN = "印尼警方逮捕激進教士巴席爾，指其涉及峇里島爆炸案。\n"
MAINLAND = "印度尼西亚警方逮捕巴希尔。\n\n泰国总理佩通坦访问南部三府。\n"
PRIME_MINISTER = "泰國總理貝東丹前往南部視察。\n"
# A spelling that names a State: Taiwan's Malawi is no other spelling of anything typed.
STATE = "馬拉威總統出席聯合國大會。\n"


@pytest.fixture
def archive(tmp_path, db):
    with imported(tmp_path, ("taiwan.txt", TAIWAN, "2002-10-19"), ("mainland.txt", MAINLAND, "2025-06-01"),
                  ("prime_minister.txt", PRIME_MINISTER, "2025-05-20"), ("state.txt", STATE, "2024-09-24")) as documents:
        yield documents


@pytest.mark.contract
def test_a_name_typed_finds_the_spellings_that_sound_alike(archive):
    outcome = engine.search("巴希爾")
    assert [term.forms for term in outcome.understood.terms] == [["巴席尔"]]
    assert files(outcome) == ["mainland.txt", "taiwan.txt"]
    assert files(engine.search("貝東丹")) == ["mainland.txt", "prime_minister.txt"]
    assert engine.search("貝東丹").understood.terms[0].forms == ["佩通坦"]


@pytest.mark.contract
def test_the_spelling_typed_ranks_first(archive):
    assert files(engine.search("巴席爾")) == ["mainland.txt", "taiwan.txt"]
    assert [hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in engine.search("巴席爾").hits] == ["taiwan.txt", "mainland.txt"]


@pytest.mark.contract
def test_a_spelling_may_be_removed_and_words_and_known_names_get_none(archive):
    assert files(engine.search("巴希爾", without=["巴席爾"])) == ["mainland.txt"]
    assert engine.search("巴希爾", without=["巴席爾"]).understood.also_searched() == []
    # ordinary words are not names; two characters sound like too many other words
    assert [term.forms for term in engine.search("爆炸案 巴希").understood.terms] == [[], []]
    # 馬拉威 names a State: no other spelling of 馬拉韋 (Marawi)
    assert engine.search("馬拉韋").understood.terms[0].forms == []
    # a name no text prints in any spelling finds nothing
    assert files(engine.search("巴沙尔")) == []


@pytest.mark.contract
def test_the_engine_says_which_pairs_its_index_holds(archive):
    assert engines.of().held({"巴席", "席尔", "巴希", "希尔", "席希", "东丹"}) == {"巴席", "席尔", "巴希", "希尔", "东丹"}
    assert engines.of().held(set()) == set()


@pytest.mark.contract
def test_an_excluded_name_is_not_spelled_otherwise(archive):
    outcome = engine.search("峇里島 -巴希爾")
    assert [term.forms for term in outcome.understood.excluded] == [[]]
    # an exclusion is read as typed: the Taiwan item prints 峇里島 beside 巴席爾, not 巴希爾
    assert files(outcome) == ["taiwan.txt"]
    assert files(engine.search("峇里島 -巴席爾")) == []


def test_what_is_read_as_a_name():
    assert [value for value in ("巴希尔", "贝东丹", "佩通坦", "巴希", "巴希尔巴希尔巴希", "巴希尔巴希尔巴希尔", "巴希尔a", "恐怖组织")
            if sounds._name_like(value)] == ["巴希尔", "贝东丹", "佩通坦", "巴希尔巴希尔巴希"]


def test_spellings_are_built_fewest_characters_changed_first():
    """With every pair of characters held (a large archive), the first spellings of a name change one
    character of it, whatever its length, and the typed spelling is never one of them."""
    def every_pair(value):
        alike = [unref_sounds.sounding_alike(char) for char in value]
        return [{a + b for a in first for b in second} for first, second in zip(alike, alike[1:])]

    for value in ("泽连斯基", "扎哈罗娃", "巴希尔"):
        first = list(islice(sounds._chains(value, every_pair(value)), sounds.CONFIRMED))
        assert len(first) == sounds.CONFIRMED and value not in first
        assert all(sum(a != b for a, b in zip(spelling, value)) == 1 for spelling in first), first
