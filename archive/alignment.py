"""Align the paragraphs of two language versions of one document by their printed numbering.

What each language prints alike is the numbering: numbered paragraphs and sections (`1.`,
`一.`, `I.`), lettered items, decimal clauses (`2.1`, `3.1.1`), articles and rules (`第1条`,
`Article 1`; as a heading, `第四十一条` / `Rule 41`, `第一條` / `ARTICLE I`), chapters, sections
and annexes (`第一章`, `CHAPTER ONE`, `第二节`, `Section 2`, `附件一`, `Annex I`; a heading printing
its title after the number, `第一章 总则` / `Chapter I General Provisions`, `第二條 定義和標準`, where
both versions number it), footnotes, and a statement's salutations (`主席先生，`, `Mr. President,`,
`Mme. Chair,`). Those are landmarks and pair in order. Where one version numbers no paragraph, the
other's numbers say nothing and are dropped, but items keep their own labels, and a law's terms under
its article (`一、`, read as sections) are the items the other prints `(1)`, and paragraphs a version
counts off in words from one (`First,`, `Second,`; `第一，`, `二是`) are those items too. A
resolution's adoption line, with its vote or without, pairs with the other's wherever each
version prints it (the English web copies put it under the title, the Chinese under the text);
so does a date line with the other's one line printing that date (a paragraph quoting the date
is no rival; a range within one month, `2018年7月25日至27日`, `25 to 27 July 2018`, prints both its ends), and where it stands as the numbering would put it, it divides the run as a
landmark does. Above the first landmark, a page's own title that one version prints over a run
of headings (`华盛顿核安全峰会文稿` over `华盛顿核安全峰会公报全文`) is left out.
Between two landmarks, unnumbered paragraphs pair in order when both versions have as many and
each pair prints the same figures (dates, symbols, meeting numbers, or none), or one prints
more that the other's run prints nowhere (a date one spells out), or, one printing none, the
lengths agree, or once the paragraphs printing figures the other's run prints nowhere (a page's
note on a treaty above its preamble) are left out, the pairs left being no further apart in length
than a translation's; a number printed in groups of three
(`13,000`, `17 512`) is one figure. Otherwise those printing the same figures pair and divide
the run (where none does, a Chinese paragraph printing Latin names in brackets, as the bilingual
press does, `扎里夫(Mohamad Javad Zarif)`, with the one paragraph printing them all), and what is left pairs by length, as a translation keeps the length of what it translates (Gale and
Church), only where lengths agree closely and clearly, two paragraphs naming the same States
(`叙利亚、也门` / `Syria and Yemen`) taken to be closer, two naming different ones never paired;
a line both print letter for letter (`New York`, `* * *`) pairs wherever it stands; the
titles pair, whatever their lengths, over paragraphs in step under them. Where one
version joins what the other prints as two paragraphs, both pair with the joined one, on the
evidence of the figures they print: a date line with the heading or adoption line printing that
date, a line beside a paired one when the two together print exactly the figures their
counterpart prints. Footnotes pair in order when both versions have as many, whatever their
numbers (`21` / `[1]`); where one has fewer, a note pairs with the other's of its number when
the paragraphs printing their marks are paired, and with nothing else. What is still unpaired
between two pairs pairs on its words: a body paragraph (or a heading, with a heading) with the one
of the other version's gap whose words it prints (an English word's Chinese as CC-CEDICT gives it,
read as search reads an English query word), in a share of the English words and of the Chinese
characters they cover of at least _WORDS_SHARED, clearly more than any other there, both ways, and
in order; never a title or a footnote, nor two paragraphs of different figures, States or dates.
A gap (between two pairs, above the first or below the last) then left with one body paragraph on
each side pairs them, where their lengths agree as the document's pairs do or they share some
words (the last paragraph of a statement whose earlier ones the other version splits); never a
date line, a line printing no Chinese, nor one printing figures beside one printing none, and at
an end of the document two short lines only on their words. The rest stay unpaired, the pages
saying so, rather than guess. Works on rows of (anchor, kind, label, text) alone (and the data's
States' names, and the dictionary): no database.
"""
import math
import re
import statistics
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from unref import states_named
from unref.english import chinese_for
from unref.normalise import CJK
from unref.numerals import CJK_NUMERALS, IDEOGRAPH_ITEMS, ideograph_roman, numeral_value
from unref.script import to_simplified_for_matching

from .pipeline.splitting import (
    ADOPTED,
    ADOPTED_EN,
    OPENING_ORGANS,
    salutation,
)

VERSION = "35"  # pairings are cached under it (archive/language_versions.py): change it with the rules
_UNNUMBERED = re.compile(r"(?:^|-)p\d+(?:-\d+)?$")
_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|[^\d.])")
# An article, or a rule of rules of procedure, numbered in figures, or in numerals up to 99 as a heading (`第四十一条` /
# `Rule 41`, `第一條 一般義務` / `ARTICLE I`; not `第三条第(3)款` or `Article V;` inside an item).
_ARTICLE = re.compile(r"^(?:第\s*(\d{1,3}|[一二三四五六七八九十]{1,3}(?=\s*[条條](?:\s|$)))\s*[条條]"
                      r"|(?:Article|ARTICLE|Rule)\s+(\d{1,3}\b|[IVXL]{1,6}(?=\s|$)))")
_CHINESE_DIGITS = "〇一二三四五六七八九"
_NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}|[IVXL]{1,6}|[A-Za-z]+"
_PART = re.compile(
    rf"^(?:第\s*({_NUMERAL})\s*(章|部分|节|節)|(附件)\s*({_NUMERAL})?|(CHAPTER|Chapter|PART|Part|SECTION|Section)\s+({_NUMERAL})"
    rf"|(ANNEX|Annex)(?:\s+({_NUMERAL}))?)(?=$|(?<=[章分节節])\s*\S|\s+\S)(.*)$"
)
_PART_KINDS = {"章": "chapter", "部分": "part", "节": "section", "節": "section", "附件": "annex",
               "chapter": "chapter", "part": "part", "section": "section", "annex": "annex"}
