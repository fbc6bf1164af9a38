"""Every cleaning trap the corpus shows (page furniture, wrapped lines, CJK spacing, link lines, debris), each on a real snippet from the fixtures."""
import sys
import unicodedata
from pathlib import Path

import pytest

from archive.pipeline import UnreadableFile, parse_text
from archive.pipeline.cleaning import (
    COVER,
    FURNITURE,
    LINK,
    RULE,
    SEPARATORS,
    TEXT,
    classify_lines,
    normalise_unicode,
    remove_layout_spaces,
    repair_debris,
)
from archive.pipeline.splitting import (
    DATE_LINE,
    is_closed,
    join_lines,
    salutation,
    split_blocks,
)
from tests.conftest import FIXTURES

ALIGNMENT = Path(__file__).resolve().parents[1] / "alignment" / "texts"


def kinds(text):
    return [(line.text, line.kind) for line in classify_lines(text) if line.kind != "blank"]


def paragraphs(text):
    return [(block.label, block.text) for block in split_blocks(classify_lines(text))]


def test_job_numbers_and_page_counters_are_furniture():
    assert kinds("16-10499 (C) 3/8\n\n510-22570 (C) \n\n19-11880 4/16 \n3/8") == [
        ("16-10499 (C) 3/8", FURNITURE),
        ("510-22570 (C)", FURNITURE),
        ("19-11880 4/16", FURNITURE),
        ("3/8", FURNITURE),
    ]


def test_a_lone_symbol_is_a_running_header():
    text = "所采取的措施。 \n\nA/74/140   \n\n \n\n19-11880 4/16 \n\n  萨尔瓦多 \n"
    assert kinds(text)[1:3] == [("A/74/140", FURNITURE), ("19-11880 4/16", FURNITURE)]


def test_the_cd_cover_block_is_set_aside_but_read_for_metadata():
    text = (
        " 顺致最崇高的敬意。 \n\n  \n\n \n CD/2118 \n\n裁军谈判会议  \n19 February 2018 \n\nChinese  \n\n"
        "Original: English \n   “在扩散风险和挑战不断变化的背景下促进有效执行 \n"
    )
    assert [kind for _, kind in kinds(text)] == [TEXT, COVER, COVER, COVER, COVER, COVER, TEXT]
    parsed = parse_text(text, "cd.txt")
    assert (parsed.description.symbol, parsed.description.date.isoformat(), parsed.description.original_language) == (
        "CD/2118",
        "2018-02-19",
        "en",
    )
    assert all("February" not in p.text and "CD/2118" not in p.text for p in parsed.paragraphs)


def test_hyperlink_lines_become_links_of_the_paragraph_not_text():
    text = (
        " 在审查所涉期间，各国采取了更多具有法律约束力的措施。尽管在衡算、保安和出口管制措施\n\n"
        "http://undocs.org/ch/S/RES/1540(2004)\nhttp://undocs.org/ch/S/RES/1540(2004)\n"
        " 上取得了一些进展，但许多国家显然仍须作出重大努力。 \n"
    )
    assert kinds(text)[1] == ("http://undocs.org/ch/S/RES/1540(2004)", LINK)
    [block] = split_blocks(classify_lines(text))
    assert block.text == "在审查所涉期间，各国采取了更多具有法律约束力的措施。尽管在衡算、保安和出口管制措施上取得了一些进展，但许多国家显然仍须作出重大努力。"
    assert block.links == ["http://undocs.org/ch/S/RES/1540(2004)", "http://undocs.org/ch/S/RES/1540(2004)"]


def test_footnotes_after_the_rule_and_glued_markers():
    source = (FIXTURES / "002_2df1659267c69416.txt").read_text(encoding="utf-8").split("\n")
    text = "\n".join(source[37:101])  # section I's first paragraph, to the footnote and its links
    assert ("__________________", RULE) in kinds(text)
    blocks = split_blocks(classify_lines(text))
    first, footnote = blocks[0], blocks[-1]
    assert "审查报告的结论，¹这些结论将为关于至迟到 2021 年全面执行第 1540(2004)号决议的全球议程提供基础" in first.text
    assert first.text.endswith("届时安理会目前采用的体制安排将到期。")
    assert (footnote.kind, footnote.label) == ("footnote", "1")
    assert footnote.text.startswith("安全理事会第 1977(2011)号决议注意到")
    assert footnote.text.endswith("并要求第 1540(2004)号决议所设委员会在 2016 年 12 月之前全面审查第 1540(2004)号决议的执行情况，包括在必要时对任务的调整提出建议。")
    assert [block.kind for block in blocks] == ["para", "para", "heading", "para", "para", "footnote"]


