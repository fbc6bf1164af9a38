"""Run an understood query against the index and shape the answer for the page and the API."""
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import and_

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe
from haystack import connections
from whoosh.query import NullQuery

from archive.citations import body_url, resolution_url, treaty_url
from archive.models import Document, Paragraph, Reference
from unref import normalise_for_search

from . import dates, near
from . import query as queries
from .backends import ChineseWhooshSearchBackend
from .budget import BUDGET, fit_postings, stopped_note
from .reading import IndexView
from .search_indexes import keyword, version

PAGE_SIZE = 20
# Hits examined for a relevance-ordered page (and counted in facets); beyond it the total is an
# estimate and the facets count these first hits. Sorting by date examines every hit.
MATCH_LIMIT = 500
SNIPPET_LENGTH = 160
WITHIN_LIMIT = 500  # hits of a search within one document listed (all are counted and marked where shown)
PROVISIONAL = "索引正在更新，部分结果暂缺，计数为临时数 (the index is being updated: some hits are missing and the count is provisional)"
FILTERS = {"document": "document_key", "language": "language", "year": "year", "resolution": "resolutions", "body": "bodies"}


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
    near: list = field(default_factory=list)  # near matches (one character different), apart from the hits

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
        }


def search(raw, page=1, sort="relevance", filters=None, using="default", without=()):
    """`filters`: facet values by FILTERS name, and the date range's `from` and `to` as typed
    (see search.dates). `without`: forms the reader removed from what the query's names expand to."""
    understood = queries.understand(raw, without=without)
    filters = _chosen(filters)
    outcome = Outcome(understood, page=max(1, page), sort=sort if sort == "date" else "relevance", filters=filters,
                      without=list(dict.fromkeys(form for form in without if form)))
    outcome.links = _links(understood)
    if understood.empty:
        _say_why_empty(understood)
        return outcome
    backend = connections[using].get_backend()
    if not isinstance(backend, ChineseWhooshSearchBackend):
        return _search_other_engine(outcome, using)
    index = IndexView(backend)
    narrowing = _narrowing(index, filters)
    wanted = _plan(index, understood, narrowing)
    if wanted is NullQuery:
        return outcome
    by_date = outcome.sort == "date"
    wanted_hits = _ranked_hits(outcome.page, by_date)
    found, complete, reached, stopped = index.matches(wanted, BUDGET, wanted_hits)
    matches = _in_database(found, index)
    outcome.examined = len(matches)
    outcome.total, outcome.estimated = _count(index, found, matches, complete, reached)
    if stopped:
        understood.notes.append(stopped_note(stopped, BUDGET))
    if len(matches) < len(found):
        outcome.provisional = True
        understood.notes.append(PROVISIONAL)
    if outcome.page == 1 and complete and outcome.total < PAGE_SIZE:
        outcome.near = _near(index, understood, narrowing)
    _order(index, matches, by_date)
    last_page = max(1, math.ceil(len(matches) / PAGE_SIZE))
    outcome.page = min(outcome.page, last_page)
    start = (outcome.page - 1) * PAGE_SIZE
    page_ids = index.paragraph_ids(docnum for _, docnum in matches[start:start + PAGE_SIZE])
    outcome.last_page = last_page
    outcome.hits = _hits(page_ids, understood)
    outcome.facets = _shape_facets(index.facet_counts([docnum for _, docnum in matches]))
    return outcome


def _say_why_empty(understood):
    if understood.query and not understood.excluded:
        understood.notes.append("检索词中没有可检索的文字 (nothing searchable in the query)")
    elif understood.excluded:
        understood.notes.append("只有排除词：请至少给出一个要检索的词 (only exclusions: give at least one word to find)")


@dataclass
class Within:
    """A search inside one document: its matching paragraphs in reading order (the first
    WITHIN_LIMIT, with snippets), how many match, and the spans to mark in each."""
    understood: queries.Understood
    total: int = 0
    hits: list = field(default_factory=list)
    spans: dict = field(default_factory=dict)  # paragraph id → [(start, end)] of its text


