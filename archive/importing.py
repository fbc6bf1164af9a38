"""Store: one parsed document into the database, all or nothing, idempotent by content.

Anchors are the identity of paragraphs across imports. When a corrected file drops or moves a
paragraph, the old anchor is remembered (`AnchorChange`) so a citation made before never lands
silently on other text.
"""
from dataclasses import dataclass

from django.db import transaction

from .models import (
    AnchorChange,
    Document,
    DocumentAlias,
    Paragraph,
    ParagraphLink,
    Reference,
)
from .faults import stop_point
from .pipeline import parse_file
from .references import extract_document, link_target
from .signals import documents_stored

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


class ImportRefused(Exception):
    """The file is readable but importing it would overwrite another document."""


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
    if document is not None and document.source_file != parsed.source_name and not replace:
        raise ImportRefused(
            f"{parsed.source_name}: {document.path} [{document.language}] 已由另一文件 {document.source_file} 导入；"
            f"如确需替换，请使用 --replace (already imported from another file; use --replace to replace it)"
        )
    if document is not None and document.fingerprint == parsed.fingerprint and document.source_file == parsed.source_name and not force:
        return ImportResult(document, UNCHANGED, document.paragraphs.count(), parsed.key_from_file_name)
    status = UPDATED if document is not None else NEW
    if document is None:
        document = Document(key=parsed.key)
    elif document.symbol and document.symbol != description.symbol:
        DocumentAlias.objects.update_or_create(path=document.symbol, defaults={"document": document})
    for name in ("symbol", "language", "title", "date", "organ", "doc_type", "original_language"):
        setattr(document, name, getattr(description, name) or ("" if name != "date" else None))
    document.source_file = parsed.source_name
    document.source_sha256 = parsed.source_sha256
    document.fingerprint = parsed.fingerprint
    document.save()
    if status == UPDATED:
        _remember_changed_anchors(document, parsed.paragraphs)
    _replace_paragraphs(document, parsed.paragraphs)
    stop_point("document written")  # fault tests: every row written, nothing committed
    if announce:
        transaction.on_commit(lambda: documents_stored.send(sender=Document, documents=[document]))
    return ImportResult(document, status, len(parsed.paragraphs), parsed.key_from_file_name)


def _existing_document(parsed):
    """Same symbol and language, or — for a document whose symbol was unknown — the same file."""
    description = parsed.description
    documents = Document.objects.select_for_update()
    if description.symbol:
        found = documents.filter(symbol=description.symbol, language=description.language).first()
        if found is not None:
            return found
        alias = DocumentAlias.objects.filter(path=description.symbol).select_related("document").first()
        if alias is not None and alias.document.language == description.language:
            return alias.document
    return (
        documents.filter(key=parsed.key).first()
        or documents.filter(source_file=parsed.source_name, language=description.language).first()
    )


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
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(
            document=document,
            ordinal=parsed.ordinal,
            anchor=parsed.anchor,
            label=parsed.label,
            kind=parsed.kind,
            section=parsed.section,
            speaker=parsed.speaker,
            speaker_affiliation=parsed.speaker_affiliation,
            text=parsed.text,
            content_hash=parsed.content_hash,
        )
        for parsed in parsed_paragraphs
    )
    ParagraphLink.objects.bulk_create(
        ParagraphLink(paragraph=paragraph, url=url, target=link_target(url) or "", conflict=parsed.link_conflicts.get(url, ""))
        for paragraph, parsed in zip(paragraphs, parsed_paragraphs)
        for url in parsed.links
    )
    _store_references(paragraphs, [parsed.references for parsed in parsed_paragraphs])


def _store_references(paragraphs, found):
    Reference.objects.bulk_create(
        Reference(
            paragraph=paragraph,
            type=reference.type,
            target=reference.target or "",
            surface=reference.surface,
            start=reference.start,
            end=reference.end,
            pinpoint=reference.pinpoint or "",
            status=reference.status,
            note=reference.note,
        )
        for paragraph, references in zip(paragraphs, found)
        for reference in references
    )


@transaction.atomic
def refresh_references(document):
    """Extract again from the stored text, after the gazetteer or the resolution table changed."""
    paragraphs = list(document.paragraphs.prefetch_related("links"))
    found = extract_document([p.text for p in paragraphs], [[link.url for link in p.links.all()] for p in paragraphs])
    Reference.objects.filter(paragraph__document=document).delete()
    _store_references(paragraphs, found)
    transaction.on_commit(lambda: documents_stored.send(sender=Document, documents=[document]))
    return sum(len(references) for references in found)
