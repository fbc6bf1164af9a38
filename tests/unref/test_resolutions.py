"""Resolution and decision references, on snippets from the fixture documents."""
from unref import extract_references
from unref.knowledge import KnownData

from .helpers import at, found, targets

SC1540 = "S/RES/1540 (2004)"


def test_security_council_resolution_with_spaces():
    # CD/2118, para. 1
    text = "1. 联合国安全理事会 2004 年 4 月 28 日一致通过的第 1540(2004)号决议列举了国际上为不扩散做出的努力。"
    start, end = at(text, "第 1540(2004)号决议")
    assert found(text, "resolution") == [("resolution", SC1540, "第 1540(2004)号决议", start, end, None)]


def test_security_council_resolution_without_spaces():
    # S/2010/52, title
    text = "2010年1月29日安全理事会第1540(2004)号决议所设委员会主席给安全理事会主席的信"
    assert found(text, "resolution") == [("resolution", SC1540, "第1540(2004)号决议", 15, 29, None)]


def test_spaces_inside_the_citation():
    # S/AC.44/SR.74, heading
    text = "安全理事会第 1540 (2004) 号决议 所设委员会"
    start, end = at(text, "第 1540 (2004) 号决议")
    assert found(text, "resolution") == [("resolution", SC1540, "第 1540 (2004) 号决议", start, end, None)]


def test_full_width_brackets():
    text = "执行第１５４０（２００４）号决议的工作"
    assert found(text, "resolution") == [("resolution", SC1540, "第１５４０（２００４）号决议", 2, 16, None)]


def test_traditional_characters():
    text = "安全理事會第1540(2004)號決議所設委員會"
    assert found(text, "resolution") == [("resolution", SC1540, "第1540(2004)號決議", 5, 19, None)]


def test_traditional_pinpoint():
    text = "根據第 1810(2008)號決議第 8 段"
    assert targets(text, "resolution") == ["S/RES/1810 (2008)"]
    assert extract_references(text)[0].pinpoint == "para. 8"


def test_list_with_enumeration_comma_and_he():
    # A/74/140, reply of the European Union (joined as the cleaner joins lines)
    text = "并严格地执行安理会 1540(2004)、1887(2009)、1977(2011) 和 2325(2016)号决议。"
    assert found(text, "resolution") == [
        ("resolution", SC1540, "1540(2004)", *at(text, "1540(2004)"), None),
        ("resolution", "S/RES/1887 (2009)", "1887(2009)", *at(text, "1887(2009)"), None),
        ("resolution", "S/RES/1977 (2011)", "1977(2011)", *at(text, "1977(2011)"), None),
        ("resolution", "S/RES/2325 (2016)", "2325(2016)号决议", *at(text, "2325(2016)号决议"), None),
    ]


def test_list_with_di_and_hao_on_each_item():
    text = "第1540(2004)号、第1673(2006)号和第1810(2008)号决议"
    assert found(text, "resolution") == [
        ("resolution", SC1540, "第1540(2004)号", 0, 12, None),
        ("resolution", "S/RES/1673 (2006)", "第1673(2006)号", 13, 25, None),
        ("resolution", "S/RES/1810 (2008)", "第1810(2008)号决议", 26, 40, None),
    ]


def test_list_with_a_list_mark_doubled_in_copying():
    """A statement as a copy prints it: the number's 号 before the year, spaces, and `,,` where one
    comma was; every item is read, as with one mark."""
    text = "违反了安理会第 1718号 (2006),第1874号 (2009),第 2087 号(2013),,第2094号 (2013),第 2270号(2016)决议。"
    assert targets(text, "resolution") == ["S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2087 (2013)",
                                           "S/RES/2094 (2013)", "S/RES/2270 (2016)"]


def test_list_of_two_from_summary_record():
    # S/AC.44/SR.74, para. 2
    text = "而第 1810(2008)号和第 1977(2011)号决议则扩大了这一任务规定的范围"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1810 (2008)", "第 1810(2008)号", *at(text, "第 1810(2008)号"), None),
        ("resolution", "S/RES/1977 (2011)", "第 1977(2011)号决议", *at(text, "第 1977(2011)号决议"), None),
    ]


def test_pinpoint_paragraph():
    # S/2010/52, covering letter
    text = "我代表安全理事会第 1540(2004)号决议所设委员会并根据第 1810(2008)号决议第 8 段，谨此提交"
    start, end = at(text, "第 1810(2008)号决议第 8 段")
    assert found(text, "resolution") == [
        ("resolution", SC1540, "第 1540(2004)号决议", *at(text, "第 1540(2004)号决议"), None),
        ("resolution", "S/RES/1810 (2008)", "第 1810(2008)号决议第 8 段", start, end, "para. 8"),
    ]


def test_pinpoint_operative_paragraph():
    # CD/2118, recommendation (c)
    text = "(c) 制定、执行和更新与第 1540(2004)号决议执行部分第 3 段相关的国家法律；"
    surface = "第 1540(2004)号决议执行部分第 3 段"
    assert found(text, "resolution") == [("resolution", SC1540, surface, *at(text, surface), "operative para. 3")]


def test_pinpoint_inside_brackets():
    # 2016 letter from Spain
    text = "以防止大规模毁灭性武器及其运载工具和相关材料的扩散(安全理事会第 1540(2004)号决议第 3 段)。"
    surface = "第 1540(2004)号决议第 3 段"
    assert found(text, "resolution") == [("resolution", SC1540, surface, *at(text, surface), "para. 3")]


