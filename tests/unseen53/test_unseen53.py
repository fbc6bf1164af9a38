"""Held-out set unseen53 (README.md): the data checks of tests/unseen/set_tests.py, on its constants,
committed with the texts, sources, gold, queries and aside split before anything was run on them; the
floors (FLOORS, SEARCH_FLOORS, OVERREACH_AT_MOST and the tests that read them) come after measurement."""
from pathlib import Path

from tests.unseen.set_tests import (  # noqa: F401 (the data checks every held-out set runs, on this module's constants)
    held_out,
    test_every_query_expects_existing_texts_and_some_expect_none,
    test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order,
    test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples,
    test_the_aside_part_follows_its_rule,
)

SET = Path(__file__).resolve().parent
EXPECTING_NONE = 30
KINDS = {"acronym", "variant", "committee", "traditional", "resolution", "regional", "topic"}
