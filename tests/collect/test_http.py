"""The polite client against the loopback server: waits are asked of the injected `sleep` (so
they are asserted, never waited), a stalled response ends at the read timeout, redirects are
followed and validators give a 304."""
import pytest

from archive.collecting.http import Client, FetchFailed, allowed_origins, retry_after

from .un_server import UNServer

PDF = b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n"


@pytest.fixture
def server():
    with UNServer() as running:
        yield running


def client(sleeps, **options):
    return Client(
        "un1540-archive/test (+http://example.org)", sleep=sleeps.append,
        **{"pause": 1.0, "timeout": 10, "retries": 2, "origins": ({"http"}, {"127.0.0.1"}), **options},
    )


def test_one_pause_before_every_request_after_the_first(server, tmp_path):
    server.add("S/2004/1", chinese=PDF)
    sleeps = []
    fetcher = client(sleeps, pause=2.5)
    for _ in range(3):
        fetcher.download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert sleeps == [2.5, 2.5]
    assert fetcher.requests == 3


def test_a_429_waits_its_retry_after_then_fetches(server, tmp_path):
    server.add("S/2004/1", chinese=PDF, behaviour="busy")
    sleeps = []
    download = client(sleeps, pause=0).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert sleeps == [7.0, 0]  # Retry-After: 7, then the (zero) pause before the retry
    assert download.path.read_bytes() == PDF
    assert download.size == len(PDF) and download.content_type == "application/pdf"


def test_a_202_without_content_is_asked_again(server, tmp_path):
    server.add("S/2004/1", chinese=PDF, behaviour="accepted")
    sleeps = []
    download = client(sleeps, pause=0).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert download.path.read_bytes() == PDF
    assert sleeps == [1.0, 0]


def test_retry_after_is_capped(server, tmp_path):
    server.add("S/2004/1", chinese=PDF, behaviour="busy")
    sleeps = []
    client(sleeps, pause=0, longest_wait=3).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert sleeps[0] == 3


def test_a_redirect_is_followed_and_the_final_address_kept(server, tmp_path):
    record = server.add("S/2004/1", chinese=PDF)
    download = client([]).download(f"{server.url}/record/{record.record_id}/files/S_2004_1-ZH.pdf", tmp_path)
    assert download.url == f"{server.url}/files/S_2004_1-ZH.pdf"
    assert download.path.parent == tmp_path and download.path.name.startswith(".incoming-")


def test_validators_bring_a_304_and_no_body(server, tmp_path):
    server.add("S/2004/1", chinese=PDF)
    fetcher = client([])
    first = fetcher.download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    again = fetcher.download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.path is None
    assert server.bodies == {"S_2004_1-ZH.pdf": 1}


def test_a_stalled_response_ends_at_the_read_timeout(server, tmp_path):
    """The server holds its answer until released, after the client has given up."""
    server.add("S/2004/1", chinese=PDF, behaviour="slow")
    sleeps = []
    with pytest.raises(FetchFailed) as refused:
        client(sleeps, pause=0, timeout=0.2, retries=1).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    server.release.set()
    assert str(refused.value) == (
        f"连接失败 (connection failed: timed out)；已试 2 次 ({server.url}/files/S_2004_1-ZH.pdf: gave up after 2 attempts)"
    )
    assert sleeps == [1.0, 0]  # one backoff (doubling from 1 s), one pause
    assert list(tmp_path.iterdir()) == []


def test_a_404_is_not_retried(server, tmp_path):
    sleeps = []
    with pytest.raises(FetchFailed) as refused:
        client(sleeps).download(f"{server.url}/files/nothing.pdf", tmp_path)
    assert str(refused.value) == f"HTTP 404 未找到 (not found) ({server.url}/files/nothing.pdf)"
    assert sleeps == [] and len(server.requests) == 1


def test_a_server_error_is_retried_then_named(server, tmp_path):
    server.add("S/2004/1", chinese=PDF, behaviour="broken")
    sleeps = []
    with pytest.raises(FetchFailed) as refused:
        client(sleeps, pause=0, retries=1).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert str(refused.value) == (
        f"HTTP 500 服务器错误 (Internal Server Error) ({server.url}/files/S_2004_1-ZH.pdf)；已试 2 次 "
        f"({server.url}/files/S_2004_1-ZH.pdf: gave up after 2 attempts)"
    )


def test_a_forbidden_file_is_not_retried(server, tmp_path):
    server.add("S/2004/1", chinese=PDF, behaviour="forbidden")
    with pytest.raises(FetchFailed) as refused:
        client([]).download(f"{server.url}/files/S_2004_1-ZH.pdf", tmp_path)
    assert str(refused.value) == f"HTTP 403 请求被拒绝 (Forbidden) ({server.url}/files/S_2004_1-ZH.pdf)"


def test_server_errors_back_off_doubling(tmp_path):
    sleeps = []
    with pytest.raises(FetchFailed) as refused:
        client(sleeps, pause=0, retries=3).fetch("http://127.0.0.1:9/")  # discard port: nothing listens
    assert "gave up after 4 attempts" in str(refused.value)
    assert sleeps == [1.0, 0, 2.0, 0, 4.0, 0]


@pytest.mark.parametrize(
    "value, seconds",
    [("120", 120.0), ("", None), (None, None), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
     ("Wed, 21 Oct 2015 07:28:00 -0000", 0.0), ("Wed, 21 Oct 99999 07:28:00 GMT", None)],
)
def test_retry_after_values(value, seconds):
    assert retry_after(value) == seconds


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x.pdf", "data:application/pdf,x", "http://169.254.169.254/latest"])
def test_an_address_outside_the_allowed_origins_is_refused(server, url, tmp_path):
    fetcher = client([])
    with pytest.raises(FetchFailed, match=r"^拒绝访问非联合国服务器的地址 \(refused: not an allowed UN address\)"):
        fetcher.download(url, tmp_path)
    assert fetcher.requests == 0 and list(tmp_path.iterdir()) == []


def test_a_redirect_to_another_host_is_refused(server, tmp_path):
    server.add("S/2004/1", chinese=PDF)
    with pytest.raises(FetchFailed, match=r"\(refused: not an allowed UN address\): http://localhost:\d+/files/S_2004_1-ZH.pdf$"):
        client([]).download(f"{server.url}/away/S_2004_1-ZH.pdf", tmp_path)
    assert server.file_bodies() == 0


def test_https_only_unless_a_configured_address_is_http(settings):
    settings.UN_DIGITAL_LIBRARY_URL = "https://digitallibrary.un.org"
    settings.UN_DOCUMENTS_URL_PATTERN = "https://documents.un.org/api/symbol/access?s={symbol}&l={language}&t={type}"
    settings.UN_COLLECT_ALLOWED_HOSTS = ["undocs.org"]
    assert allowed_origins() == ({"https"}, {"digitallibrary.un.org", "documents.un.org", "undocs.org"})
