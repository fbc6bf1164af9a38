"""Clean: classify each physical line of a PDF extraction and repair conversion debris.

Nothing here joins lines into paragraphs (that is splitting's job); this module decides what a
line *is* — text, blank, a hyperlink annotation, page furniture, the cover block, a footnote rule —
and fixes what the converter broke inside a line.
"""
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from unref.normalise import CJK as HAN
from unref.symbols import SYMBOL, is_symbol_only

TEXT, BLANK, LINK, FURNITURE, COVER, RULE = "text", "blank", "link", "furniture", "cover", "rule"

# Han ideographs, CJK punctuation and full-width forms: the characters between which a space
# in a PDF extraction is always layout debris, never the author's.
CJK = f"\u3000-\u303f{HAN}\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2022"
_CJK_CHAR = f"[{CJK}]"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK_CHAR})[ \t\u3000]+(?={_CJK_CHAR})")
# Half-width punctuation that a converter put after Chinese text ("设计, 以"): the space is debris too.
_SPACE_AFTER_CJK_COMMA = re.compile(rf"(?<={_CJK_CHAR}[,;:])[ \t]+(?={_CJK_CHAR})")

_LINK = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*[_＿]{5,}\s*$")
# Job numbers and page counters: "16-10499 (C) 3/8", "510-22570 (C)", "19-11880 4/16", "3/8".
_JOB_NUMBER = re.compile(r"^\s*(?:\d+/\d+\s+)?\d{2,3}-\d{4,6}\s*(?:\([A-Z]\))?\s*(?:\d+/\d+)?\s*$")
_PAGE_COUNTER = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_COVER_MARKER = re.compile(
    rf"^\s*(?:Distr\.?\s*:.*|General|Chinese|English|Original\s*:\s*[A-Za-z]+|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})\s*$"
)
# A LaTeX subscript left by a converter: "$S_{AC.44/SR.74}$" is the symbol S/AC.44/SR.74.
_LATEX_SYMBOL = re.compile(r"\$\s*([A-Z]{1,4})_\{([^}]*)\}\s*\$")
_MARKDOWN_BOLD = re.compile(r"\*\*(.+?)\*\*")
# What Word leaves in a page it saved as HTML, copied as text with the words:
# `<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />` and `<o:p></o:p>`.
_OFFICE_MARKUP = re.compile(r"<\?xml:namespace\b[^<>]*/?>|</?o:p>")
# What a blog's copy-protection plugin appends to each paragraph it serves: `文章源自英文巴士-https://www.en84.com/3783.html`.
_SOURCE_STAMP = re.compile(r"文章源自[^\s-]{1,30}-https?://\S+")
_CONVERTER_BULLET = re.compile(r"^-\s+")
_FOOTNOTE_MARKER = re.compile(rf"(?<=[{CJK}，。、；,.;])(\d{{1,2}})$")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass
class Line:
    number: int
    text: str
    indent: int = 0
    kind: str = TEXT
    marked: bool = False  # the converter flagged a paragraph start ("- ")
    page_break: bool = False  # furniture, links or a footnote area came before this line
    after_blank: bool = False  # a blank line came before this line
    heads_paragraph: bool = False  # the next text line opens a paragraph
    paragraph_start: bool | None = None  # the source's layout decided (PDF, Word); None: guess


def repair_debris(text):
    """Undo what a converter or a web page added inside a line: a PDF converter's markup, Word's
    tags, a blog's source stamp, Big5's vertical colon."""
    text = _LATEX_SYMBOL.sub(lambda m: f"{m.group(1)}/{m.group(2)}", text)
    text = _MARKDOWN_BOLD.sub(r"\1", text)
    if "<" in text:
        text = _OFFICE_MARKUP.sub("", text)
    if "文章源自" in text:
        text = _SOURCE_STAMP.sub("", text)
    # Big5's full-width colon, as Microsoft's code page 950 maps it (Hong Kong's pages: `各位先生、女士︰`),
    # is the vertical presentation form U+FE30: the colon it stands for.
    return text.replace("︰", "：")


