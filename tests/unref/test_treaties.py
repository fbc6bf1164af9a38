"""Treaties named in 《》; unknown titles (plans, laws) are not emitted."""
from .helpers import at, found


def treaties(text):
    return [(r[1], r[2]) for r in found(text, "treaty")]


def test_npt_tlatelolco_tpnw_from_cuba_reply():
    text = ("我们有一个在国家一级履行我们作为《不扩散核武器条约》、《拉丁美洲和加勒比禁止核武器条约》"
            "(特拉特洛尔科条约)以及多项化学和生物武器公约缔约国国际义务的有效制度。此外，我们已为 2018 年 1 月 30 日"
            "批准的《禁止核武器条约》的生效做好了准备。")
    assert found(text, "treaty")[0] == ("treaty", "NPT", "《不扩散核武器条约》", *at(text, "《不扩散核武器条约》"), None)
    assert treaties(text) == [("NPT", "《不扩散核武器条约》"),
                              ("Treaty of Tlatelolco", "《拉丁美洲和加勒比禁止核武器条约》"),
                              ("Treaty of Tlatelolco", "特拉特洛尔科条约"),  # its short name, unbracketed
                              ("BWC", "生物武器公约"),  # "the chemical and biological weapons conventions"
                              ("TPNW", "《禁止核武器条约》")]


def test_names_in_running_text_without_brackets():
    text = "各国应遵守不扩散核武器条约和禁止化学武器公约，NPT审议大会即将召开；核不扩散机制不是条约。"
    assert treaties(text) == [("NPT", "不扩散核武器条约"), ("CWC", "禁止化学武器公约"), ("NPT", "NPT")]


def test_short_or_embedded_forms_stay_unlinked_without_brackets():
    assert treaties("公约的缔约国和条约机构；UNPTX 不是 NPT2 也不是 ANPT") == []


def test_chemical_and_biological_weapons_conventions():
    text = "也即《不扩散核武器条约》、《化学武器公约》、《生物武器公约》和 1925 年《禁止在战争中使用窒息性、毒性或其他气体和细菌作战方法议定书》的缔约国"
    assert treaties(text) == [("NPT", "《不扩散核武器条约》"), ("CWC", "《化学武器公约》"),
                              ("BWC", "《生物武器公约》"),
                              ("1925 Geneva Protocol", "《禁止在战争中使用窒息性、毒性或其他气体和细菌作战方法议定书》")]
    assert treaties("《禁止化学武器公约》《生物及毒素武器公约》") == [("CWC", "《禁止化学武器公约》"),
                                                        ("BWC", "《生物及毒素武器公约》")]
    long_bwc = "《禁止细菌(生物)及毒素武器的发展生产和储存以及销毁这类武器的公约》"
    assert treaties(f"在生物领域，{long_bwc}第八次审查会议") == [("BWC", long_bwc)]


def test_nuclear_terrorism_and_physical_protection():
    text = "这些公约包括《制止核恐怖主义行为国际公约》、《核材料实物保护公约》和 2005 年对后者的修正案"
    assert treaties(text) == [("ICSANT", "《制止核恐怖主义行为国际公约》"), ("CPPNM", "《核材料实物保护公约》")]
    assert treaties("《〈核材料实物保护公约〉修正案》") == [("CPPNM Amendment", "《〈核材料实物保护公约〉修正案》")]
    assert treaties("介绍关于执行《核材料公约》") == [("CPPNM", "《核材料公约》")]


def test_aviation_conventions_and_charter():
    text = "普遍通过于 2018 年 7 月 1 日生效的《制止与国际民用航空有关的非法行为公约》(《北京公约》)。"
    assert treaties(text) == [("Beijing Convention", "《制止与国际民用航空有关的非法行为公约》"),
                              ("Beijing Convention", "《北京公约》")]
    assert treaties("通过制定和审查《国际民用航空公约》附件 17") == [("Chicago Convention", "《国际民用航空公约》")]
    assert treaties("违反了《联合国宪章》和国际法原则") == [("UN Charter", "《联合国宪章》")]
    assert treaties("对于《海牙行为准则》这一防止弹道导弹扩散的文书") == [("HCOC", "《海牙行为准则》")]


def test_ctbt_in_quotation_marks():
    text = "(o) “全面禁止核试验条约”(“禁核试条约”)是目前在核裁军方面最容易实现的目标。"
    assert treaties(text) == [("CTBT", "“全面禁止核试验条约”"), ("CTBT", "“禁核试条约”")]


