"""Bodies: a gazetteer lookup, longest form first, with context rules for short forms.

Forms come from `unref/data/bodies.json` and from definitions in the document itself:
`欧洲安全与合作组织(欧安组织)` teaches that `欧安组织` names the OSCE here. A committee or panel
is also named by the resolution that set it up (`第1874(2009)号决议第26段设立的专家小组`), read
against the bodies' founding resolutions rather than listed form by form.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import BodyForm, KnownData
from ..normalise import CJK, Normalised
from ..patterns import longest_of
from .model import Reference

# `(欧安组织)`, also after the name in English and with the words and quotation marks of a
# formal definition: `財務行動特別組織(Financial Action Task Force)(下稱「特別組織」)`, `(以下简称“特别组织”)`.
_DEFINITION_RE = re.compile(
    rf"(?:\([A-Za-z][^()]{{0,80}}\))?\((?:以下简称|以下称|下称|简称)?[“「『\"]?"
    rf"(?P<short>[{CJK}·]{{2,12}}|[A-Z][A-Za-z]{{1,9}})[”」』\"]?\)")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_ACRONYM = re.compile(r"[A-Z]{3,}")
# `[安全理事会]第N[(YYYY)]号决议[第X段]所设[立的]|设立的 委员会|专家小组|专家组|监测组`, on the
# normalised text (simplified, ASCII digits and brackets, no spaces), so traditional and
# full-width writings match alike. The head noun says which kind of body the resolution set up.
_FOUNDED_RE = re.compile(
    r"(?:安全理事会|安理会)?第(?P<number>\d{1,4})(?:\((?P<year>\d{4})\))?号决议"
    r"(?:第\d{1,3}(?:\([a-z]{1,4}\))*(?:(?:、|和|及|至)第?\d{1,3}(?:\([a-z]{1,4}\))*)*段)?"
    r"(?:所设立的|所设|设立的)(?P<head>委员会|专家小组|专家组|监测组)")


# Marks a name may be printed across: a treaty's title inside a body's name, a word the text quotes.
_MARKS = "《》“”「」‘’\""
_QUOTE_OPENING = "“「‘\""
_NO_MARKS = str.maketrans("", "", _MARKS)


def without_marks(text: str) -> str:
    """The text without title and quotation marks: what a name is read on across them."""
    return text.translate(_NO_MARKS)


_TABLES: dict[int, tuple] = {}  # id of the gazetteer's forms → (those forms, their table): built once


def _table(forms: dict[str, BodyForm]) -> tuple[dict[str, BodyForm], re.Pattern]:
    """The forms without their marks (a form may print a treaty's title: `《生物武器公约》执行支助股`)
    and one matcher of them, the longest at each position."""
    bare = {}
    for form, body_form in forms.items():
        bare.setdefault(without_marks(form), body_form)
    bare.pop("", None)
    return bare, re.compile(longest_of(bare))


@lru_cache(maxsize=64)
def _with_aliases(data_forms_id: int, aliases: tuple[tuple[str, str], ...]) -> tuple[dict[str, BodyForm], re.Pattern]:
    forms = dict(_TABLES[data_forms_id][0])
    for short, body in aliases:
        forms.setdefault(short, BodyForm(short, body))
    return _table(forms)


def _forms(data: KnownData, aliases: dict[str, str]) -> tuple[dict[str, BodyForm], re.Pattern]:
    """The gazetteer's forms and those the document defined (`欧安组织`), without marks, and their matcher."""
    cached = _TABLES.get(id(data.body_forms))
    if cached is None or cached[0] is not data.body_forms:
        if len(_TABLES) > 8:
            _TABLES.clear()
        cached = _TABLES[id(data.body_forms)] = (data.body_forms, _table(data.body_forms))
    if not aliases:
        return cached[1]
    return _with_aliases(id(data.body_forms), tuple(sorted(aliases.items())))


def _accept(norm: Normalised, start: int, end: int, form: BodyForm, topics: set[str]) -> bool:
    text = norm.text
    if _ASCII_WORD.match(form.form[0]) and not (norm.opens_acronym(start) if _ACRONYM.fullmatch(form.form)
                                                else norm.opens_word(start)):
        return False
    if _ASCII_WORD.match(form.form[-1]) and not (norm.closes_acronym(end) if _ACRONYM.fullmatch(form.form)
                                                 else norm.closes_word(end)):
        return False
    if form.topic and (form.topic not in topics or form.rivalled in topics):
        return False
    if form.not_before and form.not_before.search(text[max(0, start - 6):start]):
        return False
    if form.before and not form.before.search(text[max(0, start - 40):start]):
        return False
    if form.after and not form.after.search(text[end:end + 12]):
        return False
    return True


def find(norm: Normalised, data: KnownData, aliases: dict[str, str], topics: set[str]
         ) -> list[tuple[int, int, str]]:
    """(start, end, body id) spans in the normalised text. The names are read on the text without
    title and quotation marks, so that one printed across them (`《全面禁止核試驗條約》組織籌委會`,
    `“基地”組織制裁委員會`) is read too: a name starting inside a title holds all of it, one starting
    right after an opening quote holds the quote."""
    forms, matcher = _forms(data, aliases)
    spans = founded(norm, data)
    if not forms:
        return spans
    text = norm.text
    read = without_marks(text)
    kept = [i for i, ch in enumerate(text) if ch not in _MARKS] if len(read) < len(text) else None
    for m in matcher.finditer(read):
        form = forms[m.group()]
        start, end = (kept[m.start()], kept[m.end() - 1] + 1) if kept else m.span()
        while form is not None and not _accept(norm, start, end, form, topics):
            form = form.other
        if form is None:
            continue
        if end - start > m.end() - m.start():  # across a mark
            opening = text.rfind("《", 0, start)
            if opening >= 0 and text.find("》", opening, start) == -1:
                start = opening
            elif start and text[start - 1] in _QUOTE_OPENING:
                start -= 1
        spans.append((start, end, form.body))
    spans += _unnamed_bodies(norm, spans, data, topics)
    spans += _panels_of_committees(norm, spans, data)
    return list(dict.fromkeys(spans))  # a listed form the founding rule reads too, once


# A committee's panel named after it: `协助南苏丹制裁委员会工作的专家小组`, `1718委员会的专家小组`.
_PANEL_AFTER = re.compile(r"(?:工作)?的?(?P<panel>专家小组|专家组)")


def _panels_of_committees(norm: Normalised, spans: list[tuple[int, int, str]], data: KnownData
                          ) -> list[tuple[int, int, str]]:
    """The bare `专家小组` right after a sanctions committee's name: that committee's panel of
    experts (its regime's, `sanctions.json`), as a reader takes it."""
    found = []
    for _, end, body in spans:
        panel = data.panel_of.get(body)
        after = _PANEL_AFTER.match(norm.text, end) if panel else None
        if after:
            found.append((after.start("panel"), after.end("panel"), panel))
    return found


# Committees and panels that are no one regime's: the relevant or respective ones, a group of
# governmental, technical or other experts; and one a resolution set up (`第1718(2006)号决议所设专家小组`),
# which is the body that resolution founded or none (`founded`).
_NOT_ONE_REGIME = re.compile(r"(?:相关|有关|各|其他|政府|技术|科学|咨询|高级别|独立|所设|设立的|成立的)$")


def _unnamed_bodies(norm: Normalised, spans: list[tuple[int, int, str]], data: KnownData, topics: set[str]
                    ) -> list[tuple[int, int, str]]:
    """`安理会制裁委员会` or a bare `专家小组` without its target, in a document naming one sanctions
    regime (`topics` holds no regime when it names several): that regime's committee or panel of
    experts, as a reader takes it."""
    found = []
    for kind, matcher in data.unnamed_re.items():
        of = data.committee_of if kind == "committee" else data.panel_of_regime
        regimes = [regime for regime in topics if regime in of]
        if len(regimes) != 1:
            continue
        found += [(m.start(), m.end(), of[regimes[0]]) for m in matcher.finditer(norm.text)
                  if not any(start <= m.start() and m.end() <= end for start, end, _ in spans)
                  and not norm.text.startswith("员", m.end())
                  and not _NOT_ONE_REGIME.search(norm.text, max(0, m.start() - 3), m.start())]
    return found


def founded(norm: Normalised, data: KnownData) -> list[tuple[int, int, str]]:
    """Committees and panels named as `第N(YYYY)号决议…所设委员会|专家小组`: the body resolution N
    set up, if the data knows one of that kind. A year other than the register's is another
    resolution's, and a resolution that set up no such body names nothing: the span is then
    only a resolution reference."""
    spans = []
    for m in _FOUNDED_RE.finditer(norm.text):
        number, year = m.group("number"), m.group("year")
        if year and data.sc_years.get(number) != year:
            continue
        kind = "committee" if m.group("head") == "委员会" else "panel"
        body = data.founded.get((number, kind))
        if body:
            spans.append((m.start(), m.end(), body))
    return spans


def _abbreviates(short: str, name: str) -> bool:
    """`欧安组织` abbreviates `欧洲安全与合作组织`: its characters appear in order, and it is
    not just the name's beginning (`欧洲联盟(欧洲)` is a gloss, not a short form)."""
    if short.isascii():
        return short.isupper()
    if len(short) >= len(name) or name.startswith(short):
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def learn_definitions(norm: Normalised, data: KnownData, into: dict[str, str]) -> None:
    """Short forms defined in brackets right after a known name."""
    if not _DEFINITION_RE.search(norm.text):  # most paragraphs define nothing: no second scan
        return
    forms = _forms(data, into)[0]
    for start, end, body in find(norm, data, into, {"*"}):
        m = _DEFINITION_RE.match(norm.text, end)
        if not m:
            continue
        short = m.group("short")
        if short not in forms and _abbreviates(short, norm.text[start:end]):
            into[short] = body


def extract(norm: Normalised, data: KnownData, aliases: dict[str, str], topics: set[str]
            ) -> list[Reference]:
    refs = []
    for s, e, body in find(norm, data, aliases, topics):
        start, end = norm.span(s, e)
        refs.append(Reference("body", body, norm.original[start:end], start, end))
    return refs
