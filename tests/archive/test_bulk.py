"""The whole corpus out and back: `export_corpus` writes the archive as JSONL and SQLite,
`import_corpus` loads that into an empty archive, and afterwards every permalink — documents,
paragraphs, aliases, moved and removed anchors — answers as before, with the same text and
references, and search finds it.

Each archive runs in `manage.py` subprocesses with its own data folder (SQLite; the import is
also run into PostgreSQL when the suite has a PostgreSQL DATABASE_URL, as .ci/run does).
"""
import gzip
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing

import pytest

from tests.archive.test_backup import SERVER, Archive, server_database
from tests.archive.test_faults import stopped_at
from tests.conftest import FIXTURES, ROOT, copy_archive

# Rows only the archive's history makes (a corrected symbol, a moved and a removed paragraph,
# a collected file's provenance, an English original no document holds), so the round trip
# carries them too.
HISTORY = """
from django.utils import timezone
from archive.models import AnchorChange, Document, DocumentAlias, Provenance
cd = Document.objects.get(symbol="CD/2118")
DocumentAlias.objects.create(document=cd, path="CD/2117")
AnchorChange.objects.create(document=cd, anchor="99", change="removed", old_text="已删除的第99段")
AnchorChange.objects.create(document=cd, anchor="98", change="moved", new_anchor="5-f", old_text="移动了的段落")
now = timezone.now()
Provenance.objects.create(document=cd, symbol="CD/2118", language="zh", source_url="https://documents.un.org/zh/CD/2118",
    retrieved_at=now, checked_at=now, etag='"abc"', sha256=cd.source_sha256, size=1234, content_type="text/plain", file_name="cd2118.txt")
Provenance.objects.create(document=None, symbol="S/2010/52", language="en", source_url="https://documents.un.org/en/S/2010/52",
    retrieved_at=now, checked_at=now, sha256="0" * 64, size=99, file_name="s2010-52-en.pdf")
"""
# Everything a citation can lead to, read inside the subprocess.
STATE = """
import json
from django.test import Client
from archive.models import AnchorChange, Document, DocumentAlias, Paragraph, ParagraphLink, Provenance, Reference
from search.engine import search

def rows(queryset, *fields):
    return sorted([str(value) for value in row] for row in queryset.values_list(*fields))

paragraphs = Paragraph.objects.select_related("document").order_by("document__key", "ordinal")
client = Client(HTTP_HOST="127.0.0.1")
pages = ["/documents/CD/2118/5-f/", "/documents/CD/2117/", "/documents/CD/2118/99/", "/documents/CD/2118/98/", "/en/documents/S/2010/52/"]
pages += [document.get_absolute_url() for document in Document.objects.all()]
answers = {}
for url in pages:
    response = client.get(url)
    answers[url] = [response.status_code, response.get("Location", "")]
print(json.dumps({
    "documents": rows(Document.objects, "key", "symbol", "language", "title", "date", "organ", "doc_type", "original_language",
                      "source_file", "source_sha256", "fingerprint", "imported_at", "updated_at"),
    "document_urls": sorted(document.get_absolute_url() for document in Document.objects.all()),
    "paragraphs": [[p.get_absolute_url(), p.get_in_document_url(), p.label, p.kind, p.section, p.speaker,
                    p.speaker_affiliation, p.text, p.content_hash] for p in paragraphs],
    "references": rows(Reference.objects, "paragraph__document__key", "paragraph__anchor", "type", "target", "surface",
                       "start", "end", "pinpoint", "status", "note"),
    "links": rows(ParagraphLink.objects, "paragraph__document__key", "paragraph__anchor", "url", "target", "conflict"),
    "aliases": rows(DocumentAlias.objects, "document__key", "path"),
    "anchor_changes": rows(AnchorChange.objects, "document__key", "anchor", "change", "new_anchor", "old_text", "changed_at"),
    "provenance": rows(Provenance.objects, "document__key", "symbol", "language", "source_url", "retrieved_at", "etag", "sha256", "size"),
    "pages": answers,
    "found": [[hit.paragraph.document.path, hit.paragraph.anchor] for hit in search("全面审查的报告认为").hits],
}, ensure_ascii=False))
"""


