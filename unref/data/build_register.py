"""Rebuild the Security Council part of `resolutions.json` from public lists of resolutions.

1. FOLDER (required): the Dag Hammarskjöld Library's yearly tables "Meetings conducted by the
   Security Council in YEAR" (research.un.org/en/docs/sc/quick/meetings/YEAR), saved as
   `scactYEAR_table_en.html` (and `scact2020_covid_table_en.html` for the meetings held by
   videoconference in 2020). Each row gives a meeting, its date, its topic and the
   resolutions adopted there (`S/RES/1540 (2004)`). They give number, year, date and topic.
2. --library LOG ...: UN Digital Library records of adopted resolutions as the "UN votes"
   database logs the SQL that loads them (`INSERT INTO "resolution" (..., "symbol", ...,
   "vote_date") VALUES (...)` and `INSERT INTO "title" ("name") VALUES ('Security Council
   resolution 2714 (2023) [on ...]')`). Every year they share with the tables must agree; they
   fill the numbers the tables lack with year, date and the Library's bracketed title.
3. --second CSV: a `;`-separated list with the columns Number, Year and Topic. Every year it
   shares must agree; it fills what the other two lack, with year and topic but no date.
4. --pages CSV (`register_pages.csv`): resolutions read one by one from public pages (UN press
   releases, unscr.com, news reports) that state number, year and adoption date; the columns
   Number, Year, Adopted, Topic and Source (the pages' addresses). It fills what the others lack.

    python unref/data/build_register.py FOLDER --retrieved YYYY-MM-DD --source TEXT \
        [--library LOG ... --library-source TEXT] [--second CSV --second-source TEXT] \
        [--pages CSV]

Without FOLDER the register's own records stand in for the tables, so new pages can be added
to it without fetching the tables again.

Only facts are taken: number, year, date, a short topic or title. Records already in
`resolutions.json` keep their hand-edited titles; records of other organs are kept as they are.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_MONTH = {m[:3].lower(): i for m, i in MONTHS.items()}
_ROW = re.compile(r"<tr\b[^>]*>", re.I)     # rows split at their start: some tables omit </tr>
_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)(?=<t[dh]\b|</tr>|$)", re.S | re.I)
_RESOLUTION = re.compile(r"S/RES/(\d{1,4})\s*\((\d{4})\)")
_DAY = re.compile(r"(\d{1,2})\s+(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b", re.I)
_BREAK = re.compile(r"(?:<br\s*/?>|</br>|\s)*(?:<br\s*/?>|</br>)(?:<br\s*/?>|</br>|\s)*", re.I)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def read_table(path: Path, year: int) -> list[dict]:
    """The resolutions one yearly table lists, as rows claim them."""
    rows = _ROW.split(path.read_text(encoding="utf-8", errors="replace"))[1:]
    header = next(r for r in rows if "Topic" in r)
    names = [_text(c) for _, c in _CELL.findall(header)]
    topic_at = next(i for i, n in enumerate(names) if n.startswith("Topic"))
    date_at = next(i for i, n in enumerate(names) if n.startswith("Date"))
    found, day_month = [], None
    for row in rows:
        cells = [c for _, c in _CELL.findall(row)]
        if len(cells) < 2:
            continue
        if len(cells) >= len(names):
            days = _DAY.findall(_text(cells[date_at]))
            if days:
                day_month = days[-1]
            elif _text(cells[date_at]):
                day_month = None      # a date we cannot read: never carry the previous one over
        # else: a row continuing a meeting whose first cells span several rows (same date)
        # Link and label both name the resolution; one of them may carry a typo in the year.
        printed = _RESOLUTION.findall(row)
        adopted = [n for n in dict.fromkeys(int(n) for n, _ in printed)
                   if any(int(m) == n and int(y) == year for m, y in printed)]
        if not adopted:
            continue
        if day_month is None:
            raise SystemExit(f"{path.name}: no date for {adopted}")
        day, month = day_month
        topics = [_text(t) for t in _BREAK.split(cells[topic_at - len(names)]) if _text(t)]
        for index, number in enumerate(adopted):
            topic = topics[0] if len(topics) == 1 else topics[index] if len(topics) == len(adopted) else ""
            found.append({"number": number, "year": year,
                          "adopted": f"{year}-{_MONTH[month.lower()]:02d}-{int(day):02d}", "title_en": topic})
    return found


def read_tables(folder: Path) -> dict[int, dict]:
    claims: dict[int, list[dict]] = {}
    for path in sorted(folder.glob("scact*_table_en.html")):
        year = re.match(r"scact(\d{4})", path.name)
        if year:
            for record in read_table(path, int(year.group(1))):
                same = claims.setdefault(record["number"], [])
                if record not in same:          # a row printed twice
                    same.append(record)
    found = {n: records[0] for n, records in claims.items() if len(records) == 1}
    for number, records in claims.items():
        if len(records) > 1:
            # A row that repeats another's number by mistake (701 printed for 695) is the one
            # whose date falls outside its neighbours' dates.
            before = found.get(number - 1, {}).get("adopted", "")
            after = found.get(number + 1, {}).get("adopted", "9999")
            fitting = [r for r in records if before <= r["adopted"] <= after]
            if len(fitting) != 1:
                raise SystemExit(f"resolution {number} is listed {len(records)} times")
            found[number] = fitting[0]
            print(f"resolution {number}: kept the row of {fitting[0]['adopted']} of {len(records)}")
    return found


_LIBRARY_RESOLUTION = re.compile(
    r"""INSERT INTO "resolution" \("id", "title_id", "symbol", "meeting_record_id", "vote_date"\) """
    r"""VALUES \('\d+', '\d+', 'S/RES/(\d{1,4}) ?\((\d{4})\)', '\d+', '(\d{4}-\d\d-\d\d)'\)""")
_LIBRARY_TITLE = re.compile(r"""INSERT INTO "title" \("name"\) VALUES \('Security Council resolution """
                            r"""(\d{1,4}) \((\d{4})\) \[(.*?)\]'\)""")


