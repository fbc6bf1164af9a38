"""The embedded engine, the default: the archive's own Whoosh-format index on this machine's disk.

Searches match within the query budget, count past it, rank and find near matches through one
searcher (search.reading); writes go through the bulk writer of search.backends, and a rebuild
is built beside the serving index and swapped in, so readers never see a half-built index.
"""
import math
import os
import shutil
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from django.db import DatabaseError, connection
from django.db.models import Count
from haystack import connections
from whoosh.query import NullQuery, Or, Term

from archive.models import Document, Paragraph

from . import dates, near, ranking, spread
from . import query as queries
from .backends import DIRECTORY_MODE, Writing, remove_abandoned_builds, swap_in
from .beside import read_beside
from .budget import BUDGET, fit_postings, stopped_note
from .engines import Engine
from .reading import IndexView
from .results import PAGE_SIZE, page_hits, shape_facets
from .search_indexes import FILTERS, ParagraphIndex, keyword, version
from .updates import Updating, in_progress
from .whoosh_private import version_problem

# Hits examined for a relevance-ordered page (and counted in facets); beyond it the total is an
# estimate and the facets count these first hits. Sorting by date examines every hit.
MATCH_LIMIT = 500
PROVISIONAL = "索引正在更新，部分结果暂缺，计数为临时数 (the index is being updated: some hits are missing and the count is provisional)"
CHUNK = 1000  # paragraphs read from the database at a time: memory stays flat at any size
PARALLEL_FROM = 5000  # below this many paragraphs, starting helper processes costs more than it saves


