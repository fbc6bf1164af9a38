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
Bulk writes run several of these writers at once, in helper processes (search/parallel.py).
The block writer's private buffers are filled through search.whoosh_private only.
"""
from functools import lru_cache
from pickle import dumps

from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID
from whoosh.formats import Existence, Frequency, Positions
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from unref.normalise import normalise_for_search

from .analysis import (
    BigramTokenizer,
    ChineseTokenizer,
    bigram_positions,
    chinese_counts,
)
from .whoosh_private import postings_writer, write_blocks

# Posting blocks are written uncompressed. A search decodes every block it reads, and Whoosh's
# zlib was a tenth of a search's time, while the index lives in the page cache either way; the
# price is an index about twice as large (figures in docs/benchmarks.md). Blocks written
# compressed by earlier versions are still read (each block says whether it is).
CODEC = W3Codec(compression=0)

def encode_positions(found):
    """Whoosh's Positions.encode: the count, then the pickled deltas."""
    if len(found) == 1:  # most bigrams occur once in a paragraph
        return _one_position(found[0])
    deltas, base = [], 0
    for position in found:
        deltas.append(position - base)
        base = position
    return pack_uint(len(deltas)) + dumps(deltas, 2)


@lru_cache(maxsize=4096)
def _one_position(position):
    return pack_uint(1) + dumps([position], 2)


@lru_cache(maxsize=4096)
def _frequency(freq, boost):
    """(weight, encoded value) of a Frequency posting: shared objects, as most frequencies are small."""
    return freq * boost, pack_uint(freq)


def _kind(field):
    """"words" or "bigrams" for the two Chinese fields as search.backends defines them, else None."""
    if type(field.analyzer) is ChineseTokenizer and type(field.format) is Frequency:
        return "words"
    if type(field.analyzer) is BigramTokenizer and type(field.format) is Positions:
        return "bigrams"
    return None


def fast_fields(schema):
    """[(name, field)] of the fields `analyse_chunk` works out (the Chinese words and bigrams)."""
    return [(name, field) for name, field in schema.items() if field.indexed and _kind(field)]


def analyse_chunk(fields, values, base, postings):
    """Gather into `postings` ({field: {term: [(docnum, weight, value, length)]}}) the postings
    of some entries' `fields` ([(name, field)]), each entry given as the list of their values,
    with docnums counted from `base`: what Whoosh's field.index(value) gives for each. Returns
    [{field: length} of each entry]. Each field's postings are gathered in one loop, without a
    list of terms built for each entry first."""
    plan = [(postings.setdefault(name, {}), name, field.format.field_boost, field.scorable, _kind(field) == "words") for name, field in fields]
    lengths = []
    for docnum, entry in enumerate(values, base):
        normalised, found = {}, {}
        for (into, name, boost, scorable, words), value in zip(plan, entry):
            if not isinstance(value, str):
                continue
            if value not in normalised:
                normalised[value] = normalise_for_search(value)[0]
            if words:
                counts, length = chinese_counts(normalised[value])
            else:
                positions, length = bigram_positions(normalised[value])
            found[name] = length = length if scorable else 0
            length = _stored_length(length)
            if words:
                for term, freq in counts.items():
                    have = into.get(term)
                    if have is None:
                        into[term] = [(docnum, *_frequency(freq, boost), length)]
                    else:
                        have.append((docnum, *_frequency(freq, boost), length))
            else:
                for term, at in positions.items():
                    have = into.get(term)
                    if have is None:
                        into[term] = [(docnum, len(at) * boost, encode_positions(at), length)]
                    else:
                        have.append((docnum, len(at) * boost, encode_positions(at), length))
        lengths.append(found)
    return lengths


@lru_cache(maxsize=4096)
def _stored_length(length):
    """A field length as the segment keeps it (one byte): what every posting of the field carries."""
    return byte_to_length(length_to_byte(length)) if length else 0


def _gather(postings, docnum, terms, length):
    for term, weight, encoded in terms:
        posting = (docnum, weight, encoded, length)
        found = postings.get(term)
        if found is None:
            postings[term] = [posting]
        else:
            found.append(posting)


