"""What a researcher typed → what to look for → a Whoosh query. Pure functions, no Django.

No parser ever sees the raw input: operator words, `*`, `field:value`, brackets and control
characters are only text here, and the Whoosh query is built from objects.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh.query import And, AndNot, NullQuery, Or, Phrase, Prefix, Query, Term

from unref import (
    citations_joined,
    english,
    load_known_data,
    normalise_for_search,
    resolution_typed,
)
from unref.numerals import CJK_NUMERALS, chinese_numeral, numeral_value
from unref.sounds import read_alike, sound, sounding_alike, toned_alike

from . import concepts
from .analysis import bigrams, frequency, in_dictionary, is_cjk, units, words
from .budget import BUDGET, fit
from .characters import LoneUnit
from .ranking import OTHER_FORM, VERBATIM, WORDS

CONCEPT_KINDS = ("body", "treaty", "term", "regime", "state", "place", "word")

MAX_QUERY_LENGTH = 200
OPERATORS = {"AND", "OR", "NOT", "&&", "||"}
QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』", "＂": "＂"}

_FIGURE_JOINS = set(".-%()/")  # what may stand inside a figure or code the segmenter keeps whole (_kept_whole)
# A year typed alone (`2024`, `2024年`) is also the year a document is dated: a report of 25
# September that never prints its year is one of 2024 for a researcher who typed it.
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年?")
_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:\.\d+)?(?:/[A-Z0-9][A-Z0-9.\-]*)+$", re.IGNORECASE)


@dataclass
class Wanted:
    """One thing to find: a word or phrase (normalised), a resolution, a body or a document."""
    kind: str  # "text" | "phrase" | "resolution" | "body" | "treaty" | "term" | "regime" | "state" | "place" | "word" | "document"
    value: str  # normalised text, canonical resolution symbol, body/treaty/term/regime/State id or document symbol
    surface: str
    words: list = field(default_factory=list)
    # The other forms also searched (normalised): a concept's other names, a resolution's
    # number as the text prints it, the other names of concepts named inside a text term.
    # Only these count against the budget's `expansions`.
    forms: list = field(default_factory=list)
    typed: str = ""  # what was typed, normalised: the verbatim band
    # A regime's stored references also searched, counted against `expansions` with the forms:
    # its bodies' ids and its resolutions' symbols.
    bodies: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)
    parts: list = field(default_factory=list)  # a text term read as [text | Concept] pieces
    # A term's narrower terms that count only beside another in one paragraph: [(forms, beside)]
    # (search.concepts.Concept.together), counted against `expansions` with the forms.
    together: list = field(default_factory=list)


@dataclass
class Understood:
    query: str
    terms: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    dropped: list = field(default_factory=list)  # what was typed but left out to keep within the budget
    reworded: Wanted = None  # the concept all the words typed name in another order, if any

    @property
    def expanded(self):
        """The terms whose forms are searched too (the reworded concept last)."""
        return self.terms + ([self.reworded] if self.reworded else [])

    @property
    def empty(self):
        return not self.terms

    def highlight_strings(self):
        """Normalised strings to mark in a hit: verbatim terms, their words, a body's forms."""
        strings = []
        for term in self.expanded:
            if term.kind in ("text", "phrase"):
                strings.append(term.value)
                if term.kind == "text":
                    strings.extend(w for w in term.words if len(w) >= 2 or not is_cjk(w))
            if term.kind in CONCEPT_KINDS or term.kind == "resolution" or term.forms:
                beside = [form for forms, near in term.together for form in forms + near]
                strings.extend(form for form in term.forms + [term.typed] + beside if len(units(form)) == 1)
            if term.kind == "document":
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
            "also_searched": self.also_searched(),
        }

    def also_searched(self):
        """Every form searched besides what was typed, once, in order; then a regime's
        resolutions and bodies, by symbol and id."""
        return list(dict.fromkeys(form for term in self.expanded
                                  for form in term.forms + [together_label(pair) for pair in term.together] + term.resolutions + term.bodies))


