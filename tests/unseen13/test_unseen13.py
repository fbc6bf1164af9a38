"""The data checks of the thirteenth, blind held-out set (tests/unseen13/README.md).

Same evaluator and the same checks as the twelve earlier sets (tests/unseen/ to tests/unseen12/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with
its aside part measured once at the end (docs/unseen13-blind.md).
"""
from pathlib import Path

from tests.unseen import evaluate
from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The twelve earlier held-out sets, the nine pinpoint sets (#23) and the six alignment sets, whose texts
# have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5",
                TESTS / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "unseen9", TESTS / "unseen10",
                TESTS / "unseen11", TESTS / "unseen12", TESTS / "pinpoints", TESTS / "pinpoints2",
                TESTS / "pinpoints3", TESTS / "pinpoints4", TESTS / "pinpoints5", TESTS / "pinpoints6",
                TESTS / "pinpoints7", TESTS / "pinpoints8", TESTS / "pinpoints9", TESTS / "alignment",
                TESTS / "alignment2", TESTS / "alignment3", TESTS / "alignment4", TESTS / "alignment5",
                TESTS / "alignment6")
# Gathered the same day by other helpers in their own worktrees (pinpoints10, alignment7): not in this
# tree, so nothing to leave out here; their addresses were checked by hand (README.md).
SAME_DAY = ()
EXPECTING_NONE = 25
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind on 850695d: resolutions 8 of 8, 0; bodies
# and treaties 85 of 94, 3 (docs/unseen13-blind.md). After the working part's fixes, with the aside part
# measured once at the end (unchanged from blind): resolutions 8 of 8, 0; bodies 88 of 94, 3.
FLOORS = {"resolutions": (8, 0), "bodies": (88, 3)}
# Expected documents returned, per kind of query, whole set (blind: 125 of 154; after: 137 of 154).
SEARCH_FLOORS = {"acronym": 32, "variant": 42, "traditional": 21, "committee": 6, "resolution": 6, "regional": 10,
                 "topic": 20}
# Over-reach queries that return a file, at most (blind: none of 29; after: none).
OVERREACH_AT_MOST = 0
