"""Align the paragraphs of two language versions of one document by their printed numbering.

What each language prints alike is the numbering: numbered paragraphs and sections (`1.`,
`一.`, `I.`), lettered items, decimal clauses (`2.1`, `3.1.1`), articles (`第1条`, `Article
1`), chapters and annexes (`第一章`, `CHAPTER ONE`, `附件一`, `Annex I`), footnotes. Those are
landmarks and pair in order. A resolution's adoption line pairs with the other's wherever each
version prints it (the English web copies put it under the title, the Chinese under the text).
Between two landmarks, unnumbered paragraphs pair in order when both versions have as many
and each pair prints the same figures (dates, symbols, meeting numbers, or none); otherwise
those printing the same figures pair and divide the run, and what is left pairs by length, as
a translation keeps the length of what it translates (Gale and Church), only where lengths
agree closely and clearly; the rest stay unpaired, the pages saying so, rather than guess.
Works on rows of (anchor, kind, label, text) alone: no database.
"""
import math
import re
import statistics
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from .pipeline.splitting import ADOPTED, ADOPTED_EN, numeral_value

VERSION = "2"  # pairings are cached under it (archive/language_versions.py): change it with the rules
_UNNUMBERED = re.compile(r"(?:^|-)p\d+(?:-\d+)?$")
_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|[^\d.])")
_ARTICLE = re.compile(r"^(?:第\s*(\d{1,3})\s*[条條]|Article\s+(\d{1,3})\b)")
_CHINESE_DIGITS = "〇一二三四五六七八九"
_NUMERAL = r"\d{1,2}|[一二三四五六七八九十]{1,3}|[IVXL]{1,6}|[A-Za-z]+"
_PART = re.compile(
    rf"^(?:第\s*({_NUMERAL})\s*(章|部分)|(附件)\s*({_NUMERAL})?|(CHAPTER|Chapter|PART|Part)\s+({_NUMERAL})|(ANNEX|Annex)(?:\s+({_NUMERAL}))?)$"
)
_PART_KINDS = {"章": "chapter", "部分": "part", "附件": "annex", "chapter": "chapter", "part": "part", "annex": "annex"}
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_FIGURE = re.compile(r"\d{2,}")
# Pairing by length: a paragraph left out costs _SKIP; a pair costs how far its lengths are
# from the document's own ratio (log scale), and is kept only within _CLOSE of it.
_SKIP, _CLOSE, _MARGIN, _SMOOTH, _BAND = 0.75, 0.5, 0.2, 8, 20
_HEADINGS, _OTHER_KIND = ("title", "heading"), 0.3  # a heading beside a paragraph costs more


def landmark(anchor, kind, label="", text=""):
    """What the printed numbering says of this paragraph, the same in every language, or None."""
    if match := _DECIMAL.match(text) or _DECIMAL.match(label):
        return f"clause-{match.group(1)}"
    if match := _ARTICLE.match(text):
        return f"article-{match.group(1) or match.group(2)}"
    if match := _PART.match(f"{label}{text}".strip()):
        return _part(match)
    if kind == "title" or (kind == "heading" and not anchor.startswith("sec-")) or _UNNUMBERED.search(anchor):
        return None
    head, _, rest = anchor.partition("-")
    if head == "sec" and rest and set(rest) <= set("ivxl"):
        return f"#{numeral_value(rest.upper())}"  # `一.` and `I.` print the number `1.` prints
    return f"#{anchor}" if head.isdigit() else anchor


def align(left, right):
    """{left anchor: right anchor or None} for two versions' rows of (anchor, kind, label, text)."""
    marks = [[(index, landmark(*row)) for index, row in enumerate(rows) if landmark(*row)] for rows in (left, right)]
    matcher = SequenceMatcher(None, [m for _, m in marks[0]], [m for _, m in marks[1]], autojunk=False)
    anchors = [
        (marks[0][block.a + k][0], marks[1][block.b + k][0])
        for block in matcher.get_matching_blocks() for k in range(block.size)
    ]
    ratio = _ratio(left, right, anchors)
    adopted = [[row for row in rows if ADOPTED.match(row[3]) or ADOPTED_EN.match(row[3])] for rows in (left, right)]
    paired = {adopted[0][0][0]: adopted[1][0][0]} if all(len(rows) == 1 for rows in adopted) else {}
    previous = (-1, -1)
    for i, j in [*anchors, (len(left), len(right))]:
        between = [[row for row in rows[start + 1:end] if landmark(*row) is None and row not in lines]
                   for rows, start, end, lines in ((left, previous[0], i, adopted[0]), (right, previous[1], j, adopted[1]))]
        paired.update(_unnumbered(*between, ratio))
        if i < len(left):
            paired[left[i][0]] = right[j][0]
        previous = (i, j)
    return {row[0]: paired.get(row[0]) for row in left}


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
    if len(left) == len(right) and all(_figures(a) == _figures(b) for a, b in zip(left, right, strict=True)):
        return {a[0]: b[0] for a, b in zip(left, right, strict=True)}
    found, previous = {}, (-1, -1)
    once = Counter(_figures(row) for row in left)
    where = defaultdict(list)
    for j, b in enumerate(right):
        where[_figures(b)].append(j)
    for i, a in enumerate(left):
        figures = _figures(a)
        same = where[figures] if figures else []
        if len(same) == 1 and same[0] > previous[1] and once[figures] == 1:
            found.update(_unnumbered(left[previous[0] + 1:i], right[previous[1] + 1:same[0]], ratio))
            found[a[0]] = right[same[0]][0]
            previous = (i, same[0])
    if not found:
        return _by_length(left, right, ratio)
    found.update(_unnumbered(left[previous[0] + 1:], right[previous[1] + 1:], ratio))
    return found


