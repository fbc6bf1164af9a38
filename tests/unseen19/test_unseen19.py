"""The data checks of the nineteenth, blind held-out set (tests/unseen19/README.md).

Same evaluator and the same checks as the seventeen earlier sets of this tree (tests/unseen/ to
tests/unseen17/). These checks were committed with the texts, sources, gold, queries and the aside split,
before anything was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests of
tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 2 of 2, 0; bodies and treaties 91 of 156, 22 (docs/unseen19-blind.md; the
# gold's targets renamed to the data's ids after it). After the working part's fixes, with the aside part
# measured at the end: resolutions 2, 0; bodies 113, 6.
# Stop 54: one false positive more, text 01's PPWT, which the data now names and this set's gold leaves out.
FLOORS = {'resolutions': (2, 0), 'bodies': (115, 7)}
# Expected documents returned, per kind of query, whole set (blind: 94 of 124; after: 101 of 124).
SEARCH_FLOORS = {'acronym': 24, 'committee': 5, 'regional': 17, 'resolution': 6,
                 'topic': 21, 'traditional': 19, 'variant': 23}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
