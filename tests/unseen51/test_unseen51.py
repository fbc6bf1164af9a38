"""Held-out set unseen51 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen51-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 25
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 5 of 5, 3; bodies and treaties 112 of 133, 16 (docs/unseen51-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 5, 3; bodies 113, 16.
# Stop 60: more false positives allowed: AUKUS, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (5, 3), 'bodies': (116, 61)}
# Expected documents returned, per kind of query, whole set (blind: 150 of 155; after: 150 of 155).
SEARCH_FLOORS = {'acronym': 25, 'committee': 15, 'regional': 15, 'resolution': 6, 'topic': 34, 'traditional': 24, 'variant': 33}
# Over-reach queries that return a file, at most (blind: none of 25; after: none).
OVERREACH_AT_MOST = 0
