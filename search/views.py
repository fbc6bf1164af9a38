"""The search page and its JSON twin: a few lines each; the work is in `engine`."""
import json
import logging
from functools import wraps
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from archive.cite import Citation, where
from archive.paging import paragraph_page_number

from . import concepts, dates, engine

logger = logging.getLogger(__name__)
UNAVAILABLE = "检索暂时不可用：索引无法读取，管理员需运行 manage.py build_search_index (search is unavailable: the index cannot be read)"


def _int(value, default=1):
    try:
        return max(1, min(int(value), 10_000))
    except (TypeError, ValueError):
        return default


def parameters(request):
    """What to search for, as the search page's URL says it (also read by its feed and exports).
    A malformed date range raises `dates.InvalidDate`, a 400 wherever it is not caught."""
    period = {name: request.GET.get(name, "") for name in dates.NAMES}
    dates.date_range(period["from"], period["to"])
    return {
        "query": request.GET.get("q", ""),
        "sort": request.GET.get("sort", "relevance"),
        "filters": {**{name: request.GET.get(name, "") for name in engine.FILTERS}, **period},
        "without": request.GET.getlist("without")[:50],
    }


def _run(request):
    """The search, or None when the index cannot be read (missing, corrupt, locked).
    Parameters are read first, so a malformed request is Django's 400, not "unavailable"."""
    arguments = dict(parameters(request), page=_int(request.GET.get("page")))
    try:
        return engine.search(arguments.pop("query"), **arguments)
    except Exception:  # whatever breaks in the index, the reader gets a clear page
        logger.exception("Search index unreadable")
        return None


def results(request):
    try:
        outcome = _run(request)
    except dates.InvalidDate as invalid:
        typed = {name: request.GET.get(name, "") for name in dates.NAMES}
        context = {"q": request.GET.get("q", ""), "period": typed, "invalid": str(invalid)}
        return render(request, "search/results.html", context, status=400)
    if outcome is None:
        return render(request, "search/unavailable.html", {"message": UNAVAILABLE}, status=503)
    params = {"q": outcome.understood.query, "sort": outcome.sort, **outcome.filters, "without": outcome.without}

    def link(**changes):
        merged = {**params, **changes}
        return "?" + urlencode({k: v for k, v in merged.items() if v and not (k == "sort" and v == "relevance")}, doseq=True)

    facets = [
        (name, [dict(item, url=link(**{name: item["value"]}, page=""), chosen=outcome.filters.get(name) == item["value"]) for item in items])
        for name, items in outcome.facets.items() if items
    ]
    bodies = {body for term in outcome.understood.expanded for body in term.bodies}
    context = {
        "outcome": outcome,
        "period": {name: outcome.filters.get(name, "") for name in dates.NAMES},
        "unperiod": link(page="", **dict.fromkeys(dates.NAMES, "")),
        "followed": "?" + urlencode({k: v for k, v in params.items() if v and k != "sort"}),
        "q": outcome.understood.query,
        "facets": facets,
        "chosen": [(name, value, link(**{name: ""})) for name, value in outcome.filters.items() if name in engine.FILTERS],
        "also_searched": [  # a regime's bodies are searched by id and shown by name
            (concepts.as_written(form), link(without=outcome.without + [form], page=""), form in bodies)
            for form in outcome.understood.also_searched()
        ],
        "restore": link(without=[], page="") if outcome.without else "",
        "by_relevance": link(sort="relevance"),
        "by_date": link(sort="date"),
        "previous": link(page=outcome.page - 1) if outcome.page > 1 else "",
        "next": link(page=outcome.page + 1) if outcome.page < outcome.pages else "",
        "json_twin": reverse("api-v1:search") + link(),
    }
    return render(request, "search/results.html", context)


def api_results(request):
    try:
        outcome = _run(request)
    except dates.InvalidDate as invalid:
        data, status = {"error": str(invalid)}, 400
    else:
        data, status = (outcome.as_dict(), 200) if outcome is not None else ({"error": UNAVAILABLE}, 503)
    body = json.dumps(data, ensure_ascii=False)
    return HttpResponse(body, content_type="application/json; charset=utf-8", status=status)


def unless_unavailable(view):
    """The view, or the "search unavailable" page (503) when the index cannot be read; a
    malformed date range is a 400 saying what was wrong (a feed reader or a download shows it)."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            raise
        except dates.InvalidDate as invalid:
            return HttpResponse(str(invalid), content_type="text/plain; charset=utf-8", status=400)
        except Exception:  # as in _run: whatever breaks in the index, a clear page
            logger.exception("Search index unreadable")
            return render(request, "search/unavailable.html", {"message": UNAVAILABLE}, status=503)

    return answer


def _where(paragraph):
    """Where a paragraph is in its document, as its citations say it ("第3段", "para. 3")."""
    chinese, english = where(paragraph)
    return Citation(chinese, english, chinese, english).html("zh" if (get_language() or "").startswith("zh") else "en")


NOTHING_TO_FIND = "请输入要在本文件中检索的词语 (type the words to find in this document)"


def within_document(request, document, shown):
    """What a document page shows of a search inside it (`?q=`), for the paragraphs `shown` on
    this page: {} without one. Each hit links to its anchor on the page of the document that
    holds it; the index being unreadable leaves the page readable, with a note."""
    if "q" not in request.GET:
        return {}
    query = request.GET.get("q", "")
    site_search = reverse("search:results") + "?" + urlencode({"q": query})
    try:
        found = engine.within_document(query, document.key, shown=[paragraph.pk for paragraph in shown])
    except Exception:  # as in _run: whatever breaks in the index, the page stays
        logger.exception("Search index unreadable")
        return {"within": {"q": query, "notes": [UNAVAILABLE], "hits": [], "total": 0, "site_search": site_search}}
    kept = request.GET.copy()
    kept.pop("page", None)
    kept["q"] = found.understood.query

    def url(paragraph):
        page = paragraph_page_number(paragraph.ordinal)
        return "?" + urlencode([*kept.lists(), *([("page", page)] if page > 1 else [])], doseq=True) + f"#{paragraph.anchor}"

    notes = found.understood.notes or ([] if found.understood.terms or query.strip() else [NOTHING_TO_FIND])
    return {
        "within": {
            "q": found.understood.query,
            "notes": notes,
            "hits": [
                {"paragraph": hit.paragraph, "snippet": hit.snippet, "url": url(hit.paragraph), "where": _where(hit.paragraph)}
                for hit in found.hits
            ],
            "total": found.total,
            "site_search": site_search,
        },
        "found_spans": found.spans,
    }
