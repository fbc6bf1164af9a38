"""Stage 5: `Reference` spans for a paragraph, and the two-pass document extractor."""
from __future__ import annotations

import re
from dataclasses import replace

from . import bodies, documents, links, resolutions, treaties
from ..knowledge import KnownData, load_known_data
from .model import (
    CONFLICT,
    RESOLVED,
    UNRESOLVED,
    DocumentContext,
    LinkConflict,
    Reference,
)
from ..normalise import Normalised, normalise_for_references

_TYPE_ORDER = {"resolution": 0, "document": 1, "treaty": 2, "body": 3}


def _data(context: DocumentContext | None, data: KnownData | None) -> KnownData:
    return data or (context.data if context and context.data else None) or load_known_data()


def _topics(normalised_text: str) -> set[str]:
    return {"1540"} if "1540" in normalised_text else set()


def learn(text: str, context: DocumentContext, data: KnownData | None = None) -> None:
    """First pass: what this paragraph teaches about the document."""
    _learn(normalise_for_references(text), context, _data(context, data))


def _learn(norm: Normalised, context: DocumentContext, known: KnownData) -> None:
    resolutions.learn_years(norm, context.years)
    bodies.learn_definitions(norm, known, context.aliases)
    context.topics |= _topics(norm.text)


def extract_references(text: str, *, context: DocumentContext | None = None,
                       data: KnownData | None = None) -> list[Reference]:
    """References in one paragraph, with offsets into `text`, ordered by position."""
    known = _data(context, data)
    if context is None:
        context = DocumentContext(data=known)
        learn(text, context, known)
    return _extract(normalise_for_references(text), context, known)


def _extract(norm: Normalised, context: DocumentContext, known: KnownData) -> list[Reference]:
    found = resolutions.extract(norm, known, context)
    found += documents.extract(norm)
    found += treaties.extract(norm, known)
    found += bodies.extract(norm, known, context.aliases, context.topics | _topics(norm.text))
    return _tidy(found)


def _inside(a: Reference, b: Reference) -> bool:
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def _tidy(found: list[Reference]) -> list[Reference]:
    """Drop bodies named inside a longer body or a treaty title, and symbols already read as
    resolutions; order by position."""
    kept = []
    for ref in found:
        if ref.type == "body" and any(
            other.type in ("body", "treaty") and _inside(ref, other) for other in found
        ):
            continue
        if ref.type == "document" and any(
            other.type == "resolution" and other.start < ref.end and ref.start < other.end
            for other in found
        ):
            continue
        kept.append(ref)
    kept.sort(key=lambda r: (r.start, -r.end, _TYPE_ORDER[r.type]))
    return kept


def extract_document(paragraphs: list[str], links_: list[list[str]] | None = None, *,
                     data: KnownData | None = None) -> list[list[Reference]]:
    """References for every paragraph of one document (two passes; see package docs)."""
    known = data or load_known_data()
    context = DocumentContext(data=known)
    normalised = [normalise_for_references(text) for text in paragraphs]  # once for both passes
    for norm in normalised:
        _learn(norm, context, known)
    result = [_extract(norm, context, known) for norm in normalised]
    if links_:
        result = _apply_links(result, links_)
    return result


def _link_targets(links_: list[list[str]], index: int) -> list[tuple[str, str]]:
    seen, out = set(), []
    for url in links_[index] if index < len(links_) else []:
        target = links.link_target(url)
        if target and target not in seen:
            seen.add(target)
            out.append((url, target))
    return out


_SC_TARGET = re.compile(r"^S/RES/(\d{1,4}) \(\d{4}\)$")
_SC_SURFACE = re.compile(r"(?<![\d/])(\d{3,4})(?![\d/])")


def _sc_number(ref: Reference) -> str | None:
    """The Security Council resolution number a reference cites, if any."""
    if ref.type != "resolution":
        return None
    if ref.target:
        m = _SC_TARGET.match(ref.target)
        return m.group(1) if m else None
    m = _SC_SURFACE.search(normalise_for_references(ref.surface).text)
    return m.group(1) if m else None


def _apply_links(result: list[list[Reference]], links_: list[list[str]]) -> list[list[Reference]]:
    """Links confirm references, supply a missing year, or mark a contradiction (text wins)."""
    result = [list(refs) for refs in result]
    padded = links_ + [[] for _ in range(len(result) - len(links_))]
    for index in range(len(result)):
        for url, target in _link_targets(padded, index):
            linked = _SC_TARGET.match(target)
            for j in links.window(padded, index, len(result)):
                for k, ref in enumerate(result[j]):
                    if ref.type not in ("resolution", "document"):
                        continue
                    if ref.target == target:
                        if ref.status == RESOLVED and not ref.note:
                            result[j][k] = replace(ref, note=f"confirmed by {url}")
                    elif linked and _sc_number(ref) == linked.group(1):
                        if ref.status == UNRESOLVED:
                            result[j][k] = replace(ref, target=target, status=RESOLVED,
                                                   note=f"year from {url}")
                        elif ref.status == RESOLVED:
                            result[j][k] = replace(
                                ref, status=CONFLICT,
                                note=f"hyperlink {url} points to {target}; the text is kept")
    return result


def link_conflicts(paragraphs: list[str], links_: list[list[str]], *,
                   data: KnownData | None = None,
                   references: list[list[Reference]] | None = None) -> list[LinkConflict]:
    """Links to UN documents that no reference in the nearby text confirms (`references`:
    the document's already extracted references, to avoid extracting twice)."""
    refs = references if references is not None else extract_document(paragraphs, links_, data=data)
    padded = links_ + [[] for _ in range(len(paragraphs) - len(links_))]
    conflicts = []
    for index in range(len(paragraphs)):
        for url, target in _link_targets(padded, index):
            nearby = links.window(padded, index, len(paragraphs))
            if any(ref.target == target for j in nearby for ref in refs[j]):
                continue
            needle = links.distinctive(target)
            excerpt = next((found for j in nearby
                            if (found := links.find_in_text(paragraphs[j], needle))), None)
            if excerpt:
                note = (f"link points to {target}, but the text here reads '{excerpt}', "
                        f"which is not that document; the text is kept")
            else:
                note = f"link points to {target}, which the nearby text does not cite"
            conflicts.append(LinkConflict(index, url, target, note))
    return conflicts
