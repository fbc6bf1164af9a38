"""The data checks of the twelfth, blind held-out set (tests/unseen12/README.md).

Same evaluator and the same checks as the eleven earlier sets (tests/unseen/ to tests/unseen11/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with
its aside part measured once at the end (docs/unseen12-blind.md).
"""
from pathlib import Path

from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# Gathered the same day by other helpers (pinpoint and alignment sets): their addresses may sit beside ours.
MAY_SHARE = (TESTS / "pinpoints9", TESTS / "alignment6")
EXPECTING_NONE = 25
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on 9157912: resolutions 13 of 13, 0;
# bodies and treaties 107 of 130, 0 (docs/unseen12-blind.md). After the working part's fixes, with
# the aside part measured once at the end (unchanged from blind): resolutions 13 of 13, 0; bodies 112 of 130, 0.
# Stop 68: 3 false positives, the MSS in Haiti (多國安全支助團, 多國維安任務支援團), a body since, which this gold does not mark.
FLOORS = {'resolutions': (13, 0), 'bodies': (121, 3)}
# Expected documents returned, per kind of query, whole set (blind: 98 of 117; after: 100 of 117).
SEARCH_FLOORS = {"acronym": 22, "variant": 34, "traditional": 13, "committee": 5, "resolution": 8, "regional": 10,
                 "topic": 12}
# Over-reach queries that return a file, at most (blind: none of 28; after: none).
OVERREACH_AT_MOST = 0
