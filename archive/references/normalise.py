"""Stage 1: a matching form of the text, with an offset map back to the original.

Matching happens on a form where full-width digits, brackets and letters are ASCII,
traditional characters are simplified (OpenCC, one character for one character, so offsets
stay trivial) and all whitespace is gone
(`第 1540 (2004) 號決議` and `第1540(2004)号决议` match alike). Every character of the
normalised form remembers where it came from, so spans found there index the original.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_OTHER = {
    "\u3000": " ",      # ideographic space
    "\u00a0": " ",
    "\u2022": "·", "\u30fb": "·", "\u2027": "·", "\u00b7": "·",  # name dots and bullets
    "\u3008": "〈", "\u3009": "〉",
}
_DROPPED = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def fold_char(ch: str) -> str:
    """The matching form of one character ("" when it is dropped)."""
    if ch in _DROPPED or ch.isspace():
        return ""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:         # full-width ASCII block
        ch = chr(code - 0xFEE0)
    ch = _OTHER.get(ch, ch)
    return _simplified(ch) if ch >= "\u3400" else ch


@lru_cache(maxsize=None)
def _simplified(ch: str) -> str:
    from ..pipeline.script import to_simplified

    converted = to_simplified(ch)
    return converted if len(converted) == 1 else ch


@dataclass(frozen=True)
class Normalised:
    """`text` is the matching form; `offsets[i]` is the original index of text[i]."""
    original: str
    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original."""
        if end <= start:
            raise ValueError("empty span")
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = fold_char(ch)
        if folded:
            chars.append(folded)
            offsets.append(index)
    return Normalised(text, "".join(chars), tuple(offsets))


def fold(text: str) -> str:
    """The matching form alone (for data: gazetteer names, treaty titles)."""
    return normalise(text).text