def test_conversion_debris_is_repaired():
    assert repair_debris("联合国 $S_{AC.44/SR.74}$") == "联合国 S/AC.44/SR.74"
    assert repair_debris("- 2. **Sison** 女士(美利坚合众国)") == "- 2. Sison 女士(美利坚合众国)"
    [(label, text)] = paragraphs("- 9. 会议主持人 **Cupitt 先生**(美利坚合众国)请与会者 发表见解。")
    assert (label, text) == ("9.", "会议主持人 Cupitt 先生(美利坚合众国)请与会者发表见解。")
    office = '吴海涛大使在2013年裁谈会一期会全会上的发言<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
    assert repair_debris(office) == "吴海涛大使在2013年裁谈会一期会全会上的发言"
    assert repair_debris("主席先生:<o:p></o:p>") == "主席先生:"
    stamp = "文章源自英文巴士-https://www.en84.com/3783.html"
    assert repair_debris(f"2017年9月20日,纽约联合国总部{stamp}") == "2017年9月20日,纽约联合国总部"
    assert repair_debris(f"Mr. President,{stamp}") == "Mr. President,"
    assert repair_debris("文章源自联合国网站") == "文章源自联合国网站"  # words, not a stamp
    assert repair_debris("第1540(2004)号决议 <b>") == "第1540(2004)号决议 <b>"  # the author's markup is text, shown escaped


def test_layout_spaces_between_chinese_characters_go_and_typographic_ones_stay():
    assert remove_layout_spaces("委员会向 安全理事会作了公开通报会、委员会建立了很好的网 站") == "委员会向安全理事会作了公开通报会、委员会建立了很好的网站"
    assert remove_layout_spaces("网站目前正在重新设计, 以提供") == "网站目前正在重新设计,以提供"
    assert remove_layout_spaces("执行第 1540(2004)号决议") == "执行第 1540(2004)号决议"
    assert remove_layout_spaces("Brian Finley 和 DHL 首席执行官") == "Brian Finley 和 DHL 首席执行官"


def test_wrapped_lines_join_without_spaces_in_chinese_and_with_one_in_latin():
    assert join_lines("以确保有效执行第 1540(2004)号决", "议，乌克兰") == "以确保有效执行第 1540(2004)号决议，乌克兰"
    assert join_lines("行动(Operation Cosmo", "2)，并利用") == "行动(Operation Cosmo 2)，并利用"
    assert join_lines("关于“应对使用化学武器的威胁”的 C-", "SS-4/DEC.3 号决定") == "关于“应对使用化学武器的威胁”的 C-SS-4/DEC.3 号决定"
    assert join_lines("这些结论将为关于至迟到 2021", "年全面执行") == "这些结论将为关于至迟到 2021 年全面执行"


def test_a_blank_line_inside_a_sentence_does_not_split_it():
    text = (
        "1. 联合国安全理事会 2004 年 4 月 28 日一致通过的第 1540(2004)号决议列举了\n\n"
        "国际上为不扩散做出的努力。这是安全理事会第一次通过正式决定为不扩散问题\n\n"
        "增加一个新的方面，处理防止核武器、化学和生物武器及其运载工具扩散至包括\n\n"
        "恐怖分子在内的非国家行为者，以及防止这类行为者滥用相关材料的问题。 \n\n"
        "2. 鉴于科学、技术和国际商业的快速进步以及更多恐怖主义威胁导致的扩散风\n\n"
        "险越来越大。 \n"
    )
    assert [label for label, _ in paragraphs(text)] == ["1.", "2."]


def web_copy(name):
    """A real web copy from the alignment set (tests/alignment/README.md), split by the archive."""
    return [(block.kind, block.label, block.text) for block in split_blocks(classify_lines((ALIGNMENT / f"{name}.txt").read_text(encoding="utf-8")))]


def test_in_a_web_copy_an_english_heading_stands_apart_from_the_paragraph_under_it():
    """One paragraph a line: an English heading takes more cells than a Chinese one."""
    message = web_copy("07_sg_message_nuclear_tests_day_2018.en")
    assert message[2] == ("heading", "", "Secretary-General's Message on International Day Against Nuclear Tests")
    assert message[3][2].startswith("The history of nuclear testing is one of suffering")
    law = [text for _, _, text in web_copy("05_a55_56_mongolia_letter_annex.en")]
    article = law.index("Article 2. Legislation on Mongolia's nuclear-weapon-free status")
    assert law[article + 1].startswith("2.1 The legislation on Mongolia")


def test_a_label_on_a_line_of_its_own_opens_the_paragraph_on_the_next():
    resolution = web_copy("04_ares50_72a_conference_on_disarmament.en")
    assert ("heading", "", "A Report of the Conference on Disarmament") in resolution
    text = "一.\n\n结论和建议\n\n1. 委员会审议了国家报告。\n\n(c)\n\n加强出口管制。\n\n2. 委员会将继续工作。\n"
    assert paragraphs(text) == [("一.", "结论和建议"), ("1.", "委员会审议了国家报告。"), ("(c)", "加强出口管制。"), ("2.", "委员会将继续工作。")]


