"""Matching a built query with whole posting lists instead of Whoosh's tree of matchers.

Whoosh matches in Python one posting at a time: an `And` leapfrogs its terms' lists, a phrase
does so across all its bigrams and decodes positions for every paragraph holding them, an `Or`
advances every branch for every hit, and every hit is scored as it goes. At archive scale that
is most of a search's time. Here, per index segment, each term's paragraph numbers are read a
block at a time (Whoosh's own block decoder), `And`/`Or` become set operations in C, a phrase's
positions are checked only for paragraphs holding all its bigrams, and a paragraph is scored
only when it is returned — with Whoosh's own scorer objects and the query's boosts, following
the way Whoosh's matchers combine them, so the scores are Whoosh's (to float rounding).

Query nodes handled: Term, Phrase (exact, slop 1), And, Or, Prefix, LoneUnit, NullQuery. For
any other, `segments` raises `Unsupported` before reading anything and the caller matches with
Whoosh's matchers. Postings are read by `search.postings`, the one module touching Whoosh's
private attributes.
"""
from bisect import bisect_left

from whoosh.query import And, NullQuery, Or, Phrase, Prefix, Term

from .characters import LoneUnit
from .postings import read


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
    raise Unsupported(repr(query))


def segments(searcher, positive, negative=None):
    """For each segment: (subsearcher, offset, hits), `hits` yielding, in paragraph order, every
    paragraph `positive` matches as (docnum, score), score None when `negative` matches it too.
    Nothing is read until a segment's hits are asked for."""
    check(positive, searcher.schema)
    if negative is not None:
        check(negative, searcher.schema)
    weighting = searcher.context().weighting
    return [(subsearcher, offset, _hits(subsearcher, weighting, positive, negative))
            for subsearcher, offset in searcher.leaf_searchers()]


def _hits(subsearcher, weighting, positive, negative):
    found = bind(positive, subsearcher, weighting)
    excluded = bind(negative, subsearcher, weighting) if negative is not None else None
    for docnum in sorted(found.members):
        if found.exact or found.holds(docnum):
            yield docnum, None if excluded is not None and excluded.holds(docnum) else found.score(docnum)


def bind(query, searcher, weighting):
    """The node for `query` over one segment's searcher."""
    if query is NullQuery:
        return _Nothing()
    if type(query) is Term:
        return _term(searcher, weighting, query.fieldname, query.text, query.boost) or _Nothing()
    if type(query) is Phrase:
        terms = [_term(searcher, weighting, query.fieldname, word, 1.0, positions=True) for word in query.words]
        return _Phrase(terms, query.boost) if all(terms) else _Nothing()
    if type(query) is LoneUnit:
        return _Constant(query.paragraph_numbers(searcher.reader()), query.boost)
    if type(query) is Prefix:
        return _prefix(query, searcher, weighting)
    subs = query.subqueries  # And, Or: one subquery is matched alone, its boost unused
    if not subs:
        return _Nothing()
    if len(subs) == 1:
        return bind(subs[0], searcher, weighting)
    nodes = [bind(sub, searcher, weighting) for sub in subs]
    return _All(nodes, query.boost) if type(query) is And else _Any(nodes, query.boost)


def _prefix(query, searcher, weighting):
    """As Whoosh matches a Prefix (a constant-score MultiTerm): no term, nothing; one term, that
    term, unboosted; two, or any number in a segment of over 5,000 entries, the boosted sum of
    the terms' scores; else (Whoosh then preloads an unscored union) 1.0 wherever one matches."""
    words = list(searcher.reader().expand_prefix(query.fieldname, query.text)) if query.fieldname in searcher.schema else []
    terms = [term for term in (_term(searcher, weighting, query.fieldname, word, 1.0) for word in words) if term]
    if len(terms) < 2:
        return terms[0] if terms else _Nothing()
    if len(words) >= Or.TOO_MANY_CLAUSES or (len(words) > 2 and searcher.doc_count_all() <= 5000):
        return _Constant(sorted(set().union(*(term.members for term in terms))), 1.0)
    return _Any(terms, query.boost)


