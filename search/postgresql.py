"""The PostgreSQL engine (`SEARCH_ENGINE=postgresql`): the index is a table of the archive's own
database, written in the transaction that writes the paragraphs, read from any replica.

One row per paragraph in `search_entry` (created by search/migrations/0001 on PostgreSQL only):

- `grams`, a tsvector of the paragraph's bigram tokens (search.analysis.bigrams: every pair of
  neighbouring units of a run, or the lone unit of a run of one), with a GIN index;
- `words`, a tsvector of its jieba search-mode words, with a GIN index;
- `body`, the normalised text written unit by unit (`encode`): Chinese characters as they are,
  a run of letters or digits between spaces, runs apart on lines of their own, so a verbatim
  string is a plain substring of it exactly when the Whoosh index's bigram phrase matches;
- the document's key, version, symbol, language, year, date (YYYYMMDD) and the resolutions and
  bodies the paragraph cites, as the Whoosh index's keyword fields hold them.

The lexemes are written and queried as literals (`'…'::tsvector`, `'…'::tsquery`), never through
a text search configuration, so PostgreSQL neither splits nor stems them. A query is the same
Whoosh query tree the embedded engine runs (search.query.build, from the same understanding:
concepts, bands, budget), turned into SQL here: a bigram phrase is the GIN lookup of its bigrams
(all of them) and `strpos` of its encoded string in `body`, so the substring guarantee holds
without positions (which a tsvector caps at 16,383). Only this module and its migration know
this SQL; search.engines chooses it.
"""
import contextlib
import math
import re
from collections import Counter

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, transaction
from django.db.models import Count
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery
from whoosh.query import And, AndNot, NullQuery, Or, Phrase, Prefix, Term

from archive.models import Document, Paragraph
from unref import normalise_for_search

from . import dates, near, ranking, spread
from . import query as queries
from .analysis import analysis_fingerprint, bigrams, is_cjk, search_words, units
from .budget import BUDGET, fit_postings, is_lone, stopped_note
from .characters import LoneUnit
from .engines import Engine
from .facets import unkeyword
from .results import PAGE_SIZE, page_hits, shape_facets
from .search_indexes import FILTERS, ParagraphIndex, keyword, version

TABLE = "search_entry"
STATE = "search_state"
CHUNK = 1000  # paragraphs read from the database and written at a time
MATCH_LIMIT = 500  # hits ranked for a page by relevance; past them the total is estimated
FIRST_WINDOW = 4096  # paragraph ids the pass reads first; each next window is twice as wide
LONGEST_LEXEME = 2000  # bytes; PostgreSQL refuses a lexeme of 2,048 or more
KEYWORD_COLUMNS = {"document": "symbol", "document_key": "document_key", "language": "language", "year": "year"}
LIST_COLUMNS = {"resolutions": "resolutions", "bodies": "bodies"}
COLUMNS = ("paragraph_id", "document_id", "document_key", "document_version", "symbol", "language", "year",
           "sort_date", "resolutions", "resolution_symbols", "bodies", "body", "grams", "words")
MISSING = "缺失：请运行 manage.py build_search_index (missing: run manage.py build_search_index)"


def read_database():
    """The database alias searches read (a replica, SEARCH_READ_DATABASE); writes go to 'default'."""
    return getattr(settings, "SEARCH_READ_DATABASE", "default") or "default"


def refusal(alias):
    """Why this engine cannot run on the database `alias`, or None."""
    vendor = connections[alias].vendor
    if vendor == "postgresql":
        return None
    return (
        f"SEARCH_ENGINE=postgresql 需要 PostgreSQL 数据库，但数据库 {alias!r} 是 {vendor}：请设置 DATABASE_URL=postgres://…，或删除 SEARCH_ENGINE "
        f"(SEARCH_ENGINE=postgresql needs a PostgreSQL database, but database {alias!r} is {vendor}: set DATABASE_URL=postgres://…, or unset SEARCH_ENGINE)"
    )


