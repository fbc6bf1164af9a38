"""A paragraph in the archive's other language versions of its document (same symbol), paired
by printed numbering (archive.alignment)."""
from .alignment import align


def counterparts(paragraph):
    """[(other document, its paragraph or None when the numbering does not pair them)]."""
    document = paragraph.document
    mine = None
    found = []
    for other in document.other_languages().order_by("language"):
        if mine is None:
            mine = list(document.paragraphs.order_by("ordinal").values_list("anchor", "kind", "label", "text"))
        anchor = align(mine, list(other.paragraphs.order_by("ordinal").values_list("anchor", "kind", "label", "text"))).get(paragraph.anchor)
        found.append((other, other.paragraphs.filter(anchor=anchor).first() if anchor else None))
    return found
