"""The twenty-seventh alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set, and each part pairs at least as many paragraphs as it did when measured (FLOORS)."""
from pathlib import Path

import pytest

from tests.alignment import checks, evaluate

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_pga_kutesa_message_day_against_nuclear_tests_2015",
              "06_zhang_jun_security_council_syria_chemical_weapons_2021")


def test_texts_gold_and_sources_hold_together():
    checks.gold_holds_together(HERE, KEPT_ASIDE)


def test_no_text_or_address_of_an_earlier_set():
    checks.never_used_before(HERE)


# Paired as read, per part (docs/benchmarks.md): blind 19 of 19 working, 7 of 7 aside; at the end, after the
# round's rules: 19 working (0 wrong), 7 aside (measured once, at the end), none wrong.
FLOORS = {"working": (19, 0), "aside": (7, 0)}


@pytest.mark.parametrize("part", FLOORS)
def test_alignment_holds_its_floor(part):
    floor, wrong = FLOORS[part]
    evaluate.holds_floor(part, floor, KEPT_ASIDE, HERE, wrong_at_most=wrong)
