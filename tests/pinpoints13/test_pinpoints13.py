"""The thirteenth pinpoint set (tests/pinpoints13/, README.md): texts the project had never used, gold
written by reading before anything was run on them. Only the data checks of
tests/pinpoints/set_tests.py run here, on the constants below: every text has a source and gold,
every gold citation occurs in its text in reading order, every target is a resolution of the
register with its year, the part kept aside follows its rule, and nothing comes from an earlier set
or the samples; and the floor (FLOOR): each part finds at least what it found when measured. The
evaluation rules are tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 3
KEPT_ASIDE = 2
REGIONS = {"mainland", "taiwan"}  # the regions its texts come from (README.md): no Hong Kong or Macao text
# Found, per part (False: working, True: kept aside), no false positive in either (docs/benchmarks.md):
# blind, working 1 of 1, aside 0 of 2; after the round, the aside measured at the end, the same.
FLOOR = {False: 1, True: 0}
