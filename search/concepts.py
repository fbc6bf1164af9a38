"""The things a researcher may name — bodies, treaties, field terms, sanctions regimes, States —
with every written form.

Read from the knowledge package (unref): a body, a treaty, a thesaurus group, a sanctions regime
(北韓制裁, 伊朗制裁) or a State's name group (朝鲜, 北韓, 北朝鲜) is one concept, and each of its
forms (Chinese full and short names, traditional, regional, former names, variants, English
name, acronym) names it. A regime also stands for its bodies and resolutions, which a text may
cite instead of naming it. Forms are kept in search form (normalise_for_search), so the
traditional forms fold onto the simplified ones. No Django.
"""
import re
from collections import defaultdict
from dataclasses import dataclass, fields
from functools import lru_cache

from unref import isotopes, load_known_data, load_wordings, normalise_for_search
from unref.knowledge import (
    BODY_FORMS,
    THESAURUS_FORMS,
    TREATY_FORMS,
    forms_of,
    other_spellings,
)
from unref.normalise import is_cjk

from . import kept

# Shortest Chinese form recognised anywhere inside a longer unspaced query: two characters inside
# a longer string are too often part of another word. A two-character name (北韓 in 北韓制裁,
# 飛彈 in 極音速飛彈) counts only where the query's own segmentation holds it as a word.
INSIDE_MIN = 3


@dataclass(frozen=True)
class Concept:
    kind: str  # "body" | "treaty" | "term" | "regime" | "state" | "place" | "word"
    id: str
    names: tuple  # every form that names it, in search form, each once, preferred first
    # A regime's stored references: its bodies' ids and its resolutions' symbols; a body's: its
    # organs' ids (`part_of`).
    bodies: tuple = ()
    resolutions: tuple = ()
    # A term's narrower terms' names (the thesaurus's `narrower`, followed down), a body's organs'
    # names: searched with its own, as a library catalogue explodes a subject heading, but never
    # naming it.
    narrower: tuple = ()
    # Narrower terms that count only beside another in one paragraph (a `narrower` row's `with`:
    # an asset freeze is part of countering terrorist financing where the paragraph speaks of
    # terrorism): ((their forms), (the forms one of which must be beside them)) pairs.
    together: tuple = ()
    # Named by a whole token only, never inside a longer one: a form a body's rule reads as the body
    # only where the body is named (`三边安全伙伴关系`; `美日菲三边安全伙伴关系` is another partnership).
    alone: bool = False

    @property
    def forms(self):
        """The names worth searching the text for, its narrower terms' after its own: not English
        names of several words (a Chinese text rarely prints them, and the bigram field cannot
        hold them as phrases), not Latin words shorter than three letters (`wa` would match
        anything)."""
        return tuple(name for name in self.names + self.narrower if not _latin(name) or (" " not in name and len(name) >= 3))


def _search_forms(written):
    result = []
    for form in written:
        folded = " ".join(normalise_for_search(form)[0].split())
        if folded and (len(folded) >= 2) and folded not in result:
            result.append(folded)
    return result


# The archive's own subject: a form read in a document on 1540 (the 1540 Committee's experts, `专家组`) is
# read in nearly every document here, and typed alone names that body.
SUBJECT = "1540"


def _named_alone(body, subject=None):
    """The body's forms, less those a context rule reads as the body only in some documents: typed
    alone, `联合国专家小组` and `监察员办公室` (read so in a document about their sanctions regime) and
    `三边安全伙伴关系` (AUKUS in a document naming it) name no one body, nor does a form read only after
    the name of its whole (`第九次审议大会` after the BWC's). With `subject`, a form a rule reads on that
    topic or with no topic and no whole before it stays the body's own (`专家组`); without, no form a
    rule reads is searched for the body (an organ's `专家组` is not searched for the 1540 Committee)."""
    guarded = set(_search_forms(form for rule in body.get("context", [])
                                if subject is None or rule.get("topic") not in (None, subject) or "before" in rule
                                for form in rule["forms"]))
    return [form for form in forms_of(body, BODY_FORMS) if not guarded.intersection(_search_forms([form]))]


