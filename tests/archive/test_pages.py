"""The pages researchers browse: home, the document side panel and "cite this"."""
import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def test_home_shows_what_the_archive_holds(client):
    html = client.get("/").content.decode()
    assert "<strong>5</strong>" in html and "<strong>323</strong>" in html
    assert html.index("S/RES/1540 (2004)") < html.index("S/RES/1977 (2011)")  # most cited first
    assert 'action="/search/"' in html
    assert 'href="/documents/CD/2118/"' in html


@pytest.mark.parametrize(
    "url, chinese, english",
    [
        ("/documents/CD/2118/5-f/", "CD/2118，第5(f)段", "CD/2118, para. 5 (f)"),
        ("/documents/S/2010/52/12/", "S/2010/52，第12段", "S/2010/52, para. 12"),
        ("/documents/S/AC.44/SR.74/6/", "S/AC.44/SR.74，第6段", "S/AC.44/SR.74, para. 6"),
    ],
)
def test_cite_this_in_chinese_and_english(client, url, chinese, english):
    html = client.get(url).content.decode()
    assert f'<span lang="zh-Hans" id="cite-zh">{chinese}</span>' in html
    assert f'<span lang="en" id="cite-en">{english}</span>' in html
    assert f'href="{url}" translate="no">http://testserver{url}</a>' in html
    assert html.count('data-copy="') == 6  # four UN forms, GB/T 7714, permalink


def test_document_panel_lists_what_it_cites(client):
    html = client.get("/documents/S/2010/52/").content.decode()
    panel = html[html.index('<aside class="panel"') : html.index("</aside>")]
    assert 'href="/resolutions/S/RES/1540(2004)/" translate="no">S/RES/1540 (2004)</a> <span class="count">×30</span>' in panel
    assert 'href="/resolutions/S/RES/1810(2008)/" translate="no">S/RES/1810 (2008)</a> <span class="count">×2</span>' in panel
    assert 'href="https://undocs.org/zh/S/2008/493"' in panel


def test_resolution_page_chart_and_cited_together(client):
    html = client.get("/resolutions/S/RES/1810(2008)/").content.decode()
    assert "<title>2010: 2</title>" in html and "<title>2016: 1</title>" in html and "<title>2013: 0</title>" in html
    together = html[html.index('class="cited-together"') :]
    assert together.index("S/RES/1540 (2004)</a> · 3") < together.index("S/RES/1673 (2006)</a> · 1")


def test_atom_feed_per_resolution_and_body(client):
    feed = client.get("/resolutions/S/RES/2325(2016)/feed/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.count("<entry>") == 5
    assert "<title>CD/2118，第5(e)段</title>" in body
    assert client.get("/bodies/opcw/feed/").status_code == 200
    assert client.get("/resolutions/9999/feed/").status_code == 404


def test_csv_and_json_exports(client):
    import csv
    import io
    import json

    response = client.get("/resolutions/S/RES/1810(2008)/citing.csv")
    assert response["Content-Disposition"] == 'attachment; filename="citing-S_RES_1810(2008).csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["document"], r["anchor"], r["pinpoint"]) for r in rows] == [
        ("S/AC.44/SR.74", "2", ""),
        ("S/2010/52", "p1", "para. 8"),
        ("S/2010/52", "6", ""),
    ]
    data = json.loads(client.get("/bodies/opcw/citing.json").content)
    assert {p["document"] for p in data} == {"CD/2118", "A/74/140", "S/AC.44/SR.74", "002-2df1659267c69416"}
    assert client.get("/resolutions/S/RES/1810(2008)/citing.xml").status_code == 404


def test_sitemap_and_citation_meta_tags(client):
    assert "<loc>http://testserver/documents/CD/2118/5-f/</loc>" in client.get("/sitemap-paragraphs.xml").content.decode()
    assert "<loc>http://testserver/resolutions/S/RES/1540(2004)/</loc>" in client.get("/sitemap-resolutions.xml").content.decode()
    html = client.get("/documents/CD/2118/5-f/").content.decode()
    assert '<meta name="citation_technical_report_number" content="CD/2118">' in html
    assert '<meta name="citation_publication_date" content="2018/02/19">' in html


@pytest.mark.parametrize(
    "query, symbols",
    [
        ("", ["CD/2118", "(文号未知)", "S/AC.44/SR.74", "S/2010/52", "A/74/140"]),
        ("?year=2016", ["(文号未知)", "S/AC.44/SR.74"]),
        ("?organ=安全理事会", ["(文号未知)", "S/2010/52"]),
        ("?type=summary_record", ["S/AC.44/SR.74"]),
        ("?year=1999", []),
        ("?year=abc&type=<script>", []),
    ],
)
def test_document_list_filters(client, query, symbols):
    import re

    response = client.get(f"/documents/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.findall(r'<td class="symbol-cell"><a (?:class="sym" )?href="/documents/[^"]*"(?: translate="no")?>([^<]*)</a>', html) == symbols
    assert "<script>" not in html.split("<tbody>")[1]


def test_panel_names_bodies_in_the_interface_language(client):
    html = client.get("/documents/S/2010/52/").content.decode()
    assert 'href="/bodies/security-council/">安全理事会</a>' in html
    english = client.get("/en/documents/S/2010/52/").content.decode()
    assert 'href="/en/bodies/security-council/">United Nations Security Council</a>' in english
