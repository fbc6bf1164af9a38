"""A small document of numbered paragraphs, stored and indexed for one test module: what a test
of search's understanding searches in, with every paragraph's expected place known."""
from contextlib import contextmanager

import pytest

from archive.importing import store
from archive.models import Document
from archive.pipeline import parse_text
from search import engine, indexing


@contextmanager
def numbered_document(symbol, paragraphs, date):
    """A document `symbol` of numbered paragraphs ({number: text}), stored and indexed for the
    module's tests, then removed. Use under `django_db_blocker.unblock()`."""
    text = f"{symbol}\n\n" + "\n\n".join(f"{n}. {body}" for n, body in paragraphs.items()) + "\n"
    name = symbol.replace("/", "_") + "-zh-Hans.txt"
    document = store(parse_text(text, name, {"symbol": symbol, "date": date, "language": "zh-Hans"}), announce=False).document
    indexing.index_documents([document])
    try:
        yield document
    finally:
        indexing.remove_documents([document.key])
        Document.objects.filter(pk=document.pk).delete()


def held_document(symbol, paragraphs, date):
    """A module-scoped fixture holding `numbered_document(symbol, paragraphs, date)` for the
    module's tests: `held = held_document(SYMBOL, PARAGRAPHS, "2097-05-07")`."""
    @pytest.fixture(scope="module")
    def held(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), numbered_document(symbol, paragraphs, date) as document:
            yield document
    return held


def numbers_found(symbol, query):
    """The numbers of the paragraphs of `symbol` that a search for `query` shows."""
    return sorted(int(hit.paragraph.label.rstrip(".")) for hit in engine.search(query).hits
                  if hit.paragraph.document.symbol == symbol)
