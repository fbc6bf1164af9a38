"""The JSON shapes of the archive's records — documents, paragraphs, references, resolutions,
bodies — that every JSON answer shares: the unversioned API (api/legacy.py), version 1
(api/v1.py) and the citing-paragraph exports."""
from django.db.models import Count, F

from .citations import (
    body_slug,
    body_url,
    resolution_info,
    resolution_path,
    resolution_url,
)
from .citing import citation_years
from .models import Document


def document_summary(request, document):
    return {
        "symbol": document.symbol or None,
        "key": document.key,
        "language": document.language,
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "organ": document.organ,
        "doc_type": document.doc_type,
        "url": request.build_absolute_uri(document.get_absolute_url()),
        "api_url": request.build_absolute_uri(document.get_api_url()),
    }


def documents_with_counts():
    """Documents newest first, each with `paragraph_count` counted by the database."""
    return Document.objects.order_by(F("date").desc(nulls_last=True), "symbol", "key").annotate(paragraph_count=Count("paragraphs"))


def document_json(request, document, summary):
    paragraphs = document.paragraphs.prefetch_related("links", "references")
    return dict(
        summary,
        source={"file": document.source_file, "sha256": document.source_sha256},
        paragraphs=[paragraph_json(request, paragraph) for paragraph in paragraphs],
    )


def paragraph_json(request, paragraph):
    return {
        "anchor": paragraph.anchor,
        "label": paragraph.label,
        "kind": paragraph.kind,
        "section": paragraph.section,
        "speaker": paragraph.speaker or None,
        "speaker_affiliation": paragraph.speaker_affiliation or None,
        "text": paragraph.text,
        "url": request.build_absolute_uri(paragraph.get_absolute_url()),
        "links": [link.url for link in paragraph.links.all()],
        "references": [reference_json(reference) for reference in paragraph.references.all()],
    }


def reference_json(reference):
    return {
        "type": reference.type,
        "target": reference.target or None,
        "surface": reference.surface,
        "start": reference.start,
        "end": reference.end,
        "pinpoint": reference.pinpoint or None,
        "status": reference.status,
    }


def citing_paragraph_json(request, paragraph, reference_type, target):
    """A paragraph citing `target`, with the references that cite it."""
    return {
        "document": paragraph.document.path,
        "document_title": paragraph.document.title,
        "date": paragraph.document.date.isoformat() if paragraph.document.date else None,
        "anchor": paragraph.anchor,
        "label": paragraph.label,
        "url": request.build_absolute_uri(paragraph.get_absolute_url()),
        "text": paragraph.text,
        "references": [
            reference_json(r) for r in paragraph.references.all() if r.type == reference_type and r.target == target
        ],
    }


def resolution_summary(request, target, api_url=None):
    info = resolution_info(target)
    return {
        "symbol": target,
        "organ": "Security Council" if target.startswith("S/") else "General Assembly",
        "adopted": info.get("adopted") or None,
        "title_zh": info.get("title_zh") or None,
        "title_en": info.get("title_en") or None,
        "url": request.build_absolute_uri(resolution_url(target)),
        "api_url": request.build_absolute_uri(api_url or f"/api/resolutions/{resolution_path(target)}/"),
    }


def official_resolution(target):
    return {lang: f"https://undocs.org/{lang}/{resolution_path(target)}" for lang in ("zh", "en")}


def body_summary(request, body, api_url=None):
    return {
        "id": body["id"],
        "kind": body["kind"],
        "name_en": body.get("name_en"),
        "acronym": body.get("acronym") or None,
        "names_zh": body.get("names_zh", []) + body.get("short_zh", []),
        "names_zh_hant": body.get("names_zh_hant", []),
        "url": request.build_absolute_uri(body_url(body["id"])),
        "api_url": request.build_absolute_uri(api_url or f"/api/bodies/{body_slug(body['id'])}/"),
    }


def years_json(reference_type, target):
    """[{year, paragraphs}] oldest first; `year` null counts the paragraphs of undated documents."""
    return [{"year": year, "paragraphs": count} for year, count in citation_years(reference_type, target)]
