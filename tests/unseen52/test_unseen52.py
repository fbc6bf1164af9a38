"""Held-out set unseen52 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen52-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 0 of 0, 2; bodies and treaties 18 of 35, 2 (docs/unseen52-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 0, 0; bodies 23, 3.
FLOORS = {'resolutions': (0, 0), 'bodies': (23, 3)}
# Expected documents returned, per kind of query, whole set (blind: 147 of 160; after: 152 of 160).
SEARCH_FLOORS = {'acronym': 21, 'committee': 19, 'regional': 31, 'resolution': 0,
                 'topic': 38, 'traditional': 18, 'variant': 30}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
