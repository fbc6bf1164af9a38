"""The read-only JSON interface (design.md §6): UTF-8, no ASCII escaping, same data as the pages."""
from django.http import Http404, JsonResponse
from django.shortcuts import redirect

from .citations import (
    body_by_slug,
    body_slug,
    body_url,
    resolution_info,
    resolution_path,
    resolution_url,
    understand_resolution,
)
from .models import Document, Reference
from .querysets import cited_resolutions, citing_paragraphs, mentioned_bodies


def _json(data, status=200):
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1})


def _document_summary(request, document):
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


def document_list(request):
    documents = Document.objects.order_by("-date", "symbol", "key").prefetch_related("paragraphs")
    return _json(
        [dict(_document_summary(request, document), paragraph_count=len(document.paragraphs.all())) for document in documents]
    )


def document_detail(request, path):
    document, canonical = Document.objects.resolve(path, request.GET.get("lang"))
    if document is None:
        raise Http404("No such document")
    if not canonical:
        return redirect(document.get_api_url(), permanent=True)
    paragraphs = document.paragraphs.prefetch_related("links", "references")
    data = _document_summary(request, document)
    data["source"] = {"file": document.source_file, "sha256": document.source_sha256}
    data["paragraphs"] = [
        {
            "anchor": paragraph.anchor,
            "label": paragraph.label,
            "kind": paragraph.kind,
            "section": paragraph.section,
            "speaker": paragraph.speaker or None,
            "speaker_affiliation": paragraph.speaker_affiliation or None,
            "text": paragraph.text,
            "url": request.build_absolute_uri(paragraph.get_absolute_url()),
            "links": [link.url for link in paragraph.links.all()],
            "references": [_reference(reference) for reference in paragraph.references.all()],
        }
        for paragraph in paragraphs
    ]
    return _json(data)


def _reference(reference):
    return {
        "type": reference.type,
        "target": reference.target or None,
        "surface": reference.surface,
        "start": reference.start,
        "end": reference.end,
        "pinpoint": reference.pinpoint or None,
        "status": reference.status,
    }


def citing_json(request, paragraphs, reference_type, target):
    return _json(_citing(request, paragraphs, reference_type, target))


def _citing(request, paragraphs, reference_type, target):
    return [
        {
            "document": paragraph.document.path,
            "document_title": paragraph.document.title,
            "date": paragraph.document.date.isoformat() if paragraph.document.date else None,
            "anchor": paragraph.anchor,
            "label": paragraph.label,
            "url": request.build_absolute_uri(paragraph.get_absolute_url()),
            "text": paragraph.text,
            "references": [
                _reference(r) for r in paragraph.references.all() if r.type == reference_type and r.target == target
            ],
        }
        for paragraph in paragraphs
    ]


def _resolution_summary(request, target):
    info = resolution_info(target)
    return {
        "symbol": target,
        "organ": "Security Council" if target.startswith("S/") else "General Assembly",
        "adopted": info.get("adopted") or None,
        "title_zh": info.get("title_zh") or None,
        "title_en": info.get("title_en") or None,
        "url": request.build_absolute_uri(resolution_url(target)),
        "api_url": request.build_absolute_uri(f"/api/resolutions/{resolution_path(target)}/"),
    }


def _body_summary(request, body):
    return {
        "id": body["id"],
        "kind": body["kind"],
        "name_en": body.get("name_en"),
        "acronym": body.get("acronym") or None,
        "names_zh": body.get("names_zh", []) + body.get("short_zh", []),
        "names_zh_hant": body.get("names_zh_hant", []),
        "url": request.build_absolute_uri(body_url(body["id"])),
        "api_url": request.build_absolute_uri(f"/api/bodies/{body_slug(body['id'])}/"),
    }


def resolution_list(request):
    return _json(
        [
            dict(_resolution_summary(request, target), citing_paragraphs=count)
            for rows in cited_resolutions().values()
            for target, count, _ in rows
        ]
    )


def resolution_detail(request, path):
    target = understand_resolution(path)
    if target is None:
        raise Http404("Unknown resolution")
    paragraphs = citing_paragraphs(Reference.RESOLUTION, target)
    return _json(
        dict(
            _resolution_summary(request, target),
            official={lang: f"https://undocs.org/{lang}/{resolution_path(target)}" for lang in ("zh", "en")},
            paragraphs=_citing(request, paragraphs, Reference.RESOLUTION, target),
        )
    )


def body_list(request):
    return _json(
        [dict(_body_summary(request, body), citing_paragraphs=count) for rows in mentioned_bodies().values() for body, count in rows]
    )


def body_detail(request, slug):
    body = body_by_slug(slug)
    if body is None:
        raise Http404("Unknown body")
    paragraphs = citing_paragraphs(Reference.BODY, body["id"])
    return _json(dict(_body_summary(request, body), paragraphs=_citing(request, paragraphs, Reference.BODY, body["id"])))
