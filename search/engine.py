"""Run an understood query against the index and shape the answer for the page and the API."""
import math
from collections import Counter
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from haystack import connections
from whoosh.query import NullQuery

from archive.citations import body_url, resolution_url
from archive.models import Document, Paragraph, Reference

from . import query as queries
from .analysis import normalise
from .backends import ChineseWhooshSearchBackend
from .search_indexes import keyword

PAGE_SIZE = 20
SNIPPET_LENGTH = 160
FILTERS = {"document": "document_key", "year": "year", "resolution": "resolutions", "body": "bodies"}


@dataclass
class Hit:
    paragraph: Paragraph
    snippet: str

    def as_dict(self):
        document = self.paragraph.document
        return {
            "document": document.path,
            "anchor": self.paragraph.anchor,
            "url": self.paragraph.get_in_document_url(),
            "text": self.paragraph.text,
            "snippet": str(self.snippet),
        }


@dataclass
class Outcome:
    understood: queries.Understood
    page: int = 1
    total: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    links: list = field(default_factory=list)
    sort: str = "relevance"
    filters: dict = field(default_factory=dict)

    @property
    def pages(self):
        return max(1, math.ceil(self.total / PAGE_SIZE))

    def as_dict(self):
        return {
            "query": self.understood.query,
            "understood": dict(self.understood.as_dict(), links=self.links),
            "total": self.total,
            "page": self.page,
            "pages": self.pages,
            "results": [hit.as_dict() for hit in self.hits],
            "facets": self.facets,
        }


def search(raw, page=1, sort="relevance", filters=None, using="default"):
    understood = queries.understand(raw)
    filters = {name: value for name, value in (filters or {}).items() if name in FILTERS and value}
    outcome = Outcome(understood, page=max(1, page), sort=sort if sort == "date" else "relevance", filters=filters)
    outcome.links = _links(understood)
    if understood.empty:
        if understood.query and not understood.excluded:
            understood.notes.append("检索词中没有可检索的文字 (nothing searchable in the query)")
        elif understood.excluded:
            understood.notes.append("只有排除词：请至少给出一个要检索的词 (only exclusions: give at least one word to find)")
        return outcome
    backend = connections[using].get_backend()
    if not isinstance(backend, ChineseWhooshSearchBackend):
        return _search_other_engine(outcome, using)
    index = backend.open_index()
    with index.searcher() as searcher:
        references_indexed = any(True for _ in searcher.lexicon("resolutions"))
        wanted = queries.build(
            understood,
            filters=[(FILTERS[name], keyword(value)) for name, value in filters.items()],
            references_indexed=references_indexed,
        )
        if wanted is NullQuery:
            return outcome
        ids = searcher.reader().column_reader("django_id")
        matched = list(searcher.docs_for_query(wanted))
        outcome.total = len(matched)
        outcome.page = min(outcome.page, outcome.pages)
        if outcome.total:
            options = {"sortedby": "sort_date", "reverse": True} if outcome.sort == "date" else {}
            results = searcher.search_page(wanted, outcome.page, pagelen=PAGE_SIZE, **options)
            page_ids = [int(ids[hit.docnum]) for hit in results]
        else:
            page_ids = []
        all_ids = [int(ids[docnum]) for docnum in matched]
    outcome.hits = _hits(page_ids, understood)
    outcome.facets = facets(all_ids)
    return outcome


def _search_other_engine(outcome, using):
    """Elasticsearch or Solr: the same understanding, sent as haystack's escaped exact phrases."""
    from haystack.inputs import Exact
    from haystack.query import SQ, SearchQuerySet

    results = SearchQuerySet(using=using).models(Paragraph)
    for term in outcome.understood.terms:
        if term.kind == "resolution":
            results = results.filter(resolutions=term.value)
        elif term.kind == "body":
            clause = SQ(bodies=term.value)
            for form in term.forms:
                clause |= SQ(content=Exact(form))
            results = results.filter(clause)
        elif term.kind == "document":
            results = results.filter(document=term.value)
        else:
            results = results.filter(content=Exact(term.value))
    for term in outcome.understood.excluded:
        results = results.exclude(content=Exact(term.value))
    for name, value in outcome.filters.items():
        results = results.filter(**{FILTERS[name]: value})
    if outcome.sort == "date":
        results = results.order_by("-sort_date")
    outcome.total = results.count()
    outcome.page = min(outcome.page, outcome.pages)
    start = (outcome.page - 1) * PAGE_SIZE
    page_ids = [int(result.pk) for result in results[start:start + PAGE_SIZE]]
    outcome.hits = _hits(page_ids, outcome.understood)
    outcome.facets = facets([int(result.pk) for result in results[:10000]])
    return outcome


