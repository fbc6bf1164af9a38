"""`?paragraph=3(c)`: a resolution's citing list, exports, feed and API narrowed to the citations
of one of its operative paragraphs (and that paragraph's sub-paragraphs)."""
from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

from unref import typed_anchor

LONGEST_TYPED = 40


def narrowed_paragraph(request):
    """The anchor `?paragraph=` names (`3(c)`, `3 (c)` and `3-c` all give `3-c`); None when the
    list is not narrowed. Anything else is refused with a 400 that says what is expected."""
    value = request.GET.get("paragraph", "").strip()
    if not value:
        return None
    anchor = typed_anchor(value[:LONGEST_TYPED + 1]) if len(value) <= LONGEST_TYPED else None
    if anchor is None:
        raise BadRequest(bad_paragraph_message())
    return anchor


def bad_paragraph_message():
    return _("“paragraph”参数应为决议的执行段落编号，例如 3 或 3(c)")
