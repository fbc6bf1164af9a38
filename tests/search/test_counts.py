"""A count marked exact is exact: during a re-import a search counts what it did before or says
its count is provisional, and an export's count header is the search page's count."""
import json
import os
import signal
import subprocess
import sys

import pytest

from search import embedded
from tests.archive.test_faults import environment, ingest, stopped_at
from tests.conftest import CD_2118, FIXTURES, ROOT, S_2010_52, copy_archive

# Asked in a process of its own, of the re-importing ingest's data folder.
SEARCH = """
import django
django.setup()
from django.test import Client
print(Client(HTTP_HOST="localhost").get("/api/search/", {"q": "全面审查"}).content.decode())
"""


def searched(data_dir):
    done = subprocess.run([sys.executable, "-c", SEARCH], cwd=ROOT, env=environment(data_dir), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    return answer["total"], answer["estimated"], answer["understood"]["notes"]


def test_a_count_during_a_reimport_is_the_one_before_or_marked_provisional(tmp_path, migrated_sqlite):
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    first = ingest(data_dir, FIXTURES)
    assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    before = searched(data_dir)
    assert before == (before[0], False, []) and before[0] > 20

    # re-import two of the five: their paragraphs are replaced in the database, not yet in the index
    again = ingest(data_dir, "--force", CD_2118, S_2010_52, ARCHIVE_STOP_AT="index commit")
    stopped_at(again)
    try:
        total, estimated, notes = searched(data_dir)
        assert total == before[0] or estimated
        assert (total < before[0], estimated, notes) == (True, True, [embedded.PROVISIONAL])
    finally:
        os.kill(again.pid, signal.SIGCONT)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert searched(data_dir) == before


@pytest.mark.django_db
@pytest.mark.contract
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_an_export_says_the_search_pages_count_and_whether_it_is_estimated(client, corpus, monkeypatch, sort, engine_module):
    monkeypatch.setattr(engine_module, "MATCH_LIMIT", 5)  # the fixtures' 323 paragraphs are far from 500 hits
    for query in ("1540", "禁化武组织"):
        page = client.get("/api/search/", {"q": query, "sort": sort}).json()
        exported = client.get("/search/export.csv", {"q": query, "sort": sort})
        assert (exported["X-Total-Count"], exported["X-Total-Count-Estimated"]) == (str(page["total"]), json.dumps(page["estimated"]))
        as_json = client.get("/search/export.json", {"q": query, "sort": sort}).json()
        assert (as_json["count"], as_json["estimated"]) == (page["total"], page["estimated"])
    # by relevance a page ranks its first five hits and estimates the rest; by date it ranks them all
    estimated = client.get("/search/export.csv", {"q": "1540", "sort": sort})["X-Total-Count-Estimated"]
    assert estimated == ("true" if sort == "relevance" else "false")
