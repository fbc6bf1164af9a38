"""Citation forms as UN documents cite paragraphs (docs/citations.md): numbered text by its own
numbers, unnumbered text by section, heading and position; short and full, in both languages."""
import pytest

from archive.cite import cite_paragraph, ordinal, short_title
from archive.models import Document, Paragraph
from unref.numerals import chinese_numeral

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def forms(path, anchor):
    paragraph = Paragraph.objects.select_related("document").get(document__symbol=path, anchor=anchor) if "/" in path else (
        Paragraph.objects.select_related("document").get(document__key=path, anchor=anchor)
    )
    citation = cite_paragraph(paragraph)
    return citation.plain("zh"), citation.plain("en")


@pytest.mark.parametrize(
    "path, anchor, chinese, english",
    [
        ("CD/2118", "5-f", "CD/2118，第5(f)段", "CD/2118, para. 5 (f)"),
        ("S/2010/52", "12", "S/2010/52，第12段", "S/2010/52, para. 12"),
        ("S/AC.44/SR.74", "6", "S/AC.44/SR.74，第6段", "S/AC.44/SR.74, para. 6"),
        ("A/74/140", "yindu-p9", "A/74/140，第二节“印度”第9段", "A/74/140, sect. II (印度), 9th paragraph"),
        ("A/74/140", "sec-iii-p2", "A/74/140，第三节第2段", "A/74/140, sect. III, 2nd paragraph"),
        ("A/74/140", "sec-i", "A/74/140，第一节标题", "A/74/140, sect. I, heading"),
        ("A/74/140", "yindu", "A/74/140，小标题“印度”", "A/74/140, heading “印度”"),
        ("CD/2118", "recommendations-a", "CD/2118，“建议”下(a)分段", "CD/2118, under “建议”, subpara. (a)"),
        ("CD/2118", "5-p1", "CD/2118，第5段后第1段", "CD/2118, 1st paragraph after para. 5"),
        ("CD/2118", "p3", "CD/2118，第3个未编号段落", "CD/2118, 3rd unnumbered paragraph"),
        ("S/AC.44/SR.74", "conclusion-of-the-review-p3", "S/AC.44/SR.74，“审查结束”下第3段", "S/AC.44/SR.74, under “审查结束”, 3rd paragraph"),
        ("S/2010/52", "title", "S/2010/52，标题", "S/2010/52, title"),
    ],
)
def test_short_forms(path, anchor, chinese, english):
    assert forms(path, anchor) == (chinese, english)


def test_a_document_without_a_symbol_is_cited_by_its_title_never_its_key():
    chinese, english = forms("002-2df1659267c69416", "sec-i-p1")
    assert chinese == "“2016年12月1日西班牙常驻联合国代表给秘书长的信”，第一节第1段"
    assert english == "“2016年12月1日西班牙常驻联合国代表给秘书长的信”, sect. I, 1st paragraph"


def test_full_forms_carry_the_whole_title_and_date():
    """A full citation pastes into a briefing as it is: never a title cut inside its own quotation
    marks (`…“在扩散风险和挑战不断变化的背景下促…` left the “ open)."""
    citation = cite_paragraph(Paragraph.objects.select_related("document").get(document__symbol="CD/2118", anchor="5-f"))
    title = (
        "2018年2月1日乌克兰常驻代表团致裁军谈判会议秘书处的普通照会，其中转交2017年11月2日至3日在基辅(乌克兰)"
        "举行的“在扩散风险和挑战不断变化的背景下促进有效执行第1540(2004)号决议”国际讲习班的主席摘要"
    )
    assert citation.zh_full[0] == title
    assert citation.plain("zh_full") == f"{title}（CD/2118），2018年2月19日，第5(f)段"
    assert citation.plain("en_full") == f"{title} (CD/2118), 19 February 2018, para. 5 (f)"


