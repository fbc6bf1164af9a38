"""The two-pass document extractor and hyperlinks as evidence."""
from unref import extract_document, link_conflicts, link_target
from unref.knowledge import KnownData, load_known_data

SC1540 = "S/RES/1540 (2004)"


def resolution_targets(refs):
    return [[r.target for r in para if r.type == "resolution"] for para in refs]


def test_year_learned_from_another_paragraph():
    full = load_known_data()
    data = KnownData(resolutions=[], bodies=full.bodies, treaties=full.treaties)
    paragraphs = ["加强与各国的合作，支持有效执行第 1540 号决议的做法的努力；",
                  "(f) 各国和相关国际和区域组织设立有关执行第 1540(2004)号决议的联络点；"]
    first, second = extract_document(paragraphs, data=data)
    [ref] = [r for r in first if r.type == "resolution"]
    assert (ref.target, ref.status, ref.surface) == (SC1540, "resolved", "第 1540 号决议")
    assert "document" in ref.note
    # Alone, without the table or the other paragraph, it stays unresolved.
    from unref import extract_references
    [alone] = [r for r in extract_references(paragraphs[0], data=data) if r.type == "resolution"]
    assert (alone.target, alone.status) == (None, "unresolved")


def test_hyperlink_confirms_reference_on_previous_paragraphs():
    paragraphs = ["大会在第 73/55 号决议中还鼓励会员国之间相互合作。", "古巴已采取立法措施。"]
    links = [[], ["https://undocs.org/ch/A/RES/73/55", "https://undocs.org/ch/A/RES/73/55"]]
    first, _ = extract_document(paragraphs, links)
    [ref] = [r for r in first if r.type == "resolution"]
    assert (ref.target, ref.status) == ("A/RES/73/55", "resolved")
    assert ref.note == "confirmed by https://undocs.org/ch/A/RES/73/55"
    assert link_conflicts(paragraphs, links) == []


def test_hyperlink_supplies_a_missing_year():
    data = KnownData()
    paragraphs = ["执行第 1540 号决议的责任由各会员国承担；"]
    links = [["https://undocs.org/ch/S/RES/1540(2004)"]]
    [[ref]] = [[r for r in para if r.type == "resolution"] for para in extract_document(paragraphs, links, data=data)]
    assert (ref.target, ref.status) == (SC1540, "resolved")


def test_hyperlink_contradicting_the_text_marks_a_conflict_and_text_wins():
    paragraphs = ["执行第 1540(2004)号决议的责任由各会员国承担；"]
    links = [["https://undocs.org/ch/S/RES/1540(2005)"]]
    [[ref]] = [[r for r in p if r.type == "resolution"] for p in extract_document(paragraphs, links)]
    assert (ref.target, ref.status) == (SC1540, "conflict")
    assert "S/RES/1540 (2005)" in ref.note


def test_link_to_ecosoc_resolution_where_text_names_an_eu_decision():
    # A/74/140: the link points to E/RES/2016/51, the text cites an EU Council decision.
    paragraphs = [
        "欧洲联盟继续为全面有效执行和普遍加入《生物及毒素武器公约》提供了有力的政治和财政支持，"
        "包括由该《公约》执行支助股全面执行理事会第(CFSP) 2016/51 号决定载列的欧盟第四个援助方案。",
        "欧洲联盟化学、生物、放射、核风险化解英才中心的倡议是一项世界性的能力建设方案。",
    ]
    links = [[], ["https://undocs.org/ch/E/RES/2016/51", "https://undocs.org/ch/E/RES/2016/51"]]
    refs = extract_document(paragraphs, links)
    assert resolution_targets(refs) == [[], []]
    [conflict] = link_conflicts(paragraphs, links)
    assert (conflict.paragraph, conflict.target) == (1, "E/RES/2016/51")
    assert conflict.url == "https://undocs.org/ch/E/RES/2016/51"
    assert "(CFSP) 2016/51 号决定" in conflict.note


def test_link_target():
    assert link_target("https://undocs.org/ch/S/RES/1540(2004)") == SC1540
    assert link_target("http://undocs.org/ch/S/RES/1540(2004)") == SC1540
    assert link_target("https://undocs.org/ch/A/RES/73/55") == "A/RES/73/55"
    assert link_target("https://undocs.org/ch/CD/1299") == "CD/1299"
    assert link_target("http://www.un.org/disarmament") is None


def test_traditional_document_extracts_the_same_targets():
    simplified = ["安全理事会第1540(2004)号决议所设委员会主席给安全理事会主席的信",
                  "禁止化学武器组织(禁化武组织)和国际原子能机构", "大会第 73/55 号决议"]
    traditional = ["安全理事會第1540(2004)號決議所設委員會主席給安全理事會主席的信",
                   "禁止化學武器組織(禁化武組織)和國際原子能機構", "大會第 73/55 號決議"]
    def summary(paragraphs):
        return [[(r.type, r.target) for r in p] for p in extract_document(paragraphs)]
    assert summary(simplified) == summary(traditional)
    assert summary(traditional)[0] == [("body", "1540 Committee"), ("resolution", SC1540),
                                       ("body", "Security Council")]


def test_a_bare_convention_title_stands_for_the_one_convention_the_document_names():
    paragraphs = ["中华人民共和国是《关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约》的缔约国。",
                  "又鉴于有关《公约》的声明书，《公约》于一九九七年生效；《条约》另有规定。"]
    first, second = extract_document(paragraphs)
    assert [(r.type, r.target) for r in first] == [("treaty", "CWC")]
    assert [(r.type, r.target, r.surface) for r in second] == [("treaty", "CWC", "《公约》")] * 2  # 《条约》: none named


def test_a_bare_convention_title_stands_for_none_when_the_document_names_two():
    paragraphs = ["《禁止化学武器公约》和《生物武器公约》的缔约国", "《公约》第十条"]
    assert [[r.target for r in refs if r.type == "treaty"] for refs in extract_document(paragraphs)] == [["CWC", "BWC"], []]


def test_a_bare_title_known_in_its_own_right_is_read_once():
    paragraphs = ["各国必须根据《宪章》解决问题", "履行《联合国宪章》赋予的责任"]
    assert [[(r.target, r.surface) for r in refs if r.type == "treaty"] for refs in extract_document(paragraphs)] == [
        [("UN Charter", "《宪章》")], [("UN Charter", "《联合国宪章》")]]