def together_label(pair):
    """How a narrower term that counts only beside another is shown and removed: `资产冻结+反恐怖主义`."""
    forms, beside = pair
    return f"{forms[0]}+{beside[0]}"


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


def _text_term(token, kind, surface):
    normalised = normalise_for_search(token)[0]
    return [
        Wanted(kind, piece, surface, words=words(piece))
        for piece in _pieces(normalised, whole=kind == "phrase")
    ]


def _pieces(normalised, whole=False):
    """A plain token is searched per run (punctuation separates); a quoted phrase stays whole, and
    so does a token cut only inside a figure or code (`0.1%`, `440.9公斤`: _kept_whole)."""
    runs = units(normalised)
    if not runs:
        return []
    if whole or _kept_whole(normalised):
        return [normalised.strip()]
    return [normalised[run[0][1]:run[-1][2]] for run in runs]


def _kept_whole(normalised):
    """A token cut only at a point, hyphen, per cent sign, bracket or slash after a letter or figure,
    where the segmenter keeps a word across the cut (`0.1%`, `U-235`, `440.9公斤`, `第MSC.240(83)号决议`):
    one piece, found by the segmenter's words, since cut there a figure ending its cut (`达到1%`, `有
    440`) starts no bigram to be found by."""
    word = normalised.strip()
    if " " in word:
        return False
    runs = units(word)
    for before, after in zip(runs, runs[1:]):
        last = word[before[-1][2] - 1]
        if not (set(word[before[-1][2]:after[0][1]]) <= _FIGURE_JOINS and last.isascii() and last.isalnum()):
            return False
    return any(len(found) > 1 and _FIGURE_JOINS & set(found) for found in words(word))


def _concept_term(concept, token, typed):
    return Wanted(concept.kind, concept.id, token, forms=concepts.forms_for(concept, typed)[1:], typed=typed,
                  bodies=list(concept.bodies), resolutions=list(concept.resolutions),
                  together=[(list(forms), list(beside)) for forms, beside in concept.together])


def _single_run(normalised):
    return len(units(normalised)) == 1


def _resolution_term(symbol, token, data):
    """A resolution, and its number as a text prints it (第1673号, 第1673(2006)号, 1673号决议,
    决议1673), so a paragraph whose reference extraction missed it is found too. What was typed
    is the verbatim band when it is one run of text (第1540号决议, not 第1540(2004)号决议, whose
    runs would be matched apart)."""
    typed = normalise_for_search(token)[0]
    forms = []
    if symbol.startswith("S/RES/"):
        number = symbol.split("/")[-1].split(" ")[0]
        forms = [f"第{number}", f"{number}号", f"决议{number}"]
    else:  # a General Assembly resolution, a presidential statement: its symbol as printed
        typed = typed if _single_run(typed) else normalise_for_search(symbol.split(" (")[0])[0]
    return Wanted("resolution", symbol, token, forms=[f for f in forms if f != typed],
                  typed=typed if _single_run(typed) or not forms else "")


# A count before its measure word or unit, in figures or in Chinese numerals (`十周年`, `10周年`; `第七次`,
# `第7次`; `核三厂`, `核3厂`; `五大领域`, `5大领域`; `光明星3号`, `光明星三号`; `国防7子`, `国防七子`):
# Chinese texts print it either way.
# Of the last seven, a Chinese numeral counts only where it begins no word (`一代`, `一期`, `五子棋`).
_WORDLIKE_MEASURES = ("号", "期", "代", "阶段", "子", "倍", "型")
_MEASURES = "|".join(("届|次|轮|批|项|国|个|名|份|艘|台|枚|架|颗|座|家|条|款|段|级|度|天|年|周|月|日|人|厂|种|类|部|件|起|宗|大",  # 周 holds 周年
                      *_WORDLIKE_MEASURES))
_COUNT = re.compile(rf"(?<![{CJK_NUMERALS}\d])(\d{{1,2}}|[{CJK_NUMERALS}]{{1,3}})(?=({_MEASURES}))")