class BulkSegmentWriter(SegmentWriter):
    """A SegmentWriter that gathers postings in memory, field by field, and writes them at once."""

    def __init__(self, ix, **kwargs):
        kwargs.setdefault("codec", CODEC)
        super().__init__(ix, **kwargs)
        if any(field.vector or field.separate_spelling() for _, field in self.schema.items()):
            raise ValueError("term vectors and separate spelling fields are not written here")
        # field → term (str for the Chinese fields, bytes otherwise) → [(docnum, weight, value, length)]
        self._postings = {}
        self._repeated = {}  # (field, value) → analysed postings: document-level values recur per paragraph
        self._fast = fast_fields(self.schema)
        self._plan = {
            name: (field, field.indexed, field.scorable, field.stored, field.column_type,
                   type(field) is ID and type(field.analyzer) is IDTokenizer and type(field.format) is Existence)
            for name, field in self.schema.items()
        }

    def add_document(self, **fields):
        self.add_documents([fields])

    def add_documents(self, entries):
        """Add these entries (dicts of field values, as add_document takes them)."""
        self._check_state()
        lengths = analyse_chunk(self._fast, [[fields.get(name) for name, _ in self._fast] for fields in entries], self.docnum, self._postings)
        for fields, found in zip(entries, lengths):
            self._add_others(fields, found)

    def commit(self, mergetype=None, optimize=None, merge=None, segments=()):
        """Whoosh's commit, also listing `segments` written alongside (search/parallel.py)."""
        self._check_state()
        final = self._merge_segments(mergetype, optimize, merge)
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final + list(segments))
        self._finish()

    def finish_alongside(self):
        """The finished segment of a writer working beside the one that commits (no lock, no
        merge, no table of contents), or None if it was given nothing."""
        if not self._added:
            self._close_segment()
            return None
        return self._finalize_segment()

    def _add_others(self, fields, lengths):
        """Per-document data of every field, and the postings of the fields not analysed yet."""
        docnum = self.docnum
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        plan = self._plan
        for name in sorted(fields):
            value = fields[name]
            if value is None or name.startswith("_"):
                continue
            field, indexed, scorable, stored, column, identifier = plan[name]
            length = lengths.get(name, 0)
            if indexed and name not in lengths:
                if identifier and isinstance(value, str):  # ID: the value is the one term
                    terms, length = [(value.encode("utf-8"), field.format.field_boost, b"")], 1
                else:
                    terms, length = self._analyse(name, field, value)
                if not scorable:
                    length = 0
                postings = self._postings.get(name)
                if postings is None:
                    postings = self._postings[name] = {}
                _gather(postings, docnum, terms, _stored_length(length))
            perdoc.add_field(name, field, value if stored else None, length)
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
        self._postings, self._repeated = {}, {}  # written: free them now, whoever still holds the writer
        self.fieldwriter.close()

    def _take_pool(self):
        """Postings of segments merged into this one (their documents come after ours)."""
        lengths = self.per_document_reader()
        fast = {name for name, _ in self._fast}
        try:
            for name, btext, docnum, weight, encoded in self.pool.iter_postings():
                postings = self._postings.setdefault(name, {})
                term = btext.decode("utf-8") if name in fast else btext
                postings.setdefault(term, []).append((docnum, weight, encoded or b"", lengths.doc_field_length(docnum, name)))
        finally:
            lengths.close()


def write_postings(fieldwriter, schema, postings):
    """Every field's terms in byte order, each term's postings in blocks as W3PostingsWriter cuts them."""
    for name in sorted(postings):
        terms = postings[name]
        if not terms:
            continue
        fieldwriter.start_field(name, schema[name])
        writer = postings_writer(fieldwriter)
        for encoded, term in sorted((term.encode("utf-8") if isinstance(term, str) else term, term) for term in terms):
            fieldwriter.start_term(encoded)
            write_blocks(writer, terms[term])
            fieldwriter.finish_term()
        fieldwriter.finish_field()