# --- haystack's side: a connection whose engine names this module ----------------------------

class SearchBackend(BaseSearchBackend):
    """Nothing goes through haystack: searches and writes are the archive engine's (below).
    haystack's own commands (update_index, rebuild_index) are refused with what to run instead."""

    def _refuse(self, *args, **kwargs):
        raise NotImplementedError("SEARCH_ENGINE=postgresql: use manage.py build_search_index")

    update = remove = clear = search = _refuse


class HaystackEngine(BaseEngine):
    backend = SearchBackend
    query = BaseSearchQuery
    archive_engine = "search.postgresql.PostgreSQLEngine"


# --- what is written ---------------------------------------------------------------------------

def encode(run):
    """One run of units as `body` holds it: a letter/digit unit between spaces, so that a
    substring of the encoding starts and ends at unit boundaries."""
    return "".join(unit if is_cjk(unit) else f" {unit} " for unit, _, _ in run)


def lexemes(values):
    """A tsvector or tsquery literal's quoted lexemes (no text search configuration applied)."""
    return [quote(value) for value in dict.fromkeys(values) if value and len(value.encode("utf-8")) <= LONGEST_LEXEME]


def quote(value):
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def row(paragraph, index):
    """The `search_entry` row of a paragraph (its document and references prefetched)."""
    normalised = normalise_for_search(paragraph.text)[0]
    runs = units(normalised)
    grams = [gram for run in runs for gram, _, _ in bigrams(run)]
    document = paragraph.document
    resolutions = index.prepare_resolutions(paragraph)
    return (
        paragraph.pk, document.pk, document.key, version(document), document.symbol or "", document.language or "",
        index.prepare_year(paragraph), index.prepare_sort_date(paragraph),
        resolutions, sorted({value.split(" (")[0] for value in resolutions}), index.prepare_bodies(paragraph),
        "\n".join(encode(run) for run in runs), " ".join(lexemes(grams)), " ".join(lexemes(search_words(normalised))),
    )


# --- what is read: the Whoosh query tree as SQL --------------------------------------------------

