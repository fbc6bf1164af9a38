"""What the archive knows about UN texts, read from `unref/data/` once (lazily).

This is the only module that opens the knowledge files: the resolution register, the
gazetteers of bodies and treaties, the thesaurus of field terms, the issuing organs, the
extra words for the search dictionary, the sanctions regimes (`sanctions.json`: each regime's
names, bodies and resolutions), the regional forms derived from public conversion
tables (`regional.json`, made by `data/build_regional.py`: merged into the entries as
`regional_zh`, with the States' name groups), the other places' names (`places.json`, made by
`build_places.py`), the everyday words the regions write apart (`wordings.json`, made by
`build_wordings.py`, read apart by `load_wordings`), how the characters of foreign names sound
(`sounds.json`, made by `build_sounds.py`, read apart by `load_sounds`) and the named lists of documents to collect
(`data/lists/NAME.json`, read by `lists.py`). Tests may build a `KnownData` from their own lists.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .normalise import fold
from .numerals import CJK_NUMERALS
from .patterns import longest_of
from .register import Register

DATA = Path(__file__).resolve().parent / "data"
LISTS = DATA / "lists"

# Every key of a gazetteer entry whose strings are ways of writing it. `regional_zh` is not in
# the entry files: the loader adds it from `regional.json` (Taiwan, Hong Kong, Macao wordings).
REGIONAL = "regional_zh"
# Nor is `regime_zh`: a sanctions committee's or panel's names written from its regime's targets
# (sanctions.json, `committee_patterns` and `panel_patterns`: 南苏丹制裁委员会, 聯合國北韓專家小組).
REGIME = "regime_zh"
BODY_FORMS = ("names_zh", "short_zh", "names_zh_hant", "former_zh", "variants_zh", REGIONAL, REGIME, "latin")
TREATY_FORMS = BODY_FORMS
CHINESE_FORMS = ("names_zh", "short_zh", "names_zh_hant", "former_zh", "variants_zh", REGIONAL, REGIME)
THESAURUS_FORMS = ("forms_zh", "forms_zh_hant", REGIONAL)


def forms_of(entry: dict, keys: tuple[str, ...] = BODY_FORMS) -> list[str]:
    """The entry's written forms under `keys`, in order, without repeats."""
    seen = []
    for key in keys:
        value = entry.get(key) or []
        for form in [value] if isinstance(value, str) else value:
            if isinstance(form, str) and form.strip() and form not in seen:
                seen.append(form)
    return seen


@dataclass(frozen=True)
class BodyForm:
    """One way of writing a body, in matching form, with one of its context rules (none: read anywhere)."""
    form: str
    body: str
    after: re.Pattern | None = None
    not_before: re.Pattern | None = None
    before: re.Pattern | None = None  # what must come right before: a part named after its whole
    other: BodyForm | None = None  # the same form under the body's next rule or another body's, read where this rule fails (审议大会)
    topic: str | None = None
    rivalled: str | None = None  # the topic of a document naming a rival, another body or treaty this form may name (`<body>|rival`)


