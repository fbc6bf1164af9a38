"""Any other haystack engine (Elasticsearch, Solr): the same understanding, sent as haystack's
escaped exact phrases. No query budget, bands or near matches: those need the postings the
embedded engine reads (search.embedded)."""
import contextlib
from functools import reduce
from operator import and_

from django.core.management import call_command
from haystack.constants import ID
from haystack.inputs import Exact
from haystack.query import SQ, SearchQuerySet

from archive.models import Paragraph

from . import dates
from . import query as queries
from .engines import Engine
from .results import PAGE_SIZE, facets, page_hits
from .search_indexes import FILTERS, ParagraphIndex

FACETED = 10000  # hits whose facets are counted from the database
BATCH = 50  # documents updated at a time


class HaystackEngine(Engine):
    def search(self, outcome):
        results = query_set(outcome.understood, outcome.filters, self.using)
        if outcome.sort == "date":
            results = results.order_by("-sort_date")
        outcome.total = results.count()
        outcome.page = min(outcome.page, outcome.pages)
        start = (outcome.page - 1) * PAGE_SIZE
        page_ids = [int(result.pk) for result in results[start:start + PAGE_SIZE]]
        outcome.hits = page_hits(page_ids, outcome.understood)
        outcome.facets = facets([int(result.pk) for result in results[:FACETED]])

    def matching(self, understood, filters):
        return {int(result.pk) for result in query_set(understood, filters, self.using)}

    def ranked(self, understood, filters, by_date, limit):
        results = query_set(understood, filters, self.using)
        if by_date:
            results = results.order_by("-sort_date")
        return [int(result.pk) for result in (results if limit is None else results[:limit])], results.count(), False

    def index(self, documents):
        """Remove what is gone, then update, a batch of documents at a time."""
        paragraphs = ParagraphIndex().index_queryset()
        index, count = ParagraphIndex(), 0
        for start in range(0, len(documents), BATCH):
            batch = documents[start:start + BATCH]
            current = list(paragraphs.filter(document_id__in=[d.pk for d in batch]))
            self._remove([d.key for d in batch], keep={index.prepare(p)[ID] for p in current})
            self.backend.update(index, current)
            count += len(current)
        return count

    def remove(self, keys):
        self._remove(keys)

    def _remove(self, keys, keep=()):
        for key in keys:
            for result in SearchQuerySet(using=self.using).filter(document_key=key):
                if result.id not in keep:
                    self.backend.remove(result.id)

    def rebuild(self, progress=None):
        """haystack's own clear and complete update. Searches find less until the update ends; a
        cluster avoids that by building a new index behind an alias."""
        call_command("clear_index", using=[self.using], interactive=False, verbosity=0)
        call_command("update_index", using=[self.using], verbosity=0)
        return ParagraphIndex().index_queryset().count()

    def refresh(self, progress=None):
        call_command("update_index", using=[self.using], remove=True, verbosity=0)
        return "update_index"

    def status(self):
        try:
            return True, f"{self.backend.search('*:*')['hits']} entries"
        except Exception as error:  # noqa: BLE001 — an unreachable cluster is "unhealthy", not an error page
            return False, f"unreadable ({type(error).__name__}: {error})"

    def out_of_step(self, documents):
        """Not known without reading every entry back: the next `refresh` brings them in step."""
        return []

    def updating(self):
        """Nothing to hold: the health check does not compare counts."""
        return contextlib.nullcontext()

    def import_writer(self, paragraphs):
        return None

    def read_tables(self):
        return None


def query_set(understood, filters, using):
    """The haystack SearchQuerySet for what was understood: each term in what was typed, its
    stored reference (a regime's: its bodies and resolutions) or any other form searched; the
    reworded concept as an alternative."""

    def clause(term):
        if term.kind == "document":
            return SQ(document=term.value)
        if term.kind == "resolution" or term.kind in queries.CONCEPT_KINDS:
            first = SQ(resolutions=term.value) if term.kind == "resolution" else SQ(bodies=term.value)
            either = [first] if term.kind in ("resolution", "body") else []
            either += [SQ(bodies=body) for body in term.bodies] + [SQ(resolutions=symbol) for symbol in term.resolutions]
            either += [SQ(content=Exact(form)) for form in [term.typed] + (queries.own_forms(term) if term.kind == "regime" else term.forms) if form]
            either += [any_of(forms) & any_of(beside) for forms, beside in term.together]
            return reduce(lambda a, b: a | b, either)
        return SQ(content=Exact(term.value))

    def any_of(forms):
        return reduce(lambda a, b: a | b, [SQ(content=Exact(form)) for form in forms])

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
