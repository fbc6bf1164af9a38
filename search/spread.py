"""Spread matches: documents that hold every word of a query of several words, but not in one
paragraph, and partial matches: documents that hold every word but one (or but two everyday
words, of a query of five words or more). A hit is a paragraph, so a notice whose preamble names
the region and whose operative part the sanctions (澳門特別行政區制裁) has none, though a
researcher asked for that document; and a researcher's three or four words often include one the
text words otherwise (`銷毀期限` beside a text's `期限前完成銷毀`).
Such documents are shown apart from the hits, each with the paragraph where each word occurs (and,
for a partial match, the word it lacks), never mixed with them; like near matches, they follow
the last of the hits, on the last page (a document holding the words apart stays within reach of
a query with many hits).

A partial match may lack only a plain word of a query of three or more terms, or of two where the
other names something (`生物武器公约 缔约国`: the documents on the Convention that lack the word;
of two plain words, a document lacking one would be a search for the other word alone; one holding
a compound's words apart is another thing, below), and only
a word the archive holds somewhere (within the filters): a name (a resolution, body, treaty, State,
place, document; a word ending in the head noun of one, `科學諮詢委員會`, `聯合國反恐決議`,
`香港海事處`, or that head noun alone, `理事會` beside `IAEA`), a number or year, or a quoted
phrase names what the researcher wants, and a word no document holds says the archive has
nothing on it — a query for something no text holds still returns nothing; but not a word in Latin
script beside Chinese ones, an English name or acronym a Chinese text seldom prints, nor a verb
(`遇刺`, `出兵`: what happened, which each text words its own way). Of two words lacked,
both are everyday words as typed, never a concept of the thesaurus, which names what was asked
for as a name does (`核安會`, `核安全`). A document also holds a word naming its organ (the outlet
that carried it, which its text does not print: `東方日報 福田口岸 走私`), and a plain word of three
characters or more that it prints with one or two characters added inside, as a researcher types
a name or a term short (`執委會` of `執行委員會`, `核潛艦` of `核動力潛艦`). A phrase typed whole
that no paragraph holds is read as its words (`自願放棄核武器的國家`: `自愿 放弃 核武器 国家`), a query
of that phrase alone too, and so is one naming two concepts or more (`核电站遭无人机攻击`: a plant and
drones) though a paragraph holds them all. Of a query of two words or more, a compound a paragraph
holds (`實驗室感染`: dictionary words alone, no dictionary word itself) is read as its words too, in a
second reading wanting whole matches only: a document holding its words and every other word is a
partial match lacking the compound as typed, each of its words shown, in its place if it was one
already, else after the others, within the ten shown; the compound may be a name the data does not
know (`金色黎明`), and the document lacks that name as typed.

The cost is bounded by counts, whatever the words: each word's matches are read up to CANDIDATES
paragraphs; the documents in the running are those of the two words with the fewest matches
(a document lacking at most one word holds one of them; three, where it may lack two; a word a
document may hold printed longer is not counted among them), and a word
too common to read whole is then matched only inside the documents still in the running, reading
at most CANDIDATES paragraphs.
"""
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from django.db.models import Q
from whoosh.query import Or, Term

from archive.models import Document, Paragraph
from unref import load_outlets, normalise_for_search
from unref.normalise import is_cjk, printed_as

from . import analysis, concepts
from . import query as queries
from .budget import BUDGET as SEARCH_BUDGET
from .results import page_hits
from .search_indexes import keyword

