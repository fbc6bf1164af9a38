"""Pinpoints in the forms Chinese UN texts use (issue #23): several paragraphs, ranges, lettered
and roman sub-paragraphs, `第3段(c)分段`, a pinpoint in `该决议` after a named resolution, and
English `paragraph 3 of resolution 1540 (2004)` inside Chinese text, paragraphs saved from a
resolution's provisions (`…的各项规定,除第4段…`), a link label left in a symbol, a citation an
amendment's quotation cuts before its 段, a paragraph after a comma inside a bracketed citation;
exact spans and pinpoints."""
import pytest

from .helpers import at, found

SC1540 = "S/RES/1540 (2004)"


@pytest.mark.parametrize(
    "text, surface, pinpoint",
    [
        ("重申第1540(2004)号决议第3和第4段的要求。", "第1540(2004)号决议第3和第4段", "paras. 3 and 4"),
        ("履行第1540(2004)号决议第2、第3和第5段规定的义务", "第1540(2004)号决议第2、第3和第5段", "paras. 2, 3 and 5"),
        ("第1540(2004)号决议第1至3段所述义务", "第1540(2004)号决议第1至3段", "paras. 1 to 3"),
        ("第1540(2004)号决议第1至第3段所述义务", "第1540(2004)号决议第1至第3段", "paras. 1 to 3"),
        ("第1540(2004)号决议第3段(c)分段要求各国", "第1540(2004)号决议第3段(c)分段", "para. 3 (c)"),
        ("第1540(2004)号决议第3(c)段", "第1540(2004)号决议第3(c)段", "para. 3 (c)"),
        ("第1540(2004)号决议第3(a)㈡段", "第1540(2004)号决议第3(a)㈡段", "para. 3 (a) (ii)"),
        ("第1540(2004)号决议第3(c)和3(d)段", "第1540(2004)号决议第3(c)和3(d)段", "paras. 3 (c) and 3 (d)"),
        ("第1540(2004)號決議執行部分第8段", "第1540(2004)號決議執行部分第8段", "operative para. 8"),
        ("第1540(2004)号决议第2、3和6至9段", "第1540(2004)号决议第2、3和6至9段", "paras. 2, 3 and 6 to 9"),
        ("第1540(2004)号决议第3(a)和(b)段规定", "第1540(2004)号决议第3(a)和(b)段", "paras. 3 (a) and 3 (b)"),
        ("第1540(2004)号决议第3(a)、(b)和(c)段", "第1540(2004)号决议第3(a)、(b)和(c)段", "paras. 3 (a), 3 (b) and 3 (c)"),
        ("强制执行第1540(2004)号决议第3段和第5段规定", "第1540(2004)号决议第3段和第5段", "paras. 3 and 5"),
        ("第1540(2004)号决议第9或10段所禁止的物项", "第1540(2004)号决议第9或10段", "paras. 9 and 10"),
        ("第1540 (2004)號決議第六段所指", "第1540 (2004)號決議第六段", "para. 6"),
        ("第1540(2004)号决议第十二段和第二十一段", "第1540(2004)号决议第十二段和第二十一段", "paras. 12 and 21"),
        ("第1540(2004)号决议第3段和第4段(c)分段", "第1540(2004)号决议第3段和第4段(c)分段", "paras. 3 and 4 (c)"),
        ("第1540(2004)號決議第20段至22段", "第1540(2004)號決議第20段至22段", "paras. 20 to 22"),
        ("第1540(2004)号决议第4段至第6段规定", "第1540(2004)号决议第4段至第6段", "paras. 4 to 6"),
        ("依照《第1540(2004)號決議》第3(c)段", "第1540(2004)號決議》第3(c)段", "para. 3 (c)"),
        # a closing bracket doubled in copying, as a doubled opening one before a year
        ("违反第1540(2004)号决议第3(d))段的行为", "第1540(2004)号决议第3(d))段", "para. 3 (d)"),
        # the sub-paragraph after 段 without 分段, one or several
        ("经第1540(2004)号决议第1段(b)修订的禁运", "第1540(2004)号决议第1段(b)", "para. 1 (b)"),
        ("第1540(2004)号决议第19段和20段(c)和(d)", "第1540(2004)号决议第19段和20段(c)和(d)", "paras. 19, 20 (c) and 20 (d)"),
        # a list of whole pinpoints whose last drops its 第
        ("通过第1540(2004)号决议第30段和32段", "第1540(2004)号决议第30段和32段", "paras. 30 and 32"),
        # a colon between them, as a list of measures prints it; a section the paragraph is in
        ("• 安全理事会第1540(2004)号决议:第12、第13和第14段", "第1540(2004)号决议:第12、第13和第14段", "paras. 12, 13 and 14"),
        ("第1540(2004)号决议C节第9(b)㈠段要求", "第1540(2004)号决议C节第9(b)㈠段", "para. 9 (b) (i)"),
        # a range with a dash, as web pages print it, in a list of whole pinpoints
        ("第1540(2004)号决议:第1(b)段、第19-21段和第22(b)段", "第1540(2004)号决议:第1(b)段、第19-21段和第22(b)段",
         "paras. 1 (b), 19 to 21 and 22 (b)"),
        ("第1540(2004)号决议第3－5段规定", "第1540(2004)号决议第3－5段", "paras. 3 to 5"),
    ],
)
def test_paragraphs_of_one_resolution(text, surface, pinpoint):
    assert found(text, "resolution") == [("resolution", SC1540, surface, *at(text, surface), pinpoint)]