def _counted_otherwise(value):
    """The value with each count written the other way (figures for numerals, numerals for
    figures), or None where it prints none."""
    def other(match):
        count, measure = match.groups()
        number = int(count) if count.isdigit() else numeral_value(count)
        if not 0 < number < 100 or count.startswith("0"):  # `09型` is a class's name
            return count
        after = match.end() + len(measure)
        if not count.isdigit() and measure in _WORDLIKE_MEASURES and (
                count == "一" or (after < len(value) and in_dictionary(value[match.start():after + 1]))):
            return count
        return chinese_numeral(number) if count.isdigit() else str(number)

    counted = _COUNT.sub(other, value)
    return counted if counted != value else None


def _text_or_concepts(token, kind, in_chinese=True):
    """A plain token; when it names a concept inside (禁化武组织视察), read also as those pieces,
    and a count in it also as the other way of writing it (十周年, 10周年); an English word also
    as the Chinese words it is (_in_chinese), unless `in_chinese` is false."""
    if kind == "text" and in_chinese and (chinese := _in_chinese(token)):  # one term, a phrase too (`nuclear tests`)
        normalised = " ".join(normalise_for_search(token)[0].split())
        return [Wanted(kind, normalised, token, words=words(normalised), forms=list(chinese))]
    terms = _text_term(token, kind, token)
    if kind != "text":
        return terms
    for term in terms:
        if other := _counted_otherwise(term.value):
            term.forms = [*term.forms, other]
        _read_inside(term, term.value)
        if not term.parts:
            term.forms = [*term.forms, *(form for form in _regional_writings(term.value) if form not in term.forms)]
    return terms


ENGLISH_FORMS = 3  # Chinese words an English word is searched as, at most
ENGLISH_OPENING = 2  # of them, words whose dictionary entry opens with the English word, at most
_ENGLISH = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # a word or a run of words the query joined (`_names_joined`)
# English words that name nothing alone: a dictionary gives them pronouns and particles (`we`: 我们,
# `may`: 五月), not what a researcher looks for.
ENGLISH_FUNCTION_WORDS = frozenset(
    "a an and are as at be been but by can could do does for from had has have he her his how i in into is it its may "
    "might must no not of on one or our she should so than that the their them there these they this those to us was "
    "we were what when where which who will with would you your".split())


NAME_WORD = re.compile(r"[A-Z][a-z'’.-]+")  # a word of a name written in Latin letters, not an acronym


def _words_of_names(pieces):
    """Indexes of the capitalised words typed beside another (`Banco Delta Asia`, `Chong Chon
    Gang`): a name's words, which a dictionary would read as everyday ones (`delta`, `gang`)."""
    name = [not quoted and bool(NAME_WORD.fullmatch(token)) for token, quoted, _ in pieces]
    return {i for i, word in enumerate(name) if word and ((i and name[i - 1]) or (i + 1 < len(name) and name[i + 1]))}


@lru_cache(maxsize=4096)  # a run of words is asked for when the query's names are joined, then read
def _in_chinese(token):
    """The Chinese words an English word or phrase is (unref.english, from CC-CEDICT), at most
    ENGLISH_FORMS: the commonest (the segmenter's counts) of those whose entry opens with it, at
    most ENGLISH_OPENING, then the commonest of the rest. A dictionary lists every use of a word
    (`troops` is 部队 before it is 戎行), and the segmenter counts what its corpus wrote, not what
    a word means first (嗡嗡, buzz, before 无人机 for `drone`)."""
    if not _ENGLISH.fullmatch(token) or token.casefold() in ENGLISH_FUNCTION_WORDS:
        return ()
    opening, rest = ({normalise_for_search(word)[0] for word in group} for group in english.chinese_for(token))
    commonest = sorted(opening, key=_commoner)[:ENGLISH_OPENING]
    return tuple(commonest + sorted((opening | rest) - set(commonest), key=_commoner))[:ENGLISH_FORMS]


def _commoner(form):
    return -frequency(form), form


# Other writings of a token tried at most, each everyday word inside it written each region's way.
_WRITINGS = 8


