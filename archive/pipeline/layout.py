"""Layout: positioned lines of PDF pages → the cleaning step's lines, decided by position.

A line recurring at the top or bottom of two or more pages is page furniture (symbol, job
number, page counter); lines below a short horizontal rule (or in smaller type at the page
foot) are footnotes; a paragraph starts where the vertical gap, a change of type size, an
indent or a hanging label says so; a link annotation belongs to the line it covers.
"""
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .cleaning import FURNITURE, RULE, TEXT, classify_lines
from .splitting import (
    ALONE,
    BULLET,
    CJK_ITEM,
    LETTER,
    NUMBER,
    SECTION,
    is_closed,
    join_lines,
)

_LABEL = (NUMBER, LETTER, CJK_ITEM, SECTION, BULLET)
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARGIN_ZONE = 0.12  # the top and bottom 12% of a page, where running headers and footers sit
_EDGE = 0.06  # the outer 6%: only furniture is printed this near the top or bottom edge
_FOOTNOTE_RULE = "__________"
_FOOTNOTE_NUMBER = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3}(?=\s))\s*")  # "¹ 见…", "1 见…"; not "1. …"


@dataclass
class PdfLine:
    """One printed line (or one cell of it, where a wide gap separates columns)."""

    page: int
    y: float
    x0: float
    x1: float
    size: float
    text: str
    role: str = "body"  # body, furniture, footnote
    starts: bool = True  # opens a paragraph (body) or a footnote
    links: list = field(default_factory=list)  # web addresses of link annotations over the line


def mark_furniture(lines, heights):
    """Page furniture: text recurring (digits aside) at the same height in the margins of two or
    more pages, anything nearer the page edge than that (the first page's footer carries more),
    and anything at the very edge of a page, where no body text is printed."""
    def share(line):
        return line.y / heights[line.page]

    def zone(line):
        return "top" if share(line) > 1 - _MARGIN_ZONE else "bottom" if share(line) < _MARGIN_ZONE else None

    def key(line):
        return zone(line), round(line.y), re.sub(r"\d+", "#", line.text.replace(" ", ""))

    pages = defaultdict(set)
    for line in lines:
        if zone(line):
            pages[key(line)].add(line.page)
    repeated = {id(line) for line in lines if zone(line) and len(pages[key(line)]) >= 2}
    top = min([share(line) for line in lines if id(line) in repeated and zone(line) == "top"] + [1 - _EDGE])
    bottom = max([share(line) for line in lines if id(line) in repeated and zone(line) == "bottom"] + [_EDGE])
    for line in lines:
        if id(line) in repeated or share(line) <= bottom + 0.002 or (line.page > 0 and share(line) >= top - 0.002):
            line.role = "furniture"


def mark_footnotes(page_lines, rules, body_size):
    """Body lines below the footnote rule — or, without one, a run of smaller type at the foot
    of the page opening with a number — are footnotes; each numbered line opens one. A rule
    is the footnote rule only if a number opens the text below it (not an underline or a table)."""
    body = [line for line in page_lines if line.role == "body"]
    for rule in sorted(rules, reverse=True):
        notes = sorted((line for line in body if line.y < rule), key=lambda line: -line.y)
        if notes and _FOOTNOTE_NUMBER.match(notes[0].text):
            break
    else:
        notes = []
        for line in sorted(body, key=lambda each: each.y):
            if line.size >= 0.9 * body_size:
                break
            notes.insert(0, line)
        if notes and not _FOOTNOTE_NUMBER.match(notes[0].text):
            notes = []
    for line in notes:
        line.role = "footnote"
        number = _FOOTNOTE_NUMBER.match(line.text)
        line.starts = number is not None
        if number:
            line.text = f"{number.group(1).translate(_PLAIN)} {line.text[number.end():]}"


