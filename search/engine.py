"""Run a search: understand what the reader typed, ask the connection's engine, shape the answer.

The understanding (search.query) is the same whichever engine runs; the engine (search.engines)
matches, counts and ranks; search.results holds the answer's shape, hits and snippets.
"""
from archive.citations import body_url, resolution_url, treaty_url
from archive.models import Document, Paragraph

from . import dates, defined, engines, sounds
from . import query as queries
from .budget import fit_expansions
from .results import Hit, Outcome, Within, marked_spans, snippet
from .search_indexes import FILTERS

WITHIN_LIMIT = 500  # hits of a search within one document listed (all are counted and marked where shown)


def search(raw, page=1, sort="relevance", filters=None, using="default", without=()):
    """`filters`: facet values by FILTERS name, and the date range's `from` and `to` as typed
    (see search.dates). `without`: forms the reader removed from what the query's names expand to."""
    understood = _understood(raw, using, without)
    filters = _chosen(filters)
    outcome = Outcome(understood, page=max(1, page), sort=sort if sort == "date" else "relevance", filters=filters,
                      without=list(dict.fromkeys(form for form in without if form)))
    outcome.links = _links(understood)
    if understood.empty:
        _say_why_empty(understood)
        return outcome
    engines.of(using).search(outcome)
    return outcome


def _understood(raw, using, without=()):
    """What was typed, understood (search.query), with the acronyms the archive's texts define
    and the other spellings it prints of the names typed."""
    understood = queries.understand(raw, without=without)
    defined.learn(understood, using, without)
    sounds.learn(understood, using, without)
    fit_expansions(understood)
    return understood


def _say_why_empty(understood):
    if understood.query and not understood.excluded:
        understood.notes.append("检索词中没有可检索的文字 (nothing searchable in the query)")
    elif understood.excluded:
        understood.notes.append("只有排除词：请至少给出一个要检索的词 (only exclusions: give at least one word to find)")


def within_document(raw, document_key, shown=(), using="default"):
    """The paragraphs of one document that the query matches, understood as the site search
    understands it (the document filter of `search`), in the document's order; spans to mark
    for those listed and those of the paragraphs `shown` (ids: the page the reader sees)."""
    understood = _understood(raw, using)
    within = Within(understood)
    if understood.empty:
        _say_why_empty(understood)
        return within
    ids = engines.of(using).matching(understood, {"document": document_key})
    in_order = [pk for pk, in Paragraph.objects.filter(document__key=document_key).order_by("ordinal").values_list("pk") if pk in ids]
    within.total = len(in_order)
    marked = set(in_order[:WITHIN_LIMIT]) | (ids & set(shown))
    paragraphs = Paragraph.objects.select_related("document").in_bulk(list(marked))
    within.spans = marked_spans(paragraphs, understood)
    within.hits = [Hit(paragraphs[pk], snippet(paragraphs[pk].text, (), within.spans[pk])) for pk in in_order[:WITHIN_LIMIT]]
    return within


def ranked_paragraph_ids(raw, sort="date", filters=None, limit=1000, using="default"):
    """(ids of the first `limit` matches in the search page's order, how many match in all,
    whether that is estimated): for feeds and exports, which want more than a page."""
    understood = _understood(raw, using)
    if understood.empty:
        return [], 0, False
    return engines.of(using).ranked(understood, _chosen(filters), sort == "date", limit)


def matching_paragraph_ids(raw, filters=None, using="default", without=()):
    """Every paragraph id the query matches within the budget, unordered (for exports, checks and tests)."""
    understood = _understood(raw, using, without)
    if understood.empty:
        return set()
    return engines.of(using).matching(understood, _chosen(filters))


def _chosen(filters):
    """The filters given a value, facets and date range alike."""
    return {name: value for name, value in (filters or {}).items() if (name in FILTERS or name in dates.NAMES) and value}


def _links(understood):
    links = []
    for term in understood.expanded:
        if term.kind == "resolution":
            links.append({"kind": "resolution", "target": term.value, "url": resolution_url(term.value)})
        elif term.kind == "document":
            document = Document.objects.filter(symbol__iexact=term.value).first()
            if document:
                links.append({"kind": "document", "target": document.path, "url": document.get_absolute_url()})
            else:
                understood.notes.append(
                    f"本库未收录文件 {term.value}，以下为引用它的段落 (document {term.value} is not in the archive: paragraphs citing it)"
                )
        elif term.kind == "body":
            links.append({"kind": "body", "target": term.value, "url": body_url(term.value)})
        elif term.kind == "treaty":
            links.append({"kind": "treaty", "target": term.value, "url": treaty_url(term.value)})
    return links
