"""Bodies from the gazetteer: longest match, context rules, definitions in the text."""
from unref import DocumentContext, extract_document, extract_references
from unref.knowledge import KnownData, load_known_data

from .helpers import at, found


def bodies(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(r[1], r[2]) for r in found(text, "body", **kwargs)]


def test_organisations_with_definitions_from_cd_2118():
    text = ("3. 来自联合国会员国和国际组织(欧洲安全与合作组织(欧安组织)、联合国裁军事务厅(裁军厅)、"
            "1540 委员会专家组、禁止化学武器组织(禁化武组织)、世界海关组织和欧盟)的超过 45 名与会者")
    assert bodies(text) == [
        ("OSCE", "欧洲安全与合作组织"), ("OSCE", "欧安组织"),
        ("UNODA", "联合国裁军事务厅"), ("UNODA", "裁军厅"),
        ("1540 Group of Experts", "1540 委员会专家组"),
        ("OPCW", "禁止化学武器组织"), ("OPCW", "禁化武组织"),
        ("WCO", "世界海关组织"), ("EU", "欧盟"),
    ]
    start, end = at(text, "联合国裁军事务厅")
    assert found(text, "body")[2][3:5] == (start, end)


def test_longest_match_wins():
    assert bodies("联合国裁军事务厅") == [("UNODA", "联合国裁军事务厅")]
    assert bodies("国际原子能机构(原子能机构)") == [("IAEA", "国际原子能机构"), ("IAEA", "原子能机构")]


def test_traditional_forms():
    assert bodies("國際原子能機構、原子能機構、禁止化學武器組織、禁化武組織、安全理事會、歐洲聯盟") == [
        ("IAEA", "國際原子能機構"), ("IAEA", "原子能機構"), ("OPCW", "禁止化學武器組織"),
        ("OPCW", "禁化武組織"), ("Security Council", "安全理事會"), ("EU", "歐洲聯盟"),
    ]


def test_security_council_forms():
    assert bodies("请将本函及其附件提请安全理事会成员注意，并作为安理会文件分发为荷。") == [
        ("Security Council", "安全理事会"), ("Security Council", "安理会")]


def test_general_assembly_only_where_it_is_the_assembly():
    assert bodies("大会第 73/55 号决议") == [("General Assembly", "大会")]
    assert bodies("并向大会第七十四届会议提出报告") == [("General Assembly", "大会")]
    assert bodies("印度对联合国大会未经表决通过这项决议表示满意") == [("General Assembly", "联合国大会")]
    assert bodies("可否为配合大会第一委员会会议而同时举行") == [("First Committee", "大会第一委员会")]
    assert bodies("国际民航组织第三十九届大会通过了各类决议") == [("ICAO", "国际民航组织")]
    assert bodies("各国家元首和政府首脑在 2018 年的布鲁塞尔首脑会议上") == []
    assert bodies("2018 年 12 月 3 日至 7 日在伦敦举行的全体会议") == []
    assert bodies("在人民大会堂举行") == []


def test_1540_committee_forms():
    assert bodies("安全理事会第 1540 (2004) 号决议 所设委员会") == [
        ("1540 Committee", "安全理事会第 1540 (2004) 号决议 所设委员会")]
    assert bodies("1540 委员会的外联") == [("1540 Committee", "1540 委员会")]
    assert bodies("第1540號決議所設委員會") == [("1540 Committee", "第1540號決議所設委員會")]


def test_group_of_experts_only_in_1540_context():
    context = DocumentContext(topics={"1540"})
    assert bodies("委员会和专家组还应一些国家的邀请参加了各种活动", context=context) == [
        ("1540 Group of Experts", "专家组")]
    assert bodies("委员会和专家组还应一些国家的邀请参加了各种活动") == []
    assert bodies("请秘书长设立审议核查推动核裁军方面作用的政府专家组", context=context) == [
        ("Secretary-General", "秘书长")]


