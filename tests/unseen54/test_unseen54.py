"""Held-out set unseen54 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen54-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 21
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 5 of 5, 0; bodies and treaties 144 of 153, 1 (docs/unseen54-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 5, 0; bodies 144, 1.
FLOORS = {'resolutions': (5, 0), 'bodies': (145, 1)}
# Expected documents returned, per kind of query, whole set (blind: 121 of 165; after: 122 of 165).
SEARCH_FLOORS = {'acronym': 20, 'committee': 16, 'regional': 22, 'resolution': 7,
                 'topic': 24, 'traditional': 20, 'variant': 25}
# Over-reach queries that return a file, at most (blind: none of 21; after: none).
OVERREACH_AT_MOST = 0