def test_a_shortened_title_closes_the_marks_it_opened():
    document = Document(title="关于“在扩散风险和挑战不断变化的背景下促进有效执行第1540(2004)号决议”的《" + "长" * 90 + "》报告")
    shortened = short_title(document)
    assert shortened == "关于“在扩散风险和挑战不断变化的背景下促进有效执行第1540(2004)号决议”的《" + "长" * 37 + "…》"
    assert len(shortened) == 81


def test_document_words_in_a_citation_are_marked_as_document_text():
    citation = cite_paragraph(Paragraph.objects.select_related("document").get(document__symbol="A/74/140", anchor="yindu-p9"))
    assert citation.html("en") == 'A/74/140, sect. II (<span class="doc-text" lang="zh-Hans">印度</span>), 9th paragraph'


def test_every_paragraph_has_a_citation_without_its_anchor():
    """Anchors such as `yindu-p9` or `sec-iii-p3` are URLs, not the document's numbering."""
    for paragraph in Paragraph.objects.select_related("document").exclude(label__regex=r"^\[?\d+\.?\]?$"):
        chinese, english = cite_paragraph(paragraph).plain("zh"), cite_paragraph(paragraph).plain("en")
        assert paragraph.anchor not in chinese.split("，", 1)[1], chinese
        assert "¶" not in chinese + english


@pytest.mark.parametrize("number, chinese", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (34, "三十四")])
def test_chinese_section_numerals(number, chinese):
    assert chinese_numeral(number) == chinese


@pytest.mark.parametrize("number, english", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (112, "112th")])
def test_english_ordinals(number, english):
    assert ordinal(number) == english


def test_search_hits_cite_in_the_interface_language_with_its_punctuation(client):
    import re

    where = r'<p class="where"><a href="([^"]*)">(.*?)</a>'
    chinese = re.findall(where, client.get("/search/?q=禁化武组织").content.decode())
    english = re.findall(where, client.get("/en/search/?q=禁化武组织").content.decode())
    assert ("/documents/CD/2118/#3", "CD/2118，第3段") in chinese
    assert ("/documents/A/74/140/#sec-iii-p10", "A/74/140，第三节第10段") in chinese
    assert ("/en/documents/CD/2118/#3", "CD/2118, para. 3") in english
    assert ("/en/documents/A/74/140/#sec-iii-p10", "A/74/140, sect. III, 10th paragraph") in english
    assert len(chinese) == len(english) == 9 and not [label for _, label in english if "，" in label]


def test_statements_and_second_degree_subparagraphs():
    """Forms no sample document needs: an unnumbered speaker's statement, a paragraph 5 (f) (ii)."""
    from archive.models import Document

    document = Document.objects.create(key="x-1", symbol="S/PV.9999", source_file="x.txt", source_sha256="0")
    rows = [
        ("heading", "", "conclusion", "", ""),
        ("para", "", "conclusion-p1", "审查结束", "甲先生"),
        ("para", "", "conclusion-p2", "审查结束", "乙女士"),
        ("para", "", "conclusion-p3", "审查结束", "乙女士"),
        ("para", "5.", "5", "审查结束", ""),
        ("item", "(f)", "5-f", "审查结束", ""),
        ("item", "(ii)", "5-f-ii", "审查结束", ""),
    ]
    for position, (kind, label, anchor, section, speaker) in enumerate(rows, start=1):
        document.paragraphs.create(ordinal=position, kind=kind, label=label, anchor=anchor, section=section, speaker=speaker, text="审查结束" if kind == "heading" else "……", content_hash=str(position))
    assert forms("S/PV.9999", "conclusion-p3") == (
        "S/PV.9999，“审查结束”下乙女士发言第2段",
        "S/PV.9999, under “审查结束”, statement by 乙女士, 2nd paragraph",
    )
    assert forms("S/PV.9999", "5-f-ii") == ("S/PV.9999，第5(f)(ii)段", "S/PV.9999, para. 5 (f) (ii)")
