"""The sitemap lists every permalink of an archive larger than one sitemap page."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Document, Paragraph, Reference

pytestmark = pytest.mark.django_db

DOCUMENTS, PARAGRAPHS_EACH = 40, 301  # 12,040 paragraphs: three pages of 5,000


@pytest.fixture
def large_archive():
    documents = Document.objects.bulk_create(
        Document(key=f"s-2099-{n}", symbol=f"S/2099/{n}", source_file=f"{n}.txt", source_sha256="0" * 64)
        for n in range(1, DOCUMENTS + 1)
    )
    Paragraph.objects.bulk_create(
        Paragraph(document=document, ordinal=i, anchor=str(i), text=f"第{i}段", content_hash=str(i))
        for document in documents
        for i in range(1, PARAGRAPHS_EACH + 1)
    )


def _locations(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_sitemap_index_pages_every_section(client, large_archive):
    sections = _locations(client, "/sitemap.xml")
    assert sections == [
        "http://testserver/sitemap-documents.xml",
        "http://testserver/sitemap-paragraphs.xml",
        "http://testserver/sitemap-paragraphs.xml?p=2",
        "http://testserver/sitemap-paragraphs.xml?p=3",
        "http://testserver/sitemap-resolutions.xml",
        "http://testserver/sitemap-bodies.xml",
    ]
    paragraphs = [url for section in sections[1:4] for url in _locations(client, section.removeprefix("http://testserver"))]
    assert len(paragraphs) == len(set(paragraphs)) == DOCUMENTS * PARAGRAPHS_EACH
    assert paragraphs[0] == "http://testserver/documents/S/2099/1/1/"
    assert "http://testserver/documents/S/2099/40/301/" in paragraphs
    assert len(_locations(client, "/sitemap-documents.xml")) == DOCUMENTS


def test_a_page_past_the_end_is_not_found(client, large_archive):
    assert client.get("/sitemap-paragraphs.xml?p=4").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def _paragraph_queries(queries):
    return [q["sql"] for q in queries if "archive_paragraph" in q["sql"]]


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-paragraphs.xml?p=2"])
def test_a_second_request_is_not_built_again(client, large_archive, url):
    with CaptureQueriesContext(connection) as first:
        built = client.get(url)
    assert built.status_code == 200 and _paragraph_queries(first.captured_queries)
    with CaptureQueriesContext(connection) as second:
        again = client.get(url)
    assert (again.status_code, again.content) == (200, built.content)
    assert again["Content-Type"] == built["Content-Type"] == "application/xml"
    assert _paragraph_queries(second.captured_queries) == []
    assert len(second.captured_queries) == 2  # the archive's state, the cache
    with CaptureQueriesContext(connection) as third:
        unchanged = client.get(url, HTTP_IF_NONE_MATCH=again["ETag"])
    assert (unchanged.status_code, len(third.captured_queries)) == (304, 2)
    assert _paragraph_queries(third.captured_queries) == []


@pytest.mark.parametrize(
    "url, variant",
    [("/sitemap.xml", "/sitemap.xml?p=7&x=1"), ("/sitemap-paragraphs.xml?p=2", "/sitemap-paragraphs.xml?p=02&x=1")],
)
def test_an_invented_query_string_does_not_build_it_again(client, large_archive, url, variant):
    built = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(variant)
    assert (again.status_code, again.content) == (200, built.content)
    assert _paragraph_queries(queries.captured_queries) == []


def test_the_index_reads_no_paragraph_rows(client, large_archive):
    """The latest change of a section is one aggregate, not a pass over every paragraph."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    assert all("COUNT(" in sql.upper() or "MAX(" in sql.upper() for sql in _paragraph_queries(queries.captured_queries))


def test_an_import_changes_the_sitemap(client, large_archive):
    assert "S/2099/41" not in client.get("/sitemap-documents.xml").content.decode()
    Document.objects.create(key="s-2099-41", symbol="S/2099/41", source_file="41.txt", source_sha256="0" * 64)
    assert "http://testserver/documents/S/2099/41/" in client.get("/sitemap-documents.xml").content.decode()


def test_re_extracted_references_change_the_sitemap(client, large_archive):
    assert "1540" not in client.get("/sitemap-resolutions.xml").content.decode()
    Reference.objects.create(paragraph=Paragraph.objects.first(), type="resolution", target="S/RES/1540 (2004)", surface="第1540(2004)号决议", start=0, end=14)
    assert "http://testserver/resolutions/S/RES/1540(2004)/" in client.get("/sitemap-resolutions.xml").content.decode()


def test_each_host_has_its_own_cached_sitemap(client, large_archive, settings):
    settings.ALLOWED_HOSTS = ["testserver", "archive.example"]
    assert "http://testserver/sitemap-documents.xml" in client.get("/sitemap.xml").content.decode()
    assert "http://archive.example/sitemap-documents.xml" in client.get("/sitemap.xml", HTTP_HOST="archive.example").content.decode()
