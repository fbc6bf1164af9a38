"""The citation check: the same extraction the archive uses, on a pasted draft, stored nowhere."""
import json
import logging

import pytest
from django.test import Client

from archive.checking import MAX_CHARACTERS, MAX_REFERENCES

pytestmark = pytest.mark.django_db
DRAFT = "安理会第1540(2004)号决议和CD/2118号文件提到禁止化学武器组织和《不扩散核武器条约》。\n另见S/2008/493和第2325(2016)号决议。"
FOUND = [
    {"type": "body", "target": "Security Council", "surface": "安理会", "start": 0, "end": 3, "held": True, "url": "http://testserver/bodies/security-council/"},
    {"type": "resolution", "target": "S/RES/1540 (2004)", "surface": "第1540(2004)号决议", "start": 3, "end": 17, "held": True, "url": "http://testserver/resolutions/S/RES/1540(2004)/"},
    {"type": "document", "target": "CD/2118", "surface": "CD/2118", "start": 18, "end": 25, "held": True, "url": "http://testserver/documents/CD/2118/"},
    {"type": "body", "target": "OPCW", "surface": "禁止化学武器组织", "start": 30, "end": 38, "held": True, "url": "http://testserver/bodies/opcw/"},
    {"type": "treaty", "target": "NPT", "surface": "《不扩散核武器条约》", "start": 39, "end": 49, "held": True, "url": "http://testserver/search/?q=%E4%B8%8D%E6%89%A9%E6%95%A3%E6%A0%B8%E6%AD%A6%E5%99%A8%E6%9D%A1%E7%BA%A6"},
    {"type": "document", "target": "S/2008/493", "surface": "S/2008/493", "start": 53, "end": 63, "held": False, "url": "https://undocs.org/zh/S/2008/493"},
    {"type": "resolution", "target": "S/RES/2325 (2016)", "surface": "第2325(2016)号决议", "start": 64, "end": 78, "held": True, "url": "http://testserver/resolutions/S/RES/2325(2016)/"},
]


def _post(client, body):
    return client.post("/api/v1/references/", body, content_type="application/json")


def test_references_of_a_draft_with_offsets_holdings_and_links(corpus, caplog):
    client = Client(enforce_csrf_checks=True)  # scripts send no CSRF token, and need none
    with caplog.at_level(logging.DEBUG):
        response = _post(client, json.dumps({"text": DRAFT}))
    assert response.status_code == 200
    assert response.json() == {"references": FOUND, "truncated": False}
    assert all(DRAFT[r["start"]:r["end"]] == r["surface"] for r in FOUND)
    assert "1540" not in caplog.text  # the draft is not logged


def test_a_resolution_the_archive_does_not_cite_links_to_the_official_text(client, corpus):
    found = _post(client, json.dumps({"text": "第9999(2099)号决议"})).json()["references"]
    assert found == [
        {"type": "resolution", "target": "S/RES/9999 (2099)", "surface": "第9999(2099)号决议", "start": 0, "end": 14, "held": False, "url": "https://undocs.org/zh/S/RES/9999(2099)"}
    ]


@pytest.mark.parametrize(
    "body, status, message",
    [
        ("{not json", 400, "请求正文不是有效的 JSON (the request body is not valid JSON)"),
        ("{}", 400, "请求无效 (bad request): body.draft.text: Field required"),
        (json.dumps({"text": "援" * (MAX_CHARACTERS + 1)}), 413, f"文本过长：最多 {MAX_CHARACTERS} 个字符 (the text is too long: at most {MAX_CHARACTERS} characters)"),
    ],
)
def test_bad_drafts_answer_json_errors(client, corpus, body, status, message):
    response = _post(client, body)
    assert (response.status_code, response.json()) == (status, {"status": status, "message": message})


