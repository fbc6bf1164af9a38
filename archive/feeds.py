"""Atom feeds: "paragraphs citing S/RES/2325 (2016)", the same per body and treaty, and every
paragraph the archive has added.

Newest document first, dated by the document's own date, `PAGE_SIZE` entries a page; each page
links the next and previous ones (`rel="next"`, RFC 5005), so a reader can fetch everything
without one response growing with the archive. `?order=added` orders and dates the entries by
when their document entered the archive instead: a document imported late, dated years ago,
would otherwise land far down the feed, where no feed reader looks.
"""
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .citations import (
    body_by_slug,
    body_url,
    paragraph_citation,
    resolution_url,
    treaty_by_slug,
    treaty_url,
    understand_resolution,
)
from .citing import citing_paragraphs
from .models import Paragraph, Reference
from .narrowing import narrowed_paragraph

PAGE_SIZE = 50
AUTHOR = "第1540(2004)号决议文献库 (UN 1540 documents archive)"
ADDED_TITLE, ADDED_TITLE_EN = "，按收录时间", ", newest in the archive first"
# XML 1.0 cannot carry these at all; Django would answer 500 rather than write them.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# Newest import first; a document's paragraphs in reading order.
NEWEST_ADDED = (F("document__imported_at").desc(), "document__key", "ordinal")


def by_import(request):
    """Whether the feed asked for is ordered by import time (`?order=added`)."""
    return request.GET.get("order") == "added"


def dated(paragraphs, by_import):
    """The paragraphs, each marked with how its entry is dated (one Feed instance serves every
    request at once, so this cannot be kept on the feed)."""
    paragraphs = list(paragraphs)
    for paragraph in paragraphs:
        paragraph.dated_by_import = by_import
    return paragraphs


def xml_text(value):
    return NOT_IN_XML.sub("", str(value))


class PagedTextAtomFeed(Atom1Feed):
    """Atom whose entries carry the paragraph as plain text (`type="text"`): markup written in a
    paragraph reaches a feed reader as characters to show, never as HTML to render."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        for rel in ("first", "previous", "next"):
            if self.feed.get(rel):
                handler.addQuickElement("link", "", {"rel": rel, "href": self.feed[rel]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        handler.addQuickElement("summary", item["description"], {"type": "text"})


@dataclass
class FeedPage:
    target: str
    page: object
    url: str
    added: bool = False
    paragraph: str | None = None  # a resolution's feed narrowed to one of its paragraphs

    def page_url(self, number):
        parts = ("order=added" if self.added else "", f"paragraph={self.paragraph}" if self.paragraph else "", f"page={number}" if number > 1 else "")
        query = "&".join(part for part in parts if part)
        return f"{self.url}?{query}" if query else self.url


class ParagraphsFeed(Feed):
    """A paged Atom feed of paragraphs, newest document first: the base of the citing feeds
    here and of search's feed (search/feeds.py)."""

    feed_type = PagedTextAtomFeed
    reference_type = None
    author_name = AUTHOR

    def page_of(self, request, target, paragraph=None):
        added = by_import(request)
        paragraphs = citing_paragraphs(self.reference_type, target, paragraph)
        if added:
            paragraphs = paragraphs.order_by(*NEWEST_ADDED)
        page = Paginator(paragraphs, PAGE_SIZE).get_page(request.GET.get("page"))
        return FeedPage(target, page, request.build_absolute_uri(request.path), added, paragraph)

    def feed_url(self, feed):
        return feed.page_url(feed.page.number)

    def feed_extra_kwargs(self, feed):
        page = feed.page
        return {
            "first": feed.page_url(1),
            "previous": feed.page_url(page.previous_page_number()) if page.has_previous() else None,
            "next": feed.page_url(page.next_page_number()) if page.has_next() else None,
        }

    def items(self, feed):
        return dated(feed.page.object_list, feed.added)

    def item_title(self, paragraph):
        """How a reader cites the paragraph: "CD/2118，第5段(e)"."""
        return xml_text(paragraph_citation(paragraph)[0])

    def item_description(self, paragraph):
        return xml_text(paragraph.text)

    def item_link(self, paragraph):
        return paragraph.get_absolute_url()

    def item_pubdate(self, paragraph):
        """The document's date (midnight UTC); the import time for an undated document, and for
        every document in a feed ordered by import time."""
        document = paragraph.document
        if getattr(paragraph, "dated_by_import", False):
            return document.imported_at
        return datetime.combine(document.date, time.min, tzinfo=UTC) if document.date else document.imported_at

    def item_updateddate(self, paragraph):
        return max(paragraph.document.updated_at, self.item_pubdate(paragraph))


class ResolutionFeed(ParagraphsFeed):
    reference_type = Reference.RESOLUTION

    def get_object(self, request, path):
        target = understand_resolution(path)
        if target is None:
            raise Http404("Unknown resolution")
        return self.page_of(request, target, narrowed_paragraph(request))

    def title(self, feed):
        cited = f"{feed.target} {feed.paragraph}" if feed.paragraph else feed.target
        return xml_text(f"引用 {cited} 的段落{ADDED_TITLE if feed.added else ''} (paragraphs citing {cited}{ADDED_TITLE_EN if feed.added else ''})")

    def link(self, feed):
        url = resolution_url(feed.target)
        return f"{url}?paragraph={feed.paragraph}" if feed.paragraph else url


class BodyFeed(ParagraphsFeed):
    reference_type = Reference.BODY
    find, url = staticmethod(body_by_slug), staticmethod(body_url)

    def get_object(self, request, slug):
        entry = self.find(slug)
        if entry is None:
            raise Http404(f"Unknown {self.reference_type}")
        return self.page_of(request, entry["id"])

    def title(self, feed):
        return xml_text(f"提及 {feed.target} 的段落{ADDED_TITLE if feed.added else ''} (paragraphs mentioning {feed.target}{ADDED_TITLE_EN if feed.added else ''})")

    def link(self, feed):
        return self.url(feed.target)


class TreatyFeed(BodyFeed):
    reference_type = Reference.TREATY
    find, url = staticmethod(treaty_by_slug), staticmethod(treaty_url)


class AddedFeed(ParagraphsFeed):
    """Every paragraph the archive holds, newest import first: what is new in the archive."""

    def get_object(self, request):
        paragraphs = Paragraph.objects.select_related("document").prefetch_related("references").order_by(*NEWEST_ADDED)
        return FeedPage("", Paginator(paragraphs, PAGE_SIZE).get_page(request.GET.get("page")), request.build_absolute_uri(request.path), True)

    def title(self, feed):
        return "文献库新收录的段落 (new in the archive)"

    def link(self, feed):
        return reverse("archive:home")
