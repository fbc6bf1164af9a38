"""PDF: read the text layer by position, so layout decides what a text extraction must guess.

Characters are grouped into printed lines by baseline; a line that recurs at the top or the
bottom of two or more pages is page furniture (symbol, job number, page counter); lines below a
short horizontal rule (or in smaller type at the page foot) are footnotes; a paragraph starts
where the vertical gap, a font change, an indent or a hanging label says so. The lines then go
through the same splitting, describing and anchoring as a text file.
"""
import ctypes
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .cleaning import CJK, FURNITURE, RULE, TEXT, classify_lines
from .reading import UnreadableFile
from .splitting import BULLET, CJK_ITEM, LETTER, NOTE, NUMBER, PROCEDURAL, SECTION, is_closed, join_lines

_CJK_CHAR = re.compile(f"[{CJK}]")
_LABEL = (NUMBER, LETTER, CJK_ITEM, SECTION, BULLET)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARGIN_ZONE = 0.12  # the top and bottom 12% of a page, where running headers and footers sit
_EDGE = 0.06  # the outer 6%: only furniture is printed this near the top or bottom edge
_FOOTNOTE_RULE = "__________"
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_FOOTNOTE_NUMBER = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3}(?=\s))\s*")  # "¹ 见…", "1 见…"; not "1. …"


@dataclass
class _Char:
    ch: str
    x0: float
    x1: float
    y: float  # baseline, from the page bottom
    size: float


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


@dataclass
class _Page:
    lines: list
    height: float
    rules: list  # y of short horizontal rules: footnote separator candidates
    links: list  # (left, bottom, right, top, url) of hyperlink annotations
    scanned: bool  # no characters, but an image covering most of the page


def read_pdf(data, name):
    """The PDF's lines, classified for the splitter, or UnreadableFile saying what to do."""
    pages = list(_pages(data, name))
    if not any(page.lines for page in pages):
        raise UnreadableFile(
            f"{name}: PDF 没有文字层（扫描件），请先做 OCR，例如 ocrmypdf (no text layer: scanned PDF, run OCR first)"
        )
    scanned = [str(number) for number, page in enumerate(pages, start=1) if page.scanned]
    if scanned:
        raise UnreadableFile(
            f"{name}: 第 {'、'.join(scanned)} 页是扫描图像，没有文字层，请先做 OCR，例如 ocrmypdf "
            f"(page(s) {', '.join(scanned)} scanned without a text layer: run OCR first)"
        )
    lines = [line for page in pages for line in page.lines]
    _mark_furniture(lines, [page.height for page in pages])
    body_size = _dominant_size(line for line in lines if line.role == "body")
    for page in pages:
        _mark_footnotes(page.lines, page.rules, body_size)
        _attach_links(page.lines, page.links)
    _mark_paragraph_starts([line for line in lines if line.role == "body"], body_size)
    return _classified(lines)


def _pages(data, name):
    """Every page's lines, rules and links, in reading order."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise UnreadableFile(
                f"{name}: PDF 已加密，请先解除密码保护，例如 qpdf --decrypt (encrypted PDF: decrypt it first)"
            ) from None
        raise UnreadableFile(f"{name}: PDF 已损坏，无法读取，请重新下载 (damaged PDF: download it again)") from None
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            chars = _chars(page.get_textpage())
            lines = [line for line in _lines(chars, index) if line.text]
            scanned = not chars and _covered_by_image(page, width, height)
            yield _Page(lines, height, _rules(page, width, height), _links(document, page), scanned)
    except pdfium.PdfiumError:
        raise UnreadableFile(f"{name}: PDF 已损坏，无法读取，请重新下载 (damaged PDF: download it again)") from None
    finally:
        document.close()


def _chars(textpage):
    """Every character the page draws, with its origin, advance and type size (the font size
    times the text matrix's vertical scale: some producers set 1-point type and enlarge it)."""
    raw = textpage.raw
    box, matrix, x, y = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX(), ctypes.c_double(), ctypes.c_double()
    chars = []
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0, 0xFFFE, 0xFFFF) or chr(code) in "\r\n\x02":
            continue
        pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
        size = pdfium_c.FPDFText_GetFontSize(raw, index) * (math.hypot(matrix.c, matrix.d) or 1)
        pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        x1 = box.right if box.right > box.left else x.value + size * 0.5
        chars.append(_Char(chr(code), min(box.left, x.value), x1, y.value, size))
    return chars


