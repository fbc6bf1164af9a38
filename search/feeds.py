"""Atom feed of a search, newest paragraphs first: `/search/feed/?q=出口管制` follows a query
as new documents are imported; `&order=added` by when they were imported. Entries are written
as the archive's citing-paragraph feeds."""
from urllib.parse import urlencode

from django.urls import reverse

from archive.feeds import (
    ADDED_TITLE,
    ADDED_TITLE_EN,
    NEWEST_ADDED,
    ParagraphsFeed,
    by_import,
    dated,
    xml_text,
)
from archive.models import Paragraph

from . import engine
from .exports import paragraphs_found
from .views import parameters

LIMIT = 50
# Matches, newest document first, among which `order=added` picks the newest imports: bounded,
# so one request costs what an export costs; docs/alerts.md says what lies beyond it.
ADDED_CANDIDATES = 10_000


class SearchFeed(ParagraphsFeed):
    def get_object(self, request):
        wanted = parameters(request)
        wanted["query"] = xml_text(wanted["query"])  # nothing searchable is lost
        wanted["sort"] = "date"
        wanted["added"] = by_import(request)
        return wanted

    def items(self, wanted):
        if not wanted["added"]:
            return dated(paragraphs_found(wanted, LIMIT)[0], False)
        return dated(newest_imported(wanted, LIMIT), True)

    def title(self, wanted):
        if wanted["added"]:
            return f"检索“{wanted['query']}”的新段落{ADDED_TITLE} (new paragraphs matching “{wanted['query']}”{ADDED_TITLE_EN})"
        return f"检索“{wanted['query']}”的新段落 (new paragraphs matching “{wanted['query']}”)"

    def link(self, wanted):
        return reverse("search:results") + _query(wanted, sort="date")

    def feed_url(self, wanted):
        return reverse("search:feed") + _query(wanted, **({"order": "added"} if wanted["added"] else {}))

    def feed_extra_kwargs(self, wanted):
        return {}  # one bounded page, the latest LIMIT: no first/previous/next


def newest_imported(wanted, limit):
    """The `limit` matching paragraphs whose documents entered the archive last."""
    ids = engine.ranked_paragraph_ids(wanted["query"], sort="date", filters=wanted["filters"], limit=ADDED_CANDIDATES)[0]
    ranked = []
    for start in range(0, len(ids), 900):  # SQLite's older limit on query parameters
        ranked.extend(Paragraph.objects.filter(pk__in=ids[start:start + 900]).order_by(*NEWEST_ADDED).values_list("pk", flat=True)[:limit])
    newest = Paragraph.objects.filter(pk__in=ranked).select_related("document").order_by(*NEWEST_ADDED)
    return list(newest[:limit])


def _query(wanted, **more):
    chosen = {name: value for name, value in wanted["filters"].items() if value}
    return "?" + urlencode({"q": wanted["query"], **chosen, **more})