@dataclass
class KnownData:
    """resolutions: records of every organ (`symbol`, `number`, `year`, `adopted`, titles);
    complete_through: the register holds every Security Council resolution up to this number."""
    resolutions: list[dict] = field(default_factory=list)
    bodies: list[dict] = field(default_factory=list)
    treaties: list[dict] = field(default_factory=list)
    thesaurus: list[dict] = field(default_factory=list)
    field_terms: list[str] = field(default_factory=list)
    organs: list[dict] = field(default_factory=list)
    complete_through: int = 0
    heading_terms: dict = field(default_factory=lambda: {"exact": {}})  # standard UN headings' English slugs
    # States' name groups across regions: [{"id", "en", "names": [written forms]}]
    states: list[dict] = field(default_factory=list)
    # Other places' name groups across regions (places.json): [{"id", "names": [written forms]}]
    places: list[dict] = field(default_factory=list)
    # Sanctions regimes: [{"id", "en", "bodies": [body ids], "resolutions": [symbols],
    # "names": [{"form", "source"}], "committee", "panel", "body_names"}] (`regimes_from`)
    regimes: list[dict] = field(default_factory=list)
    # A sanctions committee or panel named without its target (安理会制裁委员会, 专家小组): sanctions.json
    unnamed_committee: list[str] = field(default_factory=list)
    unnamed_panel: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.resolution_by_symbol = {r["symbol"]: r for r in self.resolutions}
        self.register = Register(
            [r for r in self.resolutions if r["symbol"].startswith("S/RES/")], self.complete_through)
        self.body_by_id = {b["id"]: b for b in self.bodies}
        self.body_forms = _body_forms(self.bodies)
        self.founded = _founded(self.bodies)
        # A regime's committee → its panel: `协助南苏丹制裁委员会工作的专家小组` is the South Sudan panel.
        self.panel_of = {regime["committee"]: regime["panel"] for regime in self.regimes
                         if regime.get("committee") and regime.get("panel")}
        # In a document about one regime, a committee or panel named without its target is that regime's.
        self.committee_of = {regime["id"]: regime["committee"] for regime in self.regimes if regime.get("committee")}
        self.panel_of_regime = {regime["id"]: regime["panel"] for regime in self.regimes if regime.get("panel")}
        # A resolution number → the one regime whose resolutions list it (none when two list it).
        listing = {}
        for regime in self.regimes:
            for symbol in regime["resolutions"]:
                listing.setdefault(symbol.split("/")[2].split(" ")[0], set()).add(regime["id"])
        self.regime_of_resolution = {number: ids.pop() for number, ids in listing.items() if len(ids) == 1}
        self.unnamed_re = {kind: re.compile(longest_of({fold(form) for form in forms}))
                           for kind, forms in (("committee", self.unnamed_committee), ("panel", self.unnamed_panel)) if forms}
        self._body_by_latin_name = {}
        for body in self.bodies:
            for written in [body["id"], body.get("acronym"), body.get("name_en")] + list(body.get("latin") or []):
                if isinstance(written, str) and written.strip():
                    self._body_by_latin_name.setdefault(written.strip().casefold(), body)
        self.regime_markers = _regime_markers(self.regimes, self.body_by_id)
        # The longest at each position, so that a name read inside a longer one (苏丹制裁 in 南苏丹制裁,
        # 马里制裁 in 索马里制裁) does not mark the document as naming a second regime.
        self.regime_marker_re = re.compile(longest_of(self.regime_markers)) if self.regime_markers else None
        self.treaty_by_id = {t["id"]: t for t in self.treaties}
        self.body_markers = _body_markers(self.bodies, {**self.treaty_by_id, **self.body_by_id})
        self.body_marker_re = re.compile(longest_of(self.body_markers)) if self.body_markers else None
        self.treaty_by_title = {  # the English name too: a Chinese text may print it in brackets
            fold(name): t["id"] for t in self.treaties for name in [*forms_of(t, TREATY_FORMS), t.get("name_en") or ""] if name
        }

    def body_named(self, name: str) -> dict | None:
        """The body an English name, acronym or id names (`opcw`, `Interpol`), if any."""
        return self._body_by_latin_name.get(name.strip().casefold())

    @property
    def sc_years(self) -> dict[str, str]:
        """Security Council resolution number -> year of adoption."""
        return self.register.years

    def dictionary_words(self) -> list[str]:
        """Every Chinese name, short form and variant of bodies and treaties, every form in the
        thesaurus and the extra field terms: the words a segmenter should keep whole."""
        words = set(self.field_terms)
        for entry in self.bodies + self.treaties:
            words.update(forms_of(entry, CHINESE_FORMS))
        for group in self.thesaurus:
            words.update(forms_of(group, THESAURUS_FORMS))
        for state in self.states:
            words.update(state["names"])
        return sorted(words)

    @classmethod
    def from_folder(cls, folder: Path | str) -> KnownData:
        folder = Path(folder)

        def read(name: str, empty):
            path = folder / name
            return json.loads(path.read_text(encoding="utf-8")) if path.exists() else empty

        register = read("resolutions.json", {"security_council": [], "other": [], "about": {}})
        terms = folder / "search_terms.txt"
        lines = terms.read_text(encoding="utf-8").splitlines() if terms.exists() else []
        regional = read("regional.json", {})
        council = register["security_council"]
        treaties = _with_years_in_numerals(_with_un_prefix(_with_english_spellings(
            _with_regional(read("treaties.json", []), regional.get("treaties", {})))))
        sanctions = read("sanctions.json", {"patterns": [], "regimes": []})
        regimes = regimes_from(sanctions, regional.get("states", []), {str(r["number"]): str(r["year"]) for r in council})
        bodies = _with_committee_numbers(_with_regional(read("bodies.json", []), regional.get("bodies", {})))
        bodies = _with_assembly_short(_with_un_prefix(_with_english_spellings(bodies)))
        return cls(
            resolutions=[_council_record(r) for r in council] + register["other"],
            bodies=_with_regime_names(_with_treaty_names(_with_parent_acronyms(bodies), treaties), regimes),
            treaties=treaties,
            thesaurus=_with_regional(read("thesaurus.json", []), regional.get("thesaurus", {})),
            states=[{"id": s["id"], "en": s["en"], "names": [n["form"] for n in s["names"]],
                     "english": [n["form"] for n in s.get("english", [])]}
                    for s in regional.get("states", [])],
            places=[{"id": p["id"], "names": [n["form"] for n in p["names"]]}
                    for p in read("places.json", {"places": []})["places"]],
            field_terms=[w for w in (line.split("#", 1)[0].strip() for line in lines) if w],
            organs=read("organs.json", []),
            complete_through=register["about"].get("complete_through", 0),
            heading_terms=read("heading_terms.json", {"exact": {}}),
            regimes=regimes,
            unnamed_committee=sanctions.get("unnamed_committee", {}).get("forms", []),
            unnamed_panel=sanctions.get("unnamed_panel", {}).get("forms", []),
        )


