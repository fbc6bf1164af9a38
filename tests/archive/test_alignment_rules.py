"""Pairing two language versions by printed numbering (archive.alignment), on rows of
(anchor, kind, label, text): the words differ between languages, numbering and figures do not."""
from archive.alignment import _counted_off, _ordinal, align, landmark
from archive.pipeline.splitting import salutation


def rows(*anchors_and_kinds, text=""):
    return [(anchor, kind, "", text) for anchor, kind in anchors_and_kinds]


RESOLUTION = rows(("title", "title"), ("p1", "note"), ("p2", "para"), ("p3", "para"), ("1", "para"), ("1-a", "item"), ("2", "para"), ("2-p1", "para"), ("3", "para"))


def test_the_same_numbering_pairs_every_paragraph():
    assert align(RESOLUTION, RESOLUTION) == {row[0]: (row[0],) for row in RESOLUTION}


def test_where_unnumbered_paragraphs_differ_in_number_and_lengths_tell_nothing_they_stay_unpaired():
    """Only the titles and the remarks pair: each is the other's only heading, or only note, as
    long as it; the paragraphs, one more on one side, all as long, stay unpaired."""
    chinese = [("title", "title", "", "回顾" * 20), *[(anchor, kind, "", "回顾" * 20) for anchor, kind, _, _ in RESOLUTION[1:]]]
    english = [*chinese[:4], ("p4", "para", "", "回顾" * 20), *chinese[4:]]
    assert align(chinese, english) == {
        "title": ("title",), "p1": ("p1",), "p2": (), "p3": (), "1": ("1",), "1-a": ("1-a",), "2": ("2",), "2-p1": ("2-p1",),
        "3": ("3",)}


NUMBERED = [(str(n), "para", f"{n}.", "决定" * 10 * n) for n in (1, 2, 3)], [(str(n), "para", f"{n}.", "Decides " * 10 * n) for n in (1, 2, 3)]


def test_unnumbered_paragraphs_pair_by_length_at_the_ratio_the_numbered_ones_show():
    """English writes these paragraphs four times as long as Chinese (8 letters a 2-character
    word): a run of two against three pairs where one length is clearly the other's."""
    chinese = [("p1", "para", "", "安全理事会，"), ("p2", "para", "", "回顾" * 30), *NUMBERED[0]]
    english = [("p1", "para", "", "The Security Council,"), ("p2", "para", "", "Noting " * 8), ("p3", "para", "", "Recalling " * 24), *NUMBERED[1]]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p3",), "1": ("1",), "2": ("2",), "3": ("3",)}


def test_a_resolutions_adoption_lines_pair_wherever_each_version_prints_them():
    chinese = [("title", "title", "", "第612(1988)号决议"), *NUMBERED[0], ("3-p1", "note", "", "第2812次会议一致通过。")]
    english = [("title", "title", "", "Resolution 612 (1988)"), ("p1", "note", "", "Adopted by the Security Council at its 2812th meeting, on 9 May 1988"), *NUMBERED[1]]
    assert align(chinese, english)["3-p1"] == ("p1",)
    chinese[-1] = ("3-p1", "note", "", "第一一七次會議一致通過。")
    assert align(chinese, english)["3-p1"] == ("p1",)


def test_figures_printed_alike_pair_paragraphs_across_an_uneven_run_and_figures_that_differ_never_pair():
    chinese = [("p1", "note", "", "1988年5月9日"), ("p2", "heading", "", "第612(1988)号决议"), ("p3", "para", "", "安全理事会"), ("1", "para", "1.", "肯定")]
    english = [("p1", "heading", "", "Resolution 612 (1988)"), ("p2", "note", "", "Adopted at its 2812th meeting on 9 May 1988"), ("1", "para", "1.", "Affirms")]
    # `Adopted at its 2812th meeting on 9 May 1988` is an adoption line, printing the date the
    # Chinese date line prints: the two pair, as in test_a_date_line_pairs_with_the_adoption_line….
    assert align(chinese, english) == {"p1": ("p2",), "p2": ("p1",), "p3": (), "1": ("1",)}


def test_numbering_written_differently_is_the_same_number():
    assert landmark("sec-iv", "heading", "四.", "並請") == landmark("4", "para", "4.", "Requests") == "#4"
    assert landmark("p3", "heading", "", "第2条. 立法") == landmark("p7", "heading", "", "Article 2. Legislation") == "article-2"
    assert landmark("p4", "para", "", "3.1.1 “核武器”") == landmark("p9", "para", "", "3.1.1. \"nuclear weapon\"") == "clause-3.1.1"
    assert landmark("diyizhang", "heading", "", "第一章") == landmark("chapter-one", "heading", "", "CHAPTER ONE") == "chapter-1"
    assert landmark("p5", "heading", "", "第十二章") == landmark("p5", "heading", "", "Chapter XII") == "chapter-12"
    assert landmark("fujian", "heading", "", "附件") == landmark("annex", "heading", "", "Annex") == "annex-1"
    assert landmark("fujian-er", "heading", "", "附件二") == landmark("annex-ii", "heading", "", "Annex II") == "annex-2"
    assert landmark("p6", "heading", "", "Annex A") is None and landmark("p7", "heading", "", "Part of the text") is None


def test_an_article_or_rule_numbered_in_numerals_is_the_same_number_as_a_heading_only():
    # rules of procedure: `第四十一条` / `Rule 41`; a convention's article heading in numerals / Roman numerals
    assert landmark("p2", "para", "", "第四十一条") == landmark("p2", "para", "", "Rule 41") == "article-41"
    assert landmark("p1", "heading", "", "第一條 一般義務") == landmark("p1", "heading", "", "ARTICLE I") == "article-1"
    # an item citing articles is no article heading (tests/alignment12, 05)
    for row in (("1-i", "item", "㈠", "第三条第(3)款和第四条及序言部分第6段"), ("1-ii", "item", "㈡", "第五条。"),
                ("item-16-ii", "item", "(ii)", "Article V;")):
        assert not landmark(*row).startswith("article-"), row


