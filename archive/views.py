"""Pages: home, documents, a document paragraph by paragraph, a paragraph's permalink, and the
resolutions and bodies the archive cites."""

from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db import models
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from search.views import within_document
from unref import WRONG_YEAR, resolution_named

from . import bibliography
from .charts import year_chart
from .citations import (
    SUB_PARAGRAPH,
    Held,
    body_by_slug,
    body_slug,
    disagreement_text,
    register_disagreement,
    resolution_info,
    resolution_path,
    resolution_url,
    treaty_by_slug,
    understand_resolution,
)
from .cite import cite_paragraph
from .citing import (
    cited_by,
    cited_resolutions,
    cited_together,
    citing_documents,
    citing_paragraphs,
    document_references,
    group_by_document,
    mentioned_bodies,
    mentioned_treaties,
)
from .language_versions import counterparts
from .lookup import meant_url
from .middleware import neutral_url
from .models import Document, Paragraph, Provenance, Reference
from .narrowing import narrowed_paragraph
from .originals import content_type, download_name, original_path
from .paging import CITING_PER_PAGE, document_page, with_page_numbers
from .resolution_text import citing_by_anchor, held_text, most_cited, text_rows
from .versions import original, versions


def home(request):
    resolutions = sorted(
        (row for rows in cited_resolutions().values() for row in rows), key=lambda row: -row[1]
    )
    return render(
        request,
        "archive/home.html",
        {
            "counts": {
                "documents": Document.objects.count(),
                "paragraphs": Paragraph.objects.count(),
                "resolutions": len(resolutions),
                "bodies": sum(len(rows) for rows in mentioned_bodies().values()),
            },
            "most_cited": resolutions[:8],
            "latest": Document.objects.order_by(models.F("date").desc(nulls_last=True), "-imported_at")[:8],
        },
    )


def document_list(request):
    documents = Document.objects.filtered(request.GET).order_by(models.F("date").desc(nulls_last=True), "symbol", "key")
    page = Paginator(documents, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "archive/document_list.html",
        {
            "page": page,
            "facets": Document.objects.facets(),
            "chosen": request.GET,
            "query": _query_without_page(request),
            "json_twin": api_v1_url("documents"),
        },
    )


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def document_or_paragraph(request, path):
    """`/documents/CD/2118/` is a document; `/documents/CD/2118/5-f/` one of its paragraphs."""
    language = request.GET.get("lang")
    document, canonical = Document.objects.resolve(path, language)
    if document is not None:
        if not canonical:
            return redirect(document.get_absolute_url(), permanent=True)
        return _document_page(request, document)
    document, canonical, anchor = Document.objects.split_paragraph_path(path, language)
    if document is None:
        return _mistyped(path, language)
    paragraph = document.paragraphs.filter(anchor=anchor).first()
    if paragraph is not None:
        if not canonical:
            return redirect(paragraph.get_absolute_url(), permanent=True)
        return _paragraph_page(request, paragraph)
    change = document.anchor_changes.filter(anchor=anchor).first()
    if change is not None and change.change == change.MOVED:
        moved = document.paragraphs.filter(anchor=change.new_anchor).first()
        if moved is not None:
            return redirect(moved.get_absolute_url(), permanent=True)
    if change is not None:
        return render(request, "archive/paragraph_gone.html", {"document": document, "change": change}, status=410)
    enclosing = _enclosing_paragraph(document, anchor)
    if enclosing is not None:
        return redirect(enclosing.get_absolute_url())
    return _mistyped(path, language)


def _enclosing_paragraph(document, anchor):
    """The paragraph holding a sub-paragraph the text does not anchor on its own: a citation of
    `8 (a) (iii)` leads to 8 (a), or to 8, where the text sets its sub-paragraphs inline."""
    if not SUB_PARAGRAPH.fullmatch(anchor):
        return None
    while "-" in anchor:
        anchor = anchor.rsplit("-", 1)[0]
        if (paragraph := document.paragraphs.filter(anchor=anchor).first()) is not None:
            return paragraph
    return None


