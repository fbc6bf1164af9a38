"""The twelfth pinpoint set (tests/pinpoints12/, README.md): texts the project had never used, gold
written by reading before anything was run on them. The checks of tests/pinpoints/set_tests.py run
here, on the constants below: every text has a source and gold, every gold citation occurs in its
text in reading order, every target is a resolution of the register with its year, the part kept
aside follows its rule, and nothing comes from an earlier set or the samples; and the floor (FLOOR)
per part. The evaluation rules are tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 2
KEPT_ASIDE = 0
REGIONS = {"mainland", "hongkong"}  # the regions its texts come from (README.md): no Taiwan or Macao text
# Blind on 5e818b9: working 1 of 2, no false positive (`第二个段落`); after the round's rule: 2 of 2, none;
# kept aside (traps only), measured at the end: no false positive.
FLOOR = {False: 2, True: 0}
