"""The twenty-third alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set, and each part pairs at least as many paragraphs as it did when measured (FLOORS)."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_sg_message_victims_of_terrorism_day_2024", "06_sg_message_day_against_nuclear_tests_2020")


# Paired as read, per part (docs/benchmarks.md): blind 25 of 30 working, two wrong pairs; 19 of 19 aside, none.
# The same at the end (no rule of the second round).
FLOORS = {"working": (25, 2), "aside": (19, 0)}
