"""Stages 2-4 for resolutions and decisions: find, classify, resolve.

All patterns run on the normalised text (no whitespace, ASCII digits and brackets,
simplified characters); `Normalised.span` maps results back to the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..knowledge import KnownData
from ..normalise import Normalised
from ..numerals import CJK_NUMERALS, IDEOGRAPH_ITEMS, ideograph_roman, numeral_value
from ..register import Register
from .model import CONFLICT, RESOLVED, UNRESOLVED, DocumentContext, Reference

# Not inside another symbol, number or URL.
_START = r"(?<![A-Za-z0-9/.\-])"

SYMBOL_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])(?:"
    r"S/RES/(?P<sc>\d{1,4})(?:\((?P<sc_year>\d{4})\))?"
    r"|A/RES/(?P<ga_session>\d{1,2})/(?P<ga>\d{1,4})"
    r"|A/RES/(?P<ga_old>\d{1,4})\((?P<ga_roman>[IVXL]+)\)"
    r"|A/DEC/(?P<dec_session>\d{1,2})/(?P<dec>\d{1,4})"
    r"|S/PRST/(?P<prst_year>\d{4})/(?P<prst>\d{1,3})"
    r"|E/RES/(?P<ecosoc_year>\d{4})/(?P<ecosoc>\d{1,3})"
    r")(?![0-9/])"
)

# A year after the number, as copied texts also print it: `2231号(2015)`, `1540(((2004)`, and
# as news prints it, the year's 年 inside (`第1701号(2006年)决议`, `第1701(2006年)号决议`).
_YEAR = r"(?:号(?=\(\d{4}年?\)))?\(+"
# A web page's link label left after a symbol it links (`第2206(2015)PDF文件号决议`): the format
# of the file linked, as UN pages print it after each document.
_LINK_LABEL = r"(?:(?:PDF|DOC|DOCX|HTML)文件)?"
_NUMBER = rf"(?:\d{{1,2}}/\d{{1,4}}[A-Z]?|\d{{1,4}}(?:{_YEAR}(?:\d{{4}}年?|[IVXL]+)\){_LINK_LABEL})?)"
_ITEM = rf"第?{_NUMBER}号?"
_SEP = r"(?:[、,，]{1,2}|和|及|以及|与)"  # a list mark doubled in copying too (`第2087号(2013),,第2094号(2013)`)
# What texts put between the items of one list: the adoption date, the organ
# (`2009年9月24日第1887(2009)号、2011年4月20日第1977(2011)号和…号决议`).
_LEAD = r"(?:\d{4}年\d{1,2}月\d{1,2}日(?:通过的)?)?(?:安全理事会|安理会)?"
# `第2375号等决议`: the last of several, the others unnamed; also counted or called related, as
# statements sum a list up (`第1718、1874及2270号等5项决议`, `第1718号等相关决议`), or counted alone
# (`第1718和1874号两个决议`, `第1718号、第1874号两项决议`).
_OTHERS = r"(?:等(?:\d{1,2}|[两一二三四五六七八九十]{1,3})?项?(?:相关|有关)?|(?:\d{1,2}|[两二三四五六七八九十]{1,3})[个项])"
# The 号 closing the last item, or, where it came before the year, none (`第1701号(2006年)决议`).
_CLOSED = r"(?:号|(?<=号\(\d{4}\))|(?<=号\(\d{4}年\)))"
LIST_RE = re.compile(rf"{_START}(?:{_ITEM}{_SEP}{_LEAD})*第?{_NUMBER}(?P<tail>{_CLOSED}(?:{_OTHERS})?)(?P<kind>决议|决定)")
ITEM_RE = re.compile(
    r"第?(?:(?P<session>\d{1,2})/(?P<ga>\d{1,4})(?P<part>[A-Z])?"
    rf"|(?P<number>\d{{1,4}})(?:{_YEAR}(?:(?P<year>\d{{4}})年?|(?P<roman>[IVXL]+))\){_LINK_LABEL})?)号?"
)
_BETWEEN_ITEMS = re.compile(rf"{_SEP}{_LEAD}")
# English inside Chinese text: `resolution 1540 (2004)`, `resolutions 1540 (2004) and 1977 (2011)`,
# `UNSCR 1540`, `UNSC Resolution 2231`, `UNSC Res. 2231`.
_EN_ITEM = r"\d{1,4}(?:\(\d{4}\))?"
# …with the paragraphs it cites first: `paragraph 3 of resolution 1540 (2004)`, `paragraphs 3 and 4
# of …` (spaces are gone from the normalised text).
_EN_PARAGRAPH = r"\d{1,3}(?:\([a-z]{1,4}\))*"
ENGLISH_RE = re.compile(
    rf"(?:(?P<en_part>operative|preambular)?(?:paragraphs?|paras?\.)(?P<en_paragraphs>{_EN_PARAGRAPH}(?:(?:,|,and|and|to){_EN_PARAGRAPH})*)of)?"
    rf"(?:(?:SecurityCouncil)?(?:resolutions?|res\.)|UNSCRs?)(?:No\.?)?(?P<items>{_EN_ITEM}(?:(?:,|,and|and|、|和){_EN_ITEM})*)"
    r"(?![0-9(/])", re.I)
_EN_NUMBER = re.compile(r"(?P<number>\d{1,4})(?:\((?P<year>\d{4})\))?")
# The word first, as headlines write it: `决议1540`, `决议1540(2004)`, `决议第1540号`, `决议1540和1673`,
# and without `第` (`安理會決議2678號`, as Taiwan's press writes it), and a list under one `第…号`
# (`決議案第2270,2321,2371,2375及2397號`).
_WORD_FIRST_ITEM = r"(?:第?\d{3,4}(?:\(\d{4}\))?号|\d{3,4}(?:\(\d{4}\))?(?![0-9/(年月日号条段款项次届]))"
WORD_FIRST_RE = re.compile(rf"决议案?(?P<items>{_WORD_FIRST_ITEM}(?:{_SEP}{_WORD_FIRST_ITEM})*|第\d{{3,4}}(?:{_SEP}\d{{3,4}})+号)")
_WORD_FIRST_NUMBER = re.compile(r"(?P<number>\d{3,4})(?:\((?P<year>\d{4})\))?号?")
# A presidential statement by year and number: `主席声明2014年第7号`.
STATEMENT_RE = re.compile(r"主席声明(?P<year>\d{4})年第(?P<number>\d{1,3})号")
# The number straight before the word, as news writes it: `2178決議案`, `1540(2004)决议`, and
# with `第` but no `号` (`第2375決議`).
NUMBER_FIRST_RE = re.compile(rf"{_START}第?(?P<number>\d{{3,4}})(?:\((?P<year>\d{{4}})\))?决议案?")
# …and with what the resolution is about between `号` and `决议`, as news writes it:
# `第2397號制裁決議`, `第2270号对朝制裁决议`, `第1874号涉朝决议`.
QUALIFIED_RE = re.compile(rf"{_START}第?(?P<number>\d{{3,4}})(?:\((?P<year>\d{{4}})\))?号"
                          r"(?:涉[\u4e00-\u9fff]{1,3}?|(?:对[\u4e00-\u9fff]{1,4}?)?制裁|反恐)决议案?")
# Chinese numerals digit by digit: `第一六九六號決議`, `第一五四〇(二〇〇四)号决议`.
_DIGITS = "〇零○一二三四五六七八九"
_DIGIT_VALUE = str.maketrans(_DIGITS, "000123456789")
# …where a zero may be typed as the Arabic one (`第一三七三(二00一)號決議`), with or without 第
# (`根據一五六六號決議`).
CHINESE_DIGITS_RE = re.compile(rf"(?:第|(?<![{_DIGITS}十百千万]))(?P<number>[{_DIGITS}][{_DIGITS}0]{{2,3}})(?:\((?P<year>[{_DIGITS}][{_DIGITS}0]{{3}})\))?号决议")
# A number and its year run together where copying lost the opening bracket (`第12671999)號`):
# a resolution only when the register has the number before the last four digits in that year.
LOST_BRACKET_RE = re.compile(rf"{_START}第?(?P<digits>\d{{5,8}})\)(?:号(?:决议)?)?")
# A bare `1977(2011)`: a resolution only when the register has that number in that year; also in
# a run whose separators were lost in copying (`1267(1999)1333(2000)1390(2002)`), each pair confirmed.
BARE_RE = re.compile(rf"(?:{_START}|(?<=\d\)))(?P<number>\d{{1,4}})\(+(?P<year>\d{{4}})\)(?![/]|\d(?!\d{{0,3}}\(\d{{4}}\)))")
# A paragraph: its number, then lettered or roman sub-paragraphs in brackets, or a roman one as
# UN Chinese texts print it, a parenthesised ideograph (`第8(a)㈢段`); a closing bracket doubled
# in copying (`第8(d))段`) is read past, as a doubled opening one is before a year (`1540(((2004)`).
# Older texts, and the gazettes reprinting them, write the number in Chinese numerals (`第六段`).
_UNITS = CJK_NUMERALS[:9]  # 一 to 九; 十 joins them
_PARAGRAPH = rf"(?:\d{{1,3}}|[{_UNITS}]?十[{_UNITS}]?|[{_UNITS}])(?:\([a-z]{{1,4}}\)\)?|[{IDEOGRAPH_ITEMS}])*"
# `第3段`, `执行部分第3(c)段`, several (`第19和第23段`, `第8(d)和8(e)段`, `第2、第5和第7段`) or a range
# (`第1至6段`, `第7至第12段`, and with a dash as web pages print it, `第19-21段`).
# A sub-paragraph may follow alone, sharing the paragraph before it: `第2(a)和(b)段`. Alternatives
# (`第9或10段`) name each paragraph as a list does.
_SUB_ALONE = r"\([a-z]{1,4}\)"
_DASH = "-‐‑–—－~～"
_ITEMS = rf"{_PARAGRAPH}(?:(?:至|[{_DASH}]|和|、|及|以及|或)(?:第?{_PARAGRAPH}|{_SUB_ALONE}))*"
# A resolution has no articles: a news translation's `条` or `款` after one is its paragraph
# (`2375號決議第16條和17條`, `第2231号决议第11至13款`); the part may follow the number (`第11执行段`).
# Spoken style counts it (`第二个段落`, the second paragraph).
_WORD = "(?:个?段落?|条|款)"
PINPOINT_RE = re.compile(
    rf"(?P<part>执行部分|序言部分)?第(?P<paragraphs>{_ITEMS}"
    rf"(?:{_WORD}(?:(?:和|、|及|以及)第?|至第?){_ITEMS})*)(?P<part_after>执行|序言)?{_WORD}"  # `第13段和第15段`, `第1(b)段、第19-21段和第22(b)段`
    r"(?:(?P<sub_paragraph>\([a-z]{1,4}\)(?:(?:和|、|及|或)\([a-z]{1,4}\))*)(?:分段|项)?)?"  # `第3段(c)分段`, `第1段(b)`, `20段(c)和(d)`
)
# The resolution cited as a title (`《第2588號決議》第1(b)段`): its pinpoint follows the closing mark;
# or its provisions, save some paragraphs, in the same clause (`第986(1995)号决议的各项规定,除第4、
# 11和12段所载…外`): those paragraphs are the resolution's.
# Between a resolution and its pinpoint also a colon, as a list of measures prints it
# (`第2140(2014)号决议:第12、第13和第14段`), the section the paragraph is in (`第687(1991)号决议C节第9(b)㈠段`:
# the paragraphs of a resolution are numbered through its sections, so the section adds nothing), a
# short remark in brackets with no figure (`第1455(2003)号决议(全文附后)第6段`), or `其中` after a
# comma, the paragraphs then being the resolution's own (`第661(1990)号决议,其中第3(c)段和第4段`).
_TITLE_CLOSE = re.compile(r"[》」]?(?::|[A-Z]节|\([^()\d]{1,12}\)|,其中)?")
_SAVE_PARAGRAPHS = re.compile(r"的(?:各项)?规定,?除(?:了)?(?=第)")
# Inside a bracketed citation a comma parts the resolution from its paragraph, as a translation of
# `(resolution 1484 (2003), para. 4)` prints it: `(第1484(2003)号决议,第4段)`. In running text the
# paragraph after a comma may be anyone's, so only inside brackets.
_BRACKETED_COMMA = re.compile(r",(?=第)")
# An amendment quoting the words it changes cuts a citation at the closing quote, before its 段:
# `廢除 “2552 號決議》第 52” 代以 “2605 號決議》第 56”`. Only right after a resolution, where the
# number can be nothing but one of its paragraphs.
_CUT_PINPOINT = re.compile(rf"(?P<part>执行部分|序言部分)?第(?P<paragraphs>{_PARAGRAPH})(?P<part_after>(?!))?(?P<sub_paragraph>(?!))?(?=[”」\"’'])")
_PARAGRAPH_RE = re.compile(_PARAGRAPH)
_LIST_SEPARATOR = re.compile(r"以及|和|、|及|或")
_SUB_PARAGRAPH_RE = re.compile(rf"\(([a-z]{{1,4}})\)|([{IDEOGRAPH_ITEMS}])")
_PARTS = {"执行部分": "operative ", "序言部分": "preambular ", None: ""}
# `该决议第19段`: a pinpoint in the resolution the text has just cited.
# Mentions this close together are items of one list (`第1718(2006)号、第1874(2009)号决议`).
LIST_GAP = 12
ANAPHORA_RE = re.compile(rf"(?:该|此|上述|同一|这)(?:项|份)?决议(?={PINPOINT_RE.pattern})")
# `决议第22段` with no word before it naming whose (not `本决议`, `大会决议`): in a text about one
# resolution, such as a committee's guidelines, it is the resolution cited last, as `该决议` is.
UNNAMED_RE = re.compile(rf"(?:^|(?<=[,;:、(“\"「。按依据照受至到在于与和及对经由]))决议(?={PINPOINT_RE.pattern})")
# The Council named just before a list: a one- or two-digit number is then its resolution too — also
# with when and how it adopted it between (`安理會於1950年通過第84號決議`, `安理会今天一致通过了第9号决议`).
_WHEN = r"(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"  # when an organ adopted it (`于2004年4月28日`)
_COUNCIL_BEFORE = re.compile(rf"(?:安全理事会|安理会)(?:{_WHEN}(?:今天|当天|昨天)?(?:一致)?通过(?:了|的)?|的)?$")
# Another issuer: the EU Council (`理事会`), an EU act marker (`(CFSP)`, `(EU)`).
_OTHER_ISSUER = re.compile(r"(?:(?<!安全)理事会|\([A-Z]{2,8}\))$")
# The General Assembly named earlier in the sentence: a decision numbered by session (`第59/1号决定`)
# is the Assembly's only then; commissions number theirs so too (the Commission on Narcotic Drugs' 59/1).
_ASSEMBLY_IN_SENTENCE = re.compile(r"(?:大会|联大)[^。；;\n]*$")
# The General Assembly named right before a number with no session (`联大的第2758号决议`): one of its
# resolutions numbered before 1976 (2758 (XXVI)), never the Council's resolution of that number.
_ASSEMBLY_BEFORE = re.compile(r"(?:大会|联大)(?:的|通过的)?$")
# ... or as the one adopting it, with when and a word or two between (`联合国大会(简称联大)通过了著名的
# 第1721号决议`, `联大于1961年12月20日通过第1721号决议`), where the number prints no year.
# Not where the words between name the Council (`大会通过后安理会第1540号决议`), nor a people's congress.
_ASSEMBLY_ADOPTED = re.compile(rf"(?<!代表)(?:大会|联大)(?:\([^()]{{1,12}}\))?{_WHEN}(?:一致)?通过(?:了)?"
                               r"(?:(?!理事会|安理会)[^,。;:、第\d]){0,6}$")


@dataclass(frozen=True)
class Mention:
    """A resolution as written, before resolution against known data."""
    start: int          # in the normalised text
    end: int
    organ: str          # "S" | "A" | "A-DEC" | "S-PRST" | "E"
    number: str         # "1540", "73/55", "2758"
    year: str | None    # "2004", roman session "XXVI", or None
    pinpoint: str | None = None


def sc_symbol(number: str, year: str) -> str:
    return f"S/RES/{number} ({year})"


def find_mentions(norm: Normalised, register: Register | None = None) -> list[Mention]:
    """Every resolution written in the text; bare `1977(2011)` pairs only when `register`
    confirms them."""
    text = norm.text
    mentions: list[Mention] = []
    for m in SYMBOL_RE.finditer(text):
        g = m.groupdict()
        if g["sc"]:
            mentions.append(Mention(m.start(), m.end(), "S", g["sc"], g["sc_year"]))
        elif g["ga"]:
            mentions.append(Mention(m.start(), m.end(), "A", f"{g['ga_session']}/{g['ga']}", None))
        elif g["ga_old"]:
            mentions.append(Mention(m.start(), m.end(), "A", g["ga_old"], g["ga_roman"]))
        elif g["dec"]:
            mentions.append(Mention(m.start(), m.end(), "A-DEC", f"{g['dec_session']}/{g['dec']}", None))
        elif g["prst"]:
            mentions.append(Mention(m.start(), m.end(), "S-PRST", g["prst"], g["prst_year"]))
        else:
            mentions.append(Mention(m.start(), m.end(), "E", g["ecosoc"], g["ecosoc_year"]))

    occupied = bytearray(len(text))  # 1 under every mention so far: a lookup per span, not per mention
    marked = 0

    def free(start: int, end: int) -> bool:
        nonlocal marked
        for x in mentions[marked:]:
            occupied[x.start:x.end] = b"\x01" * (x.end - x.start)
        marked = len(mentions)
        return occupied.find(1, start, end) == -1

    for m in LIST_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if _OTHER_ISSUER.search(text[max(0, m.start() - 8):m.start()]):
            continue
        mentions.extend(_list_items(text, m, register))
    for m in ENGLISH_RE.finditer(text):
        if not norm.opens_word(m.start()):  # `subparagraph 2 of resolution …`: from `resolution`
            word = re.search(r"(?:SecurityCouncil)?(?:resolution|res\.)|UNSCR", m.group(), re.I)
            m = ENGLISH_RE.match(text, m.start() + word.start()) if word else None
        if m and norm.opens_word(m.start()) and free(m.start(), m.end()):
            mentions.extend(_english_items(m))
    for m in STATEMENT_RE.finditer(text):
        if free(m.start(), m.end()):
            mentions.append(Mention(m.start(), m.end(), "S-PRST", m.group("number"), m.group("year")))
    for m in WORD_FIRST_RE.finditer(text):
        if free(m.start(), m.end()):
            for index, item in enumerate(_WORD_FIRST_NUMBER.finditer(m.group("items"))):
                start = m.start() if index == 0 else m.start("items") + item.start()
                mentions.append(Mention(start, m.start("items") + item.end(), "S",
                                        item.group("number"), item.group("year")))
    for m in CHINESE_DIGITS_RE.finditer(text):
        if free(m.start(), m.end()):
            year = m.group("year")
            mentions.append(Mention(m.start(), m.end(), "S", m.group("number").translate(_DIGIT_VALUE).lstrip("0"),
                                    year.translate(_DIGIT_VALUE) if year else None))
    if register is not None:
        for m in (*NUMBER_FIRST_RE.finditer(text), *QUALIFIED_RE.finditer(text)):
            number, year = m.group("number"), m.group("year")
            known = register.confirms(number, year) if year else register.year_of(number)[0]
            if free(m.start(), m.end()) and known:
                mentions.append(Mention(m.start(), m.end(), "S", number, year))
        for m in BARE_RE.finditer(text):
            if free(m.start(), m.end()) and register.confirms(m.group("number"), m.group("year")):
                mentions.append(Mention(m.start(), m.end(), "S", m.group("number"), m.group("year")))
        for m in LOST_BRACKET_RE.finditer(text):
            number, year = m.group("digits")[:-4], m.group("digits")[-4:]
            if register.confirms(number, year) and free(m.start(), m.end()):
                mentions.append(Mention(m.start(), m.end(), "S", number, year))
    mentions.sort(key=lambda x: x.start)
    return mentions


def _english_items(m: re.Match) -> list[Mention]:
    """The first item's span holds the word `resolution` (and the paragraphs cited before it), as
    `第…号决议` holds its words. Paragraphs before a list of resolutions are ambiguous: dropped."""
    found = []
    for index, item in enumerate(_EN_NUMBER.finditer(m.group("items"))):
        if not item.group("year") and len(item.group("number")) < 3:
            continue          # `resolution 2 of the Conference`: not the Council's
        start = m.start() if index == 0 else m.start("items") + item.start()
        found.append(Mention(start, m.start("items") + item.end(), "S", item.group("number"), item.group("year")))
    if m.group("en_paragraphs") and len(found) == 1:
        written = m.group("en_paragraphs")
        labels = [_label(item.group()) for item in re.finditer(_EN_PARAGRAPH, written)]
        part = f"{m.group('en_part').lower()} " if m.group("en_part") else ""
        found = [replace(found[0], pinpoint=paragraphs_pinpoint(labels, part, is_range="to" in written.lower()))]
    elif m.group("en_paragraphs"):
        found = [replace(found[0], start=m.start("items"))] + found[1:] if found else found
    return found


def _list_items(text: str, m: re.Match, register: Register | None = None) -> list[Mention]:
    decision = m.group("kind") == "决定"
    body_end = m.start("tail")        # drop the final 号决议 / 号等决定 from the item scan
    items, position = [], m.start()
    while position < body_end:
        item = ITEM_RE.match(text, position, body_end)
        if item is None:
            break
        items.append(item)
        between = _BETWEEN_ITEMS.match(text, item.end(), body_end)
        position = between.end() if between else body_end
    council = bool(_COUNCIL_BEFORE.search(text, max(0, m.start() - 24), m.start()))
    assembly_in_sentence = bool(_ASSEMBLY_IN_SENTENCE.search(text, max(0, m.start() - 200), m.start()))
    assembly_just_before = bool(_ASSEMBLY_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    assembly_adopted = bool(_ASSEMBLY_ADOPTED.search(text, max(0, m.start() - 40), m.start()))
    found: list[Mention] = []
    for index, item in enumerate(items):
        last = index == len(items) - 1
        end = m.end() if last else item.end()
        g = item.groupdict()
        if g["ga"]:
            if decision and not assembly_in_sentence:
                continue
            organ = "A-DEC" if decision else "A"
            found.append(Mention(item.start(), end, organ, f"{g['session']}/{g['ga']}", None))
        elif decision:
            continue                  # `NNNN(YYYY)号决定` is nobody's decision symbol we know
        elif g["roman"]:
            found.append(Mention(item.start(), end, "A", g["number"], g["roman"]))
        elif assembly_just_before or (assembly_adopted and not council and not g["year"]):
            continue                  # the Assembly's old `第2758号决议`, its session unprinted: not the Council's
        elif g["year"]:
            # a year no resolution can have (`2356(2107)` among the DPRK resolutions): the register
            # knows the number's, and resolve() keeps the printed one in the note
            if 1946 <= int(g["year"]) <= 2100 or (register is not None and register.year_of(g["number"])[0]):
                found.append(Mention(item.start(), end, "S", g["number"], g["year"]))
        elif len(g["number"]) >= 3 or council:
            found.append(Mention(item.start(), end, "S", g["number"], None))
    if len(found) == 1 and not decision and m.group("tail") in ("号", ""):  # not `第2375号等决议第3段`
        pin = PINPOINT_RE.match(text, _TITLE_CLOSE.match(text, m.end()).end())
        save = _SAVE_PARAGRAPHS.match(text, m.end())
        if pin is None and save:
            pin = PINPOINT_RE.match(text, save.end())
        comma = _BRACKETED_COMMA.match(text, m.end())
        if pin is None and comma and _inside_brackets(text, m.start()):
            pin = PINPOINT_RE.match(text, comma.end())
        if pin is None:
            pin = _CUT_PINPOINT.match(text, _TITLE_CLOSE.match(text, m.end()).end())
        if pin:
            only = found[0]
            found = [Mention(only.start, pin.end(), only.organ, only.number, only.year, pinpoint(pin))]
    return found


def _inside_brackets(text: str, position: int) -> bool:
    """Is `position` inside a bracket opened earlier in its sentence (the years' and the
    sub-paragraphs' brackets closed before it are passed over)?"""
    depth = 0
    for char in reversed(text[max(0, position - 200):position]):
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return True
            depth -= 1
        elif char in "。\n":
            return False
    return False


def pinpoint(match: re.Match) -> str:
    """The archive's form of a PINPOINT_RE match: `para. 3 (c)`, `operative para. 8 (a) (iii)`,
    `paras. 19 and 23`, `paras. 2, 5 and 7`, `paras. 1 to 6`; `第3段(c)分段` is `para. 3 (c)`."""
    items = []
    for written in _LIST_SEPARATOR.split(match.group("paragraphs")):  # `第2、3和6至13段`
        if re.fullmatch(_SUB_ALONE, written) and items and " (" in items[-1]:  # `(b)` of `第2(a)和(b)段`
            items.append(f"{items[-1].rsplit(' (', 1)[0]} {written}")
            continue
        labels = [_label(item.group()) for item in _PARAGRAPH_RE.finditer(written)]
        ranged = "至" in written or any(dash in written for dash in _DASH)
        items += [f"{labels[0]} to {labels[1]}"] if ranged and len(labels) == 2 else labels
    after = match.group("part_after")  # `第11执行段`
    part = match.group("part") or (f"{after}部分" if after else None)
    return paragraphs_pinpoint(items, _PARTS[part], sub_paragraph=match.group("sub_paragraph"))


def paragraphs_pinpoint(labels: list[str], part: str = "", is_range: bool = False, sub_paragraph: str | None = None) -> str:
    """`para. 3 (c)`, `paras. 19 and 23`, `paras. 1 to 6`, `paras. 2, 3 and 6 to 13` from paragraph
    labels (`3 (c)`) and ranges (`6 to 13`); `is_range` makes two labels one range."""
    if sub_paragraph:  # `第3段(c)分段`, `第3段和第4段(c)分段`, `第20段(c)和(d)`: the last paragraph's
        labels = [*labels[:-1], *(f"{labels[-1]} ({letters})" for letters in re.findall(r"[a-z]+", sub_paragraph))]
    if is_range and len(labels) == 2:
        labels = [f"{labels[0]} to {labels[1]}"]
    if len(labels) == 1:
        return f"{part}{'paras' if ' to ' in labels[0] else 'para'}. {labels[0]}"
    return f"{part}paras. {', '.join(labels[:-1])} and {labels[-1]}"


def _label(paragraph: str) -> str:
    """`8(a)㈢` → `8 (a) (iii)`, `六` → `6`."""
    number = re.match(rf"\d+|[{_UNITS}十]+", paragraph).group()
    number = number if number.isdigit() else str(numeral_value(number))
    subs = [letters or ideograph_roman(ideograph) for letters, ideograph in _SUB_PARAGRAPH_RE.findall(paragraph)]
    return " ".join([number, *(f"({sub})" for sub in subs)])


def with_anaphora(text: str, mentions: list[Mention], earlier: Mention | None = None) -> list[Mention]:
    """The mentions, and a pinpoint in `该决议` (`该决议第19段`), `同一决议` or a bare `决议第22段` as a
    mention of the resolution cited last before it — in the paragraph, else `earlier`, the last
    one the document cited before the paragraph: the reader of `第1483(2003)号决议第19段…该决议第19段`
    knows which one is meant. After a list of several resolutions (`第1718号和第1874号决议…该决议`)
    the reader cannot tell: none."""
    added = []
    for pattern in (ANAPHORA_RE, UNNAMED_RE):
        for match in pattern.finditer(text):
            before = [mention for mention in mentions if mention.end <= match.start()]
            last = last_cited(before, text) if before else earlier
            if last is not None:
                pin = PINPOINT_RE.match(text, match.end())
                added.append(Mention(match.start(), pin.end(), last.organ, last.number, last.year, pinpoint(pin)))
    return sorted(mentions + added, key=lambda mention: mention.start)


def last_cited(mentions: list[Mention], text: str) -> Mention | None:
    """The Council resolution a text cites last, unless that citation is one of a list of several
    resolutions (mentions LIST_GAP apart or less, in one sentence): then none."""
    last = mentions[-1]
    if last.organ != "S":
        return None
    run = [last]
    for mention in reversed(mentions[:-1]):
        between = text[mention.end:run[-1].start]
        if len(between) > LIST_GAP or "。" in between:
            break
        run.append(mention)
    return last if len({(mention.organ, mention.number) for mention in run}) == 1 else None


def resolve(mention: Mention, data: KnownData, context: DocumentContext | None) -> tuple[str | None, str, str]:
    """Canonical id, status and note for one mention."""
    n, y = mention.number, mention.year
    if mention.organ == "A":
        return (f"A/RES/{n} ({y})" if y else f"A/RES/{n}"), RESOLVED, ""
    if mention.organ == "A-DEC":
        return f"A/DEC/{n}", RESOLVED, ""
    if mention.organ == "S-PRST":
        return f"S/PRST/{y}/{n}", RESOLVED, ""
    if mention.organ == "E":
        return f"E/RES/{y}/{n}", RESOLVED, ""
    register = data.register
    if y:
        conflict = register.conflict(n, y)
        if conflict:  # a misprint: no resolution has that number in that year (kept in the note)
            return sc_symbol(n, register.year_of(n)[0]), CONFLICT, conflict
        return sc_symbol(n, y), RESOLVED, ""
    known, reason = register.year_of(n)
    if known:
        return sc_symbol(n, known), RESOLVED, "year from the register"
    between, note = register.year_between(n)
    if between:
        return sc_symbol(n, between), RESOLVED, note
    learned = context.years.get(n) if context else None
    if learned:
        return sc_symbol(n, learned), RESOLVED, "year from another mention in this document"
    return None, UNRESOLVED, reason


def extract(norm: Normalised, data: KnownData, context: DocumentContext | None,
            found: list[Mention] | None = None) -> list[Reference]:
    """The paragraph's resolutions (`found`: its mentions, when the first pass found them already);
    `context.last_cited` carries the resolution it cites last to the next paragraph, for
    `该决议第3段` there."""
    refs = []
    found = find_mentions(norm, data.register) if found is None else found
    mentions = with_anaphora(norm.text, found, context.last_cited if context else None)
    if context is not None and mentions:
        context.last_cited = last_cited(mentions, norm.text)
    for mention in mentions:
        target, status, note = resolve(mention, data, context)
        start, end = norm.span(mention.start, mention.end)
        refs.append(Reference("resolution", target, norm.original[start:end], start, end,
                              mention.pinpoint, status, note))
    return refs


def learn_years(norm: Normalised, into: dict[str, str], register: Register | None = None) -> list[Mention]:
    """Record Security Council years printed in this text (`1540(2004)`), but a year the register
    contradicts; return every mention found, for the second pass and what else the first learns."""
    mentions = find_mentions(norm, register)
    for mention in mentions:
        if mention.organ == "S" and mention.year and not (register and register.conflict(mention.number, mention.year)):
            into.setdefault(mention.number, mention.year)
    return mentions
