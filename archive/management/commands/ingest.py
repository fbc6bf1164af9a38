"""Import text, PDF and Word files (or folders of them) into the archive, one transaction per document.

Every file is read, parsed and checked before anything is written: if one is unreadable (or two
files of the batch are the same document), nothing is imported unless --keep-going is given, and
the command exits non-zero either way. --keep-going reports every file it skips and goes on.
"""
import argparse
import gc
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from archive.faults import stop_point
from archive.importing import UNCHANGED, ImportRefused, store
from archive.models import Document
from archive.pipeline import UnreadableFile, parse_file
from archive.progress import Progress
from archive.signals import document_imported, documents_stored, import_started

IMPORTABLE = {".txt", ".pdf", ".docx", ".doc"}  # a .doc is collected to be refused with its conversion
PARALLEL_FROM = 20  # files: below this, starting helper processes costs more than it saves
PROGRESS_EVERY = 100  # files: in a log, a progress line each time this many more are done


def _parse_or_error(path):
    try:
        return parse_file(path)
    except UnreadableFile as error:
        return error


def _parse_all(files, jobs=None):
    """Parsed documents (or the UnreadableFile error) in the order of `files`; parsing is pure
    and most of an import's time, so a large import spreads it over the machine's cores (or
    `jobs` processes; 1 parses here, for a machine busy with other work)."""
    workers = jobs or min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2:
        yield from map(_parse_or_error, files)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(_parse_or_error, files, chunksize=4)


def _positive(value):
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} 不是正整数 (not a positive whole number)")
    return int(value)


