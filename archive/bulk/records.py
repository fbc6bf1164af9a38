"""One row of each kind, as both export files write it: the schema of the bulk export.

A record is a flat dict; rows that belong to a document follow its `document` record and name
it by its permanent `key`, rows of a paragraph name it by (`document`, `anchor`), so a reader of
the JSONL can group without ids and a loader can rebuild the rows in one pass. Database ids are
never exported: they are no part of an address.
"""
from django.db import connection, transaction
from django.db.models import Prefetch

from ..models import (
    AnchorChange,
    Document,
    DocumentAlias,
    Paragraph,
    ParagraphLink,
    Provenance,
    Reference,
)
from ..pipeline import PIPELINE_VERSION

SCHEMA = 1  # raised when a field changes meaning or goes; a loader refuses other versions
TEXT, INTEGER, DATE, TIME, OPTIONAL_TEXT = "text", "integer", "date", "datetime", "optional text"

# kind → ((field, type), ...), in the order the files write them.
FIELDS = {
    "document": (
        ("key", TEXT), ("path", TEXT), ("url", TEXT), ("api_url", TEXT), ("symbol", TEXT), ("language", TEXT),
        ("title", TEXT), ("date", DATE), ("organ", TEXT), ("doc_type", TEXT), ("original_language", TEXT),
        ("source_file", TEXT), ("source_sha256", TEXT), ("fingerprint", TEXT), ("imported_at", TIME), ("updated_at", TIME),
    ),
    "alias": (("document", TEXT), ("path", TEXT)),
    "anchor_change": (
        ("document", TEXT), ("anchor", TEXT), ("change", TEXT), ("new_anchor", TEXT), ("old_text", TEXT), ("changed_at", TIME),
    ),
    "provenance": (
        ("document", OPTIONAL_TEXT), ("symbol", TEXT), ("language", TEXT), ("source_url", TEXT), ("record_url", TEXT),
        ("retrieved_at", TIME), ("checked_at", TIME), ("etag", TEXT), ("last_modified", TEXT), ("sha256", TEXT),
        ("size", INTEGER), ("content_type", TEXT), ("file_name", TEXT),
    ),
    "paragraph": (
        ("document", TEXT), ("anchor", TEXT), ("url", TEXT), ("ordinal", INTEGER), ("label", TEXT), ("kind", TEXT),
        ("section", TEXT), ("speaker", TEXT), ("speaker_affiliation", TEXT), ("text", TEXT), ("content_hash", TEXT),
    ),
    "link": (("document", TEXT), ("anchor", TEXT), ("url", TEXT), ("target", TEXT), ("conflict", TEXT)),
    "reference": (
        ("document", TEXT), ("anchor", TEXT), ("type", TEXT), ("target", TEXT), ("surface", TEXT), ("start", INTEGER),
        ("end", INTEGER), ("pinpoint", TEXT), ("status", TEXT), ("note", TEXT),
    ),
}
# Computed from the others, written for readers, ignored by the loader.
DERIVED = {"document": {"path", "url", "api_url"}, "paragraph": {"url"}}


def header(made, counts):
    """The first record: when (`created`) and with what knowledge (`knowledge`, `made`) the file
    was written, by which pipeline, and how many rows of each kind follow (the trailer's counts
    are exact; these can differ on SQLite, where an import may run during the export)."""
    return {"record": "export", "schema": SCHEMA, "created": made["created"], "pipeline": PIPELINE_VERSION, "knowledge": made["knowledge"], "counts": counts}


def trailer(counts):
    """The last record: a file that does not end with it is incomplete."""
    return {"record": "end", "counts": counts}


def estimated_counts():
    return {
        "document": Document.objects.count(), "alias": DocumentAlias.objects.count(),
        "anchor_change": AnchorChange.objects.count(), "provenance": Provenance.objects.count(),
        "paragraph": Paragraph.objects.count(), "link": ParagraphLink.objects.count(),
        "reference": Reference.objects.count(),
    }


def archive_records():
    """Every row of the archive, a document and its rows at a time, then the provenance of files
    no document holds. PostgreSQL reads one snapshot of the whole archive (repeatable read blocks
    no writer); SQLite reads each document in a transaction of its own, so an import running
    meanwhile waits for one document at most, never for the whole export. Called inside a
    transaction already (a test's), it reads in that one."""
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield from _all_records()
    else:
        yield from _all_records()


def _all_records():
    for pk in list(Document.objects.order_by("key").values_list("pk", flat=True)):
        with transaction.atomic():
            document = Document.objects.filter(pk=pk).first()
            rows = [] if document is None else list(document_records(document))
        yield from rows
    for provenance in Provenance.objects.filter(document=None):
        yield provenance_record(provenance, None)


def document_records(document):
    key = document.key
    yield {
        "record": "document", "key": key, "path": document.path, "url": document.get_absolute_url(),
        "api_url": document.get_api_url(), **_values(document, "document", skip={"key", "path", "url", "api_url"}),
    }
    for alias in document.aliases.order_by("path"):
        yield {"record": "alias", "document": key, "path": alias.path}
    for change in document.anchor_changes.order_by("anchor", "pk"):
        yield {"record": "anchor_change", "document": key, **_values(change, "anchor_change", skip={"document"})}
    for provenance in document.provenance.all():
        yield provenance_record(provenance, key)
    # In the order they were stored, which a load keeps: exported again, the file is the same.
    paragraphs = document.paragraphs.order_by("ordinal").prefetch_related(
        Prefetch("links", ParagraphLink.objects.order_by("pk")), Prefetch("references", Reference.objects.order_by("start", "pk")),
    )
    for paragraph in paragraphs:
        paragraph.document = document  # its URL needs the document: no query per paragraph
        where = {"document": key, "anchor": paragraph.anchor}
        yield {
            "record": "paragraph", **where, "url": paragraph.get_absolute_url(),
            **_values(paragraph, "paragraph", skip={"document", "anchor", "url"}),
        }
        for link in paragraph.links.all():
            yield {"record": "link", **where, **_values(link, "link", skip={"document", "anchor"})}
        for reference in paragraph.references.all():
            yield {"record": "reference", **where, **_values(reference, "reference", skip={"document", "anchor"})}


def provenance_record(provenance, key):
    return {"record": "provenance", "document": key, **_values(provenance, "provenance", skip={"document"})}


def _values(row, kind, skip):
    values = {}
    for name, type_ in FIELDS[kind]:
        if name in skip:
            continue
        value = getattr(row, name)
        values[name] = value.isoformat() if type_ in (DATE, TIME) and value is not None else value
    return values
