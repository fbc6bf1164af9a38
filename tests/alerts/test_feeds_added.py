"""Feeds by import time (`?order=added`) and the site-wide feed of additions: a document
imported last, though dated years ago, heads them."""
import re

import pytest

from archive.models import Document
from tests.alerts.conftest import ingest
from tests.conftest import A_74_140, CD_2118, S_2010_52, SPAIN_LETTER, SR_74

pytestmark = pytest.mark.django_db


@pytest.fixture
def late_import():
    """Four documents, then S/AC.44/SR.74 (20 November 2016), imported after the others."""
    ingest(CD_2118, S_2010_52, SPAIN_LETTER, A_74_140)
    ingest(SR_74)
    return Document.objects.get(symbol="S/AC.44/SR.74")


def entry_links(feed):
    return re.findall(r'<entry><title>[^<]*</title><link href="http://testserver/documents/([^"]+)/"', feed)


def test_resolution_feed_by_import_time_starts_with_the_late_import(client, late_import):
    by_date = entry_links(client.get("/resolutions/S/RES/1540(2004)/feed/").content.decode())
    response = client.get("/resolutions/S/RES/1540(2004)/feed/", {"order": "added"})
    feed = response.content.decode()
    added = entry_links(feed)
    assert response.status_code == 200
    assert by_date[0].startswith("CD/2118/") and not added[0].startswith("CD/2118/")
    assert added[0].startswith("S/AC.44/SR.74/")
    assert "<title>引用 S/RES/1540 (2004) 的段落，按收录时间 (paragraphs citing S/RES/1540 (2004), newest in the archive first)</title>" in feed
    assert '<link href="http://testserver/resolutions/S/RES/1540(2004)/feed/?order=added" rel="self"/>' in feed
    published = re.search(r"<entry>.*?<published>([^<]+)</published>", feed).group(1)
    assert published == late_import.imported_at.isoformat()  # when it entered the archive, not 2016-11-20


def test_site_feed_lists_every_paragraph_newest_import_first(client, late_import):
    response = client.get("/feed/")
    feed = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert "<title>文献库新收录的段落 (new in the archive)</title>" in feed
    links = entry_links(feed)
    assert late_import.paragraphs.count() > 50
    assert links == [f"S/AC.44/SR.74/{anchor}" for anchor in late_import.paragraphs.values_list("anchor", flat=True)[:50]]
    assert len(links) == 50 and '<link href="http://testserver/feed/?order=added&amp;page=2" rel="next"/>' in feed


def test_site_feed_pages_reach_the_first_import(client, late_import):
    first = Document.objects.get(symbol="CD/2118")
    total = sum(document.paragraphs.count() for document in Document.objects.all())
    last_page = (total + 49) // 50
    feed = client.get("/feed/", {"page": last_page}).content.decode()
    assert entry_links(feed)[-1] == f"CD/2118/{first.paragraphs.last().anchor}"


def test_body_and_treaty_feeds_take_the_order(client, late_import):
    for url in ("/bodies/opcw/feed/", "/treaties/npt/feed/"):
        feed = client.get(url, {"order": "added"}).content.decode()
        assert "，按收录时间 (" in feed and f'<link href="http://testserver{url}?order=added" rel="self"/>' in feed


def test_search_feed_by_import_time(client):
    ingest(CD_2118, S_2010_52, SPAIN_LETTER, A_74_140, index=True)
    ingest(SR_74, index=True)
    feed = client.get("/search/feed/", {"q": "禁化武组织", "order": "added"}).content.decode()
    assert entry_links(feed)[:2] == ["S/AC.44/SR.74/8", "S/AC.44/SR.74/14"]
    assert "，按收录时间 (new paragraphs matching “禁化武组织”, newest in the archive first)" in feed
    assert entry_links(client.get("/search/feed/", {"q": "禁化武组织"}).content.decode())[0] == "CD/2118/3"


def test_pages_link_their_feeds_by_import_time(client, late_import):
    html = client.get("/resolutions/S/RES/1540(2004)/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/resolutions/S/RES/1540(2004)/feed/?order=added" title="按收录时间">' in html
    english = client.get("/en/bodies/opcw/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/bodies/opcw/feed/?order=added" title="By date added">' in english
    home = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/feed/" title="新收录">' in home