def test_adoption_lines_stand_apart_with_or_without_the_comma_and_in_chinese_numerals():
    english = web_copy("02_sres612_chemical_weapons.en")
    assert english[1:3] == [
        ("note", "", "Adopted by the Security Council at its 2812th meeting on 9 May 1988"), ("para", "", "The Security Council,")]
    assert web_copy("01_sres20_atomic_energy.zh")[-3] == ("note", "", "第一一七次會議一致通過。")


def test_a_salutation_on_a_line_of_its_own_opens_a_paragraph_after_a_long_heading():
    """A statement's heading, longer than a heading usually is, ran on into `主席先生，`: the
    salutation opens the speech, whatever precedes it. What follows it is left to the other
    rules (after `主席先生：` a lead such as `建议：` is, a heading)."""
    chinese = "常驻联合国代表马朝旭大使在安理会工作方法问题公开辩论会上的发言\n\n主席先生,\n\n今天是我首次出席安理会正式会议并发言。\n"
    assert [(block.kind, block.text) for block in split_blocks(classify_lines(chinese))] == [
        ("title", "常驻联合国代表马朝旭大使在安理会工作方法问题公开辩论会上的发言"), ("para", "主席先生,"),
        ("para", "今天是我首次出席安理会正式会议并发言。")]
    english = ("Statement by Ambassador Liu Jieyi, Permanent Representative of China to the United Nations and President of "
               "the Security Council in November 2013\n\nMr. President,\n\nFirst of all, I would like to congratulate you.\n")
    assert [text[:16] for _, text in paragraphs(english)] == ["Statement by Amb", "Mr. President,", "First of all, I "]
    assert [(block.kind, block.text) for block in split_blocks(classify_lines("发言\n\n主席先生:\n\n首先,我感谢你。\n"))][1] == (
        "heading", "主席先生:")
    assert paragraphs("各位来宾,\n各位同事,\n当前,世界大变局加速演进。\n") == [("", "各位来宾,"), ("", "各位同事,当前,世界大变局加速演进。")]


def test_a_note_mark_after_a_full_stop_ends_the_line_of_a_web_copy_and_the_note_follows():
    """S/RES/396 on zh.wikisource: the adoption line ends in its note mark, the note follows."""
    text = "2.确信定能以最高效率和最少费用维持紧急部队。\n\n第一九六四次会议以十三票对零票通过。 1\n\n1 两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。\n"
    assert paragraphs(text) == [
        ("2.", "确信定能以最高效率和最少费用维持紧急部队。"), ("", "第一九六四次会议以十三票对零票通过。 1"),
        ("", "1 两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。")]

def test_a_sentence_carried_over_a_page_break_stays_one_paragraph():
    text = (
        "- 13. 对工商业进行外联的一项裨益是,这项工作提供了一个机会,可据此了解在实地执行第1540(2004)号决议中有何种障\n\n"
        "16-10499 (C) 3/8\n\n"
        "- 碍。学术界和民间社会也可以向全面审查进程提供宝贵的见解投入。\n"
        "- 14. 大韩民国还希望鼓励委员会。\n"
    )
    assert paragraphs(text) == [
        ("13.", "对工商业进行外联的一项裨益是,这项工作提供了一个机会,可据此了解在实地执行第1540(2004)号决议中有何种障碍。学术界和民间社会也可以向全面审查进程提供宝贵的见解投入。"),
        ("14.", "大韩民国还希望鼓励委员会。"),
    ]


def test_an_inline_enumeration_that_wrapped_onto_a_new_line_stays_in_its_paragraph():
    text = (
        "5. 因此，讲习班的重点包括：(一) 在考虑第 2325(2016)号决议的前提下为促\n\n"
        "进执行第 1540(2004)号决议开展协调努力的重要性；(二) 在当前科学、技术和国\n\n"
        "际商业发展背景下面对的挑战；(三) 加强化学、生物和核安全—有效的做法；\n\n"
        "(四) 1540 委员会、联合国和欧安组织在执行第 1540(2004)号决议方面发挥的作\n\n"
        "用：学到的教益、当前事态以及未来前景；(五) 前进的道路：促进互动和协调\n\n努力。 \n"
    )
    [(label, text)] = paragraphs(text)
    assert label == "5." and "(四) 1540 委员会" in text and text.endswith("促进互动和协调努力。")


