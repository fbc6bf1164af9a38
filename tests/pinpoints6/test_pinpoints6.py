"""The sixth pinpoint set (tests/pinpoints6/, README.md): texts the project had never used, gold
written by reading before anything was run on them. These checks are of the data only: every text
has a source and gold, every gold citation occurs in its text in reading order, every target is a
resolution of the register with its year, the part kept aside follows its rule, and nothing comes
from an earlier set (tests/pinpoints* including pinpoints5, tests/unseen* including unseen8, …) or
the samples. The evaluation rules are tests/pinpoints/evaluate.py's, applied to this folder. No
floor: the set is too small to hold one (README.md)."""
import json
import re
from pathlib import Path

import pytest

from tests.pinpoints import checks, evaluate
from tests.unseen.evaluate import load_json, texts

from .figures import ASIDE

SET = Path(__file__).resolve().parent
REGISTER = SET.parents[1] / "unref" / "data" / "resolutions.json"
CITATIONS = 1
KEPT_ASIDE = 0


def test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order():
    checks.texts_sources_and_gold(SET, CITATIONS)


def test_the_part_kept_aside_is_every_text_whose_number_is_a_multiple_of_three():
    gold = load_json("gold.json", SET)
    assert set(ASIDE) == {name for name in texts(SET) if int(name[:2]) % 3 == 0}
    assert sum(len(gold[name]) for name in ASIDE) == KEPT_ASIDE


def test_every_target_is_a_resolution_of_the_register_with_its_year():
    years = {entry["number"]: entry["year"] for entry in json.loads(REGISTER.read_text(encoding="utf-8"))["security_council"]}
    for name, cited in load_json("gold.json", SET).items():
        for citation in cited:
            number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", citation["target"]).groups()
            assert years.get(int(number)) == int(year), (name, citation["surface"])


def test_the_sources_say_where_each_text_comes_from():
    checks.sources_say_where(SET, {"mainland", "taiwan"})


def test_no_address_or_text_comes_from_an_earlier_set_or_the_samples():
    assert (checks.TESTS / "pinpoints5").is_dir() and (checks.TESTS / "unseen8").is_dir()
    checks.never_used_before(SET)


# Blind: working 1 of 1, kept aside none, no false positive; the same at the end of the round
# (README.md). Mostly a check of precision: five texts citing no Council paragraph.
FLOOR = {False: 1, True: 0}


@pytest.mark.parametrize("aside", [False, True])
def test_the_extractor_does_not_fall_below_the_measurement(aside):
    evaluate.holds_floor(SET, ASIDE, FLOOR[aside], aside=aside)
