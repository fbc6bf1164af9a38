"""Load a bulk export (written by export_corpus) into an empty archive, in one transaction, and
index it for search: every document and paragraph keeps its permalink. A non-empty archive, a
truncated or damaged file, another schema version or non-UTF-8 text is refused with one line
and a non-zero exit, and nothing is imported."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.bulk.loading import load, rows_announced
from archive.progress import Progress

PROGRESS_EVERY = 10000  # rows: in a log, a progress line each time this many more are read


class Command(BaseCommand):
    help = "把批量导出导入空的文档库 (Load a bulk export into an empty archive, keeping every permalink)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="An export's archive-YYYY-MM-DD.jsonl.gz (or the same JSONL uncompressed).")
        parser.add_argument("--no-index", action="store_true", help="Leave the search index alone (run build_search_index afterwards).")

    def handle(self, *args, file, no_index=False, **options):
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"{source}: 文件不存在 (no such file)")
        with Progress(self.stderr._out, rows_announced(source), "导入 (loading)", PROGRESS_EVERY, options["verbosity"]) as progress:
            counts = load(source, index=not no_index, progress=progress.update)
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"已导入：文档 {counts['document']}，段落 {counts['paragraph']}，引用 {counts['reference']} "
                f"(loaded: {counts['document']} documents, {counts['paragraph']} paragraphs, {counts['reference']} references)"
            )
