"""Facet counts from the index: which documents, years, resolutions and bodies the hits fall in.

Counting in the database took one query per 900 hits, and at archive scale a common word has
tens of thousands of hits. Instead, each open searcher reads the keyword fields' postings once
into per-paragraph tables; counting a query's hits is then a pass over its paragraph numbers.
"""
from collections import Counter
from itertools import chain

FIELDS = {"document": "document_key", "year": "year", "resolution": "resolutions", "body": "bodies"}


def unkeyword(value):
    """Back from the index's keyword form (see search_indexes.keyword)."""
    return value.replace("\uff0c", ",")


def keyword_table(reader, field):
    """(value names, {paragraph number: value numbers}) of a keyword field, live entries only."""
    names, values = [], {}
    for raw in reader.lexicon(field):
        number = len(names)
        names.append(unkeyword(raw.decode("utf-8")))
        for docnum in reader.postings(field, raw).all_ids():
            values.setdefault(docnum, []).append(number)
    return names, {docnum: tuple(found) for docnum, found in values.items()}


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