def test_a_list_after_an_open_lead_in_and_a_blank_line_is_items_of_its_own():
    """A report's web copy (tests/alignment3, 03): the lead-in ends without punctuation, each item
    after a blank line; the labels continue the numbering, so they are not an enumeration that
    wrapped. Without the blank line, the wrapped enumeration above still stays in its paragraph."""
    text = ("55. 如果大会授权秘书长于 2019 年开始实施项目,应立即进行的下一步工作\n\n"
            "(a) 进行牵头咨询公司服务包括建筑师、工程师和专家在内的的招标工作,以便在 2019 年初启动设计阶段;\n\n"
            "(b) 征聘专职项目管理小组成员(一名建筑师和一名行政助理),于 2019 年 1\n\n"
            "(c) 着手为额外需要的现场周转空间进行范围定义和设计;\n\n"
            "(d) 与所有项目利益攸关方举行协调会议,以审查北楼项目各个必要阶段;\n")
    assert [label for label, _ in paragraphs(text)] == ["55.", "(a)", "(b)", "(c)", "(d)"]


def test_a_letters_english_title_stands_apart_and_a_sentence_may_end_in_a_year():
    """The UN's title of a communication has no full stop and is longer than a heading is taken
    to be: it stands alone (the document's title) instead of running into the first paragraph
    (tests/alignment3, 01). A full stop after a figure ends a sentence of words, not after a
    label or `para. 3`."""
    letter = (ALIGNMENT.parent.parent / "alignment3" / "texts" / "01_s2007_kfor_monthly_report_letter_annex.en.txt").read_text(encoding="utf-8")
    assert [(block.kind, block.text[:20]) for block in split_blocks(classify_lines(letter))][:7] == [
        ("title", "Letter dated 1 Febru"), ("para", "Pursuant to Security"), ("para", "I should be grateful"),
        ("signature", "(Signed) Ban Ki-moon"), ("heading", "Monthly report to th"), ("para", "This report covers t"),
        ("para", "As at 27 November 20")]
    assert is_closed("This report covers the period from 1 to 30 November 2006.")
    assert not is_closed("as set out in para. 3.") and not is_closed("Annex 2.")


def test_a_statement_s_date_line_and_its_salutation_stand_apart_in_a_short_web_copy():
    """A bilingual statement page (tests/alignment4, 02): four lines, two of them long, read as a
    wrapped layout; the date under the title and the salutation before a blank line still stand
    alone. Without the blank line a salutation runs on, as in test_a_salutation_on_a_line_…"""
    chinese = ("常驻联合国代表团临时代办吴海涛大使在安理会防扩散问题公开会上的发言\n\n2018年1月8日\n\n主席先生,\n\n"
               "中方赞赏哈萨克斯坦倡议召开安理会防扩散问题公开会,欢迎纳扎尔巴耶夫总统阁下主持会议,感谢古特雷斯秘书长所作通报。\n")
    assert [(block.kind, block.text[:8]) for block in split_blocks(classify_lines(chinese))] == [
        ("title", "常驻联合国代表团"), ("heading", "2018年1月8"), ("para", "主席先生,"), ("para", "中方赞赏哈萨克斯")]
    english = ("Statement by Ambassador Wu Haitao at the Security Council Briefing on Non-proliferation of Weapons of Mass "
               "Destruction\n\n8 January 2018\n\nMr. President,\n\nChina appreciates Kazakhstan's initiative to convene "
               "today's Security Council meeting on non-proliferation. China thanks His Excellency President Nazarbayev.\n")
    assert [text[:12] for _, text in paragraphs(english)] == ["Statement by", "8 January 20", "Mr. Presiden", "China apprec"]


def test_a_date_line_with_the_place_it_was_given_at_stands_apart_from_the_title():
    """A statement's web copy (tests/alignment6, 05): the date under the title carries the place
    after a comma, `2016年11月28日,海牙` / `28 November 2016, The Hague`, and still stands alone; a
    sentence that opens with a date does not."""
    chinese = ("中国代表团团长吴恳大使在《禁止化学武器公约》第21届缔约国大会一般性辩论中的发言\n\n2016年11月28日,海牙\n\n"
               "主席先生:\n\n首先,请允许我代表中国代表团对你当选缔约国大会主席表示祝贺。\n")
    assert [text[:6] for _, text in paragraphs(chinese)] == ["中国代表团团", "2016年1", "主席先生:", "首先,请允许"]
    english = ("Statement by Ambassador Wu Ken at the General Debate of the 21st Session of the Conference of the States "
               "Parties\n\n28 November 2016, The Hague\n\nMr. Chairman,\n\nPlease allow me to congratulate you.\n")
    assert [text[:12] for _, text in paragraphs(english)] == ["Statement by", "28 November ", "Mr. Chairman", "Please allow"]
    assert not DATE_LINE.match("2016年11月28日,安理会一致通过第2325号决议。")
    assert not DATE_LINE.match("28 November 2016, the Council adopted resolution 2325")


