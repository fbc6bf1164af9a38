"""Load an export back into an empty archive: every row as it was exported, in one transaction,
then the search index told once through `documents_stored`, as an import does.

The file is checked as it is read (gzip intact, UTF-8, the schema version this archive writes,
every row's fields and types, rows after their document, every permalink the one this archive
gives the row, an end record whose counts match), and
any fault undoes the whole load: an archive is never left holding half an export.
"""
import gzip
import json
import zlib
from contextlib import contextmanager
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.utils import translation

from .. import cited_paragraphs
from ..faults import stop_point
from ..models import (
    AnchorChange,
    Document,
    DocumentAlias,
    Paragraph,
    ParagraphLink,
    Provenance,
    Reference,
)
from ..signals import document_written, documents_stored, import_started
from .records import DATE, DERIVED, FIELDS, INTEGER, OPTIONAL_TEXT, SCHEMA, TEXT, TIME

MODELS = {
    "document": Document, "alias": DocumentAlias, "anchor_change": AnchorChange, "provenance": Provenance,
    "paragraph": Paragraph, "link": ParagraphLink, "reference": Reference,
}
GZIP_MAGIC = b"\x1f\x8b"
# Record fields that are no column of the row's model: the rows they belong to, what is derived.
NOT_COLUMNS = {kind: {"document", *DERIVED.get(kind, ())} for kind in FIELDS}
NOT_COLUMNS["link"] = NOT_COLUMNS["reference"] = {"document", "anchor"}
TYPES = {TEXT: (str,), OPTIONAL_TEXT: (str, type(None)), INTEGER: (int,), DATE: (str, type(None)), TIME: (str,)}


class BadExport(CommandError):
    """The file is not a complete export this archive can load; nothing was imported."""

    def __init__(self, line, message, english):
        where = (f"第 {line} 行：", f"line {line}: ") if line else ("", "")
        super().__init__(f"{where[0]}{message}，未导入任何内容 ({where[1]}{english}; nothing was imported)")


def load(path, index=True, progress=None):
    """Load the export at `path` into the empty archive; returns the counts of rows by kind.
    `progress(n)` is called as rows are read."""
    if Document.objects.exists() or Provenance.objects.exists():
        raise CommandError(
            "文档库不是空的：批量导出只能导入空的文档库 (the archive is not empty: an export loads into an empty archive only; "
            "restore a backup with restore_archive to replace an archive)"
        )
    import_id = object()  # as ingest does: /healthz says "updating" until the index holds the load
    if index:
        import_started.send(sender=Document, import_id=import_id)
    stored = []
    try:
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):  # permalinks at their unprefixed address
            loader = _Loader()
            for line, record in _records(path):
                loader.add(line, record)
                if progress:
                    progress(1)
            loader.finish()
            if index:
                document_written.send(sender=Document, documents=loader.documents)
            stop_point("corpus loaded")  # fault tests: every row written, nothing committed
        stored = loader.documents
        _fresh_statistics()
    finally:
        if index:
            documents_stored.send(sender=Document, documents=stored, import_id=import_id)
    return loader.counts


def _fresh_statistics():
    """A whole archive arrives in one transaction: until autovacuum reaches its tables, PostgreSQL
    would plan every query with the statistics of empty ones (a resolution's citing list walked
    row by row), so they are read now (docs/benchmarks.md has the figures)."""
    if connection.vendor != "postgresql":
        return
    tables = [model._meta.db_table for model in (Document, Paragraph, Reference, ParagraphLink, DocumentAlias, AnchorChange, Provenance)]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(table) for table in tables))


def rows_announced(path):
    """How many rows the export's first record announces (for a progress bar), or None."""
    records = _records(path)
    try:
        _, first = next(records)
        return sum(first["counts"].values())
    except (CommandError, StopIteration, KeyError, TypeError, AttributeError):
        return None  # the load itself says what is wrong
    finally:
        records.close()


