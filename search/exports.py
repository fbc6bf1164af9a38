"""CSV and JSON export of a search: the first LIMIT matching paragraphs in the page's order
(`sort=date` for newest first), with the number matching in all as the search page counts it
(and whether that is an estimate)."""
import json

from django.http import Http404, HttpResponse

from archive import bibliography
from archive.exports import attachment, csv_download, paragraph_row
from archive.models import Paragraph

from . import engine
from .views import parameters

LIMIT = 1000
COLUMNS = ["document", "language", "date", "title", "anchor", "label", "text", "url"]


def paragraphs_found(wanted, limit):
    """([paragraph, …] in order, number matching, whether that is estimated) for a search's parameters."""
    ids, total, estimated = engine.ranked_paragraph_ids(wanted["query"], sort=wanted["sort"], filters=wanted["filters"], limit=limit)
    paragraphs = Paragraph.objects.select_related("document").in_bulk(ids)
    return [paragraphs[pk] for pk in ids if pk in paragraphs], total, estimated


def search_export(request, fmt):
    if fmt not in ("csv", "json", *bibliography.FORMATS):
        raise Http404("Exports are CSV, JSON, RIS, BibTeX or CSL-JSON")
    wanted = parameters(request)
    paragraphs, total, estimated = paragraphs_found(wanted, LIMIT)
    rows = [paragraph_row(request, paragraph) for paragraph in paragraphs] if fmt in ("csv", "json") else []
    if fmt in bibliography.FORMATS:
        response = bibliography.download([bibliography.paragraph_record(request, p) for p in paragraphs], fmt, "search")
    elif fmt == "csv":
        response = csv_download(COLUMNS, rows, "search")
    else:
        data = {"query": wanted["query"], "sort": wanted["sort"], "count": total, "estimated": estimated, "limit": LIMIT, "results": rows}
        response = attachment(HttpResponse(json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"), "search", fmt)
    response["X-Total-Count"] = str(total)
    response["X-Total-Count-Estimated"] = "true" if estimated else "false"
    return response
