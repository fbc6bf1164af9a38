"""Where the UN keeps a document: the Digital Library's search (MARCXML records listing each
language's files) and the Official Document System's address by symbol and language.

URL building and MARCXML reading only; nothing here opens a connection. What was verified from
the services' documentation and what is assumed is written down in docs/collecting.md.
"""
import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit
from xml.etree import ElementTree

from django.conf import settings

from archive.citations import resolution_path

MARC = "{http://www.loc.gov/MARC21/slim}"
TOTAL = re.compile(rb"Search-Engine-Total-Number-Of-Results:\s*([0-9]+)")
# The file names the Digital Library gives: "S_RES_1540(2004)-ZH.pdf", "A_74_140-EN.docx".
FILE_LANGUAGE = re.compile(r"-(AR|ZH|EN|FR|RU|ES|DE)\.[A-Za-z]+$")
LANGUAGE_LABELS = {"chinese": "zh", "english": "en", "中文": "zh"}
ODS_LANGUAGES = {"zh": "zh", "en": "en"}
PDF, WORD = "pdf", "docx"


class BadRecord(ValueError):
    """The Digital Library answered with something that is not a MARCXML search result."""


@dataclass(frozen=True)
class RecordFile:
    url: str
    language: str  # "zh", "en", … or "" when the record does not say
    kind: str  # PDF, WORD or ""


@dataclass(frozen=True)
class Record:
    """One Digital Library record: a document, the symbols it is filed under, its files."""

    record_id: str
    symbols: tuple
    title: str
    date: str
    files: tuple

    @property
    def symbol(self):
        return self.symbols[0] if self.symbols else ""

    @property
    def url(self):
        return record_url(self.record_id)

    def file(self, language):
        """The record's file in `language`: the PDF, else the Word file, else None — never
        a file in another language."""
        files = [item for item in self.files if item.language == language]
        for kind in (PDF, WORD):
            for item in files:
                if item.kind == kind:
                    return item
        return None

    def languages(self):
        return sorted({item.language for item in self.files if item.language})


def archive_symbol(symbol):
    """A symbol as the archive writes it: spaces collapsed, a resolution's year after a space
    ("S/RES/1540(2004)" → "S/RES/1540 (2004)"), as the register and the pipeline write it."""
    symbol = " ".join(symbol.split())
    return re.sub(r"(?<=[0-9A-Za-z.])\s*(\([0-9]{4}\))$", r" \1", symbol) if "/RES/" in symbol else symbol


def same_symbol(first, second):
    """The same document symbol however spaced or capitalised (the UN writes both)."""
    return re.sub(r"\s+", "", first).upper() == re.sub(r"\s+", "", second).upper()


def prints_symbol(printed, symbol):
    """Whether a file printing `printed` is the document `symbol`: the same symbol, or a
    resolution's without its year, which the pipeline's symbol grammar stops before
    ("S/RES/1540" printed, "S/RES/1540 (2004)" recorded)."""
    return same_symbol(printed, symbol) or ("/RES/" in symbol and same_symbol(printed, re.sub(r"\s*\([0-9]{4}\)$", "", symbol)))


def search_url(query, first=1, size=None):
    """The Invenio XML API: `p` the query, `of=xm` MARCXML, `jrec` the first hit (from 1), `rg` hits a page."""
    size = size or settings.UN_COLLECT_PAGE_SIZE
    parameters = {"p": query, "of": "xm", "jrec": first, "rg": size, "ln": "en"}
    return f"{settings.UN_DIGITAL_LIBRARY_URL.rstrip('/')}/search?{urlencode(parameters)}"


def symbol_query(symbol):
    """The documented logical field `documentsymbol` searches 191__a (and earlier symbols); the
    library writes a resolution's year without a space, "S/RES/1540(2004)"."""
    return f'documentsymbol:"{resolution_path(symbol)}"'


def record_url(record_id):
    return f"{settings.UN_DIGITAL_LIBRARY_URL.rstrip('/')}/record/{quote(record_id)}"


def ods_url(symbol, language, kind=PDF):
    """The Official Document System's file for a symbol in one language (it redirects to the file)."""
    return settings.UN_DOCUMENTS_URL_PATTERN.format(
        symbol=quote(resolution_path(symbol), safe="/()"), language=ODS_LANGUAGES[language], type=kind
    )


class _NoDeclarations(ElementTree.TreeBuilder):
    """Refuses a document type declaration (where entities are declared), however encoded or
    placed: the parser reports it, where a byte search missed UTF-16 and a late declaration."""

    def doctype(self, name, pubid, system):
        raise BadRecord("回答不是 MARCXML 检索结果 (not a MARCXML search result: a web page or a document type declaration)")


def parse_search(data):
    """(total hits or None, records) from one page of MARCXML search results."""
    parser = ElementTree.XMLParser(target=_NoDeclarations())
    try:
        parser.feed(data)
        root = parser.close()
    except ElementTree.ParseError as error:
        raise BadRecord(f"回答不是 XML (not XML: {error})") from None
    if root.tag not in (f"{MARC}collection", "collection", f"{MARC}record", "record"):
        raise BadRecord(f"回答不是 MARCXML 检索结果 (not a MARCXML search result: <{root.tag}>)")
    found = TOTAL.search(data[:4096])
    records = [root] if root.tag.endswith("record") else [child for child in root if child.tag.endswith("record")]
    return (int(found.group(1)) if found else None), [_record(element) for element in records]


def _record(element):
    fields = {}
    controls = {}
    for child in element:
        tag = child.get("tag", "")
        if child.tag.endswith("controlfield"):
            controls[tag] = (child.text or "").strip()
        elif child.tag.endswith("datafield"):
            subfields = {}
            for subfield in child:
                subfields.setdefault(subfield.get("code", ""), []).append((subfield.text or "").strip())
            fields.setdefault(tag, []).append(subfields)
    # 191 $a: a document's symbol; 791 $a: a meeting record's, where the library files it there.
    symbols = tuple(dict.fromkeys(value for tag in ("191", "791") for field in fields.get(tag, []) for value in field.get("a", []) if value))
    title = " ".join(value for field in fields.get("245", [])[:1] for code in "abc" for value in field.get(code, []))
    date = next((value for tag in ("269", "992") for field in fields.get(tag, []) for value in field.get("a", []) if value), "")
    files = tuple(_file(field) for field in fields.get("856", []) if field.get("u"))
    return Record(controls.get("001", ""), symbols, title.strip(" /:"), date, files)


def _file(field):
    url = field["u"][0]
    label = " ".join(field.get("y", [])).strip().lower()
    language = LANGUAGE_LABELS.get(label, "")
    if not language and (match := FILE_LANGUAGE.search(urlsplit(url).path)):
        language = match.group(1).lower()
    path = urlsplit(url).path.lower()
    kind = PDF if path.endswith(".pdf") else WORD if path.endswith(".docx") else ""
    return RecordFile(url, language, kind)