def test_traditional_title():
    assert treaties("《不擴散核武器條約》") == [("NPT", "《不擴散核武器條約》")]


def test_unknown_titles_are_not_treaties():
    assert treaties("为执行决议拟订自愿的《国家行动计划》可能有所帮助") == []
    assert treaties("印度颁布了 1992 年《外贸法》修正案") == []
    assert treaties("支持公共政策期刊《1540 指南》方面") == []
    assert treaties("从速履行其根据《公约》应承担的义务") == []
    assert treaties("各国和国际组织通过指定“1540 联络点”") == []


def test_bodies_inside_treaty_titles_are_not_reported():
    assert [r for r in found("《联合国宪章》《国际民用航空公约》") if r[0] == "body"] == []


def test_the_charter_and_a_plan_of_action_stand_alone_in_either_script():
    text = "依照聯合國憲章第七章，伊朗違反聯合全面行動計畫；本宪章与该计划"
    assert treaties(text) == [("UN Charter", "聯合國憲章"), ("JCPOA", "聯合全面行動計畫")]


def test_an_english_title_of_several_words_names_its_treaty_as_whole_words():
    text = "聯合全面行動計畫(Joint Comprehensive Plan of Action)及the Treaty on the Non-Proliferation of Nuclear Weapons"
    assert treaties(text) == [("JCPOA", "聯合全面行動計畫"), ("JCPOA", "Joint Comprehensive Plan of Action"),
                              ("NPT", "Treaty on the Non-Proliferation of Nuclear Weapons")]
    assert treaties("the Joint Comprehensive Plan of Actions; a SmallArms Trade Treaty") == []
    # the common English title (UNODA's) beside the Chinese short one, spaces as a PDF copy leaves them
    assert treaties("《特定常规武器公约》(Convention  on Certain Conventional\nWeapons, CCW)") == [
        ("CCW", "《特定常规武器公约》"), ("CCW", "Convention  on Certain Conventional\nWeapons"), ("CCW", "CCW")]


def test_a_short_english_name_of_a_word_and_an_acronym_names_its_treaty_as_whole_words():
    assert treaties("俄方警告,新「戰略武器裁減條約」(New START)可能到期;美俄 New START 條約") == [
        ("New START", "New START"), ("New START", "New START")]
    assert treaties("Renew STARTS; NewSTARTER") == []


def test_a_long_title_copied_without_one_of_its_list_marks():
    # the CWC's title as a Macao gazette index prints it: `生產儲存` for `生產、儲存`
    text = "命令公佈《關於禁止發展、生產儲存和使用化學武器及銷毀此種武器的公約》關於執行和核查的附件"
    assert treaties(text) == [("CWC", "《關於禁止發展、生產儲存和使用化學武器及銷毀此種武器的公約》")]
    text = "作为关于禁止发展生产储存和使用化学武器及销毁此种武器的公约的缔约国"
    assert treaties(text) == [("CWC", "关于禁止发展生产储存和使用化学武器及销毁此种武器的公约")]


def test_list_marks_stay_significant_in_short_titles():
    assert treaties("《化学、武器公约》") == []


def test_a_title_nested_inside_a_title_we_do_not_know():
    text = "中華人民共和國是《〈中亞無核武器區條約〉議定書》的簽署國。"
    assert found(text, "treaty") == [("treaty", "Treaty of Semipalatinsk", "〈中亞無核武器區條約〉", *at(text, "〈中亞無核武器區條約〉"), None)]
    assert treaties("《关于执行〈不扩散核武器条约〉的国家报告》") == [("NPT", "〈不扩散核武器条约〉")]
    assert treaties("《〈国家安全法〉释义》") == []  # a law nested in a guide: no treaty


def test_a_title_printed_with_its_acronym_in_the_same_brackets():
    text = "聯合國終於在 1972 年 4 月催生《禁止生物武 器公約 BWC 》,對 183 個締約國"
    assert found(text, "treaty") == [("treaty", "BWC", "禁止生物武 器公約", *at(text, "禁止生物武 器公約"), None),
                                     ("treaty", "BWC", "BWC", *at(text, "BWC"), None)]
    assert treaties("《禁止化学武器公约(CWC)》") == [("CWC", "禁止化学武器公约"), ("CWC", "CWC")]
    assert treaties("《不扩散核武器条约 CWC》") == [("NPT", "不扩散核武器条约")]  # an acronym of another treaty is not read
    assert treaties("《出口管制法 ECL》") == []


