"""A search's date range, `from` and `to`, as a reader types it: a year, a month or a day.

`from=2016` starts on 1 January 2016 and `to=2016-02` ends on 29 February 2016, so both ends
are inclusive at the precision typed. A range leaves out undated documents: nothing says they
fall inside it. A malformed date is a `BadRequest` (Django answers 400) whose message says,
Chinese first, what was wrong; the search page and the API show it.
"""
import calendar
import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import BadRequest

NAMES = ("from", "to")
_TYPED = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_BRACKETS = str.maketrans("()（）", "    ")


class InvalidDate(BadRequest):
    pass


@dataclass(frozen=True)
class DateRange:
    first: date | None = None
    last: date | None = None

    def __bool__(self):
        return self.first is not None or self.last is not None

    def numbers(self):
        """(first, last) as the index's `sort_date` numbers (YYYYMMDD); an open end is the
        lowest or highest dated value, so undated entries (0) stay outside."""
        return (_number(self.first) if self.first else 1, _number(self.last) if self.last else 99_991_231)

    def holds(self, day):
        return day is not None and (self.first is None or day >= self.first) and (self.last is None or day <= self.last)


def _number(day):
    return day.year * 10_000 + day.month * 100 + day.day


def parse(typed, end=False):
    """The first (or, with `end`, the last) day of the year, month or day typed; None if blank."""
    typed = (typed or "").strip()
    if not typed:
        return None
    match = _TYPED.fullmatch(typed)
    try:
        if match is None:
            raise ValueError(typed)
        year, month, day = int(match[1]), match[2], match[3]
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(month)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, int(day))
    except ValueError:
        name = "截止日期" if end else "起始日期"
        english = "end date" if end else "start date"
        shown = typed[:40].translate(_BRACKETS)  # the message's English is its last bracket
        raise InvalidDate(
            f"{name}无效：“{shown}”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD "
            f"(invalid {english} “{shown}”: write YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


def date_range(start, end):
    """The `DateRange` of a search's `from` and `to` (either may be blank)."""
    found = DateRange(parse(start), parse(end, end=True))
    if found.first and found.last and found.first > found.last:
        raise InvalidDate("起始日期晚于截止日期 (the start date is after the end date)")
    return found
