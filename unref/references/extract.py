"""Stage 5: `Reference` spans for a paragraph, and the two-pass document extractor."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from ..knowledge import KnownData, load_known_data
from ..normalise import Normalised, normalise_for_references
from . import bodies, documents, links, resolutions, treaties
from .model import (
    CONFLICT,
    RESOLVED,
    UNRESOLVED,
    DocumentContext,
    LinkConflict,
    Reference,
)

_TYPE_ORDER = {"resolution": 0, "document": 1, "treaty": 2, "body": 3}


def _data(context: DocumentContext | None, data: KnownData | None) -> KnownData:
    return data or (context.data if context and context.data else None) or load_known_data()


def _topics(normalised_text: str, known: KnownData) -> set[str]:
    """Markers enabling context rules: "1540", the sanctions regimes the text names (by a name or
    one of their bodies), the bodies and treaties a rule names as its topic that the text names (not
    inside a longer name of something else) and the rivals of a rule it names (`<body>|rival`). An
    English marker counts as a whole word only (`ATT`, the Arms Trade Treaty, is not in `ATTENTION`)."""
    topics = {"1540"} if "1540" in normalised_text else set()
    read = bodies.without_marks(normalised_text)  # `“基地”组织制裁委员会` names the regime too
    if known.regime_marker_re is not None:
        topics |= {known.regime_markers[m.group()] for m in known.regime_marker_re.finditer(read)}
    if known.body_marker_re is not None:
        for m in known.body_marker_re.finditer(read):
            if _inside_a_latin_word(read, m.start(), m.end()):
                continue
            for topic, not_before in known.body_markers[m.group()].items():
                if not (not_before and not_before.search(read[max(0, m.start() - 6):m.start()])):
                    topics.add(topic)
    return topics - {""}


def _inside_a_latin_word(text: str, start: int, end: int) -> bool:
    """Whether a marker beginning or ending with a Latin letter has one right before or after it."""
    def latin(char: str) -> bool:
        return char.isascii() and char.isalpha()
    return (latin(text[start]) and start > 0 and latin(text[start - 1])) or (latin(text[end - 1]) and end < len(text) and latin(text[end]))


def _one_regime(topics: set[str], known: KnownData) -> set[str]:
    """The topics, less the regimes when the document names more than one: 联合国专家小组 is then
    no one regime's panel."""
    regimes = topics & set(known.regime_markers.values())
    return topics - regimes if len(regimes) > 1 else topics


def learn(text: str, context: DocumentContext, data: KnownData | None = None) -> None:
    """First pass: what this paragraph teaches about the document."""
    _learn(normalise_for_references(text), context, _data(context, data))


def _learn(norm: Normalised, context: DocumentContext, known: KnownData) -> tuple[list[tuple[int, int, str]], list]:
    """Learns from the paragraph; returns its treaty spans and resolution mentions, which the
    second pass uses again."""
    mentions = resolutions.learn_years(norm, context.years, known.register)
    bodies.learn_definitions(norm, known, context.aliases)
    treaty_spans = treaties.find(norm, known)
    treaties.learn_named(treaty_spans, norm, context.treaties)
    context.topics |= _topics(norm.text, known)
    # a document citing a regime's resolutions (`1718(2006)、…2397(2017)号决议`) is about that regime
    context.topics |= {known.regime_of_resolution[m.number] for m in mentions
                       if m.organ == "S" and m.number in known.regime_of_resolution}
    return treaty_spans, mentions


def extract_references(text: str, *, context: DocumentContext | None = None,
                       data: KnownData | None = None) -> list[Reference]:
    """References in one paragraph, with offsets into `text`, ordered by position."""
    known = _data(context, data)
    norm = normalise_for_references(text)
    if context is None:
        context = DocumentContext(data=known)
        return _extract(norm, context, known, *_learn(norm, context, known))
    return _extract(norm, context, known)


def _extract(norm: Normalised, context: DocumentContext, known: KnownData,
             treaty_spans: list[tuple[int, int, str]] | None = None, mentions: list | None = None) -> list[Reference]:
    found = resolutions.extract(norm, known, context, mentions)
    found += documents.extract(norm)
    spans = treaty_spans if treaty_spans is not None else treaties.find(norm, known)
    found += treaties.extract(norm, spans, context.treaties)
    found += bodies.extract(norm, known, context.aliases, _one_regime(context.topics | _topics(norm.text, known), known))
    return _tidy(found)


class _Spans:
    """Spans sorted by start, with the furthest end reached so far: whether one of them starts
    before a point and ends beyond another is a binary search, not a pass over all of them."""

    def __init__(self, refs: list[Reference]):
        spans = sorted((ref.start, ref.end) for ref in refs)
        self.starts = [start for start, _ in spans]
        self.furthest = list(accumulate((end for _, end in spans), max))
        self.longest_from = {}  # start → the longest end of the spans starting there
        for start, end in spans:
            self.longest_from[start] = max(end, self.longest_from.get(start, end))

    def end_reached_before(self, point: int) -> int:
        """The furthest end of the spans starting before `point` (-1 if none)."""
        index = bisect_left(self.starts, point)
        return self.furthest[index - 1] if index else -1

    def contain(self, ref: Reference) -> bool:
        """Some span holds `ref` and is longer: it starts before and ends at or after it, or
        starts with it and ends after it."""
        return self.end_reached_before(ref.start) >= ref.end or self.longest_from.get(ref.start, -1) > ref.end

    def overlap(self, ref: Reference) -> bool:
        return self.end_reached_before(ref.end) > ref.start


def _tidy(found: list[Reference]) -> list[Reference]:
    """Drop bodies named inside a longer body or a treaty title, treaties named inside a body's
    name, and symbols already read as resolutions; order by position. Near-linear: a pasted draft
    may hold thousands."""
    names = _Spans([ref for ref in found if ref.type in ("body", "treaty")])
    bodies_ = _Spans([ref for ref in found if ref.type == "body"])
    resolutions_ = _Spans([ref for ref in found if ref.type == "resolution"])
    kept = [
        ref for ref in found
        if not (ref.type == "body" and names.contain(ref))
        and not (ref.type == "treaty" and bodies_.contain(ref))  # the CTBT in the CTBTO's name
        and not (ref.type == "document" and resolutions_.overlap(ref))
    ]
    kept.sort(key=lambda r: (r.start, -r.end, _TYPE_ORDER[r.type]))
    return kept


def extract_document(paragraphs: list[str], links_: list[list[str]] | None = None, *,
                     data: KnownData | None = None) -> list[list[Reference]]:
    """References for every paragraph of one document (two passes; see package docs)."""
    known = data or load_known_data()
    context = DocumentContext(data=known)
    normalised = [normalise_for_references(text) for text in paragraphs]  # once for both passes
    learned = [_learn(norm, context, known) for norm in normalised]
    result = [_extract(norm, context, known, *first) for norm, first in zip(normalised, learned)]
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