def test_an_acronym_with_its_treaty_word_as_a_title():
    """Hong Kong's Marine Department: `(《SOLAS公約》)`; an acronym no treaty has stays unread."""
    assert treaties("《1974年國際海上人命安全公約》(《SOLAS公約》)締約政府會議") == [("SOLAS", "國際海上人命安全公約"), ("SOLAS", "SOLAS公約")]
    assert treaties("《SUA公约》第3条，批准了《1988年SUA公约》") == [("SUA", "SUA公约"), ("SUA", "1988年SUA公约")]
    assert treaties("《ABC公约》") == []


def test_a_short_name_ending_in_a_treaty_word_stands_alone():
    assert treaties("指控伊朗未履行伊核協議") == [("JCPOA", "伊核協議")]


def test_a_bare_treaty_word_in_corner_marks_is_the_one_the_document_names():
    from unref import extract_document
    refs = extract_document(["《禁止生物武器公約》締約國會議", "支持重啟「公約」核查議定書談判"])
    assert [[(r.target, r.surface) for r in paragraph if r.type == "treaty"] for paragraph in refs] == [
        [("BWC", "《禁止生物武器公約》")], [("BWC", "「公約」")]]


def test_a_treaty_s_long_name_inside_a_title_we_do_not_know():
    assert treaties("《联合国制裁(联合全面行动计划——伊朗)规例》(第537BV章)") == [("JCPOA", "联合全面行动计划")]
    assert treaties("《〈中亞無核武器區條約〉議定書》") == [("Treaty of Semipalatinsk", "〈中亞無核武器區條約〉")]
    assert treaties("《国家伊核协议评估》") == []  # a short name inside a title stays unread


def test_a_body_whose_name_holds_a_treaty_title_in_its_marks():
    text = "出席《全面禁止核試驗條約》組織籌委會全會,呼吁加強《全面禁止核試驗條約》。"
    # the whole name, 籌委會 too: a form between the full name and 全面禁核试条约组织筹委会
    assert found(text) == [("body", "CTBTO PrepCom", "《全面禁止核試驗條約》組織籌委會", *at(text, "《全面禁止核試驗條約》組織籌委會"), None),
                           ("treaty", "CTBT", "《全面禁止核試驗條約》", *at(text, "《全面禁止核試驗條約》", 1), None)]
    assert treaties("全面禁止核试验条约组织筹备委员会") == []  # the CTBT in the CTBTO's name


def test_an_amendment_named_after_the_title_it_amends_is_the_amendment_alone():
    """`《核材料实物保护公约》修订案`, as the NPC's ratified text is titled (tests/unseen11, 19): the
    amendment, and not the convention as well; `修订案` and `修正案` alike."""
    for text in ("严格按照《核材料实物保护公约》修订案要求", "按照《核材料實物保護公約》修正案"):
        surface = text[text.index("《"):text.index("案") + 1]
        assert found(text, "treaty") == [("treaty", "CPPNM Amendment", surface, *at(text, surface), None)]


def test_a_protocol_printed_after_its_treaty_or_around_its_title_in_inner_marks_is_the_protocol():
    """SOLAS's 1988 Protocol after the convention's closing mark, and titled with the convention's
    short title in inner marks, as the Ministry of Transport's notice 2012 No. 20 prints it
    (`《<安全公约>1988年议定书》`); the convention alone stays the convention."""
    text = "經《1974年國際海上人命安全公約》1988年議定書修正。"
    assert treaties(text) == [("SOLAS 1988 Protocol", "《1974年國際海上人命安全公約》1988年議定書")]
    assert treaties("我国是《<安全公约>1988年议定书》的缔约国") == [("SOLAS 1988 Protocol", "《<安全公约>1988年议定书》")]
    assert treaties("《1974年国际海上人命安全公约》第五章") == [("SOLAS", "国际海上人命安全公约")]
    assert treaties("《1974年国际海上人命安全公约》1990年议定书") == [("SOLAS", "国际海上人命安全公约")]  # no such protocol known


def test_the_small_arms_programme_of_action_and_its_own_short_title():
    """A document naming the Programme of Action in full calls it 《行动纲领》 after, as it calls the one
    convention it names 《公约》 (the General Assembly's resolutions on small arms do)."""
    text = ("强调必须全面执行《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》和《国际追查文书》，"
            "回顾各国承诺将《行动纲领》视为主要框架。")
    assert treaties(text) == [("Programme of Action on Small Arms", "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》"),
                              ("International Tracing Instrument", "《国际追查文书》"),
                              ("Programme of Action on Small Arms", "《行动纲领》")]
    assert treaties("各国应落实《行动纲领》。") == []  # named nowhere in full: whose programme is unknown