def _named_beside_itself(body):
    """The forms a context rule reads as the body in a document naming the body (`三边安全伙伴关系`,
    AUKUS): typed, such a form names the body, whose documents are those where the text reads so, and
    searches for the body's references and for these forms alone; the body typed by its own names
    does not search them (`三边安全伙伴关系` printed alone is another partnership as often)."""
    return _search_forms(form for rule in body.get("context", []) if rule.get("topic") == body["id"] and "before" not in rule
                         for form in rule["forms"])


def _concepts(data):
    parts = _parts(data.bodies)
    for body in data.bodies:
        latin = [body.get("acronym"), body.get("name_en"), body["id"]]
        own = _search_forms(_named_alone(body, SUBJECT) + [x for x in latin if x])
        organs = [data.body_by_id[part] for part in parts.get(body["id"], ())]
        narrower = [form for organ in organs for form in _search_forms(_named_alone(organ)) if form not in own]
        yield Concept("body", body["id"], tuple(own), bodies=tuple(organ["id"] for organ in organs),
                      narrower=tuple(dict.fromkeys(narrower)))
        if in_its_own := _named_beside_itself(body):
            yield Concept("body", body["id"], tuple(in_its_own), alone=True)
    for treaty in data.treaties:
        latin = [treaty.get("acronym"), treaty.get("name_en"), treaty["id"]]
        yield Concept("treaty", treaty["id"], tuple(_search_forms(forms_of(treaty, TREATY_FORMS) + [x for x in latin if x])))
    groups = {group["id"]: group for group in data.thesaurus}
    for group in data.thesaurus:
        own = _search_forms(_thesaurus_names(group))
        narrower = [form for below in _below(group, groups) for form in forms_of(below, THESAURUS_FORMS)]
        narrower += [form for row in group.get("narrower", []) if (body := data.body_by_id.get(row["id"]))
                     for form in _named_alone(body)]  # a body within the term (the NSG, an export control regime)
        together = tuple((_least(_search_forms(forms_of(groups[row["id"]], THESAURUS_FORMS))),
                          _least(_search_forms([form for beside in row["with"] for form in forms_of(groups[beside], THESAURUS_FORMS)])))
                         for row in group.get("narrower", []) if row.get("with"))
        yield Concept("term", group["id"], tuple(own), narrower=tuple(form for form in _search_forms(narrower) if form not in own),
                      together=together)
    for regime in data.regimes:
        yield Concept("regime", regime["id"], tuple(_search_forms([row["form"] for row in regime["names"]])),
                      bodies=tuple(regime["bodies"]), resolutions=tuple(regime["resolutions"]))
    for state in data.states:
        yield Concept("state", state["id"], tuple(_search_forms(state["names"] + state["english"] + [state["en"], state["id"]])))
    for place in data.places:
        yield Concept("place", place["id"], tuple(_search_forms(place["names"])))
    for form, others in _wording_neighbours(load_wordings()).items():
        yield Concept("word", form, (form, *others))


def _wording_neighbours(wordings):
    """{form: the other forms of every wording holding it} (search forms): a word is read with its
    own wordings' forms, never theirs in turn (桌球 is table tennis in Taiwan and billiards in Hong
    Kong; 乒乓球 finds 桌球, not 台球)."""
    found = {}
    for written in wordings:
        forms = _search_forms(written)
        for form in forms:
            others = found.setdefault(form, [])
            others += [other for other in forms if other != form and other not in others]
    return found


def _parts(bodies):
    """{body id: the ids of its organs (`part_of`), and theirs}: a search for the OPCW also finds
    its Executive Council, as a term finds its narrower terms; never the other way up."""
    direct = {}
    for body in bodies:
        if "part_of" in body:
            direct.setdefault(body["part_of"]["id"], []).append(body["id"])
    found = {}
    for whole in direct:
        seen, waiting = [], list(direct[whole])
        while waiting:
            part = waiting.pop(0)
            if part not in seen and part != whole:
                seen.append(part)
                waiting += direct.get(part, [])
        found[whole] = seen
    return found


def _least(forms):
    """The forms that contain no other (every paragraph `反恐怖主义` finds, `反恐` finds)."""
    return tuple(form for form in forms if not any(other != form and other in form for other in forms))


