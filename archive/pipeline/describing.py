"""Describe: the metadata a document prints about itself — symbol, date, title, organ, type, languages.

The sidecar file only supplies what the text does not say; whatever is detected here is
detected, not typed in.
"""
import datetime
import re
from collections import Counter
from dataclasses import dataclass

from unref import find_symbols, is_valid_symbol, organ_for_symbol
from unref.normalise import CJK

from .cleaning import COVER, FURNITURE
from .languages import detect_language

MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}
ENGLISH_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})")
CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
ORIGINAL = re.compile(r"Original\s*:\s*([A-Za-z]{1,40})")
LANGUAGE_CODES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar", "chinese": "zh"}
# Title words → document type, first match wins; order matters ("普通照会" before "的信").
TITLE_TYPES = [
    ("简要记录", "summary_record"),
    ("簡要記錄", "summary_record"),
    ("普通照会", "note_verbale"),
    ("普通照會", "note_verbale"),
    ("的信", "letter"),
    ("主席摘要", "chairs_summary"),
    ("概念说明", "concept_note"),
    ("报告", "report"),
    ("報告", "report"),
    ("决议", "resolution"),
    ("決議", "resolution"),
    ("Summary record", "summary_record"),
    ("Note verbale", "note_verbale"),
    ("Letter dated", "letter"),
    ("Report", "report"),
    ("Resolution", "resolution"),
]
SYMBOL_TYPES = [(r"/RES/", "resolution"), (r"/PRST/", "presidential_statement"), (r"/SR\.\d+", "summary_record")]
ORGAN_TITLE_ENDINGS = ("委员会", "委員會", "理事会", "理事會", "大会", "大會", "会议", "會議")


@dataclass
class Description:
    symbol: str = ""
    date: datetime.date | None = None
    title: str = ""
    organ: str = ""
    doc_type: str = ""
    original_language: str = ""
    language: str = "zh-Hans"


def describe(lines, blocks):
    """Metadata from the cover block, running headers and the document's own title."""
    cover = [line.text for line in lines if line.kind == COVER]
    headers = [line.text for line in lines if line.kind == FURNITURE]
    description = Description()
    description.symbol = _symbol(cover, headers)
    description.title = _title(blocks)
    description.date = _date(cover, description.title)
    if organ := organ_for_symbol(description.symbol):
        description.organ = organ["zh"]
    description.doc_type = _doc_type(description.symbol, description.title)
    description.original_language = _original_language(cover)
    description.language = detect_language(" ".join(block.text for block in blocks))
    return description


def _symbol(cover, headers):
    """The symbol printed on the cover wins; otherwise the most frequent running header. Only
    what passes the grammar of symbols counts."""
    for text in cover:
        if symbols := _valid_symbols(text):
            return symbols[0]
    counts = Counter(symbol for text in headers for symbol in _valid_symbols(text))
    return counts.most_common(1)[0][0] if counts else ""


def _valid_symbols(text):
    return [symbol for symbol in find_symbols(text, resolution_years=True) if is_valid_symbol(symbol)]


def _title(blocks):
    titles = [block for block in blocks if block.kind == "title"]
    if not titles:
        return ""
    title = titles[0].text
    # A committee's name printed above the meeting's title ("…所设委员会" / "第74次会议简要记录").
    following = blocks[blocks.index(titles[0]) + 1] if blocks.index(titles[0]) + 1 < len(blocks) else None
    if title.endswith(ORGAN_TITLE_ENDINGS) and following is not None and following.kind == "heading":
        title = f"{title}{following.text}"
    return re.sub(rf"(?<=[{CJK}]) (?=[{CJK}\d(（])|(?<=[\d)）]) (?=[{CJK}])", "", title)


def _date(cover, title):
    for text in cover:
        if match := ENGLISH_DATE.search(text):
            day, month, year = match.groups()
            return _safe_date(int(year), MONTHS[month], int(day))
    if match := CHINESE_DATE.match(title):
        return _safe_date(*(int(part) for part in match.groups()))
    return None


def _safe_date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _doc_type(symbol, title):
    for pattern, doc_type in SYMBOL_TYPES:
        if re.search(pattern, symbol):
            return doc_type
    for word, doc_type in TITLE_TYPES:
        if word in title:
            return doc_type
    return ""


def _original_language(cover):
    for text in cover:
        if match := ORIGINAL.search(text):
            return LANGUAGE_CODES.get(match.group(1).lower(), match.group(1).lower())
    return ""

