"""Pages and JSON for documents and paragraphs, with real imported fixtures."""
import io
import json

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def test_document_page_shows_paragraphs_with_anchors_and_no_furniture(client):
    response = client.get("/documents/CD/2118/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<section class="paragraph') == 40
    assert 'id="5-f"' in html and 'href="/documents/CD/2118/5-f/"' in html
    assert 'id="recommendations-a"' in html
    for debris in ("Original: English", "19 February 2018", "undocs.org/ch/"):
        assert debris not in html


def test_paragraph_permalink_page_shows_neighbours_and_permanent_url(client):
    response = client.get("/documents/CD/2118/5-f/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "2016 年 12 月完成的关于全面审查的报告认为" in html
    assert 'id="5-e"' in html and 'id="5-g"' in html
    assert "http://testserver/documents/CD/2118/5-f/" in html


def test_unknown_document_and_unknown_anchor_are_404(client):
    assert client.get("/documents/S/1999/1/").status_code == 404
    assert client.get("/documents/CD/2118/99-z/").status_code == 404
    assert client.get("/documents/../../etc/passwd/").status_code == 404


def test_document_list_and_api(client):
    assert client.get("/documents/").status_code == 200
    data = json.loads(client.get("/api/documents/").content)
    assert sorted((d["symbol"] or d["key"], d["paragraph_count"]) for d in data) == [
        ("002-2df1659267c69416", 40),
        ("A/74/140", 136),
        ("CD/2118", 40),
        ("S/2010/52", 44),
        ("S/AC.44/SR.74", 63),
    ]
    assert all(d["api_url"].startswith("http://testserver/api/documents/") for d in data)


def test_api_document_detail_is_utf8_without_escapes(client):
    response = client.get("/api/documents/S/AC.44/SR.74/")
    body = response.content.decode("utf-8")
    assert "\\u" not in body and "安全理事会" in body
    data = json.loads(body)
    assert data["source"]["file"] == "003_41536dcf75027b7c.txt"
    assert len(data["source"]["sha256"]) == 64
    paragraph = next(p for p in data["paragraphs"] if p["anchor"] == "29")
    assert (paragraph["speaker"], paragraph["kind"], paragraph["label"]) == ("Rached 先生", "para", "29.")
    assert paragraph["url"] == "http://testserver/documents/S/AC.44/SR.74/29/"


def test_markup_in_a_document_is_shown_as_text(client, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text('<script>alert("x")</script>各国应执行第 1540(2004)号决议。<b>加粗</b>\n', encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())
    html = client.get("/documents/markup/").content.decode()
    assert "<script>alert" not in html and "<b>加粗" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;各国应执行" in html
    assert 'href="/resolutions/S/RES/1540(2004)/"' in html


def test_robots_txt_keeps_crawlers_out_of_search_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /search/",
        "Disallow: /api/search/",
        "Disallow: /api/v1/search/",
        "Disallow: /admin/",
        "Sitemap: http://testserver/sitemap.xml",
    ]
    assert client.post("/robots.txt").status_code == 405