class Site(Archive):
    def state(self):
        return json.loads(self.run("shell", "-v0", "-c", STATE).splitlines()[-1])


@pytest.fixture(scope="module")
def exported(tmp_path_factory, migrated_sqlite):
    """The five fixtures with some history, imported and exported once: (archive, its state, export folder)."""
    source = Site(copy_archive(migrated_sqlite, tmp_path_factory.mktemp("source") / "data"))
    source.run("ingest", FIXTURES)
    source.run("shell", "-v0", "-c", HISTORY)
    output = source.run("export_corpus")
    folder = source.data_dir / "bulk"
    return source, source.state(), folder, output


def jsonl_of(folder):
    return next(folder.glob("archive-*.jsonl.gz"))


# The import into an empty SQLite archive, and into PostgreSQL in CI's second pass.
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.database)])
def empty(request, tmp_path, migrated_sqlite):
    if request.param == "sqlite":
        yield Site(copy_archive(migrated_sqlite, tmp_path / "data"))
        return
    if not SERVER:
        pytest.skip("PostgreSQL: the suite is not running with a PostgreSQL DATABASE_URL")
    name = f"archive_bulk_{uuid.uuid4().hex[:12]}"
    server, url = server_database(name)
    try:
        site = Site(tmp_path / "data", url)
        site.data_dir.mkdir()
        site.run("migrate", "-v0")
        yield site
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


def test_export_names_every_file_with_its_size_and_digest(exported):
    _, state, folder, output = exported
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    date = manifest["date"]
    assert [file["name"] for file in manifest["files"]] == [f"archive-{date}.jsonl.gz", f"archive-{date}.sqlite", "README.md"]
    for file in manifest["files"]:
        content = (folder / file["name"]).read_bytes()
        assert (file["size"], file["sha256"]) == (len(content), hashlib.sha256(content).hexdigest())
    paragraphs = len(state["paragraphs"])
    assert manifest["counts"] == {
        "document": 5, "alias": 1, "anchor_change": 2, "provenance": 2, "paragraph": paragraphs,
        "link": len(state["links"]), "reference": len(state["references"]),
    }
    assert f"已导出：文档 5，段落 {paragraphs}，引用 {len(state['references'])}" in output
    assert (folder / "README.md").read_bytes() == (ROOT / "docs" / "bulk.md").read_bytes()
    served = sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))
    assert served == sorted([*(file["name"] for file in manifest["files"]), "manifest.json"])


def test_jsonl_and_sqlite_hold_the_same_rows(exported):
    _, state, folder, _ = exported
    with gzip.open(jsonl_of(folder), "rt", encoding="utf-8") as file:
        records = [json.loads(line) for line in file]
    assert records[0]["record"] == "export" and records[0]["schema"] == 1
    assert records[-1] == {"record": "end", "counts": records[0]["counts"]}
    paragraphs = [record for record in records if record["record"] == "paragraph"]
    cited = next(record for record in paragraphs if record["url"] == "/documents/CD/2118/5-f/")
    assert cited["text"].startswith("1540 委员会 2016 年 12 月完成的关于全面审查的报告认为")
    assert [record["url"] for record in paragraphs] == [row[0] for row in state["paragraphs"]]
    with closing(sqlite3.connect(next(folder.glob("archive-*.sqlite")))) as database:
        assert database.execute('SELECT url, text FROM paragraph ORDER BY rowid').fetchall() == [(r["url"], r["text"]) for r in paragraphs]
        references = database.execute('SELECT COUNT(*) FROM reference WHERE document = ? AND anchor = ?', [cited["document"], "5-f"]).fetchone()[0]
        assert references == sum(1 for r in records if r["record"] == "reference" and (r["document"], r["anchor"]) == (cited["document"], "5-f"))
        assert dict(database.execute("SELECT name, value FROM export")) == {
            "schema": "1", "created": records[0]["created"], "pipeline": records[0]["pipeline"], "knowledge": records[0]["knowledge"],
            **{f"count.{kind}": str(count) for kind, count in records[-1]["counts"].items()},
        }


