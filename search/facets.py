"""Facet counts from the index: which documents, languages, years, resolutions and bodies the hits fall in.

Counting in the database took one query per 900 hits, and at archive scale a common word has
tens of thousands of hits. Instead, each open searcher reads the keyword fields' postings once
into per-paragraph tables; counting a query's hits is then a pass over its paragraph numbers.
"""
from collections import Counter
from itertools import chain

from .postings import Cursor

FIELDS = {"document": "document_key", "language": "language", "year": "year", "resolution": "resolutions", "body": "bodies"}


def unkeyword(value):
    """Back from the index's keyword form (see search_indexes.keyword)."""
    return value.replace("\uff0c", ",")


def keyword_table(reader, field):
    """(value names, {paragraph number: value numbers}) of a keyword field, live entries only.

    Read once per searcher, by every web worker after each commit, so it is built with
    dictionary operations that run in C, a term's postings at a time: most paragraphs have
    one value of a field and share one tuple per value; only those with several are handled
    one by one."""
    raws = list(reader.lexicon(field))
    names = [unkeyword(raw.decode("utf-8")) for raw in raws]
    number_of = {raw: number for number, raw in enumerate(raws)}
    values = {}
    for segment, offset in reader.leaf_readers():
        for raw in segment.lexicon(field):
            one = (number_of[raw],)
            docnums = Cursor(segment, field, raw, positions=False).take(segment.doc_count_all()).read()[0]  # live entries only
            if offset:
                docnums = list(map(offset.__add__, docnums))
            earlier = {docnum: values[docnum] for docnum in values.keys() & docnums}
            values.update(dict.fromkeys(docnums, one))
            values.update({docnum: numbers + one for docnum, numbers in earlier.items()})
    return names, values


class FacetTable:
    """For one index reader: facet → (value names, {paragraph number: value numbers})."""

    def __init__(self, reader):
        self.tables = {facet: keyword_table(reader, field) for facet, field in FIELDS.items()}

    def counts(self, docnums):
        """{facet: Counter of value → hits} over these paragraph numbers."""
        result = {}
        for facet, (names, values) in self.tables.items():
            get = values.get
            counted = Counter(chain.from_iterable(get(docnum, ()) for docnum in docnums))
            result[facet] = Counter({names[number]: count for number, count in counted.items()})
        return result