CANDIDATES = 200  # paragraphs read for one word
BUDGET = replace(SEARCH_BUDGET, candidates=CANDIDATES)
SHOWN = 10  # documents, of each group
PARTIAL_TERMS = 3  # or two, one of them a name
TWO_LACKING_TERMS = 5  # a query this long may be found without two of its everyday words: five or
# six words typed from memory hold two a text words otherwise more often than a shorter query holds one
SPLIT_AT_LEAST = 4  # Chinese characters of an unspaced word no paragraph holds, read as its words
_FIGURES = "0123456789"  # the figures such a word may hold after its first Chinese character (`日本漏报640公斤钚`)
FOREIGN_BESIDE = 3  # characters of the Chinese word beside a foreign one, of a query of two words
ADDED_INSIDE = 2  # characters a text may print inside a word typed short (`中情局` in `中央情報局`)
SHORTENED_AT_LEAST = 3  # characters of a plain Chinese word a text may print so
SHORTENED_PARAGRAPHS = 300  # paragraphs read for such a word, at most (those printing every character of it)
PARTIAL_KINDS = {"text", "word", "term"}  # the terms a partial match may lack: plain words, never names
_LATIN_OR_FIGURE = re.compile(r"[^\W_]", re.ASCII)  # an end of a word that may run on into a longer Latin one
SHORTEST_ORGAN_NAME = 3  # characters of a word found inside an organ's name (`東南網`, not `新聞`)
PLACES = {"state", "place"}  # beside only these, a foreign name lacked leaves a search for the place
# Head nouns of names (normalised, simplified): a word ending in one names a body, an instrument or a
# decision the gazetteers do not list, or alone, the one named beside it (`IAEA 理事会`); so does a word
# of four characters or more ending in an office's or an institution's one-character head (`香港海事处`, `俄罗斯大使馆`).
_NAMED = re.compile(r".*(?:委员会|理事会|大会|组织|机构|机制|办公室|中心|小组|专家组|工作组|论坛|联盟|集团|法院|法庭"
                    r"|决议|公约|条约|协定|协议|议定书|宣言|声明|条例|规例|公报|计划|倡议)|.{3,}[处署局厅馆]")
_NAME_ENDING = "号"  # `世界号`, `天安号`: a ship's, a launcher's or a satellite's name ends in it
_COUNTED = re.compile(r"[个多几两一二三四五六七八九十百0-9]$")  # a count before a lone 周: weeks, not a week's name
_SHORT_HEADS = "法军区周"  # a law's, an armed force's, a zone's, an observance week's: `出口管制法`, `陆军火箭军`,
# `无核武器区`, `联合国反恐周`


def _named(value):
    """Whether a plain word names something (the archive holding nothing on it then means it has
    nothing on what was asked for): it ends in a name's head noun, or it is a name ending in 号 of
    three characters or more that no dictionary word is or ends (`信号`, `型号`, `手机号` are words;
    so are `五号` and `一号`, so `长征五号` stays an everyday word here), or one of four characters
    or more ending in a law's, a force's, a zone's or an observance week's one-character head that the
    segmenter leaves a word of its own (`反外国制裁法`, `陆军火箭军`, `中东无大规模杀伤性武器区`, `联合国反恐周`;
    not `一般做法`, `中东地区`, `过去一周`, `两个多周`)."""
    if _NAMED.fullmatch(value):
        return True
    if not all(is_cjk(char) or char in _FIGURES for char in value):
        return False
    if len(value) >= 4 and value[-1] in _SHORT_HEADS and (split := analysis.words(value))[-1] == value[-1]:
        return value[-1] != "周" or len(split) < 2 or not _COUNTED.search(split[-2])  # `两个多周` counts weeks
    return (len(value) >= 3 and value.endswith(_NAME_ENDING)
            and not analysis.in_dictionary(value) and not analysis.in_dictionary(value[-2:]))


@dataclass
class Spread:
    document: Document
    hits: list = field(default_factory=list)  # the first paragraph holding each word, in reading order
    missing: str = ""  # of a partial match: the word (or two, joined by 、), as typed, the document does not hold

    def as_dict(self):
        found = {"document": self.document.path, "url": self.document.get_absolute_url(),
                 "paragraphs": [hit.as_dict() for hit in self.hits]}
        return dict(found, missing=self.missing) if self.missing else found


def wanted_terms(understood, exact_ids):
    """The words to find in one document: two or more, or one phrase that may be read as its words
    (no paragraph holds it: `exact_ids` is empty; or it names two concepts or more inside,
    `核电站遭无人机攻击`, whose paragraphs are the hits, and a document may name them in different
    paragraphs); none of them a document symbol (which is itself a document, not a word of one)."""
    terms = understood.terms
    alone = len(terms) == 1 and (not exact_ids or _concepts_inside(terms[0]) >= 2) and _may_split(terms[0])
    if any(term.kind == "document" for term in terms) or (len(terms) < 2 and not alone):
        return []
    return terms