def _mistyped(path, language):
    url = meant_url(path, language)
    if url is None:
        raise Http404("No such document or paragraph")
    return redirect(url, permanent=True)


def _document_page(request, document):
    page, paragraphs = document_page(document, request.GET.get("page"))
    paragraphs = paragraphs.prefetch_related("links", "references")
    return render(
        request,
        "archive/document_detail.html",
        {
            **within_document(request, document, paragraphs),
            "document": document,
            "page": page,
            "paragraphs": paragraphs,
            "query": _query_without_page(request),
            "held_symbols": held_symbols(),
            "cites": document_references(document),
            "cited_by": cited_by(document),
            "original_url": _original_url(document.source_sha256),
            "json_twin": api_v1_url("document", document.language, path=document.path),
            "provenance": document.provenance.filter(language=document.language).first(),
            "english_original": _english_original(document),
            "versions": _version_rows(document, versions(document.symbol, _held_versions(document))),
            **bibliography.on_page(bibliography.document_record(request, document), document.path),
        },
    )


def _original_url(sha256):
    return neutral_url(reverse("archive:original", args=[sha256])) if original_path(sha256) else ""


def _english_original(document):
    """The English original collected for this document's symbol, when the archive keeps it
    (the pipeline imports Chinese documents; the English file is offered for download)."""
    english = document.provenance.filter(language="en").first()
    url = _original_url(english.sha256) if english is not None else ""
    return {"url": url, "provenance": english} if url else None


VERSION_OF = {"revision": _("修订的是"), "correction": _("更正的是"), "addendum": _("增编所属文件"), "amendment": _("修正的是")}


def _version_rows(document, found):
    """(label, [(symbol, url)]) for each relation of the document's versions, its parent first."""
    def links(symbols):
        urls = [reverse("archive:document", kwargs={"path": symbol}) for symbol in symbols]
        return [(symbol, url if document.language == "zh-Hans" else f"{url}?lang={document.language}") for symbol, url in zip(symbols, urls)]

    rows = [(VERSION_OF[found.kind], links([found.parent]))] if found.parent else []
    for label, symbols in ((_("更正"), found.corrected_by), (_("修订本"), found.revised_by), (_("增编"), found.addenda), (_("修正"), found.amended_by)):
        if symbols:
            rows.append((label, links(symbols)))
    return {"rows": rows, "current": links([found.current])[0] if found.current else None}


def _held_versions(document):
    """Symbols of the same language that may be versions of this document or share its original."""
    if not document.symbol:
        return []
    family = original(document.symbol)
    return Document.objects.filter(models.Q(symbol=family) | models.Q(symbol__startswith=f"{family}/"), language=document.language).values_list("symbol", flat=True)


def original_file(request, sha256):
    """The file a document was imported from, as imported, when the archive keeps it."""
    path = original_path(sha256)
    document = Document.objects.filter(source_sha256=sha256).first() if path else None
    name = document.source_file if document is not None else None
    if path and name is None:  # an English original collected beside a Chinese document has no document of its own
        name = Provenance.objects.filter(sha256=sha256).values_list("file_name", flat=True).first()
    if name is None:
        raise Http404("No such original")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=download_name(name), content_type=content_type(path))


def _paragraph_page(request, paragraph):
    document = paragraph.document
    neighbours = document.paragraphs.filter(
        ordinal__gte=paragraph.ordinal - 1, ordinal__lte=paragraph.ordinal + 1
    ).prefetch_related("references")
    earlier = document.anchor_changes.filter(anchor=paragraph.anchor, change="moved").first()
    moved_to = document.paragraphs.filter(anchor=earlier.new_anchor).first() if earlier else None
    return render(
        request,
        "archive/paragraph_detail.html",
        {
            "document": document,
            "paragraph": paragraph,
            "neighbours": neighbours,
            "earlier": earlier,
            "moved_to": moved_to,
            "references": paragraph.references.all(),
            "held_symbols": held_symbols(),
            "citation": cite_paragraph(paragraph),
            "counterparts": counterparts(paragraph),
            **bibliography.on_page(bibliography.paragraph_record(request, paragraph), f"{document.path}/{paragraph.anchor}"),
            "json_twin": api_v1_url("paragraph", document.language, path=f"{document.path}/{paragraph.anchor}"),
        },
    )