def test_label_before_citation_does_not_cut_off_di():
    # CD/2118, point (a)
    text = "(a) 第 1540(2004)号决议重申"
    assert found(text, "resolution") == [("resolution", SC1540, "第 1540(2004)号决议", 4, 19, None)]


def test_committee_name_is_a_resolution_and_a_body():
    text = "正如古巴于 2019 年 2 月向安全理事会第 1540(2004)号决议所设委员会提交的国家报告所述"
    assert found(text) == [
        ("body", "1540 Committee", "安全理事会第 1540(2004)号决议所设委员会",
         *at(text, "安全理事会第 1540(2004)号决议所设委员会"), None),
        ("resolution", SC1540, "第 1540(2004)号决议", *at(text, "第 1540(2004)号决议"), None),
    ]


def test_year_from_known_resolutions():
    # CD/2118, point (f)
    text = "虽然许多国家为履行第 1540 号决议相关义务采取了重要步骤"
    [ref] = extract_references(text)
    assert (ref.target, ref.surface, ref.status) == (SC1540, "第 1540 号决议", "resolved")
    assert (ref.start, ref.end) == at(text, "第 1540 号决议")


def test_a_number_the_register_lacks_is_unresolved_not_guessed():
    [ref] = extract_references("见第 2999 号决议。")
    assert (ref.type, ref.target, ref.status, ref.surface) == ("resolution", None, "unresolved", "第 2999 号决议")
    assert "does not list it" in ref.note


def test_an_impossible_year_is_resolved_from_the_register_and_the_printed_one_kept_in_the_note():
    [ref] = extract_references("第 1540(2005)号决议")
    assert (ref.target, ref.status, ref.surface) == ("S/RES/1540 (2004)", "conflict", "第 1540(2005)号决议")
    assert ref.note == "text gives 1540(2005); the register has S/RES/1540 (2004)"


def test_other_known_data_can_be_passed():
    data = KnownData(resolutions=[{"symbol": "S/RES/1234 (1999)", "number": "1234", "year": 1999,
                                   "organ": "Security Council"}])
    assert targets("见第 1234 号决议。", "resolution", data=data) == ["S/RES/1234 (1999)"]
    assert targets("第 1540 号决议", "resolution", data=data) == [None]


def test_symbols_in_text():
    text = "见 S/RES/1985(2011)、S/RES/1985 (2011)、A/RES/73/55、A/RES/2758 (XXVI)、A/DEC/72/513 和 S/PRST/2014/7。"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1985 (2011)", "S/RES/1985(2011)", *at(text, "S/RES/1985(2011)"), None),
        ("resolution", "S/RES/1985 (2011)", "S/RES/1985 (2011)", *at(text, "S/RES/1985 (2011)"), None),
        ("resolution", "A/RES/73/55", "A/RES/73/55", *at(text, "A/RES/73/55"), None),
        ("resolution", "A/RES/2758 (XXVI)", "A/RES/2758 (XXVI)", *at(text, "A/RES/2758 (XXVI)"), None),
        ("resolution", "A/DEC/72/513", "A/DEC/72/513", *at(text, "A/DEC/72/513"), None),
        ("resolution", "S/PRST/2014/7", "S/PRST/2014/7", *at(text, "S/PRST/2014/7"), None),
    ]


def test_general_assembly_resolution_with_line_join():
    # A/74/140, para. 1 (`第 73/55 号` + `决议` joined by the cleaner)
    text = "1. 大会在其题为“防止恐怖分子获取大规模毁灭性武器的措施”的第 73/55 号决议中，促请全体会员国"
    assert found(text, "resolution") == [
        ("resolution", "A/RES/73/55", "第 73/55 号决议", *at(text, "第 73/55 号决议"), None)]


def test_general_assembly_forms():
    assert targets("根据大会第 65/276 号决议规定的形式", "resolution") == ["A/RES/65/276"]
    assert targets("支持联合国大会关于核裁军情况核实问题的第 71/67 号决议通过", "resolution") == ["A/RES/71/67"]
    assert targets("印度是大会题为“防止恐怖分子获取大规模毁灭性武器的措施”的第 73/55号决议的共同提案国",
                   "resolution") == ["A/RES/73/55"]
    assert targets("大會第 73/55 號決議", "resolution") == ["A/RES/73/55"]


def test_general_assembly_decision():
    text = "欧盟并支持于 2017 年通过的大会第 72/513 号决定，其中提出了第一委员会"
    assert found(text, "resolution") == [
        ("resolution", "A/DEC/72/513", "第 72/513 号决定", *at(text, "第 72/513 号决定"), None)]


def test_more_than_one_resolution_in_a_paragraph_keep_order():
    text = "在考虑第 2325(2016)号决议的前提下为促进执行第 1540(2004)号决议开展协调努力的重要性"
    assert targets(text, "resolution") == ["S/RES/2325 (2016)", SC1540]


def test_a_year_after_the_number_s_hao_with_its_nian_inside_the_brackets():
    text = "呼吁全面落实安理会第1701號(2006年)和第1559号(2004年)决议,以及第2231(2015年)号决议第7段"
    assert [(r.target, r.surface) for r in extract_references(text) if r.type == "resolution"] == [
        ("S/RES/1701 (2006)", "第1701號(2006年)"), ("S/RES/1559 (2004)", "第1559号(2004年)决议"),
        ("S/RES/2231 (2015)", "第2231(2015年)号决议第7段")]
