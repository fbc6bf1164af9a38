"""How a foreign name sounds, so that its other spellings can be found: the press of each region
transliterates a name with its own characters (`查哈洛娃` and `扎哈罗娃` for Zakharova, `佩通坦` and
`貝東丹` for Paetongtarn, `巴希爾` and `巴席爾` for Bashir), and no list holds every name the news
prints.

A string is a name's spelling here when every character of it, folded, is a name character of
`data/sounds.json` (printed in the person, place and State names of public conversion tables; see
`data/build_sounds.py`), and its sound is its characters' readings without tone, with the
distinctions transliteration blurs merged (MERGED): aspirated and plain initials (`p`/`b`, `t`/`d`,
`k`/`g`, `q`/`j`, `ch`/`zh`, `c`/`z`), retroflex and dental ones (`zh`/`z`, `ch`/`c`, `sh`/`s`) and
the nasal finals (`-ng`/`-n`). Two spellings sound alike when their sounds are equal, syllable by
syllable. A name typed two ways may also hold characters no name table prints (`溫盛華`, `溫勝華`):
`read_alike` reads those by their kMandarin reading (`sounds.json`'s `customary`).
"""
from __future__ import annotations

from functools import lru_cache

from .knowledge import load_customary, load_sounds
from .normalise import fold

# Initials read as one, longest first (`zh` before `z`).
MERGED = (("zh", "z"), ("ch", "z"), ("sh", "s"), ("c", "z"), ("p", "b"), ("t", "d"), ("k", "g"), ("q", "j"))


def syllable(reading: str) -> str:
    """A reading with the distinctions transliteration blurs merged."""
    for initial, merged in MERGED:
        if reading.startswith(initial):
            reading = merged + reading[len(initial):]
            break
    return reading[:-1] if reading.endswith("ng") else reading


@lru_cache(maxsize=1)
def _alike() -> dict[str, tuple[str, ...]]:
    """{merged syllable: the name characters that read so}."""
    by_sound: dict[str, list[str]] = {}
    for char, reading in load_sounds().items():
        by_sound.setdefault(syllable(reading), []).append(char)
    return {sound: tuple(chars) for sound, chars in by_sound.items()}


def sound(string: str) -> tuple[str, ...] | None:
    """The merged syllables of a name's spelling, or None if a character of it is no name
    character (`string` as the matcher folds it)."""
    known = load_sounds()
    folded = fold(string)
    if not folded or any(char not in known for char in folded):
        return None
    return tuple(syllable(known[char]) for char in folded)


def read_alike(first: str, second: str) -> bool:
    """Whether two characters, folded, are read alike: two name characters as transliteration
    blurs them (`sounding_alike`), a name character and another (`亭` beside `丁`) the same way,
    and two others only by the same kMandarin reading, tones aside (`sounds.json`'s `customary`):
    `坤` and `昆`, `盛` and `勝` in a Chinese name spelt two ways."""
    first, second = fold(first), fold(second)
    if first == second:
        return True
    known = load_sounds()
    readings = [known.get(char) or _customary(char) for char in (first, second)]
    if None in readings:
        return False
    if first in known or second in known:
        return syllable(readings[0]) == syllable(readings[1])
    return readings[0] == readings[1]


def toned_alike(first: str, second: str) -> bool:
    """Whether two characters, folded, have the same customary reading, tone and all (`維` and
    `韋`, wei2): how two dictionary words one character apart are told to be one name spelt two
    ways (`查維斯`, `查韋斯`) and not two words (`陕西`, `山西`; `研究员`, `研究院`)."""
    first, second = fold(first), fold(second)
    readings = [_customary(char, toned=True) for char in (first, second)]
    return first == second or (None not in readings and readings[0] == readings[1])


def _customary(char: str, toned: bool = False) -> str | None:
    """A Han character's kMandarin reading (`sounds.json`'s `customary`), without its tone unless
    `toned` (`wei4`), or None for anything else, a string of several characters among them."""
    reading = load_customary().get(char) if len(char) == 1 else None
    return reading if reading is None or toned else reading.rstrip("012345")


def sounding_alike(char: str) -> tuple[str, ...]:
    """The name characters read as `char` is (itself among them), or () if it is none."""
    reading = load_sounds().get(char)
    return _alike()[syllable(reading)] if reading else ()