def test_the_board_as_a_bare_council_in_a_document_naming_the_agency():
    """A text naming the IAEA calls its Board 理事会; elsewhere the word names no body, nor after a
    character that ends a name (安全理事会 is the Security Council), nor where the Agency's name is
    only inside China's authority's."""
    assert bodies("国际原子能机构理事会通过决议。理事会35个成员国中，中国投了反对票。") == [
        ("IAEA Board of Governors", "国际原子能机构理事会"), ("IAEA Board of Governors", "理事会")]
    assert bodies("國際原子能總署(IAEA)昨天開會，35個成員國的理事會通過決議") == [
        ("IAEA", "國際原子能總署"), ("IAEA", "IAEA"), ("IAEA Board of Governors", "理事會")]
    paragraphs = ["原子能机构总干事格罗西发表讲话。", "他说，理事会将于下周开会。"]
    assert [[(r.target, r.surface) for r in refs] for refs in extract_document(paragraphs)] == [
        [("IAEA", "原子能机构")], [("IAEA Board of Governors", "理事会")]]
    assert bodies("欧盟理事会和安全理事会开会。理事会决定延长制裁。") == [
        ("Council of the EU", "欧盟理事会"), ("Security Council", "安全理事会")]
    assert bodies("国家原子能机构局长说，理事会将开会") == []
    assert bodies("中国原子能机构称，理事会决定。") == []  # China's authority, as the IAEA's rule reads it
    # another council named: the bare word may be that one's (the Security Council is shortened 安理会)
    assert bodies("原子能机构说，欧盟理事会决定，理事会还决定延长制裁") == [("IAEA", "原子能机构"), ("Council of the EU", "欧盟理事会")]
    assert bodies("原子能机构说，安理会开会后，理事会将开会") == [
        ("IAEA", "原子能机构"), ("Security Council", "安理会"), ("IAEA Board of Governors", "理事会")]
    assert bodies("原子能机构指出，北极理事会和董事会理事会均未表态") == [("IAEA", "原子能机构")]


def test_secretary_general_but_not_deputies_or_other_organisations():
    assert bodies("2016年 12月 1 日西班牙常驻联合国代表给秘书长的信") == [("Secretary-General", "秘书长")]
    assert bodies("金垣洙先生(副秘书长兼裁军事务高级代表)说") == []
    assert bodies("集体安全条约组织代理秘书长瓦莱利·萨曼利科夫") == [("CSTO", "集体安全条约组织")]


def test_regimes_from_a_74_140():
    text = "并作为正式成员参与导弹技术控制制度、瓦塞纳尔安排和澳大利亚集团的讨论。包括核供应国集团的准则。"
    assert bodies(text) == [("MTCR", "导弹技术控制制度"), ("Wassenaar Arrangement", "瓦塞纳尔安排"),
                            ("Australia Group", "澳大利亚集团"), ("NSG", "核供应国集团")]


def test_institutes_and_companies():
    assert bodies("亨利·史汀生中心主席 Brian Finley 和 DHL 首席执行官 Frank Appel") == [
        ("Stimson Center", "亨利·史汀生中心"), ("DHL", "DHL")]
    assert bodies("33. Röser 先生(Infineon 技术公司观察员)说") == [("Infineon", "Infineon")]
    assert bodies("31. Bauer 女士(斯德哥尔摩国际和平研究所观察员)") == [("SIPRI", "斯德哥尔摩国际和平研究所")]


def test_latin_acronyms_need_word_boundaries():
    assert bodies("集体安全条约组织(CSTO)集体快速反应部队") == [("CSTO", "集体安全条约组织"), ("CSTO", "CSTO")]
    assert bodies("DHLX 和 XDHL") == []
    assert bodies("通過所有40FATF技術性合規評級") == [("FATF", "FATF")]  # a number whose space copying lost
    assert bodies("稱FATF40項建議為聖經") == [("FATF", "FATF")]  # …before Chinese, after the acronym


