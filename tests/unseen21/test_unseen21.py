"""The data checks of the twenty-first, blind held-out set (tests/unseen21/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen19/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests of
tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen import evaluate
from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The nineteen earlier held-out sets in this tree, the thirteen pinpoint sets (#23) and the twelve
# alignment sets, whose texts have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5",
                TESTS / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "unseen9", TESTS / "unseen10",
                TESTS / "unseen11", TESTS / "unseen12", TESTS / "unseen13", TESTS / "unseen14", TESTS / "unseen15",
                TESTS / "unseen16", TESTS / "unseen17", TESTS / "unseen18", TESTS / "unseen19",
                TESTS / "pinpoints", TESTS / "pinpoints2", TESTS / "pinpoints3", TESTS / "pinpoints4",
                TESTS / "pinpoints5", TESTS / "pinpoints6", TESTS / "pinpoints7", TESTS / "pinpoints8",
                TESTS / "pinpoints9", TESTS / "pinpoints10", TESTS / "pinpoints11", TESTS / "pinpoints12",
                TESTS / "pinpoints13",
                TESTS / "alignment", TESTS / "alignment2", TESTS / "alignment3", TESTS / "alignment4",
                TESTS / "alignment5", TESTS / "alignment6", TESTS / "alignment7", TESTS / "alignment8",
                TESTS / "alignment9", TESTS / "alignment10", TESTS / "alignment11", TESTS / "alignment12")
# Other helpers gather sets the same day in their own worktrees (/work/wt-u20, /work/wt-al13,
# /work/wt-al14): not in this tree, so nothing to leave out here.
SAME_DAY = ()
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 1 of 1, 0; bodies and treaties 113 of 170, 3 (docs/unseen21-blind.md;
# the gold's targets renamed to the data's ids after it). After the working part's fixes, with the aside
# part measured at the end: resolutions 1, 0; bodies 125 of 179 (the gold corrected, README), 1.
FLOORS = {'resolutions': (1, 0), 'bodies': (125, 1)}
# Expected documents returned, per kind of query, whole set (blind: 119 of 164; after: 122 of 164).
SEARCH_FLOORS = {'acronym': 24, 'variant': 23, 'traditional': 23, 'committee': 9, 'resolution': 2, 'regional': 20, 'topic': 21}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