def seek(understood, narrowing, references_indexed, find, exact_ids):
    """([Spread] of the documents holding every term in different paragraphs, [Spread] of those
    holding every term but one the query may be found without, or every term with a compound's words
    apart), none of them among the hits
    (`exact_ids`, paragraph ids). `find(tree)` is the engine's: the paragraph ids the built query
    matches in index order, at most CANDIDATES (checked), and whether that is all of them.
    `narrowing` is the search's facet filters and date range, as `query.build` takes them."""
    terms = wanted_terms(understood, exact_ids)
    if not terms:
        return [], []

    def tree(term, extra=()):
        alone = queries.Understood(understood.query, terms=[term], excluded=understood.excluded)
        return queries.build(alone, filters=list(narrowing) + list(extra), references_indexed=references_indexed, dated=False)

    memo = {}

    def find_alone(term):
        """The term's own matches, read once for both readings (a term is told by all it holds)."""
        if repr(term) not in memo:
            memo[repr(term)] = find(tree(term))
        return memo[repr(term)]

    alone = [find_alone(term) for term in terms] if len(terms) > 1 else [([], True)]
    held_apart = [organs | dated for organs, dated in zip(_named_as_organ(terms), _dated_in(terms), strict=True)]
    terms, alone, held_apart = _foreign_names(terms, alone, held_apart)
    typed, as_typed = len(terms), _may_lack(terms, alone)
    exact = _documents_of(exact_ids)
    whole, partial, found, read = _matches(terms, alone, held_apart, typed, as_typed, understood, find, find_alone, tree, exact)
    shown = _shown(whole[:SHOWN], found, read), _shown(partial[:SHOWN], found, read, read.terms)
    compounds = [i for i, (term, matches, held) in enumerate(zip(terms, alone, held_apart))
                 if not held and _held_compound(term, matches)]
    if not compounds:
        return shown
    # documents holding a compound's words apart, shown lacking those of the compounds they do not print
    # as typed: a partial match of the first reading in its place with each word shown, the others after
    apart, _, found, read = _matches(terms, alone, held_apart, typed, as_typed, understood, find, find_alone, tree, exact,
                                     compounds)
    listed = partial[:SHOWN]
    wanted = [key for key in apart if key in listed] + [key for key in apart if key not in whole and key not in partial]
    lacked = {i: _lacking(terms[i], alone[i], wanted, find, tree) for i in compounds}
    missing = {key: "、".join(terms[i].surface for i in compounds if key in lacked[i]) for key in wanted}
    wanted = [key for key in wanted if missing[key]]  # holding them all as typed, a document was cut from the first
    added = [key for key in wanted if key not in listed][:SHOWN - len(listed)]
    read_apart = {spread.document.key: replace(spread, missing=missing[spread.document.key])
                  for spread in _shown([key for key in wanted if key in listed] + added, found, read)}
    return shown[0], [read_apart.get(spread.document.key, spread) for spread in shown[1]] + [
        read_apart[key] for key in added if key in read_apart]


def _lacking(term, matches, keys, find, tree):
    """The documents of `keys` no paragraph of which holds the term as typed."""
    ids, complete = matches
    if not complete:
        ids, _ = find(tree(term, _in_documents(keys)))
    holding = _by_document(ids)
    return {key for key in keys if key not in holding}


def _in_documents(keys):
    """The filter keeping a term's reading to the documents of `keys`."""
    return [Or([Term("document_key", keyword(key)) for key in keys])]


def _held_compound(term, matches):
    """Whether a paragraph holds the term, a compound (`_compound`) a text may word apart."""
    return matches != ([], True) and _compound(term, _words_of(term))


