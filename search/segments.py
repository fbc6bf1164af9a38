"""Bulk writes of index entries straight into a new Whoosh segment.

Whoosh's own writer spends most of an import in per-posting Python: it turns every token into
a Token object, puts every posting as a tuple into a pool, sorts all those tuples at commit,
then asks the per-document reader for the field length once per posting and hands the
postings one by one to the codec. Here the postings of a batch are gathered as they come (one
dict per field, term → postings in document order, each document's field lengths computed
once) and written through the same codec calls (start_field / start_term / blocks of postings /
finish_term), so the segment, its lexicon, lengths, stored fields and columns are the ones
Whoosh itself would write (tests/search/test_segments.py compares them). Everything else —
the write lock, deletions, the merge policy, the table of contents — is Whoosh's SegmentWriter.
"""
import itertools
import multiprocessing
from array import array
from collections import defaultdict, deque
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pickle import dumps

from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from unref.normalise import normalise_for_search

from .analysis import BigramTokenizer, ChineseTokenizer, bigrams, search_tokens, segmenter, units


def chinese_counts(normalised):
    """{word: frequency} of jieba's search-mode words (ChineseTokenizer's tokens), and their number."""
    counts = defaultdict(int)
    found = search_tokens(normalised)
    for word, _, _ in found:
        counts[word] += 1
    return counts, len(found)


def bigram_positions(normalised):
    """{bigram: [positions]} as BigramTokenizer numbers them (a gap between runs), and their number."""
    positions = defaultdict(list)
    position = count = 0
    for run in units(normalised):
        pairs = bigrams(run)
        for text, _, _ in pairs:
            position += 1
            positions[text].append(position)
        count += len(pairs)
        position += 1
    return positions, count


def encode_positions(found):
    """Whoosh's Positions.encode: the count, then the pickled deltas."""
    deltas, base = [], 0
    for position in found:
        deltas.append(position - base)
        base = position
    return pack_uint(len(deltas)) + dumps(deltas, 2)


@lru_cache(maxsize=4096)
def _frequency(freq, boost):
    """(weight, encoded value) of a Frequency posting: shared objects, as most frequencies are small."""
    return freq * boost, pack_uint(freq)


def analysed(field, value, normalised):
    """[(term, weight, encoded value)], length — what Whoosh's field.index(value) gives, faster
    for the two Chinese fields; None when the field is not one of them."""
    analyzer, format_ = field.analyzer, field.format
    boost = format_.field_boost
    if type(analyzer) is ChineseTokenizer and type(format_) is Frequency:
        counts, length = chinese_counts(normalised)
        return [(term, *_frequency(freq, boost)) for term, freq in counts.items()], length
    if type(analyzer) is BigramTokenizer and type(format_) is Positions:
        positions, length = bigram_positions(normalised)
        return [(term, len(found) * boost, encode_positions(found)) for term, found in positions.items()], length
    return None


def fast_fields(schema):
    """[(name, field)] of the fields `analysed` works out itself (the Chinese words and bigrams)."""
    return [(name, field) for name, field in schema.items() if field.indexed and analysed(field, "", "") is not None]


def analyse_chunk(fields, values):
    """The postings of some entries' `fields` ([(name, field)]), each entry given as the list of
    their values: ({field: {term: (docnums, weights, values, lengths)}} with docnums counted from
    0, [{field: length} of each entry])."""
    postings = {name: {} for name, _ in fields}
    lengths = []
    for docnum, entry in enumerate(values):
        normalised, found = {}, {}
        for (name, field), value in zip(fields, entry):
            if not isinstance(value, str):
                continue
            if value not in normalised:
                normalised[value] = normalise_for_search(value)[0]
            terms, length = analysed(field, value, normalised[value])
            found[name] = length = length if field.scorable else 0
            _gather(postings[name], docnum, terms, byte_to_length(length_to_byte(length)) if length else 0)
        lengths.append(found)
    return postings, lengths


def _gather(postings, docnum, terms, length):
    for term, weight, encoded in terms:
        lists = postings.get(term)
        if lists is None:
            postings[term] = ([docnum], [weight], [encoded], [length])
        else:
            lists[0].append(docnum)
            lists[1].append(weight)
            lists[2].append(encoded)
            lists[3].append(length)


CHUNK = 250  # entries analysed at a time
_helper_fields = []  # in a helper: the (name, field) pairs it analyses


def _start_helper(fields):
    _helper_fields[:] = fields


def _analyse_in_helper(values):
    return analyse_chunk(_helper_fields, values)


