"""The States a text names, in Chinese (any region's name) or in English, from the data's name
groups (`regional.json`): what a paragraph and its translation name alike, whatever the words
around them (archive.alignment pairs by it)."""
import re
from functools import lru_cache

from .knowledge import load_known_data
from .normalise import fold


@lru_cache(maxsize=1)
def _matchers():
    """(Chinese names, English names, {name: State}): each name once, the longest first, so a name
    inside a longer one (`马里` in `索马里`, `Guinea` in `Papua New Guinea`) is not read apart."""
    names = {}
    for state in load_known_data().states:
        for name in state["names"]:
            names.setdefault(fold(name), state["id"])
        names.setdefault(state["en"].casefold(), state["id"])
    chinese = sorted((name for name in names if not name.isascii()), key=len, reverse=True)
    english = sorted((name for name in names if name.isascii() and len(name) > 3), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, chinese))),
            re.compile(r"\b(?:" + "|".join(map(re.escape, english)) + r")\b", re.I), names)


@lru_cache(maxsize=2**12)
def states_named(text: str) -> frozenset[str]:
    """The ids of the States `text` names (`叙利亚、也门` and `Syria and Yemen` alike)."""
    chinese, english, names = _matchers()
    found = {names[m.group()] for m in chinese.finditer(fold(text))}
    return frozenset(found | {names[m.group().casefold()] for m in english.finditer(text)})
