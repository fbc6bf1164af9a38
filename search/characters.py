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
from .postings import Cursor

KEPT = 32  # lists kept per index segment (a common character's list is large in a large archive)


def expansions(reader, unit):
    """The index terms of this reader whose paragraphs contain the lone `unit`: [(field, text)]."""
    exact = [("text", unit)] if is_cjk(unit) else [("text", unit), ("bigrams", unit)]
    starting = reader.expand_prefix("bigrams", unit if is_cjk(unit) else unit + " ")
    terms = [term for term in exact if term in reader] + [("bigrams", text) for text in starting]
    return [(field, text.decode("utf-8") if isinstance(text, bytes) else text) for field, text in terms]


def postings(reader, unit):
    """How many index entries matching `unit` would read: its cost, known before reading them."""
    return _kept(reader, "_lone_unit_postings", unit, lambda: sum(reader.doc_frequency(field, text) for field, text in expansions(reader, unit)))


def paragraphs(reader, unit):
    """Sorted paragraph numbers (within this reader) containing `unit`."""
    def read():
        found = set()
        for field, text in expansions(reader, unit):
            found.update(Cursor(reader, field, text, positions=False).take(reader.doc_count_all()).read()[0])
        return array("I", sorted(found))

    return _kept(reader, "_lone_units", unit, read)


def _kept(reader, name, unit, make):
    """`make()`, remembered on the reader (which never changes) for its last KEPT units."""
    cache = reader.__dict__.setdefault(name, OrderedDict())
    if unit in cache:
        cache.move_to_end(unit)
    else:
        cache[unit] = make()
        while len(cache) > KEPT:
            cache.popitem(last=False)
    return cache[unit]


class LoneUnit(Query):
    """Paragraphs containing any of these lone units (one, except for merged exclusions), all
    scored alike (`boost`)."""

    def __init__(self, *units, boost=1.0):
        self.units = units
        self.boost = boost

    def __repr__(self):
        return f"LoneUnit{self.units!r}"

    def __eq__(self, other):
        return isinstance(other, LoneUnit) and (self.units, self.boost) == (other.units, other.boost)

    def __hash__(self):
        return hash(("LoneUnit", self.units, self.boost))

    def estimate_size(self, ixreader):
        return len(self.paragraph_numbers(ixreader))

    def estimate_min_size(self, ixreader):
        return 0

    def matcher(self, searcher, context=None):
        ids = self.paragraph_numbers(searcher.reader())
        return SortedMatcher(ids, self.boost) if ids else NullMatcher()

    def paragraph_numbers(self, reader):
        """Sorted paragraph numbers (within this reader) containing any of the units."""
        if len(self.units) == 1:
            return paragraphs(reader, self.units[0])
        return array("I", sorted(set().union(*(paragraphs(reader, unit) for unit in self.units))))


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
