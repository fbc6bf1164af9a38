"""Build or refresh the paragraph search index without taking a serving site down.

Without options the whole index is built in a new folder beside the current one and swapped in.
With --if-stale the index is only made current: rebuilt if the analyzer or its dictionary
changed, otherwise the documents that changed are reindexed and removed ones dropped.
"""
from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "建立检索索引 (Build the search index beside the serving one and swap it in)."

    def add_arguments(self, parser):
        parser.add_argument("--if-stale", action="store_true", help="Only make the index current: rebuild when the analysis changed, else update changed documents.")
        parser.add_argument("--using", default="default", help="The haystack connection to build.")

    def handle(self, *args, **options):
        if options["if_stale"]:
            done = indexing.refresh(options["using"])
        else:
            done = f"rebuilt ({indexing.rebuild(options['using'])} paragraphs)"
        self.stdout.write(f"检索索引 (search index): {done}")
