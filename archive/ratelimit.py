"""Requests per client and per kind of page, counted in the shared cache: a client that sends
more than a kind's limit within its window gets 429 with `Retry-After` until the window closes.

Kinds (settings.RATE_LIMITS, each "COUNT/SECONDS" or "off"): `login` (attempts at the admin
login), `search` (the search page and its JSON), `api` (the JSON interface), `export` (CSV, JSON
and Atom of citing paragraphs). Reading documents is never limited.

A window opens with a client's first request and lasts its SECONDS, whatever follows. The count is
read and written back (the database cache has no atomic increment), so simultaneous requests may
each see the same count: a limit can be exceeded by at most the number of server workers.
"""
import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)


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
    else None."""
    key = f"ratelimit:{kind}:{client}"
    since, count = cache.get(key) or (now, 0)
    if now - since >= limit.seconds:
        since, count = now, 0
    count += 1
    remaining = since + limit.seconds - now
    cache.set(key, (since, count), timeout=math.ceil(remaining))
    return max(1, math.ceil(remaining)) if count > limit.count else None


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


def kind_of(request, match):
    """Which limit a request counts against, or None."""
    name = f"{match.namespace}:{match.url_name}"
    if name == "admin:login":
        return "login" if request.method == "POST" else None
    if match.namespace == "search":
        return "search"
    if match.namespace == "archive" and match.url_name.startswith("api-"):
        return "api"
    if name in ("archive:resolution-export", "archive:body-export", "archive:resolution-feed", "archive:body-feed"):
        return "export"
    return None


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
        kind = kind_of(request, request.resolver_match)
        limit = self.limits.get(kind)
        if limit is None:
            return None
        try:
            wait = hit(kind, client_address(request, self.proxies), limit, time.time())
        except Exception:  # noqa: BLE001 — a broken cache must not take the site down with it
            logger.exception("Rate limit not applied: the cache cannot be used")
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
