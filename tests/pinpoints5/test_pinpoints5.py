"""The fifth pinpoint set (tests/pinpoints5/, README.md): texts the project had never used, gold
written by reading before anything was run on them. The data checks and the floor every pinpoint set
runs are tests/pinpoints/set_tests.py's, on the constants below; the evaluation rules are
tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 14
KEPT_ASIDE = 5
# Blind on 1cba4de: working 9 of 9, kept aside 4 of 5, no false positive; measured again at the end
# of the round (no fix made for this set): the same (README.md). The floor keeps the extractor from
# falling below that, per part.
FLOOR = {False: 9, True: 4}
