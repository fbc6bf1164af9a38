"""The forms texts beyond the samples use, each with exact offsets, and year-less citations
resolved from the register."""
import pytest

from unref import extract_references
from unref.knowledge import KnownData

from .helpers import at, found, targets


@pytest.mark.parametrize("text, target", [
    ("第1267号决议", "S/RES/1267 (1999)"),
    ("安理会第1373號決議", "S/RES/1373 (2001)"),
    ("第1718号决议所设委员会", "S/RES/1718 (2006)"),
    ("根据第242号决议", "S/RES/242 (1967)"),
    ("第２２３１号决议", "S/RES/2231 (2015)"),
    ("第2730号决议", "S/RES/2730 (2024)"),      # filled from public pages after the tables end
    ("第2797號決議", "S/RES/2797 (2025)"),
])
def test_a_year_less_mention_takes_its_year_from_the_register(text, target):
    [ref] = [r for r in extract_references(text) if r.type == "resolution"]
    assert (ref.target, ref.status, ref.note) == (target, "resolved", "year from the register")


def test_a_printed_year_the_register_contradicts_is_corrected_with_a_note():
    [ref] = [r for r in extract_references("安理会第1373(2002)号决议") if r.type == "resolution"]
    assert (ref.target, ref.status) == ("S/RES/1373 (2001)", "conflict")
    assert ref.note == "text gives 1373(2002); the register has S/RES/1373 (2001)"


def test_a_number_past_the_register_is_unresolved_with_its_reason():
    data = KnownData(resolutions=[{"symbol": "S/RES/1 (1946)", "number": "1", "year": 1946}],
                     complete_through=1)
    [ref] = extract_references("第5000号决议", data=data)
    assert (ref.target, ref.status) == (None, "unresolved")
    assert ref.note == ("resolution 5000 cited without a year; the register is complete through "
                        "resolution 1 and does not list it")


def test_a_number_the_register_lacks_between_two_of_one_year_is_of_that_year():
    data = KnownData(resolutions=[{"symbol": f"S/RES/{n} ({y})", "number": str(n), "year": y}
                                  for n, y in ((1, 1946), (10, 1946), (20, 1947), (30, 1947))], complete_through=1)
    [ref] = extract_references("安理会第25号决议", data=data)
    assert (ref.target, ref.status) == ("S/RES/25 (1947)", "resolved")
    assert ref.note == "year from the register's order: resolution 25 lies between S/RES/20 (1947) and S/RES/30 (1947)"
    [ref] = extract_references("安理会第15号决议", data=data)  # between 1946 and 1947: either
    assert (ref.target, ref.status) == (None, "unresolved")


def test_list_with_dates_between_items():
    text = "回顾2009年9月24日第1887(2009)号、2011年4月20日第1977(2011)号和2016年12月15日第2325(2016)号决议，"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1887 (2009)", "第1887(2009)号", *at(text, "第1887(2009)号"), None),
        ("resolution", "S/RES/1977 (2011)", "第1977(2011)号", *at(text, "第1977(2011)号"), None),
        ("resolution", "S/RES/2325 (2016)", "第2325(2016)号决议", *at(text, "第2325(2016)号决议"), None),
    ]


def test_list_with_the_organ_and_adoption_words_between_items():
    text = "安理会2004年4月28日通过的第1540(2004)号和安理会第1673(2006)号决议"
    assert targets(text, "resolution") == ["S/RES/1540 (2004)", "S/RES/1673 (2006)"]


def test_year_less_list():
    text = "第1718号、第1874号和第2270号决议"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1718 (2006)", "第1718号", *at(text, "第1718号"), None),
        ("resolution", "S/RES/1874 (2009)", "第1874号", *at(text, "第1874号"), None),
        ("resolution", "S/RES/2270 (2016)", "第2270号决议", *at(text, "第2270号决议"), None),
    ]