class Sql:
    """SQL for one built query over `search_entry e`: `condition(node)` says whether a row
    matches, `score(node)` scores it in bands as the tree's boosts say (a leaf that matches
    scores its boost, a verbatim string a little more the more often and the denser it occurs,
    never enough to leave its band); parameters are collected in order."""

    def __init__(self):
        self.params = []

    def param(self, value):
        self.params.append(value)
        return "%s"

    def _tsquery(self, column, text):
        return f"e.{column} @@ {self.param(text)}::tsquery"

    def condition(self, node):
        if node is NullQuery or type(node).__name__ == "_NullQuery":
            return "FALSE"
        if isinstance(node, LoneUnit):
            return "(" + " OR ".join(self._lone(unit) for unit in node.units) + ")"
        if isinstance(node, AndNot):
            return f"({self.condition(node.a)} AND NOT {self.condition(node.b)})"
        if isinstance(node, And):
            return "(" + " AND ".join(self.condition(child) for child in node.subqueries) + ")"
        if isinstance(node, Or):
            return "(" + " OR ".join(self.condition(child) for child in node.subqueries) + ")" if node.subqueries else "FALSE"
        if isinstance(node, Phrase):
            grams = " & ".join(lexemes(node.words))
            return f"({self._tsquery('grams', grams)} AND strpos(e.body, {self.param(phrase_string(node.words))}) > 0)"
        if isinstance(node, Term):
            return self._term(node.fieldname, node.text)
        if isinstance(node, Prefix):
            return self._prefix(node.fieldname, node.text)
        raise ValueError(f"query node not handled: {node!r}")

    def _lone(self, unit):
        """search.characters: the bigrams starting with the unit, or the one-unit word (and for a
        letter/digit word, the lone bigram token too)."""
        if is_cjk(unit):
            return f"({self._tsquery('grams', quote(unit) + ':*')} OR {self._tsquery('words', quote(unit))})"
        return (f"({self._tsquery('words', quote(unit))} OR {self._tsquery('grams', quote(unit))}"
                f" OR {self._tsquery('grams', quote(unit + ' ') + ':*')})")

    def _term(self, field, value):
        if field == "bigrams":
            return self._tsquery("grams", quote(value))
        if field == "text":
            return self._tsquery("words", quote(value))
        if field in KEYWORD_COLUMNS:
            return f"e.{KEYWORD_COLUMNS[field]} = {self.param(str(value))}"
        if field in LIST_COLUMNS:
            return f"e.{LIST_COLUMNS[field]} @> ARRAY[{self.param(str(value))}]::text[]"
        if field == "sort_date":
            return f"e.sort_date = {self.param(int(value))}"
        raise ValueError(f"field not indexed: {field}")

    def _prefix(self, field, value):
        pattern = like_prefix(value)
        if field == "bigrams":
            return self._tsquery("grams", quote(value) + ":*")
        if field in KEYWORD_COLUMNS:
            return f"e.{KEYWORD_COLUMNS[field]} LIKE {self.param(pattern)}"
        if field == "resolutions" and value.endswith(" (") and " (" not in value[:-2]:  # a resolution of any year
            return f"e.resolution_symbols @> ARRAY[{self.param(value[:-2])}]::text[]"
        if field in LIST_COLUMNS:
            return f"EXISTS (SELECT 1 FROM unnest(e.{LIST_COLUMNS[field]}) AS v WHERE v LIKE {self.param(pattern)})"
        raise ValueError(f"field not indexed: {field}")

    def score(self, node):
        if node is NullQuery or type(node).__name__ == "_NullQuery":
            return "0"
        boost = getattr(node, "boost", 1.0)
        if isinstance(node, AndNot):
            return self.score(node.a)
        if isinstance(node, (And, Or)):
            if not node.subqueries:
                return "0"
            return f"({boost!r} * (" + " + ".join(self.score(child) for child in node.subqueries) + "))"
        if not boost:
            return "0"
        if isinstance(node, Phrase) or (isinstance(node, Term) and node.fieldname == "bigrams"):
            string = phrase_string(node.words) if isinstance(node, Phrase) else phrase_string([node.text])
            condition = self.condition(node)

            def occurrences():
                return f"((char_length(e.body) - char_length(replace(e.body, {self.param(string)}, ''))) / {max(1, len(string))}.0)"

            dense = ranking.density_sql(occurrences, "char_length(e.body)")
            return f"(CASE WHEN {condition} THEN {ranking.in_band(boost, dense)} ELSE 0 END)"
        if isinstance(node, (Term, Prefix, LoneUnit)) and getattr(node, "fieldname", "") in ("text", "bigrams", "resolutions", "bodies", "document", ""):
            return f"(CASE WHEN {self.condition(node)} THEN {boost!r} ELSE 0 END)"
        return "0"  # facet filters and dates narrow, they never score


def phrase_string(grams):
    """The encoded string (see `encode`) of a run given as its bigram tokens."""
    run = []
    for gram in grams:
        pair = gram.split(" ") if " " in gram else list(gram)
        if len(pair) == 1:  # a lone unit
            pair = [gram]
        if not run:
            run.extend(pair)
        else:
            run.append(pair[-1])
    return "".join(unit if is_cjk(unit) else f" {unit} " for unit in run)


def like_prefix(value):
    return re.sub(r"([\\%_])", r"\\\1", value) + "%"


# --- the engine ----------------------------------------------------------------------------------

