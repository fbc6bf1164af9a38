"""Align the paragraphs of two language versions of one document by their printed numbering.

What each language prints alike is the numbering: numbered paragraphs and sections (`1.`,
`一.`, `I.`), lettered items, decimal clauses (`2.1`, `3.1.1`), articles (`第1条`, `Article
1`), footnotes. Those are landmarks and pair in order. Between two landmarks, unnumbered
paragraphs pair in order only when both versions have as many of them and each pair prints
the same figures (dates, symbols, meeting numbers, or none); otherwise only the paragraphs printing
the same figures pair, and the rest stay unpaired, the pages saying so, rather than guess.
Works on rows of (anchor, kind, label, text) alone: no database.
"""
import re
from difflib import SequenceMatcher

_UNNUMBERED = re.compile(r"(?:^|-)p\d+(?:-\d+)?$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|[^\d.])")
_ARTICLE = re.compile(r"^(?:第\s*(\d{1,3})\s*[条條]|Article\s+(\d{1,3})\b)")
_CHINESE_DIGITS = "〇一二三四五六七八九"
_FIGURE = re.compile(r"\d{2,}")


def landmark(anchor, kind, label="", text=""):
    """What the printed numbering says of this paragraph, the same in every language, or None."""
    if match := _DECIMAL.match(text) or _DECIMAL.match(label):
        return f"clause-{match.group(1)}"
    if match := _ARTICLE.match(text):
        return f"article-{match.group(1) or match.group(2)}"
    if kind == "title" or (kind == "heading" and not anchor.startswith("sec-")) or _UNNUMBERED.search(anchor):
        return None
    head, _, rest = anchor.partition("-")
    if head == "sec" and rest and set(rest) <= set(_ROMAN):
        return f"#{_roman_value(rest)}"  # `一.` and `I.` print the number `1.` prints
    return f"#{anchor}" if head.isdigit() else anchor


def align(left, right):
    """{left anchor: right anchor or None} for two versions' rows of (anchor, kind, label, text)."""
    marks = [[(index, landmark(*row)) for index, row in enumerate(rows) if landmark(*row)] for rows in (left, right)]
    matcher = SequenceMatcher(None, [m for _, m in marks[0]], [m for _, m in marks[1]], autojunk=False)
    anchors = [
        (marks[0][block.a + k][0], marks[1][block.b + k][0])
        for block in matcher.get_matching_blocks() for k in range(block.size)
    ]
    paired = {}
    previous = (-1, -1)
    for i, j in [*anchors, (len(left), len(right))]:
        between = [[row for row in rows[start + 1:end] if landmark(*row) is None]
                   for rows, start, end in ((left, previous[0], i), (right, previous[1], j))]
        paired.update(_unnumbered(*between))
        if i < len(left):
            paired[left[i][0]] = right[j][0]
        previous = (i, j)
    return {row[0]: paired.get(row[0]) for row in left}


def _unnumbered(left, right):
    """Pairs among the unnumbered paragraphs between two landmarks: in order where both sides
    have as many and each pair prints the same figures; else those printing the same figures,
    which then divide the run, and the same again between them."""
    if len(left) == len(right) and all(_figures(a) == _figures(b) for a, b in zip(left, right)):
        return {a[0]: b[0] for a, b in zip(left, right)}
    found, previous = {}, (-1, -1)
    for i, a in enumerate(left):
        figures = _figures(a)
        same = [j for j, b in enumerate(right) if figures and _figures(b) == figures]
        if len(same) == 1 and same[0] > previous[1] and sum(_figures(other) == figures for other in left) == 1:
            found.update(_unnumbered(left[previous[0] + 1:i], right[previous[1] + 1:same[0]]))
            found[a[0]] = right[same[0]][0]
            previous = (i, same[0])
    if found:
        found.update(_unnumbered(left[previous[0] + 1:], right[previous[1] + 1:]))
    return found


def _figures(row):
    """The numbers of two digits or more a paragraph prints (years, days, meeting and document
    numbers): the same in both languages, whatever the words around them."""
    text = row[3].translate(str.maketrans(_CHINESE_DIGITS, "0123456789"))
    return frozenset(int(figure) for figure in _FIGURE.findall(text) if int(figure) >= 10)


def _roman_value(numeral):
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))