def _records(path):
    """(line number, record) for each line; faults of the file itself as BadExport."""
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == GZIP_MAGIC
        with (gzip.open(path, "rb") if compressed else open(path, "rb")) as file:
            for number, line in enumerate(file, start=1):
                try:
                    record = json.loads(line.decode("utf-8"))
                except UnicodeDecodeError:
                    raise BadExport(number, "不是 UTF-8 文本", "not UTF-8 text") from None
                except ValueError as error:
                    raise BadExport(number, f"不是 JSON（{error}）", f"not JSON: {error}") from None
                if not isinstance(record, dict) or not isinstance(record.get("record"), str):
                    raise BadExport(number, "不是带 record 字段的 JSON 对象", "not a JSON object with a \"record\" field")
                yield number, record
    except (EOFError, gzip.BadGzipFile, zlib.error):
        raise BadExport(None, f"{path}：压缩文件已截断或损坏", f"{path}: the gzip file is truncated or damaged") from None
    except OSError as error:
        raise BadExport(None, f"{path}：无法读取", f"{path}: cannot read: {error.strerror}") from None


class _Loader:
    """Rows arrive a document at a time (the document, then its rows); each document is written
    when the next begins, so memory holds one document's rows, whatever the export's size."""

    def __init__(self):
        self.counts = dict.fromkeys(FIELDS, 0)
        self.documents = []
        self.header = None
        self.ended = False
        self.pending = None  # (line, document record, {kind: [(line, record)]})
        self.orphans = []  # provenance of files no document holds

    def add(self, line, record):
        kind = record["record"]
        if self.ended:
            raise BadExport(line, "结尾记录之后还有内容", "rows after the end record")
        if self.header is None:
            self._begin(line, record)
        elif kind == "end":
            self._end(line, record)
        elif kind not in FIELDS:
            raise BadExport(line, f"未知的记录类型 {kind!r}", f"unknown kind {kind!r}")
        else:
            self._row(line, kind, _checked(line, kind, record))

    def finish(self):
        if self.header is None:
            raise BadExport(None, "文件是空的", "the file is empty")
        if not self.ended:
            raise BadExport(None, "文件不完整：缺少结尾的 end 记录", "the file is incomplete: no end record")

    def _begin(self, line, record):
        if record["record"] != "export":
            raise BadExport(line, "缺少开头的 export 记录，不是文档库的批量导出", "no export record first: not a bulk export of this archive")
        if record.get("schema") != SCHEMA:
            raise BadExport(
                line, f"导出格式版本为 {record.get('schema')!r}，本站读取版本 {SCHEMA}",
                f"schema version {record.get('schema')!r}; this archive reads version {SCHEMA}",
            )
        self.header = record

    def _row(self, line, kind, record):
        self.counts[kind] += 1
        if kind == "document":
            self._flush()
            self.pending = (line, record, {name: [] for name in FIELDS})
        elif kind == "provenance" and record["document"] is None:
            self.orphans.append((line, record))
        elif self.pending is None or record["document"] != self.pending[1]["key"]:
            raise BadExport(line, f"{kind} 记录不在其文档 {record['document']!r} 之后", f"a {kind} row not after its document {record['document']!r}")
        else:
            self.pending[2][kind].append((line, record))

    def _end(self, line, record):
        if record.get("counts") != self.counts:
            raise BadExport(line, f"结尾记录的行数 {record.get('counts')} 与读到的 {self.counts} 不符", f"the end record counts {record.get('counts')}, the file holds {self.counts}")
        self._flush()
        with _written(line):
            Provenance.objects.bulk_create(Provenance(**_model_fields("provenance", r)) for _, r in self.orphans)
        self.ended = True

    def _flush(self):
        if self.pending is None:
            return
        line, record, rows = self.pending
        self.pending = None
        with _written(line):
            self.documents.append(_store(line, record, rows))


