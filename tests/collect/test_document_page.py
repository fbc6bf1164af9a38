"""The document page says where a collected document came from, offers its English original,
and relates the versions of one symbol (corrections, revisions, addenda) with the current text."""
import io

import pytest
from django.core.management import call_command

from archive.importing import store
from archive.models import Document, Provenance
from archive.pipeline import parse_text

from .conftest import REPORTS

pytestmark = pytest.mark.django_db

TEXT = "安全理事会\n\n1. 安全理事会审议了防止大规模毁灭性武器扩散的问题。\n\n2. 委员会审查了各国提交的报告。\n"


def held(*symbols):
    for symbol in symbols:
        store(parse_text(TEXT, f"{symbol.replace('/', '_')}.txt", sidecar={"symbol": symbol}))


def test_a_collected_document_says_where_it_was_retrieved_and_offers_the_english_original(client, un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], english=pdfs["english"])
    call_command("collect", REPORTS[0], "--english", stdout=io.StringIO(), stderr=io.StringIO())
    document = Document.objects.get()
    retrieved = Provenance.objects.get(language="zh-Hans").retrieved_at.strftime("%Y-%m-%d")
    source = f"{un_server.url}/files/S_AC.44_2004_(02)_1-ZH.pdf"
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'<dt>检索来源</dt><dd class="retrieved">从 <a href="{source}" rel="external" translate="no">{source}</a> 检索，{retrieved}' in page
    assert f'· <a href="{un_server.url}/record/1000" rel="external">目录记录</a>' in page
    english = Provenance.objects.get(language="en")
    assert f'<dt>英文原件</dt><dd><a href="/originals/{english.sha256}/" download>亦有英文本：下载</a></dd>' in page
    download = client.get(f"/originals/{english.sha256}/")
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="S_AC.44_2004_(02)_1-EN.pdf"'
    assert b"".join(download.streaming_content) == pdfs["english"]
    page = client.get(f"/en{document.get_absolute_url()}").content.decode()
    assert f'<dt>Retrieved</dt><dd class="retrieved">from <a href="{source}" rel="external" translate="no">{source}</a> on {retrieved}' in page
    assert "Also in English: download" in page


def test_an_original_text_names_its_corrections_and_its_current_revision(client):
    held("S/2006/257", "S/2006/257/Corr.1", "S/2006/257/Rev.1")
    page = client.get("/documents/S/2006/257/").content.decode()
    assert (
        '<dt>现行文本</dt><dd class="superseded">此文本已被修订，现行文本为 '
        '<a href="/documents/S/2006/257/Rev.1/" translate="no">S/2006/257/Rev.1</a></dd>'
    ) in page
    assert '<dt>更正</dt><dd><a href="/documents/S/2006/257/Corr.1/" translate="no">S/2006/257/Corr.1</a></dd>' in page
    assert '<dt>修订本</dt><dd><a href="/documents/S/2006/257/Rev.1/" translate="no">S/2006/257/Rev.1</a></dd>' in page
    english = client.get("/en/documents/S/2006/257/").content.decode()
    assert "<dt>Current text</dt>" in english and "This text has been revised; the current text is" in english
    assert "<dt>Corrected by</dt>" in english


def test_the_current_revision_names_what_it_revises_and_is_not_superseded(client):
    held("S/2006/257", "S/2006/257/Rev.1")
    page = client.get("/documents/S/2006/257/Rev.1/").content.decode()
    assert '<dt>修订的是</dt><dd><a href="/documents/S/2006/257/" translate="no">S/2006/257</a></dd>' in page
    assert "现行文本" not in page
    english = client.get("/en/documents/S/2006/257/Rev.1/").content.decode()
    assert '<dt>Revises</dt><dd><a href="/en/documents/S/2006/257/" translate="no">S/2006/257</a></dd>' in english


def test_a_document_without_versions_or_provenance_shows_neither(client):
    held("S/2006/257", "S/2006/2570")
    page = client.get("/documents/S/2006/257/").content.decode()
    assert "检索来源" not in page and "现行文本" not in page and "<dt>更正</dt>" not in page