def within_document(raw, document_key, shown=(), using="default"):
    """The paragraphs of one document that the query matches, understood as the site search
    understands it (the document filter of `search`), in the document's order; spans to mark
    for those listed and those of the paragraphs `shown` (ids: the page the reader sees)."""
    understood = queries.understand(raw)
    within = Within(understood)
    if understood.empty:
        _say_why_empty(understood)
        return within
    filters = {"document": document_key}
    backend = connections[using].get_backend()
    if isinstance(backend, ChineseWhooshSearchBackend):
        index = IndexView(backend)
        wanted = _plan(index, understood, _narrowing(index, filters))
        if wanted is NullQuery:
            return within
        found, _, _, stopped = index.matches(wanted, BUDGET)
        if stopped:
            understood.notes.append(stopped_note(stopped, BUDGET))
        ids = set(index.paragraph_ids(docnum for _, docnum in _in_database(found, index)))
    else:
        ids = {int(result.pk) for result in other_engine_results(understood, filters, using)}
    in_order = [pk for pk, in Paragraph.objects.filter(document__key=document_key).order_by("ordinal").values_list("pk") if pk in ids]
    within.total = len(in_order)
    marked = set(in_order[:WITHIN_LIMIT]) | (ids & set(shown))
    paragraphs = Paragraph.objects.select_related("document").in_bulk(list(marked))
    within.spans = marked_spans(paragraphs, understood)
    within.hits = [Hit(paragraphs[pk], snippet(paragraphs[pk].text, (), within.spans[pk])) for pk in in_order[:WITHIN_LIMIT]]
    return within


def _chosen(filters):
    """The filters given a value, facets and date range alike."""
    return {name: value for name, value in (filters or {}).items() if (name in FILTERS or name in dates.NAMES) and value}


def _narrowing(index, filters):
    """The facet filters as (field, value), and the date range as a query over the dates the
    index holds (read once per searcher)."""
    narrowing = [(FILTERS[name], keyword(value)) for name, value in filters.items() if name in FILTERS]
    period = dates.date_range(filters.get("from"), filters.get("to"))
    if period:
        held = index.remembered("dates held", lambda: sorted(set(index.column("sort_date")) - {0}))
        narrowing.append(queries.date_query(held, *period.numbers()))
    return narrowing


def _ranked_hits(page, by_date):
    """How many hits the pass for this page ranks before it estimates the rest (sorting by date
    ranks them all)."""
    return None if by_date else max(MATCH_LIMIT, page * PAGE_SIZE)


def _count(index, found, matches, complete, reached, limit=None):
    """(total, estimated) of a pass over the index that `found` these entries (in index order)
    and stopped at entry `reached` unless `complete`; `matches` are those whose paragraph exists.

    Past the pass, the share of the index examined tells how many there are in all. While an
    import is between its database commits and its index commit, some entries name paragraphs
    it replaced: the count leaves them out (a hit is never counted that cannot be shown) and is
    provisional (`estimated`) until the index catches up. With `limit`, the count is the one a
    pass that stopped at its `limit`th hit (the search page's) would give, so that a longer pass
    (an export's) reports the same total as the page."""
    if limit is not None and len(found) > limit:
        complete, reached = False, found[limit - 1][1] + 1
        found = found[:limit]
        matches = [match for match in matches if match[1] < reached]
    total = len(matches)
    if not complete:
        total = max(total + 1, round(total * index.doc_count() / reached))
    return total, not complete or len(matches) < len(found)


def _plan(index, understood, filters=()):
    """The Whoosh query, once the lone characters that would read too much are dropped."""
    fit_postings(understood, lambda term: index.postings(term.value), BUDGET)
    return queries.build(understood, filters=filters, references_indexed=index.holds_references())


def _order(index, matches, by_date):
    """Best first, or newest first (then best) when sorting by date."""
    if by_date:
        dates = index.column("sort_date")
        matches.sort(key=lambda match: (-dates[match[1]], -match[0], match[1]))
    else:
        matches.sort(key=lambda match: (-match[0], match[1]))


