"""Pages crawlers and tools can rely on: English at its own URLs, hreflang both ways, a canonical
address, the JSON and Atom twins, an OpenSearch description; data stays at one address."""
import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def head_links(html):
    head = html[: html.index("</head>")]
    return [line for line in head.splitlines() if line.startswith("<link rel=")]


def test_a_resolution_page_in_chinese_links_its_english_twin_and_its_data(client):
    assert head_links(client.get("/resolutions/S/RES/1540(2004)/").content.decode())[2:] == [
        '<link rel="canonical" href="http://testserver/resolutions/S/RES/1540(2004)/">',
        '<link rel="alternate" hreflang="zh-Hans" href="http://testserver/resolutions/S/RES/1540(2004)/">',
        '<link rel="alternate" hreflang="en" href="http://testserver/en/resolutions/S/RES/1540(2004)/">',
        '<link rel="alternate" hreflang="x-default" href="http://testserver/resolutions/S/RES/1540(2004)/">',
        '<link rel="alternate" type="application/json" href="/api/v1/resolutions/S/RES/1540(2004)/">',
        '<link rel="alternate" type="application/atom+xml" href="/resolutions/S/RES/1540(2004)/feed/">',
        '<link rel="alternate" type="application/atom+xml" href="/resolutions/S/RES/1540(2004)/feed/?order=added" title="按收录时间">',
        '<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="第1540(2004)号决议文献库">',
    ]


def test_the_english_page_is_canonical_for_itself_and_shares_the_data_twins(client):
    links = head_links(client.get("/en/bodies/opcw/").content.decode())
    assert '<link rel="canonical" href="http://testserver/en/bodies/opcw/">' in links
    assert '<link rel="alternate" hreflang="zh-Hans" href="http://testserver/bodies/opcw/">' in links
    assert '<link rel="alternate" type="application/json" href="/api/v1/bodies/opcw/">' in links
    assert '<link rel="alternate" type="application/atom+xml" href="/bodies/opcw/feed/">' in links


@pytest.mark.parametrize(
    "url, twin",
    [
        ("/en/documents/CD/2118/", "/api/v1/documents/CD/2118/"),
        ("/documents/CD/2118/5-f/", "/api/v1/paragraphs/CD/2118/5-f/"),
        ("/en/documents/", "/api/v1/documents/"),
        ("/resolutions/", "/api/v1/resolutions/"),
        ("/en/bodies/", "/api/v1/bodies/"),
        ("/treaties/npt/", "/api/v1/treaties/npt/"),
        ("/en/search/?q=OPCW", "/api/v1/search/?q=OPCW"),
    ],
)
def test_json_twins(client, url, twin):
    assert f'<link rel="alternate" type="application/json" href="{twin}">' in head_links(client.get(url).content.decode())
    assert client.get(twin).status_code == 200


@pytest.mark.parametrize("url", ["/en/api/documents/", "/en/sitemap.xml", "/en/robots.txt", "/en/resolutions/S/RES/1540(2004)/feed/", "/en/bodies/opcw/citing.csv"])
def test_data_has_one_address(client, url):
    response = client.get(url)
    assert (response.status_code, response["Location"]) == (301, url[3:])


def test_every_old_url_still_answers_in_chinese(client):
    for url in ["/", "/documents/CD/2118/5-f/", "/resolutions/1540/", "/r/1540", "/bodies/opcw/", "/search/?q=1540", "/api/documents/CD/2118/"]:
        assert client.get(url, follow=True).status_code == 200, url


def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    assert response["Content-Type"] == "application/opensearchdescription+xml; charset=utf-8"
    body = response.content.decode()
    assert '<Url type="text/html" method="get" template="http://testserver/search/?q={searchTerms}"/>' in body
    assert "<ShortName>1540文献库</ShortName>" in body


def test_a_search_within_a_document_keeps_the_documents_canonical_address(client):
    links = head_links(client.get("/documents/CD/2118/?q=禁化武组织&page=1").content.decode())
    assert '<link rel="canonical" href="http://testserver/documents/CD/2118/?page=1">' in links
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/documents/CD/2118/?page=1">' in links
