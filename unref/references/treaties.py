"""Treaties named in 《》 (or, for a few, in quotation marks), looked up by title."""
from __future__ import annotations

import re

from ..knowledge import KnownData
from .model import Reference
from ..normalise import Normalised

TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,80})》|“(?P<quoted>[^“”]{2,40}(?:条约|公约|议定书))”")


def extract(norm: Normalised, data: KnownData) -> list[Reference]:
    refs = []
    for m in TITLE_RE.finditer(norm.text):
        target = data.treaty_by_title.get(m.group("title") or m.group("quoted"))
        if target is None:
            continue          # national plans, laws, guides: not treaties we know
        start, end = norm.span(m.start(), m.end())
        refs.append(Reference("treaty", target, norm.original[start:end], start, end))
    return refs