def test_rules_numbered_in_numerals_and_in_figures_pair_by_number():
    """The rules of procedure in resolution 263's annex (tests/alignment30, 01): `第四十一条` over
    its text is `Rule 41` over its translation. (An article heading only one version numbers, the
    Chinese `第二條 定義和標準` over an English title alone, is that title: the test of tests/alignment9's
    treaty below.)"""
    chinese = [("p1", "para", "", "第四十一条"), ("p2", "para", "", "中文、英文为安全理事会之正式语文。"),
               ("p3", "para", "", "第四十二条"), ("p4", "para", "", "以应用语文中任何一种发表之演辞应译成其他应用语文。")]
    english = [("p1", "para", "", "Rule 41"), ("p2", "para", "", "Chinese and English shall be the official languages of the Security Council."),
               ("p3", "para", "", "Rule 42"), ("p4", "para", "", "Speeches made in one of the working languages shall be interpreted into the other working languages.")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",), "p3": ("p3",), "p4": ("p4",)}


def test_a_heading_named_differently_pairs_by_its_place_between_numbered_paragraphs():
    chinese = rows(("1", "para"), ("jianyi", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    english = rows(("1", "para"), ("recommendations", "heading"), ("2", "para"), ("sec-ii", "heading"), ("3", "para"))
    assert align(chinese, english) == {"1": ("1",), "jianyi": ("recommendations",), "2": ("2",), "sec-ii": ("sec-ii",), "3": ("3",)}


def test_a_numbered_paragraph_one_version_lacks_is_unpaired():
    english = [row for row in RESOLUTION if row[0] != "1-a"]
    assert align(RESOLUTION, english)["1-a"] == ()
    assert align(english, RESOLUTION) == {row[0]: (row[0],) for row in english}


# The forms below are those of real web copies (tests/alignment/texts): the Chinese and English
# of A/RES/50/72, S/RES/612 (1988), S/RES/20 (1947) and A/55/56.
GA_NUMBERED = [
    ("1", "para", "1.", "重申裁军谈判会议作为国际社会唯一的多边裁军谈判论坛应发挥的作用;"),
    ("2", "para", "2.", "欢迎裁军谈判会议决心根据演变中的国际局势,发挥该项作用,以便早日对其议程中的一些优先项目取得实质性进展;"),
    ("3", "para", "3.", "促请裁军谈判会议作为最高度优先任务,继续为缔结一项全面核禁试条约进行谈判;"),
], [
    ("1", "para", "1.", "Reaffirms the role of the Conference on Disarmament as the single multilateral disarmament negotiating "
     "forum of the international community;"),
    ("2", "para", "2.", "Welcomes the determination of the Conference on Disarmament to fulfil that role in the light of the "
     "evolving international situation, with a view to making early substantive progress on priority items of its agenda;"),
    ("3", "para", "3.", "Urges the Conference on Disarmament to continue as the highest priority task its negotiations to "
     "conclude a comprehensive nuclear-test-ban treaty;"),
]
SC_NUMBERED = [
    ("1", "para", "1.", "肯定迫切需要严格遵守1925年6月17日在日内瓦签署的《禁止在战争中使用窒息性、毒性或其他气体和细菌作战方法议定书》;"),
    ("2", "para", "2.", "强烈谴责在伊朗伊斯兰共和国和伊拉克冲突中违背《日内瓦议定书》所规定义务继续使用化学武器;"),
    ("3", "para", "3.", "期望双方今后遵守其根据《日内瓦议定书》的义务,不再使用化学武器;"),
    ("4", "para", "4.", "要求各国继续实行或建立严格的管制,不向冲突双方出口用于生产化学武器的化学产品;"),
    ("5", "para", "5.", "决定继续处理此事,并表示决心审查本决议的执行情况。"),
], [
    ("1", "para", "1.", "Affirms the urgent necessity of strict observance of the Protocol for the Prohibition of the Use in War "
     "of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare signed at Geneva on 17 June 1925;"),
    ("2", "para", "2.", "Condemns vigorously the continued use of chemical weapons in the conflict between Iran and Iraq contrary "
     "to the obligations under the Geneva Protocol;"),
    ("3", "para", "3.", "Expects both sides to refrain from the future use of chemical weapons in accordance with their "
     "obligations under the Geneva Protocol;"),
    ("4", "para", "4.", "Calls upon all States to continue to apply or to establish strict control of the export to the parties "
     "to the conflict of chemical products serving for the production of chemical weapons;"),
    ("5", "para", "5.", "Decides to remain seized of the matter and expresses its determination to review the implementation "
     "of this resolution."),
]


def test_two_lines_one_version_joins_pair_with_the_joined_paragraph_both_ways():
    """`第五十届会议` and `议程项目72` are one block in English: together they print what it prints
    (50 and 72, the one spelt `Fiftieth`), `议程项目72` alone does not."""
    chinese = [("title", "title", "", "第五十届会议"), ("yicheng-xiangmu-72", "heading", "", "议程项目72"),
               ("dahuijueyi", "heading", "", "大会决议"), *GA_NUMBERED[0]]
    english = [("title", "title", "", "United Nations"), ("general-assembly", "heading", "", "General Assembly"),
               ("distr", "heading", "", "Distr. GENERAL 50th session 10 January 1996"),
               ("agenda", "heading", "", "Fiftieth session Agenda item 72"),
               ("resolutions", "heading", "", "RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY"), *GA_NUMBERED[1]]
    pairs = align(chinese, english)
    assert pairs["title"] == pairs["yicheng-xiangmu-72"] == ("agenda",)
    assert align(english, chinese)["agenda"] == ("title", "yicheng-xiangmu-72")
    assert align(english, chinese)["distr"] == ()


def test_unrelated_unnumbered_runs_of_different_lengths_stay_unpaired():
    """A spelt-out number printed by a line and by a paragraph of the other version's run is no
    evidence alone: nothing beside them is paired."""
    chinese = [("title", "title", "", "第五十届会议"), ("dahuijueyi", "heading", "", "大会决议"), *GA_NUMBERED[0]]
    english = [("title", "title", "", "United Nations"), ("general-assembly", "heading", "", "General Assembly"),
               ("distr", "heading", "", "Distr. GENERAL 50th session 10 January 1996"), *GA_NUMBERED[1]]
    assert align(chinese, english) == {"title": (), "dahuijueyi": (), "1": ("1",), "2": ("2",), "3": ("3",)}


def test_a_date_line_pairs_with_the_adoption_line_printing_its_date_wherever_each_stands():
    chinese = [("title", "title", "", "1988年5月9日"), ("di-612", "heading", "", "第612(1988)号决议"),
               ("anquan-lishihui", "heading", "", "安全理事会"), *SC_NUMBERED[0], ("3-p1", "note", "", "第2812次会议一致通过。")]
    english = [("title", "title", "", "United Nations Security Council Resolution 612 (1988)"),
               ("p1", "note", "", "Adopted by the Security Council at its 2812th meeting, on 9 May 1988"),
               ("p2", "para", "", "The Security Council,"), *SC_NUMBERED[1]]
    pairs = align(chinese, english)
    assert pairs["title"] == pairs["3-p1"] == ("p1",) and pairs["di-612"] == ("title",)
    assert align(english, chinese)["p1"] == ("title", "3-p1")


def test_paragraphs_one_version_splits_pair_with_the_one_the_other_prints_where_together_they_print_its_figures():
    """A report's paragraph the Chinese splits in three (the year in the first, the report's
    symbol in the third) pairs with each part, both ways; the paragraphs around pair by length."""
    chinese = [("p1", "para", "", "的确,只有民间社会与各国政府充分互动,联合国的目标才能达到。"),
               ("p2", "para", "", "联合国与民间社会关系问题知名人士小组是我在2003年任命的。"),
               ("p3", "para", "", "小组为改进我们同民间组织的工作提出了许多有用的建议。"),
               ("p4", "para", "", "我已经把小组的报告(A/58/817和Corr.1)连同我的意见推荐给大会。"),
               ("p5", "para", "", "大会应当就这些建议采取行动,建立机制,以便大会有计划地同民间社会密切互动。")]
    english = [("p1", "para", "", "Indeed, the goals of the United Nations can only be achieved if civil society and Governments are fully engaged."),
               ("p2", "para", "", "The Panel of Eminent Persons on United Nations-Civil Society Relations, which I appointed in 2003, made many "
                                  "useful recommendations for improving our work with civil society, and I have commended its report "
                                  "(see A/58/817 and Corr.1) to the General Assembly together with my views."),
               ("p3", "para", "", "The General Assembly should act on these recommendations and establish mechanisms enabling it to "
                                  "engage fully and systematically with civil society.")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",), "p3": ("p2",), "p4": ("p2",), "p5": ("p3",)}
    assert align(english, chinese) == {"p1": ("p1",), "p2": ("p2", "p3", "p4"), "p3": ("p5",)}
    # parts printing a figure the whole does not print are no split of it
    misprinted = [*chinese[:3], ("p4", "para", "", chinese[3][3].replace("817", "818")), chinese[4]]
    assert align(misprinted, english)["p3"] == ()


def test_paragraphs_of_like_length_pair_in_step_where_only_an_introduction_is_left_out():
    """A presidential statement's paragraphs, all of like length, are none of them clearly closer
    to one English paragraph than to its neighbours; in step, once the Chinese introduction the
    English web copy lacks is left out, they pair in order: their run of lengths tells where each
    stands. Paragraphs all of one length tell nothing: then, where the introduction prints no
    figures to tell it apart, nothing pairs by length."""
    intro = ("p1", "para", "", "安全理事会主席在2016年5月11日安全理事会第7690次会议上,就安理会审议的题为“恐怖行为对国际和平与安全造成的"
                               "威胁”的项目,代表安理会发表声明如下:")
    lengths = (36, 81, 35, 59)  # of the statement's Chinese paragraphs; the English writes them 3.5 times as long
    chinese = [intro, *[(f"p{k + 2}", "para", "", "“安全理事会重申" + "甲" * (n - 8)) for k, n in enumerate(lengths)]]
    english = [(f"p{k + 1}", "para", "", "The Security Council reaffirms " + "w" * (round(3.5 * n) - 31)) for k, n in enumerate(lengths)]
    assert align(chinese, english) == {"p1": (), "p2": ("p1",), "p3": ("p2",), "p4": ("p3",), "p5": ("p4",)}
    alike = [(anchor, kind, label, "“安全理事会重申" + "甲" * 42) for anchor, kind, label, _ in chinese[1:]]
    english_alike = [(anchor, kind, label, "The Security Council reaffirms " + "w" * 151) for anchor, kind, label, _ in english]
    unmarked = ("p1", "para", "", "安全理事会主席代表安理会发表声明如下:")
    assert set(align([unmarked, *alike], english_alike).values()) == {()}


def test_paragraphs_printing_figures_the_other_version_prints_nowhere_are_left_out_of_a_run_in_order():
    """A Chinese page's notes on a treaty (its opening for signature, China's accession), which
    the English text of the treaty lacks: their dates are printed nowhere in the English, so the
    preamble under them pairs in order. A heading printing its own figures (`50th session`) is no
    such evidence: a version may write its heading its own way."""
    chinese = [("title", "title", "", "核材料实物保护公约"),
               ("p1", "para", "", "该公约1980年3月3日于维也纳和纽约同时开放签署,并于1987年2月8日生效。"),
               ("p2", "para", "", "1988年12月2日中华人民共和国政府交存加入书。"),
               ("p3", "para", "", "本公约各缔约国,"), ("p4", "para", "", "确认一切国家有权为和平目的发展和利用核能,"),
               ("p5", "para", "", "深信有必要促进和平利用核能方面的国际合作,")]
    english = [("title", "title", "", "CONVENTION ON THE PHYSICAL PROTECTION OF NUCLEAR MATERIAL"),
               ("p1", "para", "", "THE STATES PARTIES TO THIS CONVENTION,"),
               ("p2", "para", "", "RECOGNIZING the right of all States to develop and apply nuclear energy for peaceful purposes,"),
               ("p3", "para", "", "CONVINCED of the need for facilitating international co-operation,")]
    assert align(chinese, english) == {"title": ("title",), "p1": (), "p2": (), "p3": ("p1",), "p4": ("p2",), "p5": ("p3",)}


def test_paragraphs_printing_different_whole_dates_do_not_pair_though_they_print_the_same_year():
    """A speech's dateline (`2006年5月2日,纽约`) and its press release's date line (`3 May 2006`)
    print the year 2006 alone among their runs, yet name different days: the speech's dateline is
    the release's `NEW YORK, 2 May`, which prints no year, and pairs with it by length."""
    chinese = [("p1", "para", "", "秘书长讲话"), ("riqi", "heading", "", "2006年5月2日,纽约"),
               ("riqi-p1", "para", "", "主席先生,"), ("riqi-p2", "para", "", "我感到十分遗憾" * 10)]
    english = [("title", "title", "", "3 May 2006"), ("p1", "para", "", "NEW YORK, 2 May -- Following is the address"),
               ("p2", "para", "", "I deeply regret that last week " * 10)]
    pairs = align(chinese, english)
    assert pairs["riqi"] == ("p1",) and "title" not in sum(pairs.values(), ())
    assert align([("t", "title", "", "2006年5月3日"), *chinese[2:]], english)["t"] == ("title",)

def test_footnotes_numbered_differently_pair_in_order_when_both_versions_have_as_many():
    chinese = [*NUMBERED[0], ("3-p1", "para", "", "21 原子能委員會正式紀錄,第一年,特別補編。"),
               ("3-p2", "para", "", "22 安全理事會正式紀錄,第二年,補編第五號,附件十四。")]
    english = [*NUMBERED[1], ("3-p1", "para", "", "[1] Official Records of the Atomic Energy Commission, First Year, Special Supplement."),
               ("2-official", "heading", "", "[2] Official Records of the Security Council, Second Year, Supplement No. 5, Annex 14.")]
    pairs = align(chinese, english)
    assert pairs["3-p1"] == ("3-p1",) and pairs["3-p2"] == ("2-official",)
    assert align(chinese, english[:-1])["3-p1"] == align(chinese, english[:-1])["3-p2"] == ()


def test_a_paragraph_left_alone_between_two_pairs_pairs_with_the_one_the_other_version_has_there():
    """The Chinese web copy lost the comma that makes its last preambular paragraph a paragraph:
    a heading against the English paragraph, it pairs by neither length nor figures, but it is
    the one paragraph each version prints between the same two pairs."""
    chinese = [("p1", "heading", "", "安全理事会"),
               ("p2", "para", "", "审议了秘书长为调查伊朗伊斯兰共和国和伊拉克冲突中关于使用化学武器的指控而指派的调查团1988年4月25日的报告,"),
               ("p3", "heading", "", "调查团的结论认为在冲突中化学武器继续被使用并且使用的规模比以前更为猛烈,表示惊愕"), *SC_NUMBERED[0]]
    english = [("p1", "para", "", "The Security Council,"),
               ("p2", "para", "", "Having considered the report of 25 April 1988 (S/19823) of the Mission dispatched by the "
                "Secretary-General to investigate allegations of the use of chemical weapons in the conflict between the Islamic "
                "Republic of Iran and Iraq,"),
               ("p3", "para", "", "Dismayed by the Mission's conclusions that chemical weapons continue to be used in the conflict "
                "and that their use has been on an even more intensive scale than before,"), *SC_NUMBERED[1]]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",), "p3": ("p3",), **{str(n): (str(n),) for n in range(1, 6)}}
    assert align(chinese, english[:2] + english[3:])["p3"] == ()


def test_a_run_only_one_version_divides_with_an_annex_label_pairs_with_the_part_it_matches():
    """The Chinese prints a covering letter, then `附件一` and the law; the English the law alone."""
    chinese = [("title", "title", "", "2000 年2月28日蒙古常驻联合国代表给秘书长的信"),
               ("p1", "para", "", "奉我国政府指示,谨随函送上蒙古无核武器地位法的文本;该两种文本均于2000年2月3日获得通过。"),
               ("fujian-yi", "heading", "", "附件一"), ("fa", "heading", "", "蒙古无核武器地位法"), ("2000", "heading", "", "(2000"),
               ("diyizhang", "heading", "", "第一章")]
    english = [("title", "title", "", "Law of Mongolia on its Nuclear-Weapon-Free Status"),
               ("adopted", "heading", "", "Adopted on 3 February 2000"), ("chapter-one", "heading", "", "CHAPTER ONE")]
    assert align(chinese, english) == {
        "title": (), "p1": (), "fujian-yi": (), "fa": ("title",), "2000": ("adopted",), "diyizhang": ("chapter-one",)}


def test_a_preambular_paragraph_ending_in_a_wikisource_note_mark_is_a_paragraph_of_its_own():
    """In S/RES/396 on en.wikisource `…Emergency Force,[2]` ends its paragraph as `…的报告,`
    does; read as one with the next two, it was paired with the wrong Chinese paragraph."""
    from tests.alignment import evaluate
    from tests.alignment2.test_alignment2 import HERE

    chinese, english = (evaluate.parse("02_sres396_unef", language, HERE).paragraphs for language in ("zh", "en"))
    assert [p.text[:24] for p in english[3:7]] == [
        "Recalling its resolution", "Having considered the re", "Having noted the develop", "Recalling the Secretary-"]
    rows = [[(p.anchor, p.kind, p.label, p.text) for p in version] for version in (chinese, english)]
    pairs = align(*rows)
    assert [pairs[p.anchor] for p in chinese[2:8]] == [
        (f"adopted-at-the-1964th-meeting-by-p{k}",) for k in range(1, 7)]  # paragraphs, not headings: the mark follows a comma


def test_a_statements_salutation_pairs_with_the_others_and_the_headings_before_pair_by_place():
    """`主席先生，` and `Mr. President,` address the same hearers: they pair as numbering does and
    divide the statement. Before them each version prints one heading; the Chinese prints the
    month as a figure (`11月`) where the English spells it, the English the year the Chinese
    leaves out, and their lengths agree: they pair."""
    chinese = [("title", "title", "", "常驻联合国代表刘结一大使作为安理会11月轮值主席向联大介绍安理会年度报告的发言"),
               ("p1", "para", "", "主席先生:"),
               ("p2", "para", "", "首先,我谨代表安理会全体成员祝贺你当选联大主席。我也感谢你安排今天的会议。")]
    english = [("p1", "para", "", "Statement by Ambassador Liu Jieyi, Permanent Representative of China to the United Nations "
                "and President of the Security Council in November 2013, on the Introduction of the Annual Report"),
               ("p2", "para", "", "Mr. President,"),
               ("p3", "para", "", "First of all, I would like to congratulate you, on behalf of all the members of the Security "
                "Council, on your election. I thank you for arranging today's meeting.")]
    assert landmark("p1", "para", "", "主席先生:") == landmark("p2", "para", "", "Mr. President,") == "salutation-chair"
    assert align(chinese, english) == {"title": ("p1",), "p1": ("p2",), "p2": ("p3",)}
    assert align(chinese, [english[0][:3] + ("Statement by Ambassador Liu Jieyi, 2013",), *english[1:]])["title"] == ()


def test_paragraphs_as_many_between_two_pairs_pair_in_order_where_one_spells_out_the_dates_the_other_prints():
    """S/RES/396: the Chinese writes `十月二十二日` where the English prints `22 October`, so the
    two print different figures, but each English extra is printed by no other Chinese
    paragraph of the run."""
    chinese = [("p1", "para", "", "安全理事会,"),
               ("p2", "para", "", "回顾其一九七三年十月二十二日第338(1973)号、十月二十五日第340(1973)号决议,"),
               ("p3", "para", "", "审议了秘书长关于联合国紧急部队的报告,"), *SC_NUMBERED[0]]
    english = [("p1", "para", "", "The Security Council,"),
               ("p2", "para", "", "Recalling its resolutions 338 (1973) of 22 October and 340 (1973) of 25 October 1973,"),
               ("p3", "heading", "", "Having considered the report of the Secretary-General on the United Nations Emergency Force,[2]"),
               *SC_NUMBERED[1]]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",), "p3": ("p3",), **{str(n): (str(n),) for n in range(1, 6)}}


def test_a_paragraph_one_version_splits_pairs_with_the_part_printing_its_figure():
    """China's position paper for the 74th General Assembly: the English prints the first
    paragraph as two; its long title, in title case, stands apart from them after its blank line
    (it had run into the first half). The titles pair; the Chinese paragraph pairs with the half
    printing its figure (70), the other half stays unpaired (the gold, pairing a split paragraph
    with nothing, counts it a wrong pair: docs/benchmarks.md)."""
    from tests.alignment import evaluate
    from tests.alignment2.test_alignment2 import HERE

    chinese, english = (evaluate.parse("06_china_position_paper_unga74", language, HERE).paragraphs for language in ("zh", "en"))
    assert [p.text[:12] for p in english] == ["China and th", "This year ma", "On the diplo"]
    assert align(*[[(p.anchor, p.kind, p.label, p.text) for p in version] for version in (chinese, english)]) == {
        "title": ("title",), "p1": ("p1",)}


def test_an_adoption_line_with_its_vote_pairs_and_its_note_pairs_with_the_note_its_mark_calls():
    """S/RES/396: the Chinese web copy keeps one note, on the vote (`…通过。 1`); the English
    prints three, numbered `1.`–`3.` like paragraphs straight after operative paragraph 2, and
    calls the first from its adoption line (`none[1]`). Notes pair with no body paragraph; the
    Chinese note pairs with the English note 1, whose mark the paired adoption lines print."""
    chinese = [("title", "title", "", "第396(1976)号决议"), ("p1", "para", "", "安全理事会,"),
               *SC_NUMBERED[0][:2], ("2-p1", "para", "", "第一九六四次会议以十三票对零票通过。 1"),
               ("2-p2", "para", "", "1 两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。")]
    english = [("title", "title", "", "United Nations Security Council Resolution 396 (1976)"),
               ("adopted", "heading", "", "Adopted at the 1964th meeting by 13 votes to none[1]"),
               ("adopted-p1", "para", "", "The Security Council,"), *SC_NUMBERED[1][:2],
               ("adopted-1", "para", "1.", "Two members (China and Libyan Arab Republic) did not participate in the voting."),
               ("adopted-2", "para", "2.", "Ibid., document S/12212."), ("adopted-3", "para", "3.", "Ibid., document S/12210.")]
    assert align(chinese, english) == {
        "title": ("title",), "p1": ("adopted-p1",), "1": ("1",), "2": ("2",), "2-p1": ("adopted",), "2-p2": ("adopted-1",)}
    assert align(english, chinese)["adopted-2"] == align(english, chinese)["adopted-3"] == ()
    unmarked = [*english[:1], ("adopted", "heading", "", "Adopted at the 1964th meeting by 13 votes to none"), *english[2:]]
    assert align(chinese, unmarked)["2-p2"] == ()
    restarted = [*english[:5], ("sec-ii", "heading", "II.", "Part two"), *english[5:]]
    assert align(chinese, restarted)["2-p2"] == ()  # after a heading, `1.` starts a part, not the notes


def test_paragraph_numbers_only_one_version_prints_are_no_landmarks_and_the_paragraphs_pair_in_order():
    """The annex of a letter sending KFOR's monthly report (tests/alignment3, 01): the Chinese
    numbers its paragraphs `1.`–`3.`, the English web copy prints no number at all. Numbers the
    other version never prints say nothing of where its paragraphs stand; the paragraphs pair as
    an unnumbered run does, each pair printing the same figures. Where both print numbers, a
    number one version lacks still divides (test_a_numbered_paragraph_one_version_lacks_is_unpaired)."""
    chinese = [("title", "title", "", "2007年2月1日秘书长给安全理事会主席的信"),
               ("baogao", "heading", "", "向联合国提交的关于驻科部队行动的每月报告"),
               ("1", "para", "1.", "本报告所述期间为2006年11月1日至30日。"),
               ("2", "para", "2.", "截至2006年11月27日,行动区内部队总兵力为17 512人,包括来自非北约国家的2 681人。"),
               ("3", "para", "3.", "伙伴国家/非北约国家的部队派遣情况无变动。")]
    english = [("title", "title", "", "Letter dated 1 February 2007 from the Secretary-General addressed to the President of the Security Council"),
               ("report", "heading", "", "Monthly report to the United Nations on the operations of the Kosovo Force"),
               ("report-p1", "para", "", "This report covers the period from 1 to 30 November 2006."),
               ("report-p2", "para", "", "As at 27 November 2006, the total number of troops in theatre was 17,512, which included 2,681 troops from non-NATO countries."),
               ("report-p3", "para", "", "There was no change to the status of partner/non-NATO country contributions.")]
    assert align(chinese, english) == {
        "title": ("title",), "baogao": ("report",), "1": ("report-p1",), "2": ("report-p2",), "3": ("report-p3",)}


def test_the_organ_opening_a_resolution_pairs_with_the_other_version_s_whatever_is_printed_before():
    """S/RES/1904 (2009) on zh.wikisource (tests/alignment4, 01): the adoption line first, then
    `安全理事会` without its comma; the English web copy prints the masthead, the heading
    `Resolution 1904 (2009)` and the adoption line before `The Security Council,`."""
    chinese = [("p1", "note", "", "2009年12月17日安全理事会第6247次会议通过"), ("council", "heading", "", "安全理事会"),
               ("council-p1", "para", "", "回顾第1267(1999)号和第1822(2008)号决议,以及安理会主席的相关声明,")]
    english = [("title", "title", "", "S/RES/1904 (2009) Security Council Distr.: General 17 December 2009"),
               ("resolution", "heading", "", "Resolution 1904 (2009)"),
               ("resolution-p1", "note", "", "Adopted by the Security Council at its 6247th meeting, on 17 December 2009"),
               ("resolution-p2", "para", "", "The Security Council,"),
               ("resolution-p3", "para", "", "Recalling its resolutions 1267 (1999) and 1822 (2008), and the relevant statements of its President,")]
    assert align(chinese, english) == {"p1": ("resolution-p1",), "council": ("resolution-p2",), "council-p1": ("resolution-p3",)}
    assert landmark("p1", "para", "", "大会，") == landmark("p1", "para", "", "The General Assembly,") == "opening-assembly"


def test_lettered_items_under_headings_each_language_words_its_own_way_pair_by_letter():
    """A resolution's web copies (tests/alignment2, 01): the Chinese puts its items under `决定：`,
    the English under the date line, so the anchors differ (`jueding-a`, `april-17-1975-a`); the
    letters do not. Before them the Chinese prints `决定：` as a line of its own, which the English
    does not: left out, the preambular paragraphs pair in order."""
    chinese = [("t-p1", "para", "", "注意到了中东局势的发展,"), ("t-p2", "para", "", "对该地区目前的紧张状态表示关切,"),
               ("jueding", "heading", "", "决定:"), ("jueding-a", "item", "(a)", "要求有关各方立即执行安全理事会决议;"),
               ("jueding-b", "item", "(b)", "将联合国紧急部队的任务期限延长三个月;")]
    english = [("d-p1", "para", "", "Having noted the developments in the situation in the Middle East,"),
               ("d-p2", "para", "", "Expressing concern over the prevailing state of tension in the area,"),
               ("d-a", "item", "(a)", "To call upon the parties concerned to implement immediately the resolution;"),
               ("d-b", "item", "(b)", "To renew the mandate of the United Nations Emergency Force for three months;")]
    assert landmark(*chinese[3]) == landmark(*english[2]) == "item-a"
    assert align(chinese, english) == {"t-p1": ("d-p1",), "t-p2": ("d-p2",), "jueding": (), "jueding-a": ("d-a",), "jueding-b": ("d-b",)}


def test_numbered_paragraphs_under_headings_each_language_words_its_own_way_pair_by_number():
    """A treaty's article (tests/alignment9, 01): the Chinese reads `為本公約的目的:` as a heading and
    puts `1.` under it, the English puts its `1.` under `DEFINITIONS AND CRITERIA`; the anchors
    differ, the number does not."""
    chinese = [("diertiao", "heading", "", "第二條 定義和標準"), ("weiben", "heading", "", "為本公約的目的:"),
               ("weiben-1", "para", "1.", "“化學武器”是合指或單指:"), ("weiben-1-a", "item", "(a)", "有毒化學品及其前體;")]
    english = [("definitions", "heading", "", "DEFINITIONS AND CRITERIA"),
               ("definitions-p1", "para", "", "For the purposes of this Convention:"),
               ("definitions-1", "para", "1.", '"Chemical Weapons" means the following, together or separately:'),
               ("definitions-1-a", "item", "(a)", "Toxic chemicals and their precursors;")]
    assert landmark(*chinese[2]) == landmark(*english[2]) == "number-1"
    assert align(chinese, english) == {"diertiao": ("definitions",), "weiben": ("definitions-p1",),
                                       "weiben-1": ("definitions-1",), "weiben-1-a": ("definitions-1-a",)}


def test_a_remark_on_the_text_only_one_version_prints_is_not_the_others_title():
    """The IAEA's Chinese page (tests/alignment9, 02) opens with `(发言要点)`, speaking points,
    where the English opens with its title: one row each before the salutation, they are no pair."""
    chinese = [("p1", "note", "", "(发言要点)"), ("zhuxi", "heading", "", "主席女士:"),
               ("zhuxi-p1", "para", "", "继星期五对伊朗伊斯兰共和国核场址的袭击之后,军事冲突仍在继续。")]
    english = [("title", "title", "", "IAEA Director General's Introductory Statement to the Board of Governors"),
               ("p1", "para", "", "Following Friday's attacks on nuclear sites in the Islamic Republic of Iran, the military conflict continues.")]
    assert align(chinese, english)["p1"] == ()


def test_items_numbered_in_brackets_pair_across_numerals_and_a_bare_salutation_opens_a_reply():
    """A Legislative Council question and its written reply (tests/alignment11, 05): the Chinese
    numbers its items `(一)`, the English `(1)`, under headings each worded its own way; the reply
    opens with `主席：` / `President,`."""
    from tests.alignment import evaluate
    from tests.alignment11.test_alignment11 import HERE

    chinese, english = (evaluate.parse("05_hk_legco_question_21_dual_use_export_controls_2018", language, HERE).paragraphs
                        for language in ("zh", "en"))
    rows = [[(p.anchor, p.kind, p.label, p.text) for p in version] for version in (chinese, english)]
    assert [landmark(*row) for row in rows[0] if row[1] == "item"][:3] == ["item-1", "item-2", "item-3"]
    assert [landmark(*row) for row in rows[1] if row[1] == "item"][:3] == ["item-1", "item-2", "item-3"]
    pairs = align(*rows)
    by_anchor = {p.anchor: p for p in english}
    paired = {p.text[:4]: [by_anchor[a].text[:9] for a in pairs[p.anchor]] for p in chinese if p.text[:4] in ("会否检讨", "主席:")}
    assert paired == {"会否检讨": ["whether i"], "主席:": ["President"]}


def _pairs_of(name, here):
    from tests.alignment import evaluate

    chinese, english = (evaluate.parse(name, language, here).paragraphs for language in ("zh", "en"))
    rows = [[(p.anchor, p.kind, p.label, p.text) for p in version] for version in (chinese, english)]
    by_anchor = {p.anchor: p for p in english}
    return chinese, rows, {p.anchor: [by_anchor[a].text for a in pairs] for p, pairs in zip(chinese, align(*rows).values(), strict=True)}


def test_a_verbatim_record_s_speaker_opens_a_paragraph_after_the_agenda_item():
    """A Security Council record's opening (tests/alignment12, 01): the agenda item's title, with
    no full stop, and `主席(以英语发言)：` / `The President:` after a blank line are two paragraphs."""
    from tests.alignment12.test_alignment12 import HERE

    chinese, _, paired = _pairs_of("01_sc_record_middle_east_meeting_opening", HERE)
    texts = [p.text[:6] for p in chinese]
    assert texts[3:6] == ["中东局势,包", "主席(以英语", "就这样决定。"]
    assert [paired[p.anchor][0][:16] for p in chinese[3:6]] == ["The situation in", "The President: I", "It is so decided"]


def test_sub_items_printed_as_parenthesised_ideographs_pair_with_roman_items_and_agenda_items_by_number():
    """A Review Conference report (tests/alignment12, 05): `㈠`, `㈡` are the English `(i)`, `(ii)`;
    `项目16.` is `Item 16.`; the Chinese numbers its paragraph `1.`, the English copy does not, and
    the items under it still pair by their letters."""
    from tests.alignment12.test_alignment12 import HERE

    chinese, rows, paired = _pairs_of("05_npt_revcon_2005_main_committee_iii_report", HERE)
    items = [(p.anchor, p.label) for p in chinese if p.kind == "item"]
    assert items == [("1-d", "(d)"), ("1-i", "㈠"), ("1-ii", "㈡"), ("1-e", "(e)")]
    assert landmark(*next(row for row in rows[0] if row[3].startswith("项目16"))) == "agenda-item-16"
    assert landmark(*next(row for row in rows[1] if row[3] == "Item 16.")) == "agenda-item-16"
    assert {p.label: paired[p.anchor][0][:12] for p in chinese if p.kind == "item"} == {
        "(d)": "Implementati", "㈠": "Articles III", "㈡": "Article V;", "(e)": "Other provis"}


def test_a_resolution_s_preambular_paragraphs_in_a_wrapped_english_text_end_at_their_comma():
    """Resolution 1373's preamble (tests/alignment14, 01): each English paragraph wraps over lines
    and ends with a comma, a line short of the margin and a blank line; each is its own paragraph
    and pairs with its Chinese one."""
    from tests.alignment14.test_alignment14 import HERE

    chinese, _, paired = _pairs_of("01_sres1373_counter_terrorism_preamble", HERE)
    assert [paired[p.anchor][0][:20] if paired[p.anchor] else None for p in chinese] == [
        "Reaffirming also its", "Reaffirming further ", "Reaffirming the inhe", "Reaffirming the need",
        "Deeply concerned by ", "Calling on States to", "Recognizing the need"]


def test_a_preambular_paragraph_ends_at_its_comma_though_a_note_mark_follows_it():
    """A web copy of a General Assembly resolution prints the note mark after the comma: as a
    plain figure after Chinese (`…年度报告,1`), in the UN's older English style (`…Disarmament,
    1/`). The paragraph ends there, as a paragraph, not a heading; the next one opens after the blank line."""
    from archive.pipeline import parse_text

    chinese = parse_text("大会,\n\n审议了裁军谈判会议的报告,1\n\n深信裁军谈判会议作为国际社会唯一的多边裁军谈判论坛,应发挥主要作用,\n", "a.zh.txt")
    english = parse_text("The General Assembly,\n\nHaving considered the report of the Conference on Disarmament, 1/\n\n"
                         "Convinced that the Conference on Disarmament has the primary role,\n", "a.en.txt")
    assert [(p.kind, p.text[:8]) for p in chinese.paragraphs] == [("para", "大会,"), ("para", "审议了裁军谈判会"), ("para", "深信裁军谈判会议")]
    assert [(p.kind, p.text[:8]) for p in english.paragraphs] == [("para", "The Gene"), ("para", "Having c"), ("para", "Convince")]


def test_a_sentence_ends_at_a_full_stop_after_a_bracket_or_a_quotation_mark():
    """A First Committee report (tests/alignment13, 02: `… (see A/C.1/60/PV.2-7).`) and the
    Secretary-General's address (tests/alignment14, 07: `… in this regard".`): one paragraph a line."""
    from tests.alignment13.test_alignment13 import HERE as THIRTEENTH
    from tests.alignment14.test_alignment14 import HERE as FOURTEENTH

    chinese, _, paired = _pairs_of("02_first_committee_report_2005_general_debate_documents", THIRTEENTH)
    assert [paired[p.anchor][0][:12] for p in chinese[:4]] == ["At its 1st m", "Thematic dis", "Action on al", "For its cons"]
    _, rows, _ = _pairs_of("07_sg_address_uniting_against_terrorism_2006", FOURTEENTH)
    assert [row[3][:12] for row in rows[1][4:7]] == ["I am, as alw", "At the outse", "And you will"]


def test_a_headline_in_capitals_and_a_subtitle_in_title_case_end_at_a_blank_line():
    """A Security Council press release (tests/alignment14, 05): the headline in capitals over
    three lines, `;` and commas in it, the subtitle in title case over two, then the first paragraph."""
    from tests.alignment14.test_alignment14 import HERE

    _, rows, _ = _pairs_of("05_sc7158_press_release_resolution_1373", HERE)
    assert [(row[1], row[3][:20]) for row in rows[1][2:5]] == [
        ("para", "SECURITY COUNCIL UNA"), ("heading", "Resolution 1373 (200"), ("para", "Reaffirming its uneq")]


def test_a_headline_in_title_case_may_print_typographic_quotes_and_compounds():
    """A round-up press release's headline (`… on Iran’s Nuclear Programme`) and subtitle
    (`Long-standing Conflicts Still Rage …`) end at their blank lines, as plain ASCII ones do; a
    sentence in lower case does not."""
    from archive.pipeline import parse_text

    text = ("2015 Round-Up\n\nDuring Busy 2015, Security Council Breaks New Ground in Fighting Terrorism, Endorses Landmark "
            "Agreement on Iran’s Nuclear Programme\n\nLong-standing Conflicts Still Rage in Africa, Middle East, Even as New "
            "Challenges Emerge\n\nTerrorism — and attempts to address its root causes — pushed the Council towards new ground.\n")
    assert [(p.kind, p.text[:12]) for p in parse_text(text, "a.en.txt").paragraphs] == [
        ("title", "2015 Round-U"), ("heading", "During Busy "), ("heading", "Long-standin"), ("para", "Terrorism — ")]


def test_paragraphs_naming_the_same_states_pair_where_lengths_alone_tell_nothing():
    """A round-up's Chinese prints a paragraph the English excerpt lacks (tests/alignment16, 05): the
    one naming the States the English names pairs with it; the others, their lengths no evidence,
    stay unpaired rather than guessed."""
    chinese = [("title", "title", "", "安全理事会2016年综述"),
               ("p1", "para", "", "为了打破巴以冲突不妥协立场,安理会再次通过有关定居点的决议,争议包括是否干预中东的叙利亚、也门,"
                                  "非洲的中非共和国、马里、南苏丹等地的冲突。"),
               ("p2", "para", "", "安理会召开公开会议共计两百余次,较上一年有所增长,通过的决议数量也有所增加,主席声明则有所减少。"),
               ("p3", "para", "", "安理会要求以色列停止在巴勒斯坦被占领土上的定居点活动,重申定居点没有法律效力。")]
    english = [("title", "title", "", "Security Council Round-up"),
               ("p1", "para", "", "In a push to dislodge entrenched positions, the Council adopted a text on settlements, capping "
                                  "a year of debate over whether to intervene in the conflicts of Syria and Yemen, the Central "
                                  "African Republic, Mali and South Sudan."),
               ("p2", "para", "", "The Council demanded that Israel end its settlement building on occupied Palestinian "
                                  "territory, reiterating that settlements lacked legal validity.")]
    assert align(chinese, english) == {"title": ("title",), "p1": ("p1",), "p2": (), "p3": ()}


def test_lines_both_versions_print_alike_pair_wherever_they_stand():
    """A message's Chinese page keeps the English place line (tests/alignment18, 02), and a
    declaration prints `* * *` between its parts in both languages: letter for letter the same,
    they pair, as many on each side, in order."""
    chinese = [("title", "title", "", "New York"), ("d", "heading", "", "2020年11月30日"), ("p1", "para", "", "第一段" * 10),
               ("s", "note", "", "* * *"), ("p2", "para", "", "第二段" * 10)]
    english = [("title", "title", "", "Secretary-General's message"), ("place", "heading", "", "New York"),
               ("d", "heading", "", "30 November 2020"), ("byline", "heading", "", "António Guterres, Secretary-General"),
               ("p1", "para", "", "The first paragraph. " * 4), ("s", "note", "", "* * *"), ("p2", "para", "", "The second. " * 7)]
    paired = align(chinese, english)
    assert (paired["title"], paired["d"], paired["s"]) == (("place",), ("d",), ("s",))


MESSAGE = ([("p1", "para", "", "今年国际日的主题是记忆的重要性。"),
            ("p2", "para", "", "我们承诺支持遭受恐怖主义残暴行为伤害的幸存者,帮助他们发声,维护他们的权利,为他们伸张正义。"),
            ("p3", "para", "", "人类集体有责任缅怀与纪念恐怖主义受害者及幸存者。")],
           [("p1", "para", "", "The theme of this International Day focuses on the importance of memory."),
            ("p2", "para", "", "We commit to support survivors scarred by heinous acts of terrorism, amplify their voices, "
                               "uphold their rights and provide them with justice."),
            ("p3", "para", "", "It is our collective responsibility to remember and honour the victims and survivors.")])


def test_titles_pair_over_paragraphs_in_step_whatever_their_lengths():
    """A Secretary-General's message: six characters of Chinese title for twenty English words,
    so the titles' lengths do not agree; the paragraphs under them, as many and in step, say they
    are one document's, titles and all."""
    chinese = [("title", "title", "", "2022年秘书长致辞"), *MESSAGE[0]]
    english = [("title", "title", "", "Message by UN Secretary-General António Guterres on the International Day of "
                                      "Remembrance of and Tribute to the Victims of Terrorism"), *MESSAGE[1]]
    assert align(chinese, english) == {"title": ("title",), "p1": ("p1",), "p2": ("p2",), "p3": ("p3",)}


def test_titles_pair_over_a_copy_s_date_and_source_line_only_one_version_prints():
    """A statement copied with the embassy's date line under its title (tests/alignment33, 05): that
    line left out, the titles pair over the paragraphs in step; a heading printing words, not a
    date, stays one (the next test)."""
    chinese = [("title", "title", "", "2022年秘书长致辞"), ("h", "heading", "", "2022年08月21日美国驻华大使馆"), *MESSAGE[0]]
    english = [("title", "title", "", "Message by UN Secretary-General António Guterres on the International Day of "
                                      "Remembrance of and Tribute to the Victims of Terrorism"), *MESSAGE[1]]
    assert align(chinese, english) == {"title": ("title",), "h": (), "p1": ("p1",), "p2": ("p2",), "p3": ("p3",)}


def test_a_resolution_quoted_by_a_news_page_opens_with_its_organ_inside_the_quotation_mark():
    assert landmark("p1", "para", "", "“The Security Council,") == landmark("p1", "para", "", "安全理事会，") is not None


def test_titles_do_not_pair_over_a_heading_only_lengths_would_pair():
    """A photograph's caption under the English title is no chapter heading (tests/alignment16, 02):
    with a heading in the run, the titles pair only as lengths say."""
    chinese = [("title", "title", "", "2022年秘书长致辞"), ("h", "heading", "", "第一章 导言"), *MESSAGE[0]]
    english = [("title", "title", "", "Message by UN Secretary-General António Guterres on the International Day of "
                                      "Remembrance of and Tribute to the Victims of Terrorism"),
               ("h", "heading", "", "UN Headquarters in New York lit up blue for the day"), *MESSAGE[1]]
    assert align(chinese, english)["title"] == ()


def test_chapter_and_section_headings_printing_their_titles_pair_by_number():
    """A law's table of contents: `第一章 总则` is `Chapter I General Provisions` and `第二节 …` is
    `Section 2 …`, though nothing else of them is alike."""
    chinese = [("title", "title", "", "中华人民共和国出口管制法"),
               ("p1", "para", "", "《中华人民共和国出口管制法》已由中华人民共和国第十三届全国人民代表大会常务委员会第二十二次会议于"
                                  "2020年10月17日通过,现予公布,自2020年12月1日起施行。"),
               ("signed", "heading", "", "中华人民共和国主席 习近平 2020年10月17日"), ("toc", "heading", "", "目 录"),
               ("c1", "heading", "", "第一章 总 则"),
               ("c2", "heading", "", "第二章 管制政策、管制清单和管制措施"), ("s1", "heading", "", "第一节 一般规定"),
               ("s2", "heading", "", "第二节 两用物项出口管理"), ("c3", "heading", "", "第三章 监督管理")]
    english = [("title", "title", "", "Export Control Law of the People's Republic of China"),
               ("toc", "heading", "", "Table of Contents"), ("c1", "heading", "", "Chapter I General Provisions"),
               ("c2", "heading", "", "Chapter II Control Policies, Control List and Control Measures"),
               ("s1", "heading", "", "Section 1 General Provisions"),
               ("s2", "heading", "", "Section 2 Administration of Export of Dual-use Items"),
               ("c3", "heading", "", "Chapter III Supervision and Administration")]
    paired = align(chinese, english)
    assert {anchor: paired[anchor] for anchor in ("c1", "c2", "s1", "s2", "c3")} == {
        anchor: (anchor,) for anchor in ("c1", "c2", "s1", "s2", "c3")}
    assert landmark("p1", "para", "", "第一章规定了出口管制的原则。") is None  # running text naming a chapter


def test_a_titled_chapter_heading_only_one_version_numbers_divides_nothing():
    """A web copy's `第一章导言` where the English says only `Introduction` under a photograph's
    caption (tests/alignment16, 02): no landmark, so the title is not paired with the caption."""
    chinese = [("title", "title", "", "联合国秘书长关于联合国工作的报告 (2016年)"), ("c1", "heading", "", "第一章导言"),
               ("1", "para", "1.", "在我第十次、也是最后一次向会员国提交关于联合国工作的报告之际," * 3)]
    english = [("title", "title", "", "Report of the Secretary-General: Introduction"),
               ("photo", "heading", "", "UN Headquarters in New York lit up blue for annual UN Day celebrations"),
               ("p1", "para", "", "As I submit my tenth and final annual report to the Member States, " * 3)]
    assert align(chinese, english)["title"] != ("photo",)


def test_a_stretch_in_step_pairs_though_one_version_adds_a_paragraph_and_a_section_follows():
    """A web page's Chinese adds a paragraph the English lacks (tests/alignment12, 06), and a
    section follows under a heading both print: the five paragraphs in step before it pair, the
    added one stays unpaired, though none is clear of its neighbours by length alone."""
    chinese = [(f"p{k}", "para", "", "裁军与军备限制" * (n // 7) + "。") for k, n in enumerate((42, 60, 44, 75, 40), 1)]
    chinese += [("p6", "para", "", "迄今为止共进行过2000多次核试验。"), ("p7", "para", "", "裁军与军备限制" * 15 + "。"),
                ("h", "heading", "", "核裁军与核不扩散"), ("h-p1", "para", "", "核武器是地球上最危险的武器。" * 6)]
    english = [(f"p{k}", "para", "", "Disarmament and arms limitation. " * round(n * 3.2 / 33))
               for k, n in enumerate((42, 60, 44, 75, 40, 110), 1)]
    english += [("h", "heading", "", "Nuclear Disarmament and Non-proliferation"),
                ("h-p1", "para", "", "Nuclear weapons are the most dangerous weapons on earth. " * 5)]
    paired = align(chinese, english)
    assert [paired[f"p{k}"] for k in range(1, 7)] == [(f"p{k}",) for k in range(1, 6)] + [()]


def test_the_chair_addressed_in_french_style_and_the_director_general_are_salutations():
    """OPCW statements address `Mme. Chair,` and `Mr. Director-General,`, as their Chinese
    `主席女士,` and `尊敬的总干事先生,`: landmarks alike, so the paragraphs under them pair."""
    assert landmark("p1", "para", "", "主席女士,") == landmark("p1", "para", "", "Mme. Chair,") == "salutation-chair"
    assert (landmark("p1", "para", "", "尊敬的总干事先生,") == landmark("p1", "para", "", "總幹事閣下:")
            == landmark("p1", "para", "", "Mr. Director-General,") == "salutation-director-general")


def test_any_salutation_may_open_with_zunjingde_as_the_english_opens_with_distinguished():
    """A summit speech opens `尊敬的各位同事,` where the English has `Distinguished Colleagues,`
    (tests/alignment55, 02): `尊敬的` opens any salutation, not only the chair's and the heads'."""
    assert (landmark("p1", "para", "", "尊敬的各位同事,") == landmark("p1", "para", "", "Distinguished Colleagues,")
            == "salutation-colleagues")
    assert landmark("p1", "para", "", "尊敬的女士們、先生們：") == landmark("p1", "para", "", "Ladies and gentlemen:") == "salutation-audience"
    assert landmark("p1", "para", "", "尊敬的主席先生，尊敬的秘书长先生：") == "salutation-chair"
    assert landmark("p1", "para", "", "各位代表，尊敬的总干事先生，") == "salutation-delegates"
    assert landmark("p1", "para", "", "尊敬的") is None


def test_a_range_of_days_within_a_month_prints_both_its_ends_in_either_language():
    """A summit's dates, `(南非约翰内斯堡,2018年7月25日至27日)` over the Chinese declaration and `25 TO 27 JULY
    2018` in the English venue line (tests/alignment55, 01), are one range: the lines pair, where the 25th
    alone and the 27th alone read as different dates kept them apart; a resolution's `1989年1月7日至11日` is
    `from 7 to 11 January 1989` (tests/alignment17, 01)."""
    chinese = [("title", "title", "", "金砖国家领导人第十次会晤约翰内斯堡宣言"),
               ("d", "heading", "", "(南非约翰内斯堡,2018年7月25日至27日)"), ("sec-i", "heading", "一、", "序言")]
    english = [("title", "title", "", "BRICS in Africa: Collaboration for Inclusive Growth and Shared Prosperity"),
               ("v", "heading", "", "SANDTON CONVENTION CENTRE JOHANNESBURG, SOUTH AFRICA 25 TO 27 JULY 2018"),
               ("h", "heading", "", "10TH BRICS SUMMIT JOHANNESBURG DECLARATION"), ("sec-i", "heading", "I.", "PREAMBLE")]
    assert align(chinese, english)["d"] == ("v",)
    chinese[1] = ("d", "heading", "", "(南非约翰内斯堡,2018年7月24日至26日)")
    assert align(chinese, english)["d"] == ()


def test_a_date_line_does_not_pair_in_step_with_a_line_printing_no_date():
    """A lecture's Chinese page prints its date under the title where a copy of the English prints
    a bullet with the lecture's name (tests/alignment19, 02): as many rows each, but the date line
    is no translation of it, so the run is not in step and the date pairs with nothing."""
    chinese = [("title", "title", "", "秘书长在普林斯顿大学的演讲"), ("d", "heading", "", "2006年11月28日"),
               *[(f"d-p{k}", "para", "", "能有机会应邀来此讲话,我深感荣幸。" * k) for k in (2, 3, 4)]]
    english = [("title", "title", "", "Author: Kofi Annan"), ("p1", "item", "•", "Lecture at Princeton University"),
               *[(f"p{k}", "para", "", "Let me begin by saying how delighted I am. " * k) for k in (2, 3, 4)]]
    assert align(chinese, english)["d"] == ()


def test_a_date_line_in_figures_pairs_with_the_other_versions_whatever_time_each_page_was_posted():
    """China's mission pages date a statement `2021-01-12 00:33` in Chinese and `2021-01-12 01:25` in
    English (tests/alignment21, 04): the same date, each with its time of posting; another date pairs
    with nothing."""
    chinese = [("title", "title", "", "张军大使在安理会公开会上的发言"), ("d", "heading", "", "2021-01-12 00:33"),
               ("d-p1", "para", "", "主席先生,"), ("d-p2", "para", "", "中方感谢突尼斯倡议召开此次公开会。" * 3)]
    english = [("title", "title", "", "Remarks by Ambassador Zhang Jun at Security Council Open Debate"),
               ("d", "heading", "", "2021-01-12 01:25"), ("d-p1", "para", "", "Mr. President,"),
               ("d-p2", "para", "", "China thanks Tunisia for the initiative of this open debate. " * 3)]
    assert align(chinese, english)["d"] == ("d",)
    assert align(chinese, [*english[:1], ("d", "heading", "", "2021-01-13 01:25"), *english[2:]])["d"] == ()


def test_a_number_printed_in_groups_of_three_is_one_figure_in_both_languages():
    """`13,000` in English, `13000` or UN Chinese's `17 512` in Chinese: the same figure, so the
    paragraphs printing them pair in order; `2006 150` (a year, then another number) stays two."""
    chinese = [("p1", "para", "", "当今世界储存了近13000枚核武器。"), ("p2", "para", "", "总兵力为17 512人,包括2 681人。")]
    english = [("p1", "para", "", "Some 13,000 nuclear weapons are stockpiled."),
               ("p2", "para", "", "The total was 17,512, which included 2,681 troops.")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",)}
    assert align([("p1", "para", "", "2006 150")], [("p1", "para", "", "2006150")]) == {"p1": ()}


def test_a_press_conferences_questions_and_answers_pair_in_turn_and_a_lead_only_one_version_prints_stays_unpaired():
    """`问：` and `Q:`, `答：` and `A:` open a transcript's exchanges in both languages: they pair in
    turn, and the headline and lead a newspaper's Chinese copy prints above them pair with nothing.
    A heading lettered `A.` is no answer."""
    chinese = [("title", "title", "", "外交部发言人就安理会通过决议答记者问"),
               ("p1", "para", "", "据外交部网站消息,外交部发言人就安理会通过决议一事答记者问,全文如下:"),
               ("p2", "para", "", "问:安理会今天一致通过了一项决议。中方对此有何评论?"),
               ("p3", "para", "", "答:中方欢迎安理会一致通过这项决议,希望各方全面、严格执行,共同维护地区和平稳定。")]
    english = [("p1", "para", "", "Q: The Security Council unanimously adopted a resolution today. What is China's comment?"),
               ("p2", "para", "", "A: China welcomes the unanimous adoption of the resolution and hopes that all parties will "
                "implement it fully and strictly, so as to uphold peace and stability in the region together.")]
    assert landmark("p2", "para", "", "问:安理会") == landmark("p1", "para", "", "Q: The Council") == "question"
    assert landmark("p3", "para", "", "答:中方") == landmark("p2", "para", "", "A: China") == "answer"
    assert landmark("sec-a", "heading", "A.", "A. Declarations") != "answer"
    assert align(chinese, english) == {"title": (), "p1": (), "p2": ("p1",), "p3": ("p2",)}


def test_a_decade_the_chinese_prints_by_its_tens_is_the_english_decade():
    """alignment38's speech: `上世紀60年代初` is `the early 1960s`. Printed as 60 and 1960 the two
    looked like different figures, and the run after the salutation stayed unpaired though both
    versions have as many paragraphs; a decade is its tens in both."""
    chinese = [("p1", "para", "", "主席女士,"),
               ("p2", "para", "", "自核武器出現以來,人類一直生活在核戰爭威脅的巨大陰影之下。"),
               ("p3", "para", "", "早在上世紀60年代初,中國政府就鄭重發表聲明,倡議召開世界各國首腦會議,討論全面禁止和徹底銷毀核武器問題。")]
    english = [("p1", "para", "", "Madam President,"),
               ("p2", "para", "", "Ever since nuclear weapons came into being, mankind has been living under the huge shadow of "
                "the threat of nuclear war, and it has been the common aspiration of all peace-loving people to ban them."),
               ("p3", "para", "", "Back in the early 1960s, the Chinese Government issued a solemn statement, proposing a summit "
                "of all countries to discuss the complete prohibition and thorough destruction of nuclear weapons.")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p2",), "p3": ("p3",)}
    assert align(chinese, [*english[:2], english[2][:3] + (english[2][3].replace("1960s", "1970s"),)])["p3"] == ()


def test_a_laws_items_under_its_article_pair_with_the_others_bracketed_items():
    """Taiwan's Atomic Energy Act (tests/alignment43, 05): the Chinese numbers the terms of its Article 2
    `一、` … (read as sections), the official English `(1)` … (items under the article); the
    English numbers no paragraph, so each `一、` pairs as the item of its number."""
    chinese = [("diertiao", "heading", "", "第二條 (專用名詞之意義)"), ("diertiao-p1", "para", "", "本法中之專用名詞,其意義如左:"),
               ("sec-i", "heading", "一、", "原子能:謂原子核發生變化所放出之一切能量。"),
               ("sec-ii", "heading", "二、", "核子原料:謂鈾礦物、釷礦物及其他經行政院指定為核子原料之物料。"),
               ("disantiao", "heading", "", "第三條 (主管機關)")]
    english = [("article-2", "heading", "", "Article 2"), ("article-2-p1", "para", "", "The technical terms used in this Act shall be defined as follows:"),
               ("article-2-1", "item", "(1)", "'Atomic Energy' means all forms of energy released in the course of nuclear change."),
               ("article-2-2", "item", "(2)", "'Nuclear source material' means uranium and thorium ores and other materials so designated."),
               ("article-3", "heading", "", "Article 3")]
    assert align(chinese, english) == {"diertiao": ("article-2",), "diertiao-p1": ("article-2-p1",), "sec-i": ("article-2-1",),
                                       "sec-ii": ("article-2-2",), "disantiao": ("article-3",)}
    # ... and where a copy dropped the `、` (tests/alignment46, 01: `一 游離輻射:…`), the numeral alone
    unmarked = [(anchor, kind, label.rstrip("、"), text) for anchor, kind, label, text in chinese]
    assert align(unmarked, english) == align(chinese, english)


def test_latin_names_a_chinese_paragraph_prints_in_brackets_pair_it_with_the_one_paragraph_printing_them():
    """A bilingual FT page (tests/alignment47, 02): two Chinese paragraphs, no figure, against four
    English ones, two of which the page left untranslated; each Chinese paragraph prints in
    brackets the Latin names of the one English paragraph it translates. A bracketed letter
    (`第四(A)部分`) is a label, no name."""
    chinese = [("p1", "para", "", "闭门核谈判结束后,伊朗外长扎里夫(Mohamad Javad Zarif)在寇宝宫(Palais Coburg)阳台上挥手致意。"),
               ("p2", "para", "", "几小时后,欧盟(EU)外交事务负责人莫盖里尼(Federica Mogherini)将召开记者招待会。")]
    english = [("en-p1", "para", "", "Iranian Foreign Minister Mohamad Javad Zarif waves from a balcony of the Palais Coburg."),
               ("en-p2", "para", "", "Six world powers and Iran have agreed a breakthrough deal to wind back the country's progress."),
               ("en-p3", "para", "", "Details of the deal are expected to be announced later on Tuesday."),
               ("en-p4", "para", "", "EU foreign affairs chief Federica Mogherini will hold a press conference at the UN centre.")]
    assert align(chinese, english) == {"p1": ("en-p1",), "p2": ("en-p4",)}
    assert align(english, chinese) == {"en-p1": ("p1",), "en-p2": (), "en-p3": (), "en-p4": ("p2",)}
    # a name two Chinese paragraphs print says nothing of which is which (a review's case)
    twice = [("p1", "para", "", "莫盖里尼(Federica Mogherini)说。"),
             ("p2", "para", "", "几小时后,莫盖里尼(Federica Mogherini)和扎里夫(Mohamad Javad Zarif)将召开记者招待会,宣布协议的细节。")]
    assert align(twice, english)["p1"] != ("en-p4",)
    labelled = [("p1", "para", "", "第四(A)部分 销毁化学武器"), ("p2", "para", "", "对于未列入附表的化学品,应申报其结构式。")]
    long_line = "A detailed site diagram, including a boundary map and the location of every bunker and storage area. " * 4
    assert align(labelled, [("en-p1", "para", "", long_line), ("en-p2", "para", "", "For a chemical not listed, its structural formula."),
                            ("en-p3", "para", "", "Destruction of chemical weapons under Part IV.")])["p1"] != ("en-p1",)


def test_a_date_line_pairs_with_the_others_though_a_paragraph_quotes_the_date_and_a_page_title_is_left_out():
    """The 2010 Washington Nuclear Security Summit communiqué on a study site (tests/alignment48,
    01): the Chinese page prints its own title over the communiqué's, and its second paragraph
    quotes the date line's date; the date lines still pair, and the page's title stays unpaired."""
    from tests.alignment48.test_alignment48 import HERE

    chinese, _, paired = _pairs_of("01_washington_nuclear_security_summit_communique_2010", HERE)
    assert [(p.text[:8], [text[:14] for text in paired[p.anchor]]) for p in chinese[:3]] == [
        ("华盛顿核安全峰会", []), ("华盛顿核安全峰会", ["Communiqué of "]), ("2010年4月1", ["April 13, 2010"])]


def test_a_date_line_where_the_numbering_would_put_it_divides_the_run_and_a_bare_representatives_is_a_salutation():
    """Wang Yi's remarks to the Conference on Disarmament (tests/alignment48, 02): three headings
    over the date in Chinese, two in English, then the salutations; the date pair divides the run,
    so the salutations pair in turn (`各位代表，女士们、先生们：` / `Representatives, Ladies and
    Gentlemen,`)."""
    from tests.alignment48.test_alignment48 import HERE

    assert salutation("Representatives, Ladies and Gentlemen,") == "delegates"
    assert salutation("Representatives of fifteen States met in Geneva.") is None
    assert salutation("Representatives:") is None  # a list of participants' heading
    chinese, _, paired = _pairs_of("02_wang_yi_conference_on_disarmament_remarks_2021", HERE)
    assert [(p.text[:6], [text[:15] for text in paired[p.anchor]]) for p in chinese[:6]] == [
        ("王毅在日内瓦", []), ("坚持多边主义", ["Uphold Multilat"]), ("——王毅国务", ["– Remarks by H."]),
        ("2021年6", ["11 June 2021"]), ("尊敬的艾赫特", ["Ambassador Salo"]), ("各位代表,女", ["Representatives"])]


def test_a_date_line_above_a_heading_in_one_version_and_below_it_in_the_other_divides_nothing():
    """A date each version prints on one side of the heading (tests/alignment23, 05): it pairs,
    but does not divide, and the heading is left to the run (a page title and a paragraph the
    run holds leave nothing out, nor does a title closer to the other's than the line under it)."""
    chinese = [("title", "title", "", "New York"), ("d", "heading", "", "2018年08月21日"),
               ("h", "heading", "", "秘书长纪念和悼念恐怖主义受害者国际日致辞"),
               ("p1", "para", "", "恐怖主义是我们时代最具挑战性的问题之一。")]
    english = [("title", "title", "", "The Secretary-General"),
               ("h", "heading", "", "Message on First International Day of Remembrance of, and Tribute to, the Victims of Terrorism"),
               ("d", "heading", "", "21 August 2018"), ("p1", "para", "", "Terrorism is one of the most challenging issues of our time.")]
    pairs = align(chinese, english)
    assert pairs["d"] == ("d",) and pairs["p1"] == ("p1",) and pairs["title"] != ("h",)
    with_a_paragraph = [("title", "title", "", "FT社評:對北韓施壓比放狠話更管用"),
                        ("p1", "para", "", "川普和北韓互放狠話可能使雙方落入「信譽陷阱」。"),
                        ("p2", "para", "", "北韓核武計劃所帶來的危險升級得比任何人預計的都要快。")]
    leader = [("title", "title", "", "LEADER - Steady pressure beats hot talk on North Korea"),
              ("p1", "para", "", "The danger posed by North Korea's nuclear weapons programme has grown faster than anyone expected.")]
    assert align(with_a_paragraph, leader)["p1"] != ("title",)
    # the title is left in where it, not the line under it, is the closer in length to the other's
    # (the Assembly's rules of procedure, tests/alignment42, 03: the English page prints no `Introduction`)
    rules = [("title", "title", "", "联合国大会议事规则"), ("intro", "heading", "", "引言"),
             ("1", "para", "1.", "大会第一届常会根据联合国筹备委员会报告所载案文,通过临时议事规则。")]
    english_rules = [("title", "title", "", "Rules of procedure"),
                     ("1", "para", "1.", "At its first regular session, the General Assembly adopted provisional rules of procedure.")]
    assert align(rules, english_rules)["intro"] == ()


# A law page that lost 年, 月 and 日 (tests/alignment49, 01): title, date line, adoption note, chapter, article.
LAW_ZH = [("title", "title", "", "中華人民共和國核安全法"), ("d", "heading", "", "201791"),
          ("a", "heading", "", "(201791日第十二屆全國人民代表大會常務委員會第二十九次會議通過)"),
          ("ch1", "heading", "", "第一章"), ("ch1-p1", "para", "", "第一條 為了保障核安全,制定本法。")]
LAW_EN = [("title", "title", "", "Nuclear Security Law of the People's Republic of China"),
          ("d", "heading", "", "September 1, 2017"),
          ("a", "heading", "", "(Adopted at the 29th Session of the Standing Committee of the 12th National People's "
                               "Congress on September 1, 2017)"),
          ("ch1", "heading", "", "Chapter 1 General Provisions"),
          ("ch1-p1", "para", "", "Article 1 The Law is formulated in order to safeguard nuclear security.")]


def test_a_date_whose_year_and_month_marks_a_copy_lost_is_read_and_a_date_line_and_adoption_note_pair_in_order():
    """`201791` and `(201791日…通过)`: the digits split one way only into a month and a day, so they
    are the date; the date line and the adoption note under it, printing that date in each
    version, pair in order."""
    pairs = align(LAW_ZH, LAW_EN)
    assert (pairs["d"], pairs["a"]) == (("d",), ("a",))
    assert align(LAW_EN, LAW_ZH)["a"] == ("a",)


def test_figures_ending_a_paragraph_are_no_date_and_dates_on_as_many_lines_pair_only_one_under_another():
    """`總額為20151227` and `编号2000315` are figures, not dates whose 年 and 月 were lost: only digits
    before 日, or a line of digits alone, are read so. Lines printing one date are set aside to pair
    in order only where each version prints them one under another, date line with date line: an
    English that prints the adoption note above its date line leaves them to the rest of the rules."""
    from archive.alignment import _date_line, _dates, _figures, _set_aside

    assert (_dates("總額為20151227"), _dates("编号2000315"), _dates("比率0.2017912日")) == (set(), set(), set())
    assert (_date_line("201791"), _dates("於20151227日通過")) == ((2017, 9, 1), {(2015, 12, 27)})
    # its parts are figures the other version prints, so an adoption note pairs in step with its English
    assert _figures(("a", "heading", "", "20151227日第十二屆全國人民代表大會常務委員會第十八次會議通過")) == {2015, 27}
    adoption_first = [LAW_EN[0], LAW_EN[2], LAW_EN[1], *LAW_EN[3:]]
    assert _set_aside(LAW_ZH, adoption_first)[0] == set()  # not set aside crossed: the rest of the rules decide


SG_ADDRESS_2006 = (  # the Secretary-General's address of 2 May 2006 (tests/alignment14, 07), the Chinese without two paragraphs
    [("p1", "para", "", "我感到十分遗憾的是,上星期在第五委员会,会员国未能就我向你们提出的管理改革提案达成协商一致意见。尽管如此,"
      "我深信,所有会员国仍然原则上致力于改革,我敦促你们共同合作,重建对于本组织顺利运作至关重要的相互信任的精神。"),
     ("p2", "para", "", "今天,我荣幸向各位推介我关于该事项的愿景,该愿景载于“团结起来消灭恐怖主义:关于制定全球反恐战略的建议”文件中。")],
    [("p1", "para", "", "I deeply regret that last week, in the Fifth Committee, Member States were unable to reach consensus on the "
      "proposals I had put before you on management reform.  In spite of this, I am convinced that all Member States remain "
      "committed to reform in principle, and I urge you to work together to rebuild the spirit of mutual trust that is "
      "essential to the smooth functioning of this Organization."),
     ("p2", "para", "", "At the outset let me join the President in offering sympathy and condolences to countries and people "
      "and families who have suffered from terrorism and have lost loved ones."),
     ("p3", "para", "", "Today, I have the privilege of presenting to you my vision on that matter, contained in the document "
      "Uniting against terrorism:  Recommendations for a global counter-terrorism strategy.")],
)


def test_a_paragraph_left_unpaired_pairs_with_the_one_whose_words_it_prints():
    """The English press release prints a paragraph the Chinese lacks, of like length, between the
    two the Chinese prints: lengths cannot tell which is whose, the words can (`恐怖主义`, `战略`,
    `建议`, `文件` for terrorism, strategy, recommendations, document)."""
    chinese, english = SG_ADDRESS_2006
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p3",)}
    assert align(english, chinese) == {"p1": ("p1",), "p2": (), "p3": ("p2",)}
    recall = ("p3", "para", "", "And you will recall that they also urged you -- that is, the Heads of State and Government -- "
              "to develop without delay the elements I had identified, \"with a view to adopting and implementing a strategy to "
              "promote comprehensive, coordinated and consistent responses, at the national, regional and international level, "
              "to counter terrorism\".")
    assert align(chinese, [*english[:2], recall])["p2"] == ()  # neither shares enough of its words


def test_a_paragraph_printing_in_figures_what_the_other_writes_in_words_is_not_left_out_for_a_greeting():
    """Fu Cong's remarks at the 16th ASTOP (2020; tests/alignment53, 01): the English greets its hearers
    (`Good afternoon!`) in a line the Chinese does not print, and calls the talks the `16th` where the
    Chinese says `本届`. Leaving out the paragraph printing a figure the Chinese run prints nowhere would
    pair the Chinese paragraph with the greeting, a tenth of its length: the lengths say otherwise, and
    it pairs with the paragraph it translates."""
    chinese = [("p1", "para", "", "各位同事,"),
               ("p2", "para", "", "很高兴出席本届亚洲防扩散高级别对话会。我愿借此机会,同大家分享中国防扩散出口管制领域最新进展,"
                "以及中方对当前防扩散形势和有关问题的看法。"),
               ("p3", "para", "", "各位同事,")]
    english = [("p1", "para", "", "Dear colleagues,"), ("p2", "para", "", "Good afternoon!"),
               ("p3", "para", "", "It is a pleasure for me to attend the 16th Asia Senior-level Talks on Non-proliferation (ASTOP). "
                "I wish to take this opportunity to share with you China’s latest efforts on non-proliferation-related export "
                "control and China’s views on non-proliferation issues."),
               ("p4", "para", "", "Dear colleagues,")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": ("p3",), "p3": ("p4",)}


def test_pairing_on_words_gives_no_paragraph_two_counterparts_across_a_line_printed_elsewhere():
    """A separator (`* * *`) and a footnote pair wherever each version prints them, so their pairs may
    cross the body's order. They divide no run for pairing on words: divided there, the English
    paragraph between them was taken by both copies of the Chinese paragraph the two runs each held. A
    paragraph printed twice is no evidence of which is whose, and stays unpaired. The first lines,
    one on each side above the first pair and as long as a translation's, pair (the next test)."""
    today_zh, today_en = SG_ADDRESS_2006[0][1][3], SG_ADDRESS_2006[1][2][3]
    chinese = [("z0", "para", "", "会议期间各方就区域合作交换了意见并同意继续保持沟通。"),
               ("z1", "para", "", "我们呼吁各国加强合作,共同应对恐怖主义威胁。"), ("z2", "para", "", today_zh),
               ("zf", "footnote", "1", "1 见第一号文件。"), ("zs", "para", "", "* * *"), ("z4", "para", "", today_zh)]
    english = [("e0", "para", "", "During the meeting the parties exchanged views on regional cooperation and agreed to keep in touch."),
               ("es", "para", "", "* * *"),
               ("e1", "para", "", "We call on all countries to strengthen cooperation and jointly respond to the threat of terrorism."),
               ("e2", "para", "", today_en), ("ef", "footnote", "1", "1 See document one."),
               ("e3", "para", "", "The IAEA plays a central role in the field of nuclear security.")]
    assert align(chinese, english) == {"z0": ("e0",), "z1": ("e1",), "z2": (), "zf": ("ef",), "zs": ("es",), "z4": ()}


# The Secretary-General's address to the Conference on Disarmament (2006; tests/alignment19, 01): its last three
# paragraphs in each language.
_CD_CHINESE = [("z1", "para", "", '一条道路,也就是积极接触之路,可以让我们通过信任、对话和谈判协商通向一个限制核武器扩散、乃至扭转核武器扩散的世界。'),
               ("z2", "para", "", '另一条道路把我们带到另一种世界:越来越多的国家觉得必须用核武器武装自己,而非国家行动方则掌握实施核恐怖主义的手段。'),
               ("z3", "para", "", '国际社会几乎像是梦游般走在后一条道路上。究其原因,与其说是有意为之,倒不如说是判断失误、毫无结果的辩论以及为建立信任和解决冲突而建立的多边机制本身瘫痪所致。')]
_CD_ENGLISH = [("e1", "para", "", 'As members of the Conference on Disarmament, you know as well as anyone that we face two v'
                                   'ery divergent courses.  One path -- the path of active engagement -- can take us to a worl'
                                   'd in which the proliferation of nuclear weapons is restricted and reversed through trust, '
                                   'dialogue and negotiated agreement.'),
               ("e2", "para", "", 'The other leads to a world in which a growing number of States feel obliged to arm themsel'
                                   'ves with nuclear weapons, and in which non-State actors acquire the means to carry out nuc'
                                   'lear terrorism.'),
               ("e3", "para", "", 'The international community seems almost to be sleepwalking down that latter path -- not b'
                                   'y conscious choice, but rather through miscalculation, sterile debate and paralysis of the'
                                   ' very multilateral mechanisms created for confidence-building and conflict-resolution.')]
SG_ADDRESS_CD_2006 = _CD_CHINESE, _CD_ENGLISH


def test_the_one_paragraph_left_on_each_side_of_a_gap_pairs_when_as_long_as_the_documents_pairs():
    """The Secretary-General's address to the Conference on Disarmament (2006; tests/alignment19, 01):
    the last paragraph of each version is left once the others pair, its words too few in the
    dictionary to pair on them (`sleepwalking`, `miscalculation`); one on each side, in its place and
    as long as the pairs above are at the document's ratio, they pair."""
    chinese, english = SG_ADDRESS_CD_2006
    assert align(chinese, english) == {"z1": ("e1",), "z2": ("e2",), "z3": ("e3",)}
    assert align(english, chinese) == {"e1": ("z1",), "e2": ("z2",), "e3": ("z3",)}


def test_the_one_paragraph_left_on_each_side_stays_unpaired_when_nothing_says_it_translates_the_other():
    """The same address, with what a gap may also hold: a line of another length sharing no word
    (a sentence the English adds), a date line beside a sub-headline (the alignment19 gold's own
    case: neither has a counterpart), a separator beside a short line, and above the first pair a
    page's editor's line beside a press release's disclaimer, both short."""
    chinese, english = SG_ADDRESS_CD_2006
    added = ("e3", "para", "", "He then answered questions from correspondents about the Conference's agenda.")
    assert align(chinese, [*english[:2], added])["z3"] == ()
    dated = align([chinese[0], ("zd", "para", "", "2006年6月21日,日内瓦"), *chinese[1:]],
                  [english[0], ("ed", "para", "", "Citing Self-Defeating Arguments, He Stresses Urgent Need for End to Impasse"),
                   *english[1:]])
    assert dated["zd"] == () and dated["z3"] == ("e3",)
    assert align([chinese[0], ("zs", "para", "", "* * *"), chinese[1]], [english[0], ("es", "para", "", "Thank you."), english[1]])["zs"] == ()
    assert align([("zb", "para", "", "责任编辑:王小明"), *chinese[:2]],
                 [("eb", "para", "", "For information media. Not an official record."), *english[:2]])["zb"] == ()

def test_pairing_on_words_finds_the_same_pairs_whichever_version_is_on_the_left():
    """Which version is on the left is which was imported first (archive/language_versions.py): the
    paragraphs a paragraph's words are compared with are those near its place reckoned alike from
    either side, so one Chinese paragraph finds its translation among forty short English lines."""
    today_zh, today_en = SG_ADDRESS_2006[0][1][3], SG_ADDRESS_2006[1][2][3]
    thanks = [(f"f{k}", "para", "", "Thank you, Mr. President.") for k in range(39)]
    english = [*thanks[:30], ("today", "para", "", today_en), *thanks[30:]]
    chinese = [("today", "para", "", today_zh)]
    assert align(chinese, english)["today"] == ("today",)
    assert align(english, chinese) == {**{row[0]: () for row in thanks}, "today": ("today",)}


def test_pairing_on_words_reads_traditional_characters_and_never_pairs_a_heading():
    """A Taiwan or Hong Kong copy prints the Secretary-General's words in traditional characters: they
    are read as the dictionary's simplified ones. A heading is never paired on its words."""
    english = SG_ADDRESS_2006[1]
    traditional = [("p1", "para", "", "我感到十分遺憾的是,上星期在第五委員會,會員國未能就我向你們提出的管理改革提案達成協商一致意見。"
                    "儘管如此,我深信,所有會員國仍然原則上致力於改革,我敦促你們共同合作,重建對於本組織順利運作至關重要的相互信任的精神。"),
                   ("p2", "para", "", "今天,我榮幸向各位推介我關於該事項的願景,該願景載於“團結起來消滅恐怖主義:關於制定全球反恐戰略的建議”文件中。")]
    assert align(traditional, english) == {"p1": ("p1",), "p2": ("p3",)}
    as_heading = [traditional[0], ("p2", "heading", "", traditional[1][3])]
    assert align(as_heading, english)["p2"] == ()


def test_a_heading_pairs_with_a_heading_on_its_words():
    """The 2025 white paper on arms control (tests/alignment48, 04): the Chinese page prints its own title
    over the paper's, so the headings under them are out of step; the publisher's line pairs with the
    English one by its words (`国务院`, `新闻`, `办公室`, `中华人民共和国` for State Council, Information,
    Office, People's Republic of China). A heading is never paired with a paragraph on its words."""
    chinese = [("t", "title", "", "白皮书:新时代的中国军控、裁军与防扩散"), ("h1", "heading", "", "新时代的中国军控、裁军与防扩散"),
               ("h2", "heading", "", "中华人民共和国国务院新闻办公室"), ("h3", "heading", "", "2025年11月")]
    english = [("t", "title", "", "China’s Arms Control, Disarmament, and Nonproliferation in the New Era"),
               ("h2", "heading", "", "The State Council Information Office of the People’s Republic of China"),
               ("h3", "heading", "", "November 2025")]
    assert align(chinese, english)["h2"] == ("h2",)
    assert align(chinese, [*english[:1], ("h2", "para", "", english[1][3]), english[2]])["h2"] == ()


def test_paragraphs_counted_off_in_words_pair_with_the_numbered_sections_of_the_other_version():
    """A right of reply numbers its facts `一、`, `二、` in Chinese where the English counts them off,
    `First,`, `Second,` (tests/alignment56, 01): they pair by their count, though a line only the Chinese
    prints (`发言全文如下:`) leaves the runs uneven. Both versions counting in words (`第一，`, `二是` /
    `First,`, `Secondly:`) pair the same way."""
    facts = ("美国军费常年高居世界第一。", "美国重拾冷战思维。", "美国退出多项条约。")
    chinese = [("p1", "para", "", "这里有几个简单的事实:" + "甲" * 30), ("p2", "para", "", "发言全文如下:"),
               *[(f"sec-{numeral}", "heading", f"{label}、", fact)
                 for numeral, label, fact in zip(("i", "ii", "iii"), "一二三", facts, strict=True)]]
    english = [("p1", "para", "", "Here are some basic facts. " + "x" * 150),
               ("p2", "para", "", "First, the US runs the largest military budget in the world, year after year."),
               ("p3", "para", "", "Second, the US is returning to cold war mentality in its strategies."),
               ("p4", "para", "", "Third, the US has withdrawn from one treaty after another in these years.")]
    assert align(chinese, english) == {"p1": ("p1",), "p2": (), "sec-i": ("p2",), "sec-ii": ("p3",), "sec-iii": ("p4",)}
    counted = [("p1", "para", "", "引言。" * 20), ("p1-1", "para", "", "全文如下:"), ("p2", "para", "", "第一，" + facts[0]),
               ("p3", "para", "", "二是" + facts[1]), ("p4", "para", "", "第三，" + facts[2])]
    worded = [english[0], english[1], ("p3", "para", "", "Secondly: " + english[2][3][8:]), ("p4", "para", "", "Third, " + english[3][3][7:])]
    assert [align(counted, worded)[f"p{k}"] for k in (2, 3, 4)] == [("p2",), ("p3",), ("p4",)]


def test_only_a_count_from_one_in_order_counts_off_paragraphs():
    """`首先，` opens a statement's thanks as often as its first point (`At the outset,`), a lone `First,`
    counts nothing off, and `一是否` is no count: none of them is read as an item the other version numbers."""
    assert [_ordinal(text) for text in ("首先，我要感谢主席。", "一是否", "第一次会议", "First of all, thanks.", "First Committee:")] == [None] * 5
    assert [_ordinal(text) for text in ("第十二，", "三是坚持", "Secondly: x", "Eleventh, y")] == [12, 3, 2, 11]
    rows = [("p1", "para", "", "First, one."), ("p2", "para", "", "Third, three."), ("p3", "para", "", "First, again."),
            ("p4", "para", "", "Second, two."), ("p5", "para", "", "Third, three.")]
    assert _counted_off(rows, [], set()) == [(2, "item-1"), (3, "item-2"), (4, "item-3")]
    assert _counted_off(rows[:2], [], set()) == []


def test_a_count_one_version_spells_and_the_other_writes_in_figures_pairs_in_step():
    """`这里有十个简单的事实` / `Here are 10 basic facts` (tests/alignment56, 01): the same number, one
    spelt out, the other in figures, is no figure one prints and the other lacks."""
    chinese = [("sec-i", "heading", "一、", "序言"), ("p1", "para", "", "今天我要说的只有一个意思:美国是最大威胁。"),
               ("p2", "para", "", "我为什么这么说?这里有十个简单的事实:"), ("sec-ii", "heading", "二、", "事实")]
    english = [("sec-i", "heading", "I.", "Preamble"),
               ("p1", "para", "", "Today, in exercising the right of reply, I have just one message: the US is the greatest threat."),
               ("p2", "para", "", "Why? Here are 10 basic facts."), ("sec-ii", "heading", "II.", "Facts")]
    assert align(chinese, english)["p2"] == ("p2",)
    english[2] = ("p2", "para", "", "Why? Here are 12 basic facts.")
    assert align(chinese, english)["p2"] == ()