def regimes_from(sanctions: dict, states: list[dict], years: dict[str, str]) -> list[dict]:
    """The regimes of `sanctions.json` with their names written out: each target's names (a
    State's whole name group, or the name given) put into each pattern the target allows, each
    name with the sources of its pattern and its target; resolutions as register symbols (a
    number the register lacks is left out: the data test names it); and the names of its
    committee and its panel of experts, if it has them, from `committee_patterns` and
    `panel_patterns` (`body_names`)."""
    patterns = {row["pattern"]: row["source"] for row in sanctions["patterns"]}
    body_patterns = {kind: {row["pattern"]: row["source"] for row in sanctions.get(f"{kind}_patterns", [])}
                     for kind in ("committee", "panel")}
    groups = {state["id"]: state for state in states}
    regimes = []
    for regime in sanctions["regimes"]:
        names, body_names = {}, {regime[kind]: {} for kind in body_patterns if regime.get(kind)}
        for target in regime["targets"]:
            written = _target_names(target, groups)
            for pattern in target.get("patterns") or list(patterns):
                for name, source in written:
                    names.setdefault(pattern.replace("{target}", name), f"{patterns[pattern]} | {source}")
            for kind, kind_patterns in body_patterns.items():
                if not regime.get(kind):
                    continue
                for pattern, pattern_source in _extending(kind_patterns, target.get("patterns")).items():
                    for name, source in written:
                        body_names[regime[kind]].setdefault(pattern.replace("{target}", name), f"{pattern_source} | {source}")
        regimes.append({
            "id": regime["id"], "en": regime["en"], "bodies": list(regime["bodies"]),
            "resolutions": [f"S/RES/{row['number']} ({years[row['number']]})" for row in regime["resolutions"] if row["number"] in years],
            "names": [{"form": form, "source": source} for form, source in names.items()],
            "committee": regime.get("committee"), "panel": regime.get("panel"),
            "body_names": {body: [{"form": form, "source": source} for form, source in written.items()]
                           for body, written in body_names.items()},
        })
    return regimes


def _extending(patterns: dict[str, str], own: list[str] | None) -> dict[str, str]:
    """A body's patterns for a target: all, or, for a target restricted to patterns of its own
    (朝, only in 对{target}制裁), those extending one of them (对{target}制裁委员会)."""
    return {pattern: source for pattern, source in patterns.items()
            if own is None or any(pattern.startswith(written) for written in own)}


