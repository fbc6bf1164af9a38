"""The search page and its JSON twin: a few lines each; the work is in `engine`."""
import json
from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import render

from . import engine


def _int(value, default=1):
    try:
        return max(1, min(int(value), 10_000))
    except (TypeError, ValueError):
        return default


def _run(request):
    return engine.search(
        request.GET.get("q", ""),
        page=_int(request.GET.get("page")),
        sort=request.GET.get("sort", "relevance"),
        filters={name: request.GET.get(name, "") for name in engine.FILTERS},
    )


def results(request):
    outcome = _run(request)
    params = {"q": outcome.understood.query, "sort": outcome.sort, **outcome.filters}

    def link(**changes):
        merged = {**params, **changes}
        return "?" + urlencode({k: v for k, v in merged.items() if v and not (k == "sort" and v == "relevance")})

    facets = [
        (name, [dict(item, url=link(**{name: item["value"]}, page=""), chosen=outcome.filters.get(name) == item["value"]) for item in items])
        for name, items in outcome.facets.items() if items
    ]
    context = {
        "outcome": outcome,
        "q": outcome.understood.query,
        "facets": facets,
        "chosen": [(name, value, link(**{name: ""})) for name, value in outcome.filters.items()],
        "by_relevance": link(sort="relevance"),
        "by_date": link(sort="date"),
        "previous": link(page=outcome.page - 1) if outcome.page > 1 else "",
        "next": link(page=outcome.page + 1) if outcome.page < outcome.pages else "",
    }
    return render(request, "search/results.html", context)


def api_results(request):
    body = json.dumps(_run(request).as_dict(), ensure_ascii=False)
    return HttpResponse(body, content_type="application/json; charset=utf-8")
