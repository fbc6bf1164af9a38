"""The data checks of the twenty-first, blind held-out set (tests/unseen21/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen19/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests of
tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 1 of 1, 0; bodies and treaties 113 of 170, 3 (docs/unseen21-blind.md;
# the gold's targets renamed to the data's ids after it). After the working part's fixes, with the aside
# part measured at the end: resolutions 1, 0; bodies 125 of 179 (the gold corrected, README), 1.
# Stop 60: more false positives allowed: the BWC's Review Conferences (审议会议), now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (1, 0), 'bodies': (144, 3)}
# Expected documents returned, per kind of query, whole set (blind: 119 of 164; after: 122 of 164).
# Stop 56: acronym 28 → 27. `SHTC 俄羅斯` found text 25 as a partial match lacking SHTC, which no text prints,
# beside the State alone; a foreign name beside places alone is no longer lacked (unseen94's over-reach,
# `Dawlah Islamiyah 菲律宾`, returned every text on the Philippines).
SEARCH_FLOORS = {'acronym': 27, 'committee': 11, 'regional': 21, 'resolution': 3, 'topic': 21, 'traditional': 23, 'variant': 30}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
