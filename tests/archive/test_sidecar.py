"""Sidecars are checked before anything is written: types, lengths, characters, symbols, dates."""
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Document, DocumentAlias, Paragraph
from archive.pipeline import UnreadableFile, limits, parse_file
from unref import is_valid_symbol

MEMO = "备忘录\n\n1. 第一段内容，说明情况。\n\n2. 第二段内容：\n\n(a) 甲项内容；\n\n(b) 乙项内容。\n"


def memo(tmp_path, sidecar, name="memo"):
    path = tmp_path / f"{name}.txt"
    path.write_text(MEMO, encoding="utf-8")
    sidecar_path = path.with_suffix(".json")
    if isinstance(sidecar, bytes):
        sidecar_path.write_bytes(sidecar)
    else:
        sidecar_path.write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


def refusal(tmp_path, sidecar):
    path = memo(tmp_path, sidecar)
    with pytest.raises(UnreadableFile) as refused:
        parse_file(path)
    prefix = f"{path.with_suffix('.json')}: "
    lines = str(refused.value).split("\n")
    assert all(line.startswith(prefix) for line in lines)
    return [line.removeprefix(prefix) for line in lines]


VALID_SYMBOLS = [
    "S/2010/52",
    "CD/2118",
    "S/AC.44/SR.74",
    "A/74/140",
    "S/RES/1540 (2004)",
    "A/C.1/73/L.1/Rev.1",
    "E/CN.4/2005/L.10/Add.1",
    "S/AC.44/2004/(02)/43",
    "S/PRST/2004/7",
    "A/RES/62/46",
]
INVALID_SYMBOLS = ["", "S", "1540", "../../etc", "S/../../admin", "S/./1", "S//1", "S/1/", "/S/1", "S/1..2", "S/.1",
                   "s/2010/52", "S/2010/52 ", " S/2010/52", "S/2010\n/52", "S/RES/1540 (20)", "S/2010/52?x", "S\\2010",
                   "S/" + "1/" * 60 + "1"]


@pytest.mark.parametrize("symbol", VALID_SYMBOLS)
def test_un_symbols_pass_the_grammar(symbol):
    assert is_valid_symbol(symbol)


@pytest.mark.parametrize("symbol", INVALID_SYMBOLS)
def test_other_strings_are_not_symbols(symbol):
    assert not is_valid_symbol(symbol)


@pytest.mark.parametrize(
    "header, symbol", [("S/2010/52", "S/2010/52"), ("S/../../admin", ""), ("A/" + "1/" * 80 + "1", "")]
)
def test_symbols_found_in_text_pass_the_same_grammar(header, symbol):
    from archive.pipeline import parse_text

    pages = [f"{header}\n{MEMO}", f"{header}\n{MEMO.replace('备忘录', '')}"]
    assert parse_text("".join(pages) + header + "\n", "memo.txt").description.symbol == symbol


