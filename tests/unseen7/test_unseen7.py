"""The data checks of the seventh, blind held-out set (tests/unseen7/README.md).

Same evaluator and the same checks as the six earlier sets (tests/unseen/ to tests/unseen6/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with
its aside part measured once at the end (docs/unseen7-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 6
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on 4d79066: resolutions 11 of 12, 0;
# bodies and treaties 77 of 101, 1 (docs/unseen7-blind.md). After the working part's fixes, with the
# aside part measured once at the end: resolutions 12 of 12, 0; bodies 83 of 101, 1.
# Stop 60: more false positives allowed: AUKUS, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (12, 0), 'bodies': (90, 1)}
# Expected documents returned, per kind of query, whole set (blind: 122 of 158; after: 131 of 158).
SEARCH_FLOORS = {"acronym": 25, "variant": 23, "traditional": 21, "committee": 10, "resolution": 7, "regional": 9,
                 "topic": 38}
# Over-reach queries that return a file, at most (blind and after: none of 8).
OVERREACH_AT_MOST = 0
