"""Held-out set unseen90 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen90-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 4 of 4, 0; bodies and treaties 23 of 24, 0 (docs/unseen90-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 4, 0; bodies 24, 0.
FLOORS = {'resolutions': (4, 0), 'bodies': (24, 0)}
# Expected documents returned, per kind of query, whole set (blind: 189 of 257; after: 189 of 257).
SEARCH_FLOORS = {'acronym': 28, 'committee': 15, 'regional': 26, 'resolution': 12,
                 'topic': 30, 'traditional': 26, 'variant': 58}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
