"""The citation check: the same extraction the archive uses, on a pasted draft, stored nowhere."""
import json
import logging

import pytest
from django.test import Client

from archive.checking import MAX_CHARACTERS, MAX_REFERENCES

pytestmark = pytest.mark.django_db
DRAFT = "安理会第1540(2004)号决议和CD/2118号文件提到禁止化学武器组织和《不扩散核武器条约》。\n另见S/2008/493和第2325(2016)号决议。"
FOUND = [
    {"type": "body", "target": "Security Council", "surface": "安理会", "start": 0, "end": 3, "line": 1, "column": 1, "before": "", "after": "第1540(2004)号…", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/bodies/security-council/"},
    {"type": "resolution", "target": "S/RES/1540 (2004)", "surface": "第1540(2004)号决议", "start": 3, "end": 17, "line": 1, "column": 4, "before": "安理会", "after": "和CD/2118号文件提…", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/resolutions/S/RES/1540(2004)/"},
    {"type": "document", "target": "CD/2118", "surface": "CD/2118", "start": 18, "end": 25, "line": 1, "column": 19, "before": "…40(2004)号决议和", "after": "号文件提到禁止化学武器组…", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/documents/CD/2118/"},
    {"type": "body", "target": "OPCW", "surface": "禁止化学武器组织", "start": 30, "end": 38, "line": 1, "column": 31, "before": "…CD/2118号文件提到", "after": "和《不扩散核武器条约》。", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/bodies/opcw/"},
    {"type": "treaty", "target": "NPT", "surface": "《不扩散核武器条约》", "start": 39, "end": 49, "line": 1, "column": 40, "before": "…件提到禁止化学武器组织和", "after": "。", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/treaties/npt/"},
    {"type": "document", "target": "S/2008/493", "surface": "S/2008/493", "start": 53, "end": 63, "line": 2, "column": 3, "before": "另见", "after": "和第2325(2016)…", "status": "not held", "held": False, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "https://undocs.org/zh/S/2008/493"},
    {"type": "resolution", "target": "S/RES/2325 (2016)", "surface": "第2325(2016)号决议", "start": 64, "end": 78, "line": 2, "column": 14, "before": "…见S/2008/493和", "after": "。", "status": "held", "held": True, "note": None, "pinpoint": None, "pinpoint_held": None, "url": "http://testserver/resolutions/S/RES/2325(2016)/"},
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
    [found] = _post(client, json.dumps({"text": "第1000(1995)号决议"})).json()["references"]
    assert (found["status"], found["held"], found["note"], found["url"]) == ("not held", False, None, "https://undocs.org/zh/S/RES/1000(1995)")


@pytest.mark.parametrize(
    "text, target, note",
    [
        ("第1540(2005)号决议", "S/RES/1540 (2005)", "与决议登记不符：第1540号决议通过于2004年 (Does not match the register of resolutions: resolution 1540 was adopted in 2004)"),
        ("第9999(2099)号决议", "S/RES/9999 (2099)", "决议登记中没有第9999号决议：登记截至第2809(2025)号决议 (The register of resolutions has no resolution 9999: it ends at resolution 2809 (2025))"),
        ("第9999号决议", None, "决议登记中没有第9999号决议：登记截至第2809(2025)号决议 (The register of resolutions has no resolution 9999: it ends at resolution 2809 (2025))"),
        ("第2741(2030)号决议", "S/RES/2741 (2030)", "与决议登记不符：第2741号决议应通过于2024年 (Does not match the register of resolutions: resolution 2741 must have been adopted in 2024)"),
        ("第2900(2020)号决议", "S/RES/2900 (2020)", "与决议登记不符：第2900号决议不可能早于2025年通过 (Does not match the register of resolutions: resolution 2900 cannot have been adopted before 2025)"),
    ],
)
def test_a_citation_the_register_contradicts_is_flagged_not_listed_as_not_held(client, corpus, text, target, note):
    [found] = _post(client, json.dumps({"text": text})).json()["references"]
    assert (found["target"], found["status"], found["note"], found["url"]) == (target, "contradicted", note, None)


def test_a_resolution_after_the_register_that_the_archive_cites_is_held_not_contradicted(client, corpus):
    from archive.models import Paragraph, Reference

    Reference.objects.create(paragraph=Paragraph.objects.first(), type="resolution", target="S/RES/2850 (2026)", surface="第2850(2026)号决议", start=0, end=0)
    [found] = _post(client, json.dumps({"text": "第2850(2026)号决议"})).json()["references"]
    assert (found["status"], found["note"], found["url"]) == ("held", None, "http://testserver/resolutions/S/RES/2850(2026)/")


@pytest.mark.parametrize(
    "text, pinpoint, held, url",
    [
        ("见CD/2118，第5(f)段。", "para. 5 (f)", True, "http://testserver/documents/CD/2118/5-f/"),
        ("CD/2118号文件第3段", "para. 3", True, "http://testserver/documents/CD/2118/3/"),
        ("CD/2118, para. 3", "para. 3", True, "http://testserver/documents/CD/2118/3/"),
        ("CD/2118 第 99 段", "para. 99", False, "http://testserver/documents/CD/2118/"),
        ("S/2008/493 第12段", "para. 12", None, "https://undocs.org/zh/S/2008/493"),
    ],
)
def test_a_document_pinpoint_is_checked_against_its_paragraphs(client, corpus, text, pinpoint, held, url):
    [found] = _post(client, json.dumps({"text": text})).json()["references"]
    assert (found["target"], found["pinpoint"], found["pinpoint_held"], found["url"]) == (text.split("，")[0].split("号")[0].split(",")[0].split(" ")[0].removeprefix("见"), pinpoint, held, url)


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
    assert '<a href="https://undocs.org/zh/S/2008/493" translate="no">S/2008/493</a>' in html
    assert '<td class="position">第2行第3字</td>' in html
    assert '<td class="quoted" lang="zh-Hans">…见<mark>S/2008/493</mark>和第2325(2016)…</td>' not in html  # the line starts two characters before
    assert '<td class="quoted" lang="zh-Hans">另见<mark>S/2008/493</mark>和第2325(2016)…</td>' in html


def test_check_page_refuses_a_draft_too_long(client, corpus):
    response = client.post("/check/", {"text": "援" * (MAX_CHARACTERS + 1)})
    assert response.status_code == 400
    assert f"文本过长：最多 {MAX_CHARACTERS} 个字符" in response.content.decode()


def test_check_page_names_what_is_cited_in_the_page_language(client, corpus):
    """Chinese names on the Chinese page, English on /en/: not the gazetteer's English ids."""
    html = client.post("/check/", {"text": DRAFT}).content.decode()
    assert '<td class="target"><a href="/bodies/opcw/">禁止化学武器组织</a></td>' in html
    assert '<td class="target"><a href="/treaties/npt/">《不扩散核武器条约》</a></td>' in html
    assert '<td class="target"><a href="/bodies/security-council/">安全理事会</a></td>' in html
    assert ">OPCW<" not in html and ">NPT<" not in html and ">Security Council<" not in html
    assert '<td class="kind">机构</td>' in html and '<td class="status">已收录</td>' in html and '<td class="status">未收录</td>' in html
    english = client.post("/en/check/", {"text": DRAFT}).content.decode()
    assert '<td class="target"><a href="/en/bodies/opcw/">Organisation for the Prohibition of Chemical Weapons</a></td>' in english
    assert '<td class="target"><a href="/en/treaties/npt/">Treaty on the Non-Proliferation of Nuclear Weapons</a></td>' in english
    assert '<td class="position">line 2, character 3</td>' in english
    assert '<td class="kind">Body</td>' in english and '<td class="status">Held</td>' in english and '<td class="status">Not held</td>' in english
    assert "<th>Type</th>" in english and "<th>Position</th>" in english
    assert "（" not in english.split('<p class="search-help">')[1]


def test_check_page_flags_what_the_register_contradicts_and_a_missing_paragraph(client, corpus):
    text = "第1540(2005)号决议\n见CD/2118，第5(f)段和CD/2118 第99段"
    html = client.post("/check/", {"text": text}).content.decode()
    assert '<span class="flag">与决议登记不符：第1540号决议通过于2004年</span>' in html
    assert '<span translate="no">S/RES/1540 (2005)</span>' in html  # not a link: no such resolution
    assert '<a href="/documents/CD/2118/5-f/" translate="no">CD/2118</a>' in html
    assert "已收录<br>链接到第5(f)段" in html
    assert '已收录<br><span class="flag">但该文件没有第99段</span>' in html
    english = client.post("/en/check/", {"text": text}).content.decode()
    assert '<span class="flag">Does not match the register of resolutions: resolution 1540 was adopted in 2004</span>' in english
    assert 'Held<br><span class="flag">but the document has no para. 99</span>' in english


def test_check_form_has_a_label_help_text_and_a_sized_box(client):
    html = client.get("/check/").content.decode()
    assert '<label for="id_text">草稿文本</label>' in html
    assert '<p class="help" id="id_text_helptext">粘贴草稿全文或其中几段。引用按出现的顺序列出，位置按行和字计算。</p>' in html
    assert '<textarea name="text" cols="60" rows="14" maxlength="20000" required aria-describedby="id_text_helptext" id="id_text">' in html
    assert '<button type="submit">核对</button>' in html
    english = client.get("/en/check/").content.decode()
    assert "Paste the whole draft or some of its paragraphs." in english


def test_the_example_in_docs_api_md_is_what_the_server_answers(client, corpus):
    from pathlib import Path

    docs = Path(__file__).resolve().parents[2] / "docs" / "api.md"
    section = docs.read_text(encoding="utf-8").split("## Checking the citations of a draft")[1]
    example = json.loads(section.split("```json\n")[1].split("```")[0].replace("https://host/", "http://testserver/"))
    answer = _post(client, json.dumps({"text": "安理会第1540(2005)号决议和CD/2118，第5(f)段。"})).json()
    assert [r for r in answer["references"] if r["type"] != "body"] == example["references"]


def test_a_resolution_pinpoint_is_checked_when_the_archive_holds_its_text(client, corpus):
    from archive.models import Document, Paragraph

    held = Document.objects.create(key="s-res-1540-2004", symbol="S/RES/1540 (2004)", title="第1540(2004)号决议", source_file="1540.txt", source_sha256="0" * 64)
    Paragraph.objects.create(document=held, ordinal=1, anchor="3", label="3.", kind="para", text="决定所有国家应采取和实施有效措施", content_hash="3")
    text = "第1540(2004)号决议执行部分第3段\n第1540(2004)号决议第9段\n第1540(2004)号决议序言部分第2段"
    found = _post(client, json.dumps({"text": text})).json()["references"]
    assert [(r["pinpoint"], r["pinpoint_held"], r["url"]) for r in found] == [
        ("operative para. 3", True, "http://testserver/documents/S/RES/1540%20(2004)/3/"),
        ("para. 9", False, "http://testserver/resolutions/S/RES/1540(2004)/"),
        ("preambular para. 2", None, "http://testserver/resolutions/S/RES/1540(2004)/"),  # unnumbered: not checked
    ]


def test_several_paragraphs_of_a_held_resolution_are_not_flagged_as_missing(client, corpus):
    """`第3和第4段` names two paragraphs: not one to look for, so neither held nor missing."""
    from archive.models import Document, Paragraph

    held = Document.objects.create(key="s-res-1540-2004", symbol="S/RES/1540 (2004)", title="第1540(2004)号决议", source_file="1540.txt", source_sha256="0" * 64)
    Paragraph.objects.create(document=held, ordinal=1, anchor="3", label="3.", kind="para", text="决定所有国家应采取和实施有效措施", content_hash="3")
    found = _post(client, json.dumps({"text": "第1540(2004)号决议第3和第4段"})).json()["references"]
    assert [(r["pinpoint"], r["pinpoint_held"]) for r in found] == [("paras. 3 and 4", None)]