def test_a_council_committee_is_read_by_the_english_short_name_of_its_founding_resolution():
    """The 1737 Committee's entry lists no English name; the loader gives every committee the
    UN's `N Committee` after the resolution that set it up, and no committee another's."""
    assert bodies("1737委員會(1737 Committee)主席通報工作") == [
        ("1737 Committee", "1737委員會"), ("1737 Committee", "1737 Committee")]
    assert bodies("the 1373 Committee and the 1540 Committee") == [("CTC", "1373 Committee"), ("1540 Committee", "1540 Committee")]
    assert bodies("the 2231 Committee") == []  # resolution 2231 (2015) set up no committee


def test_un_offices_in_a_74_140():
    text = "欧洲联盟将在 3 年的时间内向联合国毒品和犯罪问题办公室和联合国反恐怖主义办公室提供将近 500 万欧元。"
    assert bodies(text) == [("EU", "欧洲联盟"), ("UNODC", "联合国毒品和犯罪问题办公室"),
                            ("UNOCT", "联合国反恐怖主义办公室")]


def test_definition_adds_a_short_form_missing_from_the_gazetteer():
    full = load_known_data()
    gazetteer = [dict(b, short_zh=[], names_zh_hant=[]) if b["id"] == "OSCE" else b for b in full.bodies]
    data = KnownData(resolutions=full.resolutions, bodies=gazetteer, treaties=full.treaties)
    paragraphs = [
        "乌克兰与联合国裁军厅及欧安组织合作举办了国际讲习班。",
        "来自联合国会员国和国际组织(欧洲安全与合作组织(欧安组织)的超过 45 名与会者",
    ]
    first, second = extract_document(paragraphs, data=data)
    assert [(r.target, r.surface) for r in first if r.surface == "欧安组织"] == [("OSCE", "欧安组织")]
    assert [(r.target, r.surface) for r in second] == [("OSCE", "欧洲安全与合作组织"), ("OSCE", "欧安组织")]
    # Without the document's definition, the short form is unknown to this gazetteer.
    assert [r for r in extract_references(paragraphs[0], data=data) if r.surface == "欧安组织"] == []


def test_a_formal_definition_after_the_name_in_english_teaches_its_short_form():
    """Hong Kong's and the mainland's formal texts define a short form with words and quotation
    marks, often after the name in English: `(下稱「特別組織」)`, `(以下简称“特别组织”)`."""
    hong_kong = "財務行動特別組織(Financial Action Task Force)(下稱「特別組織」) 是一個跨政府組織。「特別組織」會識別缺陷。"
    assert [(r.target, r.surface) for r in extract_references(hong_kong) if r.type == "body"] == [
        ("FATF", "財務行動特別組織"), ("FATF", "Financial Action Task Force"), ("FATF", "特別組織"), ("FATF", "特別組織")]
    mainland = "金融行动特别组织（以下简称“特别组织”）成立于1989年。特别组织发布建议。"
    assert [r.surface for r in extract_references(mainland) if r.type == "body"] == ["金融行动特别组织", "特别组织", "特别组织"]
    # A short form the name does not abbreviate is no definition.
    assert [r.surface for r in extract_references("金融行动特别工作组（以下简称“特别组织”）。特别组织") if r.type == "body"] == [
        "金融行动特别工作组"]


def test_a_gloss_in_brackets_is_not_a_definition():
    context = DocumentContext()
    from unref.references.extract import learn
    learn("欧洲联盟(欧洲)和禁止化学武器组织(禁化武组织)、集体安全条约组织(CSTO)", context)
    assert "欧洲" not in context.aliases
    assert context.aliases == {}      # the other two are already in the gazetteer


def test_empty_and_plain_text():
    assert extract_references("") == []
    assert extract_references("   ") == []
    assert extract_references("顺致最崇高的敬意。") == []


