"""Fill the archive from the UN's own document systems: by symbol, from a file of symbols, from
a named list (`--list 1540`) or from a UN Digital Library search.

Each document's Chinese original is fetched (politely: archive/collecting/http.py), checked
against its record, kept with its provenance and imported as `ingest` imports, one transaction
per document. A re-run asks only "changed since?" and transfers no unchanged file; a run stopped
midway is started again and finishes without duplicates. Anything refused is named with its
reason, and the command then exits non-zero.
"""
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from archive.collecting.collector import (
    LISTED,
    NEW,
    REFUSED,
    UNCHANGED,
    UPDATED,
    Collector,
)
from archive.collecting.http import Client, FetchFailed, user_agent
from archive.collecting.sources import BadRecord, same_symbol
from archive.models import Document
from archive.progress import Progress
from archive.signals import documents_stored

PROGRESS_EVERY = 10  # documents: in a log, a progress line each time this many more are done
UNREACHABLE_IN_A_ROW = 5  # documents no server answered for, one after another: the network is down, stop


class Command(BaseCommand):
    help = "从联合国文件系统收集文件 (Collect UN documents by symbol, list or Digital Library search, with provenance)."

    def add_arguments(self, parser):
        parser.add_argument("symbols", nargs="*", help='UN document symbols, e.g. "S/RES/1540 (2004)" S/AC.44/2004/(02)/5')
        parser.add_argument("--file", help="A file of symbols, one a line (# starts a comment), or a list in the JSON form of unref/data/lists/.")
        parser.add_argument("--list", dest="list_name", help="A named list of the repository, e.g. 1540.")
        parser.add_argument("--search", help='A UN Digital Library search, e.g. \'documentsymbol:"S/AC.44/2004/(02)/*"\'.')
        parser.add_argument("--english", action="store_true", help="Also fetch each document's English original (kept for download, not imported).")
        parser.add_argument("--pause", type=float, default=None, help=f"Seconds between requests (default {settings.UN_COLLECT_PAUSE:g}).")
        parser.add_argument("--dry-run", action="store_true", help="List what would be fetched; download and import nothing.")
        parser.add_argument("--replace", action="store_true", help="Let the UN's file replace a document imported from another file under the same symbol.")

    def handle(self, *args, **options):
        pause = settings.UN_COLLECT_PAUSE if options["pause"] is None else options["pause"]
        if pause < 0:
            raise CommandError("--pause 不能为负数 (--pause cannot be negative)")
        client = Client(
            user_agent(settings.UN_COLLECT_CONTACT_URL), pause=pause, timeout=settings.UN_COLLECT_TIMEOUT,
            retries=settings.UN_COLLECT_RETRIES, longest_wait=settings.UN_COLLECT_LONGEST_WAIT,
        )
        collector = Collector(client, Path(settings.DATA_DIR) / "collected", english=options["english"], dry_run=options["dry_run"], replace=options["replace"])
        work = self._work(options, collector)
        outcomes = []
        try:
            self._run(work, collector, outcomes, options)
        finally:
            self._index_unchanged(outcomes)
        self._summary(outcomes, options)

    @staticmethod
    def _index_unchanged(outcomes):
        """Unchanged documents are announced too, once: the index may have missed them (an import
        killed before its index commit), and a 304 stores nothing that would tell it."""
        unchanged = [outcome.document for outcome in outcomes if outcome.status == UNCHANGED and outcome.document is not None]
        if unchanged:
            documents_stored.send(sender=Document, documents=[], unchanged=unchanged)

    def _run(self, work, collector, outcomes, options):
        with Progress(self.stderr._out, len(work), "收集 (collecting)", PROGRESS_EVERY, options["verbosity"]) as progress:
            for symbol, record in work:
                try:
                    outcome = collector.collect(symbol, record)
                except (DatabaseError, OSError) as error:
                    reason = getattr(error, "strerror", None) or str(error).strip().partition("\n")[0] or type(error).__name__
                    raise CommandError(
                        f"{symbol} 无法保存，已停止，此前的文档不受影响 (cannot be stored: {reason}; stopped, documents before it are unaffected)"
                    ) from None
                outcomes.append(outcome)
                progress.update()
                if options["verbosity"] >= 1:
                    progress.write(self.stdout, self._line(outcome))
                if len(outcomes) >= UNREACHABLE_IN_A_ROW and all(o.unreachable for o in outcomes[-UNREACHABLE_IN_A_ROW:]):
                    left = len(work) - len(outcomes)
                    self._summary(outcomes, options, stop=(
                        f"连续 {UNREACHABLE_IN_A_ROW} 个文件无法连接服务器，已停止，其后 {left} 个未尝试 "
                        f"({UNREACHABLE_IN_A_ROW} documents in a row reached no server; stopped, {left} later ones not tried)"
                    ))

    def _work(self, options, collector):
        """(symbol, record or None) for every document asked for, each symbol once."""
        chosen = [bool(options["symbols"]), bool(options["file"]), bool(options["list_name"]), bool(options["search"])]
        if sum(chosen) != 1:
            raise CommandError("请给出文号、--file、--list 或 --search 之一 (give symbols, --file, --list or --search: exactly one)")
        if options["search"]:
            try:
                pairs = [(record.symbol, record) for record in collector.search(options["search"])]
            except (FetchFailed, BadRecord) as error:
                raise CommandError(f"检索失败 (the search failed): {error}") from None
        else:
            symbols = options["symbols"] or (self._read_file(options["file"]) if options["file"] else self._named(options["list_name"]))
            pairs = [(symbol, None) for symbol in symbols]
        unique = []
        for symbol, record in pairs:
            if not any(symbol and same_symbol(symbol, other) for other, _ in unique):
                unique.append((symbol, record))
        return unique

    def _read_file(self, name):
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{name}: 无法读取 (cannot be read: {getattr(error, 'strerror', None) or error})") from None
        if text.lstrip().startswith("{"):
            try:
                return [document["symbol"] for document in json.loads(text)["documents"]]
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f"{name}: 不是文件清单 (not a document list: {error})") from None
        return [line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()]

    def _named(self, name):
        from unref import named_list, named_lists

        try:
            return [document.symbol for document in named_list(name).documents]
        except KeyError:
            raise CommandError(f"没有名为 {name} 的清单；现有：{', '.join(named_lists())} (no list named {name})") from None

    def _line(self, outcome):
        if outcome.status == REFUSED:
            return f"{REFUSED:9} {outcome.symbol}: {outcome.reason}"
        if outcome.status == LISTED:
            return f"{LISTED:9} {outcome.symbol} {outcome.reason}"
        english = f"  (English: {outcome.english})" if outcome.english else ""
        return f"{outcome.status:9} {outcome.document.path if outcome.document else outcome.symbol}{english}"

    def _summary(self, outcomes, options, stop=""):
        counts = {status: sum(1 for outcome in outcomes if outcome.status == status) for status in (NEW, UPDATED, UNCHANGED, REFUSED, LISTED)}
        refused = [outcome for outcome in outcomes if outcome.status == REFUSED]
        if options["verbosity"] >= 1 and options["dry_run"]:
            self.stdout.write(f"将收集 {counts[LISTED]} 个文件，拒绝 {counts[REFUSED]} (would fetch {counts[LISTED]} documents, {counts[REFUSED]} refused)")
        elif options["verbosity"] >= 1:
            english = sum(1 for outcome in outcomes if outcome.english in ("kept", UNCHANGED))
            also = (f"；英文原件 {english} 份，仅供下载", f"; {english} English originals kept for download, not imported") if options["english"] else ("", "")
            self.stdout.write(
                f"文档：新增 {counts[NEW]}，更新 {counts[UPDATED]}，未变 {counts[UNCHANGED]}，拒绝 {counts[REFUSED]}{also[0]} "
                f"(documents: {counts[NEW]} new, {counts[UPDATED]} updated, {counts[UNCHANGED]} unchanged, {counts[REFUSED]} refused{also[1]})"
            )
        for outcome in refused:
            self.stderr.write(self.style.ERROR(f"拒绝 (refused): {outcome.symbol}: {outcome.reason}"))
        if stop:
            raise CommandError(stop)
        if refused:
            raise CommandError(f"{len(refused)} 个文件被拒绝 ({len(refused)} document(s) refused)")
