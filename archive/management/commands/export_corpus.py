"""Write the whole archive as a dated bulk export (JSONL and SQLite, docs/bulk.md), served at
/bulk/ and listed by /api/v1/bulk/. Run it from cron after imports; the files of the previous
export are replaced only once the new ones are complete."""
from pathlib import Path

from django.core.management.base import BaseCommand

from archive.bulk.writing import export
from archive.models import Document
from archive.progress import Progress

PROGRESS_EVERY = 100  # documents: in a log, a progress line each time this many more are written


class Command(BaseCommand):
    help = "导出整个文档库供批量下载 (Export the whole archive as dated JSONL and SQLite files for bulk download)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="The folder to write into (default: ARCHIVE_DATA_DIR/bulk, the folder the site serves).")

    def handle(self, *args, output=None, **options):
        with Progress(self.stderr._out, Document.objects.count(), "导出 (exporting)", PROGRESS_EVERY, options["verbosity"]) as progress:
            manifest = export(Path(output) if output else None, progress=progress.update)
        if options["verbosity"] >= 1:
            counts = manifest["counts"]
            self.stdout.write(
                f"已导出：文档 {counts['document']}，段落 {counts['paragraph']}，引用 {counts['reference']} "
                f"(exported: {counts['document']} documents, {counts['paragraph']} paragraphs, {counts['reference']} references)"
            )
            for file in manifest["files"]:
                self.stdout.write(f"{file['name']}  {file['size']} 字节 (bytes)  sha256 {file['sha256']}")
