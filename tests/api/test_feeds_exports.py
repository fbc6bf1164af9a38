"""A search followed as an Atom feed, exported as CSV and JSON; answers revalidated by ETag."""
import csv
import io
import json
import re

import pytest

from search import exports

pytestmark = pytest.mark.django_db
# The nine paragraphs naming the OPCW in any form (禁化武组织 is expanded to 禁止化学武器组织 …),
# newest document first (undated ones last).
NEWEST_FIRST = [
    ("CD/2118", "3"),
    ("002-2df1659267c69416", "sec-ii-p1"),
    ("002-2df1659267c69416", "sec-iii-p1"),
    ("S/AC.44/SR.74", "8"),
    ("S/AC.44/SR.74", "14"),
    ("A/74/140", "sec-iii-p10"),
    ("A/74/140", "sec-iii-p11"),
    ("A/74/140", "guoji-minyonghangkong-zuzhi-p7"),
    ("A/74/140", "yindu-p6"),
]


def test_search_feed_lists_the_newest_matching_paragraphs(client, corpus):
    response = client.get("/search/feed/", {"q": "禁化武组织"})
    feed = response.content.decode()
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert "<title>检索“禁化武组织”的新段落 (new paragraphs matching “禁化武组织”)</title>" in feed
    assert '<link href="http://testserver/search/feed/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87" rel="self"/>' in feed
    links = re.findall(r'<entry><title>[^<]*</title><link href="([^"]+)"', feed)
    assert links == [f"http://testserver/documents/{document}/{anchor}/" for document, anchor in NEWEST_FIRST]


def test_search_feed_keeps_the_filters(client, corpus):
    feed = client.get("/search/feed/", {"q": "禁化武组织", "year": "2016"}).content.decode()
    assert len(re.findall("<entry>", feed)) == 4  # the 2016 documents: SR.74 ¶8 and ¶14, and the letter's two
    assert 'href="http://testserver/search/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87&amp;year=2016&amp;sort=date" rel="alternate"' in feed


def test_results_page_links_its_feed_and_exports(client, corpus):
    html = client.get("/search/", {"q": "禁化武组织", "sort": "date"}).content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/search/feed/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87"' in html
    assert 'href="/search/export.csv?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87&amp;sort=date" translate="no">CSV</a>' in html


def test_csv_export_in_date_order(client, corpus):
    response = client.get("/search/export.csv", {"q": "禁化武组织", "sort": "date"})
    assert response["Content-Disposition"] == 'attachment; filename="search.csv"'
    assert response["X-Total-Count"] == "9"
    rows = list(csv.reader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))
    assert rows[0] == ["document", "language", "date", "title", "anchor", "label", "text", "url"]
    assert [(row[0], row[4]) for row in rows[1:]] == NEWEST_FIRST
    assert [row[2] for row in rows[1:]] == ["2018-02-19", "2016-12-01", "2016-12-01", "2016-11-20", "2016-11-20", "", "", "", ""]
    assert rows[1][7] == "http://testserver/documents/CD/2118/3/"
    assert "禁止化学武器组织(禁化武组织)" in rows[1][6]


def test_json_export_is_capped_and_says_how_many_match(client, corpus, monkeypatch):
    monkeypatch.setattr(exports, "LIMIT", 2)
    response = client.get("/search/export.json", {"q": "禁化武组织", "sort": "date"})
    data = json.loads(response.content)
    assert {key: data[key] for key in ("query", "sort", "count", "limit")} == {"query": "禁化武组织", "sort": "date", "count": 9, "limit": 2}
    assert [(row["document"], row["anchor"]) for row in data["results"]] == NEWEST_FIRST[:2]
    assert response["X-Total-Count"] == "9"


def test_unknown_export_format_is_404(client, corpus):
    assert client.get("/search/export.xlsx", {"q": "禁化武组织"}).status_code == 404


@pytest.mark.parametrize("url", ["/api/v1/documents/", "/api/documents/CD/2118/", "/search/feed/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87", "/robots.txt"])
def test_unchanged_answers_are_304_with_and_without_gzip(client, corpus, url):
    for encoding in ("gzip", "identity"):
        first = client.get(url, HTTP_ACCEPT_ENCODING=encoding)
        assert first.status_code == 200 and first["ETag"]
        again = client.get(url, HTTP_ACCEPT_ENCODING=encoding, HTTP_IF_NONE_MATCH=first["ETag"])
        assert (again.status_code, again.content) == (304, b"")


def test_feeds_say_when_they_last_changed(client, corpus):
    first = client.get("/resolutions/S/RES/1540(2004)/feed/")
    again = client.get("/resolutions/S/RES/1540(2004)/feed/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


@pytest.mark.parametrize("url", ["/search/feed/", "/search/export.csv", "/search/export.json", "/api/v1/search/"])
def test_odd_queries_never_fail(client, corpus, url):
    from tests.search.test_views import ROBUSTNESS

    for typed in ROBUSTNESS:
        response = client.get(url, {"q": typed})
        assert response.status_code == 200, (url, typed)
