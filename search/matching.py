"""Matching a built query with whole posting lists instead of Whoosh's tree of matchers.

Whoosh matches in Python one posting at a time: an `And` leapfrogs its terms' lists, a phrase
does so across all its bigrams and decodes positions for every paragraph holding them, an `Or`
advances every branch for every hit, and every hit is scored as it goes. At archive scale that
is most of a search's time. Here each segment is read in windows of paragraphs (a pass that
stops after its first few hundred hits reads no further); in a window, each term's paragraph
numbers are decoded a block at a time (Whoosh's own block decoder), `And`/`Or` become set
operations in C, the terms that must all match are read rarest first and the others only in
the blocks where those before meet, a phrase's positions are checked only for paragraphs
holding all its bigrams, and a paragraph is scored only when it is returned — with Whoosh's
own scorer objects and the query's boosts, combined as Whoosh's matchers combine them, so the
scores are Whoosh's (to float rounding).

Query nodes handled: Term, Phrase (exact, slop 1), And, Or, Prefix, LoneUnit, NullQuery. For
any other, `segments` raises `Unsupported` before reading anything and the caller matches with
Whoosh's matchers. Postings are read by `search.postings`, the one module touching Whoosh's
private attributes.
"""
from bisect import bisect_left

from whoosh.query import And, AndNot, NullQuery, Or, Phrase, Prefix, Term

from .characters import LoneUnit
from .postings import Cursor, positions_decoder, term_scorer
from .ranking import boosted, tree_sum

FIRST_WINDOW = 1024  # paragraphs; each next window of a pass is twice as wide


class Unsupported(Exception):
    """A query node matched here would not answer exactly as Whoosh does."""


def check(query, schema):
    """Raise `Unsupported` unless every node of `query` is handled here."""
    if query is NullQuery or type(query) in (Term, Prefix, LoneUnit):
        return
    if type(query) is Phrase:
        field = schema[query.fieldname] if query.fieldname in schema else None
        if query.slop != 1 or field is None or not (field.format and field.format.supports("positions")):
            raise Unsupported(repr(query))
        return
    if type(query) in (And, Or):
        for sub in query.subqueries:
            check(sub, schema)
        return
    if type(query) is AndNot:
        check(query.a, schema)
        check(query.b, schema)
        return
    raise Unsupported(repr(query))


def segments(searcher, positive, negative=None, first_window=None):
    """For each segment: (subsearcher, offset, hits), `hits` yielding, in paragraph order, every
    paragraph `positive` matches as (docnum, score), score None when `negative` matches it too.
    Nothing is read until a segment's hits are asked for."""
    check(positive, searcher.schema)
    if negative is not None:
        check(negative, searcher.schema)
    weighting, widths = searcher.context().weighting, _widths(first_window or FIRST_WINDOW)
    return [(subsearcher, offset, _hits(subsearcher, weighting, positive, negative, widths))
            for subsearcher, offset in searcher.leaf_searchers()]


def _hits(subsearcher, weighting, positive, negative, widths):
    segment = _Segment(subsearcher, weighting)
    start, size = 0, subsearcher.doc_count_all()
    while start < size:
        end = min(size, start + next(widths))
        segment.window(end)
        found = segment.bind(positive)
        found.find(None)
        excluded = None
        if negative is not None and found.members:
            excluded = segment.bind(negative)
            excluded.find(sorted(found.members))
        for docnum in sorted(found.members):
            if found.exact or found.holds(docnum):
                yield docnum, None if excluded is not None and excluded.holds(docnum) else found.score(docnum)
        start = end


def _widths(width):
    while True:
        yield width
        width *= 2


