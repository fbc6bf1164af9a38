"""Treaties: a title in 《》 (or, for a few, in quotation marks) looked up among every written
form, and — without brackets — the forms distinctive enough to stand alone in running text: a
Chinese name ending in a treaty word (`不扩散核武器条约`, `禁止化学武器公约`, `联合国宪章`,
`联合全面行动计划`, `伊朗核协议`) or of eight characters or more, an English acronym (`NPT`,
`CWC`) and an English title of several words (`Joint Comprehensive Plan of Action`), which a
Chinese text prints only to name that treaty. A long title (12 characters or more) is read
whatever its list marks (`生產儲存` for `生產、儲存`, as copied texts print it), and a bare `《公约》`
or `「公約」` (`《条约》` …) stands for the one convention (treaty …) its document names, as its reader
takes it.
Inside a bracketed title that names no treaty, a title nested in `〈〉`, a title printed with its
acronym in the same brackets, an acronym with its treaty word (`《SOLAS公約》`) and a treaty's name
of eight characters or more are read."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..knowledge import KnownData
from ..normalise import Normalised
from .model import Reference

TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,80})》|“(?P<quoted>[^“”]{2,40}(?:条约|公约|议定书))”")
# The words a treaty's title ends in, bare as a title in the marks Taiwan and Hong Kong texts also
# use (`「公約」`).
_TITLE_WORDS = "条约|公约|议定书|协定"
_BARE_TITLE = re.compile(rf"[「“](?P<word>{_TITLE_WORDS})[」”]")
# What ends a treaty's name (the forms are folded to simplified characters).
_TREATY_WORD = re.compile(r"(?:条约|公约|议定书|协定|协议|修正案|守则|宪章|计划|计画|条例|行动纲领|备忘录)$")  # 計畫: Taiwan's; 条例: the IHR; 行动纲领: the small-arms programme; 备忘录: the Budapest Memorandum
_ACRONYM = re.compile(r"[A-Z][A-Z0-9/-]{2,9}")
# An ordinal before a name numbers one of several instruments of that name (the Geneva
# Conventions' `第一附加议定书`, a convention's `第二议定书`): not the one treaty the bare name is.
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}号?$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# An English title folds to one run without spaces (`JointComprehensivePlanofAction`): three
# capitalised words at least. Each word is one capital, one small letter, then the rest: written
# `[a-z]+[a-z,()-]*`, the same words, the engine tried every split of a long form's small letters
# between the two, seconds per parsing process for the gazetteer's few long English forms.
_ENGLISH_TITLE = re.compile(r"(?:[A-Z][a-z][a-z,()-]*){3,}")
# A short English name of words and an acronym (`New START`, folded `NewSTART`): as whole as a title.
_NAMED_ACRONYM = re.compile(r"(?:[A-Z][a-z]+)+[A-Z]{3,}|[A-Z]{3,}(?:[A-Z][a-z]+)+")


def standalone(form: str) -> bool:
    """Whether a folded form names its treaty outside brackets without ambiguity."""
    if form.isascii():
        return bool(_ACRONYM.fullmatch(form) or _ENGLISH_TITLE.fullmatch(form) or _NAMED_ACRONYM.fullmatch(form))
    return len(form) >= 8 or (len(form) >= 4 and bool(_TREATY_WORD.search(form)))


# A long title's enumeration commas are dropped or changed in copying (`生產儲存` for `生產、儲存`):
# between the characters of a form of LONG_TITLE characters or more, any of these may stand for
# another or be missing.
_LIST_MARKS = "、,;"
LONG_TITLE = 12


def _pattern(form: str) -> str:
    """The regular expression of a form: as written, but for a long one's list marks."""
    if len(form) < LONG_TITLE or not any(mark in form for mark in _LIST_MARKS):
        return re.escape(form)
    return "".join(f"[{_LIST_MARKS}]?" if ch in _LIST_MARKS else re.escape(ch) for ch in form)


