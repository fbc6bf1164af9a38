"""The eighth alignment set (README.md): its texts and gold hold together, nothing comes from an
earlier set, and alignment keeps the floor measured on it."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_dai_bing_sc_syria_chemical_weapons_vtc_2021", "06_sg_message_total_elimination_of_nuclear_weapons_day_2023")


# Paired as read, per part (docs/benchmarks.md): blind 14 of 15 working, no wrong pair (the 1972
# letter's committee heading unpaired against the English masthead), 10 of 10 aside; no rule added;
# aside, measured again at the end, 10 of 10. Stop 41: a heading in capitals over several lines is one
# block, and the committee's name pairs: working 15 of 15.
FLOORS = {"working": (15, 0), "aside": (10, 0)}