def test_an_english_name_of_three_words_or_more_names_its_body_inside_chinese_text():
    text = "核供應國集團(Nuclear Suppliers Group, NSG)與International Atomic Energy Agency"
    assert [(ref.target, ref.surface) for ref in extract_references(text) if ref.type == "body"] == [
        ("NSG", "核供應國集團"), ("NSG", "Nuclear Suppliers Group"), ("NSG", "NSG"),
        ("IAEA", "International Atomic Energy Agency")]
    # part of the name, or the name inside longer words, is not the body
    assert [ref.target for ref in extract_references("the Suppliers Group; NuclearSuppliers Groups") if ref.type == "body"] == []


def test_a_committee_or_panel_is_named_by_the_resolution_that_set_it_up():
    """Texts vary the paragraph and the verb; the body is read from its founding resolution."""
    assert bodies("第1973(2011)號決議第24段所設專家小組的最後報告") == [
        ("1973 Panel of Experts", "第1973(2011)號決議第24段所設專家小組")]
    assert bodies("回顾依照第1874(2009)号决议第26段设立的专家小组") == [
        ("1718 Panel of Experts", "依照第1874(2009)号决议第26段设立的专家小组")]
    assert bodies("第1718(2006)号决议所设立的委员会") == [("1718 Committee", "第1718(2006)号决议所设立的委员会")]
    assert bodies("安全理事会第2374(2017)号决议所设委员会") == [
        ("2374 Committee", "安全理事会第2374(2017)号决议所设委员会")]
    assert bodies("第1643(2005)号决议第9段所设专家组") == [("1572 Group of Experts", "第1643(2005)号决议第9段所设专家组")]
    assert bodies("经第1533号决议第8段所设委员会转交") == [("1533 Committee", "第1533号决议第8段所设委员会")]
    assert bodies("第 1526 (2004) 号决议所设监测组") == [("1267 Monitoring Team", "第 1526 (2004) 号决议所设监测组")]
    assert bodies("第２１４０（２０１４）號決議所設專家小組") == [("2140 Panel of Experts", "第２１４０（２０１４）號決議所設專家小組")]


def test_a_resolution_that_set_up_no_such_body_names_none():
    assert bodies("第1887(2009)号决议所设委员会") == []  # founded no committee
    assert bodies("第1718(2006)号决议所设专家小组") == []  # 1718 set up the committee; 1874 the panel
    assert bodies("第1718(2007)号决议所设委员会") == []  # not 1718's year: another resolution
    # described, not set up, there: not the founding rule's; but a text citing a Libya resolution
    # is about that regime, whose panel a bare 专家小组 then is (sanctions.json, `unnamed_panel`)
    assert bodies("第1973(2011)号决议第24段所述专家小组") == [("1973 Panel of Experts", "专家小组")]
    assert bodies("第1718(2006)号决议所设委员会主席") == [("1718 Committee", "第1718(2006)号决议所设委员会")]


def test_the_founding_rule_finds_a_listed_form_once_with_its_resolution():
    refs = found("第2140(2014)號決議所設專家小組", "body")
    assert [(r[1], r[2]) for r in refs] == [("2140 Panel of Experts", "第2140(2014)號決議所設專家小組")]
    assert [(r.type, r.target, r.surface) for r in extract_references("依照第1874(2009)号决议第26段设立的专家小组")] == [
        ("body", "1718 Panel of Experts", "依照第1874(2009)号决议第26段设立的专家小组"),
        ("resolution", "S/RES/1874 (2009)", "第1874(2009)号决议第26段")]


def test_a_name_printed_across_quotation_marks_holds_them():
    text = "列入“基地”組織制裁委員會的名單。監察員辦公室審議了申請。"
    assert found(text, "body") == [
        ("body", "1267 Committee", "“基地”組織制裁委員會", *at(text, "“基地”組織制裁委員會"), None),
        ("body", "Ombudsperson 1267", "監察員辦公室", *at(text, "監察員辦公室"), None)]  # the document names the regime