def _thesaurus_names(group):
    """Its forms and English names, each English name also as the other side of the Atlantic spells it."""
    english = [group.get("en") or "", group["id"]]
    english += [respelt for name in english for respelt in other_spellings(name)]
    return [x for x in forms_of(group, THESAURUS_FORMS) + english + [group.get("acronym") or ""] if x]


def _below(group, groups):
    """The group's narrower groups, and theirs, each once (a cycle in the data stops there); not
    those that count only beside another term (`with`)."""
    found, waiting = [], [row["id"] for row in group.get("narrower", []) if not row.get("with")]
    while waiting:
        below = groups.get(waiting.pop(0))
        if below is not None and below is not group and below not in found:
            found.append(below)
            waiting += [row["id"] for row in below.get("narrower", []) if not row.get("with")]
    return found


@lru_cache(maxsize=1)
def _written_forms():
    data = load_known_data()
    written = {}
    for entry in data.bodies + data.treaties:
        for form in forms_of(entry, BODY_FORMS) + [entry.get("acronym") or "", entry.get("name_en") or ""]:
            written.setdefault(" ".join(normalise_for_search(form)[0].split()), form)
    for group in data.thesaurus:  # `WMD`, not `wmd`
        for form in [group.get("en") or "", group["id"]]:
            written.setdefault(" ".join(normalise_for_search(form)[0].split()), form)
    return written


def as_written(form):
    """A search form as the data writes it, for readers: `OPCW`, not `opcw`."""
    return _written_forms().get(form, form)


def _latin(name):
    return not any(is_cjk(char) for char in name)


_kept_in = None  # the folder the catalogue is kept in between processes (search/apps.py: the data folder's)


def keep_in(folder):
    """Keep the catalogue in `folder` (search.kept) for the next process to read."""
    global _kept_in
    _kept_in = folder
    catalogue.cache_clear()


@lru_cache(maxsize=1)
def catalogue():
    """{name: Concept}: the first concept to claim a name keeps it (bodies, then treaties, then
    terms, then regimes, then States, then other places, then everyday words, each of which
    claims its own form only). Read from the copy an earlier process kept, when there is one."""
    rows = kept.read(_kept_in, "catalogue") if _kept_in else None
    if rows is not None:
        return _from_rows(rows)
    by_name = _built()
    if _kept_in:
        kept.write(_kept_in, "catalogue", _as_rows(by_name))
    return by_name


def _as_rows(by_name):
    """The catalogue as plain data: each concept once (as many names share one), then the names and
    the index of each one's concept."""
    index = {}
    for concept in by_name.values():
        index.setdefault(id(concept), (len(index), concept))
    rows = [tuple(getattr(concept, field.name) for field in fields(Concept)) for _, concept in index.values()]
    return rows, tuple(by_name), tuple(index[id(concept)][0] for concept in by_name.values())


def _from_rows(rows):
    concepts, names, which = rows
    concepts = [Concept(*row) for row in concepts]
    return dict(zip(names, (concepts[k] for k in which), strict=True))


def _built():
    by_name = {}
    for concept in _concepts(load_known_data()):
        if len(concept.names) < 2:
            continue  # nothing to expand to
        for name in concept.names[:1] if concept.kind == "word" else concept.names:
            by_name.setdefault(name, concept)
    return by_name


@lru_cache(maxsize=1)
def common_terms():
    """Ids of the thesaurus terms whose English is a common noun (`small modular reactors`), of
    which a text may name several, not a proper name (`the FBI`, `Korea's NIS`, an armed group)."""
    return frozenset(group["id"] for group in load_known_data().thesaurus
                     if group["en"][:1].islower() and not group["en"].startswith(("the ", "al-")))


def named(normalised):
    """The concept this whole (normalised) token names, if any."""
    return catalogue().get(" ".join(normalised.split()))


def isotope(normalised):
    """The isotope a whole token names, in every way texts print it (unref.isotopes), or None."""
    found = isotopes.writings(normalised)
    if not found:
        return None
    return Concept("word", found[0], (normalised, *(form for form in found if form != normalised)))


def _chinese(form):
    return all(is_cjk(char) for char in form)


def _named_inside(concept):
    """A regime is named by a whole token only: inside a longer one (利比亚制裁委员会, 北韩制裁决议)
    the rest says the query asks for something narrower than the regime's resolutions. An
    everyday word likewise: inside a longer token it is as often part of another word; and so is a
    concept named by a whole token only (`Concept.alone`)."""
    return concept.kind not in ("regime", "word") and not concept.alone


