"""Re-run reference extraction over the whole archive, after what unref knows changed
(unref/data/: the resolution register, bodies, treaties). Paragraphs and their anchors are
left alone; only references are replaced. One transaction per document."""
import sys

from django.core.management.base import BaseCommand

from archive.importing import refresh_references
from archive.models import Document
from unref import load_known_data


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
        for index, document in enumerate(documents, start=1):
            if sys.stdout.isatty():
                sys.stdout.write(f"\r\033[K[{index}/{len(documents)}] {document.path}")
                sys.stdout.flush()
            total += refresh_references(document)
        if sys.stdout.isatty():
            sys.stdout.write("\r\033[K")
        self.stdout.write(f"{len(documents)} 份文档，{total} 条引用 ({len(documents)} documents, {total} references)")
