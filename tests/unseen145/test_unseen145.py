"""The data checks of the hundred-and-forty-fifth, blind held-out set (tests/unseen145/README.md): 30 texts, their
sources and gold, 166 queries (33 of them expecting no file) and the aside split.

Same evaluator and the same checks as the earlier sets of this tree. These checks were committed with the
texts, sources, gold, queries and the aside split; the floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST
and the tests of tests/unseen/set_tests.py that read them) are added after the set has been measured once.
"""
from pathlib import Path

from tests.unseen.set_tests import (  # noqa: F401 (the data checks every held-out set runs, on this module's constants)
    held_out,
    test_every_query_expects_existing_texts_and_some_expect_none,
    test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order,
    test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples,
    test_the_aside_part_follows_its_rule,
)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 33
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}