def _short_inside(concept):
    """Whether a two-character name of the concept counts inside a longer token: a State's (北韓 in
    北韓制裁) or a thesaurus term's with no narrower terms (飛彈 in 極音速飛彈, 化武 in 化武公約); not a
    body's, treaty's or place's, whose two characters are as often a common noun (大会 in 缔约国大会,
    宪章 in 东盟宪章, 州 names), nor a term that brings its narrower terms (制裁: the arms embargoes,
    travel bans and asset freezes), whose forms would fill the query's budget."""
    return concept.kind == "state" or (concept.kind == "term" and not concept.narrower)


@lru_cache(maxsize=1)
def _inside_forms():
    forms = {form: concept for form, concept in catalogue().items()
             if len(form) >= INSIDE_MIN and _chinese(form) and _named_inside(concept)}
    short = {form: concept for form, concept in catalogue().items()
             if len(form) < INSIDE_MIN and _chinese(form) and _short_inside(concept)}
    acronyms = {form: concept for form, concept in catalogue().items()
                if _LATIN_RUN.fullmatch(form) and not form.isdigit() and _named_inside(concept)}
    return forms, max((len(form) for form in forms), default=0), short, acronyms


# A run of Latin letters and digits inside a token: an acronym typed against Chinese (`IAEA理事会`).
_LATIN_RUN = re.compile(r"[a-z0-9]+")


def _short_at(normalised, i, short, spans, kinds):
    """The concept whose two-character name is a word of the token (its segmentation's) at `i`, if
    any, and not inside a longer word it names nothing inside (`普廷` in `拉斯普廷`, which the segmenter
    may cut `拉斯 普廷`)."""
    for end in range(min(len(normalised), i + INSIDE_MIN - 1), i + 1, -1):
        concept = short.get(normalised[i:end])
        if (concept is not None and (kinds is None or concept.kind in kinds) and (i, end) in spans()
                and not _inside_longer(normalised, i, normalised[i:end])):
            return end, concept
    return None


def within(normalised, short_kinds=None):
    """The concepts named inside an unspaced Chinese token, longest match first from the left, and
    an acronym typed against its Chinese (`IAEA理事会`, a whole run of Latin letters):
    [(start, end, Concept)], or [] when the token names none (or only itself). `short_kinds`: the
    kinds whose two-character names count (_short_inside's by default; a regime's name reads its
    State only, its other words being the regime's own, not concepts at large)."""
    forms, longest, short, acronyms = _inside_forms()
    found, i = [], 0
    spans = lru_cache(maxsize=1)(lambda: _word_spans(normalised))
    while i < len(normalised):
        if latin := _LATIN_RUN.match(normalised, i):
            if latin.group() in acronyms:
                found.append((i, latin.end(), acronyms[latin.group()]))
            i = latin.end()
            continue
        for end in range(min(len(normalised), i + longest), i + INSIDE_MIN - 1, -1):
            concept = forms.get(normalised[i:end])
            if concept is not None and not _inside_longer(normalised, i, normalised[i:end]):
                found.append((i, end, concept))
                i = end
                break
        else:
            word = _short_at(normalised, i, short, spans, short_kinds) if short else None
            if word is not None:
                found.append((i, *word))
                i = word[0]
            else:
                i += 1
    if len(found) == 1 and found[0][:2] == (0, len(normalised)):
        return []
    return found


def words_inside(normalised):
    """The everyday words the regions write apart (`网络`, Taiwan's `网路`) that jieba's search mode
    cuts as words inside an unspaced Chinese token it keeps whole (`网络攻击`), longest first from
    the left: [(start, end, Concept)]. Inside a token a word counts only where it is one of the
    token's own words, not wherever its letters stand."""
    from .analysis import search_tokens

    spans = sorted(((start, end) for _, start, end in search_tokens(normalised)
                    if end - start >= 2 and (start, end) != (0, len(normalised))), key=lambda span: (span[0], -span[1]))
    found, cursor = [], 0
    for start, end in spans:
        concept = named(normalised[start:end]) if start >= cursor and _chinese(normalised[start:end]) else None
        if concept is not None and concept.kind == "word":
            found.append((start, end, concept))
            cursor = end
    return found