class PostgreSQLEngine(Engine):
    def __init__(self, backend, using):
        super().__init__(backend, using)
        self.read = read_database()
        for alias in dict.fromkeys(["default", self.read]):
            refused = refusal(alias)
            if refused:
                raise ImproperlyConfigured(refused)

    # Reading

    def search(self, outcome):
        understood = outcome.understood
        by_date = outcome.sort == "date"
        found = self._pass(understood, outcome.filters, hits=_ranked_hits(outcome.page, by_date))
        if found is None:
            return
        matches, total, estimated, stopped = found
        outcome.examined = len(matches)
        outcome.total, outcome.estimated = total, estimated
        if stopped:
            understood.notes.append(stopped_note(stopped, BUDGET))
        _order(matches, by_date)
        last_page = max(1, math.ceil(len(matches) / PAGE_SIZE))
        outcome.page = min(outcome.page, last_page)
        if outcome.page == last_page and not estimated:
            spread.after_hits(outcome, lambda: self._near(understood, outcome.filters), _narrowing(outcome.filters),
                              self._holds_references(), lambda tree: self._spread_find(tree, outcome.filters),
                              [match[0] for match in matches])
        start = (outcome.page - 1) * PAGE_SIZE
        outcome.last_page = last_page
        outcome.hits = page_hits([match[0] for match in matches[start:start + PAGE_SIZE]], understood)
        outcome.facets = shape_facets(_facet_counts(matches))

    def matching(self, understood, filters):
        found = self._pass(understood, filters)
        if found is None:
            return set()
        if found[3]:
            understood.notes.append(stopped_note(found[3], BUDGET))
        return {match[0] for match in found[0]}

    def ranked(self, understood, filters, by_date, limit):
        found = self._pass(understood, filters)
        if found is None:
            return [], 0, False
        matches, total, estimated, _ = found
        limit_hits = _ranked_hits(1, by_date)
        if limit_hits is not None and len(matches) > limit_hits:  # counted as the search page counts
            total, estimated = max(limit_hits + 1, round(limit_hits / self._share_before(matches[limit_hits][0]))), True
        _order(matches, by_date)
        return [match[0] for match in (matches if limit is None else matches[:limit])], total, estimated

    def read_tables(self):
        """Nothing is read once per process: PostgreSQL keeps its own caches."""
        return None

    def _pass(self, understood, filters, hits=None, budget=None):
        """(matches [(paragraph id, score, sort date, facet values…)], total, estimated, stopped)
        within the budget, or None when nothing is left to search.

        One pass in paragraph order, as the embedded engine's: the candidates are the rows the
        query matches before exclusions, at most `budget.candidates` (what an exclusion removes
        was still checked), and the pass stops once it has `hits` matches (the first hits are a
        fair sample of the rest, counted by estimate from the share of entries passed)."""
        budget = budget or BUDGET
        lone = [term for term in understood.terms + understood.excluded if is_lone(term)]
        first, last = self._id_range()
        if lone and len(lone) * (last - first + 1 if first is not None else 0) > budget.postings:  # else none could be dropped: no need to count
            fit_postings(understood, lambda term: self._postings(term, budget), budget)
        tree = queries.build(understood, filters=_narrowing(filters), references_indexed=self._holds_references())
        if tree is NullQuery:
            return None
        matches, complete, stopped, reached = self._candidates(tree, filters, budget.candidates, budget.seconds, hits)
        if stopped == "seconds":
            return [], 0, True, stopped
        total, estimated = len(matches), not complete
        if not complete:  # from the share of the index the pass went through
            total = max(len(matches) + 1, round(len(matches) / self._share_before(reached)))
        return matches, total, estimated, stopped

    def _candidates(self, tree, filters, candidates, seconds, hits=None, pattern=None):
        """(matches, complete, stopped, the paragraph id the pass stopped at) of one pass in
        paragraph order over the rows matching the positive part of `tree` (and the date range,
        and the regular expression `pattern` on `body`), until `hits` matches or `candidates`
        rows checked, whichever comes first. The pass reads windows of paragraph ids, each twice
        as wide as the one before, keeping only ids and whether the exclusions keep them; the
        matches kept are then scored and read with their facet columns in one more query.
        `seconds` is each statement's timeout."""
        positive, negative = (tree.a, tree.b) if isinstance(tree, AndNot) else (tree, None)
        sql = Sql()
        kept = f"NOT {sql.condition(negative)}" if negative is not None else "TRUE"
        where = sql.condition(positive)
        period = dates.date_range(filters.get("from"), filters.get("to"))
        if period:
            first, last = period.numbers()
            where += f" AND e.sort_date BETWEEN {sql.param(first)} AND {sql.param(last)}"
        if pattern is not None:
            where += f" AND e.body ~ {sql.param(pattern)}"
        exists = f"EXISTS (SELECT 1 FROM {Paragraph._meta.db_table} p WHERE p.id = e.paragraph_id)"  # a hit is never counted that cannot be shown
        window_sql = (
            f"SELECT e.paragraph_id, {kept} FROM {TABLE} e WHERE {where} AND {exists}"
            " AND e.paragraph_id >= %s AND e.paragraph_id < %s ORDER BY e.paragraph_id LIMIT %s"
        )
        found, checked, stopped, reached = [], 0, "", None
        try:
            with transaction.atomic(using=self.read), connections[self.read].cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
                lowest, highest = self._id_range(cursor)
                cursor.execute("SET LOCAL enable_indexscan = off")  # the GIN indexes, never a walk of every entry in order
                start, width = lowest, FIRST_WINDOW
                while lowest is not None and start <= highest and reached is None:
                    cursor.execute(window_sql, [*sql.params, start, start + width, candidates - checked + 1])
                    for paragraph_id, survives in cursor.fetchall():
                        checked += 1
                        if checked > candidates:
                            stopped, reached = "candidates", paragraph_id
                            break
                        if survives:
                            if hits is not None and len(found) == hits:
                                reached = paragraph_id
                                break
                            found.append(paragraph_id)
                    start, width = start + width, width * 2
                rows = []
                if found:
                    scoring = Sql()
                    score = scoring.score(positive)
                    cursor.execute(
                        f"SELECT e.paragraph_id, {score}, e.sort_date, e.document_key, e.language, e.year, e.resolutions, e.bodies"
                        f" FROM {TABLE} e WHERE e.paragraph_id = ANY(%s) ORDER BY e.paragraph_id",
                        [*scoring.params, found],
                    )
                    rows = cursor.fetchall()
        except DatabaseError as error:
            if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled: the budget's seconds
                return [], False, "seconds", None
            raise
        return rows, reached is None, stopped, reached

    def _id_range(self, cursor=None):
        """(first, last) paragraph id in the index, read once per search (an engine serves one)."""
        if getattr(self, "_ids", None) is None:
            with contextlib.ExitStack() as stack:
                cursor = cursor or stack.enter_context(connections[self.read].cursor())
                cursor.execute(f"SELECT min(paragraph_id), max(paragraph_id) FROM {TABLE}")
                self._ids = cursor.fetchone()
        return self._ids

    def _share_before(self, paragraph_id):
        """The share of the index's paragraph ids before this one: how much of the index a pass
        that stopped there went through (ids are handed out in order, so they spread evenly
        enough for an estimate, and reading them costs nothing)."""
        first, last = self._id_range()
        return max(1, paragraph_id - first) / max(1, last - first + 1)

    def _postings(self, term, budget):
        """What a lone unit costs: the paragraphs holding it (read at most budget.postings + 1)."""
        sql = Sql()
        condition = sql.condition(LoneUnit(units(term.value)[0][0][0]))
        with connections[self.read].cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} e WHERE {condition} LIMIT {int(budget.postings) + 1}) AS found", sql.params)
            return cursor.fetchone()[0]

    def held(self, grams):
        """One GIN lookup a bigram token, in one statement."""
        quoted = {quote(gram): gram for gram in grams}
        if not quoted:
            return set()
        with connections[self.read].cursor() as cursor:
            cursor.execute(f"SELECT q FROM unnest(%s::text[]) AS q WHERE EXISTS (SELECT 1 FROM {TABLE} e WHERE e.grams @@ q::tsquery)", [sorted(quoted)])
            return {quoted[literal] for literal, in cursor.fetchall()}

    def _holds_references(self):
        with connections[self.read].cursor() as cursor:
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {TABLE} WHERE cardinality(resolutions) > 0)")
            return cursor.fetchone()[0]

    def _entries(self):
        with connections[self.read].cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return cursor.fetchone()[0]

    def _near(self, understood, filters):
        """Paragraphs printing the query with one character changed, dropped or added (see search.near)."""
        string, others = near.wanted(understood)
        if string is None:
            return []
        tree = near.candidates_query(string, _narrowing(filters), others, self._holds_references())
        # only the candidates that print the string with one slip are read (the
        # pattern, in PostgreSQL's regular expressions, on `body`; checked again on the text)
        found = self._candidates(tree, filters, near.NEAR_CANDIDATES, near.BUDGET.seconds, pattern=near.pattern(string).pattern)[0]
        return near.shown([row[0] for row in found], string)

    def _spread_find(self, tree, filters):
        """Paragraph ids the tree matches, in id order, within the spread budget (search.spread)."""
        rows, complete, _, _ = self._candidates(tree, filters, spread.BUDGET.candidates, spread.BUDGET.seconds)
        return [row[0] for row in rows], complete

    # Keeping in step: every write goes through the 'default' connection, inside the caller's
    # transaction when there is one (an import's, an admin save's), so rows and entries commit
    # or roll back together.

    def index(self, documents):
        """(Re)index these documents unless their entries are their paragraphs already (an import
        wrote them in its own transaction: `write_along`); the paragraphs indexed."""
        stale = self.out_of_step(documents)
        if not stale:
            return 0
        with transaction.atomic():
            return self._write(stale)

    def write_along(self, documents):
        with transaction.atomic():
            self._write(list(documents))
        return True

    def _write(self, documents):
        keys = [document.key for document in documents]
        with connections["default"].cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE document_key = ANY(%s)", [keys])
        paragraphs = ParagraphIndex().index_queryset().filter(document_id__in=[d.pk for d in documents])
        return self._copy(paragraphs)

    def _copy(self, paragraphs, progress=None):
        index, written, last = ParagraphIndex(), 0, 0
        paragraphs = paragraphs.order_by("pk")
        with connections["default"].cursor() as cursor:
            while True:
                chunk = list(paragraphs.filter(pk__gt=last)[:CHUNK])
                if not chunk:
                    return written
                with cursor.cursor.copy(f"COPY {TABLE} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for paragraph in chunk:
                        copy.write_row(row(paragraph, index))
                written += len(chunk)
                last = chunk[-1].pk
                if progress:
                    progress(len(chunk))

    def remove(self, keys):
        with connections["default"].cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE document_key = ANY(%s)", [list(keys)])

    def rebuild(self, progress=None):
        """Every entry anew in one transaction: readers see the old entries until it commits."""
        paragraphs = ParagraphIndex().index_queryset()
        total = paragraphs.count()
        shown = progress(total) if progress else None
        try:
            with transaction.atomic():
                with connections["default"].cursor() as cursor:
                    cursor.execute(f"DELETE FROM {TABLE}")
                self._copy(paragraphs, shown and shown.update)
                self._stamp()
        finally:
            if shown:
                shown.close()
        return total

    def _stamp(self):
        with connections["default"].cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {STATE} (name, value) VALUES ('analysis', %s) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
                [analysis_fingerprint()],
            )

    def _stamped(self):
        with connections[self.read].cursor() as cursor:
            cursor.execute(f"SELECT value FROM {STATE} WHERE name = 'analysis'")
            found = cursor.fetchone()
        return found[0] if found else None

    def refresh(self, progress=None):
        """Rebuild if never built or the analysis changed, else reindex every document whose
        entries are not its paragraphs and remove those of documents that are gone."""
        stamped = self._stamped()
        if stamped is None:
            return f"built ({self.rebuild(progress)} paragraphs)"
        if stamped != analysis_fingerprint():
            return f"rebuilt ({self.rebuild(progress)} paragraphs)"
        with connections["default"].cursor() as cursor:
            cursor.execute(f"SELECT DISTINCT document_key FROM {TABLE}")
            indexed = {key for key, in cursor.fetchall()}
        documents = list(Document.objects.all())
        keys = {document.key for document in documents}
        gone = sorted(indexed - keys)
        if gone:
            self.remove(gone)
        stale = self.out_of_step(documents)
        count = self._write(stale) if stale else 0
        return f"current ({len(stale)} documents reindexed, {count} paragraphs; {len(gone)} removed)"

    def status(self):
        try:
            stamped = self._stamped()
            entries = self._entries()
        except DatabaseError as error:
            return False, f"unreadable ({type(error).__name__}: {error}); run manage.py migrate and build_search_index"
        if stamped is None:
            return False, MISSING
        stored = Paragraph.objects.count()
        if stamped != analysis_fingerprint():
            return False, "索引的分词已过时：请运行 manage.py build_search_index --if-stale (the index's analysis changed: run manage.py build_search_index --if-stale)"
        if entries == stored:
            return True, f"{entries} paragraphs"
        return False, (
            f"索引 {entries} 段，数据库 {stored} 段：请运行 manage.py build_search_index --if-stale "
            f"(index {entries} paragraphs, database {stored}: run manage.py build_search_index --if-stale)"
        )

    def out_of_step(self, documents):
        """Those whose entries are not all under their current version, as many as their paragraphs."""
        found = []
        documents = list(documents)
        for start in range(0, len(documents), 900):
            pks = [document.pk for document in documents[start:start + 900]]
            current = list(Document.objects.filter(pk__in=pks).annotate(paragraph_count=Count("paragraphs")))
            with connections["default"].cursor() as cursor:
                cursor.execute(
                    f"SELECT document_key, document_version, count(*) FROM {TABLE} WHERE document_key = ANY(%s) GROUP BY 1, 2",
                    [[document.key for document in current]],
                )
                held = {}
                for key, held_version, count in cursor.fetchall():
                    held.setdefault(key, []).append((held_version, count))
            for document in current:
                wanted = [(version(document), document.paragraph_count)] if document.paragraph_count else []
                if held.get(document.key, []) != wanted:
                    found.append(document)
        return found

    def updating(self):
        """Nothing to hold: entries commit with the paragraphs, so the index is never behind."""
        return contextlib.nullcontext()

    def import_writer(self, paragraphs):
        """None: each document's entries were written in its own transaction (`write_along`)."""
        return None


def _ranked_hits(page, by_date):
    """How many hits the pass for this page ranks before it estimates the rest (sorting by date
    ranks them all): the embedded engine's MATCH_LIMIT, for the same reason."""
    return None if by_date else max(MATCH_LIMIT, page * PAGE_SIZE)


def _narrowing(filters):
    """The facet filters as (field, value) terms; the date range is added to the SQL itself."""
    return [(FILTERS[name], keyword(value)) for name, value in filters.items() if name in FILTERS]


def _order(matches, by_date):
    """Rows (paragraph id, score, sort date, …) in the order a page shows them (search.ranking)."""
    ranking.order(matches, score=lambda m: m[1], position=lambda m: m[0], date=(lambda m: m[2]) if by_date else None)


def _facet_counts(matches):
    counters = {"document": Counter(), "language": Counter(), "year": Counter(), "resolution": Counter(), "body": Counter()}
    for _, _, _, key, language, year, resolutions, bodies in matches:
        counters["document"][key] += 1
        if language:
            counters["language"][language] += 1
        if year:
            counters["year"][year] += 1
        counters["resolution"].update(unkeyword(value) for value in resolutions)
        counters["body"].update(unkeyword(value) for value in bodies)
    return counters
