"""Word: a .docx already knows its paragraphs and its numbering; read them, guess nothing.

Each Word paragraph opens a paragraph; its automatic number ("1.", "(a)", "一、") is printed in
front as the reader sees it, so the splitter finds the same labels as in a PDF or a text file.
Line breaks inside a paragraph (a signature block) stay lines; footnotes follow a rule.
"""
import io
import zipfile
import zlib

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from unref.numerals import chinese_numeral

from . import caps, limits
from .cleaning import RULE, TEXT, classify_lines
from .reading import UnreadableFile

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_FOOTNOTE_RULE = "__________"
_BODY = "word/document.xml"


def read_docx(data, name):
    try:
        _check_package(data, name)
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, EOFError, zlib.error, NotImplementedError, RuntimeError):
        # NotImplementedError: a compression method zipfile lacks; RuntimeError: an encrypted part
        raise UnreadableFile(f"{name}: Word 文件已损坏，无法读取 (damaged .docx file)") from None
    numbering = _Numbering(document)
    footnote_numbers = {}
    texts, starts = [], []
    for paragraph in document.element.body.iter(qn("w:p")):
        text = _paragraph_text(paragraph, footnote_numbers).strip()
        if not text:
            continue
        label = numbering.label(paragraph, document)
        for index, line in enumerate(f"{label} {text}".strip().split("\n")):
            texts.append(line.strip())
            starts.append(index == 0)
    notes = _footnotes(document, footnote_numbers)
    if notes:
        texts.append(_FOOTNOTE_RULE)
        starts.append(None)
        for number, text in notes:
            texts.append(f"{number} {text}")
            starts.append(None)
    lines = classify_lines("\n".join(texts))
    for line, start in zip(lines, starts):
        if line.kind == TEXT and start is not None:
            line.paragraph_start = start
        if line.text == _FOOTNOTE_RULE:
            line.kind = RULE
    return lines


def _check_package(data, name):
    """Refuse a zip bomb before python-docx loads every part into memory: the sizes the zip
    declares first, then the body itself, streamed in bounded chunks (so a size that lies is
    caught too) and counted paragraph by paragraph in bounded memory."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        for member in members:
            if member.filename.endswith((".xml", ".rels")) and member.file_size > limits.DOCX_XML_BYTES:
                raise caps.docx_part_too_large(name, member.filename)
        if sum(member.file_size for member in members) > limits.DOCX_BYTES:
            raise caps.docx_too_large(name)
        with archive.open(_BODY) as stream:
            _check_paragraphs(_Bounded(stream, lambda: caps.docx_part_too_large(name, _BODY)), name)


class _Bounded:
    """A part's stream that refuses to yield more than the cap on one XML part."""

    def __init__(self, stream, refusal):
        self.stream, self.refusal, self.read_bytes = stream, refusal, 0

    def read(self, size=64 * 1024):
        chunk = self.stream.read(min(size, 64 * 1024) if size and size > 0 else 64 * 1024)
        self.read_bytes += len(chunk)
        if self.read_bytes > limits.DOCX_XML_BYTES:
            raise self.refusal()
        return chunk


def _check_paragraphs(stream, name):
    """Count the body's paragraphs with text and measure each, dropping each once seen."""
    paragraph, depth, count = qn("w:p"), 0, 0
    for event, element in etree.iterparse(stream, events=("start", "end"), tag=paragraph, resolve_entities=False, no_network=True):
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth:
            continue  # a paragraph inside a text box is measured with the one that holds it
        text = "".join(t.text or "" for t in element.iter(qn("w:t")))
        if text:
            count += 1
            if count > limits.PARAGRAPHS:
                raise caps.too_many_paragraphs(name)
            if len(text) > limits.PARAGRAPH_CHARS:
                raise caps.paragraph_too_long(name, text)
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]


def _paragraph_text(paragraph, footnote_numbers):
    """The paragraph's text with line breaks and footnote references (as superscript numbers)."""
    parts = []
    for element in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:footnoteReference")):
        if element.tag == qn("w:t"):
            parts.append(element.text or "")
        elif element.tag == qn("w:tab"):
            parts.append(" ")
        elif element.tag == qn("w:footnoteReference"):
            number = footnote_numbers.setdefault(element.get(qn("w:id")), len(footnote_numbers) + 1)
            parts.append(str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")))
        else:
            parts.append("\n")
    return "".join(parts)


def _footnotes(document, footnote_numbers):
    """(number, text) of the footnotes the body refers to, in the order it refers to them."""
    part = next((rel.target_part for rel in document.part.rels.values() if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES), None)
    if part is None or not footnote_numbers:
        return []
    root = etree.fromstring(part.blob)
    texts = {}
    for note in root.iter(qn("w:footnote")):
        text = " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in note.iter(qn("w:p")))
        texts[note.get(qn("w:id"))] = " ".join(text.split())
    return [(number, texts[key]) for key, number in sorted(footnote_numbers.items(), key=lambda item: item[1]) if texts.get(key)]


class _Numbering:
    """Word's list numbering, counted the way Word counts it: per list, per level."""

    def __init__(self, document):
        self.formats, self.counters = {}, {}
        root = document.part.numbering_part.element
        abstract = {}
        for definition in root.iter(qn("w:abstractNum")):
            levels = {}
            for level in definition.iter(qn("w:lvl")):
                levels[int(level.get(qn("w:ilvl")))] = (
                    int(_value(level, "w:start") or 1),
                    _value(level, "w:numFmt") or "decimal",
                    _value(level, "w:lvlText") or "",
                )
            abstract[definition.get(qn("w:abstractNumId"))] = levels
        for num in root.iter(qn("w:num")):
            abstract_id = _value(num, "w:abstractNumId")
            self.formats[num.get(qn("w:numId"))] = (abstract_id, abstract.get(abstract_id, {}))

    def label(self, paragraph, document):
        num_id, level = self._numbering_of(paragraph, document)
        if num_id is None or num_id not in self.formats:
            return ""
        abstract_id, levels = self.formats[num_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        _, fmt, text = levels[level]
        if fmt == "bullet":
            return "•"
        for shown in range(level + 1):
            if shown in levels:
                value = counters.get(shown, levels[shown][0])
                text = text.replace(f"%{shown + 1}", _format(value, levels[shown][1]))
        return text.strip()

    @staticmethod
    def _numbering_of(paragraph, document):
        """numId and level from the paragraph, or else from its style."""
        for source in (paragraph, _style_element(paragraph, document)):
            if source is None:
                continue
            num_pr = source.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                num_id = _value(num_pr, "w:numId")
                level = _value(num_pr, "w:ilvl")
                return (num_id if num_id != "0" else None), int(level or 0)
        return None, 0


def _style_element(paragraph, document):
    style_id = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_id is None:
        return None
    return document.styles.element.get_by_id(style_id.get(qn("w:val")))


def _value(element, tag):
    child = element.find(f".//{qn(tag)}")
    return child.get(qn("w:val")) if child is not None else None


def _format(value, fmt):
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman, rest = "", value
        for amount, numeral in _ROMAN:
            while rest >= amount:
                roman, rest = roman + numeral, rest - amount
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt.startswith(("chinese", "ideograph", "taiwanese")):
        return chinese_numeral(value)
    return str(value)