def _regional_writings(value):
    """The token as the other regions write it, where it holds everyday words they write apart
    (`网络攻击`: Taiwan's `网路攻击`; `3d打印`: `3d列印`), those words written each way."""
    inside = concepts.words_inside(value)
    if not inside:
        return []
    writings = [""]
    cursor = 0
    for start, end, concept in inside:
        ways = concepts.forms_for(concept, value[start:end])
        writings = [done + value[cursor:start] + way for done in writings for way in ways][:_WRITINGS + 1]
        cursor = end
    return [writing + value[cursor:] for writing in writings if writing + value[cursor:] != value][:_WRITINGS]


def _read_inside(term, value, short_kinds=None):
    """The term read also as the concepts named inside `value` and the rest as typed: its
    `parts`, and those concepts' other forms added to its own."""
    found = concepts.within(value, short_kinds)
    if not found:
        return
    parts, cursor = [], 0
    for start, end, concept in found:
        if value[cursor:start].strip() and (not cursor or _says_something(value[cursor:start])):
            parts.append(_word_or_text(value[cursor:start]))
        parts.append((concept, value[start:end]))
        cursor = end
    if value[cursor:].strip():
        parts.append(_word_or_text(value[cursor:]))
    term.parts = parts
    inside = [form for part in parts if isinstance(part, tuple) for form in concepts.forms_for(part[0], part[1])[1:]]
    term.forms = term.forms + [form for form in inside if form not in term.forms]


def _says_something(rest):
    """Whether what is left between two concepts of a token is worth requiring: not one Chinese
    character (`遭` in `核电站遭无人机攻击`, `的`), which a paragraph holds or not for reasons of
    wording; the two concepts say what was asked. Before the first or after the last it is kept
    (`朝鲜核`, `美国人`: without it, a concept alone)."""
    rest = rest.strip()
    return not (len(rest) == 1 and is_cjk(rest))


def _word_or_text(rest):
    """What is left of a token beside the concepts named in it: an everyday word the regions write
    apart when it is one whole (`核电站` in `扎波罗热核电站`, which Taiwan writes `核電廠`), else text."""
    concept = concepts.named(rest.strip())
    return (concept, rest.strip()) if concept is not None and concept.kind == "word" else rest


def _regime_term(concept, token, typed):
    """A regime named by its country or group (北韓制裁): its own names, bodies and
    resolutions, and still the words typed, the State read in any region's name (对北韩的制裁,
    对朝鲜实施制裁)."""
    term = _concept_term(concept, token, typed)
    _read_inside(term, typed, short_kinds=("state",))
    return term


def own_forms(term):
    """The term's forms that name its own concept, not a concept named inside it."""
    return [form for form in term.forms if getattr(concepts.named(form), "id", None) == term.value]


def understand(raw, data=None, budget=BUDGET, without=()):
    """`without`: forms the reader removed from the expansion (normalised or as typed)."""
    data = data or load_known_data()
    text, notes = clean(raw)
    understood = Understood(text, notes=notes)
    if not text:
        return understood
    whole = text.casefold()
    if " " in whole and (data.body_named(whole) or concepts.named(normalise_for_search(whole)[0])):  # an English name typed in full
        pieces = [(text, False, False)]
    else:
        compact = resolution_typed(text, data) if " " in text else None
        pieces = [(text, False, False)] if compact else _names_joined(split(_chapters_joined(citations_joined(text))), data)
    ignored = []
    named = _words_of_names(pieces)
    for at, (token, quoted, excluded) in enumerate(pieces):
        target = understood.excluded if excluded else understood.terms
        if not quoted and token in OPERATORS:
            ignored.append(token)
            continue
        if quoted:
            target.extend(_text_term(token, "phrase", token))
            continue
        symbol = resolution_typed(token, data)
        if symbol:
            target.append(_resolution_term(symbol, token, data))
            continue
        if chapter := _CHAPTER.fullmatch(token):
            target.append(_chapter_term(chapter, token))
            continue
        typed = " ".join(normalise_for_search(token)[0].split())
        concept = concepts.named(typed) or concepts.isotope(typed) or _plural_acronym(token)
        if concept:
            target.append((_regime_term if concept.kind == "regime" else _concept_term)(concept, token, typed))
            continue
        if _SYMBOL.match(token) and any(c.isdigit() for c in token):
            target.append(Wanted("document", token.upper(), token))
            continue
        target.extend(_text_or_concepts(token, "text", in_chinese=at not in named))
    if ignored:
        understood.notes.append(
            f"已忽略 {'、'.join(ignored)}：所有词语默认同时匹配，用 -词语 排除，用引号检索短语 "
            "(operators ignored: all words must match; use -word to exclude, quotes for a phrase)"
        )
    understood.terms = _alternatives_shared(understood.terms)
    texts = [term.value for term in understood.terms if term.kind == "text"]
    if texts and len(texts) == len(understood.terms):
        concept = concepts.reworded(texts)
        if concept is not None:
            understood.reworded = Wanted(concept.kind, concept.id, understood.query, forms=list(concept.forms))
    removed = {removable(form) for form in without}
    for term in understood.expanded:
        term.forms = [form for form in term.forms if form not in removed]
        term.together = [pair for pair in term.together if removable(together_label(pair)) not in removed]
        term.resolutions = [symbol for symbol in term.resolutions if removable(symbol) not in removed]
        term.bodies = [body for body in term.bodies if removable(body) not in removed]
    return fit(understood, budget)


