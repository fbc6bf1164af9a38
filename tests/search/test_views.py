"""The search page and its JSON twin answer every input with a 200 and a helpful message."""
import json

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.contract]

ROBUSTNESS = [
    "", " ", "？！，。、", "*", "a" * 5000, "援" * 5000, '"出口管制', "出口管制\"", "((援助", "援助]]", "[)",
    "AND", "OR", "NOT", "援助 AND 出口", "NOT 援助", "援助 OR", "text:援助", "field:value", "document:CD/2118",
    "\x00\x01援助\x7f\u200b", "\ud7ff\ufffe", "出口管制 export control 輸出管制", "<script>alert(1)</script>",
    "%", "\\", "-", "--援助", "-援助", "援助~2", "援助^5", "1540*", "S/RES/", "第号决议", "/", "?q=1",
]


@pytest.mark.parametrize("typed", ROBUSTNESS)
def test_page_never_fails(client, corpus, typed):
    response = client.get("/search/", {"q": typed})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content


@pytest.mark.parametrize("typed", ROBUSTNESS)
def test_api_never_fails(client, corpus, typed):
    response = client.get("/api/search/", {"q": typed})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"query", "understood", "total", "page", "pages", "results", "facets"}


def test_long_query_says_it_was_truncated(client, corpus):
    response = client.get("/search/", {"q": "援" * 5000})
    assert "截断".encode() in response.content or "只使用了前".encode() in response.content


def test_results_page(client, corpus):
    response = client.get("/search/", {"q": "禁化武組織"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>禁化武组织</mark>" in html
    assert 'href="/documents/CD/2118/#3"' in html
    assert "CD/2118" in html and "2018-02-19" in html
    assert "?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%B5%84%E7%B9%94&amp;sort=date" in html


def test_results_page_resolution_link(client, corpus):
    html = client.get("/search/", {"q": "第1810(2008)号决议"}).content.decode()
    assert 'href="/resolutions/S/RES/1810(2008)/"' in html
    assert 'href="/documents/S/2010/52/#p1"' in html


def test_bad_page_and_sort_values(client, corpus):
    for params in ({"q": "决议", "page": "x"}, {"q": "决议", "page": "-3"}, {"q": "决议", "page": "99999"}, {"q": "决议", "sort": "drop table"}):
        assert client.get("/search/", params).status_code == 200
    data = client.get("/api/search/", {"q": "决议", "page": "99999"}).json()
    assert data["page"] == data["pages"]


def test_api_contract(client, corpus):
    response = client.get("/api/search/", {"q": "决议", "page": 2})
    assert response["Content-Type"].startswith("application/json")
    assert "决议".encode() in response.content  # UTF-8, not \\u escapes
    data = json.loads(response.content)
    assert data["query"] == "决议" and data["page"] == 2
    assert data["pages"] == -(-data["total"] // 20) and len(data["results"]) == 20
    first = data["results"][0]
    assert set(first) == {"document", "anchor", "url", "text", "snippet"}
    assert first["url"].endswith("#" + first["anchor"])
    assert "<mark>" in first["snippet"]
    assert data["understood"]["terms"][0]["words"] == ["决议"]
    assert set(data["facets"]) == {"document", "language", "year", "resolution", "body"}


def test_api_pages_do_not_overlap(client, corpus):
    first = client.get("/api/search/", {"q": "决议", "page": 1}).json()["results"]
    second = client.get("/api/search/", {"q": "决议", "page": 2}).json()["results"]
    keys = {(r["document"], r["anchor"]) for r in first + second}
    assert len(keys) == 40


def test_snippet_escapes_text():
    from search.results import snippet

    assert str(snippet("a<b>援助&c", ["援助"])) == "a&lt;b&gt;<mark>援助</mark>&amp;c"


@pytest.mark.parametrize(
    "query, link",
    [
        ("OPCW", '<a href="/bodies/opcw/">'),
        ("1540", '<a href="/resolutions/S/RES/1540(2004)/">'),
        ("CD/2118", '<a href="/documents/CD/2118/">'),
    ],
)
def test_understood_terms_link_to_their_canonical_pages(client, corpus, query, link):
    html = client.get("/search/", {"q": query}).content.decode()
    assert link in html
    assert client.get(link.split('"')[1]).status_code == 200


def test_a_symbol_the_archive_does_not_hold_finds_the_paragraphs_citing_it(client, corpus):
    data = json.loads(client.get("/api/search/", {"q": "CD/1299"}).content)
    assert [(r["document"], r["anchor"]) for r in data["results"]] == [("A/74/140", "sec-iii-p8")]
    assert "CD/1299 is not in the archive" in json.dumps(data, ensure_ascii=False)