def api_v1_url(name, language=None, **kwargs):
    """A page's JSON twin in `/api/v1/` (the API new scripts use), in the page's document language."""
    url = reverse(f"api-v1:{name}", kwargs=kwargs)
    return f"{url}?lang={language}" if language and language != "zh-Hans" else url


def held_symbols():
    return Held(Document.objects.exclude(symbol="").values_list("symbol", flat=True))


def resolution_list(request):
    return render(
        request,
        "archive/resolution_list.html",
        {"groups": cited_resolutions(), "json_twin": api_v1_url("resolutions")},
    )


def resolution_detail(request, path):
    target = understand_resolution(path)
    if target is None:
        return resolution_not_found(request, path)
    if resolution_path(target) != path:
        return redirect(resolution_url(target), permanent=True)
    narrowed = narrowed_paragraph(request)
    text, citing = held_text(target), citing_by_anchor(target)
    return render(
        request,
        "archive/resolution_detail.html",
        {
            "target": target,
            "info": resolution_info(target),
            "official_path": resolution_path(target),
            "narrowed": narrowed,
            "text": text,
            "text_rows": text_rows(text, citing) if text else [],
            "most_cited": most_cited(citing),
            **_citing_pages(request, Reference.RESOLUTION, target, narrowed),
            "cited_together": cited_together(Reference.RESOLUTION, target),
            "json_twin": api_v1_url("resolution", path=resolution_path(target)),
            "atom_twin": neutral_url(reverse("archive:resolution-feed", kwargs={"path": resolution_path(target)})),
        },
    )


def resolution_not_found(request, path):
    """The site's 404, saying why when the register rules the resolution out. A wrong year is
    not redirected to the right one: the address is a citation, and a reader checking it must
    learn that it is wrong, so the page names the right resolution and links it instead."""
    disagreement = register_disagreement(resolution_named(path))
    if disagreement is None:
        raise Http404("Unknown resolution")
    right = f"S/RES/{disagreement.number} ({disagreement.earliest})" if disagreement.kind == WRONG_YEAR else None
    context = {"register_note": disagreement_text(disagreement), "right": right, "right_url": right and resolution_url(right)}
    return render(request, "errors/404.html", context, status=404)


def _citing_pages(request, reference_type, target, paragraph=None):
    """What a resolution's or body's page shows of its citing paragraphs: a summary of every
    citing document (counts, and the page each begins on), the year chart, and one page of
    paragraphs grouped by document (archive/paging.py); for a resolution, narrowed to the
    citations of one of its paragraphs when `paragraph` names one."""
    documents = citing_documents(reference_type, target, paragraph)
    summary = with_page_numbers(documents)
    begins = {document.pk: number for document, _, number in summary}
    page = Paginator(citing_paragraphs(reference_type, target, paragraph), CITING_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "query": _query_without_page(request),
        "summary": summary,
        "citation_count": sum(count for _, count in documents),
        "chart": year_chart(documents),
        "page": page,
        "groups": [
            (document, paragraphs, begins[document.pk] < page.number)
            for document, paragraphs in group_by_document(page.object_list)
        ],
        "held_symbols": held_symbols(),
    }


def resolution_shortcut(request, number):
    """`/r/1540` — the short form people type."""
    target = understand_resolution(number)
    if target is None:
        return resolution_not_found(request, number)
    return redirect(resolution_url(target))


BODY_KINDS = {
    "un_organ": _("联合国主要机关"),
    "un_body": _("联合国附属机构和办事处"),
    "organisation": _("国际和区域组织"),
    "regime": _("出口管制制度和倡议"),
    "institute": _("研究机构"),
    "company": _("公司"),
}


def body_list(request):
    groups = mentioned_bodies()
    ordered = [(BODY_KINDS.get(kind, kind), groups[kind]) for kind in [*BODY_KINDS, *sorted(set(groups) - set(BODY_KINDS))] if kind in groups]
    return render(
        request, "archive/body_list.html", {"groups": ordered, "json_twin": api_v1_url("bodies")}
    )


