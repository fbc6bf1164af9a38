"""The two matching forms of a text, side by side, each with a map back to the original.

`normalise_for_references`: the form reference extraction matches on. Matching happens on a form where full-width digits, brackets and letters are ASCII,
traditional characters are simplified (OpenCC, one character for one character, so offsets
stay trivial) and all whitespace is gone
(`第 1540 (2004) 號決議` and `第1540(2004)号决议` match alike). Every character of the
normalised form remembers where it came from, so spans found there index the original.

Both leave out a pinyin reading a web page glosses each character with (`號(hào)`).

`normalise_for_search`: the form the search index and queries share. It keeps the spaces that
separate Latin words (`nuclear security`), lower-cases and applies NFKC, because tokens there
are words, where extraction compares symbols and numbers as printed (`S/RES/1540`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from .script import to_simplified_for_matching

_OTHER = {
    "\u3000": " ",      # ideographic space
    "\u00a0": " ",
    "\u2022": "·", "\u30fb": "·", "\u2027": "·", "\u00b7": "·",  # name dots and bullets
    "\u3008": "〈", "\u3009": "〉",
}
_DROPPED = {"\u200b", "\u200c", "\u200d", "\ufeff"}


@lru_cache(maxsize=None)
def fold_char(ch: str) -> str:
    """The matching form of one character ("" when it is dropped); remembered, as the same few
    thousand characters are folded again in every paragraph."""
    if ch in _DROPPED or ch.isspace():
        return ""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:         # full-width ASCII block
        ch = chr(code - 0xFEE0)
    ch = _OTHER.get(ch, ch)
    if "\u00c0" <= ch <= "\u024f":  # a Latin letter with its accent: copies often drop it (Proscripción)
        base = unicodedata.normalize("NFKD", ch)[0]
        return base if base.isascii() and base.isalpha() else ch
    if ch < "\u3400":
        return ch
    converted = to_simplified_for_matching(ch)
    return converted if len(converted) == 1 else ch


@dataclass(frozen=True)
class Normalised:
    """`text` is the matching form; `offsets[i]` is the original index of text[i]."""
    original: str
    text: str
    offsets: tuple[int, ...]

    def opens_word(self, start: int) -> bool:
        """Whether no Latin letter or digit stands just before text[start] in the original: the
        matching form has no spaces, so English words meet in it (`documentS/2006/257`)."""
        before = self.offsets[start] - 1
        return before < 0 or not _latin_or_digit(self.original[before])

    def opens_acronym(self, start: int) -> bool:
        """Whether no Latin letter stands just before text[start] in the original: an acronym may
        follow a number whose space copying lost (`所有40FATF技術性合規`)."""
        before = self.offsets[start] - 1
        return before < 0 or not (self.original[before].isascii() and self.original[before].isalpha())

    def closes_acronym(self, end: int) -> bool:
        """Whether text[end - 1] closes a word in the original, or is followed by a number that
        runs into Chinese, as an acronym is where copying lost a space (`FATF40項建議`, not `NPT2`)."""
        after = self.offsets[end - 1] + 1
        while after < len(self.original) and self.original[after].isascii() and self.original[after].isdigit():
            after += 1
        if after == self.offsets[end - 1] + 1:
            return self.closes_word(end)
        return after < len(self.original) and bool(_CJK_CHAR.match(self.original[after]))

    def closes_word(self, end: int) -> bool:
        """Whether no Latin letter or digit follows text[end - 1] in the original."""
        after = self.offsets[end - 1] + 1
        return after >= len(self.original) or not _latin_or_digit(self.original[after])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original."""
        if end <= start:
            raise ValueError("empty span")
        return self.offsets[start], self.offsets[end - 1] + 1


def _latin_or_digit(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# A reading in pinyin that a web page prints after each character it glosses (`第1540號(hào)決議`,
# `監(jiān)察員`, `聯(lián)合國`, some mirrors with a space inside: `理事會(huì )`): a syllable with a tone mark,
# in brackets, right after a Chinese character.
# Both matching forms leave it out, as they leave out spaces; the text shown keeps it.
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（] ?[a-zü]*[{_TONE_MARKED}][a-zü]* ?[)）]")
_HAS_TONE = re.compile(f"[{_TONE_MARKED}]")
# Some copy sites print the reading without its tone, a space after it (`會(hui) 議`, `個(ge) 實體`): a
# bracketed syllable of Mandarin (two letters or more: `(a)` is an item's label) after a Chinese character,
# where the text prints two such or more, as those pages print one wherever they print any.
_TONELESS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]([(（] ?([a-zü]{2,6}) ?[)）])(?= )")
_TONELESS_AT_LEAST = 2


def _glossed(text: str) -> set[int]:
    """The indices of `text` inside pinyin glosses (usually none: one scan for a tone mark, one
    for a bracketed syllable after a Chinese character)."""
    glossed = {index for m in _GLOSS.finditer(text) for index in range(*m.span())} if _HAS_TONE.search(text) else set()
    if "(" in text or "（" in text:
        toneless = [m.span(1) for m in _TONELESS.finditer(text) if m[2].replace("ü", "v") in _syllables()]
        if len(toneless) >= _TONELESS_AT_LEAST:
            glossed.update(index for span in toneless for index in range(*span))
    return glossed


@lru_cache(maxsize=1)
def _syllables() -> frozenset:
    """Every Mandarin syllable without tone, from unref.knowledge (which imports this module, so
    it is imported here, on the first bracket after a Chinese character)."""
    from .knowledge import load_syllables

    return load_syllables()


