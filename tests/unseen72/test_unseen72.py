"""Held-out set unseen72 (README.md): the shared data checks and floors of tests/unseen/set_tests.py, on its
constants; blind and end figures in docs/unseen72-blind.md."""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 0 of 0, 0; bodies and treaties 41 of 54, 20 (docs/unseen72-blind.md).
# After the working part's fixes, with the aside part measured at the end: resolutions 0, 0; bodies 42, 20.
# Stop 60: more false positives allowed: AUKUS, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (0, 0), 'bodies': (43, 45)}
# Expected documents returned, per kind of query, whole set (blind: 103 of 147; after: 112 of 147).
# Stop 60: acronym 21 -> 20: AUKUS, now a body, is no foreign word a partial match may lack (text 02 names it
# only as 美英澳 and a new 三边安全伙伴关系).
SEARCH_FLOORS = {'acronym': 20, 'committee': 16, 'regional': 19, 'resolution': 2,
                 'topic': 18, 'traditional': 17, 'variant': 26}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
