"""The data checks of the ninth, blind held-out set (tests/unseen9/README.md).

Same evaluator and the same checks as the eight earlier sets (tests/unseen/ to tests/unseen8/). These
checks were committed with the texts, sources, gold, queries and the aside split, before anything
was run on them; the floors are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen import checks, evaluate

SET = Path(__file__).resolve().parent
TESTS = SET.parent
# The eight earlier held-out sets and the six pinpoint sets (#23), whose texts have been read.
EARLIER_SETS = (evaluate.HERE, TESTS / "unseen2", TESTS / "unseen3", TESTS / "unseen4", TESTS / "unseen5",
                TESTS / "unseen6", TESTS / "unseen7", TESTS / "unseen8", TESTS / "pinpoints", TESTS / "pinpoints2",
                TESTS / "pinpoints3", TESTS / "pinpoints4", TESTS / "pinpoints5", TESTS / "pinpoints6")
SAME_DAY = ()
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}


def test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order():
    checks.texts_sources_and_gold(SET)


def test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples():
    checks.never_used_before(SET, EARLIER_SETS, SAME_DAY)


def test_every_query_expects_existing_texts_and_some_expect_none():
    checks.queries_expect_held_texts(SET, KINDS, expecting_none=15)


def test_the_aside_part_follows_its_rule():
    checks.aside_follows_its_rule(SET)