def test_a_statement_s_heading_lines_stand_apart_after_a_blank_line():
    """A minister's statement in a bilingual web copy (tests/alignment6, 01): under the title, what
    the statement is and who gave it open paragraphs of their own in English, as the Chinese prints
    them; inside a wrapped paragraph (no blank line) `H.E.` opening a line goes on the sentence."""
    english = ("Working Together to Fulfill Our Noble Responsibility for Common Peace and Security\n\n"
               "Statement at the Security Council Open Debate on the Maintenance of International Peace and Security\n\n"
               "H.E. Wang Yi, State Councilor and Foreign Minister of the People's Republic of China\n\n26 September 2018\n\n"
               "Mr. President,\n\nSafeguarding world peace and security is the primary responsibility of the Security Council.\n")
    assert [text[:12] for _, text in paragraphs(english)] == [
        "Working Toge", "Statement at", "H.E. Wang Yi", "26 September", "Mr. Presiden", "Safeguarding"]
    wrapped = ("The Council heard briefings from the Secretary-General, from the High Representative and from\n"
               "H.E. Mr. John Smith, who spoke on behalf of the group of States that had requested the meeting\n"
               "and who stressed the need for a prompt and full implementation of the measures decided today.\n")
    assert [text[:12] for _, text in paragraphs(wrapped)] == ["The Council "]


def test_the_organ_opening_a_resolution_stands_apart_from_a_title_without_a_full_stop():
    """A General Assembly resolution's web copy (tests/alignment5, 01): its title ends without a
    full stop, and `The General Assembly,` ran into it across the blank line; on a line of its own
    with its comma, the organ opens the text in either language."""
    english = ("51/43. Conclusion of effective international arrangements to assure non-nuclear-weapon States against "
               "the use or threat of use of nuclear weapons\n\nThe General Assembly,\n\nBearing in mind the need to allay "
               "the legitimate concern of the States of the world with regard to ensuring lasting security for their peoples,\n")
    assert [text[:16] for _, text in paragraphs(english)] == ["51/43. Conclusio", "The General Asse", "Bearing in mind "]
    chinese = "关于保证不对无核武器国家使用或威胁使用核武器的有效国际安排\n\n大会，\n\n考虑到必须消除世界各国在确保其国民持久安全方面的合理关切，\n"
    assert [text[:4] for _, text in paragraphs(chinese)] == ["关于保证", "大会，", "考虑到必"]


def test_a_lost_paragraph_number_is_supplied_in_brackets():
    text = (
        "- 5. 本次全面审查应考虑各国如何能加强透明度。\n"
        "- Rosenthal 先生(专家)在发言的同时放映了数码 幻灯片,他说,透明度和媒体外联可采用各种渠道。\n"
        "- 7. 大学和工商业界举办了一些活动。\n"
        "- 8. 最后,尽管第 1540(2004)号决议已经得到广泛了解。\n"
    )
    assert [label for label, _ in paragraphs(text)] == ["5.", "[6]", "7.", "8."]


def numbered_document(count, wrap=None):
    """A document numbered 1…count; with `wrap`, each paragraph is wrapped at that many characters."""
    paragraphs = []
    for n in range(1, count + 1):
        text = f"{n}. 委员会审议了第 {n} 项国家报告，并请各国继续执行第1540(2004)号决议的各项规定，加强出口管制措施。"
        lines = [text[i : i + wrap] for i in range(0, len(text), wrap)] if wrap else [text]
        paragraphs.append("\n".join(lines))
    return "S/2099/1\n\n" + "\n\n".join(paragraphs) + "\n"


def test_paragraphs_numbered_from_1000_up_are_numbered_paragraphs():
    for wrap in (None, 30):
        document = parse_text(numbered_document(2120, wrap), "long.txt")
        numbered = [p for p in document.paragraphs if p.kind == "para"]
        assert [p.anchor for p in numbered] == [str(n) for n in range(1, 2121)], wrap
        assert [p.label for p in numbered][998:1001] == ["999.", "1000.", "1001."]
        assert max(len(p.text) for p in document.paragraphs) < 80


def test_unicode_normalisation_drops_every_control_format_and_unassigned_character_and_keeps_the_rest():
    """The quick path (nothing to drop) and the character-by-character one agree: SEPARATORS is
    exactly Unicode's category Z but the plain space."""
    assert set(SEPARATORS) == {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c))[0] == "Z"} - {" "}
    clean = "委员会\u3000审议了\t国家报告，\u00a0第1540(2004)号决议\n"
    assert normalise_unicode(clean) == clean
    assert normalise_unicode("委员\u200b会\x07审议\ufeff了\U000e0001\uf8ff\u0378\n") == "委员会审议了\n"
    assert normalise_unicode("e\u0301") == "é"


