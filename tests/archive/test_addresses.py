"""Nobody takes a permalink: not a symbol typed in the admin, not an alias a rename leaves
behind, not a symbol differing from a paragraph address only by letter case."""
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

from archive.importing import ImportRefused, import_file
from archive.models import Document, DocumentAlias
from tests.conftest import CD_2118

pytestmark = pytest.mark.django_db

MEMO = "备忘录\n\n1. 第一段内容，说明情况。\n\n2. 第二段内容：\n\n(a) 甲项内容；\n\n(b) 乙项内容。\n"
CD_2118_5_F = "1540 委员会 2016 年 12 月完成的关于全面审查的报告认为"  # the opening of paragraph 5 (f)


def write(path, text=MEMO, sidecar=None):
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        path.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def cd_2118_and_memo(tmp_path):
    """CD/2118 with its paragraph 5 (f), and a memo whose symbol an editor will change."""
    import_file(CD_2118)
    return import_file(write(tmp_path / "memo.txt", sidecar={"symbol": "S/2010/1"})).document


def admin_change(admin_client, document, **changes):
    form = {name: getattr(document, name) or "" for name in ("symbol", "language", "title", "organ", "doc_type", "original_language")}
    form.update({"date": "", "paragraphs-TOTAL_FORMS": "0", "paragraphs-INITIAL_FORMS": "0", **changes})
    return admin_client.post(f"/admin/archive/document/{document.pk}/change/", form, follow=True)


def form_errors(response):
    return [str(error) for error in response.context["adminform"].form.errors.get("symbol", [])]


def paragraph_5_f(client, url):
    """The page `url` ends on, which must be CD/2118 ¶ 5-f."""
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    assert response.redirect_chain in ([], [("/documents/CD/2118/5-f/", 301)])
    return response.context["paragraph"].text


def test_the_admin_refuses_a_symbol_that_is_a_paragraph_address(admin_client, client, cd_2118_and_memo):
    memo = cd_2118_and_memo
    for symbol, anchor in [("CD/2118/5-f", "5-f"), ("CD/2118/5-F", "5-f"), ("CD/2118/TITLE", "title"), ("CD/2118/P1", "p1")]:
        response = admin_change(admin_client, memo, symbol=symbol)
        assert response.status_code == 200
        assert form_errors(response) == [f"文号 {symbol} 是 CD/2118 第 {anchor} 段的网址"]
    memo.refresh_from_db()
    assert memo.symbol == "S/2010/1"
    assert paragraph_5_f(client, "/documents/CD/2118/5-f/").startswith(CD_2118_5_F)
    from archive.addresses import collision

    with translation.override("en"):
        assert str(collision("CD/2118/5-F", memo)) == "symbol CD/2118/5-F is the address of paragraph 5-f of CD/2118"


def test_the_admin_refuses_a_symbol_whose_paragraph_addresses_another_document_holds(admin_client, tmp_path):
    import_file(write(tmp_path / "first.txt", sidecar={"symbol": "CD/2118/2-A"}))
    memo = import_file(write(tmp_path / "memo.txt", MEMO.replace("第一段", "备忘"), sidecar={"symbol": "S/2010/1"})).document
    response = admin_change(admin_client, memo, symbol="CD/2118")
    assert form_errors(response) == ["CD/2118 第 2-a 段的网址已是文档 CD/2118/2-A 的网址"]
    assert Document.objects.filter(symbol="CD/2118").count() == 0


def test_the_admin_refuses_a_symbol_differing_only_by_case_from_another_documents(admin_client, tmp_path):
    import_file(write(tmp_path / "add.txt", sidecar={"symbol": "CD/2118/Add.1"}))
    memo = import_file(write(tmp_path / "memo.txt", MEMO.replace("第一段", "备忘"), sidecar={"symbol": "S/2010/1"})).document
    assert form_errors(admin_change(admin_client, memo, symbol="CD/2118/ADD.1")) == ["文号 CD/2118/ADD.1 与文档 CD/2118/Add.1 的网址只差大小写"]
    assert admin_change(admin_client, memo, symbol="CD/2118/Add.2").redirect_chain[-1][1] == 302
    assert DocumentAlias.objects.get().path == "S/2010/1"


