"""What a researcher typed → what to look for → a Whoosh query. Pure functions, no Django.

No parser ever sees the raw input: operator words, `*`, `field:value`, brackets and control
characters are only text here, and the Whoosh query is built from objects.
"""
import re
import unicodedata
from dataclasses import dataclass, field

from whoosh.query import And, AndNot, NullQuery, Or, Phrase, Prefix, Term

from unref import load_known_data, normalise_for_search, resolution_typed
from unref.knowledge import CHINESE_FORMS, forms_of

from .analysis import bigrams, is_cjk, units, words
from .budget import BUDGET, fit
from .characters import LoneUnit

MAX_QUERY_LENGTH = 200
OPERATORS = {"AND", "OR", "NOT", "&&", "||"}
QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』", "＂": "＂"}

_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:\.\d+)?(?:/[A-Z0-9][A-Z0-9.\-]*)+$", re.I)


@dataclass
class Wanted:
    """One thing to find: a word or phrase (normalised), a resolution, a body or a document."""
    kind: str  # "text" | "phrase" | "resolution" | "body" | "document"
    value: str  # normalised text, canonical resolution symbol, body id or document symbol
    surface: str
    words: list = field(default_factory=list)
    forms: list = field(default_factory=list)  # a body's Chinese forms, normalised


@dataclass
class Understood:
    query: str
    terms: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    dropped: list = field(default_factory=list)  # what was typed but left out to keep within the budget

    @property
    def empty(self):
        return not self.terms

    def highlight_strings(self):
        """Normalised strings to mark in a hit: verbatim terms, their words, a body's forms."""
        strings = []
        for term in self.terms:
            if term.kind in ("text", "phrase"):
                strings.append(term.value)
                if term.kind == "text":
                    strings.extend(w for w in term.words if len(w) >= 2 or not is_cjk(w))
            elif term.kind == "body":
                strings.extend(term.forms)
            elif term.kind == "document":
                strings.append(normalise_for_search(term.value)[0])
        return sorted({s for s in strings if s.strip()}, key=len, reverse=True)

    def as_dict(self):
        return {
            "terms": [
                {"kind": t.kind, "value": t.value, "surface": t.surface, "words": t.words} for t in self.terms
            ],
            "excluded": [t.surface for t in self.excluded],
            "dropped": self.dropped,
            "notes": self.notes,
        }


def clean(raw):
    """Control characters to spaces, overlong input truncated; returns (text, notes)."""
    notes = []
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in (raw or ""))
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        notes.append(f"检索词过长，只使用了前 {MAX_QUERY_LENGTH} 个字符 (query truncated to {MAX_QUERY_LENGTH} characters)")
    return text, notes


def split(text):
    """Quoted phrases and plain tokens, each with an exclusion flag: [(token, quoted, excluded)]."""
    pieces, i, length = [], 0, len(text)
    while i < length:
        char = text[i]
        if char == " ":
            i += 1
            continue
        excluded = char in "-－" and i + 1 < length and text[i + 1] != " "
        j = i + 1 if excluded else i
        if j < length and text[j] in QUOTES:
            closing = QUOTES[text[j]]
            end = text.find(closing, j + 1)
            if end == -1 and closing == "”":
                end = text.find('"', j + 1)
            if end != -1:
                pieces.append((text[j + 1:end], True, excluded))
                i = end + 1
                continue
            j += 1  # an unbalanced quote is just dropped
        end = text.find(" ", j)
        end = length if end == -1 else end
        pieces.append((text[j:end], False, excluded))
        i = end
    return pieces


def body_forms(body):
    """A body's Chinese forms in search form, each once, shortest words (< 2 characters) left out."""
    result = []
    for form in forms_of(body, CHINESE_FORMS):
        folded = normalise_for_search(form)[0]
        if len(folded) >= 2 and folded not in result:
            result.append(folded)
    return result


def _text_term(token, kind, surface):
    normalised = normalise_for_search(token)[0]
    return [
        Wanted(kind, piece, surface, words=words(piece))
        for piece in _pieces(normalised, whole=kind == "phrase")
    ]


def _pieces(normalised, whole=False):
    """A plain token is searched per run (punctuation separates); a quoted phrase stays whole."""
    runs = units(normalised)
    if not runs:
        return []
    if whole:
        return [normalised.strip()]
    return [normalised[run[0][1]:run[-1][2]] for run in runs]