def ranked_paragraph_ids(raw, sort="date", filters=None, limit=1000, using="default"):
    """(ids of the first `limit` matches in the search page's order, how many match in all,
    whether that is estimated): for feeds and exports, which want more than a page; matched
    within the search budget, and counted as the search page (its first page) counts."""
    understood = queries.understand(raw)
    if understood.empty:
        return [], 0, False
    index = IndexView(connections[using].get_backend())
    narrowing = _narrowing(index, _chosen(filters))
    wanted = _plan(index, understood, narrowing)
    if wanted is NullQuery:
        return [], 0, False
    found, complete, reached, _ = index.matches(wanted, BUDGET)  # past the budget: the first candidates
    matches = _in_database(found, index)
    by_date = sort == "date"
    total, estimated = _count(index, found, matches, complete, reached, limit=_ranked_hits(1, by_date))
    _order(index, matches, by_date)
    return index.paragraph_ids(docnum for _, docnum in matches[:limit]), total, estimated


def _in_database(matches, index):
    """The matches whose paragraph still exists. Between a re-import's commit and its index
    update the index names paragraphs that are gone; they are neither shown nor counted. Only
    the hits of documents whose indexed version is not the database's are looked up by id."""
    names, versions = index.document_versions()
    numbers = {versions.get(docnum, (None,))[0] for _, docnum in matches}
    current = index.remembered("current versions", CurrentVersions).of(numbers, names)
    stale = {number for number in numbers if number is None or not current[number]}
    if not stale:
        return matches
    doubtful_docnums = [docnum for _, docnum in matches if versions.get(docnum, (None,))[0] in stale]
    doubtful = dict(zip(doubtful_docnums, index.paragraph_ids(doubtful_docnums)))
    wanted = list(set(doubtful.values()))
    found = set()
    for start in range(0, len(wanted), 900):
        found.update(Paragraph.objects.filter(pk__in=wanted[start:start + 900]).values_list("pk", flat=True))
    return [match for match in matches if match[1] not in doubtful or doubtful[match[1]] in found]


class CurrentVersions:
    """Whether each indexed document version (a number into the index's version names) is the
    database's, remembered for as long as the searcher is open and no document row changed.

    Asking the database about every search's documents cost a query as long as the hits'
    documents; instead one aggregate over the documents (how many, the sum of their ids, the
    latest save) is compared with the last one seen: an import, a re-import, a correction or a
    deletion changes it, and then what was remembered is forgotten."""

    def __init__(self):
        self.known = (None, {})  # (the aggregate, {version number: current?}) replaced together

    def of(self, numbers, names):
        """{number: is that version the database's?} for these numbers (None left out)."""
        state = documents_state()
        known_state, current = self.known
        if state != known_state:
            current = {}
            self.known = (state, current)
        unknown = [number for number in numbers if number is not None and number not in current]
        keys = list({names[number].rsplit("@", 1)[0] for number in unknown})
        held = set()
        for start in range(0, len(keys), 900):
            held.update(version(d) for d in Document.objects.filter(key__in=keys[start:start + 900]).only("key", "fingerprint", "updated_at"))
        current.update((number, names[number] in held) for number in unknown)
        return current


def documents_state():
    """(how many documents, the sum of their ids, the latest save): any import, correction or
    deletion changes it. Plain SQL because it runs on every search and the ORM would spend more
    time building the query than the database spends answering it."""
    quote = connection.ops.quote_name
    table, pk = quote(Document._meta.db_table), quote(Document._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), SUM({pk}), MAX({quote('updated_at')}) FROM {table}")
        return cursor.fetchone()


def _near(index, understood, filters):
    """Paragraphs printing the query with one character different (see search.near)."""
    string = near.wanted_string(understood)
    if string is None:
        return []
    found = index.matches(near.candidates_query(string, filters), near.BUDGET)[0]
    found.sort(key=lambda match: (-match[0], match[1]))
    pks = index.paragraph_ids(docnum for _, docnum in found)
    paragraphs = Paragraph.objects.select_related("document").in_bulk(pks)
    hits = []
    for pk in pks:
        paragraph = paragraphs.get(pk)
        spans = near.slips(paragraph.text, string) if paragraph is not None else []
        if spans:
            hits.append(Hit(paragraph, snippet(paragraph.text, [], spans)))
        if len(hits) == near.SHOWN:
            break
    return hits


