"""The bulk export on the site: linked from the home page, described on /bulk/ and by
/api/v1/bulk/, each file streamed as written; nothing but the files the manifest names."""
import hashlib
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulk(corpus, settings, tmp_path):
    """The sample corpus exported into the data folder the site serves; its manifest."""
    settings.DATA_DIR = tmp_path
    call_command("export_corpus", verbosity=0)
    return json.loads((tmp_path / "bulk" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def no_bulk(settings, tmp_path):
    settings.DATA_DIR = tmp_path


def test_home_page_links_to_the_bulk_data_in_each_language(client, no_bulk):
    assert '<a href="/bulk/">批量下载</a>' in client.get("/").text
    assert '<a href="/en/bulk/">Bulk data</a>' in client.get("/en/").text


def test_the_page_lists_each_file_with_its_size_and_digest(client, bulk):
    page = client.get("/bulk/")
    assert page.status_code == 200
    for file in bulk["files"]:
        assert f'<a href="/bulk/{file["name"]}" translate="no">{file["name"]}</a>' in page.text
        assert f'<code class="sha256">{file["sha256"]}</code>' in page.text
    counts = bulk["counts"]
    assert f"导出日期 {bulk['date']}：5 份文档，{counts['paragraph']} 个段落，{counts['reference']} 处引用。" in page.text
    english = client.get("/en/bulk/").text
    assert f"Exported on {bulk['date']}: 5 documents, {counts['paragraph']} paragraphs, {counts['reference']} references." in english
    assert '<a href="/bulk/README.md" translate="no">README.md</a>' in english  # files have one address


def test_the_api_lists_the_files_with_absolute_urls(client, bulk):
    answer = client.get("/api/v1/bulk/")
    assert answer.status_code == 200
    body = answer.json()
    assert body["files"] == [dict(file, url=f"http://testserver/bulk/{file['name']}") for file in bulk["files"]]
    assert (body["date"], body["schema_version"], body["counts"], body["page"]) == (bulk["date"], 1, bulk["counts"], "http://testserver/bulk/")
    assert client.get("/api/v1/").json()["bulk"] == "http://testserver/api/v1/bulk/"


def test_each_file_is_streamed_as_the_manifest_describes_it(client, bulk):
    for file in bulk["files"]:
        response = client.get(f"/bulk/{file['name']}", HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert response.streaming
        assert (response.get("Content-Encoding"), response["Content-Length"]) == (None, str(file["size"]))
        content = b"".join(response.streaming_content)
        assert (len(content), hashlib.sha256(content).hexdigest()) == (file["size"], file["sha256"])
        assert response["ETag"] == f'"{file["sha256"]}"'
    jsonl = client.get(f"/bulk/{bulk['files'][0]['name']}")
    jsonl.close()
    assert (jsonl["Content-Type"], jsonl["Content-Disposition"]) == ("application/gzip", f'attachment; filename="{bulk["files"][0]["name"]}"')
    readme = client.get("/bulk/README.md")
    readme.close()
    assert (readme["Content-Type"], readme["Content-Disposition"]) == ("text/markdown; charset=utf-8", 'inline; filename="README.md"')


def test_files_have_one_address_in_every_language(client, bulk):
    name = bulk["files"][0]["name"]
    response = client.get(f"/en/bulk/{name}")
    assert (response.status_code, response["Location"]) == (301, f"/bulk/{name}")


@pytest.mark.parametrize("name", ["manifest.json", "archive-1999-01-01.jsonl.gz", ".archive.sqlite.part", "..%2Fmanifest.json"])
def test_only_the_files_the_manifest_names_are_served(client, bulk, name):
    assert client.get(f"/bulk/{name}").status_code == 404


def test_before_the_first_export_the_page_says_so_and_the_api_lists_nothing(client, no_bulk):
    page = client.get("/bulk/")
    assert page.status_code == 200
    assert "尚无批量导出。管理员运行 manage.py export_corpus 后，文件将列在此处。" in page.text
    answer = client.get("/api/v1/bulk/")
    assert (answer.status_code, answer.json()) == (200, {
        "date": None, "created": None, "schema_version": None, "pipeline": None, "knowledge": None,
        "counts": {}, "files": [], "page": "http://testserver/bulk/",
    })
    assert client.get("/bulk/README.md").status_code == 404


def test_a_new_export_deletes_the_files_of_earlier_exports_and_nothing_else(bulk, settings):
    folder = settings.DATA_DIR / "bulk"
    for name in ("archive-2020-01-01.jsonl.gz", "archive-2020-01-01.sqlite", "archive-notes.txt"):
        (folder / name).write_text("x")
    call_command("export_corpus", verbosity=0)
    names = sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))
    assert names == sorted(["archive-notes.txt", "manifest.json", *(file["name"] for file in bulk["files"])])
