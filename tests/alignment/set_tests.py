"""The tests every alignment set from the third on runs (tests/alignment3/ …): its data checks,
committed with it before anything was run on it, and the floors measured on it afterwards.

A set's test module imports them (`from tests.alignment.set_tests import *`) and says, as module
constants: its folder (`HERE`), the texts kept aside (`KEPT_ASIDE`, chosen before anything ran) and,
once measured, per part ("working", "aside") the pairs right at least and the wrong pairs at most
(`FLOORS`). A set not measured yet imports the two data checks by name."""
import pytest

from tests.alignment import checks, evaluate

__all__ = ["aligned", "test_texts_gold_and_sources_hold_together", "test_no_text_or_address_of_an_earlier_set",
           "test_alignment_holds_its_floor"]


@pytest.fixture(scope="module")
def aligned(request):
    """The set's test module: its folder, its kept-aside texts, its floors."""
    return request.module


def test_texts_gold_and_sources_hold_together(aligned):
    checks.gold_holds_together(aligned.HERE, aligned.KEPT_ASIDE)


def test_no_text_or_address_of_an_earlier_set(aligned):
    checks.never_used_before(aligned.HERE)


def test_alignment_holds_its_floor(aligned):
    assert aligned.FLOORS, "a measured set has a floor"
    for part, (floor, wrong) in aligned.FLOORS.items():
        evaluate.holds_floor(part, floor, aligned.KEPT_ASIDE, aligned.HERE, wrong_at_most=wrong)