def _target_names(target: dict, groups: dict[str, dict]) -> list[tuple[str, str]]:
    """[(name, source)] of a regime's target: a State's name group, or the name given (and,
    when it holds a bracketed name, the name without it)."""
    if "state" in target:
        return [(row["form"], f"{target['source']}: {_by(row)}") for row in groups[target["state"]]["names"]]
    written = [(target["name"], target["source"])]
    bare = re.sub(r"[(（][^)）]*[)）]", "", target["name"])
    if bare != target["name"]:
        written.append((bare, f"{target['source']} (without the bracketed name)"))
    return written


# The same English word spelt the British way and the American way: the OPCW names itself the
# Organisation for the Prohibition of Chemical Weapons, the press and translations write Organization;
# the UN writes Counter-Terrorism (its Counter-Terrorism Committee), the GCTF Counterterrorism, and texts both;
# and a name opening with the United Nations as English texts shorten it (`UN Security Council`).
_SPELLINGS = ((r"isation\b", "ization"), (r"ization\b", "isation"), (r"\bCentre\b", "Center"), (r"\bCenter\b", "Centre"),
              (r"\bProgramme\b", "Program"), (r"\bProgram\b", "Programme"), (r"\bDefence\b", "Defense"),
              (r"\bDefense\b", "Defence"), (r"\bCounterterrorism\b", "Counter-Terrorism"),
              (r"\bCounter-Terrorism\b", "Counterterrorism"), (r"^United Nations (?=\S+ \S)", "UN "))


def other_spellings(name: str) -> list[str]:
    """The name with each word of `_SPELLINGS` spelt the other way, one word at a time, in the
    case the name has (`missile defense` for the thesaurus's `missile defence`)."""
    respelt = []
    for british_or_american, other in _SPELLINGS:
        written = re.sub(british_or_american, lambda m, other=other: _in_case_of(m.group(), other), name, flags=re.IGNORECASE)
        if written != name and written not in respelt:
            respelt.append(written)
    return respelt


def _in_case_of(written: str, other: str) -> str:
    """`other` in the case `written` is in: `ORGANIZATION`, `Organization`, `organization`."""
    if written.isupper() and len(written) > 1:
        return other.upper()
    return other if written[:1].isupper() else other.lower()


def _with_english_spellings(entries: list[dict]) -> list[dict]:
    """The entries, each English name that is matched (`latin`, and `name_en` of three words or
    more) joined in `latin` by its other spelling."""
    for entry in entries:
        latin = list(entry.get("latin") or [])
        matched = latin + ([entry["name_en"]] if len((entry.get("name_en") or "").split()) >= 3 else [])
        for name in matched:
            for respelt in other_spellings(name):
                if respelt not in latin:
                    latin.append(respelt)
        if len(latin) > len(entry.get("latin") or []):
            entry["latin"] = latin
    return entries


def _with_committee_numbers(entries: list[dict]) -> list[dict]:
    """The Council's committees, each joined in `latin` by the short English name the UN's pages
    give a committee after the resolution that set it up, as they name the 1540 and the 1718
    Committees (`1737 Committee`, `1373 Committee`)."""
    for entry in entries:
        founded = entry.get("established") or {}
        if founded.get("as") == "committee" and (name := f"{founded['by'][0]} Committee") not in (entry.get("latin") or []):
            entry["latin"] = [*(entry.get("latin") or []), name]
    return entries


# Taiwan's and Hong Kong's press write the United Nations as `UN` before a Chinese name: `UN秘書長`
# (https://www.ttbevents.com/guowai/article/52986.html, 2017), `UN憲章`.
_UNITED_NATIONS = ("联合国", "聯合國")


def _join_regional(entry: dict, own: list[str], added: list[str]) -> None:
    """Join the derived names an entry does not have already to its `regional_zh`, once each."""
    added = [name for name in dict.fromkeys(added) if name not in own]
    if added:
        entry[REGIONAL] = list(entry.get(REGIONAL) or []) + added


def _with_un_prefix(entries: list[dict]) -> list[dict]:
    """The entries, each Chinese name opening with 联合国 joined in `regional_zh` by the same name
    opening with `UN` instead."""
    for entry in entries:
        own = forms_of(entry, CHINESE_FORMS)
        added = [f"UN{name[3:]}" for name in own if name.startswith(_UNITED_NATIONS) and len(name) >= 5]
        _join_regional(entry, own, added)
    return entries