def _links(understood):
    links = []
    for term in understood.terms:
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
    return links


def _hits(page_ids, understood):
    paragraphs = Paragraph.objects.select_related("document").prefetch_related("references").in_bulk(page_ids)
    strings = understood.highlight_strings()
    cited = {(t.kind, t.value) for t in understood.terms if t.kind in ("resolution", "body")}
    hits = []
    for pk in page_ids:
        paragraph = paragraphs.get(pk)
        if paragraph is None:  # deleted since it was indexed
            continue
        spans = [
            (r.start, r.end) for r in paragraph.references.all()
            if (r.type, r.target) in cited and 0 <= r.start < r.end <= len(paragraph.text)
        ]
        hits.append(Hit(paragraph, snippet(paragraph.text, strings, spans)))
    return hits


def find_spans(text, strings):
    """Where the normalised `strings` occur in `text`, as spans of the original text."""
    normalised, origins = normalise(text)
    spans = []
    for string in strings:
        start = normalised.find(string)
        while start != -1 and string:
            end = start + len(string)
            spans.append((origins[start], origins[end - 1] + 1))
            start = normalised.find(string, end)
    return spans


def merge(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text, strings, extra_spans=(), length=SNIPPET_LENGTH):
    """The text around the first match with each match in <mark>, everything else escaped."""
    spans = merge(find_spans(text, strings) + list(extra_spans))
    start = 0
    if len(text) > length and spans:
        start = max(0, min(spans[0][0] - length // 4, len(text) - length))
    end = min(len(text), start + length)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))


def facets(paragraph_ids, limit=20):
    """Counts of hits per document, year, resolution cited and body mentioned, from the database."""
    documents, years, resolutions, bodies = Counter(), Counter(), Counter(), Counter()
    labels = {}
    for start in range(0, len(paragraph_ids), 900):
        chunk = paragraph_ids[start:start + 900]
        for key, path, date in Paragraph.objects.filter(pk__in=chunk).values_list("document__key", "document__symbol", "document__date"):
            documents[key] += 1
            labels[key] = path or key
            if date:
                years[str(date.year)] += 1
        pairs = Reference.objects.filter(paragraph_id__in=chunk, type__in=[Reference.RESOLUTION, Reference.BODY]).exclude(target="")
        for kind, target in _per_paragraph(pairs):
            (resolutions if kind == Reference.RESOLUTION else bodies)[target] += 1

    def top(counter, label=lambda value: value):
        return [{"value": value, "label": label(value), "count": count} for value, count in counter.most_common(limit)]

    return {
        "document": top(documents, lambda key: labels[key]),
        "year": sorted(top(years), key=lambda item: item["value"], reverse=True),
        "resolution": top(resolutions),
        "body": top(bodies),
    }


def _per_paragraph(references):
    """(type, target) once per paragraph that cites it."""
    return [(kind, target) for kind, target, _ in set(references.values_list("type", "target", "paragraph_id"))]


def matching_paragraph_ids(raw, filters=(), using="default"):
    """Every paragraph id the query matches, unordered (for exports, checks and tests)."""
    understood = queries.understand(raw)
    backend = connections[using].get_backend()
    index = backend.open_index()
    with index.searcher() as searcher:
        references_indexed = any(True for _ in searcher.lexicon("resolutions"))
        wanted = queries.build(understood, filters=filters, references_indexed=references_indexed)
        if wanted is NullQuery:
            return set()
        ids = searcher.reader().column_reader("django_id")
        return {int(ids[docnum]) for docnum in searcher.docs_for_query(wanted)}
