"""The ninth alignment set (README.md): its texts and gold hold together, nothing comes from an
earlier set, and alignment keeps the floor measured on it."""
from pathlib import Path

from tests.alignment.set_tests import *  # noqa: F403 (the tests every alignment set runs, on this module's constants)

HERE = Path(__file__).resolve().parent
# Chosen before anything ran (the rule: every text whose number is a multiple of 3); measured once, at the end.
KEPT_ASIDE = ("03_us_china_joint_statement_nuclear_security_2016", "06_wang_min_ga_iaea_report_2013")


# Paired as read, per part (docs/benchmarks.md): blind 24 of 31 working, one wrong pair; 9 of 9 aside. After
# the round's rules (a numbered paragraph by its number under headings worded apart, a heading in capitals,
# an isotope ending a sentence, a bracketed remark no title): working 31 of 31; aside, measured again at the
# end, 9 of 9.
FLOORS = {"working": (31, 0), "aside": (9, 0)}