_YEAR_IN_FIGURES = re.compile(r"(?<!\d)(\d{4})年")
_NUMERALS = str.maketrans("0123456789", "〇" + CJK_NUMERALS[:9])


def _with_years_in_numerals(entries: list[dict]) -> list[dict]:
    """The entries, each Chinese name printing a year in figures (`1961年麻醉品单一公约`) joined in
    `regional_zh` by the same name with the year in Chinese numerals (`一九六一年麻醉品单一公约`),
    as treaty texts and gazettes write it."""
    for entry in entries:
        own = forms_of(entry, CHINESE_FORMS)
        added = [_YEAR_IN_FIGURES.sub(lambda m: m.group(1).translate(_NUMERALS) + "年", name)
                 for name in own if _YEAR_IN_FIGURES.search(name)]
        _join_regional(entry, own, added)
    return entries


# The General Assembly as its organs' names open with it, and the short name texts write in its
# place (`联大第一委员会`): the name the inter-ministerial committee on foreign words recommends
# beside 联合国大会 (外语中文译写规范部际联席会议专家委员会, 第二批推荐使用外语词中文译名表, 2014:
# UNGA, 联合国大会, 或译为 联大; a copy of the Ministry of Education's page:
# http://m.beautiful-landscapes.com/s78/A18/A18_ztzl/ztzl_wyfygf/201408/t20140807_172887.html).
_ASSEMBLY = {"联合国大会": "联大", "聯合國大會": "聯大", "大会": "联大", "大會": "聯大"}  # the longer openings first


def _with_assembly_short(entries: list[dict]) -> list[dict]:
    """The entries, each Chinese name opening with the General Assembly's (`大会第一委员会`) joined
    in `regional_zh` by the same name opening with 联大 instead; not a name joining the Assembly to
    something else (`大会和会议管理部`), nor the Assembly's own."""
    for entry in entries:
        own = forms_of(entry, CHINESE_FORMS)
        added = []
        for name in own:
            opening = next((opening for opening in _ASSEMBLY if name.startswith(opening)), None)
            rest = name[len(opening):] if opening else ""
            if rest and not rest.startswith(("和", "及")):
                added.append(_ASSEMBLY[opening] + rest)
        _join_regional(entry, own, added)
    return entries


def _with_parent_acronyms(entries: list[dict]) -> list[dict]:
    """The entries, each part of a body with an acronym (`part_of`) joined in `regional_zh` by its
    Chinese names with the acronym in place of the body's name they open with (`IAEA理事会`,
    `OPCW技术秘书处`), as texts type a part of a body after its acronym."""
    by_id = {entry["id"]: entry for entry in entries}
    for entry in entries:
        parent = by_id.get((entry.get("part_of") or {}).get("id"))
        if parent is None or not re.fullmatch(r"[A-Z]{2,6}", parent.get("acronym") or ""):
            continue
        own = forms_of(entry, CHINESE_FORMS)
        names = sorted(forms_of(parent, CHINESE_FORMS), key=len, reverse=True)
        added = []
        for form in own:
            opening = next((name for name in names if form.startswith(name)), None)
            if opening and len(form) - len(opening) >= 2:
                added.append(parent["acronym"] + form[len(opening):])
        _join_regional(entry, own, added)
    return entries


# A treaty's name ends in one of these; the organisation it sets up is named by it and this word.
_ORGANISATION_AFTER = {"公约": "组织", "条约": "组织", "公約": "組織", "條約": "組織"}


def _with_treaty_names(bodies: list[dict], treaties: list[dict]) -> list[dict]:
    """The bodies, each organisation a treaty sets up (`set_up_by`) joined in `regional_zh` by the
    treaty's names with 组织 after them (`禁止化学武器公约组织`), as texts name the organisation of
    a convention; long titles, which hold list marks, are left out."""
    by_id = {treaty["id"]: treaty for treaty in treaties}
    for body in bodies:
        treaty = by_id.get((body.get("set_up_by") or {}).get("id"))
        if treaty is None:
            continue
        own = forms_of(body, CHINESE_FORMS)
        added = [name + _ORGANISATION_AFTER[name[-2:]]
                 for name in forms_of(treaty, CHINESE_FORMS) if name[-2:] in _ORGANISATION_AFTER and "、" not in name]
        _join_regional(body, own, added)
    return bodies


