"""One symbol after another: find its record, fetch its Chinese file (and, when asked, its
English one), check it and import it. Each outcome is one line the command prints."""
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from archive.importing import ImportRefused

from . import sources, store
from .http import FetchFailed
from .store import CHINESE, ENGLISH, Refused

NEW, UPDATED, UNCHANGED, REFUSED, LISTED = "new", "updated", "unchanged", "refused", "listed"


@dataclass
class Outcome:
    symbol: str
    status: str
    reason: str = ""
    document: object = None
    english: str = ""  # what became of the English original: kept, unchanged, or why not
    unreachable: bool = False  # refused because no server answered


class Collector:
    def __init__(self, client, folder, english=False, dry_run=False, replace=False):
        self.client, self.folder = client, Path(folder)
        self.english, self.dry_run, self.replace = english, dry_run, replace

    def search(self, query):
        """Every record a Digital Library search finds, page by page (`jrec`, `rg`): to the total
        the library states (its pages may be shorter than asked), else to a short page; a page
        starting with a record already seen (a library ignoring `jrec`) ends it too."""
        first, size, seen = 1, settings.UN_COLLECT_PAGE_SIZE, set()
        while True:
            total, records = sources.parse_search(self.client.fetch(sources.search_url(query, first, size)))
            if not records or records[0].record_id in seen:
                return
            seen.update(record.record_id for record in records)
            yield from records
            first += len(records)
            if (total is not None and first > total) or (total is None and len(records) < size):
                return

    def find_record(self, symbol):
        """The record filed under `symbol`, or None when the Digital Library has none."""
        _, records = sources.parse_search(self.client.fetch(sources.search_url(sources.symbol_query(symbol))))
        return next((record for record in records if any(sources.same_symbol(symbol, s) for s in record.symbols)), None)

    def collect(self, symbol, record=None):
        try:
            symbol = store.require_symbol(symbol)
            if record is None:
                record = self.find_record(symbol)
            chinese = self._file_url(symbol, record, "zh")
            if self.dry_run:
                english = self._file_url(symbol, record, "en", refuse=False) if self.english else ""
                return Outcome(symbol, LISTED, " ".join(filter(None, (chinese, english))))
            outcome = self._collect_chinese(symbol, record, chinese)
        except (FetchFailed, Refused, ImportRefused, sources.BadRecord) as error:
            return Outcome(symbol, REFUSED, str(error), unreachable=getattr(error, "unreachable", False))
        if self.english:
            outcome.english = self._collect_english(symbol, record)
        return outcome

    def _file_url(self, symbol, record, language, refuse=True):
        """The record's file in `language`; the Official Document System's address by symbol when
        there is no record or it lists no files. A record listing files but none in the language
        is refused: another language is never fetched in its place."""
        if record is not None and record.files:
            found = record.file(language)
            if found is not None:
                return found.url
            if refuse:
                listed = ", ".join(record.languages()) or "—"
                raise Refused(
                    f"{symbol}: 无{'中文' if language == 'zh' else '英文'}版本，记录 {record.url} 所列语文：{listed} "
                    f"(no {'Chinese' if language == 'zh' else 'English'} version: the record lists {listed})"
                )
            return ""
        return sources.ods_url(symbol, language)

    def _collect_chinese(self, symbol, record, url):
        folder = self.folder / "zh"
        known = store.previous(symbol, CHINESE, folder)
        download = self.client.download(url, folder, *((known.etag, known.last_modified) if known else ("", "")))
        if download.not_modified:
            store.unchanged(known)
            return Outcome(symbol, UNCHANGED, document=known.document)
        try:
            final = folder / store.file_name(symbol, CHINESE, store.file_suffix(download))
            parsed = store.parse_collected(download.path, final, symbol, record.date if record else "")
            result = store.import_collected(parsed, download, final, symbol, record.url if record else "", replace=self.replace)
        finally:
            download.path.unlink(missing_ok=True)
        return Outcome(symbol, result.status, document=result.document)

    def _collect_english(self, symbol, record):
        folder = self.folder / "en"
        try:
            url = self._file_url(symbol, record, "en")
            known = store.previous(symbol, ENGLISH, folder)
            download = self.client.download(url, folder, *((known.etag, known.last_modified) if known else ("", "")))
            if download.not_modified:
                store.unchanged(known)
                return UNCHANGED
            try:
                final = folder / store.file_name(symbol, ENGLISH, store.file_suffix(download))
                store.place(download, final)
            finally:
                download.path.unlink(missing_ok=True)
            store.keep_english(download, final, symbol, record.url if record else "")
        except (FetchFailed, Refused) as error:
            return str(error)
        return "kept"
