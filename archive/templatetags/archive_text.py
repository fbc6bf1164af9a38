"""Paragraph text with every reference linked in place; everything else escaped."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from unref.references import pinpoint_items

from ..citations import Held, reference_url

register = template.Library()

NONE_HELD = Held()  # a page that lists no held symbols links nothing inside the archive

# Where references overlap (the committee's name contains its resolution), the more precise wins.
PRIORITY = {"resolution": 0, "document": 1, "treaty": 2, "body": 3}


@register.simple_tag(takes_context=True)
def linked_text(context, paragraph, highlight=None):
    """`highlight`, a reference target, is wrapped in <mark> where it is cited; so are the spans
    a search inside the document found (`found_spans`: paragraph id → [(start, end)])."""
    held = context.get("held_symbols", NONE_HELD)
    found = (context.get("found_spans") or {}).get(paragraph.pk, ())
    chosen = []
    for reference in sorted(paragraph.references.all(), key=lambda r: (PRIORITY[r.type], r.start)):
        if all(reference.end <= other.start or reference.start >= other.end for other in chosen):
            chosen.append(reference)
    text, parts, position = paragraph.text, [], 0
    for reference in sorted(chosen, key=lambda r: r.start):
        parts.append(_marked(text, position, reference.start, found))
        surface = _marked(text, reference.start, reference.end, found)
        if highlight and reference.target == highlight:
            surface = format_html("<mark>{}</mark>", surface)
        url = reference_url(reference, held)
        if url:
            parts.append(format_html('<a class="ref ref-{}" href="{}" title="{}">{}</a>', reference.type, url, reference_name(reference), surface))
        else:
            parts.append(format_html('<span class="ref ref-{} unresolved" title="{}">{}</span>', reference.type, _("未能识别的引用"), surface))
        position = reference.end
    parts.append(_marked(text, position, len(text), found))
    return mark_safe("".join(str(part) for part in parts).replace("\n", "<br>"))


@register.simple_tag(takes_context=True)
def reference_href(context, reference):
    """Where a reference listed on its own (a paragraph's references) leads, as in the text."""
    return reference_url(reference, context.get("held_symbols", NONE_HELD))


def _marked(text, start, end, spans):
    """text[start:end] escaped, the parts of it inside `spans` (sorted, apart) in <mark>."""
    parts, cursor = [], start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, cursor), min(span_end, end)
        if span_start < span_end:
            parts += [escape(text[cursor:span_start]), format_html("<mark>{}</mark>", text[span_start:span_end])]
            cursor = span_end
    parts.append(escape(text[cursor:end]))
    return mark_safe("".join(str(part) for part in parts))


@register.simple_tag
def doc_type_label(doc_type):
    from ..models import Document

    return Document.DOC_TYPES.get(doc_type, doc_type)


@register.simple_tag
def pinpoints(paragraph, target):
    """The pinpoints ("para. 8") with which a paragraph cites `target`."""
    return [pinpoint_text(r.pinpoint) for r in paragraph.references.all() if r.target == target and r.pinpoint]


PARTS_ZH = {"operative": "执行部分", "preambular": "序言部分", None: ""}


def pinpoint_text(pinpoint):
    """"operative para. 8 (a)" as the Chinese texts write it, "执行部分第8(a)段", in the Chinese
    interface; "paras. 19 and 23" → "第19和第23段", "paras. 2, 3 and 6 to 13" → "第2、第3和第6至13段"."""
    read = pinpoint_items(pinpoint)
    if read is None or not chinese_interface():
        return pinpoint
    part, items = read
    written = [f"第{first.replace(' ', '')}" + (f"至{last.replace(' ', '')}" if last else "") for first, last in items]
    return f"{PARTS_ZH[part]}{'和'.join(piece for piece in ('、'.join(written[:-1]), written[-1]) if piece)}段"