class _Segment:
    """Query nodes over one window of one segment's searcher, each term's postings read once
    per window however often the query names it."""

    def __init__(self, searcher, weighting):
        self.searcher, self.reader, self.weighting = searcher, searcher.reader(), weighting
        self.cursors, self.scorers, self.decoders, self.prefixes, self.windows = {}, {}, {}, {}, {}
        self.lengths = {}  # field → {paragraph number: field length}, shared by the terms scored
        self.start = self.end = 0

    def window(self, end):
        self.start, self.end, self.windows = self.end, end, {}

    def bind(self, query):
        if query is NullQuery:
            return _Nothing()
        if type(query) is Term:
            return self.term(query.fieldname, query.text, query.boost) or _Nothing()
        if type(query) is Phrase:
            terms = [self.term(query.fieldname, word, 1.0) for word in query.words]
            return _Phrase(terms, query.boost) if all(terms) else _Nothing()
        if type(query) is LoneUnit:
            ids = query.paragraph_numbers(self.reader)
            return _Constant(ids[bisect_left(ids, self.start):bisect_left(ids, self.end)], query.boost)
        if type(query) is Prefix:
            return self.prefix(query)
        if type(query) is AndNot:
            return _Without(self.bind(query.a), self.bind(query.b))
        subs = query.subqueries  # And, Or: one subquery is matched alone, its boost unused
        if not subs:
            return _Nothing()
        if len(subs) == 1:
            return self.bind(subs[0])
        nodes = [self.bind(sub) for sub in subs]
        return _All(nodes, query.boost) if type(query) is And else _Any(nodes, query.boost)

    def prefix(self, query):
        """As Whoosh matches a Prefix (a constant-score MultiTerm): no term, nothing; one term,
        that term, unboosted; two, or any number in a segment of over 5,000 entries, the boosted
        sum of the terms' scores; else (Whoosh then preloads an unscored union) 1.0 wherever one
        matches."""
        key = (query.fieldname, query.text)
        if key not in self.prefixes:
            in_schema = query.fieldname in self.searcher.schema
            self.prefixes[key] = list(self.reader.expand_prefix(*key)) if in_schema else []
        words = self.prefixes[key]
        terms = [term for term in (self.term(query.fieldname, word, 1.0) for word in words) if term]
        if len(terms) < 2:
            return terms[0] if terms else _Nothing()
        if len(words) >= Or.TOO_MANY_CLAUSES or (len(words) > 2 and self.searcher.doc_count_all() <= 5000):
            return _Unscored(terms)
        return _Any(terms, query.boost)

    def term(self, fieldname, text, boost):
        """A term's node over the window, or None when the segment does not hold the term
        (Whoosh: a NullMatcher)."""
        schema = self.searcher.schema
        if fieldname not in schema:
            return None
        field = schema[fieldname]
        try:
            tbytes = field.to_bytes(text)
        except ValueError:
            return None
        key = (fieldname, tbytes)
        if key not in self.cursors:
            held = key in self.reader
            positions = bool(field.format and field.format.supports("positions"))
            self.cursors[key] = Cursor(self.reader, fieldname, tbytes, positions) if held else None
            lengths = self.lengths.setdefault(fieldname, {})
            self.scorers[key] = term_scorer(self.weighting, self.searcher, fieldname, tbytes, lengths) if held else None
            self.decoders[key] = positions_decoder(field.format) if positions else None
        if self.cursors[key] is None:
            return None
        if key not in self.windows:
            self.windows[key] = self.cursors[key].take(self.end)
        return _Term(self.windows[key], self.decoders[key], self.scorers[key], boost)


# Each node over one window: `find(within)` reads what it needs, once, for the paragraphs
# `within` (sorted; None for all) and sets `members`, the paragraph numbers among them it may
# match (exactly those it matches when `exact`); `holds(docnum)`, does it match (asked only of
# paragraphs within); `score(docnum)`, Whoosh's score there, None where it does not match;
# `size()`, at most how many it matches, known before reading.

class _Nothing:
    exact = True
    members = frozenset()

    def find(self, within):
        pass

    def size(self):
        return 0

    def holds(self, docnum):
        return False

    def score(self, docnum):
        return None


class _Constant:
    """LoneUnit: a sorted array of paragraphs, all scored alike."""
    exact = True

    def __init__(self, members, score):
        self.members, self._score = members, score

    def find(self, within):
        pass

    def size(self):
        return len(self.members)

    def holds(self, docnum):
        return _in_sorted(self.members, docnum)

    def score(self, docnum):
        return self._score if _in_sorted(self.members, docnum) else None


