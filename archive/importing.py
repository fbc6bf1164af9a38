"""Store: one parsed document into the database, all or nothing, idempotent by content.

Anchors are the identity of paragraphs across imports. When a corrected file drops or moves a
paragraph, the old anchor is remembered (`AnchorChange`) so a citation made before never lands
silently on other text.
"""
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q

from unref import extract_document, link_target

from . import cited_paragraphs
from .addresses import collision, keep_alias
from .faults import stop_point
from .models import (
    AnchorChange,
    Document,
    DocumentAlias,
    Paragraph,
    ParagraphLink,
    Reference,
)
from .originals import keep as keep_original
from .pipeline import parse_file
from .pipeline.keys import distinct_key, place_keys
from .signals import document_written, documents_stored

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


class ImportRefused(Exception):
    """The file is readable but importing it would overwrite or shadow another document."""


@dataclass
class ImportResult:
    document: Document
    status: str
    paragraph_count: int
    key_from_file_name: bool


def import_file(path, replace=False, force=False):
    return store(parse_file(path), replace=replace, force=force)


@transaction.atomic
def store(parsed, replace=False, force=False, announce=True):
    """Store one document; `announce=False` leaves `documents_stored` to the caller (bulk imports)."""
    description = parsed.description
    document = _existing_document(parsed)
    same_file = document is not None and _same_file(document, parsed)
    if document is not None and not same_file and not replace:
        raise ImportRefused(_from_another_file(parsed, document))
    key = document.key if document is not None else _free_key(parsed)
    _refuse_address_collisions(parsed, document, key)
    if document is not None and document.fingerprint == parsed.fingerprint and same_file and not force:
        if parsed.source_path and document.source_path != parsed.source_path:  # the same file, moved
            Document.objects.filter(pk=document.pk).update(source_path=parsed.source_path)
            document.source_path = parsed.source_path
        keep_original(parsed.source_sha256, parsed.source_path)
        return ImportResult(document, UNCHANGED, document.paragraphs.count(), parsed.key_from_file_name)
    status = UPDATED if document is not None else NEW
    if document is None:
        document = Document(key=key)
    elif document.symbol and document.symbol != description.symbol:
        keep_alias(document, document.symbol)
    for name in ("symbol", "language", "title", "date", "organ", "doc_type", "original_language"):
        setattr(document, name, getattr(description, name) or ("" if name != "date" else None))
    document.source_file = parsed.source_name
    document.source_path = parsed.source_path
    document.source_sha256 = parsed.source_sha256
    document.fingerprint = parsed.fingerprint
    document.save()
    if status == UPDATED:
        _remember_changed_anchors(document, parsed.paragraphs)
    _replace_paragraphs(document, parsed.paragraphs)
    keep_original(parsed.source_sha256, parsed.source_path)  # inside the transaction: no original, no rows
    document_written.send(sender=Document, documents=[document])
    stop_point("document written")  # fault tests: every row written, nothing committed
    if announce:
        transaction.on_commit(lambda: documents_stored.send(sender=Document, documents=[document]))
    return ImportResult(document, status, len(parsed.paragraphs), parsed.key_from_file_name)


def _existing_document(parsed):
    """The document this file is: the one with its symbol and language (or an earlier symbol);
    without a symbol, the one read from the same place, else the one its key names — when the key
    comes from the file name, only if it is the same file moved: a namesake from another folder
    is another document — else the one imported from the same file (a symbol added since)."""
    description = parsed.description
    documents = Document.objects.select_for_update()
    if description.symbol:
        found = documents.filter(symbol=description.symbol, language=description.language).first()
        if found is not None:
            return found
        alias = DocumentAlias.objects.filter(path=description.symbol).select_related("document").first()
        if alias is not None and alias.document.language == description.language:
            return alias.document
    elif parsed.source_path:
        here = documents.filter(source_path=parsed.source_path, language=description.language).first()
        if here is not None:
            return here
    by_key = documents.filter(key=parsed.key).first()
    if by_key is not None and not description.symbol and (
        _same_file(by_key, parsed) or not (by_key.symbol or parsed.key_from_file_name)
    ):
        return by_key
    same_place = Q(source_path=parsed.source_path) if parsed.source_path else Q(source_file=parsed.source_name)
    unplaced = Q(source_path="", source_file=parsed.source_name)  # imported before paths were kept
    return documents.filter(same_place | unplaced, language=description.language).first()


def _from_another_file(parsed, document):
    """Why the file is refused: it would replace a document another file gave — and, when its
    sidecar's key named that document, how to keep both."""
    if parsed.description.symbol:
        chinese, english = "", ""
    else:
        chinese = "；若是另一文档，请在元数据文件中给出另一个 key"
        english = ", or give it another key in its sidecar if it is another document"
    return (
        f"{parsed.source}: {document.path} [{document.language}] 已由另一文件 {document.source_path or document.source_file} 导入；"
        f"如确需替换，请使用 --replace{chinese} (already imported from another file; use --replace to replace it{english})"
    )


def _same_file(document, parsed):
    """The same file name, read from the same place — or, moved elsewhere, with the same bytes.
    A document with a symbol needs only the name: the symbol already says which document it is,
    and a corrected version is often downloaded to another folder."""
    if document.source_file != parsed.source_name:
        return False
    if document.symbol and document.symbol == parsed.description.symbol:
        return True
    if not document.source_path or not parsed.source_path:
        return True
    return document.source_path == parsed.source_path or document.source_sha256 == parsed.source_sha256


