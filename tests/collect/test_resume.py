"""A collect run killed midway (SIGKILL at an ARCHIVE_STOP_AT point, inside a document's
transaction) leaves every document with its provenance or neither; started again, it finishes
with no duplicate, fetching again only the file whose import was lost."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from tests.conftest import ROOT, copy_archive

from .conftest import REPORTS
from .un_server import UNServer

SYMBOLS = REPORTS[:8]  # the 22-document list runs in process (test_collect_command.py); here, a kill and a restart


def collect(data_dir, server, listed, **variables):
    environment = dict(
        os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev",
        UN_DIGITAL_LIBRARY_URL=server.url, UN_DOCUMENTS_URL_PATTERN=f"{server.url}/ods?s={{symbol}}&l={{language}}&t={{type}}",
        UN_COLLECT_PAUSE="0", UN_COLLECT_LONGEST_WAIT="0", **variables,
    )
    environment.pop("DATABASE_URL", None)  # the test reads SQLite's file
    return subprocess.Popen(
        [sys.executable, "manage.py", "collect", "--file", str(listed)],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def stored(data_dir):
    """{symbol: (paragraphs, provenance rows pointing at it)} and the provenance rows with no document."""
    with closing(sqlite3.connect(data_dir / "archive.sqlite3")) as database:
        documents = {
            symbol: (paragraphs, provenance)
            for symbol, paragraphs, provenance in database.execute(
                "SELECT d.symbol, (SELECT COUNT(*) FROM archive_paragraph p WHERE p.document_id = d.id), "
                "(SELECT COUNT(*) FROM archive_provenance v WHERE v.document_id = d.id AND v.sha256 = d.source_sha256) "
                "FROM archive_document d"
            )
        }
        orphans = database.execute("SELECT COUNT(*) FROM archive_provenance WHERE document_id IS NULL").fetchone()[0]
    return documents, orphans


@pytest.mark.parametrize("point", ["document written:5", "provenance written:5"])
def test_a_run_killed_midway_finishes_on_the_next_with_no_duplicate(tmp_path, migrated_sqlite, pdfs, point):
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps({"documents": [{"symbol": symbol} for symbol in SYMBOLS]}))
    with UNServer() as server:
        for symbol in SYMBOLS:
            server.add(symbol, chinese=pdfs[symbol])
        process = collect(data_dir, server, listed, ARCHIVE_STOP_AT=point)
        _, status = os.waitpid(process.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), process.stderr.read().decode()
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        documents, orphans = stored(data_dir)
        assert sorted(documents) == sorted(SYMBOLS[:4])
        assert all(paragraphs > 0 and provenance == 1 for paragraphs, provenance in documents.values())
        assert orphans == 0
        assert server.file_bodies() == 5

        finished = collect(data_dir, server, listed)
        out, err = finished.communicate(timeout=300)
        assert finished.returncode == 0, err.decode()
        assert "(documents: 4 new, 0 updated, 4 unchanged, 0 refused)" in out.decode()
        documents, orphans = stored(data_dir)
        assert sorted(documents) == sorted(SYMBOLS)
        assert all(paragraphs > 0 and provenance == 1 for paragraphs, provenance in documents.values())
        assert orphans == 0
        assert server.file_bodies() == 5 + 4  # only the file whose import was killed came again