# An acronym English writes in the plural (`WMDs`, `SMRs`): capitals, then a lowercase `s`.
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9]s")


def _plural_acronym(token):
    """The thesaurus term an acronym typed in the plural names, when the token names nothing
    itself: texts print the acronym in the singular (`WMD`) if at all. Only a common noun's: a body
    or a proper name is one of its kind (`CDs` are discs, not the Conference on Disarmament;
    `NISs` are newly independent States, not Korea's intelligence service)."""
    token = unicodedata.normalize("NFKC", token)
    if not _PLURAL_ACRONYM.fullmatch(token):
        return None
    concept = concepts.named(" ".join(normalise_for_search(token[:-1])[0].split()))
    return concept if concept is not None and concept.kind == "term" and concept.id in concepts.common_terms() else None


# A chapter of the Laws of Hong Kong as English cites it (`Cap. 303`, `Cap 60K`); Chinese texts print
# `第303章`: typed one way, found either way. Chapters run below 1000 (not `CAP 2012`).
_CHAPTER = re.compile(r"cap\.?(\d{1,3}[a-z]{0,2})", re.IGNORECASE)
_CHAPTER_SPACED = re.compile(r"(?<![\w.])(cap\.?)\s+(?=\d{1,3}[a-z]{0,2}(?![\w.,]))", re.IGNORECASE)


def _chapters_joined(text):
    """`text` with `Cap.` joined to the chapter's number after it (`Cap 303` → `Cap303`), as
    `citations_joined` joins a citation's words, so that the search box's words split into one token."""
    return _CHAPTER_SPACED.sub(r"\1", text)


def _chapter_term(chapter, token):
    """What was typed (its words, so `price cap 60` still finds `cap` and `60`), or the chapter as
    Chinese prints it, or as an address does (`hk/cap60K`)."""
    value = f"cap {chapter.group(1).lower()}"
    return Wanted("text", value, token, words=words(value),
                  forms=[normalise_for_search(f"第{chapter.group(1)}章")[0], value.replace(" ", "")])


def _alternatives_shared(terms):
    """The terms, a word typed beside one of its own forms given that form's writings too, both
    ways: the writings of one name typed side by side (`荷姆茲海峽 霍爾木茲海峽`, whose forms hold
    the second, not the second's the first) are alternatives a researcher lists, not two words
    every paragraph must hold; so are spellings of one foreign name typed one after another
    (`泰風 堤豐 提豐`, `_spellings_of_one_name`). Each stays a term, as a concept typed twice does."""
    plain = [term for term in terms if term.kind in ("text", "word") and not term.parts and not term.together]
    own = {id(term): [term.value, *term.forms] for term in plain}  # as read, whatever the order typed
    run = []  # spellings of one name, each alike to every other of the run
    for term in [*terms, None]:
        if run and term is not None and id(term) in own and all(_spellings_of_one_name(other.value, term.value) for other in run):
            run.append(term)
            continue
        for spelling in run if len(run) > 1 else []:
            own[id(spelling)] += [other.value for other in run if other is not spelling]
        run = [term] if term is not None and id(term) in own else []
    for term in plain:
        shared = [form for other in plain if other is not term and (other.value in own[id(term)] or term.value in own[id(other)])
                  for form in own[id(other)]]
        term.forms = list(dict.fromkeys([*term.forms, *(form for form in shared if form != term.value)]))
    return terms


