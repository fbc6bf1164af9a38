"""A UN-shaped HTTP server on loopback for the collect tests: the Digital Library's MARCXML
search (paged by jrec/rg, with Invenio's total-hits comment), record file links that redirect
to the files, the Official Document System's address by symbol and language, ETag and
Last-Modified with 304s, and the failures the real servers show: a 404 HTML page, an HTML page
served with 200, a 429 with Retry-After, a response that stalls, a truncated body.

It counts what it sends (`bodies`: file bodies by name) and what it was asked (`requests`), so
tests assert transfers by count, never by time.
"""
import hashlib
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape

LAST_MODIFIED = "Tue, 27 Apr 2004 10:00:00 GMT"
NOT_FOUND_PAGE = b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"


@dataclass
class ServedFile:
    data: bytes
    behaviour: str = ""  # "", "html", "truncated", "slow", "busy" (429 once), "accepted" (202 once), "broken" (500), "forbidden" (403), "long-headers" (ETag and type too long to keep)
    served: int = 0


@dataclass
class ServedRecord:
    record_id: str
    symbol: str
    title: str
    files: dict = field(default_factory=dict)  # language label ("Chinese", "English") → file name


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A client that gave up (the stalled-answer test) is expected; anything else is reported."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class UNServer:
    def __init__(self):
        self.records = []
        self.files = {}
        self.ods = {}  # (symbol without spaces, "zh"/"en") → file name
        self.bodies = {}
        self.requests = []
        self.largest_page = None  # a cap on rg, as a library may set below what is asked
        self.ignore_jrec = False  # answer every page from the first record
        self.release = threading.Event()  # a "slow" file answers only once this is set
        self.lock = threading.Lock()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, symbol, chinese=None, english=None, behaviour="", listed=True):
        """A record for `symbol` with a Chinese and/or English PDF (bytes); `listed=False` serves
        the files only through the ODS address, with no record."""
        stem = symbol.replace(" ", "").replace("/", "_")
        record = ServedRecord(str(1000 + len(self.records)), symbol, f"Document {symbol}")
        for label, code, data in (("Chinese", "ZH", chinese), ("English", "EN", english)):
            if data is None:
                continue
            name = f"{stem}-{code}.pdf"
            self.files[name] = ServedFile(data, behaviour if code == "ZH" else "")
            record.files[label] = name
            self.ods[(symbol.replace(" ", ""), code.lower())] = name
        if listed:
            self.records.append(record)
        return record

    def file_bodies(self):
        return sum(self.bodies.values())

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def marcxml(self, records, total):
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if total is not None:
            head += f"<!-- Search-Engine-Total-Number-Of-Results: {total} -->\n"
        parts = [head, '<collection xmlns="http://www.loc.gov/MARC21/slim">']
        for record in records:
            parts.append(f'<record><controlfield tag="001">{record.record_id}</controlfield>')
            parts.append(f'<datafield tag="191" ind1=" " ind2=" "><subfield code="a">{escape(record.symbol)}</subfield></datafield>')
            parts.append(f'<datafield tag="245" ind1="1" ind2="0"><subfield code="a">{escape(record.title)}</subfield></datafield>')
            parts.append('<datafield tag="269" ind1=" " ind2=" "><subfield code="a">2004-04-28</subfield></datafield>')
            for label, name in record.files.items():
                url = name if "://" in name else f"{self.url}/record/{record.record_id}/files/{name}"
                parts.append(
                    f'<datafield tag="856" ind1="4" ind2=" "><subfield code="u">{escape(url)}</subfield>'
                    f'<subfield code="y">{label}</subfield></datafield>'
                )
            parts.append("</record>")
        parts.append("</collection>")
        return "".join(parts).encode()

    def search(self, query):
        if query.startswith('documentsymbol:"') and query.endswith('"'):
            wanted = query[len('documentsymbol:"'):-1].replace(" ", "").upper()
            if wanted.endswith("*"):
                return [r for r in self.records if r.symbol.replace(" ", "").upper().startswith(wanted[:-1])]
            return [r for r in self.records if r.symbol.replace(" ", "").upper() == wanted]
        return [r for r in self.records if query.lower() in r.title.lower()]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with server.lock:
                    server.requests.append((self.path, dict(self.headers)))
                parts = urlsplit(self.path)
                query = {key: values[0] for key, values in parse_qs(parts.query).items()}
                if parts.path == "/search":
                    found = server.search(query.get("p", ""))
                    first, size = int(query.get("jrec", 1)), int(query.get("rg", 10))
                    first, size = 1 if server.ignore_jrec else first, min(size, server.largest_page or size)
                    total = None if server.ignore_jrec else len(found)
                    return self._send(200, "text/xml; charset=utf-8", server.marcxml(found[first - 1:first - 1 + size], total))
                if parts.path == "/maintenance/search":  # a library answering with its web page, status 200
                    return self._send(200, "text/html; charset=utf-8", b"<!DOCTYPE html><html><body>Maintenance</body></html>")
                if parts.path.startswith("/record/") and "/files/" in parts.path:
                    name = unquote(parts.path.rpartition("/")[2])
                    return self._redirect(f"/files/{name}")
                if parts.path.startswith("/away/"):  # a redirect to another host (localhost, not 127.0.0.1)
                    port = server.server.server_address[1]
                    return self._send(302, "text/html", b"", {"Location": f"http://localhost:{port}/files/{parts.path[6:]}"})
                if parts.path == "/ods":
                    name = server.ods.get((query.get("s", ""), query.get("l", "")))
                    if name is None:
                        return self._send(404, "text/html", NOT_FOUND_PAGE)
                    return self._redirect(f"/files/{name}")
                if parts.path.startswith("/files/"):
                    return self._file(unquote(parts.path[len("/files/"):]))
                return self._send(404, "text/html", NOT_FOUND_PAGE)

            def _file(self, name):
                served = server.files.get(name)
                if served is None:
                    return self._send(404, "text/html", NOT_FOUND_PAGE)
                if served.behaviour == "busy" and served.served == 0:
                    served.served += 1
                    return self._send(429, "text/plain", b"slow down", {"Retry-After": "7"})
                if served.behaviour in ("broken", "forbidden"):
                    return self._send(500 if served.behaviour == "broken" else 403, "text/html", NOT_FOUND_PAGE)
                if served.behaviour == "accepted" and served.served == 0:
                    served.served += 1
                    return self._send(202, "text/html", b"")
                if served.behaviour == "slow":
                    server.release.wait()
                etag = f'"{hashlib.sha256(served.data).hexdigest()[:16]}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, None, b"", {"ETag": etag})
                with server.lock:
                    server.bodies[name] = server.bodies.get(name, 0) + 1
                served.served += 1
                if served.behaviour == "html":
                    return self._send(200, "text/html; charset=utf-8", b"<!DOCTYPE html><html><body>Document not available</body></html>")
                headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                if served.behaviour == "long-headers":
                    headers["ETag"] = f'"{"e" * 600}"'
                    return self._send(200, "application/" + "x" * 300, served.data, headers)
                if served.behaviour == "truncated":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/pdf")
                    self.send_header("Content-Length", str(len(served.data)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(served.data[: len(served.data) // 2])
                    self.close_connection = True
                    return
                return self._send(200, "application/pdf", served.data, headers)

            def _redirect(self, location):
                self._send(302, "text/html", b"", {"Location": f"{server.url}{location}"})

            def _send(self, status, content_type, body, headers=None):
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        return Handler