class _Term:
    """`members` is the sorted list itself: looked up by bisection, never made a set."""
    exact = True

    def __init__(self, window, decode, scorer, boost):
        self._window, self._decode, self._scorer, self._boost = window, decode, scorer, boost
        self.members = None

    def find(self, within):
        self.members, self._weights, self._values = self._window.read(within)

    def size(self):
        return self._window.size()

    def holds(self, docnum):
        return _in_sorted(self.members, docnum)

    def score(self, docnum):
        i = bisect_left(self.members, docnum)
        if i == len(self.members) or self.members[i] != docnum:
            return None
        score = self._scorer(docnum, self._weights[i])
        return boosted(score, self._boost)

    def positions(self, docnum):
        return self._decode(self._values[bisect_left(self.members, docnum)])


class _Phrase:
    """Bigrams at consecutive positions (Whoosh's SpanNear2 with slop 1), scored as the sum of
    its terms' scores in Whoosh's binary tree order."""
    exact = False

    def __init__(self, terms, boost):
        self._terms, self._boost = terms, boost
        self._checked, self.members = {}, None

    def find(self, within):
        self.members = _meeting(self._terms, within)

    def size(self):
        return min(term.size() for term in self._terms)

    def holds(self, docnum):
        if docnum not in self.members:
            return False
        if docnum not in self._checked:
            starts = set(self._terms[0].positions(docnum))
            for shift, term in enumerate(self._terms[1:], start=1):
                if not starts:
                    break
                starts &= {position - shift for position in term.positions(docnum)}
            self._checked[docnum] = bool(starts)
        return self._checked[docnum]

    def score(self, docnum):
        if not self.holds(docnum):
            return None
        score = tree_sum([term.score(docnum) for term in self._terms])
        return boosted(score, self._boost)


class _All:
    def __init__(self, nodes, boost):
        self._nodes, self._boost = nodes, boost
        self.exact, self.members = all(node.exact for node in nodes), None

    def find(self, within):
        self.members = _meeting(self._nodes, within)

    def size(self):
        return min(node.size() for node in self._nodes)

    def holds(self, docnum):
        return docnum in self.members and (self.exact or all(node.holds(docnum) for node in self._nodes))

    def score(self, docnum):
        if not self.holds(docnum):
            return None
        score = sum(node.score(docnum) for node in self._nodes)
        return boosted(score, self._boost)


class _Any:
    def __init__(self, nodes, boost):
        self._nodes, self._boost = nodes, boost
        self.exact, self.members = all(node.exact for node in nodes), None

    def find(self, within):
        for node in self._nodes:
            node.find(within)
        self._nodes = [node for node in self._nodes if node.members]
        self.members = set().union(*(node.members for node in self._nodes))

    def size(self):
        return sum(node.size() for node in self._nodes)

    def holds(self, docnum):
        return docnum in self.members and (self.exact or any(node.holds(docnum) for node in self._nodes))

    def score(self, docnum):
        scores = [score for score in (node.score(docnum) for node in self._nodes) if score is not None]
        if not scores:
            return None
        score = sum(scores)
        return boosted(score, self._boost)


class _Without:
    """AndNot inside a query (a form, not where it is part of a longer name): the paragraphs the
    first node matches and the second does not, scored as the first (Whoosh's AndNot)."""

    def __init__(self, positive, negative):
        self._positive, self._negative = positive, negative
        self.exact, self.members = False, None

    def find(self, within):
        self._positive.find(within)
        self.members = self._positive.members
        if self.members:
            self._negative.find(within)

    def size(self):
        return self._positive.size()

    def holds(self, docnum):
        return self._positive.holds(docnum) and not (self._negative.members and self._negative.holds(docnum))

    def score(self, docnum):
        return self._positive.score(docnum) if self.holds(docnum) else None


class _Unscored(_Any):
    """Whoosh's preloaded union of a prefix's terms, when the context is unscored: 1.0."""

    def __init__(self, nodes):
        super().__init__(nodes, 1.0)

    def score(self, docnum):
        return 1.0 if self.holds(docnum) else None


def _meeting(nodes, within):
    """The paragraphs where all the nodes may match: the smallest read first, each next one
    only where those before meet."""
    meet = None
    for node in sorted(nodes, key=lambda node: node.size()):
        node.find(within)
        meet = set(node.members) if meet is None else meet.intersection(node.members)
        if not meet:
            for rest in nodes:
                if rest.members is None:  # never read: matches nothing asked of it
                    rest.members = ()
            return set()
        within = sorted(meet)
    return meet


def _in_sorted(ids, docnum):
    i = bisect_left(ids, docnum)
    return i < len(ids) and ids[i] == docnum