@pytest.mark.parametrize(
    "sidecar, problems",
    [
        ({"symbol": 1540}, ["symbol 须为字符串 (symbol must be a string, not a number)"]),
        (["S/1"], ["元数据文件必须是 JSON 对象 (sidecar must be a JSON object)"]),
        ({"key": 42}, ["key 须为字符串 (key must be a string, not a number)"]),
        ({"title": ["a", "b"]}, ["title 须为字符串 (title must be a string, not an array)"]),
        ({"organ": {"zh": "安全理事会"}}, ["organ 须为字符串 (organ must be a string, not an object)"]),
        ({"date": True}, ["date 须为字符串 (date must be a string, not a boolean)"]),
        ({"symbol": "../../etc"}, ["symbol 不是联合国文号 (symbol is not a UN document symbol such as S/2010/52 or S/RES/1540 (2004))"]),
        ({"symbol": "S/../../admin"}, ["symbol 不是联合国文号 (symbol is not a UN document symbol such as S/2010/52 or S/RES/1540 (2004))"]),
        ({"symbol": "S/" + "1" * 9998}, ["symbol 超过 100 个字符 (symbol longer than 100 characters)"]),
        ({"symbol": "S/2010/\x0752"}, ["symbol 第 8 个字符 U+0007 不允许 (symbol: character U+0007 at position 8 is not allowed)"]),
        ({"title": "报告\x00"}, ["title 第 3 个字符 U+0000 不允许 (title: character U+0000 at position 3 is not allowed)"]),
        ({"title": "\u202e告报"}, ["title 第 1 个字符 U+202E 不允许 (title: character U+202E at position 1 is not allowed)"]),
        ({"organ": "安" * (limits.ORGAN + 1)}, [f"organ 超过 {limits.ORGAN} 个字符 (organ longer than {limits.ORGAN} characters)"]),
        ({"title": "题" * (limits.TITLE + 1)}, [f"title 超过 {limits.TITLE} 个字符 (title longer than {limits.TITLE} characters)"]),
        ({"date": "20990101"}, ["日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)"]),
        ({"date": "2099-W01-1"}, ["日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)"]),
        ({"date": "2010-02-30"}, ["日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)"]),
        ({"date": "2010-1-29"}, ["日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)"]),
        ({"language": "chinese"}, ["language 须为 zh-Hans, zh-Hant, en, fr, es, ru, ar 之一 (language must be one of zh-Hans, zh-Hant, en, fr, es, ru, ar)"]),
        ({"original_language": "English"}, ["original_language 须为语文代码，如 en、fr、zh (original_language must be a language code such as en, fr, zh)"]),
        ({"doc_type": "memo"}, [
            ("doc_type 须为 letter, note_verbale, summary_record, report, chairs_summary, concept_note, resolution, presidential_statement 之一 "
            "(doc_type must be one of letter, note_verbale, summary_record, report, chairs_summary, concept_note, resolution, presidential_statement)")
        ]),
        ({"key": "！？"}, ["key 须含字母或数字 (key must contain letters or digits)"]),
        ({"symbol": "S/1", "symbol ": "S/2"}, ["未知字段 ['symbol '] (unknown sidecar fields)"]),
        (b'{"symbol": "S/2010/52", "symbol": "S/2010/53"}', ["字段 symbol 出现两次 (field given twice: symbol)"]),
        ({"symbol": 1, "date": "x", "title": "\u202e"}, [
            "symbol 须为字符串 (symbol must be a string, not a number)",
            "title 第 1 个字符 U+202E 不允许 (title: character U+202E at position 1 is not allowed)",
            "日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)",
        ]),
        (b'{"title": ' + b"[" * 1000 + b"]" * 1000 + b"}", ["元数据文件嵌套过深 (sidecar nested too deeply)"]),
        (b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ["元数据文件超过 64 KB (sidecar larger than 64 KB)"]),
        (b'{"title": "\\ud800"}', ["title 第 1 个字符 U+D800 不允许 (title: character U+D800 at position 1 is not allowed)"]),
        # Numbers Python cannot make an int or a finite float of, and the constants JSON lacks.
        (b'{"date": ' + b"1" * 5000 + b"}", ["date 须为字符串 (date must be a string, not a number)"]),
        (b'{"comment": -' + b"9" * 60_000 + b"}", ["comment 须为字符串 (comment must be a string, not a number)"]),
        (b'{"year": ' + b"2" * 5000 + b"}", ["未知字段 ['year'] (unknown sidecar fields)"]),
        (b'{"title": 1e5000, "organ": 1' + b"0" * 5000 + b'.5}', [
            "title 须为字符串 (title must be a string, not a number)",
            "organ 须为字符串 (organ must be a string, not a number)",
        ]),
        (b'{"symbol": NaN, "date": -Infinity}', [
            "symbol 须为字符串 (symbol must be a string, not a number)",
            "date 须为字符串 (date must be a string, not a number)",
        ]),
    ],
)
def test_bad_sidecars_are_refused_one_line_per_problem(tmp_path, sidecar, problems):
    assert refusal(tmp_path, sidecar) == problems


