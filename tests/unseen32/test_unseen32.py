"""The data checks of the thirty-second, blind held-out set (tests/unseen32/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen31/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST, read by the tests
of tests/unseen/set_tests.py) were added after the set had been measured, blind, and again at the end.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 0 of 2, 0; bodies and treaties 81 of 89, 3
# (docs/unseen32-blind.md; ICC and BWC ISU counted there under the gold's first target names). After the working part's fixes, with the aside part measured at the
# end: resolutions 0, 0; bodies 83 of 89, 1.
# Stop 60: more false positives allowed: the BWC's Review Conference, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (0, 0), 'bodies': (86, 5)}
# Expected documents returned, per kind of query, whole set (blind: 86 of 136; after: 87 of 136).
SEARCH_FLOORS = {'acronym': 23, 'committee': 17, 'regional': 15, 'resolution': 8,
                 'topic': 20, 'traditional': 11, 'variant': 18}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
