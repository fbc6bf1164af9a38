"""The data checks of the thirty-sixth, blind held-out set (tests/unseen36/README.md).

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


# Found at least, false positives at most (whole set). Blind: resolutions 0 of 0, 0; bodies and treaties 37 of 60, 5
# (docs/unseen36-blind.md). After the working part's fixes, with the aside part measured at the end:
# resolutions 0, 0; bodies 49 of 60, 5.
FLOORS = {'resolutions': (0, 0), 'bodies': (49, 5)}
# Expected documents returned, per kind of query, whole set (blind: 88 of 150; after: 111 of 150, then 108 once
# partial matches no longer lack an office named by its one-character head, 輻射管理局, and 大港倡議計畫, a form
# without a source, left the data: docs/unseen36-blind.md).
SEARCH_FLOORS = {'acronym': 20, 'committee': 17, 'regional': 14, 'resolution': 0,
                 'topic': 16, 'traditional': 27, 'variant': 16}
# Over-reach queries that return a file, at most (blind: none of 23; after: none).
OVERREACH_AT_MOST = 0