def test_a_good_sidecar_fills_in_the_description(tmp_path):
    parsed = parse_file(memo(tmp_path, {
        "symbol": "S/RES/1540 (2004)", "language": "zh-Hant", "title": "决议", "date": "2004-04-28",
        "organ": "安全理事会", "doc_type": "resolution", "original_language": "en", "comment": "checked",
        "key": None,
    }))
    description = parsed.description
    assert (description.symbol, description.language, str(description.date), description.original_language) == (
        "S/RES/1540 (2004)", "zh-Hant", "2004-04-28", "en"
    )
    assert parsed.key == "s-res-1540-2004-zh-hant"


def test_limits_are_the_columns_of_the_models():
    fields = {field.name: field for field in Document._meta.fields}
    assert [fields[name].max_length for name in ("key", "symbol", "language", "organ", "doc_type", "original_language", "source_file")] == [
        limits.KEY, limits.SYMBOL, limits.LANGUAGE, limits.ORGAN, limits.DOC_TYPE, limits.ORIGINAL_LANGUAGE, limits.SOURCE_FILE
    ]
    assert DocumentAlias._meta.get_field("path").max_length >= limits.SYMBOL
    assert Paragraph._meta.get_field("anchor").max_length == limits.ANCHOR
    assert tuple(Document.DOC_TYPES) == limits.DOC_TYPES


@pytest.mark.django_db
def test_the_longest_values_allowed_are_stored(tmp_path):
    symbol = "S/" + "1" * (limits.SYMBOL - 2)
    call_command("ingest", str(memo(tmp_path, {"symbol": symbol, "organ": "安" * limits.ORGAN, "title": "题" * limits.TITLE})),
                 stdout=StringIO())
    assert Document.objects.get().symbol == symbol


@pytest.mark.django_db
def test_keep_going_reports_every_skipped_file_and_imports_the_rest(tmp_path, capsys):
    good_1 = memo(tmp_path, {"symbol": "S/2010/1"}, name="good-1")
    deep = memo(tmp_path, b'{"title": ' + b"[" * 1000 + b"]" * 1000 + b"}", name="deep")
    bad = memo(tmp_path, {"symbol": 1540, "date": "20990101"}, name="bad")
    good_2 = memo(tmp_path, {"symbol": "S/2010/2"}, name="good-2")
    with pytest.raises(CommandError, match=r"^2 个文件未导入 \(2 file\(s\) not imported\)$"):
        call_command("ingest", str(good_1), str(deep), str(bad), str(good_2), "--keep-going")
    out, err = capsys.readouterr()
    assert sorted(Document.objects.values_list("symbol", flat=True)) == ["S/2010/1", "S/2010/2"]
    assert "documents: 2 new, 0 updated, 0 unchanged" in out
    assert err.splitlines() == [
        f"错误 (error): {deep.with_suffix('.json')}: 元数据文件嵌套过深 (sidecar nested too deeply)",
        f"错误 (error): {bad.with_suffix('.json')}: symbol 须为字符串 (symbol must be a string, not a number)",
        f"错误 (error): {bad.with_suffix('.json')}: 日期须为 YYYY-MM-DD 格式的真实日期 (date must be a real date written YYYY-MM-DD)",
    ]
    assert "Traceback" not in err and "database" not in err


@pytest.mark.django_db
def test_a_number_of_5000_digits_skips_its_file_with_keep_going_and_imports_the_rest(tmp_path, capsys):
    good_1 = memo(tmp_path, {"symbol": "S/2010/1"}, name="good-1")
    huge = memo(tmp_path, b'{"symbol": "S/2010/3", "date": ' + b"1" * 5000 + b"}", name="huge")
    good_2 = memo(tmp_path, {"symbol": "S/2010/2"}, name="good-2")
    with pytest.raises(CommandError, match=r"^1 个文件未导入 \(1 file\(s\) not imported\)$"):
        call_command("ingest", str(good_1), str(huge), str(good_2), "--keep-going", stdout=StringIO())
    assert capsys.readouterr().err.splitlines() == [
        f"错误 (error): {huge.with_suffix('.json')}: date 须为字符串 (date must be a string, not a number)"
    ]
    assert sorted(Document.objects.values_list("symbol", flat=True)) == ["S/2010/1", "S/2010/2"]