class Analysers:
    """Helper processes analysing the Chinese fields of entries ahead of the writer, while it
    writes: only those fields' text goes to them, their postings come back grouped by term.

    They are forked once the parent has loaded jieba's dictionary, so they start with it."""

    AHEAD = 4  # tasks in flight: the helpers stay busy while the writer commits a segment

    def __init__(self, schema, processes, size=CHUNK):
        segmenter()
        self.size = size
        self.fields = fast_fields(schema)
        self.pool = ProcessPoolExecutor(
            processes, mp_context=multiprocessing.get_context("fork"), initializer=_start_helper, initargs=(self.fields,),
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.shutdown(cancel_futures=True)

    def chunks(self, documents):
        """(entries, their analysis as analyse_chunk gives it) for `documents`, a chunk at a time, in order."""
        pending = deque()
        documents = iter(documents)
        while True:
            while len(pending) < self.AHEAD:
                chunk = list(itertools.islice(documents, self.size))
                if not chunk:
                    break
                values = [[entry.get(name) for name, _ in self.fields] for entry in chunk]
                pending.append((chunk, self.pool.submit(_analyse_in_helper, values)))
            if not pending:
                return
            chunk, future = pending.popleft()
            yield chunk, future.result()


def in_process_chunks(schema, documents, size=CHUNK):
    """What Analysers.chunks gives, analysed in this process."""
    fields = fast_fields(schema)
    documents = iter(documents)
    while chunk := list(itertools.islice(documents, size)):
        yield chunk, analyse_chunk(fields, [[entry.get(name) for name, _ in fields] for entry in chunk])


class BulkSegmentWriter(SegmentWriter):
    """A SegmentWriter that gathers postings in memory, field by field, and writes them at once."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        if any(field.vector or field.separate_spelling() for _, field in self.schema.items()):
            raise ValueError("term vectors and separate spelling fields are not written here")
        # field → term (str for the Chinese fields, bytes otherwise) → (docnums, weights, values, lengths)
        self._postings = {}
        self._repeated = {}  # (field, value) → analysed postings: document-level values recur per paragraph
        self._fast = fast_fields(self.schema)

    def add_document(self, **fields):
        self.add_chunk([fields], analyse_chunk(self._fast, [[fields.get(name) for name, _ in self._fast]]))

    def add_chunk(self, entries, analysis):
        """Add `entries`, their Chinese fields analysed already (`analyse_chunk`)."""
        self._check_state()
        base = self.docnum
        for name, terms in analysis[0].items():
            postings = self._postings.setdefault(name, {})
            for term, lists in terms.items():
                if base:
                    lists = ([docnum + base for docnum in lists[0]], *lists[1:])
                have = postings.get(term)
                if have is None:
                    postings[term] = lists
                else:
                    for into, more in zip(have, lists):
                        into.extend(more)
        for fields, lengths in zip(entries, analysis[1]):
            self._add_others(fields, lengths)

    def _add_others(self, fields, lengths):
        """Per-document data of every field, and the postings of the fields not analysed yet."""
        schema = self.schema
        docnum = self.docnum
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        for name in sorted(fields):
            value = fields[name]
            if value is None or name.startswith("_"):
                continue
            field = schema[name]
            length = lengths.get(name, 0)
            if field.indexed and name not in lengths:
                terms, length = self._analyse(name, field, value)
                if not field.scorable:
                    length = 0
                stored_length = byte_to_length(length_to_byte(length)) if length else 0
                postings = self._postings.get(name)
                if postings is None:
                    postings = self._postings[name] = {}
                _gather(postings, docnum, terms, stored_length)
            perdoc.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(name, column, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _analyse(self, name, field, value):
        key = (name, value if isinstance(value, str) else repr(value))
        cached = self._repeated.get(key)
        if cached is None:
            terms, length = [], 0
            for term, freq, weight, encoded in field.index(value):
                terms.append((term, weight, encoded))
                length += freq
            cached = self._repeated[key] = (terms, length)
        return cached

    def _flush_segment(self):
        """Write the gathered postings (and any a merge put in Whoosh's pool) to the new segment."""
        self.perdocwriter.close()
        if self.pool.current or self.pool.runs:
            self._take_pool()
        write_postings(self.fieldwriter, self.schema, self._postings)
        self.fieldwriter.close()

    def _take_pool(self):
        """Postings of segments merged into this one (their documents come after ours)."""
        lengths = self.per_document_reader()
        fast = {name for name, _ in self._fast}
        try:
            for name, btext, docnum, weight, encoded in self.pool.iter_postings():
                postings = self._postings.setdefault(name, {})
                term = btext.decode("utf-8") if name in fast else btext
                lists = postings.setdefault(term, ([], [], [], []))
                lists[0].append(docnum)
                lists[1].append(weight)
                lists[2].append(encoded if encoded is not None else b"")
                lists[3].append(lengths.doc_field_length(docnum, name))
        finally:
            lengths.close()


def write_postings(fieldwriter, schema, postings):
    """Every field's terms in byte order, each term's postings in blocks as W3PostingsWriter cuts them."""
    for name in sorted(postings):
        terms = postings[name]
        if not terms:
            continue
        fieldwriter.start_field(name, schema[name])
        writer = fieldwriter._postwriter
        for encoded, term in sorted((term.encode("utf-8") if isinstance(term, str) else term, term) for term in terms):
            fieldwriter.start_term(encoded)
            write_term(writer, *terms[term])
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def write_term(writer: W3PostingsWriter, docnums, weights, values, lengths):
    """What add_posting called once per posting leaves in the block buffers, a block at a time."""
    limit = writer._blocklimit
    total = len(docnums)
    for start in range(0, total, limit):
        end = min(start + limit, total)
        writer._ids = array("I", docnums[start:end])
        block_weights = weights[start:end]
        writer._weights = array("f", block_weights)
        writer._values = [value for value in values[start:end] if value]
        writer._maxweight = max(0, max(block_weights))
        block_lengths = [length for length in lengths[start:end] if length]
        writer._minlength = min(block_lengths) if block_lengths else None
        writer._maxlength = max(block_lengths) if block_lengths else 0
        if end < total:
            writer._write_block()
