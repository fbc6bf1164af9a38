"""Document symbols in running text (`S/2008/493`, `CD/1299`, `C-SS-4/DEC.3`)."""
from __future__ import annotations

import re

from ..normalise import Normalised
from .model import Reference

_SUFFIX = r"(?:/(?:Add|Rev|Corr|Amend)\.\d+)*"
DOCUMENT_RE = re.compile(
    r"(?<![/.\-])(?P<symbol>"
    rf"S/AC\.\d+/(?:[A-Z]+\.)?\d+(?:/[A-Za-z]+\.?\d+)*{_SUFFIX}"
    rf"|S/\d{{4}}/\d{{1,4}}{_SUFFIX}"
    rf"|S/\d{{3,5}}(?![/\d]){_SUFFIX}"
    rf"|A/\d{{1,2}}/\d{{1,4}}{_SUFFIX}"
    rf"|A/[A-Z]\.\d/\d{{1,2}}/[A-Z]+\.\d+{_SUFFIX}"
    rf"|CD/\d{{2,4}}{_SUFFIX}"
    r"|(?:C|EC)-(?:SS-)?\d{1,3}/DEC\.\d+"
    rf"|E/\d{{4}}/\d{{1,4}}{_SUFFIX}"
    r")(?!/)"
)  # and no Latin letter or digit either side in the original (Normalised.opens_word)

# A paragraph of the document cited straight after its symbol, as briefings and the archive's own
# citations write it: `S/2006/257 第12段`, `S/2010/52，第12段`, `CD/2118号文件第5(f)段`,
# `S/2010/52, para. 12` (whitespace is gone and punctuation half-width in the normalised text).
PINPOINT_RE = re.compile(
    r"(?:号文件|号|文件)?,?"
    r"(?:第(?P<zh>\d{1,4})(?P<zh_sub>(?:\([a-z]{1,4}\))*)段|para\.(?P<en>\d{1,4})(?P<en_sub>(?:\([a-z]{1,4}\))*))"
)


def pinpoint_after(text: str, end: int) -> str | None:
    """The pinpoint written at `end` of the normalised text, in the archive's English citation
    form (`para. 12`, `para. 5 (f)`), or None."""
    m = PINPOINT_RE.match(text, end)
    if m is None:
        return None
    number, sub = (m.group("zh"), m.group("zh_sub")) if m.group("zh") else (m.group("en"), m.group("en_sub"))
    letters = sub.replace(")(", ") (")
    return f"para. {number} {letters}" if letters else f"para. {number}"


def official_url(symbol: str) -> str:
    """The symbol's page on the UN official document system (Chinese version)."""
    return "https://undocs.org/zh/" + symbol.replace(" ", "")


def extract(norm: Normalised) -> list[Reference]:
    refs = []
    for m in DOCUMENT_RE.finditer(norm.text):
        if not (norm.opens_word(m.start()) and norm.closes_word(m.end())):
            continue
        start, end = norm.span(m.start(), m.end())
        refs.append(Reference("document", m.group("symbol"), norm.original[start:end], start, end,
                              pinpoint_after(norm.text, m.end())))
    return refs
