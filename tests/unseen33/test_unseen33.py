"""The data checks of the thirty-third, blind held-out set (tests/unseen33/README.md).

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


# Found at least, false positives at most (whole set). Blind: resolutions 3 of 5, 0; bodies and treaties 51 of 90, 2
# (docs/unseen33-blind.md; the three UKMTO mentions added to the gold since; the resolutions' count after a list learnt after the end measurement). After the working part's fixes, with the aside part measured at the
# end: resolutions 5, 0; bodies 80 of 93, 3.
FLOORS = {'resolutions': (5, 0), 'bodies': (81, 3)}
# Expected documents returned, per kind of query, whole set (blind: 89 of 152; after: 99 of 152).
SEARCH_FLOORS = {'acronym': 24, 'committee': 13, 'regional': 13, 'resolution': 10,
                 'topic': 17, 'traditional': 18, 'variant': 34}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
