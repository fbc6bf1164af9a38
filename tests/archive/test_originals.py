"""Originals: the imported file is kept by its SHA-256 and offered for download, read-only."""
import hashlib

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.importing import store
from archive.models import Document
from archive.pipeline import parse_file
from tests.conftest import CD_2118
from tests.un_pdf import render_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "报告 \"final\".pdf"
    render_pages(path, [("para", "1.", "各国应当采取并执行适当和有效的措施。"), ("para", "2.", "各国应当报告进展。")], symbol="S/2099/7")
    return path


def test_the_document_page_offers_the_original_pdf_as_imported(client, data_dir, report):
    call_command("ingest", str(report))
    document = Document.objects.get(symbol="S/2099/7")
    sha256 = hashlib.sha256(report.read_bytes()).hexdigest()
    assert document.source_sha256 == sha256 and (data_dir / "originals" / sha256).read_bytes() == report.read_bytes()
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'href="/originals/{sha256}/" download' in page
    response = client.get(f"/originals/{sha256}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == "attachment; filename*=utf-8''%E6%8A%A5%E5%91%8A%20%22final%22.pdf"
    assert b"".join(response.streaming_content) == report.read_bytes()
    assert client.post(f"/originals/{sha256}/").status_code == 405


def test_a_text_original_downloads_as_utf8_text_under_its_name(client, data_dir):
    call_command("ingest", str(CD_2118))
    sha256 = Document.objects.get(symbol="CD/2118").source_sha256
    response = client.get(f"/originals/{sha256}/")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{CD_2118.name}"'
    assert b"".join(response.streaming_content) == CD_2118.read_bytes()
    response.close()


def test_without_kept_originals_there_is_no_link_and_no_file(client, data_dir, settings, report):
    settings.ARCHIVE_KEEP_ORIGINALS = False
    call_command("ingest", str(report))
    document = Document.objects.get(symbol="S/2099/7")
    assert not (data_dir / "originals").exists()
    assert "/originals/" not in client.get(document.get_absolute_url()).content.decode()
    assert client.get(f"/originals/{document.source_sha256}/").status_code == 404
    assert client.get("/originals/../../settings.py/").status_code == 404


def test_an_original_that_cannot_be_kept_stops_the_import_and_stores_nothing(data_dir, report):
    data_dir.mkdir(parents=True)
    (data_dir / "originals").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(CommandError, match="原件无法保存，报告 \"final\".pdf 未导入"):
        call_command("ingest", str(report))
    assert not Document.objects.exists()


def test_a_file_changed_between_reading_and_storing_is_not_kept_under_the_old_hash(data_dir, tmp_path):
    path = tmp_path / "cd.txt"
    path.write_bytes(CD_2118.read_bytes())
    parsed = parse_file(path)
    path.write_bytes(CD_2118.read_bytes() + "改动".encode())
    with pytest.raises(OSError, match="changed while it was being imported"):
        store(parsed)
    assert not Document.objects.exists() and not list((data_dir / "originals").iterdir())
