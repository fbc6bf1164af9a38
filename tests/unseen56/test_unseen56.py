"""Held-out set unseen56 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen56-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 24
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 2 of 2, 0; bodies and treaties 44 of 67, 6 (docs/unseen56-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 2, 0; bodies 58, 2.
FLOORS = {'resolutions': (2, 0), 'bodies': (58, 2)}
# Expected documents returned, per kind of query, whole set (blind: 113 of 163; after: 126 of 163).
SEARCH_FLOORS = {'acronym': 22, 'committee': 19, 'regional': 21, 'resolution': 4,
                 'topic': 23, 'traditional': 20, 'variant': 23}
# Over-reach queries that return a file, at most (blind: none of 24; after: none).
OVERREACH_AT_MOST = 0
