"""Version 1's lists page through an archive of 12,040 paragraphs with exact envelopes."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import DOCUMENTS, PARAGRAPHS_EACH

pytestmark = pytest.mark.django_db
BASE = "http://testserver/api/v1"
CITING = f"{BASE}/resolutions/S/RES/1540(2004)/citing/"


def test_documents_page_with_absolute_links_and_database_counts(client, large_archive):
    with CaptureQueriesContext(connection) as queries:
        first = client.get("/api/v1/documents/", {"page_size": 15}).json()
    assert len(queries) == 2  # the count and one page: no paragraph is loaded
    assert (first["count"], first["next"], first["previous"]) == (DOCUMENTS, f"{BASE}/documents/?page_size=15&page=2", None)
    assert [d["paragraph_count"] for d in first["results"]] == [PARAGRAPHS_EACH] * 15
    assert first["results"][0]["symbol"] == "S/2099/30"  # newest first
    assert first["results"][0]["api_url"] == f"{BASE}/documents/S/2099/30/"
    assert first["results"][0]["url"] == "http://testserver/documents/S/2099/30/"
    last = client.get("/api/v1/documents/", {"page_size": 15, "page": 3}).json()
    assert (last["next"], last["previous"], len(last["results"])) == (None, f"{BASE}/documents/?page_size=15&page=2", 10)


def test_old_document_list_counts_without_loading_paragraphs(client, large_archive):
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/documents/").json()
    assert len(queries) == 1
    assert [d["paragraph_count"] for d in data] == [PARAGRAPHS_EACH] * DOCUMENTS


def test_documents_filter_by_year(client, large_archive):
    data = client.get("/api/v1/documents/", {"year": "2011"}).json()
    assert data["count"] == 10
    assert {d["date"][:4] for d in data["results"]} == {"2011"}


def test_citing_paragraphs_page_through_every_one(client, large_archive):
    first = client.get(CITING).json()
    assert (first["count"], first["next"], first["previous"]) == (DOCUMENTS * PARAGRAPHS_EACH, f"{CITING}?page=2", None)
    assert first["results"][0] == {
        "document": "S/2099/30",
        "document_title": "文件30",
        "date": "2012-01-10",
        "anchor": "1",
        "label": "",
        "url": "http://testserver/documents/S/2099/30/1/",
        "text": "第1段重申第1540(2004)号决议。",
        "references": [
            {"type": "resolution", "target": "S/RES/1540 (2004)", "surface": "第1540(2004)号决议", "start": 5, "end": 19, "pinpoint": None, "status": "resolved"}
        ],
    }
    last = client.get(CITING, {"page": 241}).json()
    assert (last["next"], last["previous"], len(last["results"])) == (None, f"{CITING}?page=240", 12040 - 240 * 50)
    assert client.get(CITING, {"page": 242}).json() == {"status": 404, "message": "没有这一页 (no such page)"}


def test_resolution_counts_citations_by_year_including_undated(client, large_archive):
    data = client.get("/api/v1/resolutions/S/RES/1540(2004)/").json()
    assert data["citing_paragraphs"] == 12040
    assert data["citations_by_year"] == [
        {"year": 2010, "paragraphs": 3010},
        {"year": 2011, "paragraphs": 3010},
        {"year": 2012, "paragraphs": 3010},
        {"year": None, "paragraphs": 3010},
    ]
    assert data["citing_url"] == CITING
    assert data["official"] == {"zh": "https://undocs.org/zh/S/RES/1540(2004)", "en": "https://undocs.org/en/S/RES/1540(2004)"}
    assert client.get("/api/v1/resolutions/1540/")["Location"] == "/api/v1/resolutions/S/RES/1540(2004)/"


def test_body_detail_and_its_citing_paragraphs(client, large_archive):
    data = client.get("/api/v1/bodies/opcw/").json()
    assert (data["id"], data["citing_paragraphs"]) == ("OPCW", 5 * PARAGRAPHS_EACH)
    assert data["citations_by_year"] == [{"year": 2010, "paragraphs": 1505}]
    citing = client.get(data["citing_url"], {"page_size": 500}).json()
    assert (citing["count"], citing["next"]) == (1505, f"{BASE}/bodies/opcw/citing/?page_size=500&page=2")
    bodies = client.get("/api/v1/bodies/").json()
    assert [(b["id"], b["citing_paragraphs"], b["api_url"]) for b in bodies["results"]] == [("OPCW", 1505, f"{BASE}/bodies/opcw/")]


def test_resolution_list_envelope(client, large_archive):
    data = client.get("/api/v1/resolutions/").json()
    assert {key: data[key] for key in ("count", "next", "previous")} == {"count": 1, "next": None, "previous": None}
    assert data["results"][0]["api_url"] == f"{BASE}/resolutions/S/RES/1540(2004)/"


def test_resolution_feed_reads_only_the_latest_entries(client, large_archive):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/resolutions/S/RES/1540(2004)/feed/")
    assert response.content.decode().count("<entry>") == 50
    reading = [q["sql"] for q in queries if 'FROM "archive_paragraph"' in q["sql"]]
    counting = [sql for sql in reading if "COUNT(" in sql]
    paging = [sql for sql in reading if "COUNT(" not in sql and '"archive_reference"' in sql]
    placing = [sql for sql in reading if sql not in counting and sql not in paging]
    assert len(counting) == 1  # the number of pages, counted by the database
    assert len(paging) == 1 and paging[0].endswith("LIMIT 50")
    # an unnumbered paragraph is cited by its place, read from the paragraphs before it in its
    # own document: at most one bounded query per entry, never the citing paragraphs again
    assert len(placing) <= 50 and all(sql.endswith("LIMIT 2000") and '"archive_reference"' not in sql for sql in placing)
