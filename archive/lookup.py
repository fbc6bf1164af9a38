"""What a mistyped permalink means: `/documents/cd/2118/` is CD/2118, `…/5f/` is ¶ 5-f — but
only when one document or paragraph fits, so a redirect never lands on text not asked for."""
import re
from itertools import chain

from django.db.models import Q

from .models import Document, DocumentAlias


def folded(anchor):
    """An anchor as people mistype it: case, dashes, brackets and dots do not matter."""
    return re.sub(r"[^0-9a-z]", "", anchor.lower())


def document_ignoring_case(path, language=None):
    """The one document whose symbol or key is `path` but for letter case."""
    candidates = Document.objects.filter(symbol__iexact=path) | Document.objects.filter(key__iexact=path)
    symbols = {document.path for document in candidates}
    if len(symbols) != 1:
        return None
    document, _ = Document.objects.resolve(symbols.pop(), language)
    return document


def anchor_owners(head):
    """The documents whose paragraph addresses begin with `head`, letter case aside: by symbol,
    key (always lower case) or an earlier symbol."""
    earlier = DocumentAlias.objects.filter(path__iexact=head).values("document_id")
    return Document.objects.filter(Q(symbol__iexact=head) | Q(key=head.lower()) | Q(pk__in=earlier)).order_by()


def fitting_anchor(document, anchor):
    """The anchor of `document` — of a paragraph, or one that moved or vanished — that `anchor`
    names as people mistype it; None when none does."""
    wanted = folded(anchor)
    if not wanted:
        return None
    anchors = chain(document.paragraphs.values_list("anchor", flat=True), document.anchor_changes.values_list("anchor", flat=True))
    return next((found for found in anchors if folded(found) == wanted), None)


def names_a_paragraph(path):
    """Whether `path` is, exactly or mistyped, the address of a paragraph: an earlier symbol
    that reads the same is not followed, so no rename's leftover takes a paragraph's URL."""
    head, _, anchor = path.rpartition("/")
    return bool(head) and any(fitting_anchor(owner, anchor) is not None for owner in anchor_owners(head))


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
