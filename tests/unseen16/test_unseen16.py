"""The data checks of the sixteenth, blind held-out set (tests/unseen16/README.md).

Same evaluator and the same checks as the fifteen earlier sets (tests/unseen/ to tests/unseen15/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with
its aside part measured at the end (docs/unseen16-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
# Gathered later, unseen43's text 07 prints the same statement of Taiwan's Civil Aeronautics
# Administration on the ICAO Assembly as this set's text 05 (four of its pieces), from another outlet.
MAY_SHARE = (SET.parent / "unseen43",)
EXPECTING_NONE = 24
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on 981f776: resolutions 3 of 5, 0; bodies
# and treaties 105 of 132, 0 (docs/unseen16-blind.md). After the working part's fixes, with the aside part
# measured at the end: resolutions 5 of 5, 0; bodies 113 of 132, 0.
FLOORS = {'resolutions': (5, 0), 'bodies': (127, 0)}
# Expected documents returned, per kind of query, whole set (blind: 82 of 117; after: 84 of 117).
SEARCH_FLOORS = {"acronym": 25, "variant": 23, "traditional": 16, "committee": 7,
                 "resolution": 7, "regional": 13, "topic": 13}
# Over-reach queries that return a file, at most (blind: none of 24; after: none).
OVERREACH_AT_MOST = 0