def test_a_national_authority_is_not_the_international_body_its_name_ends_with():
    """国家原子能机构 is China's Atomic Energy Authority; the IAEA's short form is not read after 国家."""
    text = "持證單位向國家原子能機構核材料管制辦公室報告，並接受國際原子能機構的保障監督。"
    assert [(r.target, r.surface) for r in extract_references(text) if r.type == "body"] == [("IAEA", "國際原子能機構")]
    assert [r.surface for r in extract_references("報告原子能機構。") if r.type == "body"] == ["原子能機構"]
    # so is China's (or one's own country's) authority written 中國/我國原子能機構
    text = "我會見中國原子能機構的官員，希望我國原子能機構協助出席國際原子能機構會議。"
    assert [(r.target, r.surface) for r in extract_references(text) if r.type == "body"] == [("IAEA", "國際原子能機構")]


def test_interpol_by_its_common_short_name():
    assert [(r.target, r.surface) for r in extract_references("通過國際刑警與外地警方作情報交流") if r.type == "body"] == [
        ("INTERPOL", "國際刑警")]


def test_a_long_english_name_in_lower_case_or_without_its_accents():
    """A name of three words or more is no acronym: read in lower case too; a Latin letter's accent,
    which copies drop, is not needed (OPANAL's own Spanish name, bodies.json)."""
    assert bodies("the nuclear security summit in Washington") == [("Nuclear Security Summit", "nuclear security summit")]
    spanish = "Organismo para la Proscripcion de las Armas Nucleares en la America Latina y el Caribe"
    assert bodies(f"({spanish})") == [("OPANAL", spanish)]
    assert bodies("the iaea") == []  # an acronym stays in capitals


def test_the_united_nations_written_un_before_a_chinese_name():
    """Taiwan's and Hong Kong's press: `UN秘書長`, `UN憲章` are the Secretary-General and the Charter."""
    assert bodies("UN秘書長譴責北韓射飛彈") == [("Secretary-General", "UN秘書長")]
    assert [(r[1], r[2]) for r in found("安理會成員將立即根據UN憲章第41條採取行動", "treaty")] == [("UN Charter", "UN憲章")]
    assert bodies("GUN秘書長") == []  # a longer Latin word is no `UN`


def test_an_organisation_named_by_the_treaty_that_sets_it_up():
    """`禁止化學武器公約組織` is the OPCW (CWC Article VIII), not the Convention inside its name."""
    text = "禁止化學武器公約組織發表報告,各國須遵守禁止化學武器公約"
    assert bodies(text) == [("OPCW", "禁止化學武器公約組織")]
    assert [(r[1], r[2]) for r in found(text, "treaty")] == [("CWC", "禁止化學武器公約")]
    assert bodies("化学武器公约缔约国大会") == [("OPCW Conference of the States Parties", "化学武器公约缔约国大会")]


def test_the_states_own_monitoring_team_after_the_dprk_panel():
    """The Multilateral Sanctions Monitoring Team (2024), set up outside the UN by eleven States
    when the 1718 panel ended: its own body, not the panel."""
    assert bodies("韩美日等11国成立多国制裁监测组") == [("MSMT", "多国制裁监测组")]
    assert bodies("多國制裁監測組(MSMT)發表報告") == [("MSMT", "多國制裁監測組"), ("MSMT", "MSMT")]


def test_the_council_s_working_groups():
    """The working groups of resolutions 1566 (2004) and 1612 (2005), by name and by the
    resolution that set them up, as the UN names its subsidiary bodies."""
    assert bodies("安全理事会儿童与武装冲突问题工作组通过结论") == [
        ("CAAC Working Group", "安全理事会儿童与武装冲突问题工作组")]
    assert bodies("第1566(2004)號決議所設工作組") == [("1566 Working Group", "第1566(2004)號決議所設工作組")]


