"""A polite HTTP client for the UN's servers (urllib, no other dependency).

One request at a time with a pause before each, a User-Agent naming the archive and a contact
address, `429`/`503` answered by waiting `Retry-After`, other server errors and broken
connections retried with a doubling wait, a bounded read timeout, and conditional requests
(`If-None-Match`/`If-Modified-Since`) so an unchanged file is a `304` without a body. Waiting is
the `sleep` passed in, so tests never wait on the clock. A download goes to a temporary file,
synced to disk, and counts as complete only when it holds every byte `Content-Length` promised.
"""
import email.utils
import hashlib
import http.client
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import (
    HTTPDefaultErrorHandler,
    HTTPErrorProcessor,
    HTTPHandler,
    HTTPRedirectHandler,
    HTTPSHandler,
    OpenerDirector,
    ProxyHandler,
    Request,
)

from django.conf import settings

LONGEST_PAGE = 20 << 20  # bytes of one MARCXML search page
LONGEST_FILE = 200 << 20  # bytes of one document file
CHUNK = 1 << 16
RETRIED_STATUSES = {429, 500, 502, 503, 504}
UNREACHABLE = "连接失败"


class FetchFailed(Exception):
    """The server did not give the resource: one line, Chinese first. `unreachable`: no server
    answered at all, which says nothing about the document and much about the network."""

    def __init__(self, message, unreachable=False):
        super().__init__(message)
        self.unreachable = unreachable


class _Incomplete(Exception):
    pass


@dataclass
class Download:
    """A fetched file (`path`, temporary until the caller keeps it) or, `not_modified`, none."""

    url: str
    not_modified: bool = False
    path: Path = None
    sha256: str = ""
    size: int = 0
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    head: bytes = b""


def user_agent(contact):
    """The archive's name, and the operator's contact address when one is configured."""
    return f"un1540-archive/1.0 (+{contact})" if contact else "un1540-archive/1.0"


def allowed_origins():
    """(schemes, hosts) collect may ask: the UN's servers named in the settings, never a local
    file, another scheme or a host a record (or a redirect) happens to name. Plain http only when
    a configured address is http (the loopback server of the tests)."""
    configured = [urlsplit(settings.UN_DIGITAL_LIBRARY_URL), urlsplit(settings.UN_DOCUMENTS_URL_PATTERN)]
    schemes = {"https"} | {parts.scheme for parts in configured if parts.scheme == "http"}
    hosts = {parts.hostname for parts in configured if parts.hostname}
    return schemes, hosts | {host.lower() for host in settings.UN_COLLECT_ALLOWED_HOSTS}


class _CheckedRedirects(HTTPRedirectHandler):
    """Follows a redirect only to an address the client may ask."""

    def __init__(self, check):
        self.check = check

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.check(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Client:
    def __init__(self, user_agent, pause=1.0, timeout=60.0, retries=4, longest_wait=600.0, sleep=time.sleep, origins=None):
        self.user_agent, self.pause, self.timeout = user_agent, pause, timeout
        self.retries, self.longest_wait, self.sleep = retries, longest_wait, sleep
        self.requests = 0
        self.schemes, self.hosts = origins or allowed_origins()
        self._opener = OpenerDirector()
        handlers = [ProxyHandler(), HTTPSHandler(), HTTPDefaultErrorHandler(), _CheckedRedirects(self.check), HTTPErrorProcessor()]
        for handler in handlers + ([HTTPHandler()] if "http" in self.schemes else []):
            self._opener.add_handler(handler)

    def check(self, url):
        """Refuses (one line) an address outside the allowed schemes and hosts."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in self.schemes or (parts.hostname or "") not in self.hosts:
            raise FetchFailed(f"拒绝访问非联合国服务器的地址 (refused: not an allowed UN address): {url[:200]}")

    def fetch(self, url):
        """The body of a small resource (a page of search results)."""
        return self._request(url, {}, _read_page)

    def download(self, url, folder, etag="", last_modified=""):
        """The file at `url` into a temporary file in `folder`, or `not_modified` when the
        validators of the copy already held still hold."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        Path(folder).mkdir(parents=True, exist_ok=True)
        return self._request(url, headers, lambda response: _save(response, folder))

    def _request(self, url, headers, consume):
        self.check(url)
        request = Request(url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "identity", **headers})
        problem, wait, unreachable = "", 0.0, False
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(wait)
            if self.requests:
                self.sleep(self.pause)
            self.requests += 1
            problem, outcome = self._attempt(request, url, consume, attempt)
            if not problem:
                return outcome
            wait, unreachable = outcome, problem.startswith(UNREACHABLE)
        raise FetchFailed(f"{problem}；已试 {self.retries + 1} 次 ({url}: gave up after {self.retries + 1} attempts)", unreachable)

    def _attempt(self, request, url, consume, attempt):
        """("", answer) on success, else (why, seconds to wait before the next attempt)."""
        backoff = min(max(self.pause, 1.0) * 2 ** attempt, self.longest_wait)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                if response.status == 202:  # accepted, answer later: the Digital Library's reply to a busy moment
                    return "HTTP 202 无内容 (accepted with no content)", backoff
                return "", consume(response)
        except HTTPError as error:
            error.close()
            if error.code == 304:
                return "", Download(url=url, not_modified=True)
            if error.code not in RETRIED_STATUSES:
                raise FetchFailed(_status_line(error.code, url)) from None
            after = retry_after(error.headers.get("Retry-After")) if error.code in (429, 503) else None
            return _status_line(error.code, url), backoff if after is None else min(after, self.longest_wait)
        except _Incomplete as error:
            return str(error), backoff
        except (URLError, TimeoutError, ConnectionError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", None) or error
            return f"{UNREACHABLE} (connection failed: {reason or type(error).__name__})", backoff


def retry_after(value):
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": a date in UTC whose source zone is unknown
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _status_line(code, url):
    named = {404: "未找到 (not found)", 429: "请求过多 (too many requests)"}
    english = http.client.responses.get(code, "")
    reason = named.get(code) or (f"服务器错误 ({english})" if code >= 500 else f"请求被拒绝 ({english})")
    return f"HTTP {code} {reason} ({url})"


def _read_page(response):
    body = response.read(LONGEST_PAGE + 1)
    if len(body) > LONGEST_PAGE:
        raise FetchFailed(f"{response.url}: 回答超过 {LONGEST_PAGE >> 20} MB (answer larger than {LONGEST_PAGE >> 20} MB)")
    _require_length(response, len(body))
    return body


def _save(response, folder):
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    digest, size, head = hashlib.sha256(), 0, b""
    try:
        with os.fdopen(handle, "wb") as out:
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > LONGEST_FILE:
                    raise FetchFailed(f"{response.url}: 文件超过 {LONGEST_FILE >> 20} MB (file larger than {LONGEST_FILE >> 20} MB)")
                if len(head) < 1024:
                    head += chunk[: 1024 - len(head)]
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        _require_length(response, size)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    headers = response.headers
    return Download(
        url=response.url, path=Path(temporary), sha256=digest.hexdigest(), size=size,
        content_type=headers.get_content_type() if headers.get("Content-Type") else "",
        etag=headers.get("ETag", ""), last_modified=headers.get("Last-Modified", ""), head=head,
    )


def _require_length(response, received):
    promised = response.headers.get("Content-Length")
    if promised and promised.isdigit() and int(promised) != received:
        raise _Incomplete(f"下载不完整：收到 {received} 字节，应为 {promised} (truncated download: {received} of {promised} bytes)")
