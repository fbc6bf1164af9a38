"""The data checks of the seventeenth, blind held-out set (tests/unseen17/README.md).

Same evaluator and the same checks as the sixteen earlier sets (tests/unseen/ to tests/unseen16/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with its aside part
measured at the end (docs/unseen17-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on 8b78d46: resolutions 7 of 7, 0; bodies
# and treaties 164 of 205, 5 (docs/unseen17-blind.md). After the working part's fixes, with the aside part
# measured at the end: resolutions 7 of 7, 0; bodies 185 of 205, 5.
# Stop 60: more false positives allowed: the NPT's Review Conference, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (7, 0), 'bodies': (189, 2)}
# Expected documents returned, per kind of query, whole set (blind: 90 of 102, text 28 refused at import;
# after: 95 of 102).
SEARCH_FLOORS = {"acronym": 18, "variant": 23, "traditional": 21, "committee": 4, "resolution": 8, "regional": 11,
                 "topic": 15}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
