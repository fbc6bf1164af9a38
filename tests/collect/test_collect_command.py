"""`manage.py collect` against the loopback UN server: imports with provenance, re-runs that
transfer no file body, and one refusal line for each way the UN's answer can be wrong."""
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.importing import store
from archive.models import Document, Provenance
from archive.pipeline import parse_text
from search import indexing

from .conftest import REPORTS

pytestmark = pytest.mark.django_db


def collect(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("collect", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + f"CommandError: {error}"
    return out.getvalue(), err.getvalue()


@pytest.fixture
def twenty_two(un_server, pdfs, tmp_path):
    for symbol in REPORTS:
        un_server.add(symbol, chinese=pdfs[symbol])
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps({"about": {"name": "test"}, "documents": [{"symbol": symbol} for symbol in REPORTS]}))
    return listed


def test_a_list_of_22_is_imported_with_provenance_and_a_second_run_transfers_no_body(un_server, twenty_two):
    out, err = collect("--file", str(twenty_two))
    assert "CommandError" not in err
    assert "(documents: 22 new, 0 updated, 0 unchanged, 0 refused)" in out
    assert sorted(Document.objects.values_list("symbol", flat=True)) == sorted(REPORTS)
    provenance = Provenance.objects.get(symbol="S/AC.44/2004/(02)/7", language="zh-Hans")
    assert provenance.document == Document.objects.get(symbol="S/AC.44/2004/(02)/7")
    assert provenance.source_url == f"{un_server.url}/files/S_AC.44_2004_(02)_7-ZH.pdf"
    assert provenance.record_url == f"{un_server.url}/record/1006"
    assert provenance.sha256 == provenance.document.source_sha256
    assert provenance.etag.startswith('"') and provenance.last_modified == "Tue, 27 Apr 2004 10:00:00 GMT"
    assert provenance.size == len(un_server.files["S_AC.44_2004_(02)_7-ZH.pdf"].data)
    assert provenance.content_type == "application/pdf"
    assert str(provenance.document.date) == "2004-04-28"  # the record's date: the cover prints none the pipeline reads
    assert un_server.file_bodies() == 22

    out, err = collect("--file", str(twenty_two))
    assert "(documents: 0 new, 0 updated, 22 unchanged, 0 refused)" in out
    assert un_server.file_bodies() == 22  # every file answered 304
    assert Document.objects.count() == 22 and Provenance.objects.count() == 22


def test_a_resolution_is_asked_for_as_the_library_writes_it_and_kept_as_the_archive_does(un_server, pdfs):
    un_server.add("S/RES/1540(2004)", chinese=pdfs[REPORTS[0]])
    out, _ = collect("S/RES/1540 (2004)")
    assert "(documents: 1 new, 0 updated, 0 unchanged, 0 refused)" in out
    assert un_server.requests[0][0] == "/search?p=documentsymbol%3A%22S%2FRES%2F1540%282004%29%22&of=xm&jrec=1&rg=50&ln=en"
    assert Document.objects.get().symbol == "S/RES/1540 (2004)"
    assert Provenance.objects.get().file_name == "S_RES_1540(2004)-ZH.pdf"


def test_a_resolution_whose_cover_prints_its_symbol_is_imported_under_its_full_symbol(un_server, pdfs):
    un_server.add("S/RES/1540(2004)", chinese=pdfs["S/RES/1540 (2004)"])
    out, err = collect("S/RES/1540 (2004)")
    assert "(documents: 1 new, 0 updated, 0 unchanged, 0 refused)" in out, err
    assert Document.objects.get().symbol == "S/RES/1540 (2004)"


def test_a_resolution_printing_another_number_is_refused(un_server, pdfs):
    un_server.add("S/RES/1541(2004)", chinese=pdfs["S/RES/1540 (2004)"])
    _, err = collect("S/RES/1541 (2004)")
    assert "(the file prints symbol S/RES/1540 (2004), its record says S/RES/1541 (2004))" in err
    assert not Document.objects.exists()


def test_requests_name_the_archive_and_are_conditional_on_a_re_run(un_server, pdfs, settings):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    settings.UN_COLLECT_CONTACT_URL = "mailto:archive@example.org"
    collect(REPORTS[0])
    collect(REPORTS[0])
    file_requests = [headers for path, headers in un_server.requests if path.startswith("/files/")]
    assert all(headers["User-Agent"] == "un1540-archive/1.0 (+mailto:archive@example.org)" for headers in file_requests)
    assert "If-None-Match" not in file_requests[0]
    assert file_requests[1]["If-None-Match"] == Provenance.objects.get().etag
    assert file_requests[1]["If-Modified-Since"] == "Tue, 27 Apr 2004 10:00:00 GMT"


def test_without_a_contact_address_the_user_agent_names_only_the_archive(un_server, pdfs, settings):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    settings.UN_COLLECT_CONTACT_URL = ""
    collect(REPORTS[0])
    assert {headers["User-Agent"] for path, headers in un_server.requests} == {"un1540-archive/1.0"}


def test_a_changed_file_updates_its_document(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    collect(REPORTS[0])
    un_server.files["S_AC.44_2004_(02)_1-ZH.pdf"].data = pdfs[REPORTS[1]]
    out, _ = collect(REPORTS[0])
    assert "(documents: 0 new, 1 updated, 0 unchanged, 0 refused)" in out
    document = Document.objects.get()
    assert Provenance.objects.get().sha256 == document.source_sha256
    assert "（第2号报告第1段）" in "".join(document.paragraphs.values_list("text", flat=True))


def test_a_refused_import_places_no_file(un_server, pdfs, settings):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    collect(REPORTS[0])
    kept = settings.DATA_DIR / "collected" / "zh" / "S_AC.44_2004_(02)_1-ZH.pdf"
    assert kept.read_bytes() == pdfs[REPORTS[0]]
    Provenance.objects.all().delete()  # no validators: the next run downloads the file again
    un_server.files["S_AC.44_2004_(02)_1-ZH.pdf"].data = pdfs[REPORTS[1]]
    store(parse_text("安全理事会\n\n1. 委员会审查了各国提交的报告。\n", "report-1.txt", sidecar={"symbol": REPORTS[0]}), replace=True)
    _, err = collect(REPORTS[0])
    assert "(already imported from another file; use --replace to replace it)" in err
    assert kept.read_bytes() == pdfs[REPORTS[0]]  # the refused file did not take its place
    assert [path.name for path in kept.parent.iterdir()] == [kept.name]


def test_a_document_imported_from_another_file_is_replaced_only_when_asked(un_server, pdfs):
    text = "安全理事会\n\n1. 委员会审查了各国提交的报告。\n"
    store(parse_text(text, "report-1.txt", sidecar={"symbol": REPORTS[0]}))
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    _, err = collect(REPORTS[0])
    assert "已由另一文件 report-1.txt 导入；如确需替换，请使用 --replace (already imported from another file; use --replace to replace it)" in err
    assert not Provenance.objects.exists()
    out, _ = collect(REPORTS[0], "--replace")
    assert "(documents: 0 new, 1 updated, 0 unchanged, 0 refused)" in out
    assert Document.objects.get().source_file == "S_AC.44_2004_(02)_1-ZH.pdf"
    assert Provenance.objects.get().document == Document.objects.get()


def test_a_symbol_with_no_chinese_version_is_refused_and_nothing_else_is_fetched(un_server, pdfs):
    un_server.add(REPORTS[0], english=pdfs["english"])
    _, err = collect(REPORTS[0])
    assert (
        f"拒绝 (refused): {REPORTS[0]}: {REPORTS[0]}: 无中文版本，记录 {un_server.url}/record/1000 所列语文：en "
        "(no Chinese version: the record lists en)"
    ) in err
    assert "CommandError: 1 个文件被拒绝 (1 document(s) refused)" in err
    assert un_server.file_bodies() == 0
    assert not Document.objects.exists() and not Provenance.objects.exists()


def test_an_html_page_in_place_of_the_pdf_is_refused(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], behaviour="html")
    _, err = collect(REPORTS[0])
    assert f"收到的是 HTML 网页而不是文件 (an HTML page was served in place of the file: {un_server.url}/files/S_AC.44_2004_(02)_1-ZH.pdf)" in err
    assert not Document.objects.exists()


def test_a_truncated_download_is_refused_after_its_retries(un_server, pdfs, settings):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], behaviour="truncated")
    _, err = collect(REPORTS[0])
    size = len(pdfs[REPORTS[0]])
    assert f"下载不完整：收到 {size // 2} 字节，应为 {size} (truncated download: {size // 2} of {size} bytes)" in err
    assert "gave up after 3 attempts" in err
    assert un_server.bodies["S_AC.44_2004_(02)_1-ZH.pdf"] == 3
    assert not Document.objects.exists()
    assert not list((settings.DATA_DIR / "collected" / "zh").glob("*"))  # no temporary file left behind