def _with_regime_names(bodies: list[dict], regimes: list[dict]) -> list[dict]:
    """The bodies, each regime's committee and panel with the names its regime's patterns write
    (`regime_zh`, their sources in `regime_zh_sources`), less those the body lists already."""
    by_id = {body["id"]: body for body in bodies}
    for regime in regimes:
        for body_id, rows in regime["body_names"].items():
            body = by_id.get(body_id)
            if body is None:
                continue
            listed = {fold(form) for form in forms_of(body, CHINESE_FORMS)}
            rows = [row for row in rows if fold(row["form"]) not in listed]
            if rows:
                body[REGIME] = [row["form"] for row in rows]
                body[f"{REGIME}_sources"] = {row["form"]: row["source"] for row in rows}
    return bodies


def _regime_markers(regimes: list[dict], body_by_id: dict[str, dict]) -> dict[str, str]:
    """{folded form: regime id}: a regime's names and its bodies' forms, which make a document
    one about that regime; not the forms a context rule reads as the body only in such a
    document (联合国专家小组)."""
    markers = {}
    for regime in regimes:
        written = [row["form"] for row in regime["names"]]
        for body in (body_by_id[body_id] for body_id in regime["bodies"] if body_id in body_by_id):
            written += [form for form in forms_of(body, CHINESE_FORMS) if fold(form) not in _ruled(body)]
        for form in written:
            if fold(form):
                markers.setdefault(fold(form), regime["id"])
    return markers


def _ruled(body: dict) -> set[str]:
    """The body's folded forms some context rule reads only in context."""
    return {fold(form) for rule in body.get("context", []) for form in rule["forms"]}


def _body_markers(bodies: list[dict], entry_by_id: dict[str, dict]) -> dict[str, dict[str, re.Pattern | None]]:
    """{folded form: {topic: a `not_before` pattern or None}}: what makes a document one naming a
    body or treaty a context rule takes as its topic (the IAEA, whose Board a text naming the Agency
    calls 理事会; the NPT, whose Review Conference a text naming the Treaty calls 审议大会), and what
    names one of the rule's rivals there (`<body>|rival`). A longer name of something else holding
    the topic's form (国家原子能机构, China's authority) marks nothing (""). A form may mark several
    topics: the NPT's names mark the NPT and are the BWC Review Conference rule's rivals."""
    markers = {}
    for body in bodies:
        for rule in body.get("context", []):
            if rule.get("topic") in entry_by_id:
                for form, marked in (*_topic_markers(entry_by_id[rule["topic"]]).items(),
                                     *_rival_markers(body, rule, bodies, entry_by_id).items()):
                    markers.setdefault(form, {}).update([marked])
    return markers


def _topic_markers(topic: dict) -> dict[str, tuple[str, re.Pattern | None]]:
    """The topic body's forms no rule makes conditional on a topic or on the text before, with the
    `not_before` of the rule that reads a form so (中国原子能机构 names no IAEA)."""
    markers = {fold(form): (topic["id"], None) for form in forms_of(topic) if fold(form) and fold(form) not in _ruled(topic)}
    for rule in topic.get("context", []):
        if "topic" not in rule and "before" not in rule:
            pattern = re.compile(rule["not_before"]) if "not_before" in rule else None
            markers.update({fold(form): (topic["id"], pattern) for form in rule["forms"]})
            markers.update({fold(name): ("", None) for name in rule.get("not_inside", [])})
    return markers


def _rival_markers(body: dict, rule: dict, bodies: list[dict], entry_by_id: dict[str, dict]
                   ) -> dict[str, tuple[str, re.Pattern | None]]:
    """The forms of the other bodies with a Chinese name ending in a form the rule reads (欧盟理事会,
    人权理事会 for 理事会), but those it says are shortened apart (`named_apart`: the Security
    Council is 安理会), and of the bodies and treaties it names as `rivals` (the other treaties
    whose parties hold review conferences): a document naming one of them may mean it by the bare form."""
    heads = tuple(fold(form) for form in rule["forms"])
    rivals = [other for other in bodies if other["id"] not in (body["id"], *rule.get("named_apart", []))
              and any(fold(name).endswith(heads) for name in forms_of(other, CHINESE_FORMS))]
    rivals += [entry_by_id[rival] for rival in rule.get("rivals", [])]
    return {fold(form): (f"{body['id']}|rival", None) for other in rivals for form in forms_of(other)
            if fold(form) and fold(form) not in _ruled(other)}


