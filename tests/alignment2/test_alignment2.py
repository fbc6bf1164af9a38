"""The second alignment set (README.md): its texts and gold hold together, and alignment keeps
the floor measured on it without pairing a wrong paragraph."""
from pathlib import Path

import pytest

from tests.alignment import checks, evaluate

HERE = Path(__file__).resolve().parent
# Chosen before the first measurement; measured once, at the end.
KEPT_ASIDE = ("01_sres368_unef", "05_sg_message_nuclear_elimination_day_2016")


def test_texts_gold_and_sources_hold_together():
    checks.gold_holds_together(HERE, KEPT_ASIDE)


# Paired as read, per part (README.md): working measured after the fixes, aside once at the end.
# Aside measured once at the end: 11; after the ninth round (items under a heading, a heading only
# one version prints): 19. Stop 41: the position paper's long English title stands apart from the
# first paragraph and pairs, and the Chinese paragraph the English prints as two pairs with the half
# printing its figure, which the gold counts a wrong pair (test_alignment_rules).
FLOORS = {"working": 23, "aside": 19}
WRONG_AT_MOST = {"working": 1, "aside": 0}


@pytest.mark.parametrize("part", FLOORS)
def test_alignment_holds_its_floor(part):
    evaluate.holds_floor(part, FLOORS[part], KEPT_ASIDE, HERE, wrong_at_most=WRONG_AT_MOST[part])
