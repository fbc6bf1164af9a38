"""A field term also finds its narrower terms (the thesaurus's `narrower`: 核安保 → 实物保护), as a
library catalogue explodes a subject heading: below what was typed, listed among the forms also
searched, and never the other way up. A narrower term given `with` counts only beside one of
those terms in its paragraph (an asset freeze is part of countering terrorist financing where
the paragraph speaks of terrorism; other regimes freeze assets too). A term may have bodies below
it (the export control regimes), and a body likewise finds its organs (`part_of`: the OPCW its
Conference of the States Parties)."""
from dataclasses import replace

import pytest

from search import engine, query
from search.budget import BUDGET
from tests.search.held import held_document, numbers_found

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SYMBOL = "S/2098/5"
PARAGRAPHS = {
    1: "修正案扩大了核材料实物保护的范围。",      # the narrower term
    2: "各国应加强核安保。",                      # the term typed
    3: "實體防護制度適用於核設施。",              # the narrower term, Taiwan's wording
    4: "核安全公约适用于民用核设施。",            # nuclear safety: neither
    5: "澳門制定凍結資產制度,以執行打擊恐怖主義的決議。",   # an asset freeze beside terrorism
    6: "安理会决定冻结资产,对象为该国前领导人。",             # an asset freeze alone
    7: "各国冻结资产,防止大规模杀伤性武器扩散。",             # an asset freeze beside WMD
    8: "各國應執行對該國的軍火禁運。",                         # an arms embargo: a kind of sanctions
    9: "該國非法取得資金,資助其發展大殺傷力武器計畫。",         # funding beside WMD (Hong Kong's wording)
    10: "政府资助科研项目。",                                   # funding alone
    11: "第30屆《禁止化學武器公約》締約國大會審議第2118(2013)號決議。",  # an organ of the OPCW, named with the treaty's title
    12: "理事會要求伊朗提供其近乎武器級鈾庫存的精確資訊。",      # weapons-grade uranium: highly enriched, so enriched
    13: "该厂只生产核电站用的低浓缩铀。",                          # low enriched uranium: enriched, not highly
    14: "印度希望加入核供應國集團。",                              # a body within a term: an export control regime
    15: "多边出口管制机制不应妨碍和平利用。",                      # the term typed
    16: "该国遵守导弹及其技术控制制度的准则。",                    # another regime within it
}


held = held_document(SYMBOL, PARAGRAPHS, "2098-05-07")


def test_a_term_finds_its_narrower_terms_below_what_was_typed(held):
    outcome = engine.search("核安保")
    labels = [hit.paragraph.label for hit in outcome.hits]
    assert (labels[0], sorted(labels[1:])) == ("2.", ["1.", "3."])  # inside a band, each engine orders its own way
    assert {"实物保护", "实体防护"} <= set(outcome.understood.also_searched())


def test_a_narrower_term_does_not_find_the_broader_one(held):
    assert numbers_found(SYMBOL, "实物保护") == [1, 3]


def test_the_narrower_terms_can_be_left_out_like_any_form(held):
    outcome = engine.search("核安保", without=["实物保护", "实体防护", "实体保护"])
    assert [hit.paragraph.label for hit in outcome.hits] == ["2."]


def test_an_asset_freeze_counts_for_a_kind_of_financing_only_beside_its_kind(held):
    assert numbers_found(SYMBOL, "资助恐怖主义") == numbers_found(SYMBOL, "資恐") == [5]
    assert numbers_found(SYMBOL, "扩散融资") == [7, 9]
    assert numbers_found(SYMBOL, "资产冻结") == [5, 6, 7]
    outcome = engine.search("资助恐怖主义")
    assert "资产冻结+反恐" in outcome.understood.also_searched()
    assert "<mark>凍結資產</mark>" in str(outcome.hits[0].snippet) and "<mark>打擊恐怖主義</mark>" in str(outcome.hits[0].snippet)
    assert engine.search("资助恐怖主义", without=["资产冻结+反恐"]).hits == []


def test_funding_beside_a_word_of_its_subject_is_its_financing(held):
    """FATF's definition of proliferation financing and the 1999 Convention's of terrorist
    financing: providing funds for the weapons, or for terrorism."""
    assert numbers_found(SYMBOL, "資武擴") == [7, 9]
    assert 10 not in numbers_found(SYMBOL, "资助恐怖主义") + numbers_found(SYMBOL, "扩散融资")
    assert "资助+大规模毁灭性武器" in engine.search("扩散融资").understood.also_searched()


def test_a_term_finds_the_bodies_within_it_and_a_body_never_the_term(held):
    assert numbers_found(SYMBOL, "多邊出口管制機制") == [14, 15, 16]
    assert numbers_found(SYMBOL, "NSG") == [14]


def test_a_body_finds_its_organs_and_never_the_other_way(held):
    assert numbers_found(SYMBOL, "OPCW") == numbers_found(SYMBOL, "禁止化學武器組織") == [11]
    assert numbers_found(SYMBOL, "禁化武组织执行理事会") == []


def test_a_pair_is_searched_whole_within_the_expansion_budget_or_not_at_all():
    whole = query.understand("资助恐怖主义")
    forms, (pair, *others) = len(whole.terms[0].forms), whole.terms[0].together
    assert others  # funding beside terrorism too (test_funding_beside_a_word_of_its_subject_is_its_financing)
    assert query.understand("资助恐怖主义", budget=replace(BUDGET, expansions=forms + len(pair[0]) + len(pair[1]))).terms[0].together == [pair]
    short = query.understand("资助恐怖主义", budget=replace(BUDGET, expansions=forms + len(pair[0]) + len(pair[1]) - 1))
    assert short.terms[0].together == [] and any("同义形式过多" in note for note in short.notes)


def test_sanctions_find_the_measures_the_council_imposes(held):
    assert numbers_found(SYMBOL, "制裁") == [5, 6, 7, 8]
    assert numbers_found(SYMBOL, "武器禁运") == [8]


def test_enriched_uranium_explodes_two_levels_down_and_never_up(held):
    """浓缩铀 has HEU and LEU below it, HEU has weapons-grade uranium (zh.wikipedia; Xinhua after
    the IAEA's definitions): a Taiwan report's 武器級鈾 is enriched uranium, not low enriched."""
    assert numbers_found(SYMBOL, "濃縮鈾") == numbers_found(SYMBOL, "浓缩铀") == [12, 13]
    assert numbers_found(SYMBOL, "高浓缩铀") == [12]
    assert numbers_found(SYMBOL, "低浓铀") == [13]
    assert numbers_found(SYMBOL, "武器级铀") == [12]