def test_a_pinpoint_in_the_resolution_just_named():
    text = "安理会第1540(2004)号决议要求各国采取措施。该决议第6段还提到管制清单。"
    assert found(text, "resolution") == [
        ("resolution", SC1540, "第1540(2004)号决议", *at(text, "第1540(2004)号决议"), None),
        ("resolution", SC1540, "该决议第6段", *at(text, "该决议第6段"), "para. 6"),
    ]


def test_traditional_anaphora():
    text = "第1540(2004)號決議獲一致通過，該決議第3段要求各國"
    assert found(text, "resolution")[1] == ("resolution", SC1540, "該決議第3段", *at(text, "該決議第3段"), "para. 3")


def test_the_same_resolution_cited_twice_is_no_list():
    text = "不符合第1540(2004)號決議。第1540(2004)號決議不禁止出口。不過,該決議第4(a)段禁止轉讓。"
    assert found(text, "resolution")[2] == ("resolution", SC1540, "該決議第4(a)段", *at(text, "該決議第4(a)段"), "para. 4 (a)")


def test_the_same_resolution_or_a_bare_one_in_a_text_about_one_resolution():
    text = "委员会负责完成第1540(2004)号决议规定的任务,并完成同一决议第5段中规定的任务。"
    assert found(text, "resolution")[1] == ("resolution", SC1540, "同一决议第5段", *at(text, "同一决议第5段"), "para. 5")
    text = "监测第1540(2004)号决议所述措施,同时考虑到决议第22段所设专家小组的报告"
    assert found(text, "resolution")[1] == ("resolution", SC1540, "决议第22段", *at(text, "决议第22段"), "para. 22")
    assert found("本决议第1段和大会决议第5段", "resolution") == []


def test_a_pinpoint_in_the_resolution_the_paragraphs_before_cited_last():
    from unref import extract_document
    refs = extract_document(["委员会依照第1540(2004)号决议设立。", "(c) 对要求按决议第2(e)段给予豁免的申请进行审议。",
                             "(d) 指认受该决议第4段所定措施限制的个人。"])
    assert [[(r.target, r.surface, r.pinpoint) for r in paragraph if r.type == "resolution"] for paragraph in refs] == [
        [(SC1540, "第1540(2004)号决议", None)], [(SC1540, "决议第2(e)段", "para. 2 (e)")],
        [(SC1540, "该决议第4段", "para. 4")]]
    refs = extract_document(["回顾第1540(2004)号和第1673(2006)号决议。", "该决议第4段"])  # after a list: none
    assert [r.surface for r in refs[1]] == []


def test_no_anaphora_without_a_resolution_before_it_or_after_a_list():
    assert found("该决议第6段要求各国", "resolution") == []
    text = "回顾第1540(2004)号、第1673(2006)号决议，该决议第6段"
    assert [reference[5] for reference in found(text, "resolution")] == [None, None]


def test_paragraphs_saved_from_the_resolution_s_provisions_in_the_same_clause():
    text = "決定第1540(2004)號決議的各項規定,除第4、11和12段所載的規定外,應繼續有效"
    surface = "第1540(2004)號決議的各項規定,除第4、11和12段"
    assert found(text, "resolution") == [("resolution", SC1540, surface, *at(text, surface), "paras. 4, 11 and 12")]


def test_provisions_with_no_paragraph_saved_are_not_a_pinpoint():
    text = "第1540(2004)号决议的各项规定,除其他外,适用于所有国家"
    assert found(text, "resolution") == [("resolution", SC1540, "第1540(2004)号决议", *at(text, "第1540(2004)号决议"), None)]


def test_a_comma_parts_a_resolution_from_its_paragraph_only_inside_brackets():
    """`(第1484(2003)号决议,第 4 段)`, a translation of `(resolution 1484 (2003), para. 4)`
    (tests/pinpoints7, 01): inside the bracket the paragraph is the resolution's, also the second of
    two citations the bracket holds; in running text a paragraph after a comma may be anyone's."""
    text = "欧盟部队(第1484(2003)号决议,第 4 段);特派团(第 1778(2007)号决议,第 6(a) 段和第 2134(2014)号决议,第 43、44 段)。"
    assert [(reference[1], reference[2], reference[5]) for reference in found(text, "resolution")] == [
        ("S/RES/1484 (2003)", "第1484(2003)号决议,第 4 段", "para. 4"),
        ("S/RES/1778 (2007)", "第 1778(2007)号决议,第 6(a) 段", "para. 6 (a)"),
        ("S/RES/2134 (2014)", "第 2134(2014)号决议,第 43、44 段", "paras. 43 and 44")]
    assert [reference[5] for reference in found("安理会通过了第1484(2003)号决议,第4段指出", "resolution")] == [None]