def _search_other_engine(outcome, using):
    """Elasticsearch or Solr: the same understanding, sent as haystack's escaped exact phrases."""
    results = other_engine_results(outcome.understood, outcome.filters, using)
    if outcome.sort == "date":
        results = results.order_by("-sort_date")
    outcome.total = results.count()
    outcome.page = min(outcome.page, outcome.pages)
    start = (outcome.page - 1) * PAGE_SIZE
    page_ids = [int(result.pk) for result in results[start:start + PAGE_SIZE]]
    outcome.hits = _hits(page_ids, outcome.understood)
    outcome.facets = facets([int(result.pk) for result in results[:10000]])
    return outcome


def other_engine_results(understood, filters, using):
    """The haystack SearchQuerySet for what was understood: each term in what was typed, its
    stored reference or any other form searched; the reworded concept as an alternative."""
    from haystack.inputs import Exact
    from haystack.query import SQ, SearchQuerySet

    def clause(term):
        if term.kind == "document":
            return SQ(document=term.value)
        if term.kind == "resolution" or term.kind in queries.CONCEPT_KINDS:
            first = SQ(resolutions=term.value) if term.kind == "resolution" else SQ(bodies=term.value)
            either = [first] if term.kind in ("resolution", "body") else []
            either += [SQ(content=Exact(form)) for form in [term.typed] + term.forms if form]
            return reduce(lambda a, b: a | b, either)
        return SQ(content=Exact(term.value))

    wanted = reduce(and_, [clause(term) for term in understood.terms])
    if understood.reworded is not None and understood.reworded.forms:
        wanted |= clause(understood.reworded)
    results = SearchQuerySet(using=using).models(Paragraph).filter(wanted)
    for term in understood.excluded:
        results = results.exclude(content=Exact(term.value))
    for name, value in filters.items():
        if name in FILTERS:
            results = results.filter(**{FILTERS[name]: value})
    period = dates.date_range(filters.get("from"), filters.get("to"))
    if period:
        first, last = period.numbers()
        results = results.filter(sort_date__gte=first, sort_date__lte=last)
    return results


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


def _hits(page_ids, understood):
    """The page's paragraphs with their snippets."""
    paragraphs = Paragraph.objects.select_related("document").in_bulk(page_ids)
    spans = marked_spans(paragraphs, understood)
    return [Hit(paragraphs[pk], snippet(paragraphs[pk].text, (), spans[pk])) for pk in page_ids
            if pk in paragraphs]  # else deleted since it was indexed


def marked_spans(paragraphs, understood):
    """{paragraph id: merged spans of its text to mark} for {id: paragraph}: where the query's
    strings occur, and the references citing the resolution, body or treaty it names. Those
    references are selected by paragraph: filtering on the cited target in SQL lets SQLite pick
    the (type, target) index and walk every citation of it."""
    strings = understood.highlight_strings()
    cited = {(t.kind, t.value) for t in understood.terms if t.kind in ("resolution", "body", "treaty")}
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


def _shape_facets(counters, limit=20):
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
    return _shape_facets(counters)


def _per_paragraph(references):
    """(type, target) once per paragraph that cites it."""
    return [(kind, target) for kind, target, _ in set(references.values_list("type", "target", "paragraph_id"))]


def matching_paragraph_ids(raw, filters=(), using="default", without=()):
    """Every paragraph id the query matches within the budget, unordered (for exports, checks and tests)."""
    understood = queries.understand(raw, without=without)
    index = IndexView(connections[using].get_backend())
    wanted = _plan(index, understood, filters)
    if wanted is NullQuery:
        return set()
    return set(index.paragraph_ids(docnum for _, docnum in index.matches(wanted, BUDGET)[0]))