def test_bare_pair_the_register_confirms():
    text = "委员会依照1977(2011)开展工作"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1977 (2011)", "1977(2011)", *at(text, "1977(2011)"), None)]


@pytest.mark.parametrize("text", ["1977(2012)", "2004(2005)", "16-10499 (C) 3/8", "共2016(2017)份"])
def test_bare_pair_the_register_does_not_confirm_is_nothing(text):
    assert [r for r in extract_references(text) if r.type == "resolution"] == []


@pytest.mark.parametrize("text, surface, target", [
    ("安理会决议1540要求各国", "决议1540", "S/RES/1540 (2004)"),
    ("执行决议1540(2004)的情况", "决议1540(2004)", "S/RES/1540 (2004)"),
    ("決議１５４０", "決議１５４０", "S/RES/1540 (2004)"),
    ("根据决议第1540号", "决议第1540号", "S/RES/1540 (2004)"),
    ("通過安理會決議1718號", "決議1718號", "S/RES/1718 (2006)"),  # without 第, as Taiwan's press writes it
])
def test_the_word_before_the_number(text, surface, target):
    assert found(text, "resolution") == [("resolution", target, surface, *at(text, surface), None)]


def test_the_word_before_a_list():
    text = "安理会决议1540和1673(2006)"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1540 (2004)", "决议1540", *at(text, "决议1540"), None),
        ("resolution", "S/RES/1673 (2006)", "1673(2006)", *at(text, "1673(2006)"), None),
    ]


def test_the_word_before_a_list_under_one_number_sign():
    """`決議案第2270,2321,…及2397號` (tests/unseen10, 37): one `第…號` around the list, `案` after the word."""
    text = "安全理事會的決議案第2270,2321,2371,2375及2397號"
    assert [(target, surface) for _, target, surface, *_ in found(text, "resolution")] == [
        ("S/RES/2270 (2016)", "決議案第2270"), ("S/RES/2321 (2016)", "2321"), ("S/RES/2371 (2017)", "2371"),
        ("S/RES/2375 (2017)", "2375"), ("S/RES/2397 (2017)", "2397號")]
    assert [r for r in extract_references("决议第2016,2017年") if r.type == "resolution"] == []


@pytest.mark.parametrize("text", ["该决议2016年通过", "决议2018年12月", "决议12", "决议2016/51", "决议12号"])
def test_the_word_before_a_year_or_count_is_nothing(text):
    assert [r for r in extract_references(text) if r.type == "resolution"] == []


def test_english_resolution_inside_chinese_text():
    text = "安理会 resolution 1540 (2004) 规定"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1540 (2004)", "resolution 1540 (2004)", *at(text, "resolution 1540 (2004)"), None)]


def test_english_resolutions_list():
    text = "见 Security Council resolutions 1540 (2004) and 1977 (2011)。"
    assert found(text, "resolution") == [
        ("resolution", "S/RES/1540 (2004)", "Security Council resolutions 1540 (2004)",
         *at(text, "Security Council resolutions 1540 (2004)"), None),
        ("resolution", "S/RES/1977 (2011)", "1977 (2011)", *at(text, "1977 (2011)"), None),
    ]


def test_english_year_less_and_full_width():
    assert targets("Resolution 1373 要求", "resolution") == ["S/RES/1373 (2001)"]
    assert targets("resolution １５４０（２００４）", "resolution") == ["S/RES/1540 (2004)"]


def test_traditional_full_width_list():
    text = "安全理事會第１５４０（２００４）號、第1977(2011)號決議"
    assert targets(text, "resolution") == ["S/RES/1540 (2004)", "S/RES/1977 (2011)"]


@pytest.mark.parametrize("text", ["第2016号表格", "2013年第316号法令", "第2016号报告", "共提交了1540份报告"])
def test_counts_and_decrees_stay_out(text):
    assert [r for r in extract_references(text) if r.type == "resolution"] == []