def test_a_name_shortened_less_than_its_short_form():
    """Chinese shortens a name by dropping characters (`禁止化学武器组织` → `禁化武组织`); a text
    may drop fewer, and is read as naming the same body, unless that form is another body's."""
    assert bodies("禁止化武器組織與聯合國") == [("OPCW", "禁止化武器組織")]
    assert bodies("禁止化武組織派員調查") == [("OPCW", "禁止化武組織")]
    assert bodies("国际刑警察组织") == [("INTERPOL", "国际刑警察组织")]
    assert bodies("禁化学武器") == []  # no organisation named


def test_forms_between_a_name_and_its_short_form():
    from unref.knowledge import _between
    assert _between("禁止化学武器组织", "禁化武组织") == [
        "禁止化武组织", "禁化学武组织", "禁止化学武组织", "禁化武器组织", "禁止化武器组织", "禁化学武器组织"]
    assert _between("国际原子能机构", "原子能机构") == []  # a run of characters dropped (国际), not single ones
    assert _between("裁军谈判会议", "裁谈会") == []  # a short form under four characters


def test_the_container_security_initiative_and_other_regional_forms_of_stop_43():
    assert bodies("高雄港加入貨櫃安全計劃(Container Security Initiative,簡稱CSI)") == [
        ("CSI", "貨櫃安全計劃"), ("CSI", "Container Security Initiative"), ("CSI", "CSI")]
    assert bodies("联合国监督、视察和核查委员会(监核会)的专家") == [
        ("UNMOVIC", "联合国监督、视察和核查委员会"), ("UNMOVIC", "监核会")]
    assert bodies("出口管制則為預防性機制（如《瓦聖納協定》）") == [("Wassenaar Arrangement", "瓦聖納協定")]


def test_a_part_of_a_body_typed_after_the_body_s_acronym():
    text = "IAEA理事会通过决议,OPCW執行理事會和OPCW技术秘书处随后报告;IAEA总干事"
    assert bodies(text) == [("IAEA Board of Governors", "IAEA理事会"), ("OPCW Executive Council", "OPCW執行理事會"),
                            ("OPCW Technical Secretariat", "OPCW技术秘书处"), ("IAEA", "IAEA")]


def test_the_assembly_s_committees_after_its_short_name():
    """联大 for 联合国大会, as the recommended translations give it: its committees so named; not
    the department of the Assembly and conferences, nor 联大 inside 苏联大使."""
    text = "聯大第一委員會表決後,联大第六委员会讨论;苏联大使出席,联大和会议管理部发文。"
    assert bodies(text) == [("First Committee", "聯大第一委員會"), ("Sixth Committee", "联大第六委员会")]


def test_a_part_named_after_its_whole_only_right_after_it():
    """`第九次审议大会` is the BWC's Review Conference after the Convention's name, which stays the
    treaty's mention (bodies.json, a `before` rule); after another treaty's, or alone, it is none."""
    text = "《禁止生物武器公約》第九次審議大會在日內瓦閉幕。"
    assert [(r.type, r.target, r.surface) for r in extract_references(text)] == [
        ("treaty", "BWC", "《禁止生物武器公約》"), ("body", "BWC Review Conference", "第九次審議大會")]
    assert extract_references("第九次审议大会将于明年举行") == []


def test_one_form_names_the_part_of_whichever_whole_is_named_before_it():
    """`审议大会` is the NPT's Review Conference after the Treaty's name, its States parties or a
    year between, and the BWC's after the Convention's (two `before` rules on one form)."""
    assert [(r.type, r.target, r.surface) for r in extract_references("《不擴散核武器條約》二〇〇五年審議大會閉幕")] == [
        ("treaty", "NPT", "《不擴散核武器條約》"), ("body", "NPT Review Conference", "審議大會")]
    assert [(r.target, r.surface) for r in extract_references("不扩散核武器条约缔约国第十次审议大会与生物武器公约第九次审议大会")] == [
        ("NPT", "不扩散核武器条约"), ("NPT Review Conference", "第十次审议大会"),
        ("BWC", "生物武器公约"), ("BWC Review Conference", "第九次审议大会")]