def _by(row: dict) -> str:
    return "; ".join(by.get("rule") or by.get("source", "") for by in row.get("by", []))


def _with_regional(entries: list[dict], regional: dict) -> list[dict]:
    """The entries, each with its derived regional forms (by id) as `regional_zh`; a form derived
    for an id the entry file no longer holds is left out."""
    for entry in entries:
        forms = [row["form"] for row in regional.get(entry["id"], [])]
        if forms:
            entry[REGIONAL] = forms
    return entries


def _council_record(record: dict) -> dict:
    """A register line as the record pages show: with its symbol, organ and text fields."""
    number, year = record["number"], record["year"]
    return {"symbol": f"S/RES/{number} ({year})", "number": str(number), "year": year,
            "organ": "Security Council", "adopted": record.get("adopted", ""),
            "title_zh": record.get("title_zh", ""), "title_en": record.get("title_en", "")}


def _founded(bodies: list[dict]) -> dict[tuple[str, str], str]:
    """{(resolution number, "committee" | "panel"): body id}, from the bodies' `established`: texts
    name a committee or panel by the resolution that set it up, with whatever paragraph or verb
    they like (`第1973(2011)號決議第24段所設專家小組`), more ways than a gazetteer can list."""
    founded = {}
    for body in bodies:
        established = body.get("established") or {}
        for number in established.get("by", []):
            founded.setdefault((str(number), established["as"]), body["id"])
    return founded


def _between(full: str, short: str) -> list[str]:
    """The forms between a name and a short form made from it by dropping two to four single
    characters (`禁止化学武器组织` → `禁化武组织`): texts drop fewer of them too (`禁止化武组织`,
    `禁止化武器组织`), as Chinese shortens names character by character."""
    if len(short) < 4 or len(short) >= len(full):
        return []
    kept, position = set(), 0
    for char in short:  # the leftmost way to read the short form in the name
        position = full.find(char, position)
        if position < 0:
            return []
        kept.add(position)
        position += 1
    dropped = [i for i in range(len(full)) if i not in kept]
    if not 2 <= len(dropped) <= 4 or any(b - a == 1 for a, b in zip(dropped, dropped[1:])):
        return []
    between = []
    for mask in range(1, 2 ** len(dropped) - 1):
        restored = {dropped[bit] for bit in range(len(dropped)) if mask >> bit & 1}
        between.append("".join(char for i, char in enumerate(full) if i in kept or i in restored))
    return between


def _body_forms(bodies: list[dict]) -> dict[str, BodyForm]:
    forms: dict[str, BodyForm] = {}
    for body in bodies:
        rules = {}  # a form two rules read (`审议大会` after the Treaty's name, or in a document naming it)
        for rule in body.get("context", []):
            for written in rule["forms"]:
                read_by = rules.setdefault(fold(written), [])
                if rule not in read_by:  # a simplified and a traditional form fold alike
                    read_by.append(rule)
        # The English name too, when of three words or more: a Chinese text prints it only to name
        # the body (`Nuclear Suppliers Group`); shorter ones are ordinary English.
        english = [body["name_en"]] if len((body.get("name_en") or "").split()) >= 3 else []
        # ... in lower and upper case too: a name of three words or more is not an acronym (`nuclear
        # security summit`, a heading's `SHANGHAI COOPERATION ORGANIZATION`)
        english += [case(name) for name in english + list(body.get("latin") or []) if len(name.split()) >= 3
                    for case in (str.lower, str.upper)]
        for written in forms_of(body) + english:
            form = fold(written)
            if not form:
                continue
            own = rules.get(form, [{}])
            shared = forms.get(form)  # two wholes' parts of one name, each read after its whole's name
            while shared and shared.body == body["id"]:
                shared = shared.other  # the same form again (its traditional spelling)
            read = shared if _read_after_a_name(shared) and any("before" in rule for rule in own) else None
            for rule in reversed(own):  # the first rule is tried first, then the next, then another body's
                read = BodyForm(
                    form=form,
                    body=body["id"],
                    after=re.compile(rule["after"]) if "after" in rule else None,
                    not_before=re.compile(rule["not_before"]) if "not_before" in rule else None,
                    before=re.compile(rule["before"]) if "before" in rule else None,
                    topic=rule.get("topic"),
                    rivalled=f"{body['id']}|rival" if "named_apart" in rule or "rivals" in rule else None,
                    other=read,
                )
            forms[form] = read
    # Read, not searched for: a form between a name and its short form, unless it is another
    # body's form or inside one (then that body's longer name is what the text prints).
    listed = "\n".join(forms)
    for body in bodies:
        for full in body.get("names_zh") or []:
            for short in (body.get("short_zh") or []) + (body.get("variants_zh") or []):
                for written in _between(full, short):
                    form = fold(written)
                    if form not in forms and (form not in listed or not any(
                            form in other and known.body != body["id"] for other, known in forms.items())):
                        forms[form] = BodyForm(form=form, body=body["id"])
    return forms