def _rules(page, width, height):
    """Short horizontal rules in the lower half of the page: footnote separators."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    rules = []
    for number in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, number)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        if top.value - bottom.value < 2 and 30 < right.value - left.value < width * 0.6 and top.value < height / 2:
            rules.append(top.value)
    return rules


def _covered_by_image(page, width, height):
    """Does an image cover most of the page, as a scanned page's does?"""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for number in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, number)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            if (right.value - left.value) * (top.value - bottom.value) > 0.5 * width * height:
                return True
    return False


def _links(document, page):
    """Web addresses the page's link annotations point to, with the area they cover."""
    links, position, link = [], ctypes.c_int(0), pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        length = pdfium_c.FPDFAction_GetURIPath(document.raw, action, None, 0)
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFAction_GetURIPath(document.raw, action, buffer, length)
        url = buffer.value.decode("ascii", "replace").strip()
        if _WEB_ADDRESS.match(url) and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            links.append((rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top), url))
    return links


def _lines(chars, page):
    """Characters → printed lines: same baseline (superscripts included), split at wide gaps."""
    clusters = []
    for char in sorted(chars, key=lambda c: (-c.y, c.x0)):
        if char.ch.isspace() and not clusters:
            continue
        current = clusters[-1] if clusters else None
        if current is not None and abs(current["y"] - char.y) < 0.5 * max(current["size"], char.size):
            current["chars"].append(char)
            if char.size > current["size"]:
                current["size"], current["y"] = char.size, char.y
            continue
        clusters.append({"y": char.y, "size": char.size, "chars": [char]})
    for cluster in clusters:
        row = sorted(cluster["chars"], key=lambda c: c.x0)
        spacing = _letter_spacing(row)
        segment = []
        for char in row:
            if segment and char.x0 - segment[-1].x1 > spacing + 2.5 * cluster["size"]:
                yield _line(segment, page, cluster, spacing)
                segment = []
            segment.append(char)
        if segment:
            yield _line(segment, page, cluster, spacing)


def _letter_spacing(row):
    """The usual gap between neighbouring characters: zero, or what justification or spaced-out
    type added."""
    gaps = sorted(b.x0 - a.x1 for a, b in zip(row, row[1:]) if not (a.ch.isspace() or b.ch.isspace()))
    return max(gaps[len(gaps) // 2], 0) if gaps else 0


def _line(chars, page, cluster, spacing):
    size, baseline = cluster["size"], cluster["y"]
    visible = [c for c in chars if not c.ch.isspace()]
    return PdfLine(
        page=page,
        y=baseline,
        x0=visible[0].x0 if visible else 0,
        x1=visible[-1].x1 if visible else 0,
        size=size,
        text=_text(chars, size, baseline, spacing),
    )


def _text(chars, size, baseline, spacing):
    """The characters with the spaces the layout means: never between two Chinese characters,
    and only where a gap is wider than the line's letter-spacing by a quarter em."""
    text, previous = "", None
    for char in chars:
        if char.ch.isspace():
            if text and not text.endswith(" "):
                text += " "
            previous = char
            continue
        raised = char.size < 0.8 * size and char.y > baseline + 0.2 * size
        ch = char.ch.translate(_SUPERSCRIPT) if raised else char.ch
        if previous is not None and not text.endswith(" ") and char.x0 - previous.x1 > spacing + 0.25 * size:
            if not (_CJK_CHAR.match(previous.ch) and _CJK_CHAR.match(char.ch)):
                text += " "
        text += ch
        previous = char
    return text.strip()


def _mark_furniture(lines, heights):
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


def _mark_footnotes(page_lines, rules, body_size):
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
        for line in sorted(body, key=lambda l: l.y):
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


def _attach_links(page_lines, links):
    """A link belongs to the first line it covers, so the splitter gives it to that line's paragraph."""
    for left, bottom, right, top, url in links:
        for line in page_lines:
            if line.role != "furniture" and bottom - 1 <= line.y <= top + 1 and line.x0 < right and line.x1 > left:
                line.links.append(url)
                break


def _dominant_size(lines):
    sizes = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _mark_paragraph_starts(body, body_size):
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
    previous, opening = None, None
    for line in body:
        if previous is None:
            line.starts = True
        else:
            short = previous.x1 < right - 2 * body_size
            closed = is_closed(previous.text)
            labelled = any(pattern.match(line.text) for pattern in _LABEL)
            hanging = previous is opening and any(pattern.match(previous.text) for pattern in _LABEL)
            indented = line.x0 > previous.x0 + 0.8 * body_size and not hanging
            resized = abs(line.size - previous.size) > 0.5
            alone = any(pattern.match(text) for pattern in (NOTE, PROCEDURAL) for text in (line.text, previous.text))
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


def _classified(lines):
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
