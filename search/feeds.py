"""Atom feed of a search, newest paragraphs first: `/search/feed/?q=出口管制` follows a query
as new documents are imported. Entries are written as the archive's citing-paragraph feeds."""
from urllib.parse import urlencode

from django.urls import reverse

from archive.feeds import _CitingParagraphsFeed, xml_text

from .exports import paragraphs_found
from .views import parameters

LIMIT = 50


class SearchFeed(_CitingParagraphsFeed):
    def get_object(self, request):
        wanted = parameters(request)
        wanted["query"] = xml_text(wanted["query"])  # nothing searchable is lost
        wanted["sort"] = "date"
        return wanted

    def items(self, wanted):
        return paragraphs_found(wanted, LIMIT)[0]

    def title(self, wanted):
        return f"检索“{wanted['query']}”的新段落 (new paragraphs matching “{wanted['query']}”)"

    def link(self, wanted):
        return reverse("search:results") + _query(wanted, sort="date")

    def feed_url(self, wanted):
        return reverse("search:feed") + _query(wanted)

    def feed_extra_kwargs(self, wanted):
        return {}  # one bounded page, the latest LIMIT: no first/previous/next


def _query(wanted, **more):
    chosen = {name: value for name, value in wanted["filters"].items() if value}
    return "?" + urlencode({"q": wanted["query"], **chosen, **more})
