"""Requests per client and per kind of page, counted in the database: a client that sends more
than a kind's limit within its window gets 429 with `Retry-After` until the window closes.

Kinds (settings.RATE_LIMITS, each "COUNT/SECONDS" or "off"): `login` (attempts at the admin
login), `search` (the search page and its JSON, versioned or not), `api` (the rest of the JSON
interface), `export` (CSV, JSON and Atom of citing or matching paragraphs, the bulk export's
files), `check` (a draft's citation check, page or API), `sitemap` (the sitemap index and its
sections), `subscribe` (an e-mail alert asked for: each sends a confirmation mail). Reading
documents, resolutions, bodies and treaties is never limited (NEVER_LIMITED), but a search
within a document (`?q=` on its page) is a search; every other route has a kind, which tests/test_rate_limits.py verifies over the whole URL configuration.

A window opens with a client's first request and lasts its SECONDS, whatever follows. Counts are
rows of their own table (archive.models.RateCount), incremented in one statement: no count is
lost to simultaneous requests or evicted by other clients' counts, as a cache's would be.
"""
import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from .models import RateCount

logger = logging.getLogger(__name__)

# Routes by their view name; the versioned API (namespace api-v1) is counted whole, see kind_for.
KINDS = {
    "search:results": "search",
    "search:api": "search",
    "search:feed": "export",
    "archive:added-feed": "export",
    "search:export": "export",
    "archive:resolution-feed": "export",
    "archive:resolution-export": "export",
    "archive:body-feed": "export",
    "archive:body-export": "export",
    "archive:treaty-feed": "export",
    "archive:treaty-export": "export",
    "archive:bulk-file": "export",
    "archive:cite-export": "export",
    "archive:sitemap": "sitemap",
    "archive:sitemap-section": "sitemap",
    "api:document-list": "api",
    "api:document": "api",
    "api:resolution-list": "api",
    "api:resolution": "api",
    "api:body-list": "api",
    "api:body": "api",
}
# Counted only when they do work: a login attempt, a draft to check (not the forms themselves).
POSTED_KINDS = {"admin:login": "login", "archive:check": "check", "alerts:subscribe": "subscribe"}
API_V1_KINDS = {"api-v1:search": "search", "api-v1:references": "check"}
# Reading: the pages permalinks and citations lead to, and what a server or editor needs.
# Reading pages that search when given `?q=` (search within a document).
SEARCHED_WITHIN = {"archive:document"}
NEVER_LIMITED = {
    "archive:home",
    "archive:document-list",
    "archive:document",
    "archive:resolution-list",
    "archive:resolution",
    "archive:resolution-shortcut",
    "archive:body-list",
    "archive:body",
    "archive:treaty-list",
    "archive:treaty",
    "archive:bulk",
    "archive:original",
    "archive:robots",
    "opensearch",
    "healthz",
    "set_language",
    # signed links from the mails; a mail provider's one-click unsubscriptions come from few addresses
    "alerts:confirm",
    "alerts:unsubscribe",
}


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


def parse_limit(kind, value):
    """"60/60" → Limit(60, 60); "off" (or "0") → None."""
    value = str(value).strip()
    if value.lower() in ("off", "0", ""):
        return None
    count, _, seconds = value.partition("/")
    if not (count.isdigit() and seconds.isdigit() and int(count) > 0 and int(seconds) > 0):
        raise ImproperlyConfigured(
            f"RATE_LIMIT_{kind.upper()}={value!r}: 应为“次数/秒数”或 off (expected COUNT/SECONDS, e.g. 60/60, or off)"
        )
    return Limit(int(count), int(seconds))


