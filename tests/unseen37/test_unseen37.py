"""The data checks of the thirty-seventh, blind held-out set (tests/unseen37/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen35/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST, read by the tests
of tests/unseen/set_tests.py) were added after the set had been measured, blind, and again at the end.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 23
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 1 of 1, 0; bodies and treaties 121 of 136, 6
# (docs/unseen37-blind.md). After the working part's fixes, with the aside part measured at the end:
# resolutions 1, 0; bodies 124 of 136, 4.
# Stop 60: more false positives allowed: AUKUS and the NPT's Review Conference, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (1, 0), 'bodies': (156, 13)}
# Expected documents returned, per kind of query, whole set (blind: 78 of 143; after: 98 of 143).
SEARCH_FLOORS = {'acronym': 18, 'committee': 14, 'regional': 16, 'resolution': 5,
                 'topic': 24, 'traditional': 20, 'variant': 13}
# Over-reach queries that return a file, at most (blind: none of 23; after: none).
OVERREACH_AT_MOST = 0
