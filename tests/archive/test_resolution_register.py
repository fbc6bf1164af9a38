"""An address naming a resolution the register rules out is a 404 that says why, on the page and
in every feed, export and API answer of it; a real resolution stays a page whether cited or not."""
import pytest

from archive.models import Paragraph, Reference

pytestmark = pytest.mark.django_db


def test_a_year_the_register_contradicts_is_a_404_naming_the_right_resolution(client, corpus):
    response = client.get("/resolutions/S/RES/1540(2005)/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<p class="notice">与决议登记不符：第1540号决议通过于2004年</p>' in html
    assert '也许您要找：<a href="/resolutions/S/RES/1540(2004)/" translate="no">S/RES/1540 (2004)</a>' in html
    english = client.get("/en/resolutions/S/RES/1540(2005)/")
    assert english.status_code == 404
    assert "Does not match the register of resolutions: resolution 1540 was adopted in 2004" in english.content.decode()
    assert 'Did you mean: <a href="/en/resolutions/S/RES/1540(2004)/"' in english.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/resolutions/1540(2005)/",
        "/r/1540(2005)",
        "/resolutions/S/RES/1540(2005)/feed/",
        "/resolutions/S/RES/1540(2005)/citing.csv",
        "/api/resolutions/S/RES/1540(2005)/",
        "/api/v1/resolutions/S/RES/1540(2005)/",
        "/api/v1/resolutions/S/RES/1540(2005)/citing/",
        "/resolutions/S/RES/2741(2030)/",
        "/resolutions/S/RES/9999(2099)/",
        "/api/v1/resolutions/S/RES/9999(2099)/",
    ],
)
def test_every_address_of_a_ruled_out_resolution_is_404(client, corpus, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/resolutions/S/RES/1540(2005)/", 404, "未找到 (not found)"),
        ("/resolutions/S/RES/1540(2005)/citing.json", 404, "未找到 (not found)"),
        ("/api/documents/NO/SUCH/", 404, "未找到 (not found)"),
        ("/resolutions/S/RES/1540(2004)/citing.csl.json?paragraph=x", None, None),
        ("/api/resolutions/S/RES/1540(2004)/?paragraph=x", None, None),
    ],
)
def test_json_addresses_answer_their_errors_in_json_as_api_v1_does(client, corpus, url, status, message):
    response = client.get(url)
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert (body["status"], response.status_code) == (status or 400, status or 400)
    assert body["message"] == (message or "“paragraph”参数应为决议的执行段落编号，例如 3 或 3(c)")


def test_a_number_out_of_order_or_beyond_the_register_says_so(client, corpus):
    between = client.get("/resolutions/S/RES/2741(2030)/").content.decode()
    assert "与决议登记不符：第2741号决议应通过于2024年" in between  # 2740 and 2742 are both of 2024
    beyond = client.get("/resolutions/S/RES/9999(2099)/").content.decode()
    assert "决议登记中没有第9999号决议：登记截至第2809(2025)号决议" in beyond
    assert "也许您要找" not in beyond


def test_a_real_resolution_the_archive_does_not_cite_stays_a_page(client, corpus):
    assert not Reference.objects.filter(target="S/RES/1000 (1995)").exists()
    assert client.get("/resolutions/S/RES/1000(1995)/").status_code == 200
    assert client.get("/api/v1/resolutions/S/RES/1000(1995)/").status_code == 200


def test_a_resolution_after_the_register_that_the_archive_cites_is_a_page(client, corpus):
    """The register lags behind the Council: a citation in a held document outweighs it."""
    assert client.get("/resolutions/S/RES/2850(2026)/").status_code == 404
    paragraph = Paragraph.objects.first()
    Reference.objects.create(paragraph=paragraph, type="resolution", target="S/RES/2850 (2026)", surface="第2850(2026)号决议", start=0, end=0)
    assert client.get("/resolutions/S/RES/2850(2026)/").status_code == 200
    assert client.get("/resolutions/S/RES/2850(2026)/feed/").status_code == 200
    assert client.get("/api/v1/resolutions/S/RES/2850(2026)/").status_code == 200


def test_a_misprint_in_a_held_document_is_left_out_of_the_lists_and_the_sitemap(client, corpus):
    """Its link in the text leads to the 404 that names the right resolution."""
    Reference.objects.create(paragraph=Paragraph.objects.first(), type="resolution", target="S/RES/1540 (2005)", surface="第1540(2005)号决议", start=0, end=0)
    assert "1540(2005)" not in client.get("/resolutions/").content.decode()
    assert "1540 (2005)" not in client.get("/resolutions/").content.decode()
    assert "S/RES/1540 (2005)" not in [r["symbol"] for r in client.get("/api/v1/resolutions/?page_size=500").json()["results"]]
    assert "1540(2005)" not in client.get("/sitemap-resolutions.xml").content.decode()
    assert client.get("/resolutions/S/RES/1540(2005)/").status_code == 404