def attach_links(page_lines, links):
    """A link belongs to the first line it covers, so the splitter gives it to that line's paragraph."""
    for left, bottom, right, top, url in links:
        for line in page_lines:
            if line.role != "furniture" and bottom - 1 <= line.y <= top + 1 and line.x0 < right and line.x1 > left:
                line.links.append(url)
                break


def dominant_size(lines):
    sizes = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


# The deepest first-line indent, in type sizes (UN texts indent two characters).
FIRST_LINE_INDENT = 3


def mark_paragraph_starts(body, body_size):
    """Decide, from geometry, which lines open a paragraph: a gap wider than the line pitch, a
    change of type size, a hanging label or an indent after a line that ended the paragraph."""
    steps = Counter(
        round((a.y - b.y) * 2) / 2
        for a, b in zip(body, body[1:])
        if a.page == b.page and 0 < a.y - b.y < 3 * body_size and abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5
    )
    pitch = steps.most_common(1)[0][0] if steps else body_size * 1.2
    ends = sorted(line.x1 for line in body)
    right = ends[int(len(ends) * 0.9)] if ends else 0  # the right margin, whatever overruns it
    margins = Counter(round(line.x0) for line in body)
    left = margins.most_common(1)[0][0] if margins else 0
    previous, opening = None, None
    for line in body:
        if previous is None:
            line.starts = True
        else:
            short = previous.x1 < right - 2 * body_size
            closed = is_closed(previous.text)
            labelled = any(pattern.match(line.text) for pattern in _LABEL)
            hanging = previous is opening and any(pattern.match(previous.text) for pattern in _LABEL)
            # Indented past the previous line, or by a first-line indent after a short line:
            # one-line paragraphs in a row (a resolution's preamble) are each indented alike. A
            # line set further in (a signature block) is not a first line.
            first_line = left + 0.8 * body_size < line.x0 <= left + FIRST_LINE_INDENT * body_size
            indented = not hanging and (line.x0 > previous.x0 + 0.8 * body_size or (short and first_line))
            resized = abs(line.size - previous.size) > 0.5
            alone = any(pattern.match(text) for pattern in ALONE for text in (line.text, previous.text))
            if line.page != previous.page:
                # Across a page break only the layout of the two lines can tell; a full line
                # ending a sentence says nothing.
                line.starts = short or labelled or indented or resized or alone
            elif abs(line.y - previous.y) < 0.5 * body_size:
                line.starts = True  # a second cell on the same baseline
            else:
                gap = (previous.y - line.y) * body_size / max(line.size, previous.size)
                line.starts = (
                    gap > pitch * 1.3 or resized or alone or (labelled and (short or closed)) or (indented and short) or (short and closed)
                )
        if line.starts:
            opening = line
        previous = line


def layout_lines(lines):
    """PdfLines → the cleaning step's Lines, with furniture, footnote rule and paragraph starts set."""
    ordered, rule_pages = [], set()
    for line in lines:
        if line.role == "footnote" and line.page not in rule_pages:
            rule_pages.add(line.page)
            ordered.append(PdfLine(page=line.page, y=line.y, x0=0, x1=0, size=0, text=_FOOTNOTE_RULE, role="rule"))
        ordered.append(line)
        ordered.extend(PdfLine(page=line.page, y=line.y, x0=0, x1=0, size=0, text=url, role="link") for url in line.links)
    ordered = _join_footnotes(ordered)
    classified = classify_lines("\n".join(line.text for line in ordered))
    for line, source in zip(classified, ordered):
        if source.role == "furniture":
            line.kind = FURNITURE
        elif source.role == "rule":
            line.kind = RULE
        elif line.kind == TEXT:
            line.paragraph_start = source.starts
    return classified


def _join_footnotes(lines):
    """One line per footnote, so a footnote line that happens to end a sentence stays in it."""
    joined = []
    for line in lines:
        if line.role == "footnote" and not line.starts and joined and joined[-1].role == "footnote":
            joined[-1].text = join_lines(joined[-1].text, line.text)
            continue
        joined.append(line)
    return joined