def test_an_export_loads_into_an_empty_archive_with_every_permalink_as_it_was(exported, empty):
    _, before, folder, _ = exported
    output = empty.run("import_corpus", jsonl_of(folder))
    assert f"已导入：文档 5，段落 {len(before['paragraphs'])}，引用 {len(before['references'])}" in output
    after = empty.state()
    assert after == before
    assert before["found"] == [["CD/2118", "5-f"]]
    assert before["pages"]["/documents/CD/2118/5-f/"] == [200, ""]
    assert before["pages"]["/documents/CD/2117/"][0] == 301
    assert before["pages"]["/documents/CD/2118/99/"] == [410, ""]
    assert before["pages"]["/documents/CD/2118/98/"] == [301, "/documents/CD/2118/5-f/"]
    # and what it exports again is what it loaded, row for row
    empty.run("export_corpus", "--output", empty.data_dir / "again")
    with gzip.open(jsonl_of(folder), "rt", encoding="utf-8") as first, gzip.open(jsonl_of(empty.data_dir / "again"), "rt", encoding="utf-8") as second:
        assert list(first)[1:] == list(second)[1:]


def test_a_load_into_postgresql_leaves_its_tables_with_statistics(exported, empty):
    """ANALYZE sets pg_class.reltuples in the same transaction (-1 until a table is first read)."""
    if empty.kind != "postgresql":
        pytest.skip("statistics for the planner: PostgreSQL only")
    _, before, folder, _ = exported
    empty.run("import_corpus", jsonl_of(folder))
    counted = empty.run("shell", "-v0", "-c", (
        "from django.db import connection\n"
        "with connection.cursor() as c:\n"
        "    c.execute(\"SELECT reltuples::int FROM pg_class WHERE relname = 'archive_paragraph'\")\n"
        "    print(c.fetchone()[0])"))
    assert int(counted.split()[-1]) == len(before["paragraphs"])


def test_a_second_load_is_refused_and_changes_nothing(exported, tmp_path, migrated_sqlite):
    _, before, folder, _ = exported
    site = Site(copy_archive(migrated_sqlite, tmp_path / "data"))
    site.run("import_corpus", jsonl_of(folder))
    again = site.manage("import_corpus", jsonl_of(folder))
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "CommandError: 文档库不是空的：批量导出只能导入空的文档库 (the archive is not empty: an export loads into an empty "
        "archive only; restore a backup with restore_archive to replace an archive)"
    )
    assert site.state()["paragraphs"] == before["paragraphs"]


def test_a_stopped_export_leaves_the_previous_files_served_and_another_waits_its_turn(exported, tmp_path):
    source, _, folder, _ = exported
    copy = tmp_path / "bulk"
    copy.mkdir()
    for path in folder.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    served = {path.name: path.read_bytes() for path in copy.iterdir() if not path.name.startswith(".")}
    environment = dict(source.environment, ARCHIVE_STOP_AT="bulk files written")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "export_corpus", "--output", str(copy)], cwd=ROOT, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    stopped_at(process)  # every new file written in full, none moved into place
    try:
        assert {path.name: path.read_bytes() for path in copy.iterdir() if not path.name.startswith(".")} == served
        second = source.manage("export_corpus", "--output", copy)
        assert second.returncode == 1
        assert second.stderr.strip() == f"CommandError: {copy}: 另一个导出正在进行 (another export is writing into this folder)"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


def test_a_load_killed_before_its_commit_leaves_the_archive_empty_and_can_run_again(exported, tmp_path, migrated_sqlite):
    _, before, folder, _ = exported
    site = Site(copy_archive(migrated_sqlite, tmp_path / "data"))
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_corpus", "--no-index", str(jsonl_of(folder))], cwd=ROOT,
        env=dict(site.environment, ARCHIVE_STOP_AT="corpus loaded"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    stopped_at(process)  # every row written, nothing committed
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with closing(sqlite3.connect(site.data_dir / "archive.sqlite3")) as database:
        assert database.execute("SELECT (SELECT COUNT(*) FROM archive_document), (SELECT COUNT(*) FROM archive_paragraph)").fetchone() == (0, 0)
    site.run("import_corpus", jsonl_of(folder))
    assert site.state()["paragraphs"] == before["paragraphs"]
