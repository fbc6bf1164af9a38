"""A downloaded file checked against what its record says, then imported through the same
pipeline as `ingest` with its provenance in the same transaction: a run killed at any moment
leaves the document and its provenance both committed or both absent."""
import datetime
import json
import os
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from archive.faults import stop_point
from archive.importing import store
from archive.models import Document, Provenance
from archive.originals import keep as keep_original
from archive.pipeline import UnreadableFile, parse_lines, read_lines
from archive.pipeline.sidecar import _date
from unref import is_valid_symbol

from .sources import archive_symbol, prints_symbol, same_symbol

CHINESE, ENGLISH = "zh-Hans", "en"


class Refused(Exception):
    """The file is not what the record says it is: one line, Chinese first."""


def file_name(symbol, language, suffix):
    """The name the Digital Library gives a file, "S_RES_1540(2004)-ZH.pdf": stable from run to run,
    so a changed file updates its document instead of looking like another one."""
    stem = symbol.replace(" ", "").replace("/", "_")
    return f"{stem}-{'ZH' if language == CHINESE else 'EN'}{suffix}"


def file_suffix(download):
    """".pdf" or ".docx" from the bytes themselves; an HTML page or anything else is refused."""
    head = download.head.lstrip()
    if download.content_type in ("text/html", "application/xhtml+xml") or head[:15].lower().startswith((b"<!doctype", b"<html")):
        raise Refused(f"收到的是 HTML 网页而不是文件 (an HTML page was served in place of the file: {download.url})")
    if download.head.startswith(b"PK\x03\x04"):
        return ".docx"  # a zip: the import tells a Word file from another zip
    if b"%PDF-" in download.head:  # PDF readers accept the header anywhere in the first kilobyte
        return ".pdf"
    raise Refused(f"收到的既不是 PDF 也不是 Word 文件 (neither a PDF nor a Word file: {download.content_type or 'no type'}, {download.url})")


def parse_collected(temporary, final, symbol, record_date=""):
    """The parsed document of a Chinese file, named as it will be kept; refused when it is not
    Chinese or prints another symbol than its record. What the file does not print — its symbol,
    its date — is taken from the record, as a sidecar would give it."""
    data = Path(temporary).read_bytes()
    try:
        lines = read_lines(data, final.name)
        parsed = parse_lines(lines, final.name, {}, data, data, source_path=str(final))
        if not parsed.description.language.startswith("zh"):
            raise Refused(f"{final.name}: 不是中文文件，请下载中文版本 (not a Chinese document: import the Chinese version)")
        detected = parsed.description.symbol
        if detected and not prints_symbol(detected, symbol):
            raise Refused(f"{final.name}: 文件所印文号 {detected} 与记录的 {symbol} 不符 (the file prints symbol {detected}, its record says {symbol})")
        sidecar = {} if detected and same_symbol(detected, symbol) else {"symbol": archive_symbol(symbol)}
        if not parsed.description.date and (date := _whole_date(record_date)):
            sidecar["date"] = date
        if sidecar:
            written = json.dumps(sidecar, default=str).encode()
            parsed = parse_lines(lines, final.name, sidecar, data + written, data, source_path=str(final))
    except UnreadableFile as error:
        raise Refused(str(error)) from None
    return parsed


def _whole_date(value):
    """The record's date (269 $a) when it is a real YYYY-MM-DD date, as a sidecar's date is
    checked; the library also writes years alone."""
    value = value or ""
    return None if _date("date", value) else datetime.date.fromisoformat(value)


def import_collected(parsed, download, final, symbol, record_url, replace=False):
    """Store the document and its provenance together; English provenance already kept for the
    symbol is linked to the document. `replace` lets the UN's file replace a document another
    file gave under the same symbol (refused otherwise, as by `ingest`). The file kept under the
    name is set aside until the import commits and put back when it does not: a refused import
    leaves the document's file as it was."""
    aside = final.with_name(f".previous-{final.name}")
    had = final.is_file()
    if had:
        os.replace(final, aside)
    try:
        with transaction.atomic():
            place(download, final)
            result = store(parsed, replace=replace)
            _write_provenance(result.document, symbol, CHINESE, download, final, record_url)
            Provenance.objects.filter(symbol=symbol, document=None).update(document=result.document)
            stop_point("provenance written")
    except BaseException:
        if had:
            os.replace(aside, final)
        else:
            final.unlink(missing_ok=True)
        raise
    aside.unlink(missing_ok=True)
    return result


@transaction.atomic
def keep_english(download, final, symbol, record_url):
    """An English original: kept by SHA-256 for download and linked to the Chinese document of
    its symbol, if the archive holds it (the pipeline imports Chinese documents only)."""
    keep_original(download.sha256, str(final))
    document = Document.objects.filter(symbol=symbol, language__startswith="zh").first()
    _write_provenance(document, symbol, ENGLISH, download, final, record_url)


def unchanged(provenance):
    """The source answered 304: the file is still the one kept."""
    Provenance.objects.filter(pk=provenance.pk).update(checked_at=timezone.now())


def previous(symbol, language, folder):
    """The provenance whose validators may be sent: only when its file and (for Chinese) its
    document are still here, else a 304 would leave the archive without the file."""
    provenance = Provenance.objects.filter(symbol=symbol, language=language).select_related("document").first()
    if provenance is None or not (Path(folder) / provenance.file_name).is_file():
        return None
    if language == CHINESE and (provenance.document is None or provenance.document.source_sha256 != provenance.sha256):
        return None
    return provenance


def place(download, final):
    """Move the checked download under its kept name (atomic: never half a file under it)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(download.path, final)


def require_symbol(symbol):
    symbol = archive_symbol(symbol)
    if not is_valid_symbol(symbol):
        raise Refused(f"{symbol}: 不是有效的联合国文号 (not a valid UN document symbol)")
    return symbol


def _longest(field):
    return Provenance._meta.get_field(field).max_length


def _write_provenance(document, symbol, language, download, final, record_url):
    """Every value fits its column (PostgreSQL refuses what SQLite would keep): a validator too
    long is dropped (the next run just downloads again), a content type cut, an address too long
    to keep refused."""
    for url in (download.url, record_url):
        if len(url) > _longest("source_url"):
            raise Refused(f"地址超过 {_longest('source_url')} 个字符，无法记录来源 (address longer than {_longest('source_url')} characters: {url[:100]}…)")
    now = timezone.now()
    Provenance.objects.update_or_create(
        symbol=symbol,
        language=language,
        defaults={
            "document": document,
            "source_url": download.url,
            "record_url": record_url,
            "retrieved_at": now,
            "checked_at": now,
            "etag": download.etag if len(download.etag) <= _longest("etag") else "",
            "last_modified": download.last_modified if len(download.last_modified) <= _longest("last_modified") else "",
            "sha256": download.sha256,
            "size": download.size,
            "content_type": download.content_type[: _longest("content_type")],
            "file_name": final.name,
        },
    )