def _store(line, record, rows):
    document = Document(**_model_fields("document", record))
    stamps = document.imported_at, document.updated_at
    try:
        document.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        raise BadExport(line, f"文档 {record['key']!r} 无效：{_messages(error)}", f"document {record['key']!r} is invalid: {_messages(error)}") from None
    _same_address(line, record["url"], document.get_absolute_url())
    document.save()
    # auto_now_add and auto_now stamped the load's time: the exported times are the archive's history
    document.imported_at, document.updated_at = stamps
    Document.objects.filter(pk=document.pk).update(imported_at=stamps[0], updated_at=stamps[1])
    DocumentAlias.objects.bulk_create(DocumentAlias(document=document, path=r["path"]) for _, r in rows["alias"])
    changes = [AnchorChange(document=document, **_model_fields("anchor_change", r)) for _, r in rows["anchor_change"]]
    stamps = [change.changed_at for change in changes]
    AnchorChange.objects.bulk_create(changes)
    for change, stamp in zip(changes, stamps):
        change.changed_at = stamp
    AnchorChange.objects.bulk_update(changes, ["changed_at"])
    Provenance.objects.bulk_create(Provenance(document=document, **_model_fields("provenance", r)) for _, r in rows["provenance"])
    paragraphs = Paragraph.objects.bulk_create(Paragraph(document=document, **_model_fields("paragraph", r)) for _, r in rows["paragraph"])
    for paragraph, (number, r) in zip(paragraphs, rows["paragraph"]):
        _same_address(number, r["url"], paragraph.get_absolute_url())
    by_anchor = {paragraph.anchor: paragraph for paragraph in paragraphs}
    ParagraphLink.objects.bulk_create(ParagraphLink(paragraph=_paragraph(by_anchor, n, r), **_model_fields("link", r)) for n, r in rows["link"])
    references = []
    for number, r in rows["reference"]:
        paragraph = _paragraph(by_anchor, number, r)
        if not r["start"] <= r["end"] <= len(paragraph.text):
            raise BadExport(number, f"引用位置 {r['start']}–{r['end']} 超出段落", f"reference offsets {r['start']}–{r['end']} outside the paragraph")
        references.append(Reference(paragraph=paragraph, **_model_fields("reference", r)))
    cited_paragraphs.store(Reference.objects.bulk_create(references))
    return document


def _checked(line, kind, record):
    """The record with exactly its kind's fields, each of its type and within its column."""
    expected = {name for name, _ in FIELDS[kind]} | {"record"}
    if set(record) != expected:
        missing, extra = sorted(expected - set(record)), sorted(set(record) - expected)
        raise BadExport(line, f"{kind} 记录的字段不符（缺少 {missing}，多出 {extra}）", f"{kind} fields differ: missing {missing}, unexpected {extra}")
    model = MODELS[kind]
    for name, type_ in FIELDS[kind]:
        value = record[name]
        if not isinstance(value, TYPES[type_]) or isinstance(value, bool) or (type_ == INTEGER and value < 0):
            raise BadExport(line, f"{kind}.{name} 的值 {value!r} 不是{type_}", f"{kind}.{name} is not {type_}: {value!r}")
        if type_ in (DATE, TIME) and value is not None:
            try:
                (date if type_ == DATE else datetime).fromisoformat(value)
            except ValueError:
                raise BadExport(line, f"{kind}.{name} 的值 {value!r} 不是 ISO 8601 日期", f"{kind}.{name} is not an ISO 8601 {type_}: {value!r}") from None
        if isinstance(value, str) and "\x00" in value:  # PostgreSQL cannot store it: refused on every database alike
            raise BadExport(line, f"{kind}.{name} 含有 NUL 字符 (U+0000)", f"{kind}.{name} holds a NUL character (U+0000)")
        if name not in NOT_COLUMNS[kind] and isinstance(value, str):
            longest = model._meta.get_field(name).max_length
            if longest is not None and len(value) > longest:
                raise BadExport(line, f"{kind}.{name} 超过 {longest} 个字符", f"{kind}.{name} is longer than {longest} characters")
    return record


def _model_fields(kind, record):
    """The record's values as its model's field values (dates and times parsed)."""
    values = {}
    for name, type_ in FIELDS[kind]:
        if name in NOT_COLUMNS[kind]:
            continue
        value = record[name]
        if value is not None and type_ == DATE:
            value = date.fromisoformat(value)
        elif type_ == TIME:
            value = datetime.fromisoformat(value)
        values[name] = value
    return values


def _same_address(line, exported, here):
    """A permalink the export names must be the one this archive gives the row: a citation made
    against the exported archive then leads to the same text here."""
    if exported != here:
        raise BadExport(line, f"永久链接 {exported} 在本文档库中将是 {here}", f"the permalink {exported} would be {here} here")


def _paragraph(by_anchor, line, record):
    try:
        return by_anchor[record["anchor"]]
    except KeyError:
        raise BadExport(line, f"{record['record']} 记录的段落 {record['anchor']!r} 不存在", f"a {record['record']} row of a paragraph that is not there: {record['anchor']!r}") from None


@contextmanager
def _written(line):
    """Database refusals (a repeated key or anchor, a NUL PostgreSQL cannot store) as BadExport
    naming the line of the document being written."""
    try:
        yield
    except DatabaseError as error:
        first = str(error).strip().partition("\n")[0] or type(error).__name__
        raise BadExport(line, f"数据库拒绝写入（{first}）", f"the database refused it: {first}") from None


def _messages(error):
    return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
