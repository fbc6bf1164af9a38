"""The data checks of the fourteenth, blind held-out set (tests/unseen14/README.md).

Same evaluator and the same checks as the thirteen earlier sets (tests/unseen/ to tests/unseen13/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with
its aside part measured at the end (docs/unseen14-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 25
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on d712e57: resolutions 11 of 16, 0; bodies
# and treaties 48 of 74, 3 (docs/unseen14-blind.md). After the working part's fixes, with the aside part
# measured at the end: resolutions 16 of 16, 0; bodies 56 of 74, 1.
FLOORS = {'resolutions': (16, 0), 'bodies': (57, 1)}
# Expected documents returned, per kind of query, whole set (blind: 150 of 211; after: 165 of 211). Stop 68:
# variant 42 → 41, the near matches shown chosen on the text (search.near) leaving one of `禁用化学武器组织`'s.
SEARCH_FLOORS = {"acronym": 18, "variant": 41, "traditional": 32, "committee": 14,
                 "resolution": 26, "regional": 20, "topic": 24}
# Over-reach queries that return a file, at most (blind: none of 30; after: none).
OVERREACH_AT_MOST = 0
