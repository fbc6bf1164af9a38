"""A term's postings in one index segment, read a block at a time.

Whoosh's own readers hand out one posting per Python call (`all_ids`, or a matcher's `next`,
`id`, `weight`, `value`), two or more calls a posting. Its block reader decodes a block of
postings (up to 128) at once; reading whole blocks through it is what makes matching with
posting lists (`search.matching`) and lone characters (`search.characters`) cheap. This is
the only module that touches Whoosh's private attributes (of `W3LeafMatcher`, Whoosh 2.7.4,
pinned and final); `tests/search/test_matching.py` checks what is read against Whoosh's own
matchers.
"""

_LEAF = ("_read_ids", "_read_weights", "_read_values", "_next_block", "_blocklength", "_ids", "_weights", "_values")


def read(reader, fieldname, tbytes, positions):
    """(paragraph numbers, weights, encoded positions or None) of one term, live entries only."""
    ids, weights, values = [], [], [] if positions else None
    for block_ids, block_weights, block_values in blocks(reader.postings(fieldname, tbytes), positions):
        ids.extend(block_ids)
        weights.extend(block_weights)
        if positions:
            values.extend(block_values)
    if reader.has_deletions():
        gone = deleted(reader)
        keep = [i for i, docnum in enumerate(ids) if docnum not in gone]
        if len(keep) < len(ids):
            ids = [ids[i] for i in keep]
            weights = [weights[i] for i in keep]
            values = [values[i] for i in keep] if positions else None
    return ids, weights, values


def blocks(matcher, positions=False):
    """A term's postings a block at a time, as Whoosh's block reader decodes them (ids, the
    weights its scorer reads, the encoded values). Deletions are removed by the caller."""
    leaf = getattr(matcher, "child", matcher)  # unwrap the segment's deletion filter
    if not all(hasattr(leaf, name) for name in _LEAF):  # postings inlined in the term's entry
        while leaf.is_active():
            yield [leaf.id()], [leaf.weight()], [leaf.value()] if positions else None
            leaf.next()
        return
    while leaf.is_active():
        length = leaf._blocklength
        leaf._read_ids()
        leaf._read_weights()
        if positions:
            leaf._read_values()
        yield leaf._ids[:length], leaf._weights[:length], leaf._values[:length] if positions else None
        leaf._next_block()


def deleted(reader):
    """The segment's deleted paragraph numbers, read once per reader (which never changes)."""
    if "_deleted_docnums" not in reader.__dict__:
        reader._deleted_docnums = frozenset(range(reader.doc_count_all())) - frozenset(reader.all_doc_ids())
    return reader._deleted_docnums