def test_the_admin_refuses_another_documents_earlier_symbol(admin_client, tmp_path):
    renamed = import_file(write(tmp_path / "old.txt", sidecar={"symbol": "S/2010/9"})).document
    assert admin_change(admin_client, renamed, symbol="S/2010/10").redirect_chain[-1][1] == 302
    memo = import_file(write(tmp_path / "memo.txt", MEMO.replace("第一段", "备忘"), sidecar={"symbol": "S/2010/1"})).document
    assert form_errors(admin_change(admin_client, memo, symbol="S/2010/9")) == ["文号 S/2010/9 是文档 S/2010/10 的旧文号"]
    Document.objects.filter(pk=memo.pk).update(symbol="S/2010/9")  # taken before the rule: shadows the alias
    memo.refresh_from_db()
    assert admin_change(admin_client, memo, title="更正").redirect_chain[-1][1] == 302
    corrected = write(tmp_path / "memo.txt", MEMO.replace("第一段", "备忘"), sidecar={"symbol": "S/2010/9"})
    assert import_file(corrected).status == "updated"


def test_a_rename_leaves_no_alias_on_a_paragraph_address(admin_client, client, cd_2118_and_memo):
    """The issue's sequence: a symbol taken before the rule (written here without the admin,
    which now refuses it), then renamed — the old symbol is not kept as an alias."""
    memo = cd_2118_and_memo
    Document.objects.filter(pk=memo.pk).update(symbol="CD/2118/5-f")
    memo.refresh_from_db()
    response = admin_change(admin_client, memo, symbol="S/2010/2")
    assert "旧文号 CD/2118/5-f 未保留为别名：它是另一文档或其段落的网址" in [str(message) for message in response.context["messages"]]
    assert not DocumentAlias.objects.exists()
    assert paragraph_5_f(client, "/documents/CD/2118/5-f/").startswith(CD_2118_5_F)


def test_a_reimport_under_a_corrected_symbol_leaves_no_alias_on_a_paragraph_address(client, cd_2118_and_memo, tmp_path):
    Document.objects.filter(pk=cd_2118_and_memo.pk).update(symbol="CD/2118/5-F")
    corrected = write(tmp_path / "memo.txt", MEMO.replace("说明情况", "说明最新情况"), sidecar={"symbol": "S/2010/2"})
    assert import_file(corrected).status == "updated"
    assert not DocumentAlias.objects.exists()
    assert paragraph_5_f(client, "/documents/CD/2118/5-F/").startswith(CD_2118_5_F)


def test_an_alias_left_on_a_paragraph_address_does_not_take_it(client, cd_2118_and_memo):
    """Aliases left before the rule: a real paragraph wins over an earlier symbol, mistyped or not."""
    DocumentAlias.objects.create(path="CD/2118/5-f", document=cd_2118_and_memo)
    DocumentAlias.objects.create(path="CD/2118/5-G", document=cd_2118_and_memo)
    assert paragraph_5_f(client, "/documents/CD/2118/5-f/").startswith(CD_2118_5_F)
    response = client.get("/documents/CD/2118/5-G/")
    assert (response.status_code, response["Location"]) == (301, "/documents/CD/2118/5-g/")
    assert client.get("/api/v1/documents/CD/2118/5-f/").status_code == 404
    DocumentAlias.objects.create(path="S/1999/1", document=cd_2118_and_memo)
    response = client.get("/documents/S/1999/1/")
    assert (response.status_code, response["Location"]) == (301, "/documents/S/2010/1/")


