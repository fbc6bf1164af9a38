"""The thirteenth pinpoint set (tests/pinpoints13/, README.md): texts the project had never used, gold
written by reading before anything was run on them. Only the data checks of
tests/pinpoints/set_tests.py run here, on the constants below: every text has a source and gold,
every gold citation occurs in its text in reading order, every target is a resolution of the
register with its year, the part kept aside follows its rule, and nothing comes from an earlier set
or the samples. No floor yet (FLOOR is None): it is added, with set_tests' floor test, after the
first measurement. The evaluation rules are tests/pinpoints/evaluate.py's."""
from pathlib import Path

from tests.pinpoints.set_tests import (  # noqa: F401 (pytest collects these on this module's constants)
    held_out_pinpoints,
    test_every_target_is_a_resolution_of_the_register_with_its_year,
    test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order,
    test_no_address_or_text_comes_from_an_earlier_set_or_the_samples,
    test_the_part_kept_aside_is_every_text_whose_number_is_a_multiple_of_three,
    test_the_sources_say_where_each_text_comes_from,
)

from .figures import ASIDE  # noqa: F401 (set_tests reads it from this module)

SET = Path(__file__).resolve().parent
CITATIONS = 3
KEPT_ASIDE = 2
REGIONS = {"mainland", "taiwan"}  # the regions its texts come from (README.md): no Hong Kong or Macao text
FLOOR = None  # not measured yet: set after the first measurement, with the floor test of set_tests
