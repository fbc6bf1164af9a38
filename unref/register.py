"""The Security Council resolution register: which year a resolution number belongs to.

Numbers run without a gap from 1 (1946); the register holds every resolution up to
`complete_through` and, after it, only the ones the archive's editors added by hand. A number
it lacks is never given a guessed year: `year_of` says why it has none.
"""
from __future__ import annotations


class Register:
    def __init__(self, records: list[dict], complete_through: int = 0) -> None:
        self.complete_through = complete_through
        self.years = {str(r["number"]): str(r["year"]) for r in records}
        # The field's own resolutions carry a Chinese title: a bare number typed in a search box
        # means one of these, where any other number is more likely a year or a count.
        self.field = {str(r["number"]) for r in records if r.get("title_zh")}

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

    def conflict(self, number: str, year: str) -> str:
        """A note when the printed year contradicts the register ("" when it agrees or is unknown)."""
        known = self.years.get(str(number))
        if known and known != str(year):
            return f"text gives {number}({year}); the register has S/RES/{number} ({known})"
        return ""

    def confirms(self, number: str, year: str) -> bool:
        return self.years.get(str(number)) == str(year)