def test_presidential_statement_by_year_and_number():
    text = "安理會主席聲明2002年第26號指出"
    assert found(text, "resolution") == [
        ("resolution", "S/PRST/2002/26", "主席聲明2002年第26號", *at(text, "主席聲明2002年第26號"), None)]


def test_general_assembly_resolution_with_a_lettered_part():
    text = "回顾其第50/70 B号决议"
    assert found(text, "resolution") == [
        ("resolution", "A/RES/50/70", "第50/70 B号决议", *at(text, "第50/70 B号决议"), None)]


def test_english_resolution_with_a_short_number_and_no_year_is_not_the_councils():
    assert [r for r in extract_references("见 resolution 2 of the Conference") if r.type == "resolution"] == []


@pytest.mark.parametrize("text, surface, target", [
    ("香港修訂法例以落實2178決議案。", "2178決議案", "S/RES/2178 (2014)"),
    ("安理会1540决议的执行", "1540决议", "S/RES/1540 (2004)"),
    ("根據第一六九六號決議", "第一六九六號決議", "S/RES/1696 (2006)"),
    ("第一五四〇(二〇〇四)号决议", "第一五四〇(二〇〇四)号决议", "S/RES/1540 (2004)"),
    ("依據第一三七三(二00一)號決議", "第一三七三(二00一)號決議", "S/RES/1373 (2001)"),  # zeros typed as Arabic ones
    ("落實聯合國安理會第2375決議", "第2375決議", "S/RES/2375 (2017)"),  # 第, no 號
    ("安理會第2397號制裁決議限制石油進口", "第2397號制裁決議", "S/RES/2397 (2017)"),  # what it is about, before 決議
    ("安理会一致通过了2270号对朝制裁决议", "2270号对朝制裁决议", "S/RES/2270 (2016)"),
    ("安理会第1874号涉朝决议", "第1874号涉朝决议", "S/RES/1874 (2009)"),
    ("各國應執行UNSCR 1540的規定", "UNSCR 1540", "S/RES/1540 (2004)"),  # the English acronym
    ("美方保護了UNSC Res. 2231和JCPOA", "Res. 2231", "S/RES/2231 (2015)"),  # the English abbreviation
    ("實地了解該國執行一三七三號決議的情況", "一三七三號決議", "S/RES/1373 (2001)"),  # Chinese numerals, no 第
])
def test_numbers_written_straight_before_the_word_or_in_chinese_numerals(text, surface, target):
    assert found(text, "resolution") == [("resolution", target, surface, *at(text, surface), None)]


@pytest.mark.parametrize("text", [
    "第十二号决议",       # tens written as words are not digit-by-digit numerals
    "9999决议",           # a number the register lacks is not guessed
    "第2016年决议",       # a year
    "第9999决议",         # a number the register lacks, with 第
    "2013年第316号法令",
    "第316号对外决议",    # a qualifier other than a subject or a sanctions regime's
    "第12号制裁决议",     # a short number with no Council named
    "XUNSCR 1540",        # not a word of its own
])
def test_what_the_new_forms_leave_alone(text):
    assert found(text, "resolution") == []