def _matches(terms, alone, held_apart, typed, as_typed, understood, find, find_alone, tree, exact, compounds=()):
    """(keys of the whole matches, keys of the partial ones in the order shown, {key: {term's index:
    the paragraphs holding it}}, the query as read) of the terms as `seek` has read them, each phrase no
    paragraph holds read as its words, and so each held compound of `compounds` (their indexes), a
    reading of which only the whole matches are wanted: no word may be lacked."""
    terms, alone, held_apart, origin = _words_apart(terms, alone, held_apart, find_alone, compounds)
    if len(terms) < 2:
        return [], [], {}, understood
    understood = replace(understood, terms=terms)
    apart = {i for i in range(len(terms)) if origin.count(origin[i]) > 1}  # the words of a phrase read apart
    may_lack = set() if compounds else {i for i in _may_lack(terms, alone, apart) if i in apart or origin[i] in as_typed}
    two = _lacked_two_at_a_time(terms, may_lack, typed)
    # a document holding a word by its organ or its date is in the running as one whose paragraphs hold it
    shortened = {i for i, term in enumerate(terms) if _may_be_shortened(term)}
    seeds = _seeds(sorted((len(ids) + len(held_apart[i]), i) for i, (ids, complete) in enumerate(alone) if complete),
                   1 if compounds else 3 if two else 2, shortened)
    if not seeds:
        return [], [], {}, understood
    found = {}
    for _, i in seeds:
        for key in [*_by_document(alone[i][0]), *held_apart[i]]:
            if key not in exact:
                found.setdefault(key, {})
    for i, term in enumerate(terms):
        if not found:
            break
        ids, complete = alone[i]
        if not complete:
            ids, complete = find(tree(term, _in_documents(found)))
        matched = {key: [] for key in held_apart[i]} | _by_document(ids)
        if i in shortened and complete and (unmatched := [key for key in found if key not in matched]):
            matched |= _printed_longer_in(unmatched, term, understood.excluded)
        lacking = i in may_lack and complete  # a document not matched lacks the word only if all were read

        def goes_without(words):
            """Whether a document holding `words` of the first i terms may lack term i too."""
            before = i - len(words)  # the words it lacks already
            first = _lacked(words, terms)[0] if before else None
            return lacking and (before == 0 or before == 1 and i in two and first in two and origin[first] != origin[i])

        found = {key: {**words, i: matched[key]} if key in matched else words for key, words in found.items()
                 if key in matched or goes_without(words)}
    whole = [key for key, words in found.items() if len(words) == len(terms)]
    # a document holding a place by its organ alone (where it comes from, not what it says) holds every other word
    partial = sorted((key for key, words in found.items() if len(words) < len(terms)
                      and not any(terms[i].kind in PLACES and not paragraphs for i, paragraphs in words.items())),
                     key=lambda key: (len(terms) - len(found[key]), _commoner_first(alone[_lacked(found[key], terms)[0]])))
    return whole, partial, found, understood


def after_hits(outcome, near, narrowing, references_indexed, find, exact_ids):
    """Fill what follows the last of the hits on their last page, in both engines alike: near
    matches (`near()`, the engine's own), spread and partial matches (`seek`) and, unfiltered, the
    documents an outlet carried (`carried`); `exact_ids` are every hit's paragraph ids."""
    outcome.near = near()
    outcome.spread, outcome.partial = seek(outcome.understood, narrowing, references_indexed, find, exact_ids)
    outcome.carried = [] if outcome.filters else carried(outcome.understood, exact_ids)


def carried(understood, exact_ids):
    """[Spread] of the documents an outlet carried, for a query that is a word naming it alone (as
    `_named_as_organ` reads it: `鉅亨網`, `大紀元`, `RTHK`), newest first, none among the hits
    (`exact_ids`): an outlet's items seldom print its name; their organ does. No paragraph is shown
    for them. A place is no outlet (`香港` would be every Hong Kong paper's items)."""
    terms = understood.terms
    if len(terms) != 1 or understood.excluded or terms[0].kind not in PARTIAL_KINDS:
        return []
    keys = _named_as_organ(terms)[0] - _documents_of(exact_ids)
    shown = list(Document.objects.filter(key__in=keys).order_by("-date", "key").values_list("key", flat=True)[:SHOWN])
    return _shown(shown, {key: {} for key in shown}, understood)


def _documents_of(paragraph_ids):
    """The keys of the documents the paragraphs are in."""
    return set(Paragraph.objects.filter(pk__in=paragraph_ids).values_list("document__key", flat=True))


def _concepts_inside(term):
    return sum(isinstance(part, tuple) for part in term.parts)