def test_a_draft_of_more_references_than_the_cap_lists_the_first_ones(client, corpus, django_assert_num_queries):
    """One check's work is bounded: at most MAX_REFERENCES looked up and answered, in the same
    two queries whatever their number."""
    assert MAX_REFERENCES == 1_000  # docs/api.md
    text = "、".join(["安理会"] * (MAX_REFERENCES + 1) + ["第1540(2004)号决议"])
    with django_assert_num_queries(2):  # documents held, references cited
        response = _post(client, json.dumps({"text": text}))
    data = response.json()
    assert (response.status_code, data["truncated"], len(data["references"])) == (200, True, MAX_REFERENCES)
    assert {r["target"] for r in data["references"]} == {"Security Council"}
    assert data["references"][-1]["start"] == 4 * (MAX_REFERENCES - 1)
    exactly = _post(client, json.dumps({"text": "、".join(["安理会"] * MAX_REFERENCES)})).json()
    assert (exactly["truncated"], len(exactly["references"])) == (False, MAX_REFERENCES)


def test_the_check_page_says_when_it_lists_only_the_first_references(client, corpus):
    html = client.post("/check/", {"text": "、".join(["安理会"] * (MAX_REFERENCES + 1))}).content.decode()
    assert f"找到 {MAX_REFERENCES} 处引用" in html
    assert html.count('<tr class="reference-body">') == MAX_REFERENCES
    assert f'<p class="notice">只列出并核对了前 {MAX_REFERENCES} 处引用，其后的未核对。</p>' in html
    english = client.post("/en/check/", {"text": "、".join(["安理会"] * (MAX_REFERENCES + 1))}).content.decode()
    assert f"Only the first {MAX_REFERENCES} references are listed and checked; the rest were not." in english
    assert "notice" not in client.post("/check/", {"text": "安理会"}).content.decode()


def test_a_lone_surrogate_is_400_not_a_server_error(client, corpus):
    response = _post(client, '{"text": "\\ud800第1540(2004)号决议"}')
    assert (response.status_code, response.json()) == (
        400,
        {"status": 400, "message": "文本含有无法编码的字符（孤立的代理码位）(the text holds characters that cannot be encoded: lone surrogates)"},
    )


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
def test_a_post_not_declared_json_is_415_and_not_read(client, corpus, content_type, django_assert_num_queries):
    """What a page on another site can make its visitors' browsers send without a preflight."""
    with django_assert_num_queries(0):
        response = client.post("/api/v1/references/", json.dumps({"text": DRAFT}), content_type=content_type, HTTP_ORIGIN="https://elsewhere.example")
    assert (response.status_code, response.json()) == (
        415,
        {"status": 415, "message": "请求正文须以 Content-Type: application/json 发送 (the request body must be sent as Content-Type: application/json)"},
    )
    assert "Access-Control-Allow-Origin" not in response


def test_json_with_a_charset_is_json(client, corpus):
    response = client.post("/api/v1/references/", json.dumps({"text": "第1540(2004)号决议"}), content_type="application/json; charset=utf-8")
    assert response.status_code == 200
    assert [r["target"] for r in response.json()["references"]] == ["S/RES/1540 (2004)"]


def test_a_body_beyond_the_upload_limit_is_413(client, corpus, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = _post(client, json.dumps({"text": "援" * 1000}))
    assert response.status_code == 413
    assert response.json() == {"status": 413, "message": "请求过大 (the request is too large)"}


def test_check_page_needs_its_csrf_token_and_lists_the_references(corpus):
    client = Client(enforce_csrf_checks=True)
    page = client.get("/check/")
    assert page.status_code == 200
    assert page["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    token = page.cookies["csrftoken"].value
    assert client.post("/check/", {"text": DRAFT}).status_code == 403
    answer = client.post("/check/", {"text": DRAFT, "csrfmiddlewaretoken": token})
    html = answer.content.decode()
    assert answer.status_code == 200
    assert "找到 7 处引用" in html
    assert html.count("<tr class=\"reference-") == 7
    assert '<a href="https://undocs.org/zh/S/2008/493">S/2008/493</a>' in html
    assert '<td>53–63</td>' in html


def test_check_page_refuses_a_draft_too_long(client, corpus):
    response = client.post("/check/", {"text": "援" * (MAX_CHARACTERS + 1)})
    assert response.status_code == 400
    assert f"文本过长：最多 {MAX_CHARACTERS} 个字符" in response.content.decode()