def test_several_salutations_on_a_line_open_their_paragraph_and_a_date_line_may_name_its_place_first():
    """A minister's address (tests/alignment6, 03): the Chinese addresses the chair and the
    Secretary-General on one line, the delegates and the audience on the next, and each line is a
    paragraph, as one salutation is; the English names the place before the date."""
    chinese = ("外交部长在日内瓦裁军谈判会议上的讲话\n\n2009年8月12日\n\n主席女士,秘书长先生,\n\n各位代表,女士们,先生们:\n\n"
               "我很高兴到裁军谈判会议讲话。\n")
    assert [text[:6] for _, text in paragraphs(chinese)] == ["外交部长在日", "2009年8", "主席女士,秘", "各位代表,女", "我很高兴到裁"]
    english = ("Address by the Minister of Foreign Affairs At the Conference on Disarmament\n\nGeneva, 12 August 2009\n\n"
               "Madam President,\n\nMr. Secretary-General,\n\nIt gives me great pleasure to address the Conference.\n")
    assert [text[:12] for _, text in paragraphs(english)] == [
        "Address by t", "Geneva, 12 A", "Madam Presid", "Mr. Secretar", "It gives me "]
    assert not DATE_LINE.match("Geneva, the Council met on 12 August 2009")
    assert salutation("主席女士,秘书长先生,") == salutation("Madam President, Mr. Secretary-General,") == "chair"
    assert salutation("朋友们,我们说了这件事,各位代表都同意。") is None


def test_a_title_with_the_comma_of_a_date_written_month_first_stands_apart():
    """A press conference's English copy (tests/alignment6, 06): its title prints `July 23, 2024`;
    that comma ends no clause, and the title stays apart from the answer under it."""
    english = ("Foreign Ministry Spokesperson's Regular Press Conference on July 23, 2024\n\n"
               "With the deterioration of the global strategic security environment, China has submitted four papers.\n")
    assert [text[:12] for _, text in paragraphs(english)] == ["Foreign Mini", "With the det"]
    assert [text[:12] for _, text in paragraphs("The Council met, and adopted it\n\nThen it rose.\n")] == ["The Council "]


def test_a_web_copy_s_first_chinese_line_ends_at_a_blank_line():
    """A Hong Kong release (tests/alignment28, 04; Big5's colon `︰` read as the colon it is): the
    headline, then the salutation ending in a colon, then the speech, each its own paragraph."""
    chinese = ("保安局局長致辭全文\n\n華圖斯夫人、各位嘉賓、各位先生、女士︰\n\n"
               "首先,我要多謝香港扶輪社邀請我參加今日的午餐會。\n")
    assert [text for _, text in paragraphs(chinese)] == [
        "保安局局長致辭全文", "華圖斯夫人、各位嘉賓、各位先生、女士：", "首先,我要多謝香港扶輪社邀請我參加今日的午餐會。"]
    headline = "特別組織讚揚金管局和銀行業在打擊洗錢和恐怖分子資金籌集風險的工作\n\n下稿代香港金融管理局發出︰\n\n財務行動特別組織今日發表報告。\n"
    assert [text[:6] for _, text in paragraphs(headline)] == ["特別組織讚揚", "下稿代香港金", "財務行動特別"]


def test_a_short_web_copy_is_no_wrapped_text_and_an_annex_label_stands_apart():
    """An annex in a bilingual page (tests/alignment7, 02): four lines, two of like length, once read
    as a wrapped layout, which ran the annex label, the statement's title and its text together.
    A wrapped text breaks several lines mid-sentence at its margin; this one, one (the title)."""
    chinese = "谢谢。\n\n附件37\n\n利比亚国外交部长穆罕默德•西亚拉先生的发言\n\n主席先生,我们今天纪念联合国成立75周年。\n"
    assert [text for _, text in paragraphs(chinese)] == [
        "谢谢。", "附件37", "利比亚国外交部长穆罕默德•西亚拉先生的发言", "主席先生,我们今天纪念联合国成立75周年。"]



def test_a_heading_in_capitals_stands_apart_after_a_blank_line_and_a_sentence_may_end_in_an_isotope():
    """A treaty's English as a blog prints it (tests/alignment9, 01): lines wrapped at a margin,
    a heading in capitals, a blank line, the chapeau; the heading had run into the chapeau.
    The IAEA's English (02): `…enriched up to 60% U-235.` ends its paragraph."""
    treaty = (ALIGNMENT.parent.parent / "alignment9" / "texts" / "01_cwc_articles_1_and_2_excerpt.en.txt").read_text(encoding="utf-8")
    assert [(block.kind, block.text[:24]) for block in split_blocks(classify_lines(treaty))][1:5] == [
        ("para", "Each State Party underta"), ("heading", "DEFINITIONS AND CRITERIA"),
        ("para", "For the purposes of this"), ("para", "\"Chemical Weapons\" means")]
    assert is_closed("one of the plants at which Iran was producing uranium enriched up to 60% U-235.")
    assert is_closed("The share of exports fell by 60%.") and not is_closed("see Annex 2.")


