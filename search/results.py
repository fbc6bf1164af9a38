"""What a search answers, engine-independent: hits with their snippets and marks, and facets."""
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

from archive.models import Document, Paragraph, Reference
from unref import normalise_for_search

from . import query as queries

PAGE_SIZE = 20
SNIPPET_LENGTH = 160


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
    estimated: bool = False  # total estimated from the first MATCH_LIMIT hits (facets count those), or provisional
    provisional: bool = False  # hits of paragraphs an import replaced were left out until its index commit
    last_page: int = 0  # when estimated: the pages of the hits examined
    examined: int = 0  # hits matched and ranked
    without: list = field(default_factory=list)  # forms the reader removed from the expansion
    near: list = field(default_factory=list)  # near matches (one character changed, dropped or added), apart from the hits
    spread: list = field(default_factory=list)  # documents holding every word, in different paragraphs (search.spread)
    partial: list = field(default_factory=list)  # documents holding every word but one (search.spread)
    carried: list = field(default_factory=list)  # documents the outlet a one-word query names carried (search.spread)

    @property
    def pages(self):
        return self.last_page if self.estimated else max(1, math.ceil(self.total / PAGE_SIZE))

    def as_dict(self):
        return {
            "query": self.understood.query,
            "understood": dict(self.understood.as_dict(), links=self.links, without=self.without),
            "total": self.total,
            "estimated": self.estimated,
            "examined": self.examined,
            "page": self.page,
            "pages": self.pages,
            "results": [hit.as_dict() for hit in self.hits],
            "facets": self.facets,
            "near_matches": [hit.as_dict() for hit in self.near],
            "spread_matches": [found.as_dict() for found in self.spread],
            "partial_matches": [found.as_dict() for found in self.partial],
            "carried_by_outlet": [found.as_dict() for found in self.carried],
        }


@dataclass
class Within:
    """A search inside one document: its matching paragraphs in reading order (the first
    WITHIN_LIMIT, with snippets), how many match, and the spans to mark in each."""
    understood: queries.Understood
    total: int = 0
    hits: list = field(default_factory=list)
    spans: dict = field(default_factory=dict)  # paragraph id → [(start, end)] of its text


def page_hits(page_ids, understood):
    """The page's paragraphs with their snippets."""
    paragraphs = Paragraph.objects.select_related("document").in_bulk(page_ids)
    spans = marked_spans(paragraphs, understood)
    return [Hit(paragraphs[pk], snippet(paragraphs[pk].text, (), spans[pk])) for pk in page_ids
            if pk in paragraphs]  # else deleted since it was indexed


def marked_spans(paragraphs, understood):
    """{paragraph id: merged spans of its text to mark} for {id: paragraph}: where the query's
    strings occur, and the references citing the resolution, body or treaty it names (or a
    regime's resolutions and bodies it names: `第2375號等決議` for 北韓制裁). Those
    references are selected by paragraph: filtering on the cited target in SQL lets SQLite pick
    the (type, target) index and walk every citation of it."""
    strings = understood.highlight_strings()
    cited = {(t.kind, t.value) for t in understood.terms if t.kind in ("resolution", "body", "treaty")}
    cited |= {("resolution", symbol) for t in understood.terms for symbol in t.resolutions}
    cited |= {("body", body) for t in understood.terms for body in t.bodies}
    cited_spans = defaultdict(list)
    if cited and paragraphs:
        found = Reference.objects.filter(paragraph_id__in=list(paragraphs)).values_list("paragraph_id", "type", "target", "start", "end")
        for paragraph_id, kind, target, start, end in found:
            if (kind, target) in cited:
                cited_spans[paragraph_id].append((start, end))
    return {
        pk: merge(find_spans(paragraph.text, strings) + [(start, end) for start, end in cited_spans.get(pk, ()) if 0 <= start < end <= len(paragraph.text)])
        for pk, paragraph in paragraphs.items()
    }


def find_spans(text, strings):
    """Where the normalised `strings` occur in `text`, as spans of the original text."""
    normalised, origins = normalise_for_search(text)
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


def shape_facets(counters, limit=20):
    """The most frequent values of each facet, for the page and the API."""
    top_keys = [key for key, _ in counters["document"].most_common(limit)]
    labels = {key: symbol or title[:40] for key, symbol, title in Document.objects.filter(key__in=top_keys).values_list("key", "symbol", "title")}

    def top(counter, label=lambda value: value):
        return [{"value": value, "label": label(value), "count": count} for value, count in counter.most_common(limit)]

    return {
        "document": top(counters["document"], lambda key: labels.get(key) or key),
        "language": top(counters["language"]),
        "year": sorted(top(counters["year"]), key=lambda item: item["value"], reverse=True),
        "resolution": top(counters["resolution"]),
        "body": top(counters["body"]),
    }


def facets(paragraph_ids):
    """Facet counts from the database (for search clusters, whose facets haystack does not map)."""
    counters = {"document": Counter(), "language": Counter(), "year": Counter(), "resolution": Counter(), "body": Counter()}
    for start in range(0, len(paragraph_ids), 900):
        chunk = paragraph_ids[start:start + 900]
        rows = Paragraph.objects.filter(pk__in=chunk).values_list("document__key", "document__language", "document__date")
        for key, language, date in rows:
            counters["document"][key] += 1
            counters["language"][language] += 1
            if date:
                counters["year"][str(date.year)] += 1
        pairs = Reference.objects.filter(paragraph_id__in=chunk, type__in=[Reference.RESOLUTION, Reference.BODY]).exclude(target="")
        for kind, target in _per_paragraph(pairs):
            counters["resolution" if kind == Reference.RESOLUTION else "body"][target] += 1
    return shape_facets(counters)


def _per_paragraph(references):
    """(type, target) once per paragraph that cites it."""
    return [(kind, target) for kind, target, _ in set(references.values_list("type", "target", "paragraph_id"))]


