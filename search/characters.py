"""A lone character (or a lone Latin/digit word) as one sorted list of paragraph numbers.

The bigram field has no entry for a single character: a lone `的` is every bigram that starts
with it (`的人`, `的国`, … hundreds of terms) or the one-character word. Whoosh matches such an
`Or` as a tree of union matchers in Python, advancing every branch for every candidate, so a
few common characters (or a few excluded ones) cost seconds to minutes at archive scale. Here
the postings of those terms are read once, merged into one sorted list per index segment, and
matched by bisection; the list is kept while the searcher stays open.
"""
from array import array
from bisect import bisect_left
from collections import OrderedDict

from whoosh.matching import Matcher, NullMatcher, ReadTooFar
from whoosh.query import Query

from .analysis import is_cjk

KEPT = 32  # lists kept per index segment (a common character's list is ~0.4 MB at 100,000 paragraphs)


def expansions(reader, unit):
    """The index terms whose paragraphs contain the lone `unit`: [(field, text)]."""
    terms = [("text", unit)]
    if is_cjk(unit):
        terms += [("bigrams", text) for text in reader.expand_prefix("bigrams", unit)]
    else:
        terms.append(("bigrams", unit))
        terms += [("bigrams", text) for text in reader.expand_prefix("bigrams", unit + " ")]
    return [(field, text.decode("utf-8") if isinstance(text, bytes) else text) for field, text in terms]


def postings(reader, unit):
    """How many index entries matching `unit` reads (its cost, known before reading them)."""
    return _kept(reader, "_lone_unit_postings", unit, lambda: sum(reader.doc_frequency(field, text) for field, text in expansions(reader, unit)))


def paragraphs(reader, unit):
    """Sorted paragraph numbers (within this reader) containing `unit`."""
    def read():
        found = set()
        for field, text in expansions(reader, unit):
            if reader.doc_frequency(field, text):
                found.update(_ids(reader.postings(field, text)))
        if reader.has_deletions():
            found = {docnum for docnum in found if not reader.is_deleted(docnum)}
        return array("I", sorted(found))

    return _kept(reader, "_lone_units", unit, read)


def _kept(reader, name, unit, make):
    """`make()`, remembered on the reader for its last KEPT units (a reader never changes)."""
    cache = reader.__dict__.setdefault(name, OrderedDict())
    if unit in cache:
        cache.move_to_end(unit)
    else:
        cache[unit] = make()
        while len(cache) > KEPT:
            cache.popitem(last=False)
    return cache[unit]


def _ids(matcher):
    """A term's paragraph numbers, a block at a time where Whoosh's own posting reader allows
    (its generic `all_ids` costs two Python calls a posting). Deletions are removed by the caller."""
    leaf = getattr(matcher, "child", matcher)  # unwrap the per-term deletion filter
    if not all(hasattr(leaf, name) for name in ("_read_ids", "_next_block", "_blocklength")):
        yield from matcher.all_ids()
        return
    while leaf.is_active():
        leaf._read_ids()
        yield from leaf._ids[:leaf._blocklength]
        leaf._next_block()


class LoneUnit(Query):
    """Paragraphs containing one lone unit, all scored alike (`boost`)."""

    def __init__(self, unit, boost=1.0):
        self.unit = unit
        self.boost = boost

    def __repr__(self):
        return f"LoneUnit({self.unit!r})"

    def __eq__(self, other):
        return isinstance(other, LoneUnit) and (self.unit, self.boost) == (other.unit, other.boost)

    def __hash__(self):
        return hash(("LoneUnit", self.unit, self.boost))

    def estimate_size(self, ixreader):
        return min(postings(ixreader, self.unit), ixreader.doc_count_all())

    def estimate_min_size(self, ixreader):
        return 0

    def matcher(self, searcher, context=None):
        ids = paragraphs(searcher.reader(), self.unit)
        return SortedMatcher(ids, self.boost) if ids else NullMatcher()


class SortedMatcher(Matcher):
    """A sorted list of paragraph numbers with one score; skipping is a bisection."""

    def __init__(self, ids, score, position=0):
        self._ids = ids
        self._score = score
        self._i = position

    def is_active(self):
        return self._i < len(self._ids)

    def reset(self):
        self._i = 0

    def id(self):
        return self._ids[self._i]

    def next(self):
        if not self.is_active():
            raise ReadTooFar
        self._i += 1

    def skip_to(self, id):
        if not self.is_active():
            raise ReadTooFar
        self._i = bisect_left(self._ids, id, self._i)

    def all_ids(self):
        return iter(self._ids[self._i:])

    def copy(self):
        return SortedMatcher(self._ids, self._score, self._i)

    def replace(self, minquality=0):
        return self if self.is_active() else NullMatcher()

    def supports_block_quality(self):
        return False

    def weight(self):
        return 1.0

    def score(self):
        return self._score
