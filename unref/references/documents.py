"""Document symbols in running text (`S/2008/493`, `CD/1299`, `C-SS-4/DEC.3`)."""
from __future__ import annotations

import re

from .model import Reference
from ..normalise import Normalised

_SUFFIX = r"(?:/(?:Add|Rev|Corr|Amend)\.\d+)*"
DOCUMENT_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])(?P<symbol>"
    rf"S/AC\.\d+/(?:[A-Z]+\.)?\d+(?:/[A-Za-z]+\.?\d+)*{_SUFFIX}"
    rf"|S/\d{{4}}/\d{{1,4}}{_SUFFIX}"
    rf"|S/\d{{3,5}}(?![/\d]){_SUFFIX}"
    rf"|A/\d{{1,2}}/\d{{1,4}}{_SUFFIX}"
    rf"|A/[A-Z]\.\d/\d{{1,2}}/[A-Z]+\.\d+{_SUFFIX}"
    rf"|CD/\d{{2,4}}{_SUFFIX}"
    r"|(?:C|EC)-(?:SS-)?\d{1,3}/DEC\.\d+"
    rf"|E/\d{{4}}/\d{{1,4}}{_SUFFIX}"
    r")(?![A-Za-z0-9])"
)


def official_url(symbol: str) -> str:
    """The symbol's page on the UN official document system (Chinese version)."""
    return "https://undocs.org/zh/" + symbol.replace(" ", "")


def extract(norm: Normalised) -> list[Reference]:
    refs = []
    for m in DOCUMENT_RE.finditer(norm.text):
        start, end = norm.span(m.start(), m.end())
        refs.append(Reference("document", m.group("symbol"), norm.original[start:end], start, end))
    return refs