def read_library(paths: list[Path]) -> dict[int, dict]:
    found: dict[int, dict] = {}
    titles: dict[int, str] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, year, title in _LIBRARY_TITLE.findall(text):
            titles[int(number)] = title.replace("''", "'")
        for number, year, adopted in _LIBRARY_RESOLUTION.findall(text):
            found[int(number)] = {"number": int(number), "year": int(year), "adopted": adopted,
                                  "title_en": ""}
    for number, record in found.items():
        record["title_en"] = titles.get(number, "")
    return found


def _fill(tables: dict[int, dict], other: dict[int, dict], name: str) -> list[int]:
    """Check `other`'s years against what is known, add what it alone lists; the added numbers."""
    differ = [n for n in other if n in tables and other[n]["year"] != tables[n]["year"]]
    if differ:
        raise SystemExit(f"{name} gives other years for {differ}")
    dates = sum(1 for n in other if n in tables and tables[n]["adopted"]
                and other[n]["adopted"] and other[n]["adopted"] != tables[n]["adopted"])
    filled = sorted(n for n in other if n not in tables)
    print(f"{name}: {len(other) - len(filled)} years confirmed, {dates} dates differ (the tables "
          f"are kept), filled {len(filled)} numbers")
    tables.update({n: other[n] for n in filled})
    return filled


def _ranges(numbers: list[int]) -> str:
    spans, start = [], None
    for index, number in enumerate(numbers):
        if start is None:
            start = number
        if index + 1 == len(numbers) or numbers[index + 1] != number + 1:
            spans.append(f"{start}" if start == number else f"{start}-{number}")
            start = None
    return ", ".join(spans)


PAGES_WHAT = "resolutions read from public pages"