def test_a_value_found_in_the_text_that_no_column_holds_is_refused_before_the_database_sees_it():
    from archive.pipeline import parse_text

    text = MEMO.replace("说明情况。\n", "说明情况。\nhttp://undocs.org/ch/S/" + "A" * 600 + "\n")
    with pytest.raises(UnreadableFile) as refused:
        parse_text(text, "memo.txt")
    assert str(refused.value) == f"memo.txt: 第 1 段的链接超过 {limits.LINK} 个字符 (paragraph 1: link longer than {limits.LINK} characters)"


def test_a_parenthesis_too_long_for_an_affiliation_does_not_make_a_speaker():
    from archive.pipeline import parse_text

    record = "张先生（" + "很" * (limits.SPEAKER_AFFILIATION + 1) + "）说：好。\n\n李先生（美国）说：好。\n\n王女士（法国）说：好。\n"
    speakers = [(p.speaker, p.speaker_affiliation) for p in parse_text(record, "sr.txt").paragraphs]
    assert speakers == [("", ""), ("李先生", "美国"), ("王女士", "法国")]


@pytest.mark.django_db
def test_the_admin_applies_the_same_rules():
    from django.core.exceptions import ValidationError

    document = Document(key="memo", source_file="memo.txt", source_sha256="0" * 64, fingerprint="0" * 64)
    document.full_clean()
    for name, value in [("symbol", "S/../../admin"), ("title", "\u202e告报"), ("organ", "安\x00")]:
        setattr(document, name, value)
        with pytest.raises(ValidationError) as refused:
            document.full_clean()
        assert list(refused.value.message_dict) == [name]
        setattr(document, name, "")


TRIGGERS = {
    "sqlite": [
        ("CREATE TRIGGER refuse_s_2010_2 BEFORE INSERT ON archive_document WHEN NEW.symbol = 'S/2010/2' "
        "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"),
    ],
    "postgresql": [
        ("CREATE FUNCTION refuse_s_2010_2() RETURNS trigger AS $$ BEGIN IF NEW.symbol = 'S/2010/2' THEN "
        "RAISE EXCEPTION 'refused by trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"),
        "CREATE TRIGGER refuse_s_2010_2 BEFORE INSERT ON archive_document FOR EACH ROW EXECUTE FUNCTION refuse_s_2010_2()",
    ],
}


@pytest.fixture
def database_refusing_s_2010_2():
    """A real database error for one document: a trigger refuses it (the test's transaction
    rolls the trigger back)."""
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in TRIGGERS[connection.vendor]:
            cursor.execute(statement)


@pytest.mark.django_db
def test_a_database_error_skips_one_file_with_keep_going_and_says_what_was_not_tried_without(tmp_path, capsys, database_refusing_s_2010_2):
    files = [str(memo(tmp_path, {"symbol": f"S/2010/{number}"}, name=f"s-{number}")) for number in (1, 2, 3, 4)]
    with pytest.raises(CommandError, match=r"^1 个文件未导入 \(1 file\(s\) not imported\)$"):
        call_command("ingest", *files, "--keep-going", stdout=StringIO())
    assert capsys.readouterr().err.splitlines() == [
        f"错误 (error): {files[1]}: 数据库无法写入，未导入 (the database cannot be written: refused by trigger)"
    ]
    assert sorted(Document.objects.values_list("symbol", flat=True)) == ["S/2010/1", "S/2010/3", "S/2010/4"]
    Document.objects.all().delete()
    with pytest.raises(CommandError) as refused:
        call_command("ingest", *files, stdout=StringIO())
    assert str(refused.value) == (
        "数据库无法写入，s-2.txt 未导入，其后 2 个文件未尝试，已导入的文档不受影响 "
        "(the database cannot be written: refused by trigger; s-2.txt was not imported; 2 later file(s) not tried)"
    )
    assert list(Document.objects.values_list("symbol", flat=True)) == ["S/2010/1"]
