"""The one seam between the archive and the engine that holds its search index.

Searching (search.engine), keeping the index in step (search.indexing) and warming a server
(search.warming) ask `of(using)` for the engine of a haystack connection and speak only the
interface below; which engine runs is known to the engine's own modules alone. A haystack
engine class names the archive engine that drives it in `archive_engine` (the embedded
Whoosh-format engine does, search.backends); one that does not (Elasticsearch, Solr, haystack's
simple engine) is driven by the generic engine, which sends exact phrases through haystack.
"""
from abc import ABC, abstractmethod
from contextlib import nullcontext

from django.utils.module_loading import import_string
from haystack import connections

GENERIC = "search.generic.HaystackEngine"


def of(using="default"):
    """The engine serving the haystack connection `using`."""
    connection = connections[using]
    return import_string(getattr(connection, "archive_engine", GENERIC))(connection.get_backend(), using)


class Engine(ABC):
    """What the archive asks of a search engine. Queries arrive understood (search.query);
    `filters` are the page's chosen facet values and date range (search.engine._chosen)."""

    def __init__(self, backend, using):
        self.backend, self.using = backend, using

    # Reading

    @abstractmethod
    def search(self, outcome):
        """Fill `outcome` (search.results.Outcome, its query understood and not empty): its page
        of hits, total, facets, and any notes and near matches the engine gives."""

    @abstractmethod
    def matching(self, understood, filters):
        """The ids of every paragraph the query matches, unordered (within the engine's budget)."""

    @abstractmethod
    def ranked(self, understood, filters, by_date, limit):
        """(ids of the first `limit` matches in the search page's order, how many match,
        whether that count is estimated), for feeds, exports and alerts."""

    def held(self, grams):
        """Of these pairs of Chinese characters (bigram tokens), those some paragraph prints: the
        other spellings of a name are built from them (search.sounds). An engine that cannot list
        what its index holds holds none, and finds no other spellings."""
        return set()

    # Keeping in step

    @abstractmethod
    def index(self, documents):
        """(Re)index these documents, none of their old entries left; the paragraphs indexed."""

    @abstractmethod
    def remove(self, keys):
        """Drop every entry of the documents with these permanent keys."""

    @abstractmethod
    def rebuild(self, progress=None):
        """A complete index from the database; the paragraphs indexed."""

    @abstractmethod
    def refresh(self, progress=None):
        """Make the index exist and be current, doing only what is needed; says what it did."""

    @abstractmethod
    def status(self):
        """(ok, detail) for health checks, cheap enough to be polled."""

    @abstractmethod
    def out_of_step(self, documents):
        """Those of `documents` whose entries are not their paragraphs in the database."""

    @abstractmethod
    def updating(self):
        """A context manager held while the database is ahead of the index (for /healthz)."""

    def write_along(self, documents):
        """Index these documents inside the caller's database transaction, which has just written
        their paragraphs (archive.signals.document_written), so that both commit or neither does.
        Only an engine whose index lives in the archive's database can; the others return False
        and index them once the transaction has committed (`index`)."""
        return False

    @abstractmethod
    def import_writer(self, paragraphs):
        """A writer that indexes a bulk import's documents (about `paragraphs` in all) as they
        are stored (`add(document)`, then `finish()` or `cancel()`), or None if the engine
        indexes them at the end."""

    @abstractmethod
    def read_tables(self):
        """Load what searches read once per open index, before a server forks its workers; the
        paragraphs in the index, or None if there is nothing to load."""

    def read_tables_beside(self):
        """A context manager during which the slowest of `read_tables`' tables may be read in a
        helper process (search.beside), kept here when it ends, so that `read_tables` after it
        finds them read. Engines that read nothing once per index have nothing to read beside."""
        return nullcontext()
