"""The tests every blind pinpoint set from the fourth on runs (tests/pinpoints4/ …): its data
checks, committed with it before anything was run on it, and the floor measured on it afterwards.

A set's test module imports them (`from tests.pinpoints.set_tests import *`) and says, as module
constants: its folder (`SET`), its citations in all (`CITATIONS`) and in the part kept aside
(`KEPT_ASIDE`, the files in `ASIDE`: every text whose number is a multiple of three), the regions
its texts come from where not all four (`REGIONS`), and its floor per part (`FLOOR`: citations found at least, no
false positive unless `FALSE_POSITIVES` allows the ones measured, per part)."""
import json
import re
from pathlib import Path

import pytest

from tests.pinpoints import checks, evaluate
from tests.unseen.evaluate import load_json, texts

__all__ = ["held_out_pinpoints", "test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order",
           "test_the_part_kept_aside_is_every_text_whose_number_is_a_multiple_of_three",
           "test_every_target_is_a_resolution_of_the_register_with_its_year", "test_the_sources_say_where_each_text_comes_from",
           "test_no_address_or_text_comes_from_an_earlier_set_or_the_samples",
           "test_the_extractor_does_not_fall_below_the_measurement"]

REGISTER = Path(__file__).resolve().parents[2] / "unref" / "data" / "resolutions.json"


@pytest.fixture(scope="module")
def held_out_pinpoints(request):
    """The set's test module: its folder, counts, part kept aside and floor."""
    return request.module


def test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order(held_out_pinpoints):
    checks.texts_sources_and_gold(held_out_pinpoints.SET, held_out_pinpoints.CITATIONS)


def test_the_part_kept_aside_is_every_text_whose_number_is_a_multiple_of_three(held_out_pinpoints):
    folder, aside = held_out_pinpoints.SET, held_out_pinpoints.ASIDE
    gold = load_json("gold.json", folder)
    assert set(aside) == {name for name in texts(folder) if int(name[:2]) % 3 == 0}
    assert sum(len(gold[name]) for name in aside) == held_out_pinpoints.KEPT_ASIDE


def test_every_target_is_a_resolution_of_the_register_with_its_year(held_out_pinpoints):
    years = {entry["number"]: entry["year"] for entry in json.loads(REGISTER.read_text(encoding="utf-8"))["security_council"]}
    for name, cited in load_json("gold.json", held_out_pinpoints.SET).items():
        for citation in cited:
            number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", citation["target"]).groups()
            assert years.get(int(number)) == int(year), (name, citation["surface"])


def test_the_sources_say_where_each_text_comes_from(held_out_pinpoints):
    checks.sources_say_where(held_out_pinpoints.SET, getattr(held_out_pinpoints, "REGIONS", checks.REGIONS))


def test_no_address_or_text_comes_from_an_earlier_set_or_the_samples(held_out_pinpoints):
    checks.never_used_before(held_out_pinpoints.SET)


@pytest.mark.parametrize("aside", [False, True])
def test_the_extractor_does_not_fall_below_the_measurement(held_out_pinpoints, aside):
    allowed = getattr(held_out_pinpoints, "FALSE_POSITIVES", {}).get(aside, 0)
    evaluate.holds_floor(held_out_pinpoints.SET, held_out_pinpoints.ASIDE, held_out_pinpoints.FLOOR[aside], aside=aside,
                         false_positives=allowed)