def _term(searcher, weighting, fieldname, text, boost, positions=False):
    """A term's node, or None when the segment does not hold it (Whoosh: a NullMatcher)."""
    if fieldname not in searcher.schema:
        return None
    field = searcher.schema[fieldname]
    try:
        tbytes = field.to_bytes(text)
    except ValueError:
        return None
    reader = searcher.reader()
    if (fieldname, tbytes) not in reader:
        return None
    ids, weights, values = read(reader, fieldname, tbytes, positions)
    scorer = weighting.scorer(searcher, fieldname, tbytes)
    return _Term(ids, weights, values, field.format, scorer, boost)


class _Posting:
    """The two things a Whoosh scorer asks of its matcher."""
    __slots__ = ("_id", "_weight")

    def __init__(self, docnum, weight):
        self._id, self._weight = docnum, weight

    def id(self):
        return self._id

    def weight(self):
        return self._weight


# Each node over one segment: `members`, the paragraph numbers it may match (exactly those it
# matches when `exact`); `holds(docnum)`, does it match; `score(docnum)`, Whoosh's score there.

class _Nothing:
    exact = True
    members = frozenset()

    def holds(self, docnum):
        return False


class _Constant:
    """LoneUnit: a sorted array of paragraphs, all scored alike."""
    exact = True

    def __init__(self, members, score):
        self.members, self._score = members, score

    def holds(self, docnum):
        return _in_sorted(self.members, docnum)

    def score(self, docnum):
        return self._score


class _Term:
    exact = True

    """`members` is the sorted list itself: looked up by bisection, never made a set."""

    def __init__(self, ids, weights, values, format_, scorer, boost):
        self.members, self._weights, self._values = ids, weights, values
        self._format, self._scorer, self._boost = format_, scorer, boost

    def holds(self, docnum):
        return _in_sorted(self.members, docnum)

    def score(self, docnum):
        score = self._scorer.score(_Posting(docnum, self._weights[bisect_left(self.members, docnum)]))
        return score * self._boost if self._boost != 1.0 else score

    def positions(self, docnum):
        return self._format.decode_as("positions", self._values[bisect_left(self.members, docnum)])


class _Phrase:
    """Bigrams at consecutive positions (Whoosh's SpanNear2 with slop 1), scored as the sum of
    its terms' scores in Whoosh's binary tree order."""
    exact = False

    def __init__(self, terms, boost):
        self._terms, self._boost = terms, boost
        self.members = _intersection(terms)
        self._checked = {}

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
        score = _tree_sum([term.score(docnum) for term in self._terms])
        return score * self._boost if self._boost != 1.0 else score


class _All:
    def __init__(self, nodes, boost):
        self._nodes, self._boost = nodes, boost
        self.exact = all(node.exact for node in nodes)
        self.members = _intersection(nodes)

    def holds(self, docnum):
        return docnum in self.members and (self.exact or all(node.holds(docnum) for node in self._nodes))

    def score(self, docnum):
        score = sum(node.score(docnum) for node in self._nodes)
        return score * self._boost if self._boost != 1.0 else score


class _Any:
    def __init__(self, nodes, boost):
        self._nodes, self._boost = [node for node in nodes if node.members], boost
        self.exact = all(node.exact for node in self._nodes)
        self.members = set().union(*(node.members for node in self._nodes))

    def holds(self, docnum):
        return docnum in self.members and (self.exact or any(node.holds(docnum) for node in self._nodes))

    def score(self, docnum):
        score = sum(node.score(docnum) for node in self._nodes if node.holds(docnum))
        return score * self._boost if self._boost != 1.0 else score


def _in_sorted(ids, docnum):
    i = bisect_left(ids, docnum)
    return i < len(ids) and ids[i] == docnum


def _intersection(nodes):
    """The paragraph numbers in every node's candidates, starting from the fewest."""
    ordered = sorted(nodes, key=lambda node: len(node.members))
    found = set(ordered[0].members)
    for node in ordered[1:]:
        if not found:
            break
        found.intersection_update(node.members)
    return found


def _tree_sum(scores):
    """Scores added as Whoosh's binary tree of intersection matchers adds them."""
    if len(scores) == 1:
        return scores[0]
    half = len(scores) // 2
    return _tree_sum(scores[:half]) + _tree_sum(scores[half:])
