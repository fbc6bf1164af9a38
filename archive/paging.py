"""Long pages split into pages whose numbers are known in advance, so a link can name the page
that holds a paragraph (a server never sees the `#anchor` of a URL).

A document page holds the paragraphs numbered (ordinal) 1–200, 201–400, …: a paragraph's page
follows from its ordinal alone, and a document of up to 200 paragraphs stays one page. A
resolution's or body's page holds 50 citing paragraphs, newest document first, after a summary of
every citing document whose links jump to the page where that document's paragraphs begin.
"""
from django.core.paginator import Paginator

PARAGRAPHS_PER_PAGE = 200
CITING_PER_PAGE = 50


def paragraph_page_number(ordinal):
    return (ordinal - 1) // PARAGRAPHS_PER_PAGE + 1


def document_page(document, number):
    """(page, paragraphs) for `?page=number` of a document: a Django Page over the ordinals, and
    the paragraphs whose ordinals it spans."""
    last = document.paragraphs.order_by("-ordinal").values_list("ordinal", flat=True).first() or 0
    page = Paginator(range(1, last + 1), PARAGRAPHS_PER_PAGE).get_page(number)
    ordinals = page.object_list
    paragraphs = document.paragraphs.filter(ordinal__gte=ordinals.start, ordinal__lt=ordinals.stop)
    return page, paragraphs


def with_page_numbers(documents_and_counts, per_page=CITING_PER_PAGE):
    """[(document, count)] in page order → [(document, count, page where its paragraphs begin)]."""
    rows, before = [], 0
    for document, count in documents_and_counts:
        rows.append((document, count, before // per_page + 1))
        before += count
    return rows
