"""The read-only, unversioned JSON interface users' scripts cite (/api/documents/, …): UTF-8, no
ASCII escaping, the same data as the pages, in the shapes version 1 gives (archive.serialisers);
version 1 (api/v1.py) adds paging, errors and a schema. Its routes keep their addresses: they
sit among the pages, whose /en/ form redirects to them (archive.middleware)."""
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import path
from django.views.decorators.http import require_safe

from archive.citations import body_by_slug, understand_resolution
from archive.citing import cited_resolutions, citing_paragraphs, mentioned_bodies
from archive.models import Document, Reference
from archive.narrowing import narrowed_paragraph
from archive.serialisers import (
    body_summary,
    citing_paragraph_json,
    document_json,
    document_summary,
    documents_with_counts,
    official_resolution,
    resolution_summary,
    years_json,
)


def json_answer(data, status=200):
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1})


def document_list(request):
    return json_answer(
        [dict(document_summary(request, document), paragraph_count=document.paragraph_count) for document in documents_with_counts()]
    )


def document_detail(request, path):
    document, canonical = Document.objects.resolve(path, request.GET.get("lang"))
    if document is None:
        raise Http404("No such document")
    if not canonical:
        return redirect(document.get_api_url(), permanent=True)
    return json_answer(document_json(request, document, document_summary(request, document)))


def resolution_list(request):
    return json_answer(
        [
            dict(resolution_summary(request, target), citing_paragraphs=count)
            for rows in cited_resolutions().values()
            for target, count, _ in rows
        ]
    )


def resolution_detail(request, path):
    target = understand_resolution(path)
    if target is None:
        raise Http404("Unknown resolution")
    paragraphs = citing_paragraphs(Reference.RESOLUTION, target, narrowed_paragraph(request))
    return json_answer(
        dict(
            resolution_summary(request, target),
            official=official_resolution(target),
            citations_by_year=years_json(Reference.RESOLUTION, target),
            paragraphs=[citing_paragraph_json(request, p, Reference.RESOLUTION, target) for p in paragraphs],
        )
    )


def body_list(request):
    return json_answer(
        [dict(body_summary(request, body), citing_paragraphs=count) for rows in mentioned_bodies().values() for body, count in rows]
    )


def body_detail(request, slug):
    body = body_by_slug(slug)
    if body is None:
        raise Http404("Unknown body")
    paragraphs = citing_paragraphs(Reference.BODY, body["id"])
    return json_answer(
        dict(
            body_summary(request, body),
            citations_by_year=years_json(Reference.BODY, body["id"]),
            paragraphs=[citing_paragraph_json(request, p, Reference.BODY, body["id"]) for p in paragraphs],
        )
    )


app_name = "api"
urlpatterns = [
    path("api/documents/", require_safe(document_list), name="document-list"),
    path("api/documents/<path:path>/", require_safe(document_detail), name="document"),
    path("api/resolutions/", require_safe(resolution_list), name="resolution-list"),
    path("api/resolutions/<path:path>/", require_safe(resolution_detail), name="resolution"),
    path("api/bodies/", require_safe(body_list), name="body-list"),
    path("api/bodies/<slug:slug>/", require_safe(body_detail), name="body"),
]