class EmbeddedEngine(Engine):
    # Reading

    def search(self, outcome):
        understood = outcome.understood
        index = IndexView(self.backend)
        narrowing = _narrowing(index, outcome.filters)
        wanted = _plan(index, understood, narrowing)
        if wanted is NullQuery:
            return
        by_date = outcome.sort == "date"
        found, complete, reached, stopped = index.matches(wanted, BUDGET, _ranked_hits(outcome.page, by_date))
        matches = _in_database(found, index)
        outcome.examined = len(matches)
        outcome.total, outcome.estimated = _count(index, found, matches, complete, reached)
        if stopped:
            understood.notes.append(stopped_note(stopped, BUDGET))
        if len(matches) < len(found):
            outcome.provisional = True
            understood.notes.append(PROVISIONAL)
        _order(index, matches, by_date)
        last_page = max(1, math.ceil(len(matches) / PAGE_SIZE))
        outcome.page = min(outcome.page, last_page)
        if outcome.page == last_page and complete:
            spread.after_hits(outcome, lambda: _near(index, understood, narrowing), narrowing, index.holds_references(),
                              lambda tree: _spread_find(index, tree), index.paragraph_ids(docnum for _, docnum in matches))
        start = (outcome.page - 1) * PAGE_SIZE
        page_ids = index.paragraph_ids(docnum for _, docnum in matches[start:start + PAGE_SIZE])
        outcome.last_page = last_page
        outcome.hits = page_hits(page_ids, understood)
        outcome.facets = shape_facets(index.facet_counts([docnum for _, docnum in matches]))

    def matching(self, understood, filters):
        index = IndexView(self.backend)
        wanted = _plan(index, understood, _narrowing(index, filters))
        if wanted is NullQuery:
            return set()
        found, _, _, stopped = index.matches(wanted, BUDGET)
        if stopped:
            understood.notes.append(stopped_note(stopped, BUDGET))
        return set(index.paragraph_ids(docnum for _, docnum in _in_database(found, index)))

    def ranked(self, understood, filters, by_date, limit):
        """Matched within the search budget (past it: the first candidates), and counted as the
        search page (its first page) counts."""
        index = IndexView(self.backend)
        wanted = _plan(index, understood, _narrowing(index, filters))
        if wanted is NullQuery:
            return [], 0, False
        found, complete, reached, _ = index.matches(wanted, BUDGET)
        matches = _in_database(found, index)
        total, estimated = _count(index, found, matches, complete, reached, limit=_ranked_hits(1, by_date))
        _order(index, matches, by_date)
        return index.paragraph_ids(docnum for _, docnum in matches[:limit]), total, estimated

    def held(self, grams):
        return IndexView(self.backend).held(grams)

    def read_tables(self):
        if not Path(self.backend.path).exists():
            return None
        index = IndexView(self.backend)
        index.column("django_id")
        index.column("sort_date")
        index.document_versions()
        index.facet_counts([])
        index.holds_references()
        return index.doc_count()

    def read_tables_beside(self):
        if not Path(self.backend.path).exists():
            return nullcontext()
        return read_beside(lambda: IndexView(self.backend).tables(), lambda read: IndexView(self.backend).take_tables(read))

    # Keeping in step

    def index(self, documents):
        """Their old entries go in one delete query, then the current paragraphs are added in the
        same commit, so a paragraph that no longer exists never stays findable and a reader never
        sees a document half-indexed."""
        paragraphs = ParagraphIndex().index_queryset().filter(document_id__in=[d.pk for d in documents])
        return self.backend.write(
            delete=Or([Term("document_key", document.key) for document in documents]),
            documents=entries(paragraphs),
            parallel=paragraphs.count() >= PARALLEL_FROM,
        )

    def remove(self, keys):
        self.backend.write(delete=Or([Term("document_key", key) for key in keys]))

    def rebuild(self, progress=None):
        """Build a complete index in a new folder beside the serving one, then swap it in.

        The folder is named after the building process (`whoosh_index.build-PID-…`) until it is
        complete, so that a later build can tell an abandoned one and remove it. `progress(total)`,
        if given, makes the object told of each chunk of paragraphs written (archive.progress)."""
        path = Path(self.backend.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_abandoned_builds(path)
        built = Path(tempfile.mkdtemp(prefix=f"{path.name}.build-{os.getpid()}-{time.strftime('%Y%m%d%H%M%S')}-", dir=path.parent))
        built.chmod(DIRECTORY_MODE)  # mkdtemp makes it 0700: a web server running as another user must read it
        options = dict(connections[self.using].options, PATH=str(built))
        fresh = type(self.backend)(self.using, **options)
        fresh.setup()  # creates the folder, the empty index and its analysis stamp
        paragraphs = ParagraphIndex().index_queryset()
        total = paragraphs.count()
        shown = progress(total) if progress else None
        try:
            fresh.write(documents=entries(paragraphs, shown and shown.update), parallel=total >= PARALLEL_FROM)
        except BaseException:
            shutil.rmtree(built, ignore_errors=True)
            raise
        finally:
            if shown:
                shown.close()
        complete = built.with_name(built.name.replace(".build-", ".", 1))
        os.rename(built, complete)
        swap_in(complete, path)
        self.backend.setup_complete = False
        return total

    def refresh(self, progress=None):
        """Rebuild if the analysis changed, else reindex every document whose version or number
        of entries differs from the database (an edit, a failed index update, rows changed behind
        the index's back) and remove the ones that are gone."""
        remove_abandoned_builds(self.backend.path)
        if not Path(self.backend.path).exists():
            return f"built ({self.rebuild(progress)} paragraphs)"
        self.backend.setup()
        if not self.backend.is_current():
            return f"rebuilt ({self.rebuild(progress)} paragraphs)"
        in_index = self.indexed_documents()
        documents = Document.objects.annotate(paragraph_count=Count("paragraphs"))
        stale = [
            d for d in documents
            if in_index.get(d.key) != ((version(d), d.paragraph_count) if d.paragraph_count else None)
        ]
        keys = {d.key for d in documents}
        gone = [key for key in in_index if key not in keys]
        if gone:
            self.remove(gone)
        count = self.index(stale) if stale else 0
        return f"current ({len(stale)} documents reindexed, {count} paragraphs; {len(gone)} removed)"

    def indexed_documents(self):
        """{document key: (version, live entries)} read from the index; a key found under two
        versions has version None (half of it is stale either way)."""
        found = {}
        with self.backend.open_index().searcher() as searcher:
            for raw in searcher.lexicon("document_version"):
                value = raw.decode("utf-8")
                count = sum(1 for _ in searcher.docs_for_query(Term("document_version", value)))
                if count:
                    key = value.rsplit("@", 1)[0]
                    found[key] = (None, found[key][1] + count) if key in found else (value, count)
        return found

    def status(self):
        """Can the index be opened, how many entries does it hold, and are they as many as the
        database's paragraphs (unless an import is still catching up: search.updates)? Two
        counts; `--if-stale` finds which differ. Another Whoosh than the one whose private block
        structures the engine reads is unhealthy before anything is read."""
        problem = version_problem()
        if problem:
            return False, problem
        try:
            if not Path(self.backend.path).exists():
                return False, "missing: run manage.py build_search_index"
            with self.backend.open_index().searcher() as searcher:
                indexed = searcher.doc_count()
        except Exception as error:  # noqa: BLE001 — any failure to read the index is "unhealthy"
            return False, f"unreadable ({type(error).__name__}: {error}); run manage.py build_search_index"
        try:
            stored = Paragraph.objects.count()
        except DatabaseError:  # the database's own check says what is wrong with it
            return True, f"{indexed} paragraphs"
        if indexed == stored:
            return True, f"{indexed} paragraphs"
        if in_progress(self.backend.path):
            return True, f"{indexed} paragraphs, updating to {stored}"
        return False, (
            f"索引 {indexed} 段，数据库 {stored} 段：请运行 manage.py build_search_index --if-stale "
            f"(index {indexed} paragraphs, database {stored}: run manage.py build_search_index --if-stale)"
        )

    def out_of_step(self, documents):
        """Not as many live entries under their current version, or entries of another version
        left (an import killed between its database commit and its index commit, which the next
        import of the same files calls "unchanged"). One term lookup per document, within one
        searcher."""
        pks = [document.pk for document in documents]
        if not pks or not Path(self.backend.path).exists():
            return []
        found = []
        with self.backend.open_index().searcher() as searcher:
            def live(field, value):
                return sum(1 for _ in searcher.docs_for_query(Term(field, value)))

            for start in range(0, len(pks), 900):
                for document in Document.objects.filter(pk__in=pks[start:start + 900]).annotate(paragraph_count=Count("paragraphs")):
                    wanted = document.paragraph_count
                    if live("document_version", version(document)) != wanted or live("document_key", document.key) != wanted:
                        found.append(document)
        return found

    def updating(self):
        return Updating(self.backend.path)

    def import_writer(self, paragraphs):
        return ImportWriter(self.backend, paragraphs >= PARALLEL_FROM)


class ImportWriter:
    """A bulk import's documents written as each is stored, committed in the commits `index`
    would make."""

    def __init__(self, backend, parallel):
        self.writing = Writing(backend, parallel)

    def add(self, document):
        self.writing.delete(Term("document_key", document.key))
        self.writing.add(entries(ParagraphIndex().index_queryset().filter(document_id=document.pk)))

    def finish(self):
        self.writing.finish()

    def cancel(self):
        self.writing.cancel()


def entries(paragraphs, progress=None):
    """Index entries for a paragraph queryset, read in primary-key order a chunk at a time."""
    index = ParagraphIndex()
    paragraphs = paragraphs.order_by("pk")
    last = 0
    while True:
        chunk = list(paragraphs.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        for paragraph in chunk:
            yield index.full_prepare(paragraph)
        last = chunk[-1].pk
        if progress:
            progress(len(chunk))


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
    """Matches (score, paragraph number) in the order a page shows them (search.ranking)."""
    dates = index.column("sort_date") if by_date else None
    ranking.order(matches, score=lambda m: m[0], position=lambda m: m[1], date=(lambda m: dates[m[1]]) if by_date else None)


def _in_database(matches, index):
    """The matches whose paragraph still exists. Between a re-import's commit and its index
    update the index names paragraphs that are gone; they are neither shown nor counted. Only
    the hits of documents whose indexed version is not the database's are looked up by id."""
    names, versions = index.document_versions()
    numbers = {(versions[docnum] or (None,))[0] for _, docnum in matches}
    current = index.remembered("current versions", CurrentVersions).of(numbers, names)
    stale = {number for number in numbers if number is None or not current[number]}
    if not stale:
        return matches
    doubtful_docnums = [docnum for _, docnum in matches if (versions[docnum] or (None,))[0] in stale]
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
    """Paragraphs printing the query with one character changed, dropped or added (see search.near)."""
    string, others = near.wanted(understood)
    if string is None:
        return []
    found = index.matches(near.candidates_query(string, filters, others, index.holds_references()), near.BUDGET)[0]
    return near.shown(index.paragraph_ids(docnum for _, docnum in found), string)


def _spread_find(index, tree):
    """Paragraph ids the tree matches, in index order, within the spread budget (search.spread)."""
    found, complete, _, _ = index.matches(tree, spread.BUDGET)
    return index.paragraph_ids(docnum for _, docnum in found), complete
