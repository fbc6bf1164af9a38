"""A term's postings in one index segment, read a block at a time.

Whoosh's own readers hand out one posting per Python call (`all_ids`, or a matcher's `next`,
`id`, `weight`, `value`), two or more calls a posting. Its block reader decodes a block of
postings (up to 128) at once; reading whole blocks through it is what makes matching with
posting lists (`search.matching`) and lone characters (`search.characters`) cheap. The block
reader's private parts are reached through search.whoosh_private only;
`tests/search/test_matching.py` checks what is read against Whoosh's own matchers.
"""
from bisect import bisect_left
from itertools import accumulate
from pickle import loads

from whoosh.formats import Positions
from whoosh.scoring import BM25FScorer, WeightLengthScorer
from whoosh.system import _INT_SIZE

from .ranking import bm25
from .whoosh_private import Blocks, deleted, length_score


class Cursor:
    """One term's postings in one segment, handed out window by window in paragraph order.

    A block's header says up to which paragraph it reaches, so `take(end)` costs a header read
    per block; a block is decoded only when a `Window` is read where it may hold something
    wanted, and then once, however many windows and query nodes read it."""

    def __init__(self, reader, fieldname, tbytes, positions):
        self.reader, self.positions = reader, positions
        matcher = reader.postings(fieldname, tbytes)
        self._start, self._blocks, self._last = 0, [], -1
        self._stored = Blocks.of(matcher)
        if self._stored is not None:
            self._position, self._more = self._stored.first, True
            return
        self._more = False  # postings inlined in the term's entry: one block, read now
        leaf = getattr(matcher, "child", matcher)  # unwrap the segment's deletion filter
        ids, weights, values = [], [], []
        while leaf.is_active():
            ids.append(leaf.id())
            weights.append(leaf.weight())
            values.append(leaf.value() if positions else None)
            leaf.next()
        block = _Block(0, ids[-1], None, len(ids))
        block.data = ids, weights, values if positions else None
        self._blocks, self._last = [block], ids[-1]

    def take(self, end):
        """The `Window` of the postings from the last window's end up to paragraph `end`."""
        while self._more and self._last < end - 1:
            last, length, following = self._stored.header(self._position)
            self._blocks.append(_Block(self._last + 1, last, self._position, length))
            self._last = last
            if following is None:
                self._more = False
            else:
                self._position = following
        window = Window(self, [block for block in self._blocks if block.first < end], self._start, end)
        self._start, self._blocks = end, [block for block in self._blocks if block.last >= end]
        return window

    def decoded(self, block):
        """(ids, weights, encoded values or None) of a block, as Whoosh's block reader decodes them."""
        if block.data is None:
            block.data = self._stored.decode(block.position, self.positions)
        return block.data


class _Block:
    """Where a block of postings is, which paragraphs it may hold, and once decoded, its postings."""
    __slots__ = ("first", "last", "position", "length", "data")

    def __init__(self, first, last, position, length):
        self.first, self.last, self.position, self.length, self.data = first, last, position, length, None


class Window:
    """A term's postings from paragraph `start` to `end` (excluded), not decoded yet."""

    def __init__(self, cursor, blocks, start, end):
        self._cursor, self._blocks, self.start, self.end = cursor, blocks, start, end

    def size(self):
        """At most how many postings the window holds, known without decoding."""
        return sum(block.length for block in self._blocks)

    def read(self, within=None):
        """(paragraph numbers, weights, encoded values or None), live entries only. `within`
        (sorted paragraph numbers): only the blocks that may hold one of them are decoded, so
        the term's other paragraphs may be missing."""
        positions = self._cursor.positions
        ids, weights, values = [], [], [] if positions else None
        for block in self._blocks:
            if within is not None:
                i = bisect_left(within, max(block.first, self.start))
                if i == len(within) or within[i] > min(block.last, self.end - 1):
                    continue
            block_ids, block_weights, block_values = self._cursor.decoded(block)
            first, stop = bisect_left(block_ids, self.start), bisect_left(block_ids, self.end)
            ids.extend(block_ids[first:stop])
            weights.extend(block_weights[first:stop])
            if positions:
                values.extend(block_values[first:stop])
        reader = self._cursor.reader
        if ids and reader.has_deletions():
            gone = deleted(reader)
            keep = [i for i, docnum in enumerate(ids) if docnum not in gone]
            if len(keep) < len(ids):
                ids = [ids[i] for i in keep]
                weights = [weights[i] for i in keep]
                values = [values[i] for i in keep] if positions else None
        return ids, weights, values


DECODED_KEPT = 100_000  # distinct encoded position lists remembered (a few MB at most)
_decoded = {}


def positions_decoder(format_):
    """value → positions, as `format_.decode_positions` gives them; for Whoosh's plain
    Positions format, with the deltas added up in C instead of a Python loop, and each distinct
    encoding decoded once: most postings hold one or two positions, so the same few thousand
    short values recur in every phrase of every query. (Not a cache of answers: what is kept
    is what a value means, the same for any query.)"""
    if type(format_) is not Positions:
        return format_.decode_positions

    def decode(value):
        positions = _decoded.get(value)
        if positions is None:
            if len(_decoded) >= DECODED_KEPT:
                _decoded.clear()
            body = value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b"."
            positions = _decoded[value] = tuple(accumulate(loads(body)))
        return positions

    return decode


def term_scorer(weighting, searcher, fieldname, tbytes, lengths):
    """score(docnum, weight): the score Whoosh's scorer for this term gives a posting. A
    length-based scorer (BM25F) gets the paragraph's field length from `lengths` (docnum →
    length, for this field), read once for all the terms of a field instead of once a term."""
    scorer = weighting.scorer(searcher, fieldname, tbytes)
    if type(scorer).score is not WeightLengthScorer.score:
        return lambda docnum, weight: scorer.score(_Posting(docnum, weight))
    length_of, score_of = scorer.dfl, length_score(scorer)
    if type(scorer) is BM25FScorer:  # whoosh.scoring.bm25 without its calls through the scorer
        idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1

        def score_of(tf, fl):
            return bm25(idf, tf, fl, avgfl, B, K1)

    def score(docnum, weight):
        length = lengths.get(docnum)
        if length is None:
            length = lengths[docnum] = length_of(docnum)
        return score_of(weight, length)

    return score


class _Posting:
    """The two things a Whoosh scorer asks of its matcher."""
    __slots__ = ("_id", "_weight")

    def __init__(self, docnum, weight):
        self._id, self._weight = docnum, weight

    def id(self):
        return self._id

    def weight(self):
        return self._weight