_FIGURE = re.compile(r"\d{2,}")
_DECADE = re.compile(r"(?<!\d)(?:1[89]|20)(\d0)(?=s\b|\s*年代)")  # 1960s, 1960年代: the tens a Chinese 60年代 prints
# A number printed in groups of three, as English (`13,000`) and UN Chinese (`17 512`) print it.
_GROUPED = re.compile(r"(?<!\d)(?<!\d,)\d{1,3}(?:[, \u00a0\u2009]\d{3})+(?!\d|,\d)")
# A line worth pairing on its letters alone: a word in Latin letters or a run of marks, no Chinese.
_IDENTICAL = re.compile(r"^(?=.*(?:[A-Za-z]{2}|[*#§]))[^\u3400-\u9fff]+$")
# A numeral and an enumeration comma (`一、`): a section's number, or a law's item under its article.
_LAW_ITEM = re.compile(rf"([{CJK_NUMERALS}]{{1,3}})、?")  # `一` where a copy dropped the mark
_ITEM_LABEL = re.compile(rf"[(（]?([a-z]{{1,4}}|\d{{1,2}}|[{CJK_NUMERALS}]{{1,3}})[)）.]?")
# Printed as figures in one language only: a month in Chinese (`11月`, `November`) and a note mark.
_NOT_FIGURES = re.compile(r"\d{1,2}\s*月|\[\d{1,3}\]")
_COUNTING = re.compile(r"[一二三四五六七八九]?十[一二三四五六七八九]?")
_NUMBER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"), (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), (
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")
_NUMBER_WORDS = {
    word: value
    for words, first, step in ((_UNITS, 1, 1), (_TEENS, 10, 1), (_TENS, 20, 10))
    for spelling in words for value, word in zip(range(first, 100, step), spelling)
}
_MONTHS = "january february march april may june july august september october november december".split()
_DATE_ZH = r"(\d{4}|[〇一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
_DATE_EN = rf"(\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(\d{{4}})|({'|'.join(_MONTHS)})\s+(\d{{1,2}}),?\s+(\d{{4}})"
_DATE_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"  # as China's mission pages date a statement in both languages
_DATE = re.compile(rf"{_DATE_ZH}|{_DATE_EN}|{_DATE_ISO}", re.IGNORECASE)
# The first or last day of a range printed with one month and year (`2018年7月25日至27日`, `25 to 27 July
# 2018`, `July 25-27, 2018`): a summit's or a session's dates, each language printing them whole once.
_DAY = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_RANGE_ZH = re.compile(rf"{_DATE_ZH}\s*(?:至|到|[-–—~～－])\s*{_DAY}\s*日")
_RANGE_EN = re.compile(rf"(?<![\w/.-])(\d{{1,2}})\s*(?:to|[-–—])\s*(\d{{1,2}})\s+({'|'.join(_MONTHS)}),?\s+(\d{{4}})"
                       rf"|({'|'.join(_MONTHS)})\s+(\d{{1,2}})\s*(?:to|[-–—])\s*(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
# A Chinese date whose 年 and 月 a copied page lost (`於201791日`, `20151227日`, or a date line of
# digits alone): read where the digits split into one month and day only.
_GLUED = re.compile(r"[0-9]{6,8}(?=日)")
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")  # the time a page was posted after its date line
_FOOTNOTE = re.compile(r"^(?:\[(\d{1,3})\]|(\d{1,3})/|(\d{1,3})(?=\s+\D))")
_NUMBERED = re.compile(r"^(\d{1,3})\.$")
# Where a note's mark is printed: in brackets (`none[1]`), raised (`²`), or after the end of a
# sentence (`…通过。 1`).
_MARK = re.compile(r"\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(?<=[。.!?！？,，;；])\s?(\d{1,2})$")
# Adoption lines the splitter leaves in the text, the vote and the note mark printed with them:
# `第一九六四次会议以十三票对零票通过。 1`, `Adopted at the 1964th meeting by 13 votes to none[1]`.
_VOTED = re.compile(
    r"^第\s*(?:\d+|[〇一二三四五六七八九十百千]+)\s*次(?:会议|會議)(?:以.{1,12}票对.{1,12}票(?:[,，、].{1,12}弃权)?)?(?:一致)?(?:通过|通過)[。.]?(?:\s?\d{1,2})?$"
)
_ADOPTED_AT = re.compile(
    r"^Adopted (?:unanimously )?(?:by the [A-Z][A-Za-z ]+ )?at (?:its|the) \d+(?:st|nd|rd|th) (?:plenary )?meeting"
    r"(?:,? on \d{1,2} [A-Z][a-z]+ \d{4})?(?:,? by \d+ votes to (?:\d+|none)(?:,? with \d+ abstentions?)?)?\.?(?:\[\d{1,3}\])?$"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Pairing by length: a paragraph left out costs _SKIP; a pair costs how far its lengths are
# from the document's own ratio (log scale), and is kept only within _CLOSE of it.
_SKIP, _CLOSE, _MARGIN, _SMOOTH, _BAND, _JOIN, _STRETCH_OUT = 0.75, 0.5, 0.2, 8, 20, 0.25, 2
# How much closer two paragraphs naming the same States are taken to be (log scale of lengths).
_NAMED = 0.3
_FAR = 1.0  # lengths further apart than this (log scale, e ≈ 2.7 times) are no translation's
_HEADINGS, _OTHER_KIND = ("title", "heading"), 0.3  # a heading beside a paragraph costs more
# Pairing on words: the share of an English paragraph's words (of _WORDS_AT_LEAST or more the dictionary knows)
# whose Chinese the other paragraph prints, and of its Chinese characters those cover, the lesser of the two.
_WORDS_AT_LEAST, _WORDS_SHARED, _WORDS_MARGIN = 4, 0.3, 0.15
_PIECE = 6  # characters: most of the dictionary's Chinese words are no longer
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
_HAN = re.compile(f"[{CJK}]")
_FUNCTION_WORDS = frozenset(
    "the and for with that this from are was were has have had been its their our which who will would shall should"
    " may can not all any also such other into upon more than under between about those these there them they his"
    " her him she we us you your my me he it is be do so no if in by as or at on of to an up".split())


# A press conference's question and answer as its transcripts print them (`问：` / `Q:`, `答：` / `A:`).
_EXCHANGE = re.compile(r"^(?:([问問]|Q)|(答|A))\s*[:：]")
_QUOTES = "\"'“”‘’「」『』"
# A paragraph counted off in words, where the other version numbers it (`一、` / `First,`) or both count
# (`第二，`, `三是` / `Second,`, `Third,`): an ordinal opening, with its comma or colon. Not `首先，`, which
# opens a statement's thanks as often as its first point (`At the outset,`).
_ORDINAL_EN = re.compile(rf"^({'|'.join(_UNITS[1] + _TEENS[1][:3])})(?:ly)?\s*[,:]", re.IGNORECASE)
_COUNT_ZH = r"[一二三四五六七八九]|十[一二三四五六七八九]?"
_ORDINAL_ZH = re.compile(rf"^(?:第({_COUNT_ZH})\s*[，,:：]|({_COUNT_ZH})是(?!否))")
# An agenda item as a report prints it before its title (`项目16.` / `Item 16.`).
_AGENDA_ITEM = re.compile(r"^(?:议程项目|議程項目|项目|項目|(?:Agenda )?[Ii]tem)\s*(\d{1,3})\s*[.．:：]")


def landmark(anchor, kind, label="", text=""):
    """What the printed numbering says of this paragraph, the same in every language, or None."""
    if match := _AGENDA_ITEM.match(text):
        return f"agenda-item-{match.group(1)}"
    if organ := OPENING_ORGANS.get(text.strip().strip(_QUOTES).rstrip(",，:：")):  # a web copy may drop the
        # comma, and a news page quoting the text opens it with a quotation mark (`“The Security Council,`)
        return f"opening-{organ}"  # `安全理事会，` and `The Security Council,` open a resolution's text alike
    if match := _DECIMAL.match(text) or _DECIMAL.match(label):
        return f"clause-{match.group(1)}"
    if match := _ARTICLE.match(text):
        number = match.group(1) or match.group(2)
        return f"article-{number if number.isdigit() else numeral_value(number)}"  # `四十一`, `XLI`: 41
    if (match := _part_match(label, text)) and (kind in _HEADINGS or not match.group(9)):
        return _part(match)  # with its title (`第一章 总则` / `Chapter I General Provisions`), a heading
    if whom := salutation(text):
        return f"salutation-{whom}"  # `主席先生，` and `Mr. President,` open a statement's parts alike
    if match := _EXCHANGE.match(text.strip()):
        return "question" if match.group(1) else "answer"  # in turn, whatever the words of each
    if kind == "title" or (kind == "heading" and not anchor.startswith("sec-")) or _UNNUMBERED.search(anchor):
        return None
    head, _, rest = anchor.partition("-")
    if kind == "item" and not head.isdigit() and (match := _ITEM_LABEL.fullmatch(label.strip())):
        item = match.group(1)
        item = item if item.isascii() else str(numeral_value(item))  # `(一)` is `(1)`
        return f"item-{item}"  # under a heading each language names its own way (`决定：` / a date)
    if kind == "para" and head != "sec" and not head.isdigit() and (match := _NUMBERED.match(label.strip())):
        return f"number-{match.group(1)}"  # so is a numbered paragraph (`为本公约的目的：` / `DEFINITIONS AND CRITERIA`)
    if head == "sec" and rest and set(rest) <= set("ivxl"):
        return f"#{numeral_value(rest.upper())}"  # `一.` and `I.` print the number `1.` prints
    return f"#{anchor}" if head.isdigit() else anchor


def align(left, right):
    """{left anchor: (right anchors)} for two versions' rows of (anchor, kind, label, text): one
    right anchor for a paragraph each version prints alike, and where one version joins what
    the other splits, each part to the joined paragraph (a left paragraph the right version
    splits has several); none where the numbering does not pair it."""
    found, order = defaultdict(list), {row[0]: k for k, row in enumerate(right)}
    for a, b in _links(left, right):
        found[a].append(b)
    return {row[0]: tuple(sorted(found[row[0]], key=order.get)) for row in left}


def _links(left, right):
    """The pairs (left anchor, right anchor): first the lines each version may print anywhere
    (adoption and date lines, footnotes), then the landmarks, the unnumbered runs between them,
    the paragraphs one version joins, those paired on their words, and a gap's lone paragraphs."""
    aside, notes = _set_aside(left, right)
    taken = [{left[i][0] for i, _ in aside} | {left[k][0] for k in notes[0]},
             {right[j][0] for _, j in aside} | {right[k][0] for k in notes[1]}]
    marks = [[(index, landmark(*row)) for index, row in enumerate(rows) if row[0] not in out and landmark(*row)]
             for rows, out in zip((left, right), taken, strict=True)]
    numbered = [any(mark.startswith("#") for _, mark in side) for side in marks]
    if numbered[0] != numbered[1]:  # a web copy that drops the paragraph numbers the other prints
        marks = [[(index, kept) for index, mark in side if (kept := _without_numbers(rows[index], mark))]
                 for rows, side in zip((left, right), marks, strict=True)]
    if not all(numbered):
        marks = [_counted_off(rows, side, out) for rows, side, out in zip((left, right), marks, taken, strict=True)]
    marks, lone = _titled_parts_in_both(left, right, marks)
    mark_of = _landmark if numbered[0] == numbered[1] else _unnumbered_landmark

    def divides(row):
        return row[0] not in lone and mark_of(row)

    matcher = SequenceMatcher(None, [m for _, m in marks[0]], [m for _, m in marks[1]], autojunk=False)
    anchors = [
        (marks[0][block.a + k][0], marks[1][block.b + k][0])
        for block in matcher.get_matching_blocks() for k in range(block.size)
    ]
    ratio = _ratio(left, right, anchors)
    anchors = _dated(anchors, aside, left, right, taken)
    links = {(left[i][0], right[j][0]) for i, j in aside}
    previous = (-1, -1)
    for i, j in [*anchors, (len(left), len(right))]:
        runs = [_segments([row for row in rows[start + 1:end] if row[0] not in out], divides)
                for rows, start, end, out in ((left, previous[0], i, taken[0]), (right, previous[1], j, taken[1]))]
        links.update(_divided(*runs, ratio))
        if i < len(left):
            links.add((left[i][0], right[j][0]))
        previous = (i, j)
    links |= _joins(left, right, links)
    links |= _by_words(left, right, links, aside, notes, ratio)
    links |= _lone_pairs(left, right, links, aside, notes, ratio)
    if len(notes[0]) != len(notes[1]):
        links |= _notes_by_number(left, right, notes, links)
    return links


def _gaps(left, right, links, aside, notes):
    """(indexes on the left, indexes on the right, whether at an end) of the paragraphs still
    unpaired between two pairs in order, above the first or below the last (at an end of the
    document), each gap holding some on both sides; footnotes are never in one (they pair by their
    numbers alone), and a footnote's pair, or a line each version may print in a place of its own
    (`aside`: an adoption or date line, `* * *`), divides nothing."""
    where = [{row[0]: k for k, row in enumerate(rows)} for rows in (left, right)]
    linked = sorted((where[0][a], where[1][b]) for a, b in links)
    paired = [{i for i, _ in linked} | set(notes[0]), {j for _, j in linked} | set(notes[1])]
    bounds = []
    for i, j in linked:
        if (i, j) not in aside and i not in notes[0] and j not in notes[1] and (not bounds or (i > bounds[-1][0] and j > bounds[-1][1])):
            bounds.append((i, j))
    for (i, j), (end_i, end_j) in zip([(-1, -1), *bounds], [*bounds, (len(left), len(right))], strict=True):
        mine = [k for k in range(i + 1, end_i) if k not in paired[0]]
        theirs = [k for k in range(j + 1, end_j) if k not in paired[1]]
        if mine and theirs:
            yield mine, theirs, i < 0 or end_i == len(left)


def _lone_pairs(left, right, links, aside, notes, ratio):
    """Pairs for a gap left with one body paragraph on each side: in its place as a translation's,
    of lengths no further apart than a translation's, and either as long as the document's pairs
    are (within _CLOSE) or sharing some words (`_shared_words`, half the bar of `_by_words`, which
    chooses among several): the last paragraph of a statement whose runs above the other version
    splits, a sentence the dictionary words otherwise. Never a date line, nor two lines printing
    no Chinese (`* * *`, `Thank you.`), nor where one prints figures or a date and the other none
    (a date line with a sub-headline); at an end of the document, two short lines (a page's
    `责任编辑` and `For information media`, each twice _SMOOTH or less) only on their words."""
    found = set()
    for mine, theirs, at_an_end in _gaps(left, right, links, aside, notes):
        if len(mine) != 1 or len(theirs) != 1:
            continue
        x, y = left[mine[0]], right[theirs[0]]
        a, b = _Measure(x), _Measure(y)
        if (not (_body(a) and _body(b)) or _date_line(x[3]) or _date_line(y[3])
                or (_IDENTICAL.search(x[3]) and _IDENTICAL.search(y[3]))
                or bool(a.figures) != bool(b.figures) or bool(a.dates) != bool(b.dates)):
            continue
        distance = a.distance(b, ratio)
        if distance is None or distance > _FAR:
            continue
        short = at_an_end and min(a.length, b.length) <= 2 * _SMOOTH
        if (distance <= _CLOSE and not short) or (_shared_words(_lexicon(x[3]), _lexicon(y[3])) or 0.0) >= _WORDS_SHARED / 2:
            found.add((x[0], y[0]))
    return found


def _by_words(left, right, links, aside, notes, ratio):
    """Pairs for paragraphs still unpaired between two pairs, on the evidence of their words
    (`_shared_words`): a paragraph and the one of the other version's gap near its place (within
    _BAND of it, reckoned alike from either side) whose words it shares most, clearly more than any
    other near either shares with it, and in order; a heading only with a heading, never a title (a
    page's own title block joins lines the other version prints apart) nor a footnote (which pairs
    by its number alone), nor two paragraphs the lengths' measure forbids (other figures, States or
    dates, a remark); within each of the `_gaps`."""
    lexicons = ({}, {})  # per side, each paragraph's read once
    found = set()
    for mine, theirs, _ in _gaps(left, right, links, aside, notes):
        a, b = {x: _Measure(left[x]) for x in mine}, {y: _Measure(right[y]) for y in theirs}
        by_mine, by_theirs = defaultdict(dict), defaultdict(dict)  # the shares near each place, none elsewhere
        widest = _BAND * max(len(mine), len(theirs))
        for place, x in enumerate(mine):
            first = max(0, -((widest - place * len(theirs)) // len(mine)))  # |y·len(mine) − x·len(theirs)| ≤ widest
            for y in theirs[first:(place * len(theirs) + widest) // len(mine) + 1]:
                if ((_body(a[x]) and _body(b[y])) or left[x][1] == right[y][1] == "heading") and a[x].distance(b[y], ratio) is not None:
                    if x not in lexicons[0]:
                        lexicons[0][x] = _lexicon(left[x][3])
                    if y not in lexicons[1]:
                        lexicons[1][y] = _lexicon(right[y][3])
                    by_mine[x][y] = by_theirs[y][x] = _shared_words(lexicons[0][x], lexicons[1][y]) or 0.0
        chosen = []
        for x, shares in by_mine.items():
            y = max(shares, key=shares.get)
            rivals = [share for z, share in shares.items() if z != y] + [share for w, share in by_theirs[y].items() if w != x]
            if shares[y] >= _WORDS_SHARED and all(rival <= shares[y] - _WORDS_MARGIN for rival in rivals):
                chosen.append((x, y))
        if all(one[1] < next_one[1] for one, next_one in zip(chosen, chosen[1:])):
            found |= {(left[x][0], right[y][0]) for x, y in chosen}
    return found


def _dated(anchors, aside, left, right, taken):
    """The landmark anchors, with each date line paired aside that stands where the numbering
    would put it: between the same two anchors, with at most one more paragraph before it in
    one version than in the other and at most one more after it in that same version (a heading
    only one version prints over the date: a page's own title). A date line one version prints
    above a heading and the other below it, or one under the title and the other under the text,
    divides nothing."""
    found = list(anchors)
    for i, j in sorted(aside):
        if not (_date_line(left[i][3]) and _date_line(right[j][3])):
            continue
        before = [(a, b) for a, b in found if a < i and b < j]
        after = [(a, b) for a, b in found if a > i and b > j]
        if len(before) + len(after) != len(found):
            continue
        start, end = (before[-1] if before else (-1, -1)), (after[0] if after else (len(left), len(right)))
        counts = [[sum(1 for row in rows[lo + 1:hi] if row[0] not in out) for lo, hi in spans]
                  for rows, out, spans in ((left, taken[0], ((start[0], i), (i, end[0]))),
                                           (right, taken[1], ((start[1], j), (j, end[1]))))]
        differences = [ours - theirs for ours, theirs in zip(*counts, strict=True)]
        if all(abs(difference) <= 1 for difference in differences) and differences[0] * differences[1] >= 0:
            found = [*before, (i, j), *after]
    return found


def _titled_parts_in_both(left, right, marks):
    """The landmarks without a chapter, section or article heading that prints its title on one
    version only (`第一章导言` over a web copy whose English says `Introduction`): such a heading is a
    landmark where both versions number it; and the anchors of those left out, which then
    divide no run."""
    printed = [{mark for _, mark in side} for side in marks]
    kept, lone = [], set()
    for rows, side, theirs in ((left, marks[0], printed[1]), (right, marks[1], printed[0])):
        alone = {index for index, mark in side if mark not in theirs and _titled_part(rows[index])}
        kept.append([(index, mark) for index, mark in side if index not in alone])
        lone |= {rows[index][0] for index in alone}
    return kept, lone


def _titled_part(row):
    """A chapter, section or article heading printing its title after its number (`第二條 定義和標準`)."""
    if match := _ARTICLE.match(row[3]):
        return bool(row[3][match.end():].strip(" .．:："))
    return bool((match := _part_match(row[2], row[3])) and match.group(9))


def _part_match(label, text):
    """A chapter, section, part or annex heading's number, and its title after it (group 9)."""
    return _PART.match(f"{label}{text}".strip())


def _without_numbers(row, mark):
    """A landmark read without the paragraph numbers: an item keeps its own label (`(d)`; `㈠`
    read `i`), as under a heading, and so does a section numbered `一、` (a law's item under its
    article, which the other version prints `(1)`); a numbered paragraph's number is none."""
    if not mark.startswith("#"):
        return mark
    if row[1] == "item" and (label := row[2].strip()) and label in IDEOGRAPH_ITEMS:
        return f"item-{ideograph_roman(label)}"
    if row[1] == "item" and (match := _ITEM_LABEL.fullmatch(row[2].strip())):
        item = match.group(1)
        return f"item-{item if item.isascii() else numeral_value(item)}"
    if row[0].startswith("sec-") and (match := _LAW_ITEM.fullmatch(row[2].strip())):
        return f"item-{numeral_value(match.group(1))}"  # a law's `一、` under its article, the other's `(1)`
    return None


def _counted_off(rows, marks, out):
    """`marks` with the paragraphs this version counts off in words (`First,`, `Second,` …; `第一，`,
    `二是`) read as the items `一、` numbers, in each run that counts from one in order, a `First,`
    starting the count again; a lone `First,` says nothing, nor does a count that skips a number."""
    marked = {index for index, _ in marks}
    counted, chain = [], []
    for index, row in enumerate(rows):
        if index in marked or row[0] in out or row[1] == "title" or (number := _ordinal(row[3])) is None:
            continue
        if number == 1:
            counted += chain if len(chain) > 1 else []
            chain = [(index, "item-1")]
        elif chain and number == len(chain) + 1:
            chain.append((index, f"item-{number}"))
        else:
            counted += chain if len(chain) > 1 else []
            chain = []
    counted += chain if len(chain) > 1 else []
    return sorted(marks + counted)


def _ordinal(text):
    if match := _ORDINAL_EN.match(text):
        return _NUMBER_WORDS[match.group(1).lower()]
    if match := _ORDINAL_ZH.match(text):
        return numeral_value(match.group(1) or match.group(2))
    return None


def _one_under_another(indexes):
    """Whether the (sorted) row indexes follow one another with no row between."""
    return indexes == list(range(indexes[0], indexes[-1] + 1))


def _set_aside(left, right):
    """Index pairs of the lines each version may print in a place of its own: the adoption
    lines (when each version has one), a date line and the one heading, adoption line or date
    line of the other version printing that date (each the only such line of its version
    printing it: a paragraph quoting the date is no rival; or, where each version prints it on as
    many such lines one under another, a date line and a law's adoption note under it, `201791` /
    `(201791日…通过)`, those in order, date line with date line), and the footnotes, in order, when both
    versions have as many; with each version's footnotes, which pair with nothing else."""
    adopted = [[k for k, row in enumerate(rows) if _adopted(row[3])] for rows in (left, right)]
    pairs = {(adopted[0][0], adopted[1][0])} if all(len(lines) == 1 for lines in adopted) else set()
    lines = [[(k, date) for k, row in enumerate(rows) if (date := _date_line(row[3]))] for rows in (left, right)]
    dates = [[_dates(row[3]) for row in rows] for rows in (left, right)] if any(lines) else None  # a long scan: only when needed
    dated = [{k for k, _ in side} for side in lines]
    for side, (mine, others) in enumerate(((left, right), (right, left))):
        for k, date in lines[side]:
            own = [m for m, printed in enumerate(dates[side]) if date in printed and _may_carry_a_date(mine[m])]
            theirs = [m for m, printed in enumerate(dates[1 - side]) if date in printed and _may_carry_a_date(others[m])]
            if own == [k] and len(theirs) == 1:
                pairs.add((k, theirs[0]) if side == 0 else (theirs[0], k))
            elif k in own and len(own) == len(theirs) and _one_under_another(own) and _one_under_another(theirs) \
                    and [m in dated[side] for m in own] == [m in dated[1 - side] for m in theirs]:
                pairs.update(zip(own, theirs) if side == 0 else zip(theirs, own))
    notes = [_footnotes(rows) for rows in (left, right)]
    if len(notes[0]) == len(notes[1]):
        pairs.update(zip(*notes, strict=True))
    return pairs | _same_text(left, right, pairs), notes


def _same_text(left, right, paired):
    """Index pairs of the lines both versions print alike, letter for letter, as many times each
    (a place line `New York` the Chinese page keeps in English, a separator `* * *`), in order:
    no translation changes them."""
    taken = [{i for i, _ in paired}, {j for _, j in paired}]
    where = [defaultdict(list), defaultdict(list)]
    for side, rows in enumerate((left, right)):
        for k, row in enumerate(rows):
            if k not in taken[side] and _IDENTICAL.search(row[3]):
                where[side][" ".join(row[3].split())].append(k)
    return {pair for text, ks in where[0].items() if len(ks) == len(where[1].get(text, ()))
            for pair in zip(ks, where[1][text], strict=True)}


def _notes_by_number(left, right, notes, links):
    """Where one version prints fewer notes (a web copy keeps the note on the vote, drops those
    citing documents), a note pairs with the other's note of its number when the one paragraph
    printing its mark in each version is paired: the two marks call the same note."""
    found = set()
    numbered = [{_note_number(rows[k]): k for k in indices} for rows, indices in zip((left, right), notes, strict=True)]
    carriers = [defaultdict(list), defaultdict(list)]
    for rows, indices, marked in zip((left, right), notes, carriers, strict=True):
        for k, row in enumerate(rows):
            if k not in indices:
                for number in _marks(row[3]):
                    marked[number].append(row[0])
    for number in numbered[0].keys() & numbered[1].keys():
        ours, theirs = carriers[0][number], carriers[1][number]
        if len(ours) == len(theirs) == 1 and (ours[0], theirs[0]) in links:
            found.add((left[numbered[0][number]][0], right[numbered[1][number]][0]))
    return found


def _marks(text):
    """The note numbers a paragraph's marks call."""
    return {int((bracketed or raised or after).translate(_SUPERSCRIPT)) for bracketed, raised, after in _MARK.findall(text)}


def _adopted(text):
    """A resolution's adoption line, in either language, with its vote and note mark or none."""
    return bool(ADOPTED.match(text) or ADOPTED_EN.match(text) or _VOTED.match(text) or _ADOPTED_AT.match(text))


def _landmark(row):
    return landmark(*row)


def _unnumbered_landmark(row):
    """A landmark other than a paragraph or section number: where only one version prints
    numbers, they tell nothing of where the other's paragraphs stand."""
    mark = landmark(*row)
    return mark if mark and not mark.startswith("#") else None


def _segments(rows, divides):
    """A run's paragraphs in the parts a landmark only this version prints divides it into."""
    parts = [[]]
    for row in rows:
        if divides(row):
            parts.append([])
        else:
            parts[-1].append(row)
    return parts


def _divided(left, right, ratio):
    """Pairs in a run one version divides with a landmark the other lacks (an annex label only
    one prints): the other's whole run pairs in order with the one part it matches as equal
    runs do; otherwise the parts run together."""
    for mine, theirs, flip in ((left, right, False), (right, left, True)):
        if len(mine) > 1 and len(theirs) == 1 and theirs[0]:
            fits = [part for part in mine if _in_order(part, theirs[0])]
            if len(fits) == 1:
                return {((b, a) if flip else (a, b)) for a, b in _in_pairs(fits[0], theirs[0])}
    return _unnumbered(sum(left, []), sum(right, []), ratio)


def _in_order(left, right):
    """Both runs as long, each pair printing the same figures (or none)."""
    return _as_long(left, right) and all(_figures(a) == _figures(b) for a, b in zip(left, right, strict=True))


def _as_long(left, right):
    """Both runs as long, with their notes in the same places: a remark one version prints on
    the text (`(发言要点)`, speaking points) is not the other's title."""
    return len(left) == len(right) and all((a[1] == "note") == (b[1] == "note") for a, b in zip(left, right, strict=True))


def _in_step(left, right, ratio):
    """Both runs as long, each pair printing what the other prints or more, where the more is
    printed nowhere else in the other's run (`十月二十二日` spelt out beside `22 October`; a
    title's year only one version prints), or the same numbers, one spelling what the other
    writes (`十个` / `10`). Where one prints figures and the other none, their lengths agree as a
    translation's do; a date line pairs only with a line printing a date. A paragraph one
    version splits and another joins shows itself: a figure it prints stands in the other's
    paragraph beside its counterpart."""
    if not _as_long(left, right):
        return False
    printed = [Counter(figure for row in rows for figure in _figures(row)) for rows in (left, right)]
    for a, b in zip(left, right, strict=True):
        ours, theirs = _figures(a), _figures(b)
        if ours == theirs:
            continue
        if (_date_line(a[3]) and not _dates(b[3])) or (_date_line(b[3]) and not _dates(a[3])):
            return False  # a date line is no translation of a line printing no date
        if _numbers(a) == _numbers(b):  # `十个简单的事实` / `10 basic facts`
            continue
        if not (ours <= theirs or theirs <= ours):
            return False
        if any(printed[1][figure] for figure in ours - theirs) or any(printed[0][figure] for figure in theirs - ours):
            return False
        if not (ours and theirs) and _Measure(a).distance(_Measure(b), ratio) > _CLOSE:
            return False
    return True


def _ratio(left, right, anchors):
    """How much longer the right version writes the same paragraph: the median over the
    paragraphs paired by numbering, which one version's extra matter (a covering letter only
    one has) does not skew; the whole texts' ratio where fewer than three pair."""
    if len(anchors) >= 3:
        return statistics.median(_length(right[j]) / max(1, _length(left[i])) for i, j in anchors)
    return sum(_length(row) for row in right) / max(1, sum(_length(row) for row in left))


def _unnumbered(left, right, ratio):
    """Pairs among the unnumbered paragraphs between two landmarks: in order where both sides
    have as many and each pair prints the same figures; else those printing the same figures,
    which then divide the run, and the same again between them; where none do, by length."""
    if _together(left, right, ratio):
        return _in_pairs(left, right)
    if pairs := _under_a_page_title(left, right, ratio):
        return pairs
    if steps := (_in_step_but_headings(left, right, ratio) or _in_step_under_titles(left, right, ratio)
                 or _in_step_but_own_figures(left, right, ratio)):
        return steps
    found, previous = set(), (-1, -1)
    once = Counter(_figures(row) for row in left)
    where = defaultdict(list)
    for j, b in enumerate(right):
        where[_figures(b)].append(j)
    for i, a in enumerate(left):
        figures = _figures(a)
        same = where[figures] if figures else []
        if len(same) == 1 and same[0] > previous[1] and once[figures] == 1 and _dates_agree(_dates(a[3]), _dates(right[same[0]][3])):
            found |= _unnumbered(left[previous[0] + 1:i], right[previous[1] + 1:same[0]], ratio)
            found.add((a[0], right[same[0]][0]))
            previous = (i, same[0])
    if not found:
        return _by_names(left, right, ratio) or _by_length(left, right, ratio)
    return found | _unnumbered(left[previous[0] + 1:], right[previous[1] + 1:], ratio)


def _under_a_page_title(left, right, ratio):
    """A version whose title is its page's own (`华盛顿核安全峰会文稿`, a study site's heading over
    the communiqué's `华盛顿核安全峰会公报全文`): where a run of headings above the first landmark
    has one line more in one version, titled in both, the rest pair in order with the other's,
    its title first, where they would as an equal run and the line under the title is the closer
    in length to the other's title (`联合国大会议事规则` over `引言` is the title of `Rules of
    procedure`, the English page leaving the introduction's heading out). Not where the run holds
    a paragraph: the line one version adds may be any of them."""
    for mine, theirs, flip in ((left, right, False), (right, left, True)):
        if (len(mine) == len(theirs) + 1 and mine[0][1] == "title" and theirs and theirs[0][1] == "title"
                and all(row[1] in _HEADINGS for row in mine + theirs) and _together(mine[1:], theirs, ratio)
                and _closer(mine[1], mine[0], theirs[0], flip, ratio)):
            return {((b, a) if flip else (a, b)) for a, b in _in_pairs(mine[1:], theirs)}
    return set()


def _closer(row, rival, theirs, flip, ratio):
    """Whether `row` is closer in length than `rival` to the other version's `theirs`."""
    def distance(mine):
        return (_Measure(theirs).distance(_Measure(mine), ratio) if flip
                else _Measure(mine).distance(_Measure(theirs), ratio))
    near, far = distance(row), distance(rival)
    return near is not None and (far is None or near < far)


def _by_names(left, right, ratio):
    """Pairs among unnumbered paragraphs printing no figure to pair by: a Chinese paragraph
    printing Latin names in brackets, as the bilingual press writes a foreign name once
    (`扎里夫(Mohamad Javad Zarif)`, `莫盖里尼(Federica Mogherini)`), pairs with the one paragraph of
    the other version printing every such name, in order, and divides the run as figures do; not
    where another paragraph of its version prints one of its names too; none where no paragraph
    prints names so (the empty set, and pairing goes by length)."""
    found, previous = set(), (-1, -1)
    for mine, theirs, flip in ((left, right, False), (right, left, True)):
        for i, a in enumerate(mine):
            if not (names := _bracketed_names(a)):
                continue
            holding = [j for j, b in enumerate(theirs) if all(_prints_name(b, name) for name in names)]
            if len(holding) != 1 or holding[0] <= previous[1] or sum(bool(_bracketed_names(c) & names) for c in mine) > 1:
                continue
            j = holding[0]
            before = (mine[previous[0] + 1:i], theirs[previous[1] + 1:j])
            found |= _unnumbered(*(before[::-1] if flip else before), ratio)
            found.add((theirs[j][0], a[0]) if flip else (a[0], theirs[j][0]))
            previous = (i, j)
        if found:
            rest = (mine[previous[0] + 1:], theirs[previous[1] + 1:])
            return found | _unnumbered(*(rest[::-1] if flip else rest), ratio)
    return found


_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_BRACKETED_NAME = re.compile(rf"[(（]([A-ZÀ-ÖØ-Þ][{_LATIN}.'’&-]+(?: [{_LATIN}.'’&-]+){{0,5}})[)）]")


@lru_cache(maxsize=2**16)
def _bracketed_names(row):
    """The Latin names a Chinese paragraph prints in brackets (none in an English one): with a
    small letter, so no acronym or numeral (`(EU)`, `(XXVI)`), which other paragraphs print too."""
    if not any("\u3400" <= char <= "\u9fff" for char in row[3]):
        return frozenset()
    return frozenset(name for name in _BRACKETED_NAME.findall(row[3]) if any(char.islower() for char in name))


def _prints_name(row, name):
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", row[3]) is not None


def _in_step_but_headings(left, right, ratio):
    """The pairs of a run that is in step once the headings only one version prints are left
    out (`决定：` on a line of its own, where the English opens its first item with `Decides`;
    a copy's date-and-source line under a statement's title, the titles paired as under titles)."""
    for mine, theirs in ((left, right), (right, left)):
        text = [row for row in mine if row[1] not in _HEADINGS]
        if len(mine) > len(theirs) == len(text) > 0 and all(row[1] not in _HEADINGS for row in theirs):
            pairs = (text, theirs) if mine is left else (theirs, text)
            if _together(*pairs, ratio):
                return _in_pairs(*pairs)
        text = [row for row in mine if not (row[1] == "heading" and _DATE.match(row[3].strip()))]
        if len(mine) > len(theirs) == len(text) and all(row[1] != "heading" for row in theirs):
            pairs = (text, theirs) if mine is left else (theirs, text)
            if steps := _in_step_under_titles(*pairs, ratio):
                return steps
    return None


def _in_step_but_own_figures(left, right, ratio):
    """The pairs of a run in order once the paragraphs of text printing figures the other
    version's run prints nowhere are left out (a Chinese page's note on a treaty's signature and
    China's accession, above a preamble the English prints alone); not headings, which a
    version may print its own way (`第五十届会议` / `50th session`). Not where a pair left is
    no translation (`_near_enough`: _FAR apart in length, or naming other States or dates, or one a
    remark): the paragraph left out may be the one printing in
    figures what the other writes in words (`the 16th … Talks` / `本届…对话会`), and a greeting only
    one version prints (`Good afternoon!`) is what is left beside it."""
    for mine, theirs in ((left, right), (right, left)):
        printed = {figure for row in theirs for figure in _figures(row)}
        text = [row for row in mine if row[1] != "para" or not _figures(row) or _figures(row) & printed]
        if len(mine) > len(theirs) == len(text) > 0:
            pairs = (text, theirs) if mine is left else (theirs, text)
            if _in_order(*pairs) and all(_near_enough(a, b, ratio) for a, b in zip(*pairs, strict=True)):
                return _in_pairs(*pairs)
    return None


def _near_enough(a, b, ratio):
    distance = _Measure(a).distance(_Measure(b), ratio)
    return distance is not None and distance <= _FAR


def _in_step_under_titles(left, right, ratio):
    """The pairs of a run of paragraphs in step under each version's title, the titles paired
    too, whatever their lengths: a message's short Chinese title (`2022年秘书长致辞`) says in six
    characters what the English says in twenty words. Not where a heading stands in the run
    (a photograph's caption is no chapter heading)."""
    if not (len(left) == len(right) > 2 and left[0][1] == right[0][1] == "title"):
        return None
    if any(row[1] in _HEADINGS for row in left[1:] + right[1:]):
        return None
    return _in_pairs(left, right) if _together(left[1:], right[1:], ratio) else None


def _together(left, right, ratio):
    """Two runs that pair in order: as long, and in order or in step."""
    return _in_order(left, right) or _in_step(left, right, ratio)


def _in_pairs(left, right):
    """The anchors of two runs as long, paired in order."""
    return {(a[0], b[0]) for a, b in zip(left, right, strict=True)}


def _by_length(left, right, ratio):
    """The cheapest way through both runs in order, each paragraph paired or left out, or
    several of one version's in a row with one of the other's where together they print its
    figures (dynamic programming, as Gale and Church align sentences, within a band about the
    diagonal, so a long run costs time in proportion to its length); of its one-to-one pairs,
    those close in length and clear of their neighbours, and every such join."""
    a, b = [_Measure(row) for row in left], [_Measure(row) for row in right]
    band = _BAND + abs(len(a) - len(b))
    cost = [[math.inf] * (len(b) + 1) for _ in range(len(a) + 1)]
    came = [[None] * (len(b) + 1) for _ in range(len(a) + 1)]  # the step taken: paragraphs used on each side
    cost[0][0] = 0.0
    for i in range(len(a) + 1):
        middle = i * len(b) // max(1, len(a))
        for j in range(max(0, middle - band), min(len(b), middle + band) + 1):
            for step in _STEPS:
                di, dj = step
                if di > i or dj > j or (previous := cost[i - di][j - dj]) == math.inf:
                    continue
                if step in ((1, 0), (0, 1)):
                    value = previous + _SKIP
                elif step == (1, 1):
                    d = a[i - 1].distance(b[j - 1], ratio)
                    value = math.inf if d is None else previous + d
                elif not (b[j - 1] if dj == 1 else a[i - 1]).figures:
                    continue  # a join needs the figures of the one paragraph: most print none
                else:
                    d = _joined(a[i - di:i], b[j - dj:j], ratio)
                    value = math.inf if d is None else previous + d + _JOIN
                if value < cost[i][j]:
                    cost[i][j], came[i][j] = value, step
    path, i, j = [], len(a), len(b)
    while came[i][j] is not None:
        path.append((i, j, came[i][j]))
        i, j = i - came[i][j][0], j - came[i][j][1]
    stretch = _stretch(path[::-1], a, b, ratio)
    pairs = set()
    for i, j, (di, dj) in path:
        if (di, dj) == (1, 1) and ((i, j) in stretch or _clear(a, b, i - 1, j - 1, ratio)):
            pairs.add((left[i - 1][0], right[j - 1][0]))
        elif di and dj and (di, dj) != (1, 1):
            pairs |= {(x[0], y[0]) for x in left[i - di:i] for y in right[j - dj:j]}
    return _filled(left, right, pairs, ratio)


def _stretch(path, a, b, ratio):
    """The pairs of the path's longest stretch of pairs in a row, each close in length, when it
    holds three or more, the path leaves at most _STRETCH_OUT paragraphs of each version
    without a close pair (a paragraph one version adds, a section after the stretch, pair or
    not, as they will), and its lengths agree clearly better in step than one paragraph out of
    step either way: a statement's paragraphs, of like length, are none of them clear of their
    neighbours, but their run of lengths is evidence of itself (a web copy without the Chinese
    introduction). Headings and remarks pair only when clear."""
    best, current, close = [], [], 0
    for i, j, step in path:
        near = step == (1, 1) and a[i - 1].distance(b[j - 1], ratio) <= _CLOSE  # a path's pair has a distance
        close += near
        if near and _body(a[i - 1]) and _body(b[j - 1]):
            current.append((i, j))
            best = max(best, current, key=len)
        else:
            current = []
    if len(best) < 3 or len(a) - close > _STRETCH_OUT or len(b) - close > _STRETCH_OUT:
        return set()
    in_step = statistics.mean(a[i - 1].distance(b[j - 1], ratio) for i, j in best)
    for shift in (-1, 1):
        shifted = [a[i - 1].distance(b[j - 1 + shift], ratio) for i, j in best if 0 <= j - 1 + shift < len(b)]
        if statistics.mean(_SKIP if d is None else d for d in shifted) < in_step + _MARGIN:
            return set()
    return set(best)


def _body(measure):
    return not (measure.heading or measure.note)


# The steps through two runs: a paragraph of either left out, a pair, and several paragraphs of
# one version in a row that the other prints as one (a press release's one paragraph the
# Chinese splits in three).
_STEPS = ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2), (3, 1), (1, 3))


def _joined(parts, whole, ratio):
    """How far the paragraphs `parts` (or `whole`) together are from the one paragraph of the
    other version in length, when together they print exactly its figures, each part some or
    none, and none is a heading or a remark; None otherwise."""
    many, one = (parts, whole[0]) if len(whole) == 1 else (whole, parts[0])
    if not all(_body(measure) for measure in (*many, one)):
        return None
    figures = frozenset().union(*(m.figures for m in many))
    if not figures or figures != one.figures or sum(bool(m.figures) for m in many) < 2:
        return None
    ours, theirs = (sum(m.length for m in many), one.length) if many is parts else (one.length, sum(m.length for m in many))
    distance = abs(math.log((theirs + _SMOOTH) / (ratio * ours + _SMOOTH)))
    return distance if distance <= _CLOSE else None


def _filled(left, right, pairs, ratio):
    """The pairs by length divide the run: between two of them (or one and an end of the run)
    paragraphs as many on each side, printing the same figures, pair in order as an equal run
    does (a paragraph each version prints between the same two)."""
    where = [{row[0]: k for k, row in enumerate(rows)} for rows in (left, right)]
    bounds = sorted((where[0][x], where[1][y]) for x, y in pairs)
    found = set(pairs)
    for (i, j), (end_i, end_j) in zip([(-1, -1), *bounds], [*bounds, (len(left), len(right))], strict=True):
        if bounds and _in_step(left[i + 1:end_i], right[j + 1:end_j], ratio):
            found |= _in_pairs(left[i + 1:end_i], right[j + 1:end_j])
    return found


def _joins(left, right, links):
    """Pairs for a paragraph left unpaired beside a paired one when the two together print
    exactly the numbers their counterpart prints, and each some of them (`第五十届会议` beside
    `议程项目72`, both in `Fiftieth session Agenda item 72`): the other version joined them.
    Both ways: the part of either version pairs with the other's joined paragraph."""
    found = set()
    for rows, others, flip in ((left, right, False), (right, left, True)):
        mine, theirs = defaultdict(set), defaultdict(set)
        for a, b in links:
            a, b = (b, a) if flip else (a, b)
            mine[a].add(b)
            theirs[b].add(a)
        position = {row[0]: k for k, row in enumerate(others)}
        for k, row in enumerate(rows):
            numbers = _numbers(row)
            if mine[row[0]] or not numbers or landmark(*row):
                continue
            joined = set()
            for beside in rows[max(0, k - 1):k] + rows[k + 1:k + 2]:
                if len(mine[beside[0]]) == 1 and len(theirs[counterpart := next(iter(mine[beside[0]]))]) == 1:
                    printed, alone = _numbers(others[position[counterpart]]), _numbers(beside)
                    if alone and alone < printed and numbers | alone == printed and not numbers <= alone:
                        joined.add(counterpart)
            if len(joined) == 1:
                found.add((joined.pop(), row[0]) if flip else (row[0], joined.pop()))
    return found


def _clear(a, b, i, j, ratio):
    """A pair by length is kept when close, and clearly closer than either paragraph is to any
    other near it: two short headings of like length are no evidence of one another."""
    distance = a[i].distance(b[j], ratio)
    others = [a[i].distance(other, ratio) for k, other in _near(b, j) if k != j]
    others += [other.distance(b[j], ratio) for k, other in _near(a, i) if k != i]
    return distance <= _CLOSE and all(other is None or other >= distance + _MARGIN for other in others)


def _near(measures, index):
    start = max(0, index - _BAND)
    return enumerate(measures[start:index + _BAND + 1], start=start)


class _Measure:
    """What pairing by length compares of a paragraph: its length, the figures it prints, and
    whether it is a heading or a remark on the text."""

    def __init__(self, row):
        self.length, self.figures, self.heading = _length(row), _figures(row), row[1] in _HEADINGS
        self.note, self.dates, self.states = row[1] == "note", _dates(row[3]), states_named(row[3])

    def distance(self, other, ratio):
        """How far the two lengths are from the ratio of their documents (log scale), less where
        both name the same States, as a translation names them; None when they print different
        figures or different whole dates (`2006年5月2日` and `3 May 2006` share only the year),
        name different States, or one is a remark (`[文本来源：…]`) and the other not."""
        if ((self.figures and other.figures and self.figures.isdisjoint(other.figures))
                or (self.states and other.states and self.states.isdisjoint(other.states))
                or not _dates_agree(self.dates, other.dates) or self.note != other.note):
            return None
        distance = abs(math.log((other.length + _SMOOTH) / (ratio * self.length + _SMOOTH)))
        if self.states and self.states == other.states and not (self.heading or other.heading):
            distance = max(0.0, distance - _NAMED)  # a heading naming one State is no evidence of its pair
        return distance + (_OTHER_KIND if self.heading != other.heading else 0)


def _lexicon(text):
    """What pairing on words reads of a paragraph, once: ("zh", _Chinese) for a Chinese one; ("en",
    _English: the Chinese forms CC-CEDICT gives for each of its words) for an English one naming
    _WORDS_AT_LEAST words or more that the dictionary knows (read backwards by unref.english, as
    search reads an English query word); None for one too short to tell."""
    if _HAN.search(text):
        return "zh", _Chinese(to_simplified_for_matching(text))
    words = _dictionary_words(text)
    return ("en", _English([_chinese_forms(word) for word in words])) if len(words) >= _WORDS_AT_LEAST else None


class _English:
    """An English paragraph as pairing on words looks it up: each word's Chinese forms, and all of
    them at once, those of up to _PIECE characters found in a Chinese paragraph by one set
    intersection with its pieces."""

    def __init__(self, words):
        self.words = [frozenset(forms) for forms in words]
        self.short = frozenset(form for forms in words for form in forms if len(form) <= _PIECE)
        self.long = frozenset(form for forms in words for form in forms if len(form) > _PIECE)

    def __len__(self):
        return len(self.words)


class _Chinese:
    """A Chinese paragraph as pairing on words looks it up: its pieces of up to _PIECE characters (a
    form found by a set lookup, not a scan), its Chinese characters, and those each form found covers."""

    def __init__(self, text):
        self.text, self.han = text, len(_HAN.findall(text))
        self.pieces = {text[k:k + n] for n in range(2, _PIECE + 1) for k in range(len(text) - n + 1)}
        self._covered = {}

    def prints(self, english):
        """The forms of the English paragraph's words that this paragraph prints."""
        return (english.short & self.pieces) | {form for form in english.long if form in self.text}

    def covered(self, form):
        """The places of the Chinese characters the form's occurrences cover."""
        if form not in self._covered:
            self._covered[form] = {k for start in _found_at(form, self.text) for k in range(start, start + len(form))
                                   if _HAN.match(self.text[k])}
        return self._covered[form]


def _shared_words(one, other):
    """How much of two paragraphs' words are each other's (their `_lexicon`s), one Chinese and the
    other English: of the English words, the share whose Chinese the Chinese paragraph prints, and
    of its Chinese characters, the share those cover; the lesser of the two, so that a short line
    is not the translation of a long paragraph naming it. None when that cannot be told."""
    if one is None or other is None or one[0] == other[0]:
        return None
    chinese, english = (one[1], other[1]) if one[0] == "zh" else (other[1], one[1])
    printed = chinese.prints(english)
    if not printed:
        return 0.0
    named = sum(not printed.isdisjoint(forms) for forms in english.words)
    covered = set().union(*(chinese.covered(form) for form in printed))
    return min(named / len(english), len(covered) / max(1, chinese.han))


def _found_at(form, text):
    start = text.find(form)
    while start >= 0:
        yield start
        start = text.find(form, start + 1)


def _dictionary_words(text):
    """The English words of a paragraph CC-CEDICT gives Chinese for, each once: an acronym as
    printed (`IAEA`), any other in lower case and not a function word; none where fewer than
    _WORDS_AT_LEAST are left, without reading the dictionary."""
    words = [word for word in dict.fromkeys(word if word.isupper() else word.lower() for word in _ENGLISH_WORD.findall(text))
             if word.isupper() or word not in _FUNCTION_WORDS]
    if len(words) < _WORDS_AT_LEAST:
        return []
    return [word for word in words if _chinese_forms(word)]


@lru_cache(maxsize=2**16)
def _chinese_forms(word):
    first, others = chinese_for(word)
    return (*first, *others)


def _length(row):
    return len(f"{row[2]}{row[3]}")


def _part(match):
    """`第一章` and `CHAPTER ONE`, `附件` and `Annex`: the kind and its number, or None when the
    number is not one a reader can tell (`Annex A` pairs with no Chinese `附件`)."""
    number_cn, kind_cn, annex_cn, number_annex_cn, kind_en, number_en, annex_en, number_annex_en, _ = match.groups()
    kind = _PART_KINDS[(kind_cn or annex_cn or kind_en or annex_en).lower()]
    value = _number(number_cn or number_annex_cn or number_en or number_annex_en or "1")
    return f"{kind}-{value}" if value else None


def _number(numeral):
    if numeral.isdigit():
        return int(numeral)
    if numeral.lower() in _NUMBER_WORDS:  # `CHAPTER ONE`
        return _NUMBER_WORDS[numeral.lower()]
    if set(numeral) <= set("一二三四五六七八九十IVXL"):
        return numeral_value(numeral)
    return None


@lru_cache(maxsize=2**16)
def _figures(row):
    """The numbers of two digits or more a paragraph prints (years, days, meeting and document
    numbers): the same in both languages, whatever the words around them; a decade by its tens
    (`上世紀60年代`, `1960年代` and `the 1960s` print 60); a date whose 年 and 月 were lost by its
    parts (`20151227日` prints 2015 and 27, a month being no figure)."""
    text = _unglued(row[3]).translate(str.maketrans(_CHINESE_DIGITS, "0123456789"))
    text = _NOT_FIGURES.sub("", _GROUPED.sub(_ungrouped, _DECADE.sub(r"\1", text)))
    return frozenset(int(figure) for figure in _FIGURE.findall(text) if int(figure) >= 10)


def _ungrouped(match):
    return re.sub(r"\D", "", match.group())


@lru_cache(maxsize=2**16)
def _numbers(row):
    """The figures and the numbers written out (`五十`, `Fiftieth`, `twenty-first`): what a
    heading and its translation print alike where one spells a number the other writes."""
    spelled = [numeral_value(numeral) for numeral in _COUNTING.findall(row[3])]
    for word in _NUMBER_WORD.findall(row[3].lower()):
        values = [_NUMBER_WORDS.get(part) for part in word.split("-")]
        if None not in values:
            spelled.append(sum(values))
    return _figures(row) | {value for value in spelled if value >= 10}


def _dates_agree(ours, theirs):
    """Two paragraphs' whole dates (`_dates`) are no evidence against their pairing: a speech's
    `2006年5月2日` and its press release's `3 May 2006` share only the year."""
    return not (ours and theirs and ours.isdisjoint(theirs))


def _dates(text):
    """The dates a paragraph prints, as (year, month, day): `1988年5月9日`, `一九四七年三月十日`,
    `9 May 1988`, `May 9, 1988` and `1988-05-09` alike, and both ends of a range within a month
    (`2018年7月25日至27日` and `25 to 27 July 2018` print the 25th and the 27th)."""
    text = _unglued(text)
    return {_date(match) for match in _DATE.finditer(text)} | set(_range_ends(text))


def _range_ends(text):
    """The days of the ranges a paragraph prints within one month (`_RANGE_ZH`, `_RANGE_EN`), where
    the first day comes before the last (not a symbol's `115-27`)."""
    for match in _RANGE_ZH.finditer(text):
        year, month, first = _date(_DATE.match(match[0]))
        last = match.groups()[-1]
        last = int(last) if last.isdigit() else numeral_value(last)
        if first < last <= 31:
            yield from ((year, month, first), (year, month, last))
    for match in _RANGE_EN.finditer(text):
        first, last, month, year, month_us, first_us, last_us, year_us = match.groups()
        first, last = int(first or first_us), int(last or last_us)
        if 1 <= first < last <= 31:
            month = _MONTHS.index((month or month_us).lower()) + 1
            yield from ((int(year or year_us), month, first), (int(year or year_us), month, last))


def _date_line(text):
    """The date a paragraph prints and nothing else (a time of posting after it aside:
    `2021-01-12 00:33` and `2021-01-12 01:25` are the Chinese and English pages' one date), or None."""
    match = _DATE.fullmatch(_unglued(_CLOCK.sub("", text.strip().rstrip("。."))))
    return _date(match) if match else None


def _unglued(text):
    """`text` with each date whose 年 and 月 were lost written whole again (`_GLUED`: before 日, or
    a line of digits alone); digits that split into a month and a day in two ways, or none, are
    left as they are, and so are those inside a longer figure (`0.2017912日`, `A/2015/1227日`)."""
    if text.isdigit():
        return f"{date}日" if (date := _whole_date(text)) else text
    if "日" not in text:  # most rows: no scan (alignment pairs thousands)
        return text

    def whole(match):
        before = text[match.start() - 1] if match.start() else ""
        return (None if before and before in "0123456789/.," else _whole_date(match[0])) or match[0]
    return _GLUED.sub(whole, text)


def _whole_date(digits):
    """`2017年9月1` for `201791` (日 left to the caller), where a year of this century or the last is followed by one
    month and day only; else None."""
    year, rest = digits[:4], digits[4:]
    if year[:2] not in ("19", "20") or not 2 <= len(rest) <= 4:
        return None
    splits = [(int(rest[:k]), int(rest[k:])) for k in (1, 2) if k < len(rest) and rest[k] != "0"]
    valid = [(month, day) for month, day in splits if 1 <= month <= 12 and 1 <= day <= 31]
    return f"{year}年{valid[0][0]}月{valid[0][1]}" if len(valid) == 1 else None


def _date(match):
    year_zh, month_zh, day_zh, day_en, month_en, year_en, month_us, day_us, year_us, *iso = match.groups()
    if iso[0]:
        return tuple(int(part) for part in iso)
    if year_zh:
        year = int(year_zh.translate(str.maketrans(_CHINESE_DIGITS, "0123456789")))
        return year, *(int(part) if part.isdigit() else numeral_value(part) for part in (month_zh, day_zh))
    month = (month_en or month_us).lower()
    return int(year_en or year_us), _MONTHS.index(month) + 1, int(day_en or day_us)


def _may_carry_a_date(row):
    """A heading, an adoption line or a date line: where a version prints the date another
    version gives a line of its own."""
    return row[1] in _HEADINGS or _adopted(row[3]) or bool(_date_line(row[3]))


def _footnotes(rows):
    """The indices of a version's footnotes: those the splitter found under a rule, else the
    paragraphs ending the text that each open with a note number (`21 `, `[1]`, `1/`), counting
    up by one; or numbered `1.`, `2.` like paragraphs, but where the numbering starts again from
    1 straight after a numbered paragraph, with no heading between (en.wikisource's notes after
    a resolution's last operative paragraph)."""
    if found := [k for k, row in enumerate(rows) if row[1] == "footnote"]:
        return found
    run = []
    for k in range(len(rows) - 1, -1, -1):
        number = _note_number(rows[k])
        if number is None or (run and number != run[-1][1] - 1):
            break
        run.append((k, number))
    run.reverse()
    while run and _NUMBERED.match(rows[run[0][0]][2]) and not _starts_again(rows, *run[0]):
        run.pop(0)  # a paragraph numbered as the body's are is a note only in a run starting again
    return [k for k, _ in run]


def _starts_again(rows, k, number):
    """Numbering starting again from 1 straight after a labelled paragraph or item."""
    return number == 1 and k > 0 and bool(rows[k - 1][2]) and rows[k - 1][1] in ("para", "item")


def _note_number(row):
    """The number a note opens with, in its text (`21 `, `[1]`, `1/`) or as its label (`1.`),
    or None."""
    if match := _FOOTNOTE.match(row[3]):
        return int(next(group for group in match.groups() if group))
    if (match := _NUMBERED.match(row[2])) and row[0] != match.group(1):
        return int(match.group(1))
    return None
