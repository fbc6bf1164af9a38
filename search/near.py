"""Near matches: paragraphs that print the query (or the longest of its terms, the others matched
as the search matches them) with one character changed (an OCR slip such as 大巨 for 大臣, a
regional wording such as 武器禁令 for 武器禁運), dropped inside it (特别行政政府 for 特别行政区政府) or
added inside it, shown apart from the exact hits, never mixed with them, after the last of them
(on the last page of hits, where a reader who has read every hit looks for more).

A one-character slip leaves either half of the query intact, so the candidates are the
paragraphs containing the first or the second half verbatim (and not the whole query); each is
then checked against the text itself. The candidates read are a fixed count (NEAR_CANDIDATES),
so the cost of the check is bounded whatever the query; the ones shown are chosen on the text,
the same whichever engine read the candidates, when both read them all (fewer than NEAR_CANDIDATES).
"""
import re
from dataclasses import replace

from whoosh.query import And, AndNot, NullQuery, Or

from archive.models import Paragraph
from unref import normalise_for_search

from . import concepts, ranking
from .analysis import units
from .budget import BUDGET as SEARCH_BUDGET
from .query import filter_query, term_query, text_query
from .results import Hit, snippet

MIN_LENGTH = 4  # characters: shorter strings differ by one character from too many others
MAX_LENGTH = 30
NEAR_CANDIDATES = 200
BUDGET = replace(SEARCH_BUDGET, candidates=NEAR_CANDIDATES)  # paragraphs read, near or not
SHOWN = 10


def wanted(understood):
    """The string a near match is sought for, and the query's other terms, which a candidate
    must match as the search matches them: the longest term that is a single unspaced run of 4+
    units (`利比亞 武器禁運` seeks `武器禁运` in paragraphs that name Libya); (None, ()) when no
    term is, or the query excludes words."""
    if understood.excluded:
        return None, ()
    found = [(index, string) for index, term in enumerate(understood.terms) if (string := _run(term))]
    if not found:
        return None, ()
    index, string = max(found, key=lambda item: len(item[1]))
    return string, tuple(understood.terms[:index] + understood.terms[index + 1:])


def _run(term):
    if term.kind not in ("text", "body", "treaty", "term"):
        return None
    string = term.value if term.kind == "text" else term.typed
    runs = units(string)
    if len(runs) != 1 or not MIN_LENGTH <= len(runs[0]) <= MAX_LENGTH or len(string) != len(runs[0]):
        return None
    return string


def candidates_query(string, filters=(), others=(), references_indexed=True):
    """Paragraphs containing either half of `string` verbatim, but not `string` itself, that
    match every other term of the query (`others`), narrowed by facet filters [(field, value)]
    and filter queries (a date range)."""
    half = len(string) // 2
    halves = Or([text_query(string[:half], phrase_only=True), text_query(string[half:], phrase_only=True)])
    clauses = [term_query(term, references_indexed) for term in others] + [filter_query(narrowing) for narrowing in filters]
    clauses = [clause for clause in clauses if clause is not NullQuery]
    if clauses:
        halves = And([halves, *clauses])
    return AndNot(halves, text_query(string, phrase_only=True))


# A numeral changed, dropped or added is another number, no slip (`第六次核试` for `第七次核试`).
NUMERALS = "0-9０-９〇零一二三四五六七八九十百千万萬两兩"
_NUMERAL = re.compile(f"[{NUMERALS}]")


def pattern(string):
    """`string` with any one character replaced by another, or one character inside it (not at
    either end: that would be a shorter or a longer word) dropped or added; never a numeral."""
    kept = [i for i in range(len(string)) if not _NUMERAL.match(string[i])]
    changed = [f"{re.escape(string[:i])}[^{re.escape(string[i])}{NUMERALS}]{re.escape(string[i + 1:])}" for i in kept]
    dropped = [re.escape(string[:i] + string[i + 1:]) for i in kept if 0 < i < len(string) - 1]
    added = [rf"{re.escape(string[:i])}[^\W{NUMERALS}]{re.escape(string[i:])}" for i in range(1, len(string))]
    return re.compile("|".join(changed + dropped + added))


def shown(pks, string):
    """Hits for the SHOWN candidate paragraphs (of `pks`, in any order) that print `string` most
    densely with one slip, each with the slip marked: ranked here, on the text, by the measure
    PostgreSQL ranks a verbatim string by (ranking.density), ties to the lower id, so that which
    of the same candidates are shown does not depend on the engine that found them."""
    found = []
    for pk, text in Paragraph.objects.filter(pk__in=pks).values_list("pk", "text"):
        if spans := slips(text, string):
            found.append((-ranking.density(len(spans), len(text)), pk, spans))
    shown = sorted(found)[:SHOWN]
    paragraphs = Paragraph.objects.select_related("document").in_bulk([pk for _, pk, _ in shown])  # only those shown
    return [Hit(paragraphs[pk], snippet(paragraphs[pk].text, [], spans)) for _, pk, spans in shown]


def slips(text, string):
    """The spans of `text` printing `string` with one character changed, dropped or added, but
    not where what it prints is a name of something else (`国家原子能机构` for `国际原子能机构`)."""
    normalised, origins = normalise_for_search(text)
    return [(origins[m.start()], origins[m.end() - 1] + 1) for m in pattern(string).finditer(normalised)
            if not concepts.names_another(m.group(), string)]
