"""The Security Council resolution register: which year a resolution number belongs to.

Numbers run without a gap from 1 (1946); the register holds every resolution up to
`complete_through` and, after it, only the ones the archive's editors added by hand. A number
it lacks is never given a guessed year: `year_of` says why it has none, and `year_between` gives
one only where numbering settles it (both registered neighbours are of the same year).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

WRONG_YEAR = "wrong year"       # the register has the number, in another year
OUT_OF_ORDER = "out of order"   # numbers follow adoption: the year lies outside its neighbours'
BEYOND = "beyond"               # a number after the last one the register holds


@dataclass(frozen=True)
class Disagreement:
    """Why the register rules out a citation. `earliest`/`latest`: the years the number can
    have (its own year, or its registered neighbours'; None where none bounds it); `last`,
    `last_year`: the register's last resolution."""
    kind: str
    number: str
    year: str | None
    earliest: str | None
    latest: str | None
    last: str
    last_year: str


class Register:
    def __init__(self, records: list[dict], complete_through: int = 0) -> None:
        self.complete_through = complete_through
        self.years = {str(r["number"]): str(r["year"]) for r in records}
        # The field's own resolutions carry a Chinese title: a bare number typed in a search box
        # means one of these, where any other number is more likely a year or a count.
        self.field = {str(r["number"]) for r in records if r.get("title_zh")}
        self._numbers = sorted(int(number) for number in self.years)

    def __contains__(self, number: str) -> bool:
        return str(number) in self.years

    def year_of(self, number: str) -> tuple[str | None, str]:
        """(year, "") for a number in the register, else (None, the reason it has no year)."""
        year = self.years.get(str(number))
        if year:
            return year, ""
        if self.complete_through and int(number) > self.complete_through:
            return None, (f"resolution {number} cited without a year; the register is complete "
                          f"through resolution {self.complete_through} and does not list it")
        return None, f"resolution {number} cited without a year and not in the register"

    def year_between(self, number: str) -> tuple[str | None, str]:
        """(year, note) for a number the register lacks between two registered numbers of the
        same year: numbers follow adoption, so it is of that year too (resolution 2799 between
        2798 and 2809, both of 2025); else (None, "")."""
        if not str(number).isdigit() or str(int(number)) in self.years:
            return None, ""
        before, after = self._neighbours(int(number))
        year = self.years[str(before)] if before else None
        if not (year and after and self.years[str(after)] == year):
            return None, ""
        return year, (f"year from the register's order: resolution {number} lies between "
                      f"S/RES/{before} ({year}) and S/RES/{after} ({year})")

    def _neighbours(self, n: int) -> tuple[int | None, int | None]:
        """The registered numbers right below and right above `n` (one it lacks), or None."""
        index = bisect_left(self._numbers, n)
        return (self._numbers[index - 1] if index else None,
                self._numbers[index] if index < len(self._numbers) else None)

    def conflict(self, number: str, year: str) -> str:
        """A note when the printed year contradicts the register ("" when it agrees or is unknown)."""
        known = self.years.get(str(number))
        if known and known != str(year):
            return f"text gives {number}({year}); the register has S/RES/{number} ({known})"
        return ""

    def confirms(self, number: str, year: str) -> bool:
        return self.years.get(str(number)) == str(year)

    def disagreement(self, number: str, year: str | None = None) -> Disagreement | None:
        """What the register says against resolution `number` cited with `year` (or without
        one), or None when it agrees or cannot tell. Council resolutions are numbered in order
        of adoption, so a number the register lacks still lies between its neighbours' years.
        A number after the last one is reported even with a possible year: the register may
        lag behind the Council, so the caller decides what a real citation of it outweighs."""
        if not self._numbers or not str(number).isdigit():
            return None
        n = int(number)
        last = self._numbers[-1]
        known = self.years.get(str(n))
        if known:
            earliest = latest = known
        else:
            below, above = self._neighbours(n)
            earliest = self.years[str(below)] if below else None
            latest = self.years[str(above)] if above else None
        kind = None
        if year and ((earliest and year < earliest) or (latest and year > latest)):
            kind = WRONG_YEAR if known else OUT_OF_ORDER
        elif n > last:
            kind = BEYOND
        if kind is None:
            return None
        return Disagreement(kind, str(n), year, earliest, latest, str(last), self.years[str(last)])
