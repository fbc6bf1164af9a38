"""Corporate authors that reference managers keep whole (docs/api.md, "Zotero").

Zotero's Embedded Metadata translator splits `citation_author` at ";" (and, for a lone
author, at commas between multi-word parts), then splits each name at its last space into
first and last name: "United Nations" becomes "Nations, United". A name without spaces or
those separators stays whole. Chinese organ names need no spaces, so they are written without
them; a name in a spaced script cannot be kept whole and is left to the institution tag."""
import re

from django import template

from unref.normalise import CJK

register = template.Library()

HAN = re.compile(f"[{CJK}]")
SEPARATORS = str.maketrans({";": "；", ",": "，"})


@register.filter
def whole_name(organ):
    """The organ as one unsplittable author name, or "" when it cannot be one."""
    if not HAN.search(organ or ""):
        return ""
    return re.sub(r"\s+", "", organ).translate(SEPARATORS).strip(".:/[]")
