"""The read-only JSON interface (design.md §6): UTF-8, no ASCII escaping, same data as the pages."""
from django.http import Http404, JsonResponse
from django.shortcuts import redirect

from .models import Document


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
    paragraphs = document.paragraphs.prefetch_related("links")
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
            "references": [],
        }
        for paragraph in paragraphs
    ]
    return _json(data)
