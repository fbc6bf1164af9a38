"""The data checks of the forty-third, blind held-out set (tests/unseen43/README.md).

Same evaluator and the same checks as the earlier sets of this tree (tests/unseen/ to tests/unseen41/).
These checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests of
tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen import evaluate
from tests.unseen.set_tests import (  # noqa: F401 (the data checks every held-out set runs, on this module's constants)
    held_out,
    test_every_query_expects_existing_texts_and_some_expect_none,
    test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order,
    test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples,
    test_the_aside_part_follows_its_rule,
)

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The earlier held-out sets in this tree (tests/unseen/ to tests/unseen41/), the thirteen pinpoint sets
# (#23) and the thirty alignment sets, whose texts have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5",
                TESTS / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "unseen9", TESTS / "unseen10",
                TESTS / "unseen11", TESTS / "unseen12", TESTS / "unseen13", TESTS / "unseen14", TESTS / "unseen15",
                TESTS / "unseen16", TESTS / "unseen17", TESTS / "unseen18", TESTS / "unseen19", TESTS / "unseen20",
                TESTS / "unseen21", TESTS / "unseen22", TESTS / "unseen23", TESTS / "unseen24", TESTS / "unseen25",
                TESTS / "unseen26", TESTS / "unseen27", TESTS / "unseen28", TESTS / "unseen29", TESTS / "unseen30",
                TESTS / "unseen31", TESTS / "unseen32", TESTS / "unseen33", TESTS / "unseen34", TESTS / "unseen35",
                TESTS / "unseen36", TESTS / "unseen37", TESTS / "unseen38", TESTS / "unseen39", TESTS / "unseen40",
                TESTS / "unseen41",
                TESTS / "pinpoints", TESTS / "pinpoints2", TESTS / "pinpoints3", TESTS / "pinpoints4",
                TESTS / "pinpoints5", TESTS / "pinpoints6", TESTS / "pinpoints7", TESTS / "pinpoints8",
                TESTS / "pinpoints9", TESTS / "pinpoints10", TESTS / "pinpoints11", TESTS / "pinpoints12",
                TESTS / "pinpoints13",
                TESTS / "alignment", TESTS / "alignment2", TESTS / "alignment3", TESTS / "alignment4",
                TESTS / "alignment5", TESTS / "alignment6", TESTS / "alignment7", TESTS / "alignment8",
                TESTS / "alignment9", TESTS / "alignment10", TESTS / "alignment11", TESTS / "alignment12",
                TESTS / "alignment13", TESTS / "alignment14", TESTS / "alignment15", TESTS / "alignment16",
                TESTS / "alignment17", TESTS / "alignment18", TESTS / "alignment19", TESTS / "alignment20",
                TESTS / "alignment21", TESTS / "alignment22", TESTS / "alignment23", TESTS / "alignment24",
                TESTS / "alignment25", TESTS / "alignment26", TESTS / "alignment27", TESTS / "alignment28",
                TESTS / "alignment29", TESTS / "alignment30")
# Other helpers gather sets the same day in their own worktrees (/work/wt-u42, /work/wt-u44,
# /work/wt-al31): not in this tree, so nothing to leave out here.
SAME_DAY = ()
EXPECTING_NONE = 22
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}
