"""What a mistyped permalink means: `/documents/cd/2118/` is CD/2118, `…/5f/` is ¶ 5-f — but
only when one document or paragraph fits, so a redirect never lands on text not asked for."""
from .models import Document
from .querysets import folded


def document_ignoring_case(path, language=None):
    """The one document whose symbol or key is `path` but for letter case."""
    candidates = Document.objects.filter(symbol__iexact=path) | Document.objects.filter(key__iexact=path)
    symbols = {document.path for document in candidates}
    if len(symbols) != 1:
        return None
    document, _ = Document.objects.resolve(symbols.pop(), language)
    return document


def meant_url(path, language=None):
    """The canonical URL `path` (under /documents/) means, or None when nothing or several fit."""
    pages = {url for url in (_meant_document(path, language), _meant_paragraph(path, language)) if url is not None}
    return pages.pop() if len(pages) == 1 else None


def _meant_document(path, language):
    document = document_ignoring_case(path, language)
    return document.get_absolute_url() if document is not None else None


def _meant_paragraph(path, language):
    head, _, anchor = path.rpartition("/")
    if not head or not folded(anchor):
        return None
    document, _ = Document.objects.resolve(head, language)
    document = document or document_ignoring_case(head, language)
    if document is None:
        return None
    matches = [p for p in document.paragraphs.only("id", "anchor", "document") if folded(p.anchor) == folded(anchor)]
    if len(matches) != 1:
        return None
    matches[0].document = document
    return matches[0].get_absolute_url()
