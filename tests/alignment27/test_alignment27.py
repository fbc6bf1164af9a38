"""The twenty-seventh alignment set (README.md): its texts and gold hold together, and nothing comes from an
earlier set, and each part pairs at least as many paragraphs as it did when measured (FLOORS)."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_pga_kutesa_message_day_against_nuclear_tests_2015",
              "06_zhang_jun_security_council_syria_chemical_weapons_2021")


# Paired as read, per part (docs/benchmarks.md): blind 19 of 19 working, 7 of 7 aside; at the end, after the
# round's rules: 19 working (0 wrong), 7 aside (measured once, at the end), none wrong.
FLOORS = {"working": (19, 0), "aside": (7, 0)}
