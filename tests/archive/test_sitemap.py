"""The sitemap lists every permalink of an archive larger than one sitemap page."""
import re

import pytest

from archive.models import Document, Paragraph

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