def _foreign_names(terms, alone, held_apart):
    """(terms, their matches, the documents holding each by organ or date) with each run of
    capitalised foreign words no paragraph holds, typed one after another, read as one: a name
    written in English or romanised (`Karl Lee`, `Chong Chon Gang`, `Peace Mission` beside
    `和平使命`), one word a partial match may lack, not two. An acronym is a name of its own (`RPM
    Megaports` are two)."""
    out = []
    for term, matches, held in zip(terms, alone, held_apart):
        if out and matches == ([], True) == out[-1][1] and _capitalised(term, terms) and _capitalised(out[-1][0], terms):
            before = out.pop()[0]
            term = replace(before, value=f"{before.value} {term.value}", surface=f"{before.surface} {term.surface}",
                           typed=f"{before.typed} {term.typed}", words=before.words + term.words)
        out.append((term, matches, held))
    return tuple(map(list, zip(*out)))


def _capitalised(term, terms):
    return _foreign(term, terms) and all(queries.NAME_WORD.fullmatch(word) for word in term.surface.split())


def _words_apart(terms, alone, held_apart, find_term, compounds=()):
    """(terms, their matches, the documents holding each by organ or date, the index of the term as
    typed each comes from) with each plain word of SPLIT_AT_LEAST Chinese characters or more (figures
    inside it too) that no paragraph holds, no organ names and that ends in no head noun of a name
    (`東協反恐工作組`, `退出核不擴散條約` stay whole) read as its own words (`自願放棄核武器的國家`: `自愿 放弃
    核武器 国家`, the third a concept in all its forms), as a researcher types a phrase he remembers
    whole where a text words it otherwise; a word the archive holds, or a name, stays whole, but for the
    compounds `seek` reads apart in its second reading (`compounds`, their indexes)."""
    out = []
    for typed, (term, matches, held) in enumerate(zip(terms, alone, held_apart)):
        words = _words_of(term) if not held and (matches == ([], True) or typed in compounds) else []
        out += [(word, find_term(word), set(), typed) for word in words] or [(term, matches, held, typed)]
    return tuple(map(list, zip(*out)))


def _compound(term, words):
    """Whether a word some paragraph holds is made of dictionary words alone (`實驗室感染`: `实验室
    感染`), none of them a concept nor a single character, and is no word of the dictionary itself: a
    text words the same thing with its words apart (`實驗室…遭感染`), where a name the segmenter cannot
    cut into words (`阿拉格齊`), a set phrase or a term (`高濃縮低豐富鈾`) stays whole. (`_words_of` gives
    two words or none.)"""
    return (not analysis.in_dictionary(term.value) and "".join(word.value for word in words) == term.value
            and all(word.kind in ("text", "word") and analysis.in_dictionary(word.value) for word in words))


def _may_split(term):
    """Whether the term is a plain word of SPLIT_AT_LEAST Chinese characters or more that is no name,
    figures typed inside it too (`日本漏报640公斤钚`, `伊朗2025年浓缩铀`: a text prints the figures with
    other words around them; not `香港01`, `东风17`, `神舟12号`, names)."""
    value = term.value
    return (term.kind in ("text", "word") and sum(map(is_cjk, value)) >= SPLIT_AT_LEAST and is_cjk(value[0])
            and all(is_cjk(char) or char in _FIGURES for char in value) and not _named(value))


def _words_of(term):
    """The terms of a plain word's own words of two characters or more, if two or more of them are
    no figure (a word of one character is left out: `日本漏报640公斤钚` is `日本 漏报 640 公斤`)."""
    if not _may_split(term):
        return []
    words = [word for word in analysis.words(term.value) if len(word) >= 2]
    return queries.understand(" ".join(words)).terms if sum(not word.isdigit() for word in words) >= 2 else []


def _dated_in(terms):
    """[the keys of the documents dated in the year the term is, typed alone] for each term: a
    report of 25 September that never prints its year holds `2024`, as a document holds a word its
    organ names, with no paragraph of its own to show for it (`query.year_typed`)."""
    years = [queries.year_typed(term) for term in terms]
    return [set(Document.objects.filter(date__year=int(year)).values_list("key", flat=True)) if year else set()
            for year in years]


