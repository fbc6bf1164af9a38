"""Version 1's contract: JSON errors, CORS on GET, the OpenAPI schema, the old paths unchanged."""
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from archive.models import AnchorChange, Document
from search.indexing import rebuild

pytestmark = pytest.mark.django_db


def test_index_lists_the_endpoints(client, corpus):
    assert client.get("/api/v1/").json() == {
        "documents": "http://testserver/api/v1/documents/",
        "resolutions": "http://testserver/api/v1/resolutions/",
        "bodies": "http://testserver/api/v1/bodies/",
        "treaties": "http://testserver/api/v1/treaties/",
        "search": "http://testserver/api/v1/search/",
        "references": "http://testserver/api/v1/references/",
        "bulk": "http://testserver/api/v1/bulk/",
        "openapi": "http://testserver/api/v1/openapi.json",
    }


@pytest.mark.parametrize(
    "url, status, message",
    [
        ("/api/v1/documents/S/9999/1/", 404, "未找到 (not found)"),
        ("/api/v1/resolutions/nonsense/", 404, "未找到 (not found)"),
        ("/api/v1/bodies/nobody/", 404, "未找到 (not found)"),
        ("/api/v1/nothing/here/", 404, "未找到 (not found)"),
        ("/api/v1/documents/?page=0", 400, "请求无效 (bad request): query.page: Input should be greater than or equal to 1"),
        ("/api/v1/documents/?page=x", 400, "请求无效 (bad request): query.page: Input should be a valid integer, unable to parse string as an integer"),
        ("/api/v1/documents/?page=99", 404, "没有这一页 (no such page)"),
        ("/api/v1/search/?q=出口管制&page=99", 404, "没有这一页 (no such page)"),
    ],
)
def test_errors_are_json_with_status_and_message(client, corpus, url, status, message):
    response = client.get(url)
    assert (response.status_code, response["Content-Type"]) == (status, "application/json; charset=utf-8")
    assert response.json() == {"status": status, "message": message}


def test_a_removed_paragraph_is_410_with_its_last_wording(client, corpus):
    document = Document.objects.get(symbol="CD/2118")
    AnchorChange.objects.create(document=document, anchor="99", change=AnchorChange.REMOVED, old_text="旧的措辞")
    response = client.get("/api/v1/paragraphs/CD/2118/99/")
    assert response.status_code == 410
    assert response.json() == {"status": 410, "message": "此段已删除 (this paragraph was removed)", "last_text": "旧的措辞"}


def test_paragraph_and_document_by_path(client, corpus):
    paragraph = client.get("/api/v1/paragraphs/CD/2118/5-f/").json()
    assert (paragraph["anchor"], paragraph["label"], paragraph["url"]) == ("5-f", "(f)", "http://testserver/documents/CD/2118/5-f/")
    assert paragraph["document"]["api_url"] == "http://testserver/api/v1/documents/CD/2118/"
    document = client.get("/api/v1/documents/CD/2118/").json()
    assert (document["paragraph_count"], len(document["paragraphs"])) == (40, 40)
    key = client.get("/api/v1/documents/cd-2118/")
    assert (key.status_code, key["Location"]) == (301, "/api/v1/documents/CD/2118/")


def test_cors_on_get_only(client, corpus):
    assert client.get("/api/v1/documents/")["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/documents/")["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/nothing/")["Access-Control-Allow-Origin"] == "*"
    posted = client.post("/api/v1/references/", {"text": "x"}, content_type="application/json")
    assert "Access-Control-Allow-Origin" not in posted
    assert "Access-Control-Allow-Origin" not in client.get("/documents/")


def test_search_hits_carry_absolute_urls(client, corpus):
    data = client.get("/api/v1/search/", {"q": "禁化武组织"}).json()
    assert (data["count"], data["next"], data["previous"], data["estimated"]) == (9, None, None, False)  # 禁化武组织 and every other form of the OPCW
    assert data["results"][0]["url"] == "http://testserver/documents/CD/2118/#3"
    assert data["results"][0]["permalink"] == "http://testserver/documents/CD/2118/3/"
    understood = client.get("/api/v1/search/", {"q": "OPCW"}).json()["understood"]
    assert understood["links"] == [{"kind": "body", "target": "OPCW", "url": "http://testserver/bodies/opcw/"}]


def test_search_pages_link_each_other(client, corpus):
    first = client.get("/api/v1/search/", {"q": "决议"}).json()
    assert first["count"] > 40
    assert (first["next"], first["previous"]) == ("http://testserver/api/v1/search/?q=%E5%86%B3%E8%AE%AE&page=2", None)
    second = client.get(first["next"]).json()
    assert second["previous"] == "http://testserver/api/v1/search/?q=%E5%86%B3%E8%AE%AE"
    assert not {r["permalink"] for r in first["results"]} & {r["permalink"] for r in second["results"]}


def test_search_without_an_index_is_503(client, corpus):
    index = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    target = index.resolve()
    index.unlink() if index.is_symlink() else None
    shutil.rmtree(target, ignore_errors=True)
    try:
        response = client.get("/api/v1/search/", {"q": "援助"})
        assert response.status_code == 503
        assert response.json()["message"].startswith("检索暂时不可用")
        assert client.get("/search/feed/", {"q": "援助"}).status_code == 503
        assert client.get("/search/export.csv", {"q": "援助"}).status_code == 503
    finally:
        rebuild()


def test_openapi_schema_describes_every_endpoint(client, corpus):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert sorted(schema["paths"]) == [
        "/api/v1/",
        "/api/v1/bodies/",
        "/api/v1/bodies/{slug}/",
        "/api/v1/bodies/{slug}/citing/",
        "/api/v1/bulk/",
        "/api/v1/documents/",
        "/api/v1/documents/{path}/",
        "/api/v1/paragraphs/{path}/",
        "/api/v1/references/",
        "/api/v1/resolutions/",
        "/api/v1/resolutions/{path}/",
        "/api/v1/resolutions/{path}/citing/",
        "/api/v1/search/",
        "/api/v1/treaties/",
        "/api/v1/treaties/{slug}/",
        "/api/v1/treaties/{slug}/citing/",
    ]
    assert list(schema["paths"]["/api/v1/references/"]) == ["post"]
    envelope = schema["components"]["schemas"]["PagedDocumentOut"]["properties"]
    assert sorted(envelope) == ["count", "next", "previous", "results"]
    refs = [ref for ref in _refs(schema) if ref.startswith("#/components/schemas/")]
    assert all(ref.rsplit("/", 1)[1] in schema["components"]["schemas"] for ref in refs)


def _refs(node):
    if isinstance(node, dict):
        yield from ([node["$ref"]] if "$ref" in node else [])
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)
