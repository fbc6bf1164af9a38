"""Version 1 of the JSON interface (docs/api.md), with django-ninja: paged envelopes, JSON errors
`{status, message}`, absolute URLs, and the OpenAPI schema at /api/v1/openapi.json.
The serialisers are the unversioned API's (archive/serialisers.py), so both say the same."""
import logging
from typing import ClassVar

from django.core.exceptions import BadRequest, RequestDataTooBig
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.debug import sensitive_variables
from ninja import NinjaAPI, Query
from ninja.errors import HttpError, ValidationError
from ninja.pagination import paginate
from ninja.renderers import JSONRenderer

from archive import serialisers
from archive.bulk import files as bulk_files
from archive.bulk.views import file_url
from archive.checking import MAX_CHARACTERS, TOO_LONG, find_references
from archive.citations import (
    body_by_slug,
    body_slug,
    resolution_path,
    treaty_by_slug,
    treaty_url,
    understand_resolution,
)
from archive.citing import (
    cited_resolutions,
    citing_paragraphs,
    mentioned_bodies,
    mentioned_treaties,
)
from archive.models import Document, Reference
from archive.narrowing import narrowed_paragraph
from archive.views import BAD_REQUEST, NOT_FOUND
from search import dates, engine
from search.views import UNAVAILABLE

from . import schemas
from .paging import Envelope, LazyPage, links

logger = logging.getLogger(__name__)


class UnescapedJSON(JSONRenderer):
    """UTF-8 without ASCII escapes, as the unversioned API answers."""

    json_dumps_params: ClassVar[dict] = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=UnescapedJSON(),
    title="第1540(2004)号决议文献库 API (UN 1540 documents archive)",
    version="1",
    description="Read-only; see docs/api.md. 只读接口。",
    urls_namespace="api-v1",
    docs_url=None,
)
NOT_JSON = "请求正文不是有效的 JSON (the request body is not valid JSON)"
TOO_LARGE = "请求过大 (the request is too large)"
UNENCODABLE = "文本含有无法编码的字符（孤立的代理码位）(the text holds characters that cannot be encoded: lone surrogates)"


