"""The tests every blind held-out set from the third on runs (tests/unseen3/ …): its data checks,
committed with it before anything was run on it, and the floors measured on it afterwards.

A set's test module imports them (`from tests.unseen.set_tests import *`) and says, as module
constants: its folder (`SET`); the other sets whose addresses or texts its own may share, if any
(`MAY_SHARE`, each saying why; every other set's it must not); its kinds of query (`KINDS`) and how
many of its queries expect no file (`EXPECTING_NONE`); its floors — references found at least and
false positives at most (`FLOORS`), expected documents returned per kind of query (`SEARCH_FLOORS`),
over-reach queries that may return a file (`OVERREACH_AT_MOST`)."""
import pytest

from tests.unseen import checks, evaluate

__all__ = ["held_out", "test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order",
           "test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples",
           "test_every_query_expects_existing_texts_and_some_expect_none", "test_the_aside_part_follows_its_rule",
           "test_references_do_not_fall_below_the_measured_floor", "test_search_does_not_fall_below_the_measured_floor",
           "test_search_reaches_no_further_for_what_no_text_holds"]


@pytest.fixture(scope="module")
def held_out(request):
    """The set's test module: its folder, its earlier sets, its floors."""
    return request.module


def test_every_text_has_a_source_and_gold_that_occurs_in_it_in_reading_order(held_out):
    checks.texts_sources_and_gold(held_out.SET)


def test_no_text_or_address_comes_from_the_earlier_sets_or_the_samples(held_out):
    checks.never_used_before(held_out.SET, getattr(held_out, "MAY_SHARE", ()))


def test_every_query_expects_existing_texts_and_some_expect_none(held_out):
    checks.queries_expect_held_texts(held_out.SET, held_out.KINDS, expecting_none=held_out.EXPECTING_NONE)


def test_the_aside_part_follows_its_rule(held_out):
    checks.aside_follows_its_rule(held_out.SET)


@pytest.mark.parametrize("category", ["resolutions", "bodies"])
def test_references_do_not_fall_below_the_measured_floor(held_out, held_out_references, category):
    assert not evaluate.short_of_floor(held_out_references[category], *held_out.FLOORS[category])


@pytest.mark.django_db
@pytest.mark.contract
def test_search_does_not_fall_below_the_measured_floor(held_out, held_out_search):
    assert not evaluate.short_of_search_floor(held_out_search, held_out.SEARCH_FLOORS)


@pytest.mark.django_db
@pytest.mark.contract
def test_search_reaches_no_further_for_what_no_text_holds(held_out, held_out_search):
    overreach = {result.query: sorted(result.found) for result in held_out_search if not result.expected}
    returning = {query: found for query, found in overreach.items() if found}
    assert len(overreach) >= held_out.EXPECTING_NONE and len(returning) <= held_out.OVERREACH_AT_MOST, returning
