"""A bad export is refused with one clear line and nothing of it imported: a truncated or
damaged gzip file, another schema version, text that is not UTF-8, a file cut short, rows that
contradict each other. The exports here are written by hand from docs/bulk.md, so the loader is
held to the documented format, not only to what export_corpus happens to write."""
import gzip
import json

import pytest
from django.core.management import CommandError, call_command

from archive.models import Document, Paragraph, Reference

pytestmark = pytest.mark.django_db

DOCUMENT = {
    "key": "S-2010-52", "path": "S/2010/52", "url": "/documents/S/2010/52/", "api_url": "/api/documents/S/2010/52/",
    "symbol": "S/2010/52", "language": "zh-Hans", "title": "秘书长的报告", "date": "2010-01-28", "organ": "安全理事会",
    "doc_type": "report", "original_language": "", "source_file": "s-2010-52.txt", "source_sha256": "a" * 64,
    "fingerprint": "b" * 64, "imported_at": "2024-05-01T08:00:00+00:00", "updated_at": "2024-05-02T09:30:00.250000+00:00",
}
PARAGRAPH = {
    "document": "S-2010-52", "anchor": "12", "url": "/documents/S/2010/52/12/", "ordinal": 1, "label": "12", "kind": "para",
    "section": "", "speaker": "", "speaker_affiliation": "", "text": "回顾第1540(2004)号决议。", "content_hash": "c" * 64,
}
REFERENCE = {
    "document": "S-2010-52", "anchor": "12", "type": "resolution", "target": "S/RES/1540 (2004)", "surface": "第1540(2004)号决议",
    "start": 2, "end": 16, "pinpoint": "", "status": "resolved", "note": "",
}
SECOND = dict(DOCUMENT, key="S-2010-53", path="S/2010/53", url="/documents/S/2010/53/", api_url="/api/documents/S/2010/53/", symbol="S/2010/53")
SECOND_PARAGRAPH = dict(PARAGRAPH, document="S-2010-53", url="/documents/S/2010/53/12/")
SECOND_REFERENCE = dict(REFERENCE, document="S-2010-53")
COUNTS = {"document": 2, "alias": 0, "anchor_change": 0, "provenance": 0, "paragraph": 2, "link": 0, "reference": 2}
HEADER = {"record": "export", "schema": 1, "created": "2026-11-23T00:00:00+00:00", "pipeline": "2", "knowledge": "0" * 16, "counts": COUNTS}


def records(second_reference=SECOND_REFERENCE, header=HEADER, end=True):
    rows = [
        header,
        {"record": "document", **DOCUMENT}, {"record": "paragraph", **PARAGRAPH}, {"record": "reference", **REFERENCE},
        {"record": "document", **SECOND}, {"record": "paragraph", **SECOND_PARAGRAPH}, {"record": "reference", **second_reference},
    ]
    return rows + [{"record": "end", "counts": COUNTS}] if end else rows


def lines(rows):
    return b"".join(json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows)


def write(tmp_path, content, name="archive-2026-11-23.jsonl.gz", compress=True):
    path = tmp_path / name
    path.write_bytes(gzip.compress(content) if compress else content)
    return path


def refused(path):
    with pytest.raises(CommandError) as caught:
        call_command("import_corpus", str(path), "--no-index", verbosity=0)
    assert (Document.objects.count(), Paragraph.objects.count(), Reference.objects.count()) == (0, 0, 0)
    return str(caught.value)


def test_a_hand_written_export_loads_as_documented(tmp_path):
    call_command("import_corpus", str(write(tmp_path, lines(records()))), "--no-index", verbosity=0)
    document = Document.objects.get(symbol="S/2010/52")
    assert (document.key, document.get_absolute_url(), document.date.isoformat()) == ("S-2010-52", "/documents/S/2010/52/", "2010-01-28")
    assert (document.imported_at.isoformat(), document.updated_at.isoformat()) == ("2024-05-01T08:00:00+00:00", "2024-05-02T09:30:00.250000+00:00")
    paragraph = document.paragraphs.get()
    assert (paragraph.get_absolute_url(), paragraph.text) == ("/documents/S/2010/52/12/", "回顾第1540(2004)号决议。")
    reference = paragraph.references.get()
    assert paragraph.text[reference.start:reference.end] == reference.surface == "第1540(2004)号决议"
    assert Document.objects.count() == 2


def test_uncompressed_jsonl_loads_too(tmp_path):
    call_command("import_corpus", str(write(tmp_path, lines(records()), name="archive.jsonl", compress=False)), "--no-index", verbosity=0)
    assert sorted(Document.objects.values_list("symbol", flat=True)) == ["S/2010/52", "S/2010/53"]


def test_a_truncated_gzip_file_is_refused(tmp_path):
    whole = gzip.compress(lines(records()))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    assert refused(path) == f"{path}：压缩文件已截断或损坏，未导入任何内容 ({path}: the gzip file is truncated or damaged; nothing was imported)"