def _spellings_of_one_name(first, second):
    """Whether two words typed one after the other are spellings of one name, as the regions
    transliterate it (`阿拉格齐 阿拉格奇`, `泰風 堤豐`, `魯比歐 盧比奧`) or as a Chinese name is
    remembered (`溫盛華 溫勝華 文盛華`): as long, each character read as the other's at its place
    (unref.sounds), unless both are dictionary words, which are as often two words that happen to
    sound alike (`陕西省 山西省`, `研究员 研究院`) — of three characters or more, they are one name
    where the characters apart are name characters read with one tone (`查維斯 查韋斯`); or, every
    character a name character, all but one, not the last, where neither is a Chinese word. Never
    two numbers (`第十条 第四条`), nor `公安部 国安部` (two ministries), nor a name's female and male
    forms (`扎哈罗娃 扎哈罗夫`, two people)."""
    if len(first) != len(second) or first == second or len(first) < 2 or not all(map(is_cjk, first + second)):
        return False
    apart = [(a, b) for a, b in zip(first, second) if a != b]
    if any(a in CJK_NUMERALS and b in CJK_NUMERALS for a, b in apart):
        return False
    chinese = sum(map(_chinese_word, (first, second)))
    if all(read_alike(a, b) for a, b in apart):
        return chinese < 2 or (len(first) > 2 and all(
            sound(a) is not None and sound(b) is not None and toned_alike(a, b) for a, b in apart))
    if None in (sound(first), sound(second)):
        return False
    unlike = [a != b and b not in sounding_alike(a) for a, b in zip(first, second)]
    return sum(unlike) == 1 and not unlike[-1] and chinese == 0


def _chinese_word(value):
    """A dictionary word, or one made of dictionary words of two characters or more (`韩方团长`)."""
    return in_dictionary(value) or sum(len(word) for word in words(value) if len(word) >= 2 and in_dictionary(word)) == len(value)


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_LONGEST_RUN = 12  # words: an English name typed among other words is not longer (alone, it is read whole)


def _names_joined(pieces, data):
    """The pieces, each run of two or more English words that names a concept in full joined into
    one (`arms embargo Haiti`: the arms embargo, then Haiti; `OPCW Executive Council Syria`), the
    longest run first from the left."""
    english = [not quoted and not excluded and bool(LATIN_WORD.fullmatch(token)) and token not in OPERATORS
               for token, quoted, excluded in pieces]
    joined, i = [], 0
    while i < len(pieces):
        end = i
        while end < min(len(pieces), i + _LONGEST_RUN) and english[end]:
            end += 1
        for j in range(end, i + 1, -1):
            name = " ".join(token for token, _, _ in pieces[i:j])
            if data.body_named(name.casefold()) or concepts.named(normalise_for_search(name)[0]) or _in_chinese(name):
                joined.append((name, False, False))
                i = j
                break
        else:
            joined.append(pieces[i])
            i += 1
    return joined


def removable(form):
    """A form as the reader removes it from an expansion (`without`), in search form."""
    return " ".join(normalise_for_search(form)[0].split())


# --- Whoosh -------------------------------------------------------------------------------------

