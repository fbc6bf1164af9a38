"""The fifth alignment set (README.md): its texts and gold hold together, nothing comes from an
earlier set, and alignment keeps the floor measured on it."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_sres923_somalia_unosom_ii_1994", "06_sprst_2004_31_beslan_hostage_taking")


# Paired as read, per part (docs/benchmarks.md): blind 19 of 20 working, no wrong pair; after the
# seventh round 20 of 20; aside, measured once at the end, 12 of 16 with one wrong pair.
# Stop 65, pairing unpaired paragraphs on their words (CC-CEDICT): aside 12 → 13.
FLOORS = {"working": (20, 0), "aside": (13, 1)}
