"""The five sample documents imported once per module and indexed in the test index."""
import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    from archive.models import Document
    from search import indexing

    with django_db_blocker.unblock():
        call_command("ingest", str(FIXTURES), verbosity=0, stdout=open("/dev/null", "w"))
        indexing.rebuild()
        yield {document.path: document for document in Document.objects.all()}
        indexing.remove_documents(Document.objects.values_list("key", flat=True))
        Document.objects.all().delete()
