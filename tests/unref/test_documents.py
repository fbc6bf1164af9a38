"""Document symbols in running text, and links to the official document system."""
import pytest

from unref import extract_references, official_url

from .helpers import at, found


def test_symbol_in_brackets():
    # S/2010/52, para. 2
    text = "第 1540(2004)号决议所设委员会的 2008 年报告(S/2008/493)详细说明了各国"
    assert found(text, "document") == [("document", "S/2008/493", "S/2008/493", *at(text, "S/2008/493"), None)]


def test_symbol_followed_by_chinese_comma():
    text = "提交了关于此项审查的方式的报告(见 S/2009/170，附件)。"
    assert found(text, "document") == [("document", "S/2009/170", "S/2009/170", *at(text, "S/2009/170"), None)]


def test_cd_symbol_inside_di_hao_wenjian():
    # A/74/140
    text = "并继续呼吁根据第 CD/1299 号文件及其所载的任务授权"
    assert found(text, "document") == [("document", "CD/1299", "CD/1299", *at(text, "CD/1299"), None)]
    assert found(text, "resolution") == []


def test_old_style_and_general_assembly_symbols():
    text = "见 S/23500 和 A/74/140。"
    assert found(text, "document") == [
        ("document", "S/23500", "S/23500", *at(text, "S/23500"), None),
        ("document", "A/74/140", "A/74/140", *at(text, "A/74/140"), None),
    ]


def test_opcw_decision_joined_across_a_line_break():
    # A/74/140: `C-` ends a line, `SS-4/DEC.3` starts the next one
    text = "因此，欧盟欢迎禁化武组织通过 2018 年 6 月 27 日关于“应对使用化学武器的威胁”的 C- SS-4/DEC.3 号决定。"
    assert found(text, "document") == [
        ("document", "C-SS-4/DEC.3", "C- SS-4/DEC.3", *at(text, "C- SS-4/DEC.3"), None)]


def test_resolution_symbols_are_not_documents():
    text = "S/RES/1540 (2004) 和 A/RES/73/55"
    assert found(text, "document") == []
    assert [r[1] for r in found(text, "resolution")] == ["S/RES/1540 (2004)", "A/RES/73/55"]


def test_symbols_inside_urls_are_not_read():
    assert found("(可在 http://www.un.org/sc/1540 网站查阅)", "document") == []


def test_official_url():
    assert official_url("S/2008/493") == "https://undocs.org/zh/S/2008/493"
    assert official_url("S/RES/1540 (2004)") == "https://undocs.org/zh/S/RES/1540(2004)"
    assert official_url("A/RES/73/55") == "https://undocs.org/zh/A/RES/73/55"


@pytest.mark.parametrize(
    "text, pinpoint",
    [
        ("见S/2006/257 第12段。", "para. 12"),
        ("S/2010/52，第12段", "para. 12"),
        ("S/2010/52号文件第 12 段", "para. 12"),
        ("S/2010/52, para. 12", "para. 12"),
        ("CD/2118，第5(f)段", "para. 5 (f)"),
        ("CD/2118，第5(f)(ii)段", "para. 5 (f) (ii)"),
        ("S/2010/52号文件", None),
        ("S/2010/52，第二节“印度”第9段", None),  # a positional pinpoint: not a numbered paragraph
        ("S/2010/52和第1540(2004)号决议第3段", None),  # the resolution's pinpoint, not the document's
    ],
)
def test_a_paragraph_pinpoint_after_a_symbol(text, pinpoint):
    """The pinpoint is read in the archive's citation form; the span stays the symbol's."""
    [document] = [r for r in extract_references(text) if r.type == "document"]
    assert (document.surface, document.pinpoint) == (document.target, pinpoint)
