"""The fifty-fourth alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set, and its pairs are paired at least as they were when measured (FLOORS)."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3).
KEPT_ASIDE = ("03_mfa_press_conference_2023_04_18_g7_nuclear_question",)


# Paired as read (docs/benchmarks.md): blind on its merge (fe929d1, the code of c1c8429), 9 of 10 working, none
# wrong (a Secretary-General's dateline beside the Chinese line introducing his message stays unpaired), and 3 of
# 3 kept aside, none wrong; the same at the end of stop 66 (no alignment rule changed).
FLOORS = {"working": (9, 0), "aside": (3, 0)}