@pytest.mark.parametrize("text, surfaces, targets", [
    # the last of several, the others unnamed
    ("朝鮮違反第2375號等決議", ["第2375號等決議"], ["S/RES/2375 (2017)"]),
    # …counted or called related, as statements sum a list up; spaces around the figures
    ("漠視安理會第 1718、1874 及 2270 號等 3 項決議", ["第 1718", "1874", "2270 號等 3 項決議"],
     ["S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2270 (2016)"]),
    ("违反第1718号等五项决议", ["第1718号等五项决议"], ["S/RES/1718 (2006)"]),
    ("第2231号等相关决议", ["第2231号等相关决议"], ["S/RES/2231 (2015)"]),
    # …or counted alone after the list
    ("严重违反了安理会第1718和1874号两个决议", ["第1718", "1874号两个决议"], ["S/RES/1718 (2006)", "S/RES/1874 (2009)"]),
    ("第1718號、第1874號兩項決議", ["第1718號", "第1874號兩項決議"], ["S/RES/1718 (2006)", "S/RES/1874 (2009)"]),
    # the year after a first 号, as a Taiwan letter prints it
    ("第2231號(2015)號決議", ["第2231號(2015)號決議"], ["S/RES/2231 (2015)"]),
    # a bracket doubled in copying
    ("第1718(2006)、1540(((2004)号决议", ["第1718(2006)", "1540(((2004)号决议"], ["S/RES/1718 (2006)", "S/RES/1540 (2004)"]),
    # a run whose separators were lost, each pair confirmed by the register
    ("1267(1999)1333(2000)1390(2002)號決議", ["1267(1999)", "1333(2000)", "1390(2002)號決議"],
     ["S/RES/1267 (1999)", "S/RES/1333 (2000)", "S/RES/1390 (2002)"]),
    # the opening bracket lost in copying, each number and year confirmed by the register
    ("第12671999)號、第13732001)號及第19892011)號決議", ["第12671999)號", "第13732001)號", "第19892011)號決議"],
     ["S/RES/1267 (1999)", "S/RES/1373 (2001)", "S/RES/1989 (2011)"]),
    ("第15402005)號決議與電話28123456)", [], []),
    # a one- or two-digit number with the Council named beside it
    ("安全理事會第9號決議", ["第9號決議"], ["S/RES/9 (1946)"]),
    ("安理会通过的第84和第85号决议", ["第84", "第85号决议"], ["S/RES/84 (1950)", "S/RES/85 (1950)"]),
    # …with when it adopted it between
    ("聯合國安理會於1950年通過第84號決議", ["第84號決議"], ["S/RES/84 (1950)"]),
])
def test_forms_of_copied_and_regional_texts(text, surfaces, targets):
    refs = [r for r in extract_references(text) if r.type == "resolution"]
    assert ([r.surface for r in refs], [r.target for r in refs]) == (surfaces, targets)


def test_a_year_no_resolution_can_have_in_a_list_is_read_from_the_register_with_a_note():
    """A Chinese ministry's list of the DPRK resolutions prints `2356(2107)`: the list says it is a
    Council resolution, the register which year; the printed one stays in the note."""
    text = "与被1718(2006)、2321(2016)、2356(2107)、2371(2017)及2397(2017)号决议所禁止的其它行为无关"
    refs = [r for r in extract_references(text) if r.type == "resolution"]
    assert [(r.surface, r.target, r.status) for r in refs][2] == ("2356(2107)", "S/RES/2356 (2017)", "conflict")
    assert refs[2].note == "text gives 2356(2107); the register has S/RES/2356 (2017)"
    assert [r.target for r in refs if r.status != "conflict"] == [
        "S/RES/1718 (2006)", "S/RES/2321 (2016)", "S/RES/2371 (2017)", "S/RES/2397 (2017)"]


@pytest.mark.parametrize("text, kept", [
    ("1977(2011)1234", []),             # a pair followed by another number is not a run
    ("1267(1999)1333(2001)", [("1267(1999)", "S/RES/1267 (1999)")]),  # 1333 is of 2000: unconfirmed
    ("根据第9号决议", []),                # a short number without the Council named
    ("大会第9号决议", []),
    ("该国议会通过第12号决议", []),
])
def test_what_is_not_a_council_resolution_stays_out(text, kept):
    assert [(r.surface, r.target) for r in extract_references(text) if r.type == "resolution"] == kept


def test_several_resolutions_with_etc_take_no_pinpoint():
    [ref] = [r for r in extract_references("第2375号等决议第3段") if r.type == "resolution"]
    assert (ref.surface, ref.target, ref.pinpoint) == ("第2375号等决议", "S/RES/2375 (2017)", None)