def test_a_citation_cut_at_the_closing_quote_of_an_amendment():
    text = "第 9(2)(a)(ii) 條—— 廢除 “2552 號決議》第 52” 代以 “2605 號決議》第 56”。"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/2552 (2020)", "2552 號決議》第 52", *at(text, "2552 號決議》第 52"), "para. 52"),
        ("resolution", "S/RES/2605 (2021)", "2605 號決議》第 56", *at(text, "2605 號決議》第 56"), "para. 56")]
    # a number neither closed by a quote nor followed by a paragraph's word is none
    assert found("第1540(2004)号决议第52号", "resolution")[0][5] is None


def test_a_paragraph_written_as_an_article_or_clause_or_with_its_part_after_the_number():
    """A resolution has no articles: news translations write its paragraphs `条` or `款`, and
    Xinhua `第11执行段` (operative paragraph 11)."""
    text = "草案援引2375號決議第16條和17條。伊朗援引第2231号决议第11至13款。该决议第11执行段规定"
    assert [(reference[2], reference[5]) for reference in found(text, "resolution")] == [
        ("2375號決議第16條和17條", "paras. 16 and 17"), ("第2231号决议第11至13款", "paras. 11 to 13"),
        ("该决议第11执行段", "operative para. 11")]
    # an article after something other than a resolution is not the resolution's
    assert [reference[5] for reference in found("第1540(2004)号决议和《宪章》第52条", "resolution")] == [None]


def test_a_paragraph_counted_in_spoken_style():
    """`第二个段落` (the second paragraph), as a news story quotes a resolution."""
    assert [(reference[2], reference[5]) for reference in found("苏丹必须遵守1593号决议第二个段落的规定", "resolution")] == [
        ("1593号决议第二个段落", "para. 2")]


def test_a_link_label_left_between_the_symbol_and_its_words():
    text = "小组是根据第1540(2004)PDF文件号决议第18段设立的,第1673(2006)PDF文件、第1977(2011)PDF文件号决议延长"
    assert found(text, "resolution") == [
        ("resolution", SC1540, "第1540(2004)PDF文件号决议第18段", *at(text, "第1540(2004)PDF文件号决议第18段"), "para. 18"),
        ("resolution", "S/RES/1673 (2006)", "第1673(2006)PDF文件", *at(text, "第1673(2006)PDF文件"), None),
        ("resolution", "S/RES/1977 (2011)", "第1977(2011)PDF文件号决议", *at(text, "第1977(2011)PDF文件号决议"), None),
    ]


@pytest.mark.parametrize(
    "text, surface, pinpoint",
    [
        ("根据paragraph 3 of resolution 1540 (2004)的要求", "paragraph 3 of resolution 1540 (2004)", "para. 3"),
        ("根据paragraphs 3 and 4 of resolution 1540 (2004)。", "paragraphs 3 and 4 of resolution 1540 (2004)", "paras. 3 and 4"),
        ("按照operative paragraph 8 (a) of resolution 1540 (2004)", "operative paragraph 8 (a) of resolution 1540 (2004)", "operative para. 8 (a)"),
    ],
)
def test_english_pinpoints_inside_chinese_text(text, surface, pinpoint):
    assert found(text, "resolution") == [("resolution", SC1540, surface, *at(text, surface), pinpoint)]


def test_paragraphs_before_a_list_of_resolutions_are_not_attached():
    text = "根据paragraph 2 of resolutions 1540 (2004) and 1673 (2006)"
    assert [(reference[1], reference[5]) for reference in found(text, "resolution")] == [
        (SC1540, None), ("S/RES/1673 (2006)", None),
    ]


def test_a_measure_word_a_remark_in_brackets_or_of_which_between_resolution_and_paragraph():
    """`同一份决议` as `同一决议`; a short remark in brackets (`(全文附后)`) and `,其中` leave the
    paragraph the resolution's; a bracket printing figures is something else's."""
    text = "根据第1540(2004)号决议第8段,并根据同一份决议第9和10段提交报告。"
    assert found(text, "resolution")[1][2:] == ("同一份决议第9和10段", *at(text, "同一份决议第9和10段"), "paras. 9 and 10")
    text = "在第1540(2004)号决议(全文附后)第6段中,安全理事会吁请所有国家提交报告。"
    assert found(text, "resolution")[0][2:] == ("第1540(2004)号决议(全文附后)第6段", *at(text, "第1540(2004)号决议(全文附后)第6段"), "para. 6")
    text = "回顾其第1540(2004)号决议,其中第3(c)段和第4段适用于出口。"
    assert found(text, "resolution")[0][2:] == ("第1540(2004)号决议,其中第3(c)段和第4段", *at(text, "第1540(2004)号决议,其中第3(c)段和第4段"), "paras. 3 (c) and 4")
    assert found("第1540(2004)号决议(S/2006/257号文件)第6段", "resolution") == [
        ("resolution", SC1540, "第1540(2004)号决议", 0, 14, None)]