def text_query(normalised, phrase_only=False, boost=1.0):
    """Paragraphs containing `normalised` verbatim (bigram phrase, the VERBATIM band); unless
    `phrase_only`, also those containing all its words anywhere (the WORDS band). `boost`
    scales both (OTHER_FORM for a form that was not typed)."""
    runs = units(normalised)
    if not runs:
        return NullQuery
    if _kept_whole(normalised):
        found = list(dict.fromkeys(words(normalised)))
        whole = (Term("text", found[0], boost=VERBATIM * boost) if len(found) == 1
                 else And([Term("text", word) for word in found], boost=WORDS * boost))  # the words, not in order
        cut = text_query("".join(" " if char in _FIGURE_JOINS else char for char in normalised), phrase_only, boost)
        return Or([whole, cut])
    clauses = []
    for run in runs:
        grams = [gram for gram, _, _ in bigrams(run)]
        if len(run) == 1:
            clauses.append(LoneUnit(run[0][0], boost=VERBATIM * boost))  # the start of a bigram, or a one-unit word
            continue
        verbatim = Phrase("bigrams", grams, boost=VERBATIM * boost) if len(grams) > 1 else Term("bigrams", grams[0], boost=VERBATIM * boost)
        found = words(normalised[run[0][1]:run[-1][2]])
        if phrase_only or not found:
            clauses.append(verbatim)
        else:
            # each word once: a repeated word would be one more matcher to advance for every hit
            clauses.append(Or([verbatim, And([Term("text", w) for w in dict.fromkeys(found)], boost=WORDS * boost)]))
    return clauses[0] if len(clauses) == 1 else And(clauses)


def other_forms(forms, field_clause=None):
    """Any of these forms as a phrase (not where it is only part of another body's name), or the
    stored reference: the OTHER_FORM band."""
    clauses = [_form_query(form) for form in forms]
    if field_clause is not None:
        clauses.append(field_clause)
    clauses = [q for q in clauses if q is not NullQuery]
    return Or(clauses) if clauses else NullQuery


def _form_query(form):
    query = text_query(form, phrase_only=True, boost=OTHER_FORM)
    longer = concepts.not_inside().get(form)
    if not longer or query is NullQuery:
        return query
    return AndNot(query, Or([text_query(name, phrase_only=True) for name in longer]))


def _reference(term, references_indexed):
    """The stored references naming the term's resolution or body, or a regime's bodies and
    resolutions, if the index holds them."""
    if not references_indexed:
        return None
    if term.kind == "resolution":
        if " (" in term.value or term.value.startswith("A/") or "/PRST/" in term.value:
            return Term("resolutions", term.value, boost=OTHER_FORM)  # a presidential statement is stored with no year
        return Prefix("resolutions", term.value + " (", boost=OTHER_FORM)
    if term.kind == "body":
        stored = [Term("bodies", body, boost=OTHER_FORM) for body in [term.value, *term.bodies]]
        return Or(stored) if len(stored) > 1 else stored[0]
    if term.kind == "regime":
        stored = [Term("bodies", body, boost=OTHER_FORM) for body in term.bodies]
        stored += [Term("resolutions", symbol, boost=OTHER_FORM) for symbol in term.resolutions]
        return Or(stored) if stored else None
    return None


def _resolution_itself(term):
    """The resolution's own text, when the archive holds it: its cover prints the symbol, which
    the import keeps as the document's symbol rather than as a paragraph."""
    if " (" in term.value or term.value.startswith("A/"):
        return Term("document", term.value)
    return Prefix("document", term.value + " (")


def _read_as_parts(term):
    """A text term naming concepts inside: each concept in any of its searched forms, the rest as typed."""
    clauses = []
    for part in term.parts:
        if isinstance(part, tuple):
            concept, written = part
            forms = [written] + [form for form in concept.forms if form in term.forms]
            field_clause = Term("bodies", concept.id, boost=OTHER_FORM) if concept.kind == "body" else None
            clauses.append(other_forms(forms, field_clause))
        else:
            clauses.append(text_query(part, boost=OTHER_FORM))
    clauses = [q for q in clauses if q is not NullQuery]
    return And(clauses) if len(clauses) > 1 else clauses[0]


def year_typed(term):
    """The year a text term is, typed alone (`2024`, `2024年`), or None."""
    match = _YEAR.fullmatch(term.value) if term.kind == "text" else None
    return match[1] if match else None


