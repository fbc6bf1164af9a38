"""/api/v1/treaties/: the treaties the archive mentions, shaped as the bodies' endpoints."""
import pytest

from archive.models import Reference

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


def test_the_list_holds_every_treaty_mentioned_with_its_count(client, corpus):
    data = client.get("/api/v1/treaties/").json()
    mentioned = Reference.objects.filter(type="treaty").values_list("target", flat=True).distinct()
    assert data["count"] == len(set(mentioned)) == 15
    npt = data["results"][0]
    assert npt == {
        "id": "NPT",
        "name_en": "Treaty on the Non-Proliferation of Nuclear Weapons",
        "acronym": "NPT",
        "names_zh": ["不扩散核武器条约", "不扩散条约"],
        "names_zh_hant": ["不擴散核武器條約", "不擴散條約", "核不擴散條約", "禁止核子擴散條約", "核武禁擴條約", "防止核武器蕃衍條約",
                          "禁核擴散條約", "防止核擴散條約"],
        "url": f"{BASE}/treaties/npt/",
        "api_url": f"{BASE}/api/v1/treaties/npt/",
        "citing_paragraphs": 4,
    }


def test_a_treaty_with_its_years_and_citing_paragraphs(client, corpus):
    data = client.get("/api/v1/treaties/npt/").json()
    assert data["citations_by_year"] == [{"year": 2018, "paragraphs": 1}, {"year": None, "paragraphs": 3}]
    assert (data["citing_paragraphs"], data["citing_url"]) == (4, f"{BASE}/api/v1/treaties/npt/citing/")
    citing = client.get(data["citing_url"]).json()
    assert citing["count"] == 4
    assert citing["results"][0]["url"] == f"{BASE}/documents/CD/2118/5-o/"
    assert citing["results"][0]["references"] == [
        {"type": "treaty", "target": "NPT", "surface": "《不扩散条约》", "start": 68, "end": 75, "pinpoint": None, "status": "resolved"}
    ]


@pytest.mark.parametrize("url", ["/api/v1/treaties/no-such-treaty/", "/api/v1/treaties/no-such-treaty/citing/"])
def test_an_unknown_treaty_is_a_json_404(client, corpus, url):
    response = client.get(url)
    assert (response.status_code, response.json()) == (404, {"status": 404, "message": "未找到 (not found)"})
