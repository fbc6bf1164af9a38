"""A paragraph in the archive's other language versions of its document (same symbol), paired
by printed numbering (archive.alignment).

Pairing reads both versions whole, and a long record takes a noticeable part of a second, so
each pairing is kept in the cache under a digest of both versions' rows: a corrected or
re-imported version has other rows, so another key, and a stale pairing is never served."""
import hashlib
from collections import defaultdict

from django.core.cache import cache

from .alignment import VERSION, align

CACHE_SECONDS = 7 * 24 * 3600


def counterparts(paragraph):
    """[(other document, [its paragraphs paired with this one])]: one where both versions print
    the paragraph alike, several where the other version splits it, none where the numbering
    does not pair it."""
    document = paragraph.document
    mine = None
    found = []
    for other in document.other_languages().order_by("language"):
        if mine is None:
            mine = _rows(document)
        anchors = _paired(document, mine, other, _rows(other)).get(paragraph.anchor, ())
        found.append((other, list(other.paragraphs.filter(anchor__in=anchors).order_by("ordinal")) if anchors else []))
    return found


def _rows(document):
    return list(document.paragraphs.order_by("ordinal").values_list("anchor", "kind", "label", "text"))


def _paired(document, mine, other, theirs):
    """{my anchor: (its anchors in the other version)}. Two versions are aligned one way only,
    the earlier imported on the left, so the pages of both show the same pairs."""
    if document.pk < other.pk:
        return _aligned(mine, theirs)
    turned = defaultdict(list)
    for anchor, paired in _aligned(theirs, mine).items():
        for mine_anchor in paired:
            turned[mine_anchor].append(anchor)
    return turned


def _aligned(left, right):
    key = "alignment:" + hashlib.sha256(repr((VERSION, left, right)).encode()).hexdigest()
    pairs = cache.get(key)
    if pairs is None:
        pairs = align(left, right)
        cache.set(key, pairs, timeout=CACHE_SECONDS)
    return pairs
