"""Storing documents: idempotence, corrections, moved and removed anchors, refusals."""
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.importing import ImportRefused, import_file
from archive.models import AnchorChange, Document, Paragraph
from tests.conftest import CD_2118, FIXTURES, S_2010_52, SPAIN_LETTER

pytestmark = pytest.mark.django_db


def texts(document):
    return dict(document.paragraphs.values_list("anchor", "text"))


def test_reimporting_the_same_file_changes_nothing():
    first = import_file(CD_2118)
    ids = list(Paragraph.objects.values_list("id", flat=True))
    second = import_file(CD_2118)
    assert (first.status, second.status) == ("new", "unchanged")
    assert list(Paragraph.objects.values_list("id", flat=True)) == ids


def test_a_corrected_file_keeps_every_anchor_and_updates_the_text(fixture_copy):
    path = fixture_copy(CD_2118)
    before = texts(import_file(path).document)
    path.write_text(path.read_text(encoding="utf-8").replace("有必要持续", "有必要继续"), encoding="utf-8")
    result = import_file(path)
    after = texts(result.document)
    assert result.status == "updated"
    assert set(after) == set(before)
    assert after["5-h"].startswith("在国家、区域和国际层面执行第 1540(2004)号决议的同时，有必要继续关注")
    assert not AnchorChange.objects.exists()


def test_a_removed_paragraph_answers_gone_with_its_last_wording(fixture_copy, client):
    path = fixture_copy(S_2010_52)
    document = import_file(path).document
    old_13 = texts(document)["13"]
    source = path.read_text(encoding="utf-8")
    start, end = source.index("13. 人们还注意到"), source.index("14. 为提高收集")
    path.write_text(source[:start] + source[end:], encoding="utf-8")
    import_file(path)
    change = AnchorChange.objects.get(anchor="13")
    assert (change.change, change.old_text) == ("removed", old_13)
    response = client.get("/documents/S/2010/52/13/")
    assert response.status_code == 410
    assert old_13 in response.content.decode()
    assert client.get("/documents/S/2010/52/14/").status_code == 200


def test_numbered_anchors_keep_their_number_when_a_paragraph_is_inserted_before_them(fixture_copy, client):
    path = fixture_copy(CD_2118)
    before = texts(import_file(path).document)
    source = path.read_text(encoding="utf-8")
    inserted = "  乌克兰谨此介绍与联合国会员国"
    path.write_text(source.replace(inserted, " 新增加的一段导言文字，用于检验锚点。 \n\n" + inserted, 1), encoding="utf-8")
    document = import_file(path).document
    after = texts(document)
    for anchor in ["1", "5", "5-a", "5-s", "recommendations-h"]:
        assert after[anchor] == before[anchor]
    # The unnumbered paragraph after 5 shifted: the old one moved to 5-p2 and 5-p1 says so.
    assert after["5-p1"] == "新增加的一段导言文字，用于检验锚点。"
    assert after["5-p2"] == before["5-p1"]
    change = AnchorChange.objects.get(anchor="5-p1")
    assert (change.change, change.new_anchor) == ("moved", "5-p2")
    page = client.get("/documents/CD/2118/5-p1/").content.decode()
    assert "5-p2" in page


def test_anchors_do_not_depend_on_import_order():
    import_file(S_2010_52)
    import_file(CD_2118)
    first = {d.key: texts(d) for d in Document.objects.all()}
    Document.objects.all().delete()
    import_file(CD_2118)
    import_file(S_2010_52)
    assert {d.key: texts(d) for d in Document.objects.all()} == first


def test_another_file_claiming_the_same_symbol_is_refused_unless_replacing(fixture_copy):
    import_file(CD_2118)
    impostor = fixture_copy(CD_2118, name="other-cd-2118.txt")
    with pytest.raises(ImportRefused, match="--replace"):
        import_file(impostor)
    assert Document.objects.get().source_file == CD_2118.name
    assert import_file(impostor, replace=True).status == "updated"
    assert Document.objects.get().source_file == "other-cd-2118.txt"


