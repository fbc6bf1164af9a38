"""Query understanding and normalisation: pure functions, no database, no index."""
import pytest

from search import concepts
from search.analysis import BigramTokenizer, ChineseTokenizer
from search.budget import Budget
from search.query import MAX_QUERY_LENGTH, build, split, understand
from unref import normalise_for_search


@pytest.mark.parametrize("typed", [
    "1540", "1540(2004)", "1540 (2004)", "S/RES/1540", "s/res/1540 (2004)", "第1540号决议",
    "第1540(2004)號決議", "第 1540(2004) 号决议", "第１５４０（２００４）号决议",
    # as English writes a citation
    "resolution 1540", "Resolution 1540 (2004)", "UNSC Resolution 1540", "UNSCR 1540", "S.C. Res. 1540",
    "Security Council resolution 1540",
    # with the organ before it, typed whole
    "安理会第1540号决议", "聯合國安理會第1540(2004)號決議", "联合国安全理事会1540号决议", "安理會1540",
])
def test_resolution_forms(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("resolution", "S/RES/1540 (2004)")


def test_an_english_citation_among_other_words_is_the_resolution_not_the_word_resolution():
    assert [(term.kind, term.value) for term in understand("UNSCR 2231 伊朗 Araghchi").terms] == [
        ("resolution", "S/RES/2231 (2015)"), ("state", "Iran"), ("text", "araghchi")]
    assert [(term.kind, term.value) for term in understand("resolution 伊朗").terms] == [("text", "resolution"), ("state", "Iran")]


@pytest.mark.parametrize("typed", ["S/RES/1540 (2004) 伊朗", "resolution 1540 (2004) 伊朗", "第1540 （2004）号决议 伊朗"])
def test_a_resolution_with_its_year_after_a_space_among_other_words_is_one_term(typed):
    assert [(term.kind, term.value) for term in understand(typed).terms] == [
        ("resolution", "S/RES/1540 (2004)"), ("state", "Iran")]


@pytest.mark.parametrize("typed", ["A/RES/73/55", "73/55", "a/res/73/55", "大会第73/55号决议", "聯大73/55"])
def test_general_assembly_resolution(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("resolution", "A/RES/73/55")


@pytest.mark.parametrize("typed", ["2009", "2018", "2100", "12/34", "500", "9999"])
def test_years_quantities_and_unknown_numbers_are_text(typed):
    assert understand(typed).terms[0].kind == "text"


@pytest.mark.parametrize("typed, target", [("1696", "S/RES/1696 (2006)"), ("2231", "S/RES/2231 (2015)")])
def test_a_four_digit_number_no_year_could_be_is_the_resolution(typed, target):
    [term] = understand(typed).terms
    assert (term.kind, term.value, term.typed) == ("resolution", target, typed)


@pytest.mark.parametrize("typed, body", [("OPCW", "OPCW"), ("opcw", "OPCW"), ("IAEA", "IAEA"), ("Interpol", "INTERPOL"), ("nsg", "NSG")])
def test_acronyms_mean_the_body_and_its_chinese_forms(typed, body):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("body", body)
    assert term.forms  # Chinese names and short forms, normalised


def test_opcw_forms():
    [term] = understand("OPCW").terms
    assert {"禁止化学武器组织", "禁化武组织"} <= set(term.forms)


def test_a_part_read_only_after_its_whole_s_name_is_no_body_typed_alone():
    """The BWC's `第九次审议大会` (a `before` rule in bodies.json): typed alone, any treaty's."""
    assert [(term.kind, term.value) for term in understand("第九次审议大会").terms] == [("text", "第九次审议大会")]


def test_spellings_of_one_foreign_name_typed_side_by_side_are_alternatives():
    """`阿拉格齐 阿拉格奇` (Araghchi as two regions write him) and `泰風 堤豐` (Typhon, since stop 67 one
    thesaurus group) ask for the name once; `公安部 国安部` (two ministries), `三级 四级` and `扎哈罗娃 扎哈罗夫`
    (two people) stay two words every paragraph must hold."""
    araghchi, other, minister = understand("阿拉格齐 阿拉格奇 伊朗外长").terms
    assert "阿拉格奇" in araghchi.forms and "阿拉格齐" in other.forms and "阿拉格齐" not in minister.forms
    assert {(term.kind, term.value) for term in understand("泰風 堤豐 提豐").terms} == {("term", "Typhon")}
    for typed in ("公安部 国安部", "三级 四级", "韩方团长 中方团长", "扎哈罗娃 扎哈罗夫"):
        first, second = understand(typed).terms
        assert second.value not in first.forms and first.value not in second.forms, typed


def test_a_name_spelt_with_characters_no_foreign_name_uses_is_one_name_typed_side_by_side():
    """A Chinese name remembered two ways (`溫盛華 溫勝華 文盛華`: Wen Shenghua), a transliteration with
    a character no name table prints (`魯特 呂特`: Rutte) or two dictionary words of three characters
    (`查維斯 查韋斯`: Chávez) ask for the name once (Putin's `普亭 普丁`, since stop 69 one thesaurus
    group, is that one concept twice); dictionary words that only sound alike (`权利 权力`, `实验
    试验`, `陕西省 山西省`, `研究员 研究院`), two banks (`台银 一银`) and two numbered articles (`第十条
    第四条`) stay two words."""
    wen = understand("溫盛華 溫勝華 文盛華").terms
    assert [sorted({term.value, *term.forms}) for term in wen] == [["文盛华", "温盛华", "温胜华"]] * 3
    assert [(term.kind, term.value) for term in understand("普亭 普丁").terms] == [("term", "Vladimir Putin")] * 2
    for typed in ("魯特 呂特", "查維斯 查韋斯", "郭嘉昆 郭嘉坤"):
        first, second = understand(typed).terms
        assert second.value in first.forms and first.value in second.forms, typed
    for typed in ("权利 权力", "实验 试验", "台银 一银", "陕西省 山西省", "研究员 研究院", "第十条 第四条", "十四年 四十年"):
        first, second = understand(typed).terms
        assert second.value not in first.forms and first.value not in second.forms, typed


def test_a_thesaurus_term_typed_in_american_english():
    """`missile defense` is the thesaurus's `missile defence`, as `Organization` is the OPCW's `Organisation`."""
    terms = understand("Golden Dome missile defense").terms
    assert [(term.kind, term.value) for term in terms] == [("term", "Golden Dome"), ("term", "missile defence")]
    assert "导弹防御" in terms[1].forms


@pytest.mark.parametrize("typed", ["CD/2118", "S/2010/52", "S/AC.44/SR.74", "a/74/140"])
def test_document_symbols(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("document", typed.upper())


def test_phrases_exclusions_and_operators():
    understood = understand('"出口 管制" -援助 AND 核 OR')
    assert [(t.kind, t.value) for t in understood.terms] == [("phrase", "出口管制"), ("text", "核")]
    assert [t.value for t in understood.excluded] == ["援助"]
    assert any("AND" in note for note in understood.notes)


def test_unbalanced_quotes_and_brackets_are_text():
    assert split('"出口管制') == [("出口管制", False, False)]
    assert [t.value for t in understand("((出口管制]").terms] == ["出口管制"]
    assert [t.surface for t in understand("“出口管制").terms] == ["出口管制"]


@pytest.mark.parametrize("typed", ["", "   ", "*", "？！，。", "\x00\x07\x1b", "()", "-", '"'])
def test_nothing_searchable(typed):
    understood = understand(typed)
    assert understood.empty
    assert build(understood) is not None


def test_long_query_is_truncated_with_a_note():
    understood = understand("援" * 5000)
    assert len(understood.query) == MAX_QUERY_LENGTH
    assert understood.notes


def test_normalise_folds_script_width_and_layout_spaces():
    text = "委員會向 安全理事會提交第 １５４０(2004)號決議  的報告 OPCW  and IAEA"
    normalised, origins = normalise_for_search(text)
    assert normalised == "委员会向安全理事会提交第1540(2004)号决议的报告opcw and iaea"
    assert len(origins) == len(normalised)
    assert text[origins[normalised.index("安")]] == "安"


def test_word_tokens_carry_token_positions_and_original_offsets():
    text = "禁化武組織 和 非國家行為者"
    tokens = [(t.text, t.pos, t.startchar, t.endchar) for t in ChineseTokenizer()(text, positions=True, chars=True)]
    assert ("禁化武组织", 2, 0, 5) in tokens  # whole words from the user dictionary
    assert ("非国家行为者", 7, 8, 14) in tokens
    assert [pos for _, pos, _, _ in tokens] == list(range(len(tokens)))
    assert text[8:14] == "非國家行為者"


def test_bigrams_do_not_cross_punctuation():
    tokens = [(t.text, t.pos) for t in BigramTokenizer()("出口，管制", positions=True)]
    assert tokens == [("出口", 1), ("管制", 3)]


def test_names_in_every_form_mean_one_concept():
    assert [(t.kind, t.value) for t in understand("禁化武組織").terms] == [("body", "OPCW")]
    assert [(t.kind, t.value) for t in understand("CTBT").terms] == [("treaty", "CTBT")]
    [term] = understand("大规模杀伤性武器").terms
    assert (term.kind, term.value, term.typed) == ("term", "WMD", "大规模杀伤性武器")
    assert term.forms[0] == "大规模毁灭性武器"
    assert understand('"大规模杀伤性武器"').also_searched() == []


def test_a_name_inside_an_unspaced_query_is_read_as_parts():
    [term] = understand("瓦森纳安排成员国").terms
    assert term.kind == "text" and term.value == "瓦森纳安排成员国"
    assert [part if isinstance(part, str) else part[1] for part in term.parts] == ["瓦森纳安排", "成员国"]
    assert "瓦塞纳尔安排" in term.forms


def test_the_rest_of_a_token_beside_a_name_is_read_in_every_region_s_wording_when_it_is_one_word():
    """`香港集装箱`: the place, and `集装箱` in any region's wording (Taiwan's and Hong Kong's `貨櫃`); a
    rest that is no whole wording (`视察` in `禁化武组织视察`) stays as typed. (`扎波罗热核电站` was the
    example until stop 62: the plant is a concept of its own now, `ZNPP`.)"""
    [term] = understand("香港集装箱").terms
    assert [(part[0].kind, part[1]) if isinstance(part, tuple) else part for part in term.parts] == [
        ("state", "香港"), ("word", "集装箱")]
    assert "货柜" in term.forms
    assert understand("禁化武组织视察").terms[0].parts[-1] == "视察"


def test_an_acronym_typed_against_chinese_is_read_as_a_part():
    """`IAEA核查`: the acronym, a whole run of Latin letters, is the IAEA in any of its forms (where
    the whole is a part of the body typed after its acronym, `IAEA理事会`, it is that part); a run no
    concept has (`3D打印`) or a run of figures (`1540委员会报告`) is text."""
    [term] = understand("IAEA核查").terms
    assert [part if isinstance(part, str) else (part[0].id, part[1]) for part in term.parts] == [("IAEA", "iaea"), ("verification", "核查")]
    assert "原子能机构" in term.forms  # inside 国际原子能机构: every full name is found through it
    assert [(t.kind, t.value) for t in understand("IAEA理事会").terms] == [("body", "IAEA Board of Governors")]
    assert understand("3D打印").terms[0].parts == [] and understand("1540委员会报告").terms[0].parts == []


def test_a_two_character_name_inside_a_query_only_as_a_word_of_it():
    """The mainland's `导弹` after `極音速` is the missiles Taiwan prints `飛彈`; inside `反导弹` (one
    word of the query's segmentation) it is no name of its own; a regime reads only its State inside."""
    [term] = understand("極音速導彈").terms
    assert [part if isinstance(part, str) else (part[0].id, part[1]) for part in term.parts] == [
        ("hypersonic weapons", "极音速"), ("missiles", "导弹")]
    assert {"高超音速", "飞弹"} <= set(term.forms)
    assert understand("反导弹系统").terms[0].parts == []
    [regime] = understand("北韓制裁").terms
    assert [part if isinstance(part, str) else (part[0].id, part[1]) for part in regime.parts] == [("DPRK", "北韩"), "制裁"]
    # a body's, treaty's or place's two characters are as often a common noun; a term bringing its
    # narrower terms (制裁) would spend the budget a regime beside it needs
    assert [part for part in understand("缔约国大会").terms[0].parts if isinstance(part, str)] == ["大会"]
    assert understand("东盟宪章").terms[0].parts == [] and understand("制裁名单").terms[0].parts == []
    assert understand("制裁名单 北韓制裁").terms[1].bodies == ["1718 Committee", "1718 Panel of Experts"]


def test_a_resolution_number_is_also_searched_as_the_text_prints_it():
    [term] = understand("1673").terms
    assert (term.value, term.typed, term.forms) == ("S/RES/1673 (2006)", "1673", ["第1673", "1673号", "决议1673"])
    [term] = understand("第1540(2004)号决议").terms
    assert (term.typed, term.forms) == ("", ["第1540", "1540号", "决议1540"])  # two runs: not one verbatim string


@pytest.mark.parametrize("typed, other", [
    ("十周年", "10周年"), ("10周年", "十周年"), ("第七次发射", "第7次发射"), ("二十一国", "21国"), ("第39届", "第三十九届"),
    # a unit, a plant's number, a report's, a class of things (Taiwan's 核三廠, its third nuclear plant, is
    # a concept of the thesaurus since stop 54, read through the forms its pages print)
    ("第三廠", "第3厂"), ("核五廠", "核5厂"), ("第四份报告", "第4份报告"), ("五大领域", "5大领域"), ("第2度", "第二度"), ("十艘船舶", "10艘船舶"),
    ("延期三十天", "延期30天"),
    # a launcher's or reactor's number, a group counted by name, a phase (stop 62)
    ("光明星3号", "光明星三号"), ("国防7子", "国防七子"), ("第2阶段", "第二阶段"),
])
def test_a_count_is_also_searched_written_the_other_way(typed, other):
    [term] = understand(typed).terms
    assert (term.kind, term.forms) == ("text", [other])
    assert other in understand(typed).also_searched()


@pytest.mark.parametrize("typed", ["十分", "一些", "100周年", "七十二变", "一带一路", "统一",
                                   # a numeral beginning a word, a class's name (stop 62's measure words)
                                   "每一代表团", "下一代", "同一期", "五子棋", "09型"])
def test_words_that_hold_no_count_before_a_measure_word_are_searched_as_typed(typed):
    assert [term.forms for term in understand(typed).terms] == [[]]


def test_a_lone_character_between_the_concepts_of_a_phrase_is_not_required():
    """`核电站遭无人机攻击` names a nuclear power plant and drones: the `遭` between them is how one
    text words it, and a paragraph saying `无人机袭击核电站` holds both concepts all the same; `核` in
    `朝鲜核` asks for more than North Korea."""
    [term] = understand("核電站遭無人機攻擊").terms
    assert [part if isinstance(part, str) else part[1] for part in term.parts] == ["核电站", "无人机", "攻击"]
    # before the first concept or after the last it is kept: without it, a concept alone
    assert [part if isinstance(part, str) else part[1] for part in understand("朝鲜核").terms[0].parts] == ["朝鲜", "核"]


def test_a_reworded_name():
    understood = understand("制裁基地组织/塔利班委员会")
    assert understood.reworded.value == "1267 Committee"
    assert understand("出口管制 援助").reworded is None  # too few words to name anything


def test_removed_forms_are_not_searched():
    understood = understand("禁化武组织", without=["OPCW", "化学武器公约缔约国大会", "OPCW Executive Council",
                                                  "OPCW Technical Secretariat", "OPCW Conference of the States Parties",
                                                  "OPCW FFM", "OPCW IIT", "执理会"])
    assert understood.also_searched() == ["禁止化学武器组织", "国际禁止化武组织", "化学武器公约组织", "禁化武公约组织"]


def test_a_state_in_any_region_s_name_means_one_concept():
    for typed in ("北韓", "朝鲜", "北朝鮮", "朝鲜民主主义人民共和国"):
        [term] = understand(typed).terms
        assert (term.kind, term.value) == ("state", "DPRK"), typed
    assert "朝鲜" in understand("北韓").terms[0].forms and "北韩" in understand("朝鲜").terms[0].forms


def test_a_body_also_searches_its_organs_never_the_other_way():
    [opcw] = understand("禁化武组织").terms
    assert "OPCW Conference of the States Parties" in opcw.bodies and "化学武器公约缔约国大会" in opcw.forms
    [council] = understand("禁化武组织执行理事会").terms
    assert (council.value, council.bodies) == ("OPCW Executive Council", []) and "禁化武组织" not in council.forms
    assert understand("安理会").terms[0].bodies == []  # every committee is the Council's: no part_of there


def test_a_place_in_any_region_s_name_means_one_concept():
    assert [(t.kind, t.value, t.forms) for t in understand("蘇丹 達佛").terms] == [
        ("state", "Sudan", ["sudan"]), ("place", "Darfur", ["达尔富尔"])]
    assert understand("达尔富尔").terms[0].forms == ["达佛"]


def test_a_state_s_two_character_name_inside_a_query_only_as_a_word_of_it():
    [term] = understand("北韓制裁").terms
    assert [part if isinstance(part, str) else (part[0].id, part[1]) for part in term.parts] == [("DPRK", "北韩"), "制裁"]
    assert "朝鲜" in term.forms
    # the longer name of a body wins: the committee, not the State
    assert [(t.kind, t.value) for t in understand("北韓制裁委員會").terms] == [("body", "1718 Committee")]
    # a State's name that is only part of a longer word is not read as the State
    assert understand("朝鲜半岛").terms[0].parts == []
    assert understand("南北韓").terms[0].parts == []


@pytest.mark.parametrize("typed", ["北韓制裁", "朝鲜制裁", "对朝制裁", "制裁朝鮮", "北朝鲜制裁", "北韓 制裁"])
def test_a_regime_named_by_its_country_is_its_names_bodies_and_resolutions(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("regime", "DPRK sanctions")
    assert term.bodies == ["1718 Committee", "1718 Panel of Experts"]
    assert {"S/RES/1718 (2006)", "S/RES/2375 (2017)", "S/RES/2397 (2017)"} <= set(term.resolutions)
    assert not {"S/RES/1540 (2004)", "S/RES/1887 (2009)", "S/RES/1737 (2006)"} & set(term.resolutions)


def test_each_regime_keeps_to_its_own_resolutions():
    iran, isil = (understand(typed).terms[0] for typed in ("伊朗制裁", "伊黎伊斯兰国和基地组织制裁"))
    assert (iran.value, isil.value) == ("Iran sanctions", "ISIL and Al-Qaida sanctions")
    assert {"S/RES/1737 (2006)", "S/RES/2231 (2015)"} <= set(iran.resolutions)
    assert {"S/RES/1267 (1999)", "S/RES/2199 (2015)", "S/RES/2253 (2015)"} <= set(isil.resolutions)
    assert not set(iran.resolutions) & set(isil.resolutions)


@pytest.mark.parametrize("typed, regime, resolution, body", [
    ("葉門制裁", "Yemen sanctions", "S/RES/2140 (2014)", "2140 Committee"),
    ("南蘇丹 制裁", "South Sudan sanctions", "S/RES/2206 (2015)", "2206 Panel of Experts"),
    ("苏丹制裁", "Sudan sanctions", "S/RES/1591 (2005)", "1591 Panel of Experts"),
    ("索馬利亞制裁", "Somalia and Al-Shabaab sanctions", "S/RES/751 (1992)", "2713 Committee"),
    ("马里制裁", "Mali sanctions", "S/RES/2374 (2017)", "2374 Committee")])
def test_every_regime_whose_committee_the_gazetteer_holds_is_named_by_its_state(typed, regime, resolution, body):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("regime", regime)
    assert resolution in term.resolutions and body in term.bodies
    assert "S/RES/2206 (2015)" not in term.resolutions or regime == "South Sudan sanctions"


@pytest.mark.parametrize("typed, kind", [("朝鲜", "state"), ("北韓", "state"), ("伊朗", "state"), ("制裁", "term"),
                                         ("利比亞制裁委員會", "body"), ("朝鮮制裁委員會", "body")])
def test_a_country_alone_or_a_committee_is_not_the_regime(typed, kind):
    [term] = understand(typed).terms
    assert term.kind == kind and term.resolutions == [] and term.bodies == []


def test_a_regime_s_resolutions_and_bodies_are_also_searched_counted_and_removable():
    understood = understand("伊朗制裁")
    assert understood.also_searched() == ["制裁伊朗", "iran", "S/RES/1737 (2006)", "S/RES/1747 (2007)", "S/RES/1803 (2008)",
                                          "S/RES/1929 (2010)", "S/RES/2231 (2015)", "1737 Committee", "1929 Panel of Experts"]
    [term] = understand("伊朗制裁", without=["S/RES/2231 (2015)", "1929 Panel of Experts"]).terms
    assert "S/RES/2231 (2015)" not in term.resolutions and term.bodies == ["1737 Committee"]
    short = understand("伊朗制裁", budget=Budget(expansions=3))
    assert short.also_searched() == ["制裁伊朗", "iran", "S/RES/1737 (2006)"]
    assert any("同义形式过多" in note for note in short.notes)


@pytest.mark.parametrize("typed", ["专家小组", "聯合國專家小組", "监察员办公室"])
def test_a_form_read_as_a_body_only_in_a_document_about_its_regime_names_nothing_typed_alone(typed):
    [term] = understand(typed).terms
    assert (term.kind, term.forms, term.parts) == ("text", [], [])


@pytest.mark.parametrize("typed, state, form", [("Iraq", "Iraq", "伊拉克"), ("Libya", "Libya", "利比亚"), ("Haiti", "Haiti", "海地"),
                                                ("Japan", "Japan", "日本"), ("畿內亞", "Guinea", "几内亚")])
def test_every_state_s_english_name_and_regional_names_mean_the_state(typed, state, form):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("state", state) and form in term.forms + [term.typed]


def test_english_words_that_name_a_concept_together_are_one_term_among_others():
    assert [(t.kind, t.value) for t in understand("arms embargo Haiti").terms] == [("term", "arms embargo"), ("state", "Haiti")]
    assert [(t.kind, t.value) for t in understand("OPCW Executive Council Syria").terms] == [
        ("body", "OPCW Executive Council"), ("state", "Syria")]
    # words that name nothing together stay words
    assert [(t.kind, t.value) for t in understand("Soufan Center").terms] == [("text", "soufan"), ("text", "center")]


def test_a_word_a_context_rule_reads_as_a_body_only_in_its_documents_is_plain_text_typed_alone():
    """`理事会` is the IAEA's Board only in a document naming the Agency: typed alone it names no body."""
    assert [(t.kind, t.value, t.forms) for t in understand("理事会").terms] == [("text", "理事会", [])]
    assert [(t.kind, t.value) for t in understand("原子能机构理事会").terms] == [("body", "IAEA Board of Governors")]


def test_a_word_a_body_s_own_rule_reads_as_the_body_where_it_is_named_names_it_typed():
    """`三边安全伙伴关系` is AUKUS in a document naming AUKUS (a `topic` rule): typed, it names AUKUS, searching
    its references and these words alone (stop 67; it was text before); `AUKUS` typed does not search them
    (printed alone, they name other partnerships)."""
    for typed in ("三边安全伙伴关系", "三邊安全夥伴關係"):
        [term] = understand(typed).terms
        assert (term.kind, term.value, term.forms) == ("body", "AUKUS", ["三方安全伙伴关系"])
    [aukus] = understand("AUKUS").terms
    assert aukus.kind == "body" and "澳英美联盟" in aukus.forms
    assert not {"三边安全伙伴关系", "三方安全伙伴关系"} & set(aukus.forms)
    # only typed whole: inside a longer word it names another partnership as often (US, Japan, the Philippines)
    assert [(t.kind, t.parts) for t in understand("美日菲三边安全伙伴关系").terms] == [("text", [])]


@pytest.mark.parametrize("typed", ["Cap 303", "Cap. 303", "cap.303", "CAP 303"])
def test_a_chapter_of_the_laws_of_hong_kong_is_also_sought_as_chinese_prints_it(typed):
    """English cites Hong Kong's ordinances by chapter (`Cap. 303`), Chinese texts print `第303章`, and a
    page's address `cap303`: one term with both forms, never the English word `cap` and a number."""
    [chapter, word] = understand(f"{typed} 輻射條例").terms
    assert (chapter.kind, chapter.value, chapter.forms) == ("text", "cap 303", ["第303章", "cap303"])
    assert word.value == "辐射条例"
    assert [(term.value, term.forms) for term in understand("Cap 60K").terms] == [("cap 60k", ["第60k章", "cap60k"])]
    assert [term.value for term in understand("refined petroleum cap 500,000").terms][2:4] == ["cap", "500"]
    # no chapter runs to four figures: the Consolidated Appeals Process of 2012 stays words
    assert [term.value for term in understand("CAP 2012 索马里").terms] == ["cap", "2012", "Somalia"]


@pytest.mark.parametrize(("typed", "concept", "also"), [
    ("提豐", "Typhon", "堤丰"), ("泰風 飛彈系統", "Typhon", "堤丰"), ("暗鷹", "Dark Eagle", "远程高超音速武器"),
    ("維珍尼亞級", "Virginia-class submarines", "弗吉尼亚级"), ("遼寧號", "Liaoning (aircraft carrier)", "辽宁舰"),
    ("高超音速武器", "hypersonic weapons", "极音速"), ("戰斧巡弋飛彈", "Tomahawk", "战斧导弹"),
    ("鏡像細菌", "mirror life", "镜像生命"), ("功能增益研究", "gain-of-function research", "功能获得性研究"),
    ("赤霉病", "Fusarium graminearum", "禾谷镰刀菌"), ("生物恐襲", "bioterrorism", "生物恐怖主义"),
])
def test_the_ways_each_region_writes_a_weapon_a_warship_or_a_biological_concern_reach_one_group(typed, concept, also):
    """Thesaurus groups of stop 67, each form from a page outside the tests: Taiwan's `泰風` and DW's `提豐` are
    the mainland's `堤丰`, Hong Kong's `維珍尼亞級` the mainland's `弗吉尼亚级`, Taiwan's `遼寧號` the `辽宁舰` …"""
    [term, *_] = understand(typed).terms
    assert (term.kind, term.value) == ("term", concept)
    assert also in concepts.named(normalise_for_search(typed.split()[0])[0]).names


def test_regional_writings_of_arms_control_terms_reach_their_concept():
    """Taiwan's `核嚇阻` is the mainland's `核威慑`; `核子試爆` and `核武試驗` are nuclear tests (`核试`
    finds `核试验` and `核试爆` too), also inside a longer word (`恢復核試驗`), and `洲際飛彈` is an ICBM
    (thesaurus groups of stop 66)."""
    [deterrence] = understand("核嚇阻").terms
    assert (deterrence.kind, deterrence.value) == ("term", "nuclear deterrence") and "核威慑" in deterrence.forms
    [test] = understand("核子試爆").terms
    assert (test.kind, test.value) == ("term", "nuclear tests") and {"核试", "核武试验"} <= set(test.forms)
    [resumed] = understand("恢復核試驗").terms
    assert resumed.value == "恢复核试验" and {"核子试爆", "核武器试验"} <= set(resumed.forms)
    [icbm] = understand("洲際飛彈").terms
    assert (icbm.kind, icbm.value) == ("term", "ICBM") and "洲际弹道导弹" in icbm.forms


@pytest.mark.parametrize(("typed", "term_id", "form"), [
    ("WMDs", "WMD", "大规模杀伤性武器"), ("SMRs", "small modular reactors", "小型模块化反应堆"), ("ＷＭＤｓ", "WMD", "wmd")])
def test_an_acronym_typed_in_the_plural_is_the_concept_its_singular_names(typed, term_id, form):
    [term] = understand(typed).terms
    assert (term.kind, term.value) == ("term", term_id)
    assert form in term.forms


def test_a_body_s_or_a_proper_name_s_acronym_in_the_plural_is_not_it():
    assert [(term.kind, term.value) for term in understand("CDs").terms] == [("text", "cds")]
    assert [(term.kind, term.value) for term in understand("CD").terms] == [("body", "CD")]
    assert [(term.kind, term.value) for term in understand("NISs").terms] == [("text", "niss")]
    assert understand("NIS").terms[0].kind == "term"
