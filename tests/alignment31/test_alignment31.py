"""The thirty-first alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set. Data checks only: the set is blind, and the floor test is added once it has been
measured."""
from pathlib import Path

from tests.alignment import checks

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_ares51_210_measures_to_eliminate_international_terrorism",)


def test_texts_gold_and_sources_hold_together():
    checks.gold_holds_together(HERE, KEPT_ASIDE)


def test_no_text_or_address_of_an_earlier_set():
    checks.never_used_before(HERE, ("alignment", "alignment2", "alignment3", "alignment4", "alignment5", "alignment6",
                                    "alignment7", "alignment8", "alignment9", "alignment10", "alignment11",
                                    "alignment12", "alignment13", "alignment14", "alignment15", "alignment16",
                                    "alignment17", "alignment18", "alignment19", "alignment20", "alignment21",
                                    "alignment22", "alignment23", "alignment24", "alignment25", "alignment26",
                                    "alignment27", "alignment28", "alignment29", "alignment30"))
