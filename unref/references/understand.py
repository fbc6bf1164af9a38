"""Which resolution a person means: in an address (`/resolutions/1540/`) or a search box.

Both read the same forms — `1540`, `1540(2004)`, `S/RES/1540`, `第1540号决议`, `第1540(2004)號決議`,
`A/RES/73/55`, `73/55` — and take the year from the register. They differ only where a
person's intent differs: an address always names a resolution, so any number in the register
is one and an unknown one is none; in a search box a bare `2009` is more likely a year and a bare
`500` a quantity, so a bare number means a resolution for the field's own resolutions and for
four-digit numbers no year could be (`1696`, `2231`), and an explicit one the register lacks is
still searched for without its year. Search looks for what was typed as well, so reading a
number as a resolution only adds what cites it.
"""
from __future__ import annotations

import re

from ..knowledge import KnownData, load_known_data
from ..normalise import fold

# In English too, as researchers write it: `resolution 2231`, `UNSC Resolution 2231`, `UNSCR 2231`,
# `S.C. Res. 2231` (spaces and full stops are gone in the folded form).
_ENGLISH_CITATION = r"(?:(?:UN)?(?:SECURITYCOUNCIL|SC)?(?:RESOLUTION|RES)(?:NO)?|UNSCR|SCR)"
_ABBREVIATION_STOP = re.compile(r"(?<=[A-Z])\.")
# The same words as a search box holds them, spaces and full stops in place.
_CITATION_WORDS = re.compile(r"\b(?:UN\s*)?(?:S\.?C\.?\s+|Security\s+Council\s+)?(?:resolution|res\.?)(?:\s+no\.?)?\s+(?=\d)"
                             r"|\b(?:UNSCR|SCR)\s+(?=\d)", re.I)
_SPACED_YEAR = re.compile(r"(?<=\d)\s+(?=[(（]\d{4}[)）])")
# The organ named before the number, as researchers type it whole (`联合国安理会第1540号决议`,
# `聯大第73/55號決議`): it says the number is a resolution's.
_SC = re.compile(rf"^(?P<organ>(?:联合国)?(?:安全理事会|安理会))?(?P<explicit>S/RES/|第|{_ENGLISH_CITATION})?"
                 r"(?P<number>\d{1,4})(?:\((?P<year>\d{4})\))?(?P<said>号?决议|号)?$", re.I)
_GA = re.compile(r"^(?P<organ>(?:联合国)?(?:大会|联大))?(?:(?P<symbol>A/(?P<kind>RES|DEC)/)|(?P<ordinal>第))?"
                 r"(?P<session>\d{2})/(?P<number>\d{1,4})(?P<said>号?(?:决议|决定))?$", re.I)
_OTHER = re.compile(r"^(?:S/PRST/\d{4}/\d{1,3}|E/RES/\d{4}/\d{1,3}|A/RES/\d{1,4}\([IVXL]+\))$")


def resolution_named(text: str, data: KnownData | None = None) -> str | None:
    """The canonical resolution an address names, or None when it names none we can date."""
    found = _understand(text, data or load_known_data(), typed=False)
    return found if found and (" (" in found or not found.startswith("S/RES/")) else None


def resolution_typed(text: str, data: KnownData | None = None) -> str | None:
    """The canonical resolution a search term names (`S/RES/1234` when its year is unknown)."""
    return _understand(text, data or load_known_data(), typed=True)


def citations_joined(text: str) -> str:
    """`text` with an English citation's words joined to the number after them (`UNSC Resolution
    2231 伊朗` → `UNSCResolution2231 伊朗`), and a number to the year in brackets after it
    (`S/RES/1540 (2004) 执行` → `S/RES/1540(2004) 执行`), so that a search box's words split into
    one token `resolution_typed` reads as the resolution, not the word `resolution` or a year to find."""
    return _SPACED_YEAR.sub("", _CITATION_WORDS.sub(lambda m: "".join(m.group().split()), text))


def _understand(text: str, data: KnownData, typed: bool) -> str | None:
    folded = _ABBREVIATION_STOP.sub("", fold(text).upper())
    if _OTHER.match(folded):
        return folded.replace("(", " (")
    sc = _SC.match(folded)
    if sc:
        number, year = sc.group("number").lstrip("0"), sc.group("year")
        explicit = bool(sc.group("explicit") or sc.group("said") or year or sc.group("organ"))
        if not number or (typed and not explicit and not _bare_resolution(number, data)):
            return None
        year = year or data.register.year_of(number)[0] or data.register.year_between(number)[0]
        if year:
            return f"S/RES/{number} ({year})"
        return f"S/RES/{number}" if typed and explicit else None
    ga = _GA.match(folded)
    if ga:
        kind = (ga.group("kind") or ("DEC" if (ga.group("said") or "").endswith("决定") else "RES")).upper()
        symbol = f"A/{kind}/{ga.group('session')}/{ga.group('number')}"
        explicit = ga.group("symbol") or ga.group("ordinal") or ga.group("said") or ga.group("organ")
        if typed and not explicit and symbol not in data.resolution_by_symbol:
            return None          # a bare `12/34` is a resolution only when we know one of that number
        return symbol
    return None


def _bare_resolution(number: str, data: KnownData) -> bool:
    """Whether a bare number typed in a search box names a Council resolution."""
    if number in data.register.field:
        return True
    return len(number) == 4 and not 1900 <= int(number) <= 2100 and data.register.year_of(number)[0] is not None