def test_a_bare_review_conference_is_the_one_of_the_treaty_the_document_names():
    """Once a report has named the NPT, its `此次审议大会`, `2000 年审议大会` (a year, with the space
    a PDF leaves) and `审议和延期大会` are the Treaty's Review Conference (a `topic` rule beside
    the `before` one); not where the document also names another treaty whose parties hold review
    conferences (its `rivals`), where only the name right after the Treaty's is read."""
    text = "条约不结盟缔约国集团回顾不扩散核武器条约 1995 年审议和延期大会的决议。2000 年审议大会重申。此次审议大会闭幕。"
    assert bodies(text) == [("NPT Review Conference", "审议和延期大会"), ("NPT Review Conference", "审议大会"),
                            ("NPT Review Conference", "审议大会")]
    assert bodies("《禁止生物武器公约》第九次审议大会在日内瓦闭幕。此次审议大会通过了最后文件。") == [
        ("BWC Review Conference", "第九次审议大会"), ("BWC Review Conference", "审议大会")]
    both = "不扩散核武器条约第十一次审议大会与生物武器公约的缔约国。此次审议大会闭幕。"
    assert bodies(both) == [("NPT Review Conference", "第十一次审议大会")]
    assert bodies("审议大会将于明年举行。") == []
    # the verb 审议 and the Assembly: its agenda, a resolution of it, after a committee's name
    for verb in ("总务委员会审议大会议程。", "该委员会审议大会第75/1号决议。", "安理会审议大会转交的报告。"):
        assert "NPT Review Conference" not in {body for body, _ in bodies("不扩散核武器条约缔约国。" + verb)}, verb
    # 审议会 is the BWC's in its 审议会议 (the Review Conference as texts also write it), not in Japan's councils
    assert bodies("《禁止生物武器公约》缔约国。第五次审议会议商定。") == [("BWC Review Conference", "审议会")]
    assert bodies("生物武器公约的执行情况。日本原子力规制委员会的审议会认为。") == []
    # an English rival counts as a whole word: `ATT` (the Arms Trade Treaty), not `ATTENTION`
    assert bodies("ATTENTION: 不扩散核武器条约缔约国。此次审议大会闭幕。") == [("NPT Review Conference", "审议大会")]
    assert bodies("ATT和不扩散核武器条约的缔约国。此次审议大会闭幕。") == []


def test_the_preparatory_committee_of_an_npt_review_conference():
    """The committee preparing a Review Conference, as UN documents head it
    (`…缔约国2015 年审议大会筹备委员会`) and as reports number its sessions (`第十一次審議大會第二次籌備會`)."""
    assert bodies("不扩散核武器条约缔约国2015 年审议大会筹备委员会") == [("NPT PrepCom", "审议大会筹备委员会")]
    assert bodies("《不擴散核武器條約》第十一次審議大會第二次籌備會在日內瓦開幕") == [
        ("NPT Review Conference", "第十一次審議大會"), ("NPT PrepCom", "第二次籌備會")]
    assert bodies("全国人大第二次筹备会") == []


def test_groupings_named_by_their_members_initials():
    """AUKUS and the Five Eyes, by their Chinese names and the initials texts print beside them."""
    text = "「澳英美三方安全夥伴關係」（AUKUS）與五眼聯盟(Five Eyes)；美英澳三方安全伙伴关系;五眼情报联盟"
    assert bodies(text) == [("AUKUS", "澳英美三方安全夥伴關係"), ("AUKUS", "AUKUS"), ("Five Eyes", "五眼聯盟"),
                            ("Five Eyes", "Five Eyes"), ("AUKUS", "美英澳三方安全伙伴关系"), ("Five Eyes", "五眼情报联盟")]
    # a bare 三边安全伙伴关系 is AUKUS only where the document names it (a `topic` rule)
    assert bodies("AUKUS是美英澳宣布成立的三邊安全夥伴關係。") == [("AUKUS", "AUKUS"), ("AUKUS", "三邊安全夥伴關係")]
    assert bodies("中日韩三方宣布建立新的三边安全伙伴关系。") == []