def test_a_first_line_wholly_in_brackets_without_a_figure_is_a_remark_not_the_title():
    """`(发言要点)` (speaking points) opens the IAEA's Chinese page (tests/alignment9, 02); a symbol
    or a date in brackets is no remark."""
    assert [(block.kind, block.text) for block in split_blocks(classify_lines("(发言要点)\n\n主席女士:\n\n原子能机构随时准备响应。\n"))][:2] == [
        ("note", "(发言要点)"), ("heading", "主席女士:")]
    assert split_blocks(classify_lines("(外发[2001]18号)\n\n双方重申支持核安保。\n"))[0].kind == "title"


def test_a_heading_in_capitals_over_several_lines_is_one_block():
    """A 1972 letter's English (tests/alignment8, 04) names the committee in capitals over five
    lines, which the Chinese prints on one: one block, so that the two pair."""
    letter = (ALIGNMENT.parent.parent / "alignment8" / "texts" / "04_letter_china_special_committee_hong_kong_macau_1972.en.txt").read_text(encoding="utf-8")
    texts = [block.text for block in split_blocks(classify_lines(letter))]
    assert "UNITED NATIONS GENERAL ASSEMBLY" in texts
    assert ("SPECIAL COMMITTEE ON THE SITUATION WITH REGARD TO THE IMPLEMENTATION OF THE DECLARATION ON THE "
            "GRANTING OF INDEPENDENCE TO COLONIAL COUNTRIES AND PEOPLES") in texts


def test_a_web_copy_cut_into_ragged_lines_joins_its_sentences_and_its_title():
    """A Secretary-General's message as a bilingual page prints it (tests/alignment10, 07): the
    title over three lines, sentences cut anywhere, a line opening in lower case; and a treaty's
    preamble with a clause a line, of every length, is no wrapped text (01)."""
    message = (ALIGNMENT.parent.parent / "alignment10" / "texts" / "07_sg_message_international_day_against_nuclear_tests_2013.en.txt").read_text(encoding="utf-8")
    blocks = [(block.kind, block.text[:30]) for block in split_blocks(classify_lines(message))]
    assert blocks[:3] == [("title", "Secretary-General’s Message fo"), ("heading", "29 August 2013"),
                          ("para", "Fifty years ago, with the adop")]
    assert not any(text.startswith(("Republic of Korea", "weapon test")) for _, text in blocks)  # cut sentences joined
    npt = (ALIGNMENT.parent.parent / "alignment10" / "texts" / "01_npt_preamble_excerpt.zh.txt").read_text(encoding="utf-8")
    assert [block.text[:8] for block in split_blocks(classify_lines(npt))] == [
        "不扩散核武器条约", "本条约各缔约国(", "考虑到一场核战争", "认为扩散核武器将", "根据联合国大会要", "承诺进行合作为应"]


def test_a_long_english_title_in_title_case_ends_at_its_blank_line_and_a_chinese_section_keeps_its_label():
    """The BWC's English title (tests/alignment10, 02) is 153 characters, longer than a heading is
    taken to be; in title case, it is the title, not the first lines of the preamble. `一、` stays
    as printed."""
    bwc = (ALIGNMENT.parent.parent / "alignment10" / "texts" / "02_bwc_preamble_excerpt.en.txt").read_text(encoding="utf-8")
    assert [(block.kind, block.text[:24]) for block in split_blocks(classify_lines(bwc))][:2] == [
        ("title", "Convention on the Prohib"), ("para", "The States Parties to th")]
    assert [(block.label, block.text) for block in split_blocks(classify_lines("一、国际安全和军控形势复杂严峻\n\n当今世界，国际战略格局加速调整。\n"))][0] == (
        "一、", "国际安全和军控形势复杂严峻")


def test_a_law_item_whose_mark_a_copy_dropped_keeps_its_number():
    """Taiwan's Ionizing Radiation Protection Act as a society's page copies it (tests/alignment46, 01):
    its terms print `一 游離輻射:…`, the `、` lost and a space left, which cleaning would drop; the
    numeral is the label, as printed. A numeral opening a sentence with a stray layout space after it
    (`一 些代表团`, `十 分重要`, a spaced-out line) is no label: only one before a defined term and its colon is."""
    law = "第 2 條 本法用詞定義如下:\n\n一 游離輻射:指直接或間接使物質產生游離作用之電磁輻射。\n\n二 放射性:指核種自發衰變時釋出游離輻射之現象。\n"
    assert [(block.label, block.text[:5]) for block in split_blocks(classify_lines(law))][1:] == [("一", "游離輻射:"), ("二", "放射性:指")]
    for stray in ("一 般 而 言,各國應當加強管制。", "一 些代表团认为,应当加强管制。", "十 分重要的是加强管制。", "二 〇〇五年:审议大会召开。"):
        assert [(block.label, block.text[:1]) for block in split_blocks(classify_lines(stray + "\n"))] == [("", stray[0])], stray


