"""Build or refresh the paragraph search index without taking a serving site down.

Without options the whole index is built in a new folder beside the current one and swapped in.
With --if-stale the index is only made current: rebuilt if the analyzer or its dictionary
changed, otherwise the documents that changed are reindexed and removed ones dropped.
"""
from functools import partial

from django.core.management.base import BaseCommand

from archive.progress import Progress
from search import indexing

PROGRESS_EVERY = 10000  # paragraphs: in a log, a progress line each time this many more are indexed


class Command(BaseCommand):
    help = "建立检索索引 (Build the search index beside the serving one and swap it in)."

    def add_arguments(self, parser):
        parser.add_argument("--if-stale", action="store_true", help="Only make the index current: rebuild when the analysis changed, else update changed documents.")
        parser.add_argument("--using", default="default", help="The haystack connection to build.")

    def handle(self, *args, **options):
        progress = partial(self._progress, options["verbosity"])
        if options["if_stale"]:
            done = indexing.refresh(options["using"], progress)
        else:
            done = f"rebuilt ({indexing.rebuild(options['using'], progress)} paragraphs)"
        if options["verbosity"] >= 1:
            self.stdout.write(f"检索索引 (search index): {done}")

    def _progress(self, verbosity, total):
        return Progress(self.stderr._out, total, "索引段落 (indexing paragraphs)", PROGRESS_EVERY, verbosity)