def test_the_agency_s_board_as_a_text_naming_the_agency_calls_it():
    """`机构理事会`: the IAEA's Board in a document naming the Agency (its Statute's Chinese calls it
    机构), nowhere else."""
    assert bodies("国际原子能机构。经机构理事会推荐并由大会批准入会。") == [
        ("IAEA", "国际原子能机构"), ("IAEA Board of Governors", "机构理事会")]
    assert bodies("该基金会的机构理事会批准了预算。") == []
    assert bodies("国际原子能机构。该国核监管机构理事会与金融机构理事会开会。") == [("IAEA", "国际原子能机构")]


def test_short_forms_that_other_words_print_are_not_read_there():
    """Stop 56's held-out sets: a State's own anti-terrorism committee (unseen88), `東北約五十公里`
    (north-east, about fifty kilometres: unseen89), Russia's FSB after its Chinese name (unseen88),
    `單獨協議` (a separate agreement: unseen95); the same forms still name their bodies elsewhere."""
    assert bodies("俄羅斯國家反恐委員會報告稱") == []
    assert bodies("安理會反恐委員會的報告") == [("CTC", "安理會反恐委員會")]
    assert bodies("瓜達爾市東北約五十公里") == []
    assert bodies("北約峰會") == [("NATO", "北約")]
    assert bodies("俄羅斯聯邦安全局(FSB)提到") == []
    assert bodies("金融穩定委員會(FSB)公布") == [("Financial Stability Board", "金融穩定委員會"), ("Financial Stability Board", "FSB")]
    assert bodies("將尋求簽署一份「單獨協議」") == []
    assert bodies("獨協成員國") == [("CIS", "獨協")]


def test_an_imo_number_is_a_ships_not_the_organization():
    """unseen97: `Elkor(IMO: 9185499)`, `收到一个全新的IMO号码` number a ship; the Organization is named
    elsewhere by the same letters."""
    for text in ("油轮Elkor(IMO: 9185499),在2024年", "Shun Fa号(IMO 8528864)", "IMO No. 9185499", "IMO number 9185499",
                 "IMO識別號9185499", "收到一个全新的IMO号码"):
        assert bodies(text) == [], text
    assert bodies("國際海事組織(IMO)表示") == [("IMO", "國際海事組織"), ("IMO", "IMO")]
    assert bodies("IMO資料顯示該油輪") == [("IMO", "IMO")]
    assert bodies("IMO 12345678 號決議") == [("IMO", "IMO")]  # eight figures: no ship's number


def test_an_english_name_of_three_words_is_read_in_capitals_too():
    assert bodies("SHANGHAI COOPERATION ORGANIZATION 峰會") == [("SCO", "SHANGHAI COOPERATION ORGANIZATION")]


def test_the_iaeas_network_of_nuclear_security_support_centres_in_either_script():
    """The network the IAEA coordinates (stop 62: unseen114's working part named it; no earlier
    data did), by its full name, the shorter one its news gives it, and in traditional script."""
    text = "由原子能机构协调的国际核安保培训和支持中心网在北京举行年会。该中心是國際核安保培訓和支持中心網絡的一部分。"
    assert [(kind, target, surface) for kind, target, surface, *_ in found(text, "body")] == [
        ("body", "IAEA", "原子能机构"), ("body", "NSSC Network", "国际核安保培训和支持中心网"),
        ("body", "NSSC Network", "國際核安保培訓和支持中心網絡")]