def body_detail(request, slug):
    body = body_by_slug(slug)
    if body is None:
        raise Http404("Unknown body")
    return _named_page(request, body, "body", Reference.BODY)


def treaty_list(request):
    return render(request, "archive/treaty_list.html", {"rows": mentioned_treaties()})


def treaty_detail(request, slug):
    """A treaty's page, as a body's: its names in every form and the paragraphs mentioning it."""
    treaty = treaty_by_slug(slug)
    if treaty is None:
        raise Http404("Unknown treaty")
    return _named_page(request, treaty, "treaty", Reference.TREATY)


def _named_page(request, entry, section, reference_type):
    """A body's or treaty's page (one template): names, feed and exports, citing paragraphs."""
    slug = body_slug(entry["id"])
    links = {
        "feed_url": neutral_url(reverse(f"archive:{section}-feed", kwargs={"slug": slug})),
        "csv_url": neutral_url(reverse(f"archive:{section}-export", kwargs={"slug": slug, "fmt": "csv"})),
        "json_url": neutral_url(reverse(f"archive:{section}-export", kwargs={"slug": slug, "fmt": "json"})),
    }
    links["atom_twin"] = links["feed_url"]
    links["json_twin"] = api_v1_url(section, slug=slug)
    return render(request, "archive/body_detail.html", {"body": entry, **links, **_citing_pages(request, reference_type, entry["id"])})


def robots_txt(request):
    """Crawlers are welcome to the documents, and pointed to the sitemap; search and its API are
    kept from them: each request costs far more than a page, and their URLs never end."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('search:results')}",
        f"Disallow: {reverse('search:api')}",
        f"Disallow: {reverse('api-v1:search')}",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('archive:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def opensearch_description(request):
    """Lets a browser add the archive as a search engine (OpenSearch 1.1)."""
    return render(
        request,
        "opensearch.xml",
        {"origin": request.build_absolute_uri("/").rstrip("/")},
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


NOT_FOUND = "未找到 (not found)"
BAD_REQUEST = "请求无效 (bad request)"


def _answers_json(request):
    """The legacy API and the `….json` exports answer in JSON, errors too, in the shape
    `/api/v1/` gives them: a program reading them should not meet a web page."""
    path = neutral_url(request.path)
    return path.startswith("/api/") or path.endswith(".json")


def _json_error(status, message):
    return JsonResponse({"status": status, "message": message}, status=status, json_dumps_params={"ensure_ascii": False})


def not_found(request, exception=None):
    """A dead end that is not one: the site's header, the reader's language, a search box."""
    if _answers_json(request):
        return _json_error(404, NOT_FOUND)
    words = neutral_url(request.path).replace("\x00", "").strip("/").split("/", 1)
    query = words[1] if len(words) == 2 and words[0] == "documents" else ""
    return render(request, "errors/404.html", {"query": query}, status=404)


def bad_request(request, exception=None):
    """A request Django refuses before any page (thousands of parameters): the site's layout and
    the reader's language, not Django's bare English line. A parameter the archive refuses says
    why (archive/narrowing.py)."""
    message = str(exception) if isinstance(exception, BadRequest) else ""
    if _answers_json(request):
        return _json_error(400, message or BAD_REQUEST)
    return render(request, "errors/400.html", {"message": message}, status=400)


def csrf_failure(request, reason=""):
    """A form sent without this site's token (a stale page, cookies refused, another site posting):
    say what to do, in the site's layout and the reader's language (CSRF_FAILURE_VIEW)."""
    return render(request, "403_csrf.html", status=403)


def server_error(request):
    """The site's layout if it can still be drawn; a plain line if not."""
    try:
        return render(request, "errors/500.html", status=500)
    except Exception:  # noqa: BLE001 — the error page itself must never fail
        return HttpResponse(SERVER_ERROR, content_type="text/plain; charset=utf-8", status=500)


SERVER_ERROR = "服务器出错，请稍后再试 (server error: please try again later)\n"