def error(request, status, message, **extra):
    return api.create_response(request, {"status": status, "message": str(message), **extra}, status=status)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    unparsable = exc.status_code == 400 and str(exc.message).startswith("Cannot parse request body")
    return error(request, exc.status_code, NOT_JSON if unparsable else exc.message)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error(request, 404, NOT_FOUND)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    details = "; ".join(f"{'.'.join(str(part) for part in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors)
    return error(request, 400, f"{BAD_REQUEST}: {details}" if details else BAD_REQUEST)


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    return error(request, 413, TOO_LARGE)


def _v1(name, **kwargs):
    return reverse(f"api-v1:{name}", kwargs=kwargs)


@api.get("/", response=dict[str, str], url_name="index")
def index(request):
    """Where each list and the schema are."""
    names = ["documents", "resolutions", "bodies", "treaties", "search", "references", "bulk", "openapi-json"]
    return {name.removesuffix("-json"): request.build_absolute_uri(_v1(name)) for name in names}


@api.get("/bulk/", response=schemas.BulkExport, url_name="bulk")
def bulk(request):
    """The current bulk export of the whole archive: its files with URLs, sizes and SHA-256
    (fields: docs/bulk.md). Before the first `manage.py export_corpus` the list is empty, not a
    404: the API index links here, and a link there must always answer."""
    page = request.build_absolute_uri(reverse("archive:bulk"))
    manifest = bulk_files.current()
    if manifest is None:
        return {"date": None, "created": None, "schema_version": None, "pipeline": None, "knowledge": None, "counts": {}, "files": [], "page": page}
    files = [dict(file, url=request.build_absolute_uri(file_url(file["name"]))) for file in manifest["files"]]
    return {**manifest, "schema_version": manifest["schema"], "files": files, "page": page}


# Documents and paragraphs

@api.get("/documents/", response=list[schemas.DocumentOut], url_name="documents")
@paginate(Envelope)
def documents(request, year: str = "", organ: str = "", type: str = "", lang: str = ""):
    """Documents newest first, filtered like the list page (`year`, `organ`, `type`, `lang`)."""
    filters = {"year": year, "organ": organ, "type": type, "lang": lang}
    return LazyPage(serialisers.documents_with_counts().filtered(filters), lambda d: _document_summary(request, d))


def _document_summary(request, document):
    return dict(
        serialisers.document_summary(request, document),
        api_url=request.build_absolute_uri(_v1("document", path=document.path)) + _lang(document),
        paragraph_count=document.paragraph_count,
    )


def _lang(document):
    return "" if document.language == "zh-Hans" else f"?lang={document.language}"


@api.get("/paragraphs/{path:path}/", response=schemas.ParagraphDetail, url_name="paragraph")
def paragraph(request, path: str, lang: str = ""):
    """One paragraph by its permalink path (`CD/2118/5-f`); a moved one redirects, a removed one is 410."""
    document, canonical, anchor = Document.objects.split_paragraph_path(path, lang or None)
    if document is None:
        raise HttpError(404, NOT_FOUND)
    found = document.paragraphs.filter(anchor=anchor).prefetch_related("links", "references").first()
    if found is None:
        change = document.anchor_changes.filter(anchor=anchor).first()
        moved = change and change.change == change.MOVED and document.paragraphs.filter(anchor=change.new_anchor).first()
        if moved:
            return redirect(_v1("paragraph", path=f"{document.path}/{moved.anchor}") + _lang(document), permanent=True)
        if change is None:
            raise HttpError(404, NOT_FOUND)
        return error(request, 410, "此段已删除 (this paragraph was removed)", last_text=change.old_text)
    if not canonical:
        return redirect(_v1("paragraph", path=f"{document.path}/{anchor}") + _lang(document), permanent=True)
    counted = serialisers.documents_with_counts().get(pk=document.pk)
    return dict(serialisers.paragraph_json(request, found), document=_document_summary(request, counted))


@api.get("/documents/{path:path}/", response=schemas.DocumentDetail, url_name="document")
def document(request, path: str, lang: str = ""):
    """A document with every paragraph and its references; old symbols and keys redirect."""
    found, canonical = Document.objects.resolve(path, lang or None)
    if found is None:
        raise HttpError(404, NOT_FOUND)
    if not canonical:
        return redirect(_v1("document", path=found.path) + _lang(found), permanent=True)
    counted = serialisers.documents_with_counts().get(pk=found.pk)
    return serialisers.document_json(request, found, _document_summary(request, counted))


# Resolutions and bodies

@api.get("/resolutions/", response=list[schemas.ResolutionOut], url_name="resolutions")
@paginate(Envelope)
def resolutions(request):
    """Every resolution the archive cites, Security Council first, by number."""
    return [
        _resolution_summary(request, target, count)
        for rows in cited_resolutions().values()
        for target, count, _ in rows
    ]


def _resolution_summary(request, target, count):
    api_url = _v1("resolution", path=resolution_path(target))
    return dict(serialisers.resolution_summary(request, target, api_url), citing_paragraphs=count)


def _resolution(path):
    target = understand_resolution(path)
    if target is None:
        raise HttpError(404, NOT_FOUND)
    return target


@api.get("/resolutions/{path:path}/citing/", response=list[schemas.CitingParagraph], url_name="resolution-citing")
@paginate(Envelope)
def resolution_citing(request, path: str, paragraph: str = ""):
    """The paragraphs citing a resolution, newest document first; `paragraph` (`3`, `3(c)`)
    narrows them to the citations of one of its operative paragraphs and its sub-paragraphs."""
    target = _resolution(path)
    try:
        anchor = narrowed_paragraph(request)
    except BadRequest as refused:
        raise HttpError(400, str(refused)) from refused
    return _citing(request, Reference.RESOLUTION, target, anchor)


@api.get("/resolutions/{path:path}/", response=schemas.ResolutionDetail, url_name="resolution")
def resolution(request, path: str):
    """A resolution: titles, official texts, citing paragraphs by year, and where to page through them."""
    target = _resolution(path)
    if resolution_path(target) != path:
        return redirect(_v1("resolution", path=resolution_path(target)), permanent=True)
    years = serialisers.years_json(Reference.RESOLUTION, target)
    return dict(
        _resolution_summary(request, target, _total(years)),
        official=serialisers.official_resolution(target),
        citations_by_year=years,
        citing_url=request.build_absolute_uri(_v1("resolution-citing", path=resolution_path(target))),
    )


def _total(years):
    """Citing paragraphs in all: the years' counts, undated included, add up to it."""
    return sum(year["paragraphs"] for year in years)


def _citing(request, reference_type, target, paragraph=None):
    return LazyPage(
        citing_paragraphs(reference_type, target, paragraph),
        lambda paragraph: serialisers.citing_paragraph_json(request, paragraph, reference_type, target),
    )


@api.get("/bodies/", response=list[schemas.BodyOut], url_name="bodies")
@paginate(Envelope)
def bodies(request):
    """Every body of the gazetteer the archive mentions, by kind."""
    return [_body_summary(request, body, count) for rows in mentioned_bodies().values() for body, count in rows]


def _body_summary(request, body, count):
    api_url = _v1("body", slug=body_slug(body["id"]))
    return dict(serialisers.body_summary(request, body, api_url), citing_paragraphs=count)


def _body(slug):
    body = body_by_slug(slug)
    if body is None:
        raise HttpError(404, NOT_FOUND)
    return body


@api.get("/bodies/{slug}/citing/", response=list[schemas.CitingParagraph], url_name="body-citing")
@paginate(Envelope)
def body_citing(request, slug: str):
    """The paragraphs mentioning a body, newest document first."""
    return _citing(request, Reference.BODY, _body(slug)["id"])


@api.get("/bodies/{slug}/", response=schemas.BodyDetail, url_name="body")
def body(request, slug: str):
    """A body: its names, citing paragraphs by year, and where to page through them."""
    found = _body(slug)
    years = serialisers.years_json(Reference.BODY, found["id"])
    return dict(
        _body_summary(request, found, _total(years)),
        citations_by_year=years,
        citing_url=request.build_absolute_uri(_v1("body-citing", slug=body_slug(found["id"]))),
    )


@api.get("/treaties/", response=list[schemas.TreatyOut], url_name="treaties")
@paginate(Envelope)
def treaties(request):
    """Every treaty of the gazetteer the archive mentions, in the gazetteer's order."""
    return [_treaty_summary(request, treaty, count) for treaty, count in mentioned_treaties()]


def _treaty_summary(request, treaty, count):
    return {
        "id": treaty["id"],
        "name_en": treaty.get("name_en"),
        "acronym": treaty.get("acronym") or None,
        "names_zh": treaty.get("names_zh", []) + treaty.get("short_zh", []),
        "names_zh_hant": treaty.get("names_zh_hant", []),
        "url": request.build_absolute_uri(treaty_url(treaty["id"])),
        "api_url": request.build_absolute_uri(_v1("treaty", slug=body_slug(treaty["id"]))),
        "citing_paragraphs": count,
    }


def _treaty(slug):
    treaty = treaty_by_slug(slug)
    if treaty is None:
        raise HttpError(404, NOT_FOUND)
    return treaty


@api.get("/treaties/{slug}/citing/", response=list[schemas.CitingParagraph], url_name="treaty-citing")
@paginate(Envelope)
def treaty_citing(request, slug: str):
    """The paragraphs mentioning a treaty, newest document first."""
    return _citing(request, Reference.TREATY, _treaty(slug)["id"])


@api.get("/treaties/{slug}/", response=schemas.TreatyDetail, url_name="treaty")
def treaty(request, slug: str):
    """A treaty: its names, citing paragraphs by year, and where to page through them."""
    found = _treaty(slug)
    years = serialisers.years_json(Reference.TREATY, found["id"])
    return dict(
        _treaty_summary(request, found, _total(years)),
        citations_by_year=years,
        citing_url=request.build_absolute_uri(_v1("treaty-citing", slug=body_slug(found["id"]))),
    )


# Search and the citation check

@api.get("/search/", response=schemas.SearchPage, url_name="search")
def search(
    request,
    q: str = "",
    page: int = Query(1, ge=1, le=10_000),
    sort: str = "relevance",
    document: str = "",
    language: str = "",
    year: str = "",
    resolution: str = "",
    body: str = "",
    date_from: str = Query("", alias="from"),
    date_to: str = Query("", alias="to"),
):
    """Paragraphs matching `q`, 20 a page, best first (or newest first with `sort=date`);
    `from`/`to` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) keep dated documents in that range;
    `language` (zh-Hans, zh-Hant, en) keeps one language's documents."""
    filters = {"document": document, "language": language, "year": year, "resolution": resolution, "body": body, "from": date_from, "to": date_to}
    try:
        dates.date_range(date_from, date_to)
    except dates.InvalidDate as invalid:
        return error(request, 400, invalid)
    try:
        outcome = engine.search(q, page=page, sort=sort, filters=filters)
    except Exception:  # whatever breaks in the index, the script gets a clear 503
        logger.exception("Search index unreadable")
        return error(request, 503, UNAVAILABLE)
    following, preceding = links(request, page, outcome.pages)
    data = outcome.as_dict()
    return {
        "count": outcome.total,
        "next": following,
        "previous": preceding,
        "results": [_hit(request, hit) for hit in outcome.hits],
        "query": data["query"],
        "estimated": outcome.estimated,
        "understood": dict(data["understood"], links=[dict(link, url=request.build_absolute_uri(link["url"])) for link in outcome.links]),
        "facets": data["facets"],
    }


def _hit(request, hit):
    return dict(
        hit.as_dict(),
        url=request.build_absolute_uri(hit.paragraph.get_in_document_url()),
        permalink=request.build_absolute_uri(hit.paragraph.get_absolute_url()),
    )


@api.post("/references/", response={200: schemas.FoundReferences, 400: schemas.Error, 413: schemas.Error, 415: schemas.Error}, url_name="references")
@sensitive_variables()
def references(request, draft: schemas.Draft):
    """Every resolution, document, body and treaty reference in `text` (the first 1,000, and
    `truncated` when there were more), with offsets into it, whether the archive holds what it
    cites, and a link. Stores nothing."""
    if len(draft.text) > MAX_CHARACTERS:
        return error(request, 413, TOO_LONG % {"limit": MAX_CHARACTERS})
    try:
        draft.text.encode()  # JSON may escape a lone surrogate ("\ud800"), which no answer can hold
    except UnicodeEncodeError:
        return error(request, 400, UNENCODABLE)
    found, truncated = find_references(draft.text)
    return {
        "references": [dict(item, url=item["url"] and request.build_absolute_uri(item["url"])) for item in found],
        "truncated": truncated,
    }


@api.api_operation(["GET", "POST", "PUT", "PATCH", "DELETE"], "/{path:rest}", include_in_schema=False)
def unknown(request, rest: str):
    raise HttpError(404, NOT_FOUND)