def remove_layout_spaces(text):
    """Spaces between two Chinese characters come from column layout, never from the author."""
    text = _SPACE_BETWEEN_CJK.sub("", text)
    return _SPACE_AFTER_CJK_COMMA.sub("", text)


# Every separator character (Unicode category Z): with them read as plain spaces, `isprintable`
# is false exactly for a text holding a control, format, private-use or unassigned character.
SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_AS_SPACES = str.maketrans("\n\t" + SEPARATORS, " " * (2 + len(SEPARATORS)))


def normalise_unicode(text):
    """NFC and no control characters: what a browser and the index both expect."""
    text = unicodedata.normalize("NFC", text)
    if text.translate(_AS_SPACES).isprintable():  # the common case: nothing to drop, no per-character work
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


class _Cells(dict):
    """A translation table giving each character as many cells as it takes: two for a wide or
    full-width one, one for any other. Filled as characters are met, so a line is measured by
    `str.translate` instead of a Python step per character."""

    def __missing__(self, code):
        self[code] = cells = "  " if unicodedata.east_asian_width(chr(code)) in "WF" else " "
        return cells


_CELLS = _Cells()


@lru_cache(maxsize=4096)  # the splitter measures each line several times
def display_width(text):
    """Width in half-width cells, so a line of Chinese and a line of Latin compare fairly."""
    return len(text.translate(_CELLS))


def classify_lines(raw_text):
    """Every physical line, classified; cover and furniture lines are kept for metadata."""
    lines = []
    for number, raw in enumerate(normalise_unicode(raw_text).split("\n"), start=1):
        text = repair_debris(raw.rstrip())
        stripped = text.strip()
        line = Line(number=number, text=stripped, indent=len(text) - len(text.lstrip()))
        if not stripped:
            line.kind = BLANK
        elif _LINK.match(stripped):
            line.kind = LINK
        elif _RULE.match(stripped):
            line.kind = RULE
        elif _JOB_NUMBER.match(stripped) or _PAGE_COUNTER.match(stripped):
            line.kind = FURNITURE
        elif _CONVERTER_BULLET.match(stripped):
            line.text = _CONVERTER_BULLET.sub("", stripped)
            line.marked = True
        lines.append(line)
    _mark_cover_and_headers(lines)
    return lines


def _is_cover_marker(text):
    return bool(_COVER_MARKER.match(text)) or is_symbol_only(text)


def _is_organ_line(text, organ_names):
    """A short line naming the issuing organ, alone or beside the symbol ("联合国 S/AC.44/SR.74")."""
    rest = SYMBOL.sub("", text).strip()
    return rest in organ_names


def _mark_cover_and_headers(lines, organ_names=None):
    """The cover block is a run of cover markers with at least two strong ones; a symbol standing
    alone elsewhere is a running page header."""
    from unref import organ_short_names

    organ_names = organ_names or organ_short_names()
    candidates = [
        line
        for line in lines
        if line.kind == TEXT and (_is_cover_marker(line.text) or _is_organ_line(line.text, organ_names))
    ]
    run = []
    runs = []
    previous_number = None
    for line in candidates:
        gap_is_blank = previous_number is not None and all(
            lines[n - 1].kind == BLANK for n in range(previous_number + 1, line.number)
        )
        if run and not gap_is_blank:
            runs.append(run)
            run = []
        run.append(line)
        previous_number = line.number
    if run:
        runs.append(run)
    for run in runs:
        strong = sum(1 for line in run if _is_cover_marker(line.text))
        if strong >= 2:
            for line in run:
                line.kind = COVER
        else:
            for line in run:
                if is_symbol_only(line.text):
                    line.kind = FURNITURE


def mark_footnote_markers(text, footnote_numbers):
    """A footnote number glued to the end of a line ("结论，1") becomes a superscript."""
    match = _FOOTNOTE_MARKER.search(text)
    if match and int(match.group(1)) in footnote_numbers:
        return text[: match.start()] + match.group(1).translate(_SUPERSCRIPT)
    return text
