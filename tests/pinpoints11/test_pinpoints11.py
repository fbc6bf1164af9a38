"""The eleventh pinpoint set (tests/pinpoints11/, README.md): texts the project had never used, gold
written by reading before anything was run on them. The checks of
tests/pinpoints/set_tests.py run here, on the constants below: every text has a source and gold,
every gold citation occurs in its text in reading order, every target is a resolution of the
register with its year, the part kept aside follows its rule, and nothing comes from an earlier set
or the samples; and the floor (FLOOR) per part. The evaluation rules are tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 7
KEPT_ASIDE = 0
REGIONS = {"mainland", "taiwan"}  # the regions its texts come from (README.md): no Hong Kong or Macao text
# Blind on 8551938: working 0 of 7, no false positive (paragraphs written 条 or 款, 第11执行段); after
# the round's rule: 7 of 7, none; kept aside (a trap, no citation), measured at the end: no false positive.
FLOOR = {False: 7, True: 0}