def test_another_schema_version_is_refused(tmp_path):
    path = write(tmp_path, lines(records(header=dict(HEADER, schema=2))))
    assert refused(path) == "第 1 行：导出格式版本为 2，本站读取版本 1，未导入任何内容 (line 1: schema version 2; this archive reads version 1; nothing was imported)"


def test_text_that_is_not_utf8_is_refused(tmp_path):
    content = lines(records()).replace("回顾".encode(), "回顾".encode("gb18030"), 1)
    assert refused(write(tmp_path, content)) == "第 3 行：不是 UTF-8 文本，未导入任何内容 (line 3: not UTF-8 text; nothing was imported)"


def test_a_file_cut_at_a_line_end_is_refused_though_its_gzip_is_whole(tmp_path):
    """The first document is complete in the database before the end is missed: it goes too."""
    path = write(tmp_path, lines(records(end=False)))
    assert refused(path) == "文件不完整：缺少结尾的 end 记录，未导入任何内容 (the file is incomplete: no end record; nothing was imported)"


def test_a_fault_in_the_last_document_undoes_the_first(tmp_path):
    path = write(tmp_path, lines(records(second_reference=dict(SECOND_REFERENCE, anchor="13"))))
    assert refused(path) == (
        "第 7 行：reference 记录的段落 '13' 不存在，未导入任何内容 "
        "(line 7: a reference row of a paragraph that is not there: '13'; nothing was imported)"
    )


def test_offsets_outside_the_paragraph_are_refused(tmp_path):
    path = write(tmp_path, lines(records(second_reference=dict(SECOND_REFERENCE, end=99))))
    assert refused(path) == "第 7 行：引用位置 2–99 超出段落，未导入任何内容 (line 7: reference offsets 2–99 outside the paragraph; nothing was imported)"


def test_counts_that_differ_from_the_rows_are_refused(tmp_path):
    rows = records()
    rows[-1] = {"record": "end", "counts": dict(COUNTS, paragraph=3)}
    message = refused(write(tmp_path, lines(rows)))
    assert message.startswith("第 8 行：结尾记录的行数 ") and message.endswith("nothing was imported)")


def test_a_row_missing_a_field_is_refused(tmp_path):
    paragraph = {key: value for key, value in SECOND_PARAGRAPH.items() if key != "text"}
    rows = records()
    rows[5] = {"record": "paragraph", **paragraph}
    assert refused(write(tmp_path, lines(rows))) == (
        "第 6 行：paragraph 记录的字段不符（缺少 ['text']，多出 []），未导入任何内容 "
        "(line 6: paragraph fields differ: missing ['text'], unexpected []; nothing was imported)"
    )


def test_a_line_that_is_not_json_is_refused(tmp_path):
    content = lines(records()).replace(b'{"record": "reference"', b'{"record": reference', 1)
    message = refused(write(tmp_path, content))
    assert message.startswith("第 4 行：不是 JSON（") and message.endswith("; nothing was imported)")


def test_a_file_that_is_no_export_is_refused(tmp_path):
    path = write(tmp_path, b'{"record": "document"}\n')
    assert refused(path) == (
        "第 1 行：缺少开头的 export 记录，不是文档库的批量导出，未导入任何内容 "
        "(line 1: no export record first: not a bulk export of this archive; nothing was imported)"
    )


def test_an_invalid_symbol_is_refused_before_it_is_stored(tmp_path):
    rows = records()
    rows[4] = {"record": "document", **dict(SECOND, symbol="not a symbol")}
    message = refused(write(tmp_path, lines(rows)))
    assert message.startswith("第 5 行：文档 'S-2010-53' 无效：symbol: ")


def test_a_nul_character_is_refused_on_every_database(tmp_path):
    rows = records()
    rows[5] = {"record": "paragraph", **dict(SECOND_PARAGRAPH, text="回顾\x00第1540(2004)号决议。")}
    assert refused(write(tmp_path, lines(rows))) == (
        "第 6 行：paragraph.text 含有 NUL 字符 (U+0000)，未导入任何内容 (line 6: paragraph.text holds a NUL character (U+0000); nothing was imported)"
    )


def test_a_permalink_this_archive_would_not_give_is_refused(tmp_path):
    rows = records()
    rows[5] = {"record": "paragraph", **dict(SECOND_PARAGRAPH, url="/documents/S/2010/53/p12/")}
    assert refused(write(tmp_path, lines(rows))) == (
        "第 6 行：永久链接 /documents/S/2010/53/p12/ 在本文档库中将是 /documents/S/2010/53/12/，未导入任何内容 "
        "(line 6: the permalink /documents/S/2010/53/p12/ would be /documents/S/2010/53/12/ here; nothing was imported)"
    )
