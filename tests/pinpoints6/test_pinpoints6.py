"""The sixth pinpoint set (tests/pinpoints6/, README.md): texts the project had never used, gold
written by reading before anything was run on them; mostly a check of precision (one citation).
The data checks and the floor every pinpoint set runs are tests/pinpoints/set_tests.py's, on the
constants below; the evaluation rules are tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints import checks
from tests.pinpoints.set_tests import *  # noqa: F403 (the tests every pinpoint set runs, on this module's constants)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 1
KEPT_ASIDE = 0
REGIONS = {"mainland", "taiwan"}  # the regions its texts come from (README.md)
# Blind: working 1 of 1, kept aside none, no false positive; the same at the end of the round
# (README.md). Five texts cite no Council paragraph.
FLOOR = {False: 1, True: 0}


def test_the_sets_gathered_the_same_day_are_among_those_it_is_checked_against():
    assert (checks.TESTS / "pinpoints5").is_dir() and (checks.TESTS / "unseen8").is_dir()
