"""COinS spans: one per item on list pages, so Zotero's COinS translator offers the whole list
for import (a document's own page is read from its Highwire tags instead)."""
from django import template
from django.utils.html import format_html

from .. import bibliography

register = template.Library()


@register.simple_tag(takes_context=True)
def coins(context, item):
    """`item` a document or a paragraph. The span is empty; its title is data for machines, never
    translated (`translate="no"`)."""
    request = context["request"]
    record = bibliography.paragraph_record(request, item) if hasattr(item, "anchor") else bibliography.document_record(request, item)
    return format_html('<span class="Z3988" translate="no" title="{}"></span>', bibliography.coins_title(record))