def term_query(term, references_indexed=True, dated=True):
    """The query for one term; with `dated`, a year typed alone also finds the paragraphs of the
    documents dated in it (spread matches hold those documents apart, as they do an organ's)."""
    if term.kind == "text":
        query = text_query(term.value)
        if query is NullQuery:
            return query
        of_parts = {form for part in term.parts if isinstance(part, tuple) for form in part[0].forms}
        # the whole token written otherwise: its count (十周年 / 10周年), its everyday words (网络攻击 / 网路攻击)
        whole = [form for form in term.forms if form not in of_parts]
        read = [query] + ([_read_as_parts(term)] if term.parts else []) + [text_query(form, boost=OTHER_FORM) for form in whole]
        if dated and (year := year_typed(term)):
            read.append(Term("year", year, boost=OTHER_FORM))
        return Or(read) if len(read) > 1 else query
    if term.kind == "phrase":
        return text_query(term.value, phrase_only=True)
    if term.kind == "resolution":
        typed = text_query(term.typed, phrase_only=True) if term.typed else NullQuery
        reference = _reference(term, references_indexed)
        forms = list(term.forms)
        if reference is None and term.value.startswith("S/RES/"):
            forms.append(normalise_for_search(term.value.split("/")[-1].split(" ")[0])[0])
        elif reference is None:
            forms.append(normalise_for_search("/".join(term.value.split("/")[-2:]))[0])
        return Or([q for q in (typed, other_forms(forms, reference), _resolution_itself(term)) if q is not NullQuery])
    if term.kind == "regime":
        read = [text_query(term.typed), _read_as_parts(term) if term.parts else NullQuery,
                other_forms(own_forms(term), _reference(term, references_indexed))]
        return Or([q for q in read if q is not NullQuery])
    if term.kind in CONCEPT_KINDS:
        beside = [And([other_forms(forms), other_forms(near)]) for forms, near in term.together]
        return Or([text_query(term.typed, phrase_only=True), other_forms(term.forms, _reference(term, references_indexed)), *beside])
    if term.kind == "document":
        # the document itself, and the paragraphs of other documents that cite it by symbol
        return Or([Term("document", term.value), text_query(normalise_for_search(term.value)[0], phrase_only=True)])
    return NullQuery


def filter_query(narrowing):
    """A facet filter, (field, value), as its Term; a query (a date range) as it is."""
    return narrowing if isinstance(narrowing, Query) else Term(*narrowing)


def date_query(held, first, last):
    """Paragraphs dated `first` to `last` (YYYYMMDD numbers), among the dates the index `held`
    (sorted): a year wholly inside as its `year` keyword, the days of a year partly inside one
    by one, so the query stays a few terms that the index's own matching reads. Scored 0: a
    range narrows, it never reorders."""
    by_year = {}
    for day in held:
        by_year.setdefault(day // 10_000, []).append(day)
    clauses = []
    for year, days in by_year.items():
        inside = [day for day in days if first <= day <= last]
        if len(inside) == len(days):
            clauses.append(Term("year", str(year), boost=0.0))
        else:
            clauses.extend(Term("sort_date", day, boost=0.0) for day in inside)
    return Or(clauses, boost=0.0)


def build(understood, filters=(), references_indexed=True, dated=True):
    """The Whoosh query for what was understood, narrowed by facet filters [(field, value)] and
    filter queries (`date_query`); `dated` as `term_query` takes it."""
    positive = [term_query(t, references_indexed, dated) for t in understood.terms]
    positive = [q for q in positive if q is not NullQuery]
    if not positive:
        return NullQuery
    query = positive[0] if len(positive) == 1 else And(positive)
    if understood.reworded is not None and understood.reworded.forms:
        query = Or([query, other_forms(understood.reworded.forms, _reference(understood.reworded, references_indexed))])
    for narrowing in filters:
        query = And([query, filter_query(narrowing)])
    negative = [term_query(t, references_indexed) for t in understood.excluded]
    negative = [q for q in negative if q is not NullQuery]
    lone = [q for q in negative if isinstance(q, LoneUnit)]
    if len(lone) > 1:  # one list to look each candidate up in, instead of a tree of them
        negative = [q for q in negative if not isinstance(q, LoneUnit)] + [LoneUnit(*(u for q in lone for u in q.units))]
    if negative:
        query = AndNot(query, Or(negative))
    return query

