"""Requests per client are limited on every costly route (archive/ratelimit.py): counted in a
table of their own, answered 429 with Retry-After once over the limit."""
import io
import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.urls import URLResolver, get_resolver

from archive.models import RateCount
from archive.ratelimit import (
    NEVER_LIMITED,
    Limit,
    check_settings,
    hit,
    kind_for,
    parse_limit,
)
from config.settings import base as base_settings
from tests.conftest import CD_2118

pytestmark = pytest.mark.django_db
KINDS = ("login", "search", "api", "export", "check", "sitemap", "subscribe")
WINDOW = 3600  # far longer than any test takes: the fourth request is always in the first one's window


@pytest.fixture(autouse=True)
def three_per_window(settings):
    settings.RATE_LIMITS = {kind: f"3/{WINDOW}" for kind in KINDS}
    settings.RATE_LIMIT_PROXIES = "0"


def four_times(client, url, **extra):
    return [client.get(url, **extra) for _ in range(4)]


def assert_refused(response):
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= WINDOW


def test_fourth_search_is_refused_with_a_chinese_first_page(client):
    call_command("ingest", str(CD_2118), stdout=io.StringIO())
    responses = four_times(client, "/search/", data={"q": "援助"})
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert_refused(responses[3])
    html = responses[3].content.decode()
    assert "<h1>请求过于频繁</h1>" in html and f"请在 {responses[3]['Retry-After']} 秒后再试。" in html


def test_the_refusal_speaks_english_on_english_pages(client):
    response = four_times(client, "/en/search/")[3]
    assert response.status_code == 429
    assert "<h1>Too many requests</h1>" in response.content.decode()


def test_api_refusal_is_json(client):
    responses = four_times(client, "/api/documents/")
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert_refused(responses[3])
    data = responses[3].json()
    assert data["retry_after"] == int(responses[3]["Retry-After"])
    assert data["error"].startswith("请求过于频繁，请在 ") and "(too many requests: try again in" in data["error"]
    assert (data["status"], data["message"]) == (429, data["error"])  # the shape of every /api/v1/ error


def test_exports_and_feeds_share_one_limit(client):
    urls = ["/bodies/opcw/citing.csv", "/bodies/opcw/citing.json", "/bodies/opcw/feed/", "/resolutions/S/RES/1540(2004)/citing.csv"]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200, 429]


def test_reading_documents_is_never_limited(client):
    call_command("ingest", str(CD_2118), stdout=io.StringIO())
    assert {client.get("/documents/CD/2118/").status_code for _ in range(10)} == {200}


def test_login_attempts_are_limited_even_with_the_right_password(client, django_user_model):
    django_user_model.objects.create_superuser("editor", password="right-password")
    assert {client.get("/admin/login/").status_code for _ in range(5)} == {200}  # the form is not an attempt
    wrong = [client.post("/admin/login/", {"username": "editor", "password": "wrong"}).status_code for _ in range(3)]
    assert wrong == [200, 200, 200]
    response = client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert_refused(response)
    assert "_auth_user_id" not in client.session


def test_each_client_has_its_own_count(client):
    assert four_times(client, "/api/bodies/", REMOTE_ADDR="192.0.2.1")[3].status_code == 429
    assert client.get("/api/bodies/", REMOTE_ADDR="192.0.2.2").status_code == 200
    # one IPv6 subscriber's /64 is one client
    assert client.get("/api/bodies/", REMOTE_ADDR="2001:db8::1").status_code == 200
    assert [client.get("/api/bodies/", REMOTE_ADDR=f"2001:db8::{n}").status_code for n in range(2, 5)] == [200, 200, 429]