class _FoldTable(dict):
    """`fold_char` as a translation table (code point → its matching form, "" when dropped),
    filled as characters are met, so that a paragraph is folded by `str.translate` rather than
    by a Python step per character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def normalise_for_references(text: str) -> Normalised:
    glossed = _glossed(text)
    if glossed:  # rare: a web page's pinyin readings, left out character by character
        return _without_glosses(text, glossed)
    folded = text.translate(_FOLD)
    if len(folded) == len(text):  # nothing dropped (each character folds to one or none)
        return Normalised(text, folded, tuple(range(len(text))))
    return Normalised(text, folded, tuple(compress(range(len(text)), map(_FOLD.__getitem__, map(ord, text)))))


def _without_glosses(text: str, glossed: set[int]) -> Normalised:
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = "" if index in glossed else fold_char(ch)
        if folded:
            chars.append(folded)
            offsets.append(index)
    return Normalised(text, "".join(chars), tuple(offsets))


def fold(text: str) -> str:
    """The matching form alone (for data: gazetteer names, treaty titles)."""
    return normalise_for_references(text).text


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_SPACES = re.compile(" +")
# Brackets around a few Chinese characters inside a name, as Hong Kong's laws are titled (`化學武器(公約)
# 條例`, `聯合國制裁(南蘇丹)規例`): the search form reads through them, so `化学武器公约` is found there.
_INSERTED = re.compile(f"(?<=[{CJK}])\\(([{CJK}]{{1,10}})\\)(?=[{CJK}])")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}
# Quotation marks read as spaces, so that a word quoted inside a name (`“基地”组织`) is the name:
# like other spaces, they vanish next to a Chinese character.
_QUOTES = {ord(mark): " " for mark in "“”「」『』‘’"}


def is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


def printed_as(char: str) -> frozenset[str]:
    """The Chinese characters whose search form is `char` (`联`: `联`, `聯`): what a text may print
    where its search form has it, to choose the texts worth normalising whole without normalising
    every one."""
    return _printed_as().get(char, frozenset({char}))


@lru_cache(maxsize=1)
def _printed_as():
    """{search form: the characters that have it}, read off the search form of every character of
    the CJK blocks at once (the conversion keeps one character one)."""
    blocks = "".join(chr(code) for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
                     for code in range(first, last + 1))
    forms = {}
    for printed, form in zip(blocks, normalise_for_search(blocks)[0], strict=True):
        forms.setdefault(form, {form}).add(printed)
    return {form: frozenset(printed) for form, printed in forms.items() if len(printed) > 1}


def normalise_for_search(text: str) -> tuple[str, list[int]]:
    """Search form of `text` and, for each of its characters, the index it came from.

    Traditional → simplified, full-width → half-width (NFKC), lower case, control characters,
    quotation marks and brackets around Chinese inside a name (`化学武器(公约)条例`) to spaces,
    whitespace next to a Chinese character removed (PDF layout: `委员会向 安全理事会`,
    `第 1540(2004)号`), other whitespace runs collapsed to one space.
    Indexing calls it once per field of every paragraph, so the common case (printable,
    already NFKC text) takes a path with no per-character Python work.
    """
    return _normalise_for_search(text)


@lru_cache(maxsize=16)  # the text and bigram fields of one paragraph normalise the same text
def _normalise_for_search(text):
    glossed = _glossed(text)
    if glossed:  # the text without its pinyin glosses, each character still knowing where it was
        kept = [index for index in range(len(text)) if index not in glossed]
        normalised, origins = _normalise_for_search("".join(text[index] for index in kept))
        return normalised, [kept[origin] for origin in origins]
    folded, origins = _fold_for_search(text)
    simplified = to_simplified_for_matching(folded)
    if len(simplified) != len(folded):  # a phrase conversion changed the length: go char by char
        simplified = "".join(to_simplified_for_matching(c) if len(to_simplified_for_matching(c)) == 1 else c for c in folded)
    normalised, origins = _spaces_collapsed(simplified, origins)
    if "(" in normalised and _INSERTED.search(normalised):  # same length: the origins hold
        normalised, origins = _spaces_collapsed(_INSERTED.sub(lambda m: f" {m.group(1)} ", normalised), origins)
    return normalised, origins


def _spaces_collapsed(simplified, origins):
    """Whitespace next to a Chinese character removed, other runs one space; with the origins."""
    parts, out_origins, position = [], [], 0
    for run in _SPACES.finditer(simplified):
        start, end = run.span()
        parts.append(simplified[position:start])
        out_origins.extend(origins[position:start])
        before = simplified[start - 1] if start else ""
        after = simplified[end] if end < len(simplified) else ""
        if before and after and not (is_cjk(before) or is_cjk(after)):
            parts.append(" ")
            out_origins.append(origins[start])
        position = end
    parts.append(simplified[position:])
    out_origins.extend(origins[position:])
    return "".join(parts), out_origins


def _fold_for_search(text):
    """NFKC, lower case, control and separator characters to spaces; with per-character origins."""
    narrowed = text.translate(_FULL_WIDTH).translate(_QUOTES)  # what NFKC does to most Chinese punctuation, 1:1
    if narrowed.isprintable() and unicodedata.is_normalized("NFKC", narrowed):
        lowered = narrowed.lower()
        if len(lowered) == len(text):
            return lowered, list(range(len(text)))
    chars, origins = [], []
    for index, char in enumerate(text):
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char.isspace() or ord(char) in _QUOTES:
            folded = " "
        else:
            folded = unicodedata.normalize("NFKC", char).lower()
        for piece in folded:
            chars.append(piece)
            origins.append(index)
    return "".join(chars), origins