def hit(kind, client, limit, now):
    """Count one request; the seconds until the client may ask again when it is over the limit,
    else None. One upsert opens a window or counts in the open one; opening a window also
    deletes the windows that have closed, so the table holds only current clients."""
    quote = connection.ops.quote_name
    table = quote(RateCount._meta.db_table)
    key, since, expires, count = (quote(name) for name in ("key", "since", "expires", "count"))
    closed = f"{table}.{expires} <= excluded.{since}"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key}, {since}, {expires}, {count}) VALUES (%s, %s, %s, 1) "
            f"ON CONFLICT ({key}) DO UPDATE SET "
            f"{since} = CASE WHEN {closed} THEN excluded.{since} ELSE {table}.{since} END, "
            f"{expires} = CASE WHEN {closed} THEN excluded.{expires} ELSE {table}.{expires} END, "
            f"{count} = CASE WHEN {closed} THEN 1 ELSE {table}.{count} + 1 END "
            f"RETURNING {expires}, {count}",
            [f"{kind}:{client}"[:200], now, now + limit.seconds],
        )
        window_closes, counted = cursor.fetchone()
        if counted == 1:
            cursor.execute(f"DELETE FROM {table} WHERE {expires} <= %s", [now])
    remaining = window_closes - now
    return max(1, math.ceil(remaining)) if counted > limit.count else None


def client_address(request, proxies):
    """The client's address: REMOTE_ADDR, or, behind `proxies` reverse proxies that each append
    to X-Forwarded-For, the address the outermost of them saw (earlier entries are whatever the
    client chose to send). IPv6 clients are counted by /64, the block one subscriber holds."""
    address = request.META.get("REMOTE_ADDR", "")
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            address = forwarded[max(len(forwarded) - proxies, 0)]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:100]
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def kind_for(view_name, method, query=None):
    """The kind of a route by its view name ("namespace:name"), method and query string, or None.
    A reading page that runs a search (a document page searched within, `?q=`) costs what a
    search costs, and is counted as one."""
    if query and query.get("q", "").strip() and view_name in SEARCHED_WITHIN:
        return "search"
    if view_name.startswith("api-v1:"):
        return API_V1_KINDS.get(view_name, "api")
    if method == "POST" and view_name in POSTED_KINDS:
        return POSTED_KINDS[view_name]
    return KINDS.get(view_name)


def configured():
    """({kind: Limit or None}, trusted proxies) from the settings, or ImproperlyConfigured."""
    limits = {kind: parse_limit(kind, value) for kind, value in settings.RATE_LIMITS.items()}
    proxies = str(settings.RATE_LIMIT_PROXIES).strip()
    if not proxies.isdigit():
        raise ImproperlyConfigured(
            f"RATE_LIMIT_PROXIES={proxies!r}: 应为反向代理的个数 (expected the number of reverse proxies, e.g. 0 or 1)"
        )
    return limits, int(proxies)


def check_settings(app_configs=None, **kwargs):
    """`manage.py check` (and migrate, ingest, …) name a malformed limit in one line."""
    try:
        configured()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="archive.E001")]
    return []


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.limits, self.proxies = configured()

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        kind = kind_for(request.resolver_match.view_name, request.method, request.GET)
        limit = self.limits.get(kind)
        if limit is None:
            return None
        try:
            wait = hit(kind, client_address(request, self.proxies), limit, time.time())
        except Exception:  # a broken counter table must not take the site down with it
            logger.exception("Rate limit not applied: the counts cannot be stored")
            return None
        return None if wait is None else too_many_requests(request, wait)


def too_many_requests(request, wait):
    if request.path.startswith("/api/"):
        message = f"请求过于频繁，请在 {wait} 秒后再试 (too many requests: try again in {wait} seconds)"
        # the API's error shape ({status, message}, docs/api.md), and `error` as the unversioned API answers
        body = {"status": 429, "message": message, "error": message, "retry_after": wait}
        response = JsonResponse(body, status=429, json_dumps_params={"ensure_ascii": False})
    else:
        response = render(request, "429.html", {"wait": wait}, status=429)
    response["Retry-After"] = str(wait)
    return response
