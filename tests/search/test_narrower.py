"""A field term also finds its narrower terms (the thesaurus's `narrower`: 核安保 → 实物保护), as a
library catalogue explodes a subject heading: below what was typed, listed among the forms also
searched, and never the other way up."""
import pytest

from search import engine
from tests.search.held import numbered_document, numbers_found

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SYMBOL = "S/2098/5"
PARAGRAPHS = {
    1: "修正案扩大了核材料实物保护的范围。",      # the narrower term
    2: "各国应加强核安保。",                      # the term typed
    3: "實體防護制度適用於核設施。",              # the narrower term, Taiwan's wording
    4: "核安全公约适用于民用核设施。",            # nuclear safety: neither
}


@pytest.fixture(scope="module")
def held(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), numbered_document(SYMBOL, PARAGRAPHS, "2098-05-07") as document:
        yield document


def test_a_term_finds_its_narrower_terms_below_what_was_typed(held):
    outcome = engine.search("核安保")
    labels = [hit.paragraph.label for hit in outcome.hits]
    assert (labels[0], sorted(labels[1:])) == ("2.", ["1.", "3."])  # inside a band, each engine orders its own way
    assert {"实物保护", "实体防护"} <= set(outcome.understood.also_searched())


def test_a_narrower_term_does_not_find_the_broader_one(held):
    assert numbers_found(SYMBOL, "实物保护") == [1, 3]


def test_the_narrower_terms_can_be_left_out_like_any_form(held):
    outcome = engine.search("核安保", without=["实物保护", "实体防护", "实体保护"])
    assert [hit.paragraph.label for hit in outcome.hits] == ["2."]
