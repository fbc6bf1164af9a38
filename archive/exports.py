"""CSV and JSON exports of the paragraphs citing a resolution or mentioning a body or treaty."""
import csv

from django.http import Http404, HttpResponse, JsonResponse

from . import bibliography
from .citations import body_by_slug, treaty_by_slug, understand_resolution
from .citing import citing_paragraphs
from .models import Document, Reference
from .narrowing import narrowed_paragraph
from .serialisers import citing_paragraph_json

# OWASP's rule against CSV (formula) injection: a cell starting with one of these is read by
# spreadsheet programs as a formula, so it goes out with a leading apostrophe, which they show as
# text. A paragraph that really starts with "-" thus reads "'-" in the raw file.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ["document", "language", "date", "title", "anchor", "label", "citing_words", "pinpoint", "text", "url"]


def resolution_export(request, path, fmt):
    target = understand_resolution(path)
    if target is None:
        raise Http404("Unknown resolution")
    paragraph = narrowed_paragraph(request)
    name = f"citing-{target.replace('/', '_').replace(' ', '')}{f'-para-{paragraph}' if paragraph else ''}"
    return _export(request, Reference.RESOLUTION, target, fmt, name, paragraph)


def body_export(request, slug, fmt):
    body = body_by_slug(slug)
    if body is None:
        raise Http404("Unknown body")
    return _export(request, Reference.BODY, body["id"], fmt, f"mentioning-{slug}")


def treaty_export(request, slug, fmt):
    treaty = treaty_by_slug(slug)
    if treaty is None:
        raise Http404("Unknown treaty")
    return _export(request, Reference.TREATY, treaty["id"], fmt, f"mentioning-{slug}")


def _export(request, reference_type, target, fmt, name, narrowed_to=None):
    paragraphs = citing_paragraphs(reference_type, target, narrowed_to)
    if fmt in bibliography.FORMATS:
        return bibliography.download([bibliography.paragraph_record(request, p) for p in paragraphs], fmt, name)
    if fmt not in ("csv", "json"):
        raise Http404("Exports are CSV, JSON, RIS, BibTeX or CSL-JSON")
    if fmt == "json":
        found = [citing_paragraph_json(request, paragraph, reference_type, target) for paragraph in paragraphs]
        return attachment(JsonResponse(found, safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1}), name, fmt)
    rows = []
    for paragraph in paragraphs:
        cited = [r for r in paragraph.references.all() if r.type == reference_type and r.target == target]
        rows.append(
            paragraph_row(
                request,
                paragraph,
                citing_words="；".join(r.surface for r in cited),
                pinpoint="；".join(r.pinpoint for r in cited if r.pinpoint),
            )
        )
    return csv_download(COLUMNS, rows, name)


def cite_export(request, path, fmt):
    """A document (`/documents/CD/2118/cite.ris`) or one paragraph (`…/CD/2118/5-f/cite.bib`) for
    a reference manager; the address is the page's own, canonical one."""
    document, canonical = Document.objects.resolve(path)
    if document is not None and canonical:
        return bibliography.download([bibliography.document_record(request, document)], fmt, _file_name(document.path))
    document, canonical, anchor = Document.objects.split_paragraph_path(path)
    paragraph = document.paragraphs.filter(anchor=anchor).select_related("document").first() if document and canonical else None
    if paragraph is None:
        raise Http404("No such document or paragraph")
    return bibliography.download([bibliography.paragraph_record(request, paragraph)], fmt, _file_name(f"{document.path}/{anchor}"))


def _file_name(path):
    return path.replace("/", "_").replace(" ", "")


def paragraph_row(request, paragraph, **more):
    """A paragraph as export columns (CSV cells, JSON fields): where it is, what it says."""
    document = paragraph.document
    return {
        "document": document.path,
        "language": document.language,
        "date": document.date.isoformat() if document.date else "",
        "title": document.title,
        "anchor": paragraph.anchor,
        "label": paragraph.label,
        "text": paragraph.text,
        "url": request.build_absolute_uri(paragraph.get_absolute_url()),
        **more,
    }


def csv_download(columns, rows, name):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # so spreadsheet programs read the Chinese as UTF-8
    writer = csv.writer(response)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_safe(row[column]) for column in columns])
    return attachment(response, name, "csv")


def attachment(response, name, fmt):
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def spreadsheet_safe(cell):
    """The cell as text no spreadsheet will evaluate."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