def test_an_english_file_filed_as_chinese_is_refused(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs["english"])
    _, err = collect(REPORTS[0])
    assert "S_AC.44_2004_(02)_1-ZH.pdf: 不是中文文件，请下载中文版本 (not a Chinese document: import the Chinese version)" in err
    assert not Document.objects.exists()


def test_a_record_linking_a_local_file_is_refused_and_nothing_is_read(un_server, pdfs, settings):
    record = un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], english=pdfs["english"])
    record.files["Chinese"], record.files["English"] = "file:///etc/passwd-ZH.pdf", "file:///etc/passwd-EN.pdf"
    _, err = collect(REPORTS[0], "--english")
    assert f"拒绝 (refused): {REPORTS[0]}: 拒绝访问非联合国服务器的地址 (refused: not an allowed UN address): file:///etc/passwd-ZH.pdf" in err
    assert not Document.objects.exists() and not Provenance.objects.exists()
    assert not list((settings.DATA_DIR / "collected").rglob("*passwd*"))
    assert not list((settings.DATA_DIR / "collected").rglob("*.pdf"))


def test_a_file_printing_another_symbol_than_its_record_is_refused(un_server, pdfs):
    un_server.add("S/2006/257/Corr.2", chinese=pdfs["S/2006/257/Corr.1"])
    _, err = collect("S/2006/257/Corr.2")
    assert (
        "S_2006_257_Corr.2-ZH.pdf: 文件所印文号 S/2006/257/Corr.1 与记录的 S/2006/257/Corr.2 不符 "
        "(the file prints symbol S/2006/257/Corr.1, its record says S/2006/257/Corr.2)"
    ) in err
    assert not Document.objects.exists()


