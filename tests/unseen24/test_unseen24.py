"""The data checks of the twenty-fourth, blind held-out set (tests/unseen24/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen23/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests of
tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 21
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 17 of 20, 0; bodies and treaties 72 of 127, 21
# (docs/unseen24-blind.md). After the working part's fixes, with the aside part measured at the end:
# resolutions 19, 0; bodies 90 of 127, 17.
# Stop 54: two false positives more, text 10's 大赦國際 (Amnesty International), which the data now names and this
# set's gold leaves out.
FLOORS = {'resolutions': (19, 0), 'bodies': (92, 19)}
# Expected documents returned, per kind of query, whole set (blind: 112 of 144; after: 117 of 144).
SEARCH_FLOORS = {'acronym': 18, 'committee': 11, 'regional': 23, 'resolution': 11, 'topic': 35, 'traditional': 14, 'variant': 16}
# Over-reach queries that return a file, at most (blind: none of 21; after: none).
OVERREACH_AT_MOST = 0
