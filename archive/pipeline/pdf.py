"""PDF: read the text layer by position (pypdfium2), so layout decides what a text extraction
must guess.

Every character with its origin, advance and type size; characters sharing a baseline make a
printed line, split into cells at wide gaps; short horizontal rules, link annotations and
scanned pages are noted. `layout` then finds furniture, footnotes and paragraph starts, and
the lines go through the same splitting, describing and anchoring as a text file.
"""
import ctypes
import math
import re
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import caps, limits
from .cleaning import CJK
from .layout import (
    PdfLine,
    attach_links,
    dominant_size,
    layout_lines,
    mark_footnotes,
    mark_furniture,
    mark_paragraph_starts,
)
from .reading import UnreadableFile

_CJK_CHAR = re.compile(f"[{CJK}]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


@dataclass
class _Char:
    ch: str
    x0: float
    x1: float
    y: float  # baseline, from the page bottom
    size: float


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
    mark_furniture(lines, [page.height for page in pages])
    body_size = dominant_size(line for line in lines if line.role == "body")
    for page in pages:
        mark_footnotes(page.lines, page.rules, body_size)
        attach_links(page.lines, page.links)
    mark_paragraph_starts([line for line in lines if line.role == "body"], body_size)
    return layout_lines(lines)


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
        _check_caps(document, name)
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


def _check_caps(document, name):
    """Count every page's text objects and characters before any is read: pdfium's text page
    and the characters' records grow with them, and pages may share one content stream, so a
    small file can draw millions of characters. Counting is a few percent of reading."""
    if len(document) > limits.PDF_PAGES:
        raise caps.pdf_too_many_pages(name)
    total = 0
    for index in range(len(document)):
        page = document[index]
        text_objects = 0
        for number in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
            if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, number)) == pdfium_c.FPDF_PAGEOBJ_TEXT:
                text_objects += 1
                if text_objects > limits.PDF_PAGE_TEXT_OBJECTS:
                    raise caps.pdf_page_too_many_objects(name, index + 1)
        textpage = page.get_textpage()
        count = pdfium_c.FPDFText_CountChars(textpage.raw)
        textpage.close()
        page.close()
        if count > limits.PDF_PAGE_CHARS:
            raise caps.pdf_page_too_many_chars(name, index + 1)
        total += count
        if total > limits.PDF_CHARS:
            raise caps.pdf_too_many_chars(name)


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
    gaps = sorted(b.x0 - a.x1 for a, b in pairwise(row) if not (a.ch.isspace() or b.ch.isspace()))
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
        if (
            previous is not None
            and not text.endswith(" ")
            and char.x0 - previous.x1 > spacing + 0.25 * size
            and not (_CJK_CHAR.match(previous.ch) and _CJK_CHAR.match(char.ch))
        ):
            text += " "
        text += ch
        previous = char
    return text.strip()