def _named_as_organ(terms):
    """[the keys of the documents whose organ the term names] for each term: the outlet that
    carried a document (its sidecar's `organ`) is one of its words, though no paragraph prints it
    (`東方日報 福田口岸 走私`, `自由時報 核三 公投` of an item whose organ says `Liberty Times`). A
    term names an organ it is the whole of or, typed as text, that prints it as a name
    (`_printed_in_organ`), or one holding a name of the outlet (unref/data/outlets.json) the term
    names: a Chinese name anywhere in it, an English one as a word; a place names an organ that
    gives it as its region (`_place_in_organ`). A document holding a word so is shown with the
    paragraphs of the others."""
    if not any(term.kind in PARTIAL_KINDS or term.kind in PLACES for term in terms):
        return [set() for _ in terms]
    organs = {organ: _organ_form(organ)
              for organ in Document.objects.exclude(organ="").order_by().values_list("organ", flat=True).distinct()}
    named = []
    for term in terms:
        outlet = _outlet_patterns().get(term.value) if term.kind in PARTIAL_KINDS else None
        if term.kind in PLACES:
            printed, where = _place_in_organ(term.surface), _organ_region
        else:
            printed, where = (_printed_in_organ(term.value) if term.kind == "text" else None), str
        held = [organ for organ, form in organs.items()
                if (term.kind in PARTIAL_KINDS and form == term.value) or (outlet is not None and outlet.search(form))
                or (printed is not None and printed.search(where(form)))]
        named.append(set(Document.objects.filter(organ__in=held).values_list("key", flat=True)) if held else set())
    return named


@lru_cache(maxsize=4096)  # compiled once per word, not per search: the same words come back
def _printed_in_organ(value):
    """A pattern finding a word typed as text where an organ prints it as a name of its own
    (`Yahoo奇摩` in `Yahoo奇摩新聞 (tw.news.yahoo.com)`, `東南網` in `a copy site printing a 東南網
    page`, `hkmo33` in `hkmo33.com`), or None: a name is SHORTEST_ORGAN_NAME characters or more,
    no figure alone (a journal's year) and no dictionary word (`联合国`, `委员会`, `news`, which
    many organs print), and a Latin end of it no part of a longer word (`cia` in `Polícia`)."""
    if len(value) < SHORTEST_ORGAN_NAME or value.isdigit() or analysis.in_dictionary(value):
        return None
    return _as_a_word(value)


def _as_a_word(value):
    """A pattern finding `value` where a Latin or figure end of it is no part of a longer word."""
    before = r"(?<![^\W_])" if _LATIN_OR_FIGURE.match(value[0]) else ""
    after = r"(?![^\W_])" if _LATIN_OR_FIGURE.match(value[-1]) else ""
    return re.compile(f"{before}{re.escape(value)}{after}")


@lru_cache(maxsize=1024)
def _place_in_organ(surface):
    """A pattern finding a place's names where an organ names its region, after the outlet's name
    (`台灣` in `United Daily News (聯合報, udn.com), Taiwan`: `_organ_region`): where its documents come
    from, though a text seldom prints its own (a Hong Kong notice on `聯合國制裁條例`); a Chinese name
    of two characters or more, a Latin one of four letters or more as a word. None for a place the
    catalogue does not name."""
    concept = concepts.named(normalise_for_search(surface)[0])
    if concept is None or concept.kind not in PLACES:
        return None
    names = [name for name in concept.names if (is_cjk(name[0]) and len(name) >= 2) or (name.isascii() and len(name) >= 4)]
    if not names:
        return None
    return re.compile("|".join(re.escape(name) if is_cjk(name[0]) else rf"(?<!\w){re.escape(name)}(?!\w)"
                               for name in sorted(names, key=len, reverse=True)))


_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=4096)
def _organ_region(form):
    """What an organ says after the outlet's name, brackets left out (`taiwan` of `united daily news
    (联合报, udn.com), taiwan`): a place inside the outlet's own name (`中國時報`, `美國之音`, `South China
    Morning Post`) is no region."""
    return ", ".join(part.strip() for part in _BRACKETED.sub(" ", form).split(",")[1:])


@lru_cache(maxsize=4096)
def _organ_form(text):
    """The organ in search form, once per organ, not per search: the same few organs come back."""
    return " ".join(normalise_for_search(text)[0].split())