def read_pages(path: Path) -> tuple[dict[int, dict], dict[str, str]]:
    """The records of the pages list and, by number, the addresses of the pages that state them."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    records = {int(r["Number"]): {"number": int(r["Number"]), "year": int(r["Year"]),
                                  "adopted": r["Adopted"], "title_en": r["Topic"]} for r in rows}
    bad = [n for n, r in records.items() if r["adopted"][:4] != str(r["year"])]
    if bad:
        raise SystemExit(f"{path.name}: adoption dates outside their year for {bad}")
    return records, {r["Number"]: r["Source"] for r in rows}


def read_second(path: Path) -> dict[int, dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(row["Number"]): {"number": int(row["Number"]), "year": int(row["Year"]),
                                     "adopted": "", "title_en": row["Topic"]}
                for row in csv.DictReader(handle, delimiter=";")}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, nargs="?",
                        help="folder holding scactYEAR_table_en.html files (without it, the "
                             "register's own records stand in for the tables)")
    parser.add_argument("--retrieved", required=True, help="date the sources were retrieved (YYYY-MM-DD)")
    parser.add_argument("--source", default="", help="where the tables came from")
    parser.add_argument("--library", type=Path, nargs="*", default=[],
                        help="logs of the UN votes database holding UN Digital Library records")
    parser.add_argument("--library-source", default="", help="where the library records came from")
    parser.add_argument("--second", type=Path, help="a second list of resolutions (CSV) to check years")
    parser.add_argument("--second-source", default="", help="where the second list came from")
    parser.add_argument("--pages", type=Path, help="resolutions read from public pages (CSV)")
    args = parser.parse_args(argv)
    if args.folder and not args.source:
        parser.error("--source is required with FOLDER")
    path = HERE / "resolutions.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    if args.folder:
        tables = read_tables(args.folder)
        sources = [{"what": f"Security Council resolutions {_ranges(sorted(tables))}: number, year, "
                            "adoption date, topic", "source": args.source, "retrieved": args.retrieved}]
    else:
        tables = {r["number"]: dict(r) for r in old["security_council"]}
        sources = [s for s in old["about"]["sources"][:-1] if not s["what"].startswith(PAGES_WHAT)]
    kept = old["about"]["sources"][-1:]                # the editors' own source stays last
    from_tables = len(tables)
    second = read_second(args.second) if args.second else {}
    for name, other, where in (("library records", read_library(args.library), args.library_source),
                               ("second list", second, args.second_source)):
        if other:
            filled = _fill(tables, other, name)
            sources.append({"what": f"check of every year of resolutions {_ranges(sorted(other))}"
                                    + (f"; resolutions {_ranges(filled)}" if filled else ""),
                            "source": where, "retrieved": args.retrieved})
    if args.pages:
        pages, addresses = read_pages(args.pages)
        _fill(tables, pages, "pages")
        sources.append({"what": f"{PAGES_WHAT}, each stating number, year and adoption date: "
                                f"resolutions {_ranges(sorted(pages))}",
                        "source": "UN press releases (press.un.org), unscr.com, UN and news pages; "
                                  f"the addresses by resolution are under \"pages\" and in {args.pages.name}",
                        "retrieved": args.retrieved,
                        "pages": {str(n): addresses[str(n)] for n in sorted(pages)}})
    print(f"{from_tables} from the tables")
    complete_through = next(n for n in range(1, len(tables) + 2) if n not in tables) - 1
    old_sc = {r["number"]: r for r in old["security_council"]}
    council = []
    for number in sorted(set(tables) | set(old_sc)):
        record = dict(tables.get(number) or old_sc[number])
        for key in ("title_en", "title_zh"):          # titles edited by hand are kept
            if old_sc.get(number, {}).get(key):
                record[key] = old_sc[number][key]
        if not record["title_en"] and number in second:
            record["title_en"] = second[number]["title_en"]
        council.append(record)
    old["about"]["complete_through"] = complete_through
    old["about"]["sources"] = sources + kept
    old["security_council"] = council
    path.write_text(dump(old), encoding="utf-8")
    print(f"{len(council)} Security Council resolutions, complete through {complete_through}")


def dump(data: dict) -> str:
    """One record a line, so a change to one resolution is one line of diff."""
    lines = ["{", f'  "about": {json.dumps(data["about"], ensure_ascii=False, indent=2)},'.replace("\n", "\n  ")]
    for key in ("security_council", "other"):
        records = [json.dumps(r, ensure_ascii=False) for r in data[key]]
        lines.append(f'  "{key}": [\n    ' + ",\n    ".join(records) + "\n  ]" + ("," if key != "other" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
