"""Rebuild the Security Council part of `resolutions.json` from the UN Library's meeting tables.

Input: a folder of the Dag Hammarskjöld Library's yearly tables "Meetings conducted by the
Security Council in YEAR" (research.un.org/en/docs/sc/quick/meetings/YEAR), saved as
`scactYEAR_table_en.html` (and `scact2020_covid_table_en.html` for the meetings held by
videoconference in 2020). Each row gives a meeting, its date, its topic and the resolutions
adopted there (`S/RES/1540 (2004)`). Only facts are taken: number, year, date, topic.

    python unref/data/build_register.py FOLDER --retrieved YYYY-MM-DD --source TEXT \
        [--second CSV --second-source TEXT]

A second list (`;`-separated CSV with the columns Number, Year and Topic, as in the
research list of resolutions 1-2215 compiled from the UN documents site) checks every year
of the tables and fills numbers the tables lack, with their year and topic but no date.

Records already in `resolutions.json` keep their Chinese titles; records of other organs and
curated Security Council records later than the tables are kept as they are.
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


def read_second(path: Path) -> dict[int, dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(row["Number"]): {"number": int(row["Number"]), "year": int(row["Year"]),
                                     "adopted": "", "title_en": row["Topic"]}
                for row in csv.DictReader(handle, delimiter=";")}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder holding scactYEAR_table_en.html files")
    parser.add_argument("--retrieved", required=True, help="date the tables were retrieved (YYYY-MM-DD)")
    parser.add_argument("--source", required=True, help="where the tables came from")
    parser.add_argument("--second", type=Path, help="a second list of resolutions (CSV) to check years")
    parser.add_argument("--second-source", default="", help="where the second list came from")
    args = parser.parse_args(argv)
    tables = read_tables(args.folder)
    filled, second = [], {}
    if args.second:
        second = read_second(args.second)
        differ = [n for n in second if n in tables and second[n]["year"] != tables[n]["year"]]
        if differ:
            raise SystemExit(f"the two sources give different years for {differ}")
        filled = [n for n in sorted(second) if n not in tables]
        tables.update({n: second[n] for n in filled})
        print(f"{len(set(second) & set(tables)) - len(filled)} years confirmed by the second list; "
              f"filled from it: {filled}")
    complete_through = next(n for n in range(1, len(tables) + 2) if n not in tables) - 1
    path = HERE / "resolutions.json"
    old = json.loads(path.read_text(encoding="utf-8"))
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
    old["about"]["sources"][0] = {"what": "Security Council resolutions 1 to "
                                  f"{complete_through}: number, year, adoption date, topic",
                                  "source": args.source, "retrieved": args.retrieved}
    if args.second:
        old["about"]["sources"][1:] = [{"what": "check of every year of resolutions 1 to "
                                        f"{max(second)}; year and topic of {filled} (no date)",
                                        "source": args.second_source, "retrieved": args.retrieved},
                                       old["about"]["sources"][-1]]
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
