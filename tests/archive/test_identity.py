"""Which document a file is: two different files never share a key, and no import replaces or
shadows another document without saying so."""
import hashlib
import json
from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.importing import ImportRefused, import_file
from archive.models import Document
from archive.pipeline import parse_text, slugify_key
from archive.pipeline.keys import place_keys

pytestmark = pytest.mark.django_db

MEMO = "备忘录\n\n1. 第一段内容，说明情况。\n\n2. 第二段内容：\n\n(a) 甲项内容；\n\n(b) 乙项内容。\n"


def write(path, text=MEMO, sidecar=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        path.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


def ingest(*args):
    call_command("ingest", *map(str, args), stdout=StringIO())


def paragraph_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["paragraph"].text


def test_two_files_called_memo_in_one_batch_are_two_documents(tmp_path, client):
    first = write(tmp_path / "a" / "memo.txt")
    second = write(tmp_path / "b" / "memo.txt", MEMO.replace("第一段内容", "另一份备忘录"))
    ingest(first, second)
    assert sorted(Document.objects.values_list("key", "source_path")) == [("b-memo", str(second)), ("memo", str(first))]
    assert paragraph_text(client, "/documents/memo/1/") == "第一段内容，说明情况。"
    assert paragraph_text(client, "/documents/b-memo/1/") == "另一份备忘录，说明情况。"


def test_each_namesake_finds_its_own_document_again(tmp_path, client):
    first = write(tmp_path / "a" / "memo.txt")
    second = write(tmp_path / "b" / "memo.txt", MEMO.replace("第一段内容", "另一份备忘录"))
    ingest(first)
    ingest(second)
    assert [import_file(path).status for path in (second, first)] == ["unchanged", "unchanged"]
    write(second, MEMO.replace("第一段内容", "另一份备忘录").replace("说明情况", "说明最新情况"))
    result = import_file(second)
    assert (result.status, result.document.key) == ("updated", "b-memo")
    write(first, MEMO.replace("说明情况", "说明更正情况"))
    result = import_file(first)
    assert (result.status, result.document.key) == ("updated", "memo")
    assert paragraph_text(client, "/documents/memo/1/") == "第一段内容，说明更正情况。"
    assert paragraph_text(client, "/documents/b-memo/1/") == "另一份备忘录，说明最新情况。"
    assert Document.objects.count() == 2


def test_a_namesake_is_another_document_with_or_without_replace(tmp_path, client):
    """`--replace` is for the same document from another file; a namesake is not one."""
    ingest(write(tmp_path / "a" / "memo.txt"))
    ingest(write(tmp_path / "b" / "memo.txt", MEMO.replace("第一段内容", "另一份备忘录")), "--replace")
    ingest(write(tmp_path / "c" / "b" / "memo.txt", MEMO.replace("第一段内容", "第三份备忘录")))
    assert sorted(Document.objects.values_list("key", flat=True)) == ["b-memo", "c-b-memo", "memo"]
    assert paragraph_text(client, "/documents/memo/1/") == "第一段内容，说明情况。"
    assert paragraph_text(client, "/documents/c-b-memo/1/") == "第三份备忘录，说明情况。"


def test_a_namesakes_key_takes_no_address_either(tmp_path):
    ingest(write(tmp_path / "a" / "memo.txt"))
    ingest(write(tmp_path / "letter.txt", MEMO.replace("第一段", "信函"), sidecar={"symbol": "B-MEMO/1"}))
    namesake = write(tmp_path / "b" / "memo.txt", MEMO.replace("第一段内容", "另一份备忘录"))
    with pytest.raises(ImportRefused) as refused:
        import_file(namesake)
    assert str(refused.value) == (
        f"{namesake}: b-memo 第 1 段的网址已是文档 B-MEMO/1 的网址 (the address of paragraph 1 of b-memo is already that of document B-MEMO/1)"
    )


def test_keys_for_namesakes_come_from_their_folders():
    assert place_keys("memo", "/data/联合国/b/memo.txt") == [
        "b-memo", "联合国-b-memo", "data-联合国-b-memo", "memo-" + hashlib.sha256("/data/联合国/b/memo.txt".encode()).hexdigest()[:8]
    ]
    assert place_keys("memo", "memo.txt") == ["memo-" + hashlib.sha256(b"memo.txt").hexdigest()[:8]]


def test_identical_copies_in_two_folders_are_one_document(tmp_path):
    ingest(write(tmp_path / "a" / "memo.txt"), write(tmp_path / "b" / "memo.txt"))
    assert list(Document.objects.values_list("key", flat=True)) == ["memo"]


def test_a_sidecar_key_naming_another_files_document_is_refused_unless_replacing(tmp_path, capsys, client):
    first = write(tmp_path / "a" / "memo.txt")
    second = write(tmp_path / "b" / "notes.txt", MEMO.replace("第一段内容", "另一份备忘录"), sidecar={"key": "memo"})
    ingest(first)
    with pytest.raises(CommandError):
        ingest(second)
    assert (
        f"错误 (error): {second}: memo [zh-Hans] 已由另一文件 {first} 导入；如确需替换，请使用 --replace；"
        "若是另一文档，请在元数据文件中给出另一个 key "
        "(already imported from another file; use --replace to replace it, or give it another key in its sidecar if it is another document)"
    ) in capsys.readouterr().err
    assert paragraph_text(client, "/documents/memo/1/") == "第一段内容，说明情况。"
    ingest(second, "--replace")
    assert paragraph_text(client, "/documents/memo/1/") == "另一份备忘录，说明情况。"
    assert Document.objects.count() == 1


def test_two_files_of_one_batch_with_the_same_sidecar_key_never_replace_each_other(tmp_path, capsys, client):
    first = write(tmp_path / "a" / "memo.txt", sidecar={"key": "memo"})
    second = write(tmp_path / "b" / "notes.txt", MEMO.replace("第一段内容", "另一份备忘录"), sidecar={"key": "memo"})
    with pytest.raises(CommandError, match="1 file\\(s\\) failed; nothing was imported"):
        ingest(first, second)
    assert f"错误 (error): {second}: 与本批的 {first} 同为 memo [zh-Hans] (same document as {first} in this batch)" in capsys.readouterr().err
    assert not Document.objects.exists()


def test_a_corrected_file_in_the_same_place_updates_its_document(tmp_path, client):
    path = write(tmp_path / "memo.txt")
    assert import_file(path).status == "new"
    assert import_file(path).status == "unchanged"
    write(path, MEMO.replace("说明情况", "说明最新情况"))
    result = import_file(path)
    assert (result.status, result.document.key) == ("updated", "memo")
    assert paragraph_text(client, "/documents/memo/1/") == "第一段内容，说明最新情况。"


def test_the_same_file_moved_to_another_folder_is_the_same_document(tmp_path):
    path = write(tmp_path / "old" / "memo.txt")
    import_file(path)
    moved = write(tmp_path / "new" / "memo.txt")
    assert import_file(moved).status == "unchanged"
    assert Document.objects.get().source_path == str(moved)
    write(moved, MEMO.replace("说明情况", "说明最新情况"))
    assert import_file(moved).status == "updated"  # corrections now come from the new place


def test_chinese_file_names_keep_their_characters_and_do_not_collide(tmp_path, client):
    ingest(write(tmp_path / "报告一.txt"), write(tmp_path / "报告二.txt", MEMO.replace("第一段", "第二份")))
    assert sorted(Document.objects.values_list("key", flat=True)) == ["报告一", "报告二"]
    assert paragraph_text(client, f"/documents/{quote('报告二')}/1/") == "第二份内容，说明情况。"
    assert Document.objects.get(key="报告一").get_absolute_url() == f"/documents/{quote('报告一')}/"


@pytest.mark.parametrize(
    "name, key",
    [
        ("002_2df1659267c69416", "002-2df1659267c69416"),  # cited sample URLs keep working
        ("S-2010-52 Final", "s-2010-52-final"),
        ("报告（修订）_2016", "报告-修订-2016"),
        ("ＡＢＣ１２３", "abc123"),
    ],
)
def test_readable_keys(name, key):
    assert slugify_key(name) == key


def test_names_with_nothing_readable_or_too_long_still_get_distinct_keys():
    assert slugify_key("！！！") == "document-" + hashlib.sha256("！！！".encode()).hexdigest()[:8]
    assert slugify_key("？？？") != slugify_key("！！！")
    long_a, long_b = "报" * 300 + "甲", "报" * 300 + "乙"
    assert len(slugify_key(long_a)) == 200
    assert slugify_key(long_a) != slugify_key(long_b)


def test_a_file_without_symbol_named_like_a_documents_key_is_another_document(tmp_path, client):
    ingest(write(tmp_path / "letter.txt", sidecar={"symbol": "CD/2118"}))
    ingest(write(tmp_path / "notes" / "cd-2118.txt", MEMO.replace("第一段", "笔记")))
    memo = Document.objects.get(symbol="")
    assert memo.key == "notes-cd-2118"
    assert paragraph_text(client, "/documents/CD/2118/1/") == "第一段内容，说明情况。"
    assert paragraph_text(client, f"/documents/{memo.key}/1/") == "笔记内容，说明情况。"
    ingest(tmp_path / "notes" / "cd-2118.txt")
    assert Document.objects.count() == 2


def test_a_symbol_whose_key_is_taken_gets_a_key_of_its_own(tmp_path, client):
    ingest(write(tmp_path / "s-2010-52.txt", MEMO.replace("第一段", "笔记")))
    ingest(write(tmp_path / "letter.txt", sidecar={"symbol": "S/2010/52"}))
    letter = Document.objects.get(symbol="S/2010/52")
    assert letter.key == "s-2010-52-" + hashlib.sha256(b"S/2010/52 zh-Hans").hexdigest()[:8]
    assert paragraph_text(client, "/documents/S/2010/52/1/") == "第一段内容，说明情况。"
    assert paragraph_text(client, "/documents/s-2010-52/1/") == "笔记内容，说明情况。"


def test_a_symbol_cannot_take_over_a_paragraph_address(tmp_path, client):
    ingest(write(tmp_path / "cd.txt", sidecar={"symbol": "CD/2118"}))
    hijack = write(tmp_path / "hijack.txt", MEMO.replace("第一段", "冒充"), sidecar={"symbol": "CD/2118/2-a"})
    with pytest.raises(ImportRefused) as refused:
        import_file(hijack)
    assert str(refused.value) == (
        f"{hijack}: 文号 CD/2118/2-a 是 CD/2118 第 2-a 段的网址 (symbol CD/2118/2-a is the address of paragraph 2-a of CD/2118)"
    )
    assert paragraph_text(client, "/documents/CD/2118/2-a/") == "甲项内容；"


def test_a_document_cannot_claim_addresses_another_document_holds(tmp_path):
    ingest(write(tmp_path / "first.txt", sidecar={"symbol": "CD/2118/2-a"}))
    late = write(tmp_path / "cd.txt", sidecar={"symbol": "CD/2118"})
    with pytest.raises(ImportRefused) as refused:
        import_file(late)
    assert str(refused.value) == (
        f"{late}: CD/2118 第 2-a 段的网址已是文档 CD/2118/2-a 的网址 "
        "(the address of paragraph 2-a of CD/2118 is already that of document CD/2118/2-a)"
    )
    assert not Document.objects.filter(symbol="CD/2118").exists()


def test_addenda_are_not_paragraph_addresses(tmp_path):
    ingest(write(tmp_path / "cd.txt", sidecar={"symbol": "CD/2118"}))
    ingest(write(tmp_path / "add.txt", MEMO.replace("第一段", "增编"), sidecar={"symbol": "CD/2118/Add.1"}))
    assert Document.objects.filter(symbol="CD/2118/Add.1").exists()


def test_parse_text_without_a_path_keys_by_name():
    assert parse_text(MEMO, "备忘录 2016.txt").key == "备忘录-2016"


def test_a_document_imported_before_paths_were_kept_is_found_by_its_file_name(tmp_path):
    path = write(tmp_path / "memo.txt")
    import_file(path)
    Document.objects.update(source_path="")  # as the migration leaves earlier imports
    write(path, MEMO.replace("说明情况", "说明最新情况"))
    result = import_file(path)
    assert (result.status, Document.objects.get().source_path) == ("updated", str(path))
