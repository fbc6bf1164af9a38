"""Treaties: a title in 《》 (or, for a few, in quotation marks) looked up among every written
form, and — without brackets — the forms distinctive enough to stand alone in running text: a
Chinese name ending in a treaty word (`不扩散核武器条约`, `禁止化学武器公约`, `联合国宪章`,
`联合全面行动计划`, `伊朗核协议`) or of eight characters or more, an English acronym (`NPT`,
`CWC`) and an English title of several words (`Joint Comprehensive Plan of Action`), which a
Chinese text prints only to name that treaty."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..knowledge import KnownData
from ..normalise import Normalised
from .model import Reference

TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,80})》|“(?P<quoted>[^“”]{2,40}(?:条约|公约|议定书))”")
# What ends a treaty's name (the forms are folded to simplified characters).
_TREATY_WORD = re.compile(r"(?:条约|公约|议定书|协定|协议|修正案|守则|宪章|计划|计画)$")  # 計畫: Taiwan's
_ACRONYM = re.compile(r"[A-Z][A-Z0-9/-]{2,9}")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# An English title folds to one run without spaces (`JointComprehensivePlanofAction`): three
# capitalised words at least.
_ENGLISH_TITLE = re.compile(r"(?:[A-Z][a-z]+[a-z,()-]*){3,}")


def standalone(form: str) -> bool:
    """Whether a folded form names its treaty outside brackets without ambiguity."""
    if form.isascii():
        return bool(_ACRONYM.fullmatch(form) or _ENGLISH_TITLE.fullmatch(form))
    return len(form) >= 8 or (len(form) >= 5 and bool(_TREATY_WORD.search(form)))


@lru_cache(maxsize=8)
def _matcher(forms: tuple[str, ...]) -> re.Pattern | None:
    if not forms:
        return None
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))


_STANDALONE: dict[int, tuple] = {}  # id of a title table → (the table, its size, its matcher)


def _standalone_matcher(titles: dict) -> re.Pattern | None:
    """_matcher of the standalone forms of a title table, found once per table, not per paragraph."""
    cached = _STANDALONE.get(id(titles))
    if cached is None or cached[0] is not titles or cached[1] != len(titles):
        if len(_STANDALONE) > 8:
            _STANDALONE.clear()
        cached = _STANDALONE[id(titles)] = (titles, len(titles), _matcher(tuple(sorted(form for form in titles if standalone(form)))))
    return cached[2]


def extract(norm: Normalised, data: KnownData) -> list[Reference]:
    text = norm.text
    spans = []
    for m in TITLE_RE.finditer(text):
        target = data.treaty_by_title.get(m.group("title") or m.group("quoted"))
        if target is not None:   # national plans, laws, guides: not treaties we know
            spans.append((m.start(), m.end(), target))
    # in order and apart, so only the last title starting at or before a form can hold it
    bracketed = [(m.start(), m.end()) for m in TITLE_RE.finditer(text)]
    bracket_starts = [s for s, _ in bracketed]
    matcher = _standalone_matcher(data.treaty_by_title)
    for m in matcher.finditer(text) if matcher else ():
        start, end = m.start(), m.end()
        last = bisect_right(bracket_starts, start) - 1
        if last >= 0 and end <= bracketed[last][1]:
            continue
        if _ASCII_WORD.match(text[start]) and not norm.opens_word(start):  # whole English words only
            continue
        if _ASCII_WORD.match(text[end - 1]) and not norm.closes_word(end):
            continue
        spans.append((start, end, data.treaty_by_title[m.group()]))
    refs = []
    for s, e, target in sorted(spans):
        start, end = norm.span(s, e)
        refs.append(Reference("treaty", target, norm.original[start:end], start, end))
    return refs
