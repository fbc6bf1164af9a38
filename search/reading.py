"""What a search reads from the Whoosh index, asked of one consistent view of it.

`search.embedded` asks for matches, counts and columns and never touches Whoosh's searchers,
matchers or leaf readers; everything here reads from one searcher, so the paragraph numbers of
one query's matches, columns and facets always belong together even if a commit lands midway.
"""
import time

from whoosh.query import AndNot

from . import characters, matching
from .facets import FacetTable, keyword_table


class IndexView:
    """One searcher of the backend's index, and the per-searcher tables it keeps (`cached`)."""

    def __init__(self, backend):
        self._backend = backend
        self._searcher = backend.searcher()

    def doc_count(self):
        return self._searcher.doc_count_all()

    def postings(self, unit):
        """How many index entries a lone unit (character, Latin/digit word) would read."""
        return characters.postings(self._searcher.reader(), unit)

    def held(self, grams):
        """Those of these bigram tokens the index holds (a lookup in each segment's term table)."""
        reader = self._searcher.reader()
        return {gram for gram in grams if ("bigrams", gram) in reader}

    def holds_references(self):
        """Does the index hold any resolution reference (else resolutions are matched as text)?
        Read once per searcher: walking the lexicons of every segment costs about a millisecond."""
        return self._backend.cached("holds references", lambda: any(True for _ in self._searcher.lexicon("resolutions")))

    def remembered(self, name, make):
        """What `make()` returns, kept for as long as this searcher stays open."""
        return self._backend.cached(name, make)

    def column(self, name):
        """A sortable column (`django_id`, `sort_date`) by paragraph number, read once per searcher."""
        return self._backend.cached(name, lambda: self._searcher.reader().column_reader(name))

    def document_versions(self):
        """(version names, [(version number,) by paragraph number]): which import of its document
        each entry came from, so hits of a document re-imported since can be checked."""
        return self._backend.cached("versions", lambda: keyword_table(self._searcher.reader(), "document_version"))

    def facet_counts(self, docnums):
        return self._facets().counts(docnums)

    def _facets(self):
        return self._backend.cached("facets", lambda: FacetTable.read(self._searcher.reader()))

    def tables(self):
        """(which index they are of, the per-searcher tables that take longest to read): what a
        helper process reads for the web server's master (search.beside)."""
        return self._identity(), {"versions": self.document_versions(), "facets": self._facets().tables}

    def take_tables(self, read):
        """Keep the tables a helper read (`tables`) if they are of the index this view reads."""
        identity, tables = read
        if identity == self._identity():
            self._backend.cached("versions", lambda: tables["versions"])
            self._backend.cached("facets", lambda: FacetTable(tables["facets"]))

    def _identity(self):
        """The index generation and segments this view reads: another commit changes either."""
        reader = self._searcher.reader()
        return reader.generation(), tuple(segment.segment().segment_id() for segment, _ in reader.leaf_readers())

    def paragraph_ids(self, docnums):
        ids = self.column("django_id")
        return [int(ids[docnum]) for docnum in docnums]

    def matches(self, query, budget, limit=None):
        """One pass over the matches, in index order: [(score, docnum)] until `limit` are found.

        Returns the matches, whether they are all of them, how many index entries the pass went
        through, and why it stopped short ("" when it did not). Matching reads posting lists
        (`search.matching`; Whoosh's matchers for a query it does not handle), and only the
        matches returned are scored, but a word in half the archive would still cost more than
        it tells: the first hits are a fair sample of the rest, which is only counted by
        estimate. Exclusions are checked paragraph by paragraph in the same pass, so that the
        candidates they remove count as work too: the pass stops after `budget.candidates`
        candidates (or, as a last resort, after `budget.seconds`).
        """
        searcher = self._searcher
        positive, negative = (query.a, query.b) if isinstance(query, AndNot) else (query, None)
        try:
            segments = matching.segments(searcher, positive, negative)
        except matching.Unsupported:
            segments = _whoosh_segments(searcher, positive, negative)
        deadline = time.monotonic() + budget.seconds
        everything = searcher.doc_count_all()
        matches, candidates = [], 0
        for subsearcher, offset, hits in segments:
            for docnum, score in hits:
                if score is not None:
                    matches.append((score, offset + docnum))
                candidates += 1
                stopped = ""
                if candidates >= budget.candidates:
                    stopped = "candidates"
                elif candidates % 256 == 0 and time.monotonic() > deadline:
                    stopped = "seconds"
                if stopped or (limit is not None and len(matches) >= limit):
                    more = next(hits, None) is not None or offset + subsearcher.doc_count_all() < everything
                    return matches, not more, offset + docnum + 1, stopped if more else ""
        return matches, True, everything, ""


def _whoosh_segments(searcher, positive, negative):
    """`matching.segments` through Whoosh's own matchers, for a query `search.matching` does
    not handle (and as the reference its tests compare with)."""
    context = searcher.context()
    return [(subsearcher, offset, _whoosh_hits(subsearcher, context, positive, negative))
            for subsearcher, offset in searcher.leaf_searchers()]


def _whoosh_hits(subsearcher, context, positive, negative):
    matcher = positive.matcher(subsearcher, context)
    excluded = negative.matcher(subsearcher, subsearcher.boolean_context()) if negative is not None else None
    while matcher.is_active():
        docnum = matcher.id()
        yield docnum, None if excluded is not None and _has(excluded, docnum) else matcher.score()
        matcher.next()


def _has(matcher, docnum):
    """Does this (ascending) matcher match `docnum`? Moves it forward, never back."""
    if matcher.is_active() and matcher.id() < docnum:
        matcher.skip_to(docnum)
    return matcher.is_active() and matcher.id() == docnum