@cache
def _outlet_patterns():
    """{a name of an outlet, in search form: a pattern finding any of that outlet's names}."""
    patterns = {}
    for names in load_outlets():
        folded = sorted({_organ_form(name) for name in names} - {""}, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(name) if any(map(is_cjk, name)) else rf"\b{re.escape(name)}\b" for name in folded))
        for name in folded:
            patterns[name] = pattern
    return patterns


def _may_lack(terms, alone, apart=()):
    """Indexes of the terms a partial match may lack: plain words (no name, no number) of a query of
    PARTIAL_TERMS or more, or of two beside a name, that some paragraph holds (within the filters)
    or that is a verb typed as one word (not one of the words of a phrase read apart, `apart`);
    and a foreign word no paragraph holds, typed beside Chinese ones (of a query of two, beside a
    Chinese word of FOREIGN_BESIDE characters or more: `IPPAS 任務` asks for more than `任務`), not
    beside places alone (`Dawlah Islamiyah 菲律宾` asks for a group, not for every text on the country)."""
    foreign = {i for i, term in enumerate(terms) if _foreign(term, terms) and not alone[i][0] and alone[i][1]
               and any(other.kind not in PLACES for k, other in enumerate(terms) if k != i)}
    if len(terms) < PARTIAL_TERMS and all(term.kind in PARTIAL_KINDS for term in terms):
        return {i for i in foreign if sum(map(is_cjk, terms[1 - i].surface)) >= FOREIGN_BESIDE}
    return foreign | {i for i, term in enumerate(terms) if term.kind in PARTIAL_KINDS and (alone[i][0] or not alone[i][1] or i not in apart and _verb(term))
                      and not _named(term.value) and not any(c.isdigit() for c in term.value)}


def _verb(term):
    """Whether `term` is a verb typed as one word (`遇刺`, `出兵`, `判刑`): what happened, which a
    text words its own way (`遭暗殺`, `派兵`, `判處`), so that no paragraph prints it does not say the
    archive has nothing on what was asked for, as a noun's or a name's absence does."""
    return term.kind == "text" and len(term.value) >= 2 and term.value in analysis.dictionary_verbs()


def _foreign(term, terms):
    """Whether `term` is one word in Latin script (or a name of several) typed among Chinese words: the English name or
    acronym of what the Chinese words name (`NIS 國家情報院`, `PIC 事先知情同意`), or a romanised
    name, which a Chinese text seldom prints beside its own; so that no paragraph holds it does not
    say the archive has nothing on what was asked for, as a Chinese word's absence does."""
    return (term.kind in PARTIAL_KINDS and all(map(queries.LATIN_WORD.fullmatch, term.surface.split()))
            and any(is_cjk(char) for other in terms for char in other.surface))


def _lacked_two_at_a_time(terms, may_lack, typed):
    """Indexes of the words a partial match may lack two of, of a query of TWO_LACKING_TERMS or
    more words as typed (a word read as its words counts once, and a match may not lack two of its
    words: `紧急特别会议` is not held by `会议` alone): everyday words as typed (`遺失`, `協尋`),
    not a concept of the thesaurus (a term names what was asked for: `核安會`, an authority)."""
    if typed < TWO_LACKING_TERMS:
        return set()
    two = {i for i in may_lack if terms[i].kind in ("text", "word")}
    return two if len(two) >= 2 else set()


def _seeds(counted, wanted, shortened):
    """The words whose documents are the running, fewest matches first: `wanted` of them (a document
    lacking at most one word holds one of two, lacking two one of three), not counting a word a
    document may hold printed longer (`shortened`), which its matches do not all show."""
    seeds = []
    for count, i in counted:
        seeds.append((count, i))
        if sum(index not in shortened for _, index in seeds) == wanted:
            break
    return seeds


def _may_be_shortened(term):
    """Whether a plain Chinese word may be one a text prints longer (`中情局`, `核潛艦`, `執委會`: `中央情報局`,
    `核動力潛艦`, `執行委員會`), a researcher typing it short: SHORTENED_AT_LEAST characters or more."""
    return term.kind in ("text", "word") and len(term.value) >= SHORTENED_AT_LEAST and all(map(is_cjk, term.value))


