"""Numbers that look like citations but are not resolutions (from the fixtures and the held-out sets)."""
import pytest

from unref import extract_references

NOT_RESOLUTIONS = [
    "根据 2013 年第 316 号法令所列 2001 年 12 月关于反恐怖主义的第 93 号法案的修正案",
    "此外，根据 2013 年第 317 号法令，成立了预防和打击洗钱",
    "关于欧盟支持普遍有效执行《制止核恐怖主义行为国际公约》的理事会(CFSP)2018/1939 号决定",
    "欧洲联盟通过理事会(EU)2017/2284 号决定向联合国裁军事务厅提供大量财政支持",
    "通过理事会(CFSP)2016/2383 号决定，欧洲联盟为执行",
    "欧盟经由理事会(CFSP)2018/1544 号决定和理事会(EU)2018/1542 号条例颁布了一项新的限制性措施",
    "包括由该《公约》执行支助股全面执行理事会第(CFSP) 2016/51 号决定载列的欧盟第四个援助方案",
    "理事会通过(CFSP)2018/1943号决定，将(CFSP)2017/2303号决定执行期延长了 12 个月",
    "根据议事规则第 39 条，预计国际、区域和次区域相关组织和倡议将参加公开辩论",
    "并向大会第七十四届会议提出报告",
    "第74次会议简要记录",
    "2019 年 2 月 5 日发出普通照会",
    "16-10499 (C) 3/8",
    "2018 年 7 月 11 日的《布鲁塞尔首脑会议宣言》第 45 段提到了这些文书",
    "(f) 1540 委员会 2016 年 12 月完成的关于全面审查的报告认为",
    "6. 安全理事会第1810(2008)号决议要求1540委员会考虑",
    "11. 1540信息总库被证明是非常有用的工具",
    "因此，有人建议委员会酌情考虑改进 1540 信息总库以及援助模板",
    "各国和国际组织通过指定“1540 联络点”，正在形成一个真正的主管官员网络",
    "(可在 http://www.un.org/sc/1540网站查阅)",
    "超时的发言可事先送往以下邮址：sc-1540-committee@un.org。",
    # a commission's decisions, numbered by its session as the Assembly numbers its own (tests/unseen52, 34)
    "以及聯合國麻醉藥品委員會於二零一六年三月十八日對上指經修正的公約附表一和附表四納入物質的第59/1號和第59/2號決定。",
    # the Assembly's resolution 2758 (XXVI) of 1971, its session unprinted: not the Council's 2758 (2024) (tests/unseen53, 31)
    "此舉違反了聯大的第2758號決議,損害了中國的主權和領土完整",
    # ... and as the one adopting it, its pinyin glossed by a copy (wyomingcollectionagency.com/news/201111/copper33735_3.html):
    # the Assembly's 1721 (XVI) of 1961 on outer space, not the Council's 1721 (2006) on Côte d'Ivoire
    "1961年12月20日,聯(lián)合國(guó)大會(huì)通過了著名的第1721號(hào)決議,提出了與太空有關(guān)的以下各原則",
    "联大于1961年12月20日一致通过第1721号决议",
]

# ... but the Council's where the words between name it, or a people's congress adopts (a review's cases)
COUNCIL_RESOLUTIONS_AFTER_AN_ASSEMBLY = [
    ("大会通过后安理会第1540号决议", "S/RES/1540 (2004)"),
    ("联大通过了支持安理会第2231号决议的声明", "S/RES/2231 (2015)"),
    ("全国人民代表大会通过了落实第1540号决议的法律", "S/RES/1540 (2004)"),
]


@pytest.mark.parametrize(("text", "target"), COUNCIL_RESOLUTIONS_AFTER_AN_ASSEMBLY)
def test_the_council_named_after_the_assembly_or_a_congress_adopting_keeps_its_resolution(text, target):
    assert [r.target for r in extract_references(text) if r.type == "resolution"] == [target]


@pytest.mark.parametrize("text", NOT_RESOLUTIONS)
def test_not_a_resolution(text):
    refs = [r for r in extract_references(text) if r.type == "resolution"]
    if "第1810(2008)号决议" in text:      # the only real citation among these
        assert [r.target for r in refs] == ["S/RES/1810 (2008)"]
    else:
        assert refs == []


@pytest.mark.parametrize("text", ["1540 委员会", "1540委员会", "1540委員會"])
def test_1540_committee_is_a_body_not_a_resolution(text):
    refs = extract_references(text)
    assert [(r.type, r.target, r.surface) for r in refs] == [("body", "1540 Committee", text)]


def test_eu_decisions_are_not_documents_either():
    text = "理事会(CFSP)2018/1939 号决定和(EU)2017/2284 号决定"
    assert [r for r in extract_references(text) if r.type in ("resolution", "document")] == []


@pytest.mark.parametrize("text", ["16-10499 (C) 3/8", "510-22570 (C)", "19-11880 4/16", "2019 年 2 月 5 日"])
def test_page_footers_and_dates_are_nothing(text):
    assert extract_references(text) == []