def _word_spans(normalised):
    """{(start, end)} of the words of jieba's ordinary segmentation of a token."""
    from .analysis import segmenter

    return {(start, end) for _, start, end in segmenter().tokenize(normalised)}


@lru_cache(maxsize=1)
def not_inside():
    """{form: (longer names)}: a body's form that does not name it inside those names, another
    body's (`原子能机构` inside China's `国家原子能机构`: bodies.json, a context rule's `not_inside`), and
    a thesaurus term's form inside the longer words its group lists (`伊斯兰国`, the Islamic State,
    inside `伊斯兰国家`, Islamic countries: thesaurus.json, `not_inside`). Searched as another form, the
    form finds no paragraph printing one of its longer words, though it print the form apart too: a
    phrase query cannot tell the two apart."""
    found = {}
    data = load_known_data()
    for body in data.bodies:
        for rule in body.get("context", []):
            longer = tuple(_search_forms(rule.get("not_inside", [])))
            for form in _search_forms(rule["forms"]) if longer else []:
                found[form] = found.get(form, ()) + longer
    for group in data.thesaurus:
        words = _search_forms(group.get("not_inside", []))
        for form in _search_forms(forms_of(group, THESAURUS_FORMS)):
            if longer := tuple(word for word in words if form in word):
                found[form] = found.get(form, ()) + longer
    return found


def _inside_longer(normalised, start, form):
    """Whether the form found at `start` of the token stands inside one of the longer words it
    does not name anything inside (`伊斯兰国` in `伊斯兰国家`)."""
    return any(normalised.startswith(word, start - offset)
               for word in not_inside().get(form, ()) for offset in _places(form, word) if offset <= start)


def _places(form, word):
    """Every offset at which `form` stands inside `word`."""
    return [offset for offset in range(len(word) - len(form) + 1) if word.startswith(form, offset)]


def names_another(form, typed):
    """Whether `form` (search form) is a name the archive knows for something other than what
    `typed` names: `国家原子能机构` is no slip for `国际原子能机构`. A string that names nothing the
    archive knows names no other thing: a known name one character from it is the likelier slip
    (`禁用化学武器组织`, `禁止化学武器祖织` for `禁止化学武器组织`)."""
    own = named(typed)
    concept = named(form)
    if concept is not None:
        return own is not None and concept.id != own.id
    return any(form in longer for longer in not_inside().values())


def forms_for(concept, typed):
    """The concept's forms to search, the one typed first; a form containing another is left
    out (every paragraph it would find, the shorter one finds)."""
    kept = [typed]
    for form in sorted(concept.forms, key=len):
        if not any(other in form for other in kept):
            kept.append(form)
    return [typed] + [form for form in concept.forms if form in kept[1:]]


@lru_cache(maxsize=1)
def _chinese_names():
    """[(name, Concept)] for every Chinese name of a concept a query may name in other words, and
    {character: indexes of the names printing it}, so that a query reads only the names that
    print every character of its words."""
    names = [(form, concept) for form, concept in catalogue().items() if not _latin(form) and _named_inside(concept)]
    printing = defaultdict(set)
    for index, (form, _) in enumerate(names):
        for char in form:
            printing[char].add(index)
    return names, printing


def reworded(pieces):
    """The one concept whose Chinese name has every word of these pieces (at least three words),
    in any order: `制裁基地组织/塔利班委员会` names the committee written 基地组织和塔利班制裁委员会."""
    from .analysis import words

    wanted = frozenset(word for piece in pieces for word in words(piece))
    if len(wanted) < 3:
        return None
    # A name has a word when it prints it: the words jieba's search mode cuts inside a name are
    # all printed in it, and a word of the dictionary (基地组织) may be longer than those.
    names, printing = _chinese_names()
    chars = sorted({char for word in wanted for char in word}, key=lambda char: len(printing.get(char, ())))
    candidates = set(printing.get(chars[0], ())).intersection(*(printing.get(char, ()) for char in chars[1:]))
    named = {names[i][1] for i in candidates if all(word in names[i][0] for word in wanted)}
    return next(iter(named)) if len(named) == 1 else None
