"""The data checks of the sixth, blind held-out set (tests/unseen6/README.md).

Same evaluator and the same checks as the five earlier sets (tests/unseen/ to tests/unseen5/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after this session's fixes, with its
aside part measured once at the end (docs/unseen6-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 6
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on cca4daf: resolutions 14 of 20, 0;
# bodies and treaties 92 of 119, 2 (docs/unseen6-blind.md). After the working part's fixes, with the
# aside part measured once at the end: resolutions 20 of 20, 0; bodies 109 of 119, 1.
# Stop 38 (a bare sanctions panel or committee in a one-regime document, the regimes' renewals): bodies 117.
# Stop 53: one false positive more, a right one: text 26 names the EU's Operation IRINI (`“伊瑞尼”(IRINI`), which the
# gazetteer now knows and this gold, written before it, does not list.
# Stop 60: more false positives allowed: the NPT's Review Conference, now read, which the gold leaves out (docs/benchmarks.md).
FLOORS = {'resolutions': (20, 0), 'bodies': (131, 5)}
# Expected documents returned, per kind of query, whole set (blind: 114 of 141; after: 130 of 141).
SEARCH_FLOORS = {"acronym": 19, "variant": 26, "traditional": 18, "committee": 9, "resolution": 15, "regional": 15,
                 "topic": 31}
# Over-reach queries that return a file, at most (blind and after: none of 7).
OVERREACH_AT_MOST = 0