def without_list_marks(title: str) -> str:
    """A long title as `_pattern` reads it, for looking up a bracketed one."""
    return title if len(title) < LONG_TITLE else title.translate({ord(mark): None for mark in _LIST_MARKS})


@lru_cache(maxsize=8)
def _matcher(forms: tuple[str, ...]) -> re.Pattern | None:
    if not forms:
        return None
    return re.compile("|".join(_pattern(f) for f in sorted(forms, key=len, reverse=True)))


_STANDALONE: dict[int, tuple] = {}  # id of a title table → (the table, its size, its matcher, its unmarked titles)


def _tables(titles: dict) -> tuple[re.Pattern | None, dict]:
    """The matcher of a title table's standalone forms, and its long titles without their list
    marks (→ the treaty), made once per table, not per paragraph."""
    cached = _STANDALONE.get(id(titles))
    if cached is None or cached[0] is not titles or cached[1] != len(titles):
        if len(_STANDALONE) > 8:
            _STANDALONE.clear()
        matcher = _matcher(tuple(sorted(form for form in titles if standalone(form))))
        unmarked = {without_list_marks(form): target for form, target in titles.items() if len(form) >= LONG_TITLE}
        cached = _STANDALONE[id(titles)] = (titles, len(titles), matcher, unmarked)
    return cached[2], cached[3]


def _title_target(title: str, titles: dict) -> str | None:
    target = titles.get(title)
    if target is None and len(title) >= LONG_TITLE:
        target = _tables(titles)[1].get(without_list_marks(title))
    return target


def learn_named(spans: list[tuple[int, int, str]], norm: Normalised, into: dict[str, set[str]]) -> None:
    """The treaties a paragraph names (its `find` spans), by the word their name ends in
    (`公约`, `条约` …)."""
    for s, e, target in spans:
        word = _TREATY_WORD.search(norm.text[s:e].strip("《》〈〉“”"))
        if word:
            into.setdefault(word.group(), set()).add(target)


def extract(norm: Normalised, spans: list[tuple[int, int, str]], named: dict[str, set[str]]) -> list[Reference]:
    """Treaty references: the `find` spans, and a bare `《公约》` standing for the one convention
    its document names (`named`, see learn_named) — the text's own short form for it, as a reader
    takes it — and for none when the document names several."""
    read = {(s, e) for s, e, _ in spans}  # a title known in its own right (《宪章》) is read as such
    bare = [(m.start(), m.end(), next(iter(named[word])))
            for m in (*TITLE_RE.finditer(norm.text), *_BARE_TITLE.finditer(norm.text))
            if len(named.get(word := m.group(1), ())) == 1 and (m.start(), m.end()) not in read]
    refs = []
    for s, e, target in sorted(spans + bare):
        start, end = norm.span(s, e)
        refs.append(Reference("treaty", target, norm.original[start:end], start, end))
    return refs


# A title inside a title, in the marks Chinese puts there: `《〈中亚无核武器区条约〉议定书》`.
_INNER_TITLE = re.compile(r"〈(?P<title>[^〈〉]{2,80})〉")
# A title with its acronym inside the same brackets, as a PDF's text prints it: `《禁止生物武器公约 BWC》`.
# A treaty's acronym with the treaty word, as a title, its year before it or not: `《SOLAS公約》`, `《1988年SUA公约》`.
_ACRONYM_AND_WORD = re.compile(rf"(?:\d{{4}}年)?(?P<acronym>[A-Z][A-Z0-9/-]{{2,9}})(?:{_TITLE_WORDS})")
_WITH_ACRONYM = re.compile(r"(?P<name>.*?\S)\s*[(（]?(?P<acronym>[A-Z][A-Z0-9/-]{2,9})[)）]?\s*$")


