"""Which overlapping references a paragraph keeps, found by binary search (a pasted draft may
hold thousands), checked against the rule written out pair by pair."""
import random

import pytest

from unref.references.extract import _tidy
from unref.references.model import Reference


def _by_pairs(found):
    """The rule itself: a body inside a longer body or treaty title goes, a treaty inside a longer
    body (the CTBT in the CTBTO's name) too, and so does a symbol overlapping a resolution."""
    def inside(a, b):
        return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)

    return [
        ref for ref in found
        if not (ref.type == "body" and any(o.type in ("body", "treaty") and inside(ref, o) for o in found))
        and not (ref.type == "treaty" and any(o.type == "body" and inside(ref, o) for o in found))
        and not (ref.type == "document" and any(o.type == "resolution" and o.start < ref.end and ref.start < o.end for o in found))
    ]


@pytest.mark.parametrize("seed", range(200))
def test_the_same_references_are_kept_as_pair_by_pair(seed):
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randint(0, 30)):
        start = rng.randint(0, 40)
        found.append(Reference(type=rng.choice(["resolution", "document", "body", "treaty"]), target="x", surface="x", start=start, end=start + rng.randint(1, 12)))
    kept = _tidy(found)
    assert sorted(map(id, kept)) == sorted(map(id, _by_pairs(found)))


def test_a_body_in_a_longer_body_or_a_title_goes_and_one_of_the_same_span_stays():
    outer = Reference(type="treaty", target="NPT", surface="x", start=0, end=10)
    inner = Reference(type="body", target="IAEA", surface="x", start=2, end=6)
    same = Reference(type="body", target="UN", surface="x", start=20, end=24)
    twin = Reference(type="body", target="UN", surface="x", start=20, end=24)
    symbol = Reference(type="document", target="S/RES/1540", surface="x", start=30, end=40)
    resolution = Reference(type="resolution", target="S/RES/1540 (2004)", surface="x", start=28, end=31)
    assert _tidy([outer, inner, same, twin, symbol, resolution]) == [outer, same, twin, resolution]
