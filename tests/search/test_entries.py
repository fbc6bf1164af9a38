"""An index entry built directly (ParagraphIndex.full_prepare) is the entry haystack's generic
field-by-field preparation builds, for every paragraph of the five samples."""
import pytest
from haystack import indexes

from search.search_indexes import ParagraphIndex

pytestmark = pytest.mark.django_db


def test_every_entry_is_the_one_haystack_prepares(corpus, django_db_blocker):
    index = ParagraphIndex()
    with django_db_blocker.unblock():
        paragraphs = list(index.index_queryset())
        direct = [dict(index.full_prepare(paragraph)) for paragraph in paragraphs]
        generic = [dict(indexes.SearchIndex.full_prepare(index, paragraph)) for paragraph in paragraphs]
    assert len(paragraphs) >= 300 and direct == generic
    assert any(entry["resolutions"] for entry in direct) and any(entry["bodies"] for entry in direct)
