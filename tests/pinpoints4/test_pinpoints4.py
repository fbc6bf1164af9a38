"""The fourth pinpoint set (tests/pinpoints4/, README.md): texts the project had never used, gold
written by reading before anything was run on them. The data checks and the floor every pinpoint set
runs are tests/pinpoints/set_tests.py's, on the constants below; the evaluation rules are
tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 61
KEPT_ASIDE = 21
# Blind on cba9e58: working 29 of 40 with 2 false positives, kept aside 19 of 21. After the fixes
# the working part called for (a sub-paragraph after 段, a list whose last pinpoint drops its 第, a
# colon or a section before the paragraphs, 同一决议 and a bare 决议 as 该决议, an antecedent carried
# across paragraphs), working 40 of 40 and kept aside 19 of 21 (measured once more, at the end), no
# false positive (README.md). The floor keeps the extractor from falling below that, per part.
FLOOR = {False: 40, True: 19}