def _printed_longer_in(keys, term, excluded):
    """{document key: [(ordinal, paragraph id)]} of the documents of `keys` with a paragraph printing
    the word (or another of its whole forms) with at most ADDED_INSIDE Chinese characters added inside
    (`_printed_longer`) and no word `excluded`: the first such paragraph of each. Only paragraphs
    printing every character of the word in either script are read, in the order of their
    documents' keys and their own (the same whatever the engine), SHORTENED_PARAGRAPHS at most."""
    words = _shortened_forms(term)
    printing = Q(*(Q(*map(_printing, set(word)), _connector=Q.AND) for word in words), _connector=Q.OR)
    paragraphs = (Paragraph.objects.filter(document__key__in=keys).filter(printing).order_by("document__key", "ordinal")
                  .values_list("document__key", "ordinal", "pk", "text")[:SHORTENED_PARAGRAPHS])
    unwanted = _excluded_patterns(excluded)
    held = {}
    for key, ordinal, pk, text in paragraphs:
        if key in held:
            continue
        searched = normalise_for_search(text)[0]
        if any(_printed_longer(word, searched) for word in words) and not any(p.search(searched) for p in unwanted):
            held[key] = [(ordinal, pk)]
    return held


def _excluded_patterns(excluded):
    """Patterns finding the words a query excludes, as typed or in their other forms, in search
    form: a Latin end as a whole word's (`-un` is not `under`)."""
    return [_as_a_word(form) for form in {form for term in excluded for form in (term.value, term.typed, *term.forms) if form}]


def _shortened_forms(term):
    """The word as typed and its other forms (`核潜艇`: `核潜舰`) a text may print longer; not the forms
    of a concept named inside a longer word (`核试` in `恢复核试验`), which stand for part of it."""
    others = [] if term.parts else [form for form in term.forms if len(form) >= SHORTENED_AT_LEAST and all(map(is_cjk, form))]
    return [term.value, *others]


def _printing(char):
    """Paragraphs whose text prints the character, in either script."""
    return Q(*(Q(text__contains=printed) for printed in printed_as(char)), _connector=Q.OR)


def _printed_longer(value, text):
    """Whether `text` (in search form) prints the word `value` with at most ADDED_INSIDE Chinese
    characters added between its own, in one run of Chinese characters: each start at its first
    character is read up to the earliest place all of its characters follow in order."""
    start = text.find(value[0])
    while start != -1:
        end, matched = start + 1, 1
        stop = min(start + len(value) + ADDED_INSIDE, len(text))
        while matched < len(value) and end < stop and is_cjk(text[end]):
            matched += text[end] == value[matched]
            end += 1
        if matched == len(value):
            return True
        start = text.find(value[0], start + 1)
    return False


def _lacked(words, terms):
    return [i for i in range(len(terms)) if i not in words]


def _commoner_first(matches):
    """Sort key: a document lacking a word too common to read whole first, then one lacking a
    commoner word (the words it holds are the rarer, the likelier what was asked for)."""
    ids, complete = matches
    return (complete, -len(ids))


def _shown(keys, found, understood, terms=None):
    documents = Document.objects.in_bulk(keys, field_name="key")
    return [Spread(documents[key], _first_hits(found[key], understood),
                   "、".join(terms[i].surface for i in _lacked(found[key], terms)) if terms else "")
            for key in keys if key in documents]


def _by_document(ids):
    """{document key: [(ordinal, paragraph id)]}, the documents in the order of their first
    paragraph in `ids` (paragraphs deleted since they were indexed are left out)."""
    held = {pk: (key, ordinal) for pk, key, ordinal in
            Paragraph.objects.filter(pk__in=ids).values_list("pk", "document__key", "ordinal")}
    grouped = {}
    for pk in ids:
        if pk in held:
            key, ordinal = held[pk]
            grouped.setdefault(key, []).append((ordinal, pk))
    return grouped


def _first_hits(words, understood):
    """The first paragraph holding each word, each paragraph once, in reading order (none for a
    word the document holds by its organ)."""
    firsts = sorted({min(paragraphs) for paragraphs in words.values() if paragraphs})
    return page_hits([pk for _, pk in firsts], understood)
