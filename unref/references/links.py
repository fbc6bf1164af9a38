"""Hyperlink lines (`https://undocs.org/ch/S/RES/1540(2004)`) as evidence for references.

A PDF page's link annotations are printed together, usually after the page's last
paragraph, so the links stored with paragraph i speak for the paragraphs since the
previous paragraph that carried links (a page), and for the next one (a paragraph
running over the page break).
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from ..normalise import normalise_for_references

UNDOCS_RE = re.compile(r"^https?://(?:www\.)?undocs\.org/(?:(?:ch|zh|en|fr|ru|es|ar)/)?(?P<symbol>\S+?)/?$")
_SC_RE = re.compile(r"^S/RES/(\d{1,4})\s*\((\d{4})\)$")
_MAX_PAGE = 12


def link_target(url: str) -> str | None:
    """The canonical id a UN documents link points to (None for other links)."""
    m = UNDOCS_RE.match(url.strip())
    if not m:
        return None
    symbol = unquote(m.group("symbol"))
    sc = _SC_RE.match(symbol)
    if sc:
        return f"S/RES/{sc.group(1)} ({sc.group(2)})"
    return symbol


def window(links: list[list[str]], index: int, count: int) -> range:
    """Paragraph indexes that the links stored with paragraph `index` may speak for."""
    start = max(0, index - _MAX_PAGE)
    for j in range(index - 1, start - 1, -1):
        if links[j]:
            start = j
            break
    return range(start, min(count, index + 2))


def distinctive(target: str) -> str:
    """The numeric tail of a symbol, as it would appear in Chinese running text."""
    sc = _SC_RE.match(target)
    if sc:
        return f"{sc.group(1)}({sc.group(2)})"
    parts = target.split("/")
    return "/".join(parts[-2:]) if len(parts) >= 3 and parts[-2].isdigit() else parts[-1]


def find_in_text(paragraph: str, needle: str) -> str | None:
    """A short excerpt of the paragraph around `needle` (compared in matching form)."""
    norm = normalise_for_references(paragraph)
    at = norm.text.find(normalise_for_references(needle).text)
    if at < 0:
        return None
    start, end = norm.span(max(0, at - 8), min(len(norm.text), at + len(needle) + 4))
    return paragraph[start:end]
