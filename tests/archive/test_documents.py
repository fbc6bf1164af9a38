"""The five sample documents split as a careful reader sees them (counted by hand from the source)."""
import datetime
from collections import Counter

import pytest

from archive.pipeline import parse_file
from tests.conftest import A_74_140, CD_2118, S_2010_52, SPAIN_LETTER, SR_74


@pytest.fixture(scope="module")
def parsed():
    return {path: parse_file(path) for path in (CD_2118, S_2010_52, SPAIN_LETTER, SR_74, A_74_140)}


def kinds(document):
    return Counter(paragraph.kind for paragraph in document.paragraphs)


def anchors(document):
    return [paragraph.anchor for paragraph in document.paragraphs]


def test_cd_2118_chairs_summary(parsed):
    document = parsed[CD_2118]
    assert len(document.paragraphs) == 40
    assert anchors(document) == (
        ["title", "p1", "p2", "p3", "zai-kuosan-fengxian-he-tiaozhan", "2017-nian-11-yue-2-rizhi-3-ri"]
        + ["1", "2", "3", "4", "5", "5-p1"]
        + [f"5-{letter}" for letter in "abcdefghijklmnopqrs"]
        + ["recommendations"]
        + [f"recommendations-{letter}" for letter in "abcdefgh"]
    )
    paragraph_5 = document.paragraphs[10]
    assert paragraph_5.label == "5."
    assert paragraph_5.text.startswith("因此，讲习班的重点包括：(一) 在考虑第 2325(2016)号决议的前提下为促进执行")
    assert paragraph_5.text.endswith("(五) 前进的道路：促进互动和协调努力。")
    item_f = document.paragraphs[anchors(document).index("5-f")]
    assert (item_f.label, item_f.kind) == ("(f)", "item")
    assert item_f.text.startswith("1540 委员会 2016 年 12 月完成的关于全面审查的报告认为")


def test_cd_2118_metadata_is_detected(parsed):
    description = parsed[CD_2118].description
    assert description.symbol == "CD/2118"
    assert description.date == datetime.date(2018, 2, 19)
    assert description.organ == "裁军谈判会议"
    assert description.doc_type == "note_verbale"
    assert description.original_language == "en"
    assert description.title.startswith("2018年2月1日乌克兰常驻代表团致裁军谈判会议秘书处的普通照会")


def test_s_2010_52_letter_and_annex(parsed):
    document = parsed[S_2010_52]
    assert len(document.paragraphs) == 44
    assert kinds(document) == Counter({"para": 35, "heading": 7, "title": 1, "signature": 1})
    numbered = [p.label for p in document.paragraphs if p.label]
    assert numbered == [f"{n}." for n in range(1, 34)]
    assert anchors(document)[:7] == ["title", "p1", "p2", "signature", "annex", "guanyu-2009-nian-quanmian", "1"]
    signature = document.paragraphs[3]
    assert signature.text == "安全理事会第 1540(2004)号决议所设委员会\n主席\n克劳德·埃列尔(签名)"
    headings = [p.text for p in document.paragraphs if p.kind == "heading"][2:]
    assert headings == [
        "1540 委员会收集执行情况资料的能力",
        "1540 委员会高效和有效的工作方法",
        "促进援助的手段",
        "同国际、区域、次区域和多边机构的合作",
        "1540 委员会的外联",
    ]
    paragraph_12 = document.paragraphs[anchors(document).index("12")]
    assert paragraph_12.section == "1540 委员会收集执行情况资料的能力"
    description = document.description
    assert (description.symbol, description.date, description.doc_type, description.organ) == (
        "S/2010/52",
        datetime.date(2010, 1, 29),
        "letter",
        "安全理事会",
    )