class Command(BaseCommand):
    help = "导入 UN 文件 (Import UN documents: text, PDF or Word files, or folders of them, each with an optional NAME.json sidecar)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders to import (folders: every *.txt, *.pdf, *.docx and *.doc inside, recursively).")
        parser.add_argument("--replace", action="store_true", help="Let a different file replace a document already imported under the same symbol and language.")
        parser.add_argument("--keep-going", action="store_true", help="Import the readable files even if others fail (still exits non-zero).")
        parser.add_argument("--force", action="store_true", help="Re-import files whose content has not changed (after a pipeline upgrade).")
        parser.add_argument("--no-index", action="store_true", help="Leave the search index alone (bulk loads: run build_search_index afterwards).")
        parser.add_argument("--jobs", type=_positive, help="Processes that read and parse the files (default: one per core, at most 8; 1 reads them in this process).")

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        files, failures = self._collect(options["paths"])
        timings = {"reading": time.perf_counter()}
        parsed = []
        with self._progress(len(files), "读取 (reading)") as progress:
            for outcome in _parse_all(files, options["jobs"]):
                progress.update()
                if isinstance(outcome, UnreadableFile):
                    failures.append(str(outcome))
                else:
                    parsed.append(outcome)
        parsed = self._refuse_repeated_documents(parsed, failures)
        # The parsed documents live until the end: the garbage collector need not scan them again
        # each time storing and indexing allocate (they hold no cycles to collect).
        gc.freeze()
        if failures and not options["keep_going"]:
            self._report_failures(failures)
            raise CommandError(f"{len(failures)} 个文件无法导入，未导入任何文件 ({len(failures)} file(s) failed; nothing was imported)")
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        timings["storing"] = time.perf_counter()
        paragraphs = 0
        stored, unchanged = [], []
        import_id = object()  # tells listeners which import a document_imported belongs to
        expected = sum(len(document.paragraphs) for document in parsed)
        progress = self._progress(len(parsed), "导入 (importing)")
        if not options["no_index"]:  # before the first commit: /healthz knows the index is catching up
            import_started.send(sender=Document, import_id=import_id)
        try:
            for index, document in enumerate(parsed, start=1):
                progress.update()
                try:
                    result = store(document, replace=options["replace"], force=options["force"], announce=False)
                except ImportRefused as error:
                    failures.append(str(error))
                    continue
                except DatabaseError as error:
                    error = str(error).strip().partition("\n")[0] or type(error).__name__  # PostgreSQL adds context lines
                    if options["keep_going"]:
                        failures.append(f"{document.source}: 数据库无法写入，未导入 (the database cannot be written: {error})")
                        continue
                    self._report_failures(failures)
                    left = len(parsed) - index
                    later = (f"，其后 {left} 个文件未尝试", f"; {left} later file(s) not tried") if left else ("", "")
                    raise CommandError(
                        f"数据库无法写入，{document.source_name} 未导入{later[0]}，已导入的文档不受影响 "
                        f"(the database cannot be written: {error}; {document.source_name} was not imported{later[1]})"
                    ) from None
                except OSError as error:
                    self._report_failures(failures)
                    raise CommandError(
                        f"原件无法保存，{document.source_name} 未导入，已导入的文档不受影响 "
                        f"(the original file cannot be kept: {error.strerror}; {document.source_name} was not imported)"
                    ) from None
                stop_point("document stored")  # fault tests: committed, not yet in the index
                counts[result.status] += 1
                paragraphs += result.paragraph_count
                if result.status != UNCHANGED:
                    stored.append(result.document)
                    if not options["no_index"]:
                        document_imported.send(sender=Document, import_id=import_id, document=result.document, paragraphs=expected)
                else:
                    unchanged.append(result.document)
                note = "  (无文号，标识取自文件名 / no symbol: identifier from file name)" if result.key_from_file_name else ""
                if options["verbosity"] >= 1:
                    progress.write(self.stdout, f"{result.status:9} {result.document.path} [{result.document.language}] {result.paragraph_count} 段{note}")
        finally:
            progress.close()
            timings["indexing"] = time.perf_counter()
            # What was committed is announced even when a later document failed: one pass for all.
            # Unchanged documents too: the index may have missed them (an import killed before it).
            # Sent even with nothing stored: it ends what import_started began.
            if not options["no_index"]:
                documents_stored.send(sender=Document, documents=stored, import_id=import_id, unchanged=unchanged)
            timings["end"] = time.perf_counter()
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"文档：新增 {counts['new']}，更新 {counts['updated']}，未变 {counts['unchanged']}；段落 {paragraphs} "
                f"(documents: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged; {paragraphs} paragraphs)"
            )
        if options["verbosity"] >= 2:
            steps = list(timings.items())
            self.stdout.write("用时 (timings): " + ", ".join(f"{name} {steps[i + 1][1] - start:.1f} s" for i, (name, start) in enumerate(steps[:-1])))
        if failures:
            self._report_failures(failures)
            raise CommandError(f"{len(failures)} 个文件未导入 ({len(failures)} file(s) not imported)")

    def _collect(self, paths):
        files, failures = [], []
        for name in paths:
            path = Path(name)
            if path.is_dir():
                # a link that leads nowhere is kept, so reading it names the problem
                found = sorted(
                    item for item in path.rglob("*")
                    if item.suffix.lower() in IMPORTABLE and (item.is_file() or item.is_symlink())
                )
                if not found:
                    failures.append(f"{path}: 文件夹中没有可导入的文件 (no .txt, .pdf or .docx files in folder)")
                files.extend(found)
            else:
                files.append(path)
        return files, failures

    def _refuse_repeated_documents(self, parsed, failures):
        """Two files of one batch that are the same document with different content: the later is
        refused, so neither silently replaces the other (identical copies are harmless). Without a
        symbol or a sidecar key, a file is its place: namesakes from two folders are two documents."""
        first, kept = {}, []
        for document in parsed:
            description = document.description
            if description.symbol:
                identity = (description.symbol, description.language)
            else:
                identity = document.source_path if document.key_from_file_name else document.key
            earlier = first.setdefault(identity, document)
            if earlier is not document and earlier.source_sha256 != document.source_sha256:
                failures.append(
                    f"{document.source}: 与本批的 {earlier.source} 同为 {description.symbol or document.key} [{description.language}] "
                    f"(same document as {earlier.source} in this batch)"
                )
            else:
                kept.append(document)
        return kept

    def _report_failures(self, failures):
        for failure in failures:
            for line in failure.splitlines():
                self.stderr.write(self.style.ERROR(f"错误 (error): {line}"))

    def _progress(self, total, label):
        return Progress(self.stderr._out, total, label, PROGRESS_EVERY, self.verbosity)
