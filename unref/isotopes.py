"""An isotope however a text prints it: the element's character or its symbol, then the mass number,
with a hyphen or without (`铯-137`, `銫137`, `Cs-137`, `Cs137`), and each region's character for
the elements whose Taiwan or Hong Kong name is another character (`镥177`, Taiwan's `鎦177`;
`钚-239`, Taiwan's `鈽-239`, Hong Kong's `鈈-239`). The elements are `data/elements.json` (a
public periodic table and zh.wikipedia's chemistry conversion group; `data/build_elements.py`).

A symbol counts only with a mass number its isotopes of interest have (`_mass_span`: from twice the
atomic number less one to three times it, which holds H-3, F-18, Cs-137, U-235 and Cf-252 but not the
aircraft and warheads written alike, `F-16`, `W88`, `SR-71`, nor `K-2`, `P4`); a character with a
mass number out of that span is read only as printed. A character that names no element still
reads as an isotope in its two spellings (`歼-10`, `歼10`), as before the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import load_elements
from .normalise import CJK, normalise_for_search

# In search form (normalised: simplified, lower case); not an ordinal (`第154`).
_BY_CHARACTER = re.compile(rf"([{CJK}])-?(\d{{1,3}}m?)")
_BY_SYMBOL = re.compile(r"([a-z]{1,2})-?([1-9]\d{0,2})(m?)")
_NOT_AN_ELEMENT = "第"


def _mass_span(z: int) -> tuple[int, int]:
    """The mass numbers read as an isotope of the element numbered `z`."""
    return max(1, 2 * z - 1), 3 * z


@dataclass(frozen=True)
class Element:
    number: int
    symbol: str  # lower case, as search folds it
    characters: tuple  # in search form, the mainland's first


@lru_cache(maxsize=1)
def _elements() -> tuple[dict, dict]:
    """({character: Element}, {symbol: Element}), characters and symbols in search form."""
    by_character, by_symbol = {}, {}
    for entry in load_elements():
        names = [entry["zh"], *entry.get("regional", {}).values()]
        characters = tuple(dict.fromkeys(normalise_for_search(name)[0] for name in names))
        element = Element(entry["number"], entry["symbol"].lower(), characters)
        by_symbol[element.symbol] = element
        for character in characters:
            by_character.setdefault(character, element)
    return by_character, by_symbol


def writings(normalised: str) -> tuple[str, ...] | None:
    """Every way texts print the isotope a whole token (in search form) names, the mainland's
    character joined to the mass number first (`铯137`), or None if it names none."""
    by_character, by_symbol = _elements()
    if match := _BY_CHARACTER.fullmatch(normalised):
        character, mass = match.groups()
        if character in _NOT_AN_ELEMENT:
            return None
        element = by_character.get(character)
        if element and not _possible(element, mass):
            element = None  # `铀2`: read only as printed
        characters = element.characters if element else (character,)
    elif match := _BY_SYMBOL.fullmatch(normalised):
        symbol, number, metastable = match.groups()
        element = by_symbol.get(symbol)
        mass = number + metastable
        if element is None or not _possible(element, mass):
            return None
        characters = element.characters
    else:
        return None
    found = [f"{character}{join}{mass}" for character in characters for join in ("", "-")]
    if element:
        found += [f"{element.symbol}-{mass}", f"{element.symbol}{mass}"]
    return tuple(dict.fromkeys(found))


def _possible(element: Element, mass: str) -> bool:
    """Whether `mass` (figures, perhaps `m` for a metastable state) is in `_mass_span`, without a leading zero."""
    number = mass.rstrip("m")
    low, high = _mass_span(element.number)
    return not number.startswith("0") and low <= int(number) <= high
