"""The thirty-first alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set, and each part pairs at least as many paragraphs as it did when measured (FLOORS)."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_ares51_210_measures_to_eliminate_international_terrorism",)


# Paired as read, per part (docs/benchmarks.md): blind, working 15 of 19 with four wrong pairs (a communiqué whose
# English copy lacks its first paragraph and joins its last two); at the end, as blind; kept aside 6 of 6, none wrong.
FLOORS = {"working": (15, 4), "aside": (6, 0)}
