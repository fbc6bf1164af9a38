"""Paragraph text with every reference linked in place; everything else escaped."""
from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from ..citations import reference_url

register = template.Library()

# Where references overlap (the committee's name contains its resolution), the more precise wins.
PRIORITY = {"resolution": 0, "document": 1, "treaty": 2, "body": 3}


@register.simple_tag(takes_context=True)
def linked_text(context, paragraph, highlight=None):
    """`highlight`, a reference target, is wrapped in <mark> where it is cited."""
    held = context.get("held_symbols", frozenset())
    chosen = []
    for reference in sorted(paragraph.references.all(), key=lambda r: (PRIORITY[r.type], r.start)):
        if all(reference.end <= other.start or reference.start >= other.end for other in chosen):
            chosen.append(reference)
    text, parts, position = paragraph.text, [], 0
    for reference in sorted(chosen, key=lambda r: r.start):
        parts.append(escape(text[position : reference.start]))
        surface = escape(text[reference.start : reference.end])
        if highlight and reference.target == highlight:
            surface = format_html("<mark>{}</mark>", surface)
        url = reference_url(reference, held)
        if url:
            parts.append(format_html('<a class="ref ref-{}" href="{}" title="{}">{}</a>', reference.type, url, reference.target, surface))
        else:
            parts.append(format_html('<span class="ref ref-{} unresolved" title="{}">{}</span>', reference.type, reference.note, surface))
        position = reference.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(str(part) for part in parts).replace("\n", "<br>"))


@register.simple_tag
def doc_type_label(doc_type):
    from ..models import Document

    return Document.DOC_TYPES.get(doc_type, doc_type)


@register.simple_tag
def pinpoints(paragraph, target):
    """The pinpoints ("para. 8") with which a paragraph cites `target`."""
    return [r.pinpoint for r in paragraph.references.all() if r.target == target and r.pinpoint]


@register.filter
def body_name(body_id):
    """A body's Chinese name in the Chinese interface, its English id otherwise."""
    from django.utils.translation import get_language

    from unref import load_known_data

    body = load_known_data().body_by_id.get(body_id, {})
    names = body.get("names_zh") or body.get("short_zh") or []
    return names[0] if names and (get_language() or "").startswith("zh") else body_id
