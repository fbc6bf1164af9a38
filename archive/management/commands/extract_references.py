"""Re-run reference extraction over the whole archive, after what unref knows changed
(unref/data/: the resolution register, bodies, treaties). Paragraphs and their anchors are
left alone; only references are replaced. One transaction per document."""
from django.core.management.base import BaseCommand

from archive.importing import refresh_references
from archive.models import Document
from archive.progress import Progress
from unref import load_known_data

PROGRESS_EVERY = 100  # documents: in a log, a progress line each time this many more are done


class Command(BaseCommand):
    help = "重新提取所有文档的引用 (Re-extract the references of every document from its stored text)."

    def add_arguments(self, parser):
        parser.add_argument("symbols", nargs="*", help="Only these documents (symbol or key); default: all.")

    def handle(self, *args, symbols, **options):
        load_known_data.cache_clear()
        documents = Document.objects.all()
        if symbols:
            documents = [d for s in symbols for d in [Document.objects.resolve(s)[0]] if d is not None]
        documents = list(documents)
        total = 0
        with Progress(self.stderr._out, len(documents), "提取引用 (extracting references)", PROGRESS_EVERY, options["verbosity"]) as progress:
            for document in documents:
                total += refresh_references(document)
                progress.update()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{len(documents)} 份文档，{total} 条引用 ({len(documents)} documents, {total} references)")