def _inside_title(text: str, start: int, title: str, titles: dict) -> list[tuple[int, int, str]]:
    """(start, end, treaty id) of what a bracketed title we do not know cites: a treaty's title
    nested in its own marks, or the whole title less the acronym printed beside it (and the
    acronym, when it names the same treaty)."""
    spans = [(start + m.start(), start + m.end(), target) for m in _INNER_TITLE.finditer(title)
             if (target := _title_target(m.group("title"), titles)) is not None]
    if (word := _ACRONYM_AND_WORD.fullmatch(title)) and (target := _title_target(word.group("acronym"), titles)):
        spans.append((start, start + len(title), target))
    named = _WITH_ACRONYM.fullmatch(title)
    target = _title_target(named.group("name"), titles) if named else None
    if target is not None:
        spans.append((start, start + named.end("name"), target))
        if _title_target(named.group("acronym"), titles) == target:
            spans.append((start + named.start("acronym"), start + named.end("acronym"), target))
    return spans


def _named_inside(unknown_title: bool, form: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a treaty's long name inside a bracketed title we do not know is read: the title of
    a regulation or a report may hold it (`《联合国制裁(联合全面行动计划——伊朗)规例》`), unless a
    title nested in it was read already."""
    return unknown_title and len(form) >= 8 and not any(s < end and start < e for s, e, _ in spans)


# A document symbol a treaty's acronym opens (`NPT/CONF.2010/50`, `BWC/MSP/2009/5`, `CTBT–Art.XIV/2007/3`)
# or stands inside (`CTBT/PTS/INF.1`): the symbol's, not a mention of the treaty.
_SYMBOL_AFTER = re.compile(r"\s?[/\-–]\s?[A-Za-z0-9.]+/")
_SYMBOL_PART_END = re.compile(r"[./\d]")


def _in_symbol(text: str, start: int, end: int) -> bool:
    return bool(_SYMBOL_AFTER.match(text, end)) or (start > 0 and text[start - 1] == "/" and bool(_SYMBOL_PART_END.match(text, end)))


def find(norm: Normalised, data: KnownData) -> list[tuple[int, int, str]]:
    """(start, end, treaty id) of the titles and standalone names in the normalised text."""
    text = norm.text
    spans, unknown = [], set()
    for m in TITLE_RE.finditer(text):
        target = _title_target(m.group("title") or m.group("quoted"), data.treaty_by_title)
        if target is not None:
            spans.append((m.start(), m.end(), target))
        elif m.group("title"):  # national plans, laws, guides: not treaties we know, but they may cite one
            spans += _inside_title(text, m.start("title"), m.group("title"), data.treaty_by_title)
            unknown.add(m.start())
    inside = list(spans)
    # in order and apart, so only the last title starting at or before a form can hold it
    bracketed = [(m.start(), m.end()) for m in TITLE_RE.finditer(text)]
    bracket_starts = [s for s, _ in bracketed]
    matcher, _ = _tables(data.treaty_by_title)
    for m in matcher.finditer(text) if matcher else ():
        start, end = m.start(), m.end()
        last = bisect_right(bracket_starts, start) - 1
        if last >= 0 and end <= bracketed[last][1] and not _named_inside(bracketed[last][0] in unknown, m.group(),
                                                                        start, end, inside):
            continue
        if _ASCII_WORD.match(text[start]) and not (norm.opens_acronym(start) if _ACRONYM.fullmatch(m.group())
                                                   else norm.opens_word(start)):  # whole English words only
            continue
        if _ASCII_WORD.match(text[end - 1]) and not (norm.closes_acronym(end) if _ACRONYM.fullmatch(m.group())
                                                     else norm.closes_word(end)):
            continue
        if _ORDINAL_BEFORE.search(text, max(0, start - 5), start):
            continue
        if _ACRONYM.fullmatch(m.group()) and _in_symbol(text, start, end):
            continue
        spans.append((start, end, _title_target(m.group(), data.treaty_by_title)))
    # a title a longer name holds is that name's (`《核材料实物保护公约》修订案`: the amendment, not the convention too)
    return [span for span in spans
            if not any(s <= span[0] and span[1] <= e and e - s > span[1] - span[0] and t != span[2] for s, e, t in spans)]
