"""The data checks of the forty-first, blind held-out set (tests/unseen41/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen38/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST, read by the tests
of tests/unseen/set_tests.py) were added after the set had been measured, blind, and again at the end.
"""
from pathlib import Path

from tests.unseen import evaluate
from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The earlier held-out sets in this tree (tests/unseen/ to tests/unseen38/), the thirteen pinpoint sets
# (#23) and the twenty-nine alignment sets, whose texts have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5", TESTS
                / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "unseen9", TESTS / "unseen10", TESTS
                / "unseen11", TESTS / "unseen12", TESTS / "unseen13", TESTS / "unseen14", TESTS / "unseen15",
                TESTS / "unseen16", TESTS / "unseen17", TESTS / "unseen18", TESTS / "unseen19", TESTS /
                "unseen20", TESTS / "unseen21", TESTS / "unseen22", TESTS / "unseen23", TESTS / "unseen24",
                TESTS / "unseen25", TESTS / "unseen26", TESTS / "unseen27", TESTS / "unseen28", TESTS /
                "unseen29", TESTS / "unseen30", TESTS / "unseen31", TESTS / "unseen32", TESTS / "unseen33",
                TESTS / "unseen34", TESTS / "unseen35", TESTS / "unseen36", TESTS / "unseen37", TESTS /
                "unseen38",
                TESTS / "pinpoints", TESTS / "pinpoints2", TESTS / "pinpoints3", TESTS / "pinpoints4", TESTS /
                "pinpoints5", TESTS / "pinpoints6", TESTS / "pinpoints7", TESTS / "pinpoints8", TESTS /
                "pinpoints9", TESTS / "pinpoints10", TESTS / "pinpoints11", TESTS / "pinpoints12", TESTS /
                "pinpoints13",
                TESTS / "alignment", TESTS / "alignment2", TESTS / "alignment3", TESTS / "alignment4", TESTS /
                "alignment5", TESTS / "alignment6", TESTS / "alignment7", TESTS / "alignment8", TESTS /
                "alignment9", TESTS / "alignment10", TESTS / "alignment11", TESTS / "alignment12", TESTS /
                "alignment13", TESTS / "alignment14", TESTS / "alignment15", TESTS / "alignment16", TESTS /
                "alignment17", TESTS / "alignment18", TESTS / "alignment19", TESTS / "alignment20", TESTS /
                "alignment21", TESTS / "alignment22", TESTS / "alignment23", TESTS / "alignment24", TESTS /
                "alignment25", TESTS / "alignment26", TESTS / "alignment27", TESTS / "alignment28", TESTS /
                "alignment29")
# Other helpers gather sets the same day in their own worktrees (/work/wt-u39, /work/wt-u40,
# /work/wt-al30): not in this tree, so nothing to leave out here.
SAME_DAY = ()
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 19 of 21, 0; bodies and treaties 64 of 76, 2
# (docs/unseen41-blind.md). After the working part's fixes, with the aside part measured at the end:
# resolutions 19 of 21, 0; bodies 66 of 76, 1.
FLOORS = {'resolutions': (19, 0), 'bodies': (66, 1)}
# Expected documents returned, per kind of query, whole set (blind: 120 of 123; after: 120 of 123).
SEARCH_FLOORS = {'acronym': 10, 'committee': 14, 'regional': 26, 'resolution': 7, 'topic': 36, 'traditional': 14, 'variant': 13}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
