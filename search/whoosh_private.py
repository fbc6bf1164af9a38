"""Every use of Whoosh's private attributes, in one module, for one Whoosh version.

Reading and writing postings a block at a time (search.postings, search.segments) is what makes
the embedded engine fast, and Whoosh offers no public way to do it: its block reader
(`W3LeafMatcher`) and block writer (`W3PostingsWriter`) keep their buffers in private
attributes. Whoosh 2.7.4 is pinned and final (no release since 2016), so these names do not
move; `PINNED` says which version they were read from, and `version_problem()` says so when
another is installed (the engine's health check reports it). What they read and
write is checked against Whoosh's own readers and writer by tests/search/test_matching.py and
tests/search/test_segments.py.
"""
from array import array
from itertools import accumulate

import whoosh

PINNED = (2, 7, 4)

_LEAF = ("_baseoffset", "_goto", "_maxid", "_blocklength", "_lastblock", "_nextoffset", "_read_data", "_data", "_byteids",
         "_read_weights", "_weights", "_read_values", "_values")


def version_problem(installed=whoosh.__version__):
    """Why the private attributes below cannot be trusted ("" when the installed Whoosh is the
    pinned one); the embedded engine's health check (and `check --deploy`) reports it."""
    if tuple(installed[:3]) == PINNED:
        return ""
    return (f"whoosh {'.'.join(map(str, installed))} is installed; the embedded search engine reads and writes the "
            f"private block structures of whoosh {'.'.join(map(str, PINNED))} (search/whoosh_private.py): install that version")


class Blocks:
    """A term's postings in one segment as Whoosh's block reader stores them: a chain of blocks,
    each with a header (last paragraph number, length, where the next block starts)."""

    def __init__(self, leaf):
        self._leaf = leaf

    @classmethod
    def of(cls, matcher):
        """The blocks under a segment's matcher, or None when the postings are inlined in the
        term's entry (a term in few paragraphs), which only the public matcher reads."""
        leaf = getattr(matcher, "child", matcher)  # unwrap the segment's deletion filter
        return cls(leaf) if all(hasattr(leaf, name) for name in _LEAF) else None

    @property
    def first(self):
        """Where the first block starts."""
        return self._leaf._baseoffset

    def header(self, position):
        """(last paragraph number, length, position of the next block or None) of the block at `position`."""
        leaf = self._leaf
        leaf._goto(position)
        return leaf._maxid, leaf._blocklength, None if leaf._lastblock else leaf._nextoffset

    def decode(self, position, values):
        """(ids, weights, encoded values or None) of the block at `position`, as Whoosh decodes them."""
        leaf = self._leaf
        leaf._goto(position)
        leaf._read_data()
        data, length = leaf._data, leaf._blocklength
        ids = list(data[0]) if leaf._byteids else list(accumulate(data[0]))
        leaf._read_weights()
        if values:
            leaf._read_values()
        return ids[:length], leaf._weights[:length], leaf._values[:length] if values else None


def deleted(reader):
    """The segment's deleted paragraph numbers, kept on the reader (which never changes)."""
    if "_deleted_docnums" not in reader.__dict__:
        reader._deleted_docnums = frozenset(range(reader.doc_count_all())) - frozenset(reader.all_doc_ids())
    return reader._deleted_docnums


def length_score(scorer):
    """score(weight, field length) of a length-based scorer (`WeightLengthScorer._score`)."""
    return scorer._score


def postings_writer(fieldwriter):
    """The block writer behind a segment's field writer."""
    return fieldwriter._postwriter


def write_blocks(writer, postings):
    """What `add_posting` called once per posting leaves in the block writer's buffers, a block
    at a time: every block written but the last, which `finish_term` writes. `postings`:
    [(docnum, weight, encoded value, field length)] in paragraph order."""
    limit = writer._blocklimit
    total = len(postings)
    for start in range(0, total, limit):
        docnums, weights, values, lengths = zip(*postings[start:start + limit])
        writer._ids = array("I", docnums)
        writer._weights = array("f", weights)
        writer._values = [value for value in values if value]
        writer._maxweight = max(0, max(weights))
        lengths = [length for length in lengths if length]
        writer._minlength = min(lengths) if lengths else None
        writer._maxlength = max(lengths) if lengths else 0
        if start + limit < total:
            writer._write_block()