def test_spain_letter_has_no_symbol_and_a_stable_key(parsed):
    document = parsed[SPAIN_LETTER]
    assert (document.key, document.key_from_file_name, document.description.symbol) == ("002-2df1659267c69416", True, "")
    assert document.description.date == datetime.date(2016, 12, 1)
    assert document.description.organ == "安全理事会"  # from the sidecar: not printed in the text
    assert len(document.paragraphs) == 40
    assert [p.anchor for p in document.paragraphs if p.kind == "heading" and p.label] == [
        "sec-i", "sec-ii", "sec-iii", "sec-iv", "sec-v", "sec-vi"
    ]
    footnote = document.paragraphs[-1]
    assert (footnote.anchor, footnote.kind) == ("fn-1", "footnote")
    first = document.paragraphs[anchors(document).index("sec-i-p1")]
    assert "审查报告的结论，¹这些结论将为关于至迟到 2021 年全面执行" in first.text
    assert first.section == "一. 导言"


def test_summary_record_speakers_and_lost_number(parsed):
    document = parsed[SR_74]
    assert len(document.paragraphs) == 63
    numbered = [p.anchor for p in document.paragraphs if p.label]
    assert numbered == [str(n) for n in range(1, 46)]
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["6"].label == "[6]"
    assert (by_anchor["2"].speaker, by_anchor["2"].speaker_affiliation) == ("Sison 女士", "美利坚合众国")
    assert by_anchor["4"].speaker == "Sison 女士"  # the speaker goes on until the next one
    assert (by_anchor["29"].speaker, by_anchor["29"].speaker_affiliation) == ("Rached 先生", "国际刑事警察组织(国际刑警组织)观察员")
    assert (by_anchor["42"].speaker, by_anchor["42"].speaker_affiliation) == ("金垣洙先生", "副秘书长兼裁军事务高级代表")
    assert by_anchor["45"].speaker == "主席"
    assert by_anchor["34"].text.endswith("否则许多国家的政府就不能有效执行各项政策。")
    assert document.paragraphs[-1].text == "下午5时10分散会。"
    assert document.description.symbol == "S/AC.44/SR.74"
    assert document.description.doc_type == "summary_record"
    assert "第74次会议简要记录" in document.description.title


def test_a_74_140_country_replies(parsed):
    document = parsed[A_74_140]
    assert len(document.paragraphs) == 136
    assert [p.label for p in document.paragraphs if p.label and p.kind == "para"] == ["1.", "2.", "3.", "4."]
    by_anchor = {p.anchor: p for p in document.paragraphs}
    assert by_anchor["guba"].kind == "heading"
    assert (by_anchor["guba-p1"].kind, by_anchor["guba-p1"].text) == ("note", "[原件：西班牙文]")
    assert by_anchor["guba-p3"].section == "二. 从各国政府收到的回复 › 古巴"
    assert [by_anchor[f"duliguojia-lianheti-p{n}"].label for n in (7, 8, 9)] == ["•", "•", "•"]
    assert document.description.symbol == "A/74/140"
    assert document.description.title == "防止恐怖分子获取大规模毁灭性武器的措施：秘书长的报告"
    assert len([p for p in document.paragraphs if p.links]) == 12  # one per block of link lines


def test_no_page_furniture_or_links_leak_into_any_text(parsed):
    for document in parsed.values():
        for paragraph in document.paragraphs:
            for debris in ("16-10499", "510-22570", "19-11880", "undocs.org", "Original:", "$S_", "**"):
                assert debris not in paragraph.text, (document.source_name, paragraph.anchor)


def test_traditional_characters_and_one_paragraph_per_line():
    from archive.pipeline import parse_text

    text = "聯合國安全理事會第1540(2004)號決議\n各國應採取有效措施，防止非國家行為者獲取大規模毀滅性武器。\n安全理事會決定繼續處理此案。\n"
    document = parse_text(text, "web-page.txt")
    assert document.description.language == "zh-Hant"
    assert [(p.anchor, p.kind) for p in document.paragraphs] == [("title", "title"), ("p1", "para"), ("p2", "para")]
    assert document.key == "web-page"