def understand(raw, data=None, budget=BUDGET):
    data = data or load_known_data()
    text, notes = clean(raw)
    understood = Understood(text, notes=notes)
    if not text:
        return understood
    whole = text.casefold()
    if data.body_named(whole) and " " in whole:  # an English name typed in full
        pieces = [(text, False, False)]
    else:
        compact = resolution_typed(text, data) if " " in text else None
        pieces = [(text, False, False)] if compact else split(text)
    ignored = []
    for token, quoted, excluded in pieces:
        target = understood.excluded if excluded else understood.terms
        if not quoted and token in OPERATORS:
            ignored.append(token)
            continue
        if quoted:
            target.extend(_text_term(token, "phrase", token))
            continue
        symbol = resolution_typed(token, data)
        if symbol:
            target.append(Wanted("resolution", symbol, token))
            continue
        body = data.body_named(token)
        if body:
            target.append(Wanted("body", body["id"], token, forms=body_forms(body)))
            continue
        if _SYMBOL.match(token) and any(c.isdigit() for c in token):
            target.append(Wanted("document", token.upper(), token))
            continue
        target.extend(_text_term(token, "text", token))
    if ignored:
        understood.notes.append(
            f"已忽略 {'、'.join(ignored)}：所有词语默认同时匹配，用 -词语 排除，用引号检索短语 "
            "(operators ignored: all words must match; use -word to exclude, quotes for a phrase)"
        )
    return fit(understood, budget)


# --- Whoosh -------------------------------------------------------------------------------------

def text_query(normalised, phrase_only=False):
    """Paragraphs containing `normalised` verbatim (bigram phrase); unless `phrase_only`, also
    those containing all its words anywhere, ranked lower."""
    runs = units(normalised)
    if not runs:
        return NullQuery
    clauses = []
    for run in runs:
        grams = [gram for gram, _, _ in bigrams(run)]
        if len(run) == 1:
            clauses.append(LoneUnit(run[0][0]))  # the start of a bigram, or a one-unit word
            continue
        verbatim = Phrase("bigrams", grams, boost=3.0) if len(grams) > 1 else Term("bigrams", grams[0], boost=3.0)
        found = words(normalised[run[0][1]:run[-1][2]])
        if phrase_only or not found:
            clauses.append(verbatim)
        else:
            # each word once: a repeated word would be one more matcher to advance for every hit
            clauses.append(Or([verbatim, And([Term("text", w) for w in dict.fromkeys(found)])]))
    return clauses[0] if len(clauses) == 1 else And(clauses)


def term_query(term, references_indexed=True):
    if term.kind == "text":
        return text_query(term.value)
    if term.kind == "phrase":
        return text_query(term.value, phrase_only=True)
    if term.kind == "resolution":
        if references_indexed:
            if " (" in term.value or term.value.startswith("A/"):
                return Term("resolutions", term.value)
            return Prefix("resolutions", term.value + " (")
        number = term.value.split("/")[-1].split(" ")[0] if term.value.startswith("S/") else "/".join(term.value.split("/")[-2:])
        return text_query(normalise_for_search(number)[0], phrase_only=True)
    if term.kind == "body":
        return Or([Term("bodies", term.value)] + [text_query(form, phrase_only=True) for form in term.forms])
    if term.kind == "document":
        # the document itself, and the paragraphs of other documents that cite it by symbol
        return Or([Term("document", term.value), text_query(normalise_for_search(term.value)[0], phrase_only=True)])
    return NullQuery


def build(understood, filters=(), references_indexed=True):
    """The Whoosh query for what was understood, narrowed by facet filters [(field, value)]."""
    positive = [term_query(t, references_indexed) for t in understood.terms]
    positive = [q for q in positive if q is not NullQuery]
    if not positive:
        return NullQuery
    query = positive[0] if len(positive) == 1 else And(positive)
    for name, value in filters:
        query = And([query, Term(name, value)])
    negative = [term_query(t, references_indexed) for t in understood.excluded]
    negative = [q for q in negative if q is not NullQuery]
    lone = [q for q in negative if isinstance(q, LoneUnit)]
    if len(lone) > 1:  # one list to look each candidate up in, instead of a tree of them
        negative = [q for q in negative if not isinstance(q, LoneUnit)] + [LoneUnit(*(u for q in lone for u in q.units))]
    if negative:
        query = AndNot(query, Or(negative))
    return query

