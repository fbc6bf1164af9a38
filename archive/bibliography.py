"""A document or paragraph for reference managers: RIS, BibTeX, CSL-JSON, COinS, and a rendered
GB/T 7714-2015 entry (docs/citations.md says what each carries and why).

One record per item, built from the same metadata as the Highwire tags of the document page
(title, the organ as corporate author, date, symbol as report number, language, permalink), so
every format says the same thing. A paragraph is its document's record with the paragraph's
permalink and its pinpoint (`第5(f)段`) as the section.
"""
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from django.http import Http404, HttpResponse
from django.urls import reverse

from .cite import where
from .middleware import neutral_url
from .templatetags.highwire import whole_name

GBT_7714_STYLE = Path(__file__).parent / "csl" / "china-national-standard-gb-t-7714-2015-numeric.csl"
# Format in the URL → (media type, file extension).
FORMATS = {
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "bib": ("application/x-bibtex; charset=utf-8", "bib"),
    "csl.json": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}
FORMAT_LABELS = {"ris": "RIS", "bib": "BibTeX", "csl.json": "CSL-JSON"}
# LaTeX's special characters, as BibTeX field text must write them.
BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


@dataclass(frozen=True)
class Record:
    id: str
    title: str
    author: str  # the issuing organ, one corporate name
    publisher: str
    number: str  # the UN symbol
    issued: date | None
    language: str
    url: str
    section: str = ""  # a paragraph's pinpoint, in its document's language
    accessed: date = field(default_factory=date.today)

    @property
    def chinese(self):
        return self.language.lower().startswith("zh")


def document_record(request, document):
    chinese = document.language.lower().startswith("zh")
    return Record(
        id=record_id(document),
        title=" ".join(document.title.split()) or document.symbol or document.path,
        author=whole_name(document.organ) or document.organ or ("联合国" if chinese else "United Nations"),
        publisher="联合国" if chinese else "United Nations",
        number=document.symbol,
        issued=document.date,
        language=document.language,
        url=request.build_absolute_uri(document.get_absolute_url()),
    )


def paragraph_record(request, paragraph):
    document = document_record(request, paragraph.document)
    zh, en = where(paragraph)
    pinpoint = "".join(zh if document.chinese else en)
    return replace(
        document,
        id=f"{document.id}_{ascii_key(paragraph.anchor)}",
        section=pinpoint,
        url=request.build_absolute_uri(paragraph.get_absolute_url()),
    )


def record_id(document):
    return ascii_key(document.symbol) or f"document{document.pk}"


def ascii_key(text):
    """A citation key BibTeX and every reference manager accept: ASCII letters, digits, `_`."""
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def on_page(record, path):
    """What a document or paragraph page shows beside the UN forms: the GB/T 7714 entry and the
    files for reference managers (`path` is the page's path after /documents/)."""
    files = [(label, neutral_url(reverse("archive:cite-export", kwargs={"path": path, "fmt": fmt}))) for fmt, label in FORMAT_LABELS.items()]
    return {"gbt_7714": gbt_7714(record), "cite_files": files}


# Serialisers


def as_ris(records):
    """RIS as Zotero's RIS translator reads a report (RPRT): SN the report number, PB the
    institution, SE the section; one corporate author with no comma (a comma splits a name)."""
    lines = []
    for record in records:
        lines += ["TY  - RPRT", f"TI  - {one_line(record.title)}", f"AU  - {record.author}", f"PB  - {record.publisher}"]
        if record.number:
            lines.append(f"SN  - {record.number}")
        if record.issued:
            lines += [f"PY  - {record.issued.year}", f"DA  - {record.issued:%Y/%m/%d}"]
        if record.section:
            lines.append(f"SE  - {record.section}")
        lines += [f"LA  - {record.language}", f"UR  - {record.url}", f"Y2  - {record.accessed:%Y/%m/%d}", "ER  - ", ""]
    return "\r\n".join(lines)


def as_bibtex(records):
    """BibTeX @techreport entries: the organ in double braces (one corporate name, never split
    into first and last names), every special character escaped."""
    entries = []
    for record in records:
        fields = [
            ("title", f"{{{bibtex_text(record.title)}}}"),
            ("author", f"{{{bibtex_text(record.author)}}}"),
            ("institution", bibtex_text(record.publisher)),
            ("number", bibtex_text(record.number)),
            ("year", str(record.issued.year) if record.issued else ""),
            ("date", record.issued.isoformat() if record.issued else ""),
            ("note", bibtex_text(record.section)),
            ("language", bibtex_text(record.language)),
            ("url", record.url),
            ("urldate", record.accessed.isoformat()),
        ]
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
        entries.append(f"@techreport{{{record.id},\n{body}\n}}\n")
    return "\n".join(entries)


def bibtex_text(text):
    return "".join(BIBTEX_ESCAPES.get(character, character) for character in one_line(text))


def as_csl(records):
    """CSL-JSON items (the CSL data schema), as citeproc processors and Zotero read them."""
    items = []
    for record in records:
        item = {
            "id": record.id,
            "type": "report",
            "title": record.title,
            "author": [{"literal": record.author}],
            "publisher": record.publisher,
            "language": record.language,
            "URL": record.url,
            "accessed": {"date-parts": [[record.accessed.year, record.accessed.month, record.accessed.day]]},
        }
        if record.number:
            item["number"] = record.number
        if record.issued:
            item["issued"] = {"date-parts": [[record.issued.year, record.issued.month, record.issued.day]]}
        if record.section:
            item["section"] = record.section
        items.append(item)
    return items


@lru_cache(maxsize=4096)
def gbt_7714(record):
    """The record as an entry of a GB/T 7714-2015 reference list (the public CSL style, rendered
    here by citeproc-py), without the list's running number. Cached per record (its day of
    access included): rendering costs a noticeable share of a paragraph page."""
    bibliography = CitationStylesBibliography(gbt_7714_style(), CiteProcJSON(as_csl([record])), formatter.plain)
    bibliography.register(Citation([CitationItem(record.id)]))
    entry = str(bibliography.bibliography()[0])
    return re.sub(r"^\[\d+\]", "", entry)


@lru_cache(maxsize=1)
def gbt_7714_style():
    return CitationStylesStyle(str(GBT_7714_STYLE), validate=False)


def coins_title(record):
    """The record as an OpenURL ContextObject (KEV) for a COinS span: the keys Zotero's COinS
    translator reads for a report (book format, genre `report`), each value percent-encoded so
    that it holds no `&`, `=` or `+` of its own."""
    title = f"{record.title}，{record.section}" if record.section and record.chinese else (
        f"{record.title}, {record.section}" if record.section else record.title
    )
    pairs = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"),
        ("rft.genre", "report"),
        ("rft.btitle", title),
        ("rft.aucorp", record.author),
        ("rft.pub", record.publisher),
        ("rft.date", record.issued.isoformat() if record.issued else ""),
        ("rft.language", record.language),
        ("rft_id", record.url),
    ]
    return "&".join(f"{key}={quote(value, safe='')}" for key, value in pairs if value)


def one_line(text):
    return " ".join(text.split())


def download(records, fmt, name):
    """An attachment of the records in one of FORMATS; 404 for any other format name."""
    if fmt not in FORMATS:
        raise Http404("Unknown format")
    media_type, extension = FORMATS[fmt]
    if fmt == "ris":
        body = as_ris(records)
    elif fmt == "bib":
        body = as_bibtex(records)
    else:
        body = json.dumps(as_csl(records), ensure_ascii=False, indent=1)
    response = HttpResponse(body, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response
