"""What a subscription follows: read from a form, named in a mail, and asked for what is new.

A target is stored in one canonical form (a resolution's symbol, a gazetteer id, a search's
query string), so one address following the same thing twice is one subscription."""
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from archive.citations import (
    body_by_slug,
    body_slug,
    body_url,
    resolution_url,
    treaty_by_slug,
    treaty_url,
    understand_resolution,
)
from archive.citing import citing_paragraphs
from archive.feeds import NEWEST_ADDED
from archive.models import Document, Paragraph, Reference
from archive.templatetags.archive_text import body_name
from search import engine

from .models import Subscription

QUERY_LENGTH = 200
# Up to this many new documents a search is asked document by document (exact); beyond, the
# newest matches are asked once and kept when their document is new.
DOCUMENT_QUERIES = 50
SEARCH_CANDIDATES = 10_000

BY_SLUG = {Subscription.BODY: body_by_slug, Subscription.TREATY: treaty_by_slug}
URL = {Subscription.BODY: body_url, Subscription.TREATY: treaty_url}
REFERENCE_TYPES = {Subscription.RESOLUTION: Reference.RESOLUTION, Subscription.BODY: Reference.BODY, Subscription.TREATY: Reference.TREATY}


def canonical(kind, target):
    """The stored form of what a form names (a path, a slug, a query string), or None."""
    if kind == Subscription.RESOLUTION:
        return understand_resolution(target)
    if kind in BY_SLUG:
        entry = BY_SLUG[kind](target)
        return entry["id"] if entry else None
    if kind == Subscription.SEARCH:
        query, filters = search_of(target)
        if not query or len(query) > QUERY_LENGTH:
            return None
        return urlencode({"q": query, **filters})
    return None


def search_of(target):
    """(query, {filter: value}) of a search's query string."""
    given = QueryDict(target)
    return given.get("q", "").strip(), {name: given[name] for name in engine.FILTERS if given.get(name)}


def describe(kind, target):
    """What a subscription follows, in the active language, for mails and pages."""
    if kind == Subscription.RESOLUTION:
        return _("引用 %(target)s 的段落") % {"target": target}
    if kind in BY_SLUG:
        entry = BY_SLUG[kind](body_slug(target)) or {"id": target}
        return _("提及“%(name)s”的段落") % {"name": body_name(entry)}
    return _("检索“%(query)s”的段落") % {"query": search_of(target)[0]}


def page_url(kind, target):
    if kind == Subscription.RESOLUTION:
        return resolution_url(target)
    if kind in URL:
        return URL[kind](target)
    return reverse("search:results") + "?" + target


def new_paragraphs(subscription, since, until, limit):
    """([paragraph, …] up to `limit`, how many in all): what it follows, in documents imported
    after `since` and up to `until`, newest import first."""
    documents = Document.objects.filter(imported_at__gt=since, imported_at__lte=until)
    if subscription.kind == Subscription.SEARCH:
        found = Paragraph.objects.filter(pk__in=_search_matches(subscription.target, documents))
    else:
        found = citing_paragraphs(REFERENCE_TYPES[subscription.kind], subscription.target).filter(document__in=documents)
    found = found.select_related("document").order_by(*NEWEST_ADDED)
    return list(found[:limit]), found.count()


def _search_matches(target, documents):
    """Ids of the paragraphs of `documents` the search finds, as the search page finds them."""
    query, filters = search_of(target)
    keys = list(documents.values_list("key", flat=True)[:DOCUMENT_QUERIES + 1])
    if len(keys) > DOCUMENT_QUERIES:
        ids = engine.ranked_paragraph_ids(query, sort="date", filters=filters, limit=SEARCH_CANDIDATES)[0]
        return [pk for start in range(0, len(ids), 900) for pk in documents.filter(paragraphs__pk__in=ids[start:start + 900]).values_list("paragraphs__pk", flat=True)]
    if filters.get("document"):
        keys = [key for key in keys if key == filters["document"]]
    return [pk for key in keys for pk in engine.ranked_paragraph_ids(query, sort="date", filters={**filters, "document": key}, limit=None)[0]]