def test_without_a_record_the_document_system_is_asked_by_symbol_and_a_404_is_refused(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], listed=False)
    out, err = collect(REPORTS[0], "S/AC.44/2099/1")
    assert "(documents: 1 new, 0 updated, 0 unchanged, 1 refused)" in out
    assert Provenance.objects.get().source_url == f"{un_server.url}/files/S_AC.44_2004_(02)_1-ZH.pdf"
    assert Provenance.objects.get().record_url == ""
    assert f"拒绝 (refused): S/AC.44/2099/1: HTTP 404 未找到 (not found) ({un_server.url}/ods?s=S/AC.44/2099/1&l=zh&t=pdf)" in err


def test_a_429_with_retry_after_is_waited_for_and_then_fetched(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], behaviour="busy")
    out, _ = collect(REPORTS[0])
    assert "(documents: 1 new, 0 updated, 0 unchanged, 0 refused)" in out
    assert [path for path, _ in un_server.requests if path.startswith("/files/")] == ["/files/S_AC.44_2004_(02)_1-ZH.pdf"] * 2


def test_a_search_is_followed_over_its_pages(un_server, pdfs, settings):
    settings.UN_COLLECT_PAGE_SIZE = 5
    for symbol in REPORTS[:12]:
        un_server.add(symbol, chinese=pdfs[symbol])
    out, _ = collect("--search", 'documentsymbol:"S/AC.44/2004/(02)/*"')
    assert "(documents: 12 new, 0 updated, 0 unchanged, 0 refused)" in out
    searches = [path for path, _ in un_server.requests if path.startswith("/search")]
    assert [s.split("jrec=")[1].split("&")[0] for s in searches] == ["1", "6", "11"]


