"""A sanctions regime named by its country or group (北韓制裁, 伊朗制裁) finds the paragraphs that
cite its resolutions or name its bodies, as well as those that write the words typed; never
another regime's, and never for a country named alone (unref/data/sanctions.json)."""
import pytest
from django.utils import translation

from search import engine, results
from tests.search.held import held_document, numbers_found

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SYMBOL = "S/2097/22"
PARAGRAPHS = {
    1: "安全理事会第2375(2017)号决议禁止向该国出口纺织品。",      # a DPRK resolution, no country, no 制裁
    2: "各國應執行對北韓的制裁措施。",                              # the words typed, Taiwan's name
    3: "安理会第2231(2015)号决议核可了该计划。",                    # Iran's
    4: "第1718(2006)号决议所设委员会审议了会员国的报告。",          # the DPRK committee, by its name
    5: "朝鲜代表在会上发言。",                                      # the country alone
    6: "安全理事会第1540(2004)号决议要求各国提交报告。",            # the field's resolution, which a DPRK one recalls
    7: "委员会审议了制裁措施的执行情况。",                          # 制裁 without a country
    8: "聯合國北韓專家小組指出,該國持續進口精煉石油。",             # the DPRK panel, by Taiwan's name
}


held = held_document(SYMBOL, PARAGRAPHS, "2097-05-07")


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_a_regime_finds_its_resolutions_its_bodies_and_the_words_typed(held):
    assert numbers("北韓制裁") == numbers("朝鲜制裁") == [1, 2, 4, 8]
    assert numbers("对朝制裁") == [1, 4, 8]  # 朝 alone is no State's name: only the regime is read
    assert numbers("伊朗制裁") == [3]


def test_a_country_alone_is_not_its_sanctions(held):
    assert numbers("朝鲜") == numbers("北韓") == [2, 5, 8]


def test_a_panel_named_after_its_regime_s_state_finds_it_in_any_region_s_wording(held):
    assert numbers("朝鲜问题专家小组") == numbers("联合国朝鲜专家小组") == numbers("1718 Panel of Experts") == [8]
    assert numbers("伊朗问题专家小组") == []


def test_nothing_for_a_regime_no_text_cites(held):
    assert numbers("利比亚制裁") == numbers("塔利班制裁") == []


def test_what_was_typed_ranks_first_and_the_rest_is_said(held):
    outcome = engine.search("北韓制裁")
    assert (outcome.hits[0].paragraph.label, "S/RES/2375 (2017)" in outcome.understood.also_searched()) == ("2.", True)


def test_the_citation_that_found_a_paragraph_is_marked(held):
    outcome = engine.search("北韓制裁")
    [hit] = [hit for hit in outcome.hits if hit.paragraph.label == "1."]
    spans = results.marked_spans({hit.paragraph.pk: hit.paragraph}, outcome.understood)[hit.paragraph.pk]
    assert [hit.paragraph.text[start:end] for start, end in spans] == ["第2375(2017)号决议"]


def test_the_page_says_what_the_regime_was_read_as(client, held):
    html = client.get("/search/", {"q": "北韓制裁"}).content.decode()
    assert "制裁制度" in html and "北韓制裁" in html
    assert '<span class="doc-text">S/RES/2375 (2017)</span>' in html
    assert "<span>安全理事会关于朝鲜民主主义人民共和国的第1718(2006)号决议所设委员会</span>" in html  # a body by its name
    assert "1718 Committee" not in html
    with translation.override("zh-hans"):  # the request activates English for this thread; back to Chinese after it
        english = client.get("/en/search/", {"q": "北韓制裁"}).content.decode()
    assert "Sanctions regime" in english
    assert "<span>Security Council Committee established pursuant to resolution 1718 (2006)</span>" in english
