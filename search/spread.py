"""Spread matches: documents that hold every word of a query of several words, but not in one
paragraph. A hit is a paragraph, so a notice whose preamble names the region and whose
operative part the sanctions (澳門特別行政區 制裁) has none, though a researcher asked for that
document. Such documents are shown apart from the hits, each with the paragraph where each word
occurs, never mixed with them; like near matches, they are sought only when the hits fit on the
first page (a query with many hits has found what it asked for).

The cost is bounded by counts, whatever the words: the documents in the running are those of the
first word whose matches number at most CANDIDATES paragraphs (a common word is never read whole),
and each next word is matched only inside the documents still in the running, reading at most
CANDIDATES paragraphs.
"""
from dataclasses import dataclass, field, replace

from whoosh.query import Or, Term

from archive.models import Document, Paragraph

from . import query as queries
from .budget import BUDGET as SEARCH_BUDGET
from .results import page_hits
from .search_indexes import keyword

CANDIDATES = 200  # paragraphs read for one word
BUDGET = replace(SEARCH_BUDGET, candidates=CANDIDATES)
SHOWN = 10  # documents


@dataclass
class Spread:
    document: Document
    hits: list = field(default_factory=list)  # the first paragraph holding each word, in reading order

    def as_dict(self):
        return {"document": self.document.path, "url": self.document.get_absolute_url(),
                "paragraphs": [hit.as_dict() for hit in self.hits]}


def wanted_terms(understood):
    """The words to find in one document: two or more, none of them a document symbol (which is
    itself a document, not a word of one)."""
    terms = understood.terms
    if len(terms) < 2 or any(term.kind == "document" for term in terms):
        return []
    return terms


def seek(understood, narrowing, references_indexed, find, exact_ids):
    """[Spread] for the documents holding every term in different paragraphs, none of which is
    among the hits (`exact_ids`, paragraph ids). `find(tree)` is the engine's: the paragraph ids
    the built query matches in index order, at most CANDIDATES (checked), and whether that is all
    of them. `narrowing` is the search's facet filters and date range, as `query.build` takes them."""
    terms = wanted_terms(understood)
    if not terms:
        return []

    def tree(term, extra=()):
        alone = queries.Understood(understood.query, terms=[term], excluded=understood.excluded)
        return queries.build(alone, filters=list(narrowing) + list(extra), references_indexed=references_indexed)

    seed = _seed(terms, tree, find)
    if seed is None:
        return []
    first, ids = seed
    exact = set(Paragraph.objects.filter(pk__in=exact_ids).values_list("document__key", flat=True))
    found = {key: {first: paragraphs} for key, paragraphs in _by_document(ids).items() if key not in exact}
    for i, term in enumerate(terms):
        if i == first or not found:
            continue
        inside = Or([Term("document_key", keyword(key)) for key in found])
        matched = _by_document(find(tree(term, [inside]))[0])
        found = {key: {**words, i: matched[key]} for key, words in found.items() if key in matched}
    shown = list(found)[:SHOWN]
    documents = Document.objects.in_bulk(shown, field_name="key")
    return [Spread(documents[key], _first_hits(found[key], understood)) for key in shown if key in documents]


def _seed(terms, tree, find):
    """(index of the term, its paragraph ids): the first term whose matches are few enough to
    read whole, or None when every term is too common."""
    for i, term in enumerate(terms):
        ids, complete = find(tree(term))
        if complete:
            return i, ids
    return None


def _by_document(ids):
    """{document key: [(ordinal, paragraph id)]}, the documents in the order of their first
    paragraph in `ids` (paragraphs deleted since they were indexed are left out)."""
    held = {pk: (key, ordinal) for pk, key, ordinal in
            Paragraph.objects.filter(pk__in=ids).values_list("pk", "document__key", "ordinal")}
    grouped = {}
    for pk in ids:
        if pk in held:
            key, ordinal = held[pk]
            grouped.setdefault(key, []).append((ordinal, pk))
    return grouped


def _first_hits(words, understood):
    """The first paragraph holding each word, each paragraph once, in reading order."""
    firsts = sorted({min(paragraphs) for paragraphs in words.values()})
    return page_hits([pk for _, pk in firsts], understood)