def test_a_search_whose_pages_the_library_caps_is_followed_to_its_total(un_server, pdfs, settings):
    settings.UN_COLLECT_PAGE_SIZE = 5
    un_server.largest_page = 2
    for symbol in REPORTS[:5]:
        un_server.add(symbol, chinese=pdfs[symbol])
    out, _ = collect("--search", 'documentsymbol:"S/AC.44/2004/(02)/*"')
    assert "(documents: 5 new, 0 updated, 0 unchanged, 0 refused)" in out
    searches = [path for path, _ in un_server.requests if path.startswith("/search")]
    assert [s.split("jrec=")[1].split("&")[0] for s in searches] == ["1", "3", "5"]


def test_a_search_ignoring_jrec_without_a_total_ends_at_the_repeated_page(un_server, pdfs, settings):
    settings.UN_COLLECT_PAGE_SIZE = 2
    un_server.ignore_jrec = True
    for symbol in REPORTS[:3]:
        un_server.add(symbol, chinese=pdfs[symbol])
    out, _ = collect("--search", 'documentsymbol:"S/AC.44/2004/(02)/*"')
    assert "(documents: 2 new, 0 updated, 0 unchanged, 0 refused)" in out
    assert len([path for path, _ in un_server.requests if path.startswith("/search")]) == 2


def test_english_originals_are_kept_for_download_and_linked(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], english=pdfs["english"])
    out, _ = collect(REPORTS[0], "--english")
    assert "(English: kept)" in out
    assert "; 1 English originals kept for download, not imported)" in out
    english = Provenance.objects.get(language="en")
    assert english.document == Document.objects.get(symbol=REPORTS[0])
    assert english.file_name == "S_AC.44_2004_(02)_1-EN.pdf"
    assert Document.objects.count() == 1


def test_a_dry_run_lists_and_fetches_no_file(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    out, _ = collect(REPORTS[0], "--dry-run")
    assert f"listed    {REPORTS[0]} {un_server.url}/record/1000/files/S_AC.44_2004_(02)_1-ZH.pdf" in out
    assert "将收集 1 个文件，拒绝 0 (would fetch 1 documents, 0 refused)" in out
    assert un_server.file_bodies() == 0 and not Document.objects.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        ((), "(give symbols, --file, --list or --search: exactly one)"),
        (("S/1", "--search", "x"), "(give symbols, --file, --list or --search: exactly one)"),
        (("S/1", "--pause", "-1"), "--pause 不能为负数 (--pause cannot be negative)"),
        (("--file", "/nonexistent/list.txt"), "/nonexistent/list.txt: 无法读取 (cannot be read: No such file or directory)"),
    ],
)
def test_bad_arguments_get_one_line(un_server, args, message):
    _, err = collect(*args)
    assert message in err


def test_a_malformed_symbol_is_refused_without_a_request(un_server):
    _, err = collect("not a symbol")
    assert "拒绝 (refused): not a symbol: not a symbol: 不是有效的联合国文号 (not a valid UN document symbol)" in err
    assert un_server.requests == []


def test_a_download_that_cannot_be_saved_stops_the_run_with_one_line(un_server, pdfs, settings):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    settings.DATA_DIR.mkdir(parents=True)
    (settings.DATA_DIR / "collected").write_text("a file where the folder should be")
    _, err = collect(REPORTS[0])
    assert err.endswith(
        f"CommandError: {REPORTS[0]} 无法保存，已停止，此前的文档不受影响 (cannot be stored: Not a directory; stopped, documents before it are unaffected)"
    )
    assert not Document.objects.exists()


def test_a_named_list_unknown_is_named_with_those_that_exist(un_server):
    _, err = collect("--list", "no-such-list")
    assert err.endswith("CommandError: 没有名为 no-such-list 的清单；现有：1540 (no list named no-such-list)")


def test_the_1540_list_is_collected_whole_each_symbol_once(un_server):
    """A dry run of the repository's list asks the library once for every listed document (no
    record on the loopback server, so each would come from the document system by symbol)."""
    from unref import named_list

    listed = [document.symbol for document in named_list("1540").documents]
    out, err = collect("--list", "1540", "--dry-run", "--pause", "0")
    assert "CommandError" not in err
    assert f"(would fetch {len(listed)} documents, 0 refused)" in out
    searched = [path for path, _ in un_server.requests if path.startswith("/search?")]
    assert len(listed) == len(set(listed)) and len(searched) == len(listed)


