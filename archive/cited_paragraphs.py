"""The paragraphs each pinpointed resolution reference names, stored beside the references by
every path that writes them (import, re-extraction, bulk load)."""
from unref import named_paragraphs

from .models import CitedParagraph, Reference


def store(references):
    """Rows for `references` (saved, with their ids) that pinpoint a resolution's paragraphs."""
    CitedParagraph.objects.bulk_create(
        CitedParagraph(reference=reference, number=named.number, anchor=named.anchor)
        for reference in references
        if reference.type == Reference.RESOLUTION and reference.pinpoint
        for named in named_paragraphs(reference.pinpoint)
    )
