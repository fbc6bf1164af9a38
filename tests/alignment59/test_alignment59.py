"""The fifty-ninth alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set."""
from pathlib import Path

from tests.alignment import checks

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3).
KEPT_ASIDE = ("03_zhong_sheng_2016_security_council_resolution_2328_syria",)


def test_texts_gold_and_sources_hold_together():
    checks.gold_holds_together(HERE, KEPT_ASIDE)


def test_no_text_or_address_of_an_earlier_set():
    checks.never_used_before(HERE)