def _free_key(parsed):
    """The parsed key, or — when another document holds it — the key made distinct by what tells
    this document apart: its symbol and language, or the folders it was read from
    (`b/memo.txt` after `a/memo.txt` is `b-memo`)."""
    if not Document.objects.filter(key=parsed.key).exists():
        return parsed.key
    description = parsed.description
    if description.symbol:
        return distinct_key(parsed.key, f"{description.symbol} {description.language}")
    candidates = place_keys(parsed.key, parsed.source_path or parsed.source_name)
    taken = set(Document.objects.filter(key__in=candidates).values_list("key", flat=True))
    return next(key for key in candidates if key not in taken)


def _refuse_address_collisions(parsed, document, key):
    """A document's URL may never be another document's paragraph URL, in either direction:
    `CD/2118/5-f` is paragraph 5 (f) of CD/2118 and stays so (`archive.addresses`)."""
    path = parsed.description.symbol or key
    anchors = [paragraph.anchor for paragraph in parsed.paragraphs]
    if found := collision(path, document, parsed.description.language, anchors):
        raise ImportRefused(f"{parsed.source}: {found.bilingual()}")


def _remember_changed_anchors(document, new_paragraphs):
    old = dict(document.paragraphs.values_list("anchor", "text"))
    new_by_anchor = {paragraph.anchor: paragraph.text for paragraph in new_paragraphs}
    new_by_text = {paragraph.text: paragraph.anchor for paragraph in new_paragraphs}
    changes = []
    for anchor, text in old.items():
        if new_by_anchor.get(anchor) == text:
            continue
        moved_to = new_by_text.get(text)
        if moved_to is not None and moved_to != anchor:
            changes.append(AnchorChange(document=document, anchor=anchor, change=AnchorChange.MOVED, new_anchor=moved_to, old_text=text))
        elif anchor not in new_by_anchor:
            changes.append(AnchorChange(document=document, anchor=anchor, change=AnchorChange.REMOVED, old_text=text))
    document.anchor_changes.filter(anchor__in=[change.anchor for change in changes]).delete()
    AnchorChange.objects.bulk_create(changes)


def _replace_paragraphs(document, parsed_paragraphs):
    document.paragraphs.all().delete()
    _insert(
        Paragraph, ["document", "ordinal", "anchor", "label", "kind", "section", "speaker", "speaker_affiliation", "text", "content_hash"],
        [
            (document.pk, parsed.ordinal, parsed.anchor, parsed.label, parsed.kind, parsed.section, parsed.speaker,
             parsed.speaker_affiliation, parsed.text, parsed.content_hash)
            for parsed in parsed_paragraphs
        ],
    )
    paragraph_ids = list(document.paragraphs.order_by("pk").values_list("pk", flat=True))
    _insert(
        ParagraphLink, ["paragraph", "url", "target", "conflict"],
        [
            (paragraph_id, url, link_target(url) or "", parsed.link_conflicts.get(url, ""))
            for paragraph_id, parsed in zip(paragraph_ids, parsed_paragraphs)
            for url in parsed.links
        ],
    )
    _store_references(document, paragraph_ids, [parsed.references for parsed in parsed_paragraphs])


def _store_references(document, paragraph_ids, found):
    """The references `found` in each of the paragraphs `paragraph_ids` of `document` (which has
    none stored), and the resolution paragraphs their pinpoints name."""
    rows = [
        (paragraph_id, reference.type, reference.target or "", reference.surface, reference.start, reference.end,
         reference.pinpoint or "", reference.status, reference.note)
        for paragraph_id, references in zip(paragraph_ids, found)
        for reference in references
    ]
    _insert(Reference, ["paragraph", "type", "target", "surface", "start", "end", "pinpoint", "status", "note"], rows)
    ids = Reference.objects.filter(paragraph__document=document).order_by("pk").values_list("pk", flat=True)
    cited_paragraphs.store(
        Reference(pk=pk, type=row[1], pinpoint=row[6]) for pk, row in zip(ids, rows) if row[1] == Reference.RESOLUTION and row[6]
    )


def _insert(model, fields, rows):
    """Insert `rows`, tuples of the values of `model`'s `fields` as the database stores them, by
    one statement run for each row: bulk_create built, checked and flattened a model instance for
    every row, most of what storing an import cost (docs/benchmarks.md). The database numbers
    the new rows in the order given, so reading their ids back in id order pairs them with it."""
    if not rows:
        return
    columns_left = {field.name for field in model._meta.concrete_fields if not field.primary_key} - set(fields)
    if columns_left:  # a field added to the model later must be given here, not left to the database
        raise TypeError(f"{model.__name__}: no value for {sorted(columns_left)}")
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})", rows)


@transaction.atomic
def refresh_references(document):
    """Extract again from the stored text, after the gazetteer or the resolution table changed."""
    paragraphs = list(document.paragraphs.prefetch_related("links"))
    found = extract_document([p.text for p in paragraphs], [[link.url for link in p.links.all()] for p in paragraphs])
    Reference.objects.filter(paragraph__document=document).delete()
    _store_references(document, [p.pk for p in paragraphs], found)
    document_written.send(sender=Document, documents=[document])
    transaction.on_commit(lambda: documents_stored.send(sender=Document, documents=[document]))
    return sum(len(references) for references in found)