def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(client):
    codes = [client.get("/api/bodies/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]


def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_sent(client, settings):
    settings.RATE_LIMIT_PROXIES = "1"
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    spoofed = [client.get("/api/bodies/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 198.51.100.7", **proxy).status_code for n in range(4)]
    assert spoofed == [200, 200, 200, 429]
    assert client.get("/api/bodies/", HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy).status_code == 200


def test_a_window_closes_after_its_seconds():
    limit = Limit(count=2, seconds=60)
    assert [hit("search", "192.0.2.9", limit, now) for now in (1000, 1010, 1020)] == [None, None, 40]
    assert hit("search", "192.0.2.9", limit, 1059.5) == 1
    assert hit("search", "192.0.2.9", limit, 1060) is None  # a new window opens with this request


@pytest.mark.parametrize("value", ["60", "60/", "/60", "-1/60", "0/60", "60/0", "sixty/60", "1.5/60"])
def test_a_malformed_limit_is_refused_with_a_clear_message(value):
    with pytest.raises(ImproperlyConfigured, match=r"应为“次数/秒数”或 off \(expected COUNT/SECONDS"):
        parse_limit("search", value)


def test_manage_py_check_names_a_malformed_setting(settings):
    settings.RATE_LIMITS = {"search": "60 per minute"}
    assert [(e.id, e.msg) for e in check_settings()] == [
        ("archive.E001", "RATE_LIMIT_SEARCH='60 per minute': 应为“次数/秒数”或 off (expected COUNT/SECONDS, e.g. 60/60, or off)")
    ]
    settings.RATE_LIMITS, settings.RATE_LIMIT_PROXIES = {}, "one"
    assert [e.msg for e in check_settings()] == [
        "RATE_LIMIT_PROXIES='one': 应为反向代理的个数 (expected the number of reverse proxies, e.g. 0 or 1)"
    ]
    settings.RATE_LIMIT_PROXIES = "1"
    assert check_settings() == []


@pytest.mark.parametrize("value", ["off", "OFF", "0", ""])
def test_a_limit_can_be_turned_off(value):
    assert parse_limit("search", value) is None


def test_migrate_creates_the_cache_table():
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE archive_cache")
    call_command("migrate", verbosity=0)
    assert "archive_cache" in connection.introspection.table_names()


def test_every_kind_is_a_setting():
    assert set(base_settings.RATE_LIMITS) == set(KINDS)  # each read from RATE_LIMIT_<KIND>


def _routes(patterns, namespaces=()):
    """Every route's view name ("namespace:name"), the versioned API's included."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, namespaces + ((pattern.namespace,) if pattern.namespace else ()))
        else:
            yield ":".join(namespaces + (pattern.name or pattern.lookup_str,))


def test_every_route_that_is_not_reading_has_a_kind():
    """A new endpoint is limited, or named as reading in NEVER_LIMITED: it cannot slip through."""
    routes = set(_routes(get_resolver().url_patterns))
    assert {"api-v1:documents", "api-v1:references", "archive:sitemap", "archive:treaty-feed"} <= routes
    unlimited = {
        name for name in routes
        if kind_for(name, "GET") is None and kind_for(name, "POST") is None
        and name not in NEVER_LIMITED and not name.startswith("admin:")
    }
    assert unlimited == set()
    assert NEVER_LIMITED <= routes  # no stale names
    assert {kind_for(name, method) for name in routes for method in ("GET", "POST")} - {None} == set(KINDS)


@pytest.mark.parametrize(
    "kind, requests",
    [
        ("search", [("get", "/search/"), ("get", "/api/search/"), ("get", "/api/v1/search/"), ("get", "/en/search/")]),
        ("search", [("get", "/search/?q=援助"), ("get", "/api/v1/search/?q=援助"), ("get", "/search/?q=援助"), ("get", "/documents/CD/2118/?q=援助")]),
        ("api", [("get", "/api/v1/"), ("get", "/api/v1/documents/"), ("get", "/api/bodies/"), ("get", "/api/v1/documents/CD/2118/")]),
        ("export", [("get", "/treaties/npt/feed/"), ("get", "/treaties/npt/citing.csv"), ("get", "/search/feed/?q=援助"), ("get", "/search/export.csv?q=援助")]),
        ("check", [("post", "/api/v1/references/"), ("post", "/check/"), ("post", "/api/v1/references/"), ("post", "/check/")]),
        ("sitemap", [("get", "/sitemap.xml"), ("get", "/sitemap-documents.xml"), ("get", "/sitemap-paragraphs.xml"), ("get", "/sitemap.xml")]),
    ],
)
def test_the_fourth_request_of_each_kind_is_refused(client, corpus, kind, requests):
    codes = []
    for method, url in requests:
        if method == "post" and url.startswith("/api/"):
            response = client.post(url, json.dumps({"text": "第1540(2004)号决议"}), content_type="application/json")
        elif method == "post":
            response = client.post(url, {"text": "第1540(2004)号决议"})
        else:
            response = client.get(url)
        codes.append(response.status_code)
    assert codes == [200, 200, 200, 429]
    assert_refused(response)
    if requests[-1][1].startswith("/api/"):
        data = response.json()
        assert (data["status"], data["retry_after"]) == (429, int(response["Retry-After"]))
        assert data["message"] == f"请求过于频繁，请在 {data['retry_after']} 秒后再试 (too many requests: try again in {data['retry_after']} seconds)"


def test_reading_a_document_is_never_counted_but_searching_within_it_is(client, corpus):
    assert {client.get("/documents/CD/2118/").status_code for _ in range(5)} == {200}
    assert [client.get("/documents/CD/2118/?q=援助").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert client.get("/documents/CD/2118/?q=").status_code == 200


def test_the_versioned_api_answers_429_in_its_error_shape(client):
    responses = four_times(client, "/api/v1/bodies/")
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert_refused(responses[3])
    assert responses[3]["Content-Type"] == "application/json"
    assert set(responses[3].json()) == {"status", "message", "error", "retry_after"}


def test_the_check_form_itself_is_not_counted(client):
    assert {client.get("/check/").status_code for _ in range(5)} == {200}


def test_other_clients_cannot_erase_a_count():
    """Four hundred and fifty other addresses (more than a cache of 300 entries keeps) do not
    make the abuser's count forgotten."""
    limit = Limit(count=3, seconds=WINDOW)
    assert [hit("api", "127.0.0.1", limit, 1000) for _ in range(3)] == [None, None, None]
    for n in range(450):
        assert hit("api", f"198.18.{n // 250}.{n % 250}", limit, 1001) is None
    assert hit("api", "127.0.0.1", limit, 1002) == WINDOW - 2
    assert RateCount.objects.count() == 451


def test_closed_windows_are_deleted_when_a_new_one_opens():
    limit = Limit(count=3, seconds=60)
    hit("api", "192.0.2.1", limit, 1000)
    hit("search", "192.0.2.1", limit, 1030)
    hit("api", "192.0.2.2", limit, 1061)
    assert sorted(RateCount.objects.values_list("key", "count")) == [("api:192.0.2.2", 1), ("search:192.0.2.1", 1)]