def test_a_file_that_is_neither_pdf_nor_word_is_refused(un_server):
    un_server.add(REPORTS[0], chinese=b"Document temporarily unavailable\n")
    _, err = collect(REPORTS[0])
    assert (
        f"收到的既不是 PDF 也不是 Word 文件 (neither a PDF nor a Word file: application/pdf, {un_server.url}/files/S_AC.44_2004_(02)_1-ZH.pdf)"
    ) in err
    assert not Document.objects.exists()


def test_a_library_address_that_answers_404_is_refused(un_server, settings):
    settings.UN_DIGITAL_LIBRARY_URL = f"{un_server.url}/elsewhere"
    _, err = collect(REPORTS[0])
    assert f"拒绝 (refused): {REPORTS[0]}: HTTP 404 未找到 (not found) ({un_server.url}/elsewhere/search?" in err
    _, err = collect("--search", "1540")
    assert "CommandError: 检索失败 (the search failed): HTTP 404 未找到 (not found)" in err


def test_a_search_answered_with_a_web_page_instead_of_marcxml_is_refused(un_server, settings):
    settings.UN_DIGITAL_LIBRARY_URL = f"{un_server.url}/maintenance"
    _, err = collect(REPORTS[0])
    page = "回答不是 MARCXML 检索结果 (not a MARCXML search result: a web page or a document type declaration)"
    assert f"拒绝 (refused): {REPORTS[0]}: {page}" in err
    _, err = collect("--search", "1540")
    assert err.endswith(f"CommandError: 检索失败 (the search failed): {page}")


def test_a_run_that_reaches_no_server_stops_after_five_documents(un_server, settings):
    settings.UN_DIGITAL_LIBRARY_URL = "http://127.0.0.1:9"  # the discard port: nothing listens
    out, err = collect(*REPORTS[:7])
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("refused ")] == [f"refused   {s}" for s in REPORTS[:5]]
    assert "(documents: 0 new, 0 updated, 0 unchanged, 5 refused)" in out
    assert err.endswith(
        "CommandError: 连续 5 个文件无法连接服务器，已停止，其后 2 个未尝试 (5 documents in a row reached no server; stopped, 2 later ones not tried)"
    )


def test_a_re_run_answered_304_indexes_a_document_the_index_lost(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    collect(REPORTS[0])
    document = Document.objects.get()
    indexing.remove_documents([document.key])
    assert indexing.out_of_step([document]) == [document]
    out, _ = collect(REPORTS[0])
    assert "(documents: 0 new, 0 updated, 1 unchanged, 0 refused)" in out
    assert un_server.file_bodies() == 1  # the 304 transferred no body
    assert indexing.out_of_step([document]) == []


def test_validators_and_a_content_type_too_long_for_their_columns_are_not_kept(un_server, pdfs):
    un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]], behaviour="long-headers")
    out, err = collect(REPORTS[0])
    assert "(documents: 1 new, 0 updated, 0 unchanged, 0 refused)" in out, err
    provenance = Provenance.objects.get()
    assert provenance.etag == "" and provenance.last_modified == "Tue, 27 Apr 2004 10:00:00 GMT"
    assert provenance.content_type == "application/" + "x" * 188


def test_an_address_too_long_to_record_is_refused(un_server, pdfs):
    record = un_server.add(REPORTS[0], chinese=pdfs[REPORTS[0]])
    long_name = "S" * 2100 + "-ZH.pdf"
    un_server.files[long_name] = un_server.files[record.files["Chinese"]]
    record.files["Chinese"] = long_name
    _, err = collect(REPORTS[0])
    assert f"拒绝 (refused): {REPORTS[0]}: 地址超过 2000 个字符，无法记录来源 (address longer than 2000 characters: {un_server.url}/files/SSS" in err
    assert not Document.objects.exists() and not Provenance.objects.exists()