def _by_length(left, right, ratio):
    """The cheapest way through both runs in order, each paragraph paired or left out (dynamic
    programming, as Gale and Church align sentences, within a band about the diagonal, so a
    long run costs time in proportion to its length); of its pairs, those close in length and
    clear of their neighbours."""
    a, b = [_Measure(row) for row in left], [_Measure(row) for row in right]
    band = _BAND + abs(len(a) - len(b))
    cost = [[math.inf] * (len(b) + 1) for _ in range(len(a) + 1)]
    came = [[None] * (len(b) + 1) for _ in range(len(a) + 1)]  # 0: left skipped, 1: right, 2: paired
    cost[0][0] = 0.0
    for i in range(len(a) + 1):
        middle = i * len(b) // max(1, len(a))
        row, above = cost[i], cost[i - 1] if i else None
        for j in range(max(0, middle - band), min(len(b), middle + band) + 1):
            for value, step in (
                (above[j] + _SKIP if i else math.inf, 0),
                (row[j - 1] + _SKIP if j else math.inf, 1),
                (above[j - 1] + d if i and j and (d := a[i - 1].distance(b[j - 1], ratio)) is not None else math.inf, 2),
            ):
                if value < row[j]:
                    row[j], came[i][j] = value, step
    pairs, i, j = {}, len(a), len(b)
    while came[i][j] is not None:
        step = came[i][j]
        if step == 2 and _clear(a, b, i - 1, j - 1, ratio):
            pairs[left[i - 1][0]] = right[j - 1][0]
        i, j = i - (step != 1), j - (step != 0)
    return pairs


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
    whether it is a heading."""

    def __init__(self, row):
        self.length, self.figures, self.heading = _length(row), _figures(row), row[1] in _HEADINGS

    def distance(self, other, ratio):
        """How far the two lengths are from the ratio of their documents (log scale); None when
        they print different figures."""
        if self.figures and other.figures and self.figures.isdisjoint(other.figures):
            return None
        distance = abs(math.log((other.length + _SMOOTH) / (ratio * self.length + _SMOOTH)))
        return distance + (_OTHER_KIND if self.heading != other.heading else 0)


def _length(row):
    return len(f"{row[2]}{row[3]}")


def _part(match):
    """`第一章` and `CHAPTER ONE`, `附件` and `Annex`: the kind and its number, or None when the
    number is not one a reader can tell (`Annex A` pairs with no Chinese `附件`)."""
    number_cn, kind_cn, annex_cn, number_annex_cn, kind_en, number_en, annex_en, number_annex_en = match.groups()
    kind = _PART_KINDS[(kind_cn or annex_cn or kind_en or annex_en).lower()]
    value = _number(number_cn or number_annex_cn or number_en or number_annex_en or "1")
    return f"{kind}-{value}" if value else None


def _number(numeral):
    if numeral.isdigit():
        return int(numeral)
    if numeral.lower() in _WORDS:
        return _WORDS.index(numeral.lower()) + 1
    if set(numeral) <= set("一二三四五六七八九十IVXL"):
        return numeral_value(numeral)
    return None


@lru_cache(maxsize=2**16)
def _figures(row):
    """The numbers of two digits or more a paragraph prints (years, days, meeting and document
    numbers): the same in both languages, whatever the words around them."""
    text = row[3].translate(str.maketrans(_CHINESE_DIGITS, "0123456789"))
    return frozenset(int(figure) for figure in _FIGURE.findall(text) if int(figure) >= 10)

