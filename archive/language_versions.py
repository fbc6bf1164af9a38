"""A paragraph in the archive's other language versions of its document (same symbol), paired
by printed numbering (archive.alignment).

Pairing reads both versions whole, and a long record takes a noticeable part of a second, so
each pairing is kept in the cache under a digest of both versions' rows: a corrected or
re-imported version has other rows, so another key, and a stale pairing is never served."""
import hashlib

from django.core.cache import cache

from .alignment import VERSION, align

CACHE_SECONDS = 7 * 24 * 3600


def counterparts(paragraph):
    """[(other document, its paragraph or None when the numbering does not pair them)]."""
    document = paragraph.document
    mine = None
    found = []
    for other in document.other_languages().order_by("language"):
        if mine is None:
            mine = _rows(document)
        anchor = _paired(mine, _rows(other)).get(paragraph.anchor)
        found.append((other, other.paragraphs.filter(anchor=anchor).first() if anchor else None))
    return found


def _rows(document):
    return list(document.paragraphs.order_by("ordinal").values_list("anchor", "kind", "label", "text"))


def _paired(mine, theirs):
    key = "alignment:" + hashlib.sha256(repr((VERSION, mine, theirs)).encode()).hexdigest()
    pairs = cache.get(key)
    if pairs is None:
        pairs = align(mine, theirs)
        cache.set(key, pairs, timeout=CACHE_SECONDS)
    return pairs
