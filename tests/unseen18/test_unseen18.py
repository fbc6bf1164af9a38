"""The data checks of the eighteenth, blind held-out set (tests/unseen18/README.md).

Same evaluator and the same checks as the seventeen earlier sets (tests/unseen/ to tests/unseen17/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors below are the whole set's figures after the working part's fixes, with its aside part
measured at the end (docs/unseen18-blind.md).
"""
from pathlib import Path

from tests.unseen import evaluate
from tests.unseen.set_tests import *  # noqa: F403 (the tests every held-out set runs, on this module's constants)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The seventeen earlier held-out sets, the twelve pinpoint sets (#23) and the eleven alignment sets, whose
# texts have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5",
                TESTS / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "unseen9", TESTS / "unseen10",
                TESTS / "unseen11", TESTS / "unseen12", TESTS / "unseen13", TESTS / "unseen14", TESTS / "unseen15",
                TESTS / "unseen16", TESTS / "unseen17",
                TESTS / "pinpoints", TESTS / "pinpoints2", TESTS / "pinpoints3", TESTS / "pinpoints4",
                TESTS / "pinpoints5", TESTS / "pinpoints6", TESTS / "pinpoints7", TESTS / "pinpoints8",
                TESTS / "pinpoints9", TESTS / "pinpoints10", TESTS / "pinpoints11", TESTS / "pinpoints12",
                TESTS / "alignment", TESTS / "alignment2", TESTS / "alignment3", TESTS / "alignment4",
                TESTS / "alignment5", TESTS / "alignment6", TESTS / "alignment7", TESTS / "alignment8",
                TESTS / "alignment9", TESTS / "alignment10", TESTS / "alignment11")
# Gathered the same day by other helpers in their own worktrees (/work/wt-u19, /work/wt-al12 and
# /work/wt-pin13): not in this tree, so nothing to leave out here.
SAME_DAY = ()
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


# Found at least, false positives at most (whole set). Blind: resolutions 12 of 12, 1; bodies and treaties 34 of 80, 18 (docs/unseen18-blind.md; the
# gold's targets renamed to the data's ids after it). After the working part's fixes, with the aside part
# measured at the end: resolutions 12, 1; bodies 49, 6.
FLOORS = {'resolutions': (12, 1), 'bodies': (49, 6)}
# Expected documents returned, per kind of query, whole set (blind: 95 of 122; after: 94 of 122 — the Third Geneva Convention, now known, is searched for by its
# names, and a text printing `第三日內瓦公約` no longer matches `日內瓦第三公約` word by word).
SEARCH_FLOORS = {'acronym': 18, 'variant': 21, 'traditional': 10, 'committee': 9, 'resolution': 9, 'regional': 10, 'topic': 17}
# Over-reach queries that return a file, at most (blind: none of 22; after: none).
OVERREACH_AT_MOST = 0