def test_the_admin_refuses_an_alias_on_another_documents_address(admin_client, cd_2118_and_memo):
    for path, error in [
        ("CD/2118/5-F", "文号 CD/2118/5-F 是 CD/2118 第 5-f 段的网址"),
        ("cd/2118", "旧文号 cd/2118 是文档 CD/2118 的网址"),
    ]:
        response = admin_client.post("/admin/archive/documentalias/add/", {"path": path, "document": cd_2118_and_memo.pk})
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["path"] == [error]
    assert not DocumentAlias.objects.exists()


@pytest.mark.parametrize("symbol, anchor", [("CD/2118/5-F", "5-f"), ("CD/2118/TITLE", "title"), ("CD/2118/P1", "p1"), ("CD/2118/5.F", "5-f")])
def test_a_sidecar_symbol_differing_from_a_paragraph_address_only_by_case_is_refused(tmp_path, client, symbol, anchor):
    import_file(CD_2118)
    hijack = write(tmp_path / "hijack.txt", sidecar={"symbol": symbol})
    with pytest.raises(ImportRefused) as refused:
        import_file(hijack)
    assert str(refused.value) == f"{hijack}: 文号 {symbol} 是 CD/2118 第 {anchor} 段的网址 (symbol {symbol} is the address of paragraph {anchor} of CD/2118)"
    assert not Document.objects.filter(symbol=symbol).exists()


def test_the_mistyped_urls_of_a_paragraph_still_lead_to_it(tmp_path, client):
    import_file(CD_2118)
    with pytest.raises(ImportRefused):
        import_file(write(tmp_path / "hijack.txt", sidecar={"symbol": "CD/2118/5-F"}))
    for url in ["/documents/CD/2118/5-F/", "/documents/cd/2118/5-f/", "/documents/cd/2118/5F/"]:
        assert paragraph_5_f(client, url).startswith(CD_2118_5_F)


def test_a_mistyped_url_two_pages_fit_redirects_to_neither(tmp_path, client):
    """A document that took a paragraph's address before the rule keeps its own URL; the
    lower-case URL could mean either, so it leads to neither."""
    import_file(CD_2118)
    document = import_file(write(tmp_path / "memo.txt", sidecar={"symbol": "S/2010/1"})).document
    Document.objects.filter(pk=document.pk).update(symbol="CD/2118/5-F")
    assert client.get("/documents/CD/2118/5-F/").context["document"].pk == document.pk
    assert client.get("/documents/cd/2118/5-f/").status_code == 404


def test_a_document_cannot_claim_a_paragraph_address_held_by_a_symbol_differing_by_case(tmp_path):
    import_file(write(tmp_path / "first.txt", sidecar={"symbol": "CD/2118/2-A"}))
    late = write(tmp_path / "cd.txt", MEMO.replace("第一段", "本文"), sidecar={"symbol": "CD/2118"})
    with pytest.raises(ImportRefused) as refused:
        import_file(late)
    assert str(refused.value) == (
        f"{late}: CD/2118 第 2-a 段的网址已是文档 CD/2118/2-A 的网址 "
        "(the address of paragraph 2-a of CD/2118 is already that of document CD/2118/2-A)"
    )


def test_a_symbol_differing_only_by_case_from_another_is_refused_on_import(tmp_path, capsys):
    call_command("ingest", str(write(tmp_path / "add.txt", sidecar={"symbol": "CD/2118/Add.1"})), stdout=StringIO())
    other = write(tmp_path / "other.txt", MEMO.replace("第一段", "另一"), sidecar={"symbol": "CD/2118/ADD.1"})
    with pytest.raises(ImportRefused) as refused:
        import_file(other)
    assert str(refused.value) == (
        f"{other}: 文号 CD/2118/ADD.1 与文档 CD/2118/Add.1 的网址只差大小写 "
        "(symbol CD/2118/ADD.1 differs only in letter case from the address of document CD/2118/Add.1)"
    )
