"""The data checks of the thirty-first, blind held-out set (tests/unseen31/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen29/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST, read by the tests
of tests/unseen/set_tests.py) were added after the set had been measured, blind, and again at the end.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 5 of 5, 0; bodies and treaties 182 of 218, 24
# (docs/unseen31-blind.md; OIC and ACCT counted there under the gold's first target names). After the working
# part's fixes, with the aside part measured at the end: resolutions 5, 0; bodies 198 of 218, 12.
# Stop 54: one false positive more, text 27's 東協防長會議 read as the ASEAN Defence Ministers' Meeting, which the
# data now names, where this set's gold reads the ASEAN inside it.
FLOORS = {'resolutions': (5, 0), 'bodies': (198, 13)}
# Expected documents returned, per kind of query, whole set (blind: 90 of 116; after: 90 of 116).
SEARCH_FLOORS = {'acronym': 19, 'committee': 11, 'regional': 16, 'resolution': 9,
                 'topic': 14, 'traditional': 15, 'variant': 19}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
