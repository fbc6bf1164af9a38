"""Facet counts from the index: which documents, languages, years, resolutions and bodies the hits fall in.

Counting in the database took one query per 900 hits, and at archive scale a common word has
tens of thousands of hits. Instead, each open searcher reads the keyword fields' postings once
into per-paragraph tables; counting a query's hits is then a pass over its paragraph numbers.
"""
from collections import Counter, deque
from itertools import chain, compress, repeat

from .postings import Cursor

FIELDS = {"document": "document_key", "language": "language", "year": "year", "resolution": "resolutions", "body": "bodies"}


def unkeyword(value):
    """Back from the index's keyword form (see search_indexes.keyword)."""
    return value.replace("\uff0c", ",")


def keyword_table(reader, field):
    """(value names, [value numbers by paragraph number]) of a keyword field, live entries only:
    `()` for a paragraph without a value (or deleted).

    Read once per searcher, by every web worker after each commit, and kept in every worker:
    a list holds one pointer a paragraph, most of them to the one tuple of their value, where a
    dictionary keyed by paragraph number held an entry and an integer object a paragraph. It is
    filled by loops that run in C, a term's postings at a time; only the paragraphs that already
    had a value (several values of a field) are handled one by one."""
    raws = list(reader.lexicon(field))
    names = [unkeyword(raw.decode("utf-8")) for raw in raws]
    number_of = {raw: number for number, raw in enumerate(raws)}
    values = [()] * reader.doc_count_all()
    for segment, offset in reader.leaf_readers():
        for raw in segment.lexicon(field):
            one = (number_of[raw],)
            docnums = Cursor(segment, field, raw, positions=False).take(segment.doc_count_all()).read()[0]  # live entries only
            if offset:
                docnums = list(map(offset.__add__, docnums))
            earlier = [(docnum, values[docnum]) for docnum in compress(docnums, map(values.__getitem__, docnums))]
            deque(map(values.__setitem__, docnums, repeat(one)), maxlen=0)
            for docnum, numbers in earlier:
                values[docnum] = numbers + one
    return names, values


class FacetTable:
    """For one index reader: facet → (value names, [value numbers by paragraph number])."""

    def __init__(self, tables):
        self.tables = tables

    @classmethod
    def read(cls, reader):
        return cls({facet: keyword_table(reader, field) for facet, field in FIELDS.items()})

    def counts(self, docnums):
        """{facet: Counter of value → hits} over these paragraph numbers."""
        result = {}
        for facet, (names, values) in self.tables.items():
            counted = Counter(chain.from_iterable(map(values.__getitem__, docnums)))
            result[facet] = Counter({names[number]: count for number, count in counted.items()})
        return result