def test_the_five_outer_space_treaties_and_the_geneva_conventions():
    text = ("联合国五项条约：《关于各国探索和利用外层空间包括月球与其他天体活动所应遵守原则的条约》、《营救协定》、"
            "《空间物体所造成损害的国际责任公约》、《关于登记射入外层空间物体的公约》和《月球协定》；"
            "另有日內瓦四公約及《關於戰俘待遇之日內瓦公約》。")
    assert [target for target, _ in treaties(text)] == [
        "Outer Space Treaty", "Rescue Agreement", "Liability Convention", "Registration Convention", "Moon Agreement",
        "Geneva Conventions", "Third Geneva Convention"]


def test_a_numbered_instrument_is_not_the_unnumbered_treaty_of_that_name():
    # the Geneva Conventions' first Additional Protocol is not the IAEA's Additional Protocol
    assert treaties("根据第一附加議定書第47條，雇傭兵不享有戰鬥員地位") == []
    assert treaties("第二附加议定书和第3号附加议定书") == []
    assert treaties("伊朗签署附加议定书，第二阶段") == [("Additional Protocol", "附加议定书")]


def test_the_cut_off_treaty_the_budapest_memorandum_and_taiwan_s_test_ban_names_stand_alone():
    """Names the disarmament press prints unbracketed: the fissile material cut-off treaty's short
    name, the Budapest Memorandum (a memorandum, named as a treaty is), the test-ban treaty as Taiwan
    writes it, and the organisation named after it, which is a body's."""
    text = "裁談會應談判禁產條約。美英俄依布達佩斯備忘錄作出保證。美方指中國違反全面禁止核子試爆條約,全面禁止核子試爆條約組織回應。"
    assert treaties(text) == [("FMCT", "禁產條約"), ("Budapest Memorandum", "布達佩斯備忘錄"), ("CTBT", "全面禁止核子試爆條約")]
    assert [(r[1], r[2]) for r in found(text, "body") if r[1] == "CTBTO PrepCom"] == [("CTBTO PrepCom", "全面禁止核子試爆條約組織")]


def test_a_year_in_a_treaty_s_name_also_in_chinese_numerals():
    """The loader adds each name printing a year in figures written with the year in numerals, as
    treaty texts and gazettes print it (`一九二五年日内瓦议定书`)."""
    assert treaties("遵守一九二五年日内瓦议定书和1925年日内瓦议定书") == [
        ("1925 Geneva Protocol", "一九二五年日内瓦议定书"), ("1925 Geneva Protocol", "1925年日内瓦议定书")]


def test_an_acronym_opening_or_inside_a_document_symbol_is_not_the_treaty():
    """`NPT/CONF.2010/50`, `BWC/MSP/2009/5`, the CTBTO's `CTBT–Art.XIV/2007/3` and `CTBT/PTS/INF.1`
    are documents' symbols (the last holding `INF` too); the acronyms beside a slash that opens
    no symbol, and alone, are the treaties."""
    for text in ("见NPT/CONF.2010/50号文件。", "BWC/MSP/2009/5号文件", "CTBT–Art.XIV/2007/3", "CTBT – Art.XIV/2005/3/Rev.1",
                 "见CTBT/PTS/INF.1号文件"):
        assert treaties(text) == [], text
    assert treaties("NPT/CTBT 体制与CTBT") == [("NPT", "NPT"), ("CTBT", "CTBT"), ("CTBT", "CTBT")]


def test_treaties_of_stop_56():
    """The CFE Treaty in Taiwan's wording, the Indus Waters Treaty, the Oslo Accords (sources in treaties.json)."""
    assert treaties("俄羅斯宣布廢除《歐洲傳統武力條約》") == [("CFE Treaty", "《歐洲傳統武力條約》")]
    assert treaties("印度暫停履行《印度河河水條約》，即1960年的《印度河水域条约》(IWT)") == [
        ("Indus Waters Treaty", "《印度河河水條約》"), ("Indus Waters Treaty", "《印度河水域条约》"), ("Indus Waters Treaty", "IWT")]
    assert treaties("《奧斯陸協定》") == [("Oslo Accords", "《奧斯陸協定》")]