def test_a_page_of_headings_alone_is_a_document_and_one_of_furniture_alone_is_none():
    """A table flattened to a cell a line (tests/unseen17, 28: the WHO, the WHA and the IHR side by
    side), every line read as a heading, is imported with its headings; a title alone, or page
    furniture alone, is refused."""
    table = (ALIGNMENT.parent.parent / "unseen17" / "texts" / "28_pixnet_tw_2009_who_wha_ihr_table.txt").read_text(encoding="utf-8")
    document = parse_text(table, "table.txt")
    assert [(p.kind, p.text) for p in document.paragraphs[:4]] == [
        ("title", "認識WHO、WHA、IHR"), ("heading", "整理◎李彥謀"), ("heading", "名稱"), ("heading", "世界衛生組織")]
    for refused in ("认识世界卫生组织\n", "http://undocs.org/ch/S/RES/1540(2004)\n16-10499 (C) 3/8\n"):
        with pytest.raises(UnreadableFile, match="no recognisable paragraphs"):
            parse_text(refused, "refused.txt")


def test_a_figure_in_brackets_is_an_item_label_also_on_a_line_of_its_own():
    """`(1)` numbers an item as `(a)` and `(一)` do, printed before its text or on the line above it."""
    assert paragraphs("Question:\n\n(1) whether it will review the decisions;\n\n(2)\nwhether it knows the contents;\n") == [
        ("", "Question:"), ("(1)", "whether it will review the decisions;"), ("(2)", "whether it knows the contents;")]


def test_in_a_web_copy_an_english_title_and_its_byline_stand_apart_from_the_text_after_a_blank_line():
    """A Secretary-General's message (tests/alignment18, 02): its title, the byline and the first
    paragraph, each after a blank line, had run together as one paragraph. A line that is no
    clause after a comma and leaves nothing open ends at the blank line before a capital; a line of
    asterisks is a break of its own."""
    english = ("New York\n\n30 November 2020\n\n"
               "Secretary-General's message on the Day of Remembrance for all Victims of Chemical Warfare [scroll down for French version]\n\n"
               "António Guterres, Secretary-General\n\n"
               "More than one hundred years after the first large-scale use of chemical weapons in battle, they continue to inflict terror.\n\n"
               "* * *\n\n"
               "Recent years have seen the erosion of the taboo against chemical weapons.\n")
    assert [text[:12] for _, text in paragraphs(english)] == [
        "New York", "30 November ", "Secretary-Ge", "António Gute", "More than on", "* * *", "Recent years"]


def test_a_web_copy_of_preambular_paragraphs_each_ending_a_clause_is_not_read_as_wrapped():
    """A resolution's preamble as a web copy prints it (tests/alignment35, 01): a paragraph a line
    between blank lines, each ending with its comma, two of them of like length. Two lines of like
    length each ending a clause are no margin; a double-spaced extraction cuts its lines mid-clause
    and stays one paragraph per number (test_a_blank_line_inside_a_sentence_does_not_split_it)."""
    preamble = (Path(__file__).resolve().parents[1] / "alignment35" / "texts"
                / "01_ga_resolution_charter_committee_sanctions_third_states_preamble.zh.txt").read_text(encoding="utf-8")
    assert [text[:6] for _, text in paragraphs(preamble)] == ["又回顾其19", "关切某些国家", "回顾《宪章》", "又回顾国际法"]


def test_a_salutation_copied_without_the_space_after_its_title_is_one():
    """A statement's web copy (tests/alignment35, 04) prints `Mr.Chairman,`: copying lost the space."""
    assert salutation("Mr.Chairman,") == salutation("Mr. Chairman,") == "chair"
    assert salutation("Madam.Secretary-General,") == "secretary-general"
    assert salutation("Mrs.Chairman of the board said,") is None


def test_a_salutation_may_name_the_secretary_general_bare_and_without_the_hyphen():
    """A General Assembly President's statement (tests/alignment41, 04) opens `Mr. President, Secretary
    General, Excellencies,` as the Chinese opens `主席先生、秘书长先生、各位阁下,`; a bare title is an
    addressee only before its comma, never a byline."""
    assert salutation("Mr. President, Secretary General, Excellencies,") == salutation("主席先生、秘书长先生、各位阁下,") == "chair"
    assert salutation("Secretary-General, Director General,") == "secretary-general"
    assert salutation("Secretary-General") is None
    assert salutation("Director General of the Agency said,") is None