def _read_after_a_name(form: BodyForm | None) -> bool:
    """Whether a body's form is read right after the name of its whole under one of its rules: two
    wholes' parts may share it (`审议大会`), each tried in turn."""
    while form is not None:
        if form.before:
            return True
        form = form.other
    return False


@lru_cache(maxsize=8)
def load_known_data(folder: Path | str | None = None) -> KnownData:
    """The known data from `folder` (default: the package's data), read once."""
    return KnownData.from_folder(folder or DATA)


@lru_cache(maxsize=2)
def load_wordings(folder: Path | str | None = None) -> list[list[str]]:
    """The everyday words the regions write apart (`wordings.json`): [[written forms]], one per
    wording. Only search reads them, so they are not part of `KnownData`, which every import
    process loads."""
    path = Path(folder or DATA) / "wordings.json"
    if not path.exists():
        return []
    return [[name["form"] for name in wording["names"]] for wording in json.loads(path.read_text(encoding="utf-8"))["wordings"]]


@lru_cache(maxsize=2)
def load_elements(folder: Path | str | None = None) -> list[dict]:
    """The chemical elements (`elements.json`, made by `build_elements.py`): number, symbol,
    mainland name and the regions' other characters, so that an isotope is read however it is
    printed (unref.isotopes). Only search reads them: not part of `KnownData`."""
    path = Path(folder or DATA) / "elements.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["elements"]


def load_sounds(folder: Path | str | None = None) -> dict[str, str]:
    """{name character: its reading without tone} (`sounds.json`, made by `build_sounds.py`): how
    the characters foreign names are written with sound (unref.sounds). Only search reads them: not
    part of `KnownData`."""
    return _sounds(Path(folder or DATA)).get("readings", {})


def load_syllables() -> frozenset[str]:
    """Every Mandarin syllable without tone (`sounds.json`'s `syllables`, from Unihan's kMandarin):
    the readings a copied page's pinyin gloss may print (unref.normalise)."""
    return frozenset(_sounds(DATA).get("syllables", ()))


@lru_cache(maxsize=1)
def load_customary() -> dict[str, str]:
    """{character: its kMandarin reading with its tone (`wei4`)} for every CJK Unified Ideograph
    (`sounds.json`'s `customary`): how a Chinese name typed two ways is read (unref.sounds)."""
    return {char: reading for reading, chars in _sounds(DATA).get("customary", {}).items() for char in chars}


@lru_cache(maxsize=2)
def _sounds(folder: Path) -> dict:
    path = folder / "sounds.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=2)
def load_outlets(folder: Path | str | None = None) -> list[list[str]]:
    """The news outlets a document's organ may name (`outlets.json`): [[written names]], one per
    outlet, so that a query typing one of its names finds a document whose sidecar gives another
    (`自由時報` for `Liberty Times`). Only search reads them: not part of `KnownData`."""
    path = Path(folder or DATA) / "outlets.json"
    return [outlet["names"] + outlet["latin"] for outlet in json.loads(path.read_text(encoding="utf-8"))]


def list_files(folder: Path | str | None = None) -> dict[str, Path]:
    """Every named list in `folder` (default: the package's lists), by name: `1540.json` is "1540"."""
    return {path.stem: path for path in sorted(Path(folder or LISTS).glob("*.json"))}


def read_list_file(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