def test_a_symbol_added_later_redirects_the_old_url(fixture_copy, client):
    path = fixture_copy(SPAIN_LETTER)
    import_file(path)
    assert client.get("/documents/002-2df1659267c69416/").status_code == 200
    path.with_suffix(".json").write_text('{"symbol": "S/2016/9999", "organ": "安全理事会"}', encoding="utf-8")
    result = import_file(path)
    assert (result.status, result.document.symbol, result.document.key) == ("updated", "S/2016/9999", "002-2df1659267c69416")
    response = client.get("/documents/002-2df1659267c69416/sec-ii-p1/")
    assert (response.status_code, response["Location"]) == (301, "/documents/S/2016/9999/sec-ii-p1/")
    assert client.get("/documents/S/2016/9999/").status_code == 200


class TestIngestCommand:
    def test_imports_a_folder_and_reports_a_summary(self, capsys):
        call_command("ingest", str(FIXTURES))
        out = capsys.readouterr().out
        assert "documents: 5 new, 0 updated, 0 unchanged; 323 paragraphs" in out
        assert "002-2df1659267c69416 [zh-Hans] 40 段  (无文号" in out
        call_command("ingest", str(FIXTURES))
        assert "documents: 0 new, 0 updated, 5 unchanged; 323 paragraphs" in capsys.readouterr().out

    @pytest.mark.parametrize(
        "content, message",
        [
            (b"", "empty file"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
            ("第 1540(2004)号决议".encode("gb18030"), "not UTF-8"),
            (b"http://undocs.org/ch/S/RES/1540(2004)\n16-10499 (C) 3/8\n", "no recognisable paragraphs"),
        ],
    )
    def test_bad_files_stop_everything_with_a_message(self, tmp_path, capsys, content, message):
        bad = tmp_path / "bad.txt"
        bad.write_bytes(content)
        with pytest.raises(CommandError):
            call_command("ingest", str(CD_2118), str(bad))
        assert message in capsys.readouterr().err
        assert not Document.objects.exists()

    def test_missing_file(self, capsys):
        with pytest.raises(CommandError):
            call_command("ingest", "/nonexistent/file.txt")
        assert "file not found" in capsys.readouterr().err

    def test_keep_going_imports_the_good_files_and_still_fails(self, tmp_path):
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"")
        with pytest.raises(CommandError):
            call_command("ingest", str(CD_2118), str(bad), "--keep-going")
        assert list(Document.objects.values_list("symbol", flat=True)) == ["CD/2118"]

    def test_invalid_sidecar_is_refused(self, fixture_copy, capsys):
        path = fixture_copy(CD_2118)
        path.with_suffix(".json").write_text('{"date": "19/02/2018"}', encoding="utf-8")
        with pytest.raises(CommandError):
            call_command("ingest", str(path))
        assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_large_import_parses_on_every_core_with_the_same_result(monkeypatch, tmp_path):
    """Above PARALLEL_FROM files, parsing runs in a process pool; order, content and the refusal
    of an unreadable file are the same as one by one."""
    from archive.management.commands import ingest

    call_command("ingest", str(FIXTURES), stdout=io.StringIO())
    sequential = {d.path: texts(d) for d in Document.objects.all()}
    Document.objects.all().delete()
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest.os, "cpu_count", lambda: 2)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CommandError, match="1 个文件无法导入"):
        call_command("ingest", str(FIXTURES), str(tmp_path / "broken.txt"), stdout=io.StringIO())
    assert not Document.objects.exists()
    call_command("ingest", str(FIXTURES), stdout=io.StringIO())
    assert {d.path: texts(d) for d in Document.objects.all()} == sequential


def test_jobs_sets_how_many_processes_parse(monkeypatch):
    """`--jobs 1` parses in the command's own process even above PARALLEL_FROM files (a machine
    busy with other work); `--jobs 0` or a word is refused before anything is read."""
    from archive.management.commands import ingest

    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest, "ProcessPoolExecutor", None)  # a pool started would fail here
    call_command("ingest", str(FIXTURES), "--jobs", "1", stdout=io.StringIO())
    assert Document.objects.count() == 5
    for refused in ("0", "two"):
        with pytest.raises(CommandError, match="不是正整数"):
            call_command("ingest", str(FIXTURES), "--jobs", refused, stdout=io.StringIO())