@register.filter
def anchor_pinpoint(anchor):
    """An operative paragraph's anchor as a reader cites it: `3-c` → 第3(c)段 / para. 3 (c)."""
    number, *subs = str(anchor).split("-")
    return pinpoint_text(" ".join([f"para. {number}", *(f"({sub})" for sub in subs)]))


def chinese_interface():
    return (get_language() or "").startswith("zh")


@register.filter
def body_name(body):
    """A body's name from the gazetteer in the interface language: 安全理事会 / United Nations
    Security Council. `body` is a gazetteer entry or its id."""
    from unref import load_known_data

    if isinstance(body, str):
        body = load_known_data().body_by_id.get(body, {"id": body})
    names = body.get("names_zh") or body.get("short_zh") or []
    if chinese_interface():
        return names[0] if names else body.get("name_en") or body["id"]
    return body.get("name_en") or body["id"]


@register.filter
def treaty_name(treaty_id):
    from ..citations import treaty_info

    treaty = treaty_info(treaty_id)
    names = treaty.get("names_zh") or []
    if chinese_interface():
        return f"《{names[0]}》" if names else treaty_id
    return treaty.get("name_en") or treaty_id


@register.filter
def reference_name(reference):
    """What a reference points to, named in the interface language."""
    if reference.type == "body" and reference.target:
        return body_name(reference.target)
    if reference.type == "treaty" and reference.target:
        return treaty_name(reference.target)
    return reference.target or reference.surface


@register.filter
def organ_name(organ):
    """A document's issuing organ (stored as printed, in Chinese) in the interface language."""
    from unref.organs import load_organs

    if chinese_interface() or not organ:
        return organ
    for known in load_organs():
        if organ == known["zh"] or organ in known.get("cover_names", []):
            return known["en"]
    return organ


LANGUAGE_NAMES = {
    "zh-Hans": gettext_lazy("中文（简体）"),
    "zh-Hant": gettext_lazy("中文（繁体）"),
    "en": gettext_lazy("英文"),
    "fr": gettext_lazy("法文"),
    "es": gettext_lazy("西班牙文"),
    "ru": gettext_lazy("俄文"),
    "ar": gettext_lazy("阿拉伯文"),
}


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def facet_name(value, name):
    """A body's or a language's name for its facet value (a body id, a language code)."""
    return body_name(value) if name == "body" else language_name(value)


@register.simple_tag
def facet_label(name, value):
    """A search filter's value as readers know it: a body's name, a document's symbol or title."""
    if name in ("body", "language"):
        return facet_name(value, name)
    if name == "document":
        from ..models import Document

        document = Document.objects.filter(key=value).only("symbol", "title").first()
        return (document.symbol or document.title[:40]) if document else value
    return value


@register.simple_tag
def cite_short(paragraph):
    """The paragraph's short citation in the interface language (search hits, lists)."""
    from django.utils.translation import get_language

    from ..cite import cite_paragraph

    return cite_paragraph(paragraph).html("zh" if (get_language() or "").startswith("zh") else "en")


@register.simple_tag
def cite_form(citation, form):
    """One of a citation's four forms ("zh", "en", "zh_full", "en_full"), document words marked."""
    return citation.html(form)


@register.simple_tag
def pinpoint_label(pinpoint):
    return pinpoint_text(pinpoint)


@register.filter
def in_interface_language(message):
    """A message written the house way, "中文 (English)" — for commands and the API, which serve
    both — cut to the interface language for a page. The English part is the final bracket,
    which may itself hold brackets ("S/RES/1540 (2004)")."""
    message = str(message)
    depth = position = 0
    for position in range(len(message) - 1, 0, -1):
        depth += {")": 1, "(": -1}.get(message[position], 0)
        if depth == 0:
            break
    if not message.endswith(")") or position < 2 or message[position - 1] != " ":
        return message
    return message[: position - 1] if chinese_interface() else message[position + 1 : -1]
