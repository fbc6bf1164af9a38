"""Rebuild the documents of the named list `lists/1540.json` from the public lists that name them.

1. --tables FOLDER: the Dag Hammarskjöld Library's yearly tables "Meetings conducted by the
   Security Council in YEAR" (research.un.org/en/docs/sc/quick/meetings/YEAR), saved as
   `scactYEAR_table_en.html` (and `scact2020_covid_table_en.html`), the files
   `build_register.py` reads. Every meeting under the agenda item of the 1540 family
   ("Non-proliferation of weapons of mass destruction"; in 2021 "1540 Committee") gives its
   record `S/PV.NNNN` and what it adopted: resolutions, presidential statements and, for the
   meetings held by videoconference (2020-2021 tables, seven columns), the letters that carry
   the procedure and briefings and the vote outcome.
2. --drafts XLSX: the UN Digital Library export "089_B02 - SECURITY COUNCIL - 1st Link"
   (MARC fields 191 symbol, 245 title, 993 related resolution), which links each adopted
   resolution to its draft; the drafts of the family's resolutions are taken.
3. `lists/1540_pages.csv` (always read): documents read one by one from public pages, with the
   columns Symbol, Kind, Date, State, Title and Source (a source id of the list's `about`).

    python unref/data/build_lists.py [--tables FOLDER] [--drafts XLSX]

An input left out keeps the list's own entries from that source, so the pages file can grow
without fetching the tables again. The list's `about` is hand-edited and kept as it is.
Resumed meetings ("S/PV.4950 (Resumption 1)") are counted, not listed: their symbol holds a
space and a parenthesis no symbol the archive links may hold.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from build_register import _CELL, _ROW, MONTHS, _text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the package the list belongs to
from unref.lists import KINDS

LIST = HERE / "lists" / "1540.json"
PAGES = HERE / "lists" / "1540_pages.csv"
AGENDA_ITEMS = {"non-proliferation of weapons of mass destruction", "1540 committee"}
TABLES_SOURCE, DRAFTS_SOURCE = "library-meetings", "undl-drafts"

_RECORD = re.compile(r"S/PV\.(\d+)(\s*\(Resumption\s*\d+\))?")
_RESOLUTION = re.compile(r"S/RES/(\d{1,4})\s*\((\d{4})\)")
_PRST = re.compile(r"S/PRST/\d{4}/\d+")
_LETTER = re.compile(r"S/\d{4}/\d+")
_DAY = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")")
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def entry(symbol: str, kind: str, title: str, date: str, source: str, state: str = "") -> dict:
    return {"symbol": symbol, "kind": kind, "title_en": title, "date": date, "state": state,
            "source": source}


def read_tables(folder: Path) -> tuple[list[dict], list[str]]:
    """The family's meetings, their outcomes and letters; and the resumed meetings left out."""
    found, resumed = [], []
    for path in sorted(folder.glob("scact[0-9][0-9][0-9][0-9]*_table_en.html")):
        year = int(path.name[5:9])
        rows = _ROW.split(path.read_text(encoding="utf-8", errors="replace"))[1:]
        for row in rows:
            cells = [_text(c) for _, c in _CELL.findall(row)]
            if len(cells) < 5 or cells[3].casefold() not in AGENDA_ITEMS:
                continue
            day = _DAY.search(cells[1])
            if not day:
                raise SystemExit(f"{path.name}: no date in {cells[:2]}")
            date = f"{year}-{MONTHS[day.group(2)]:02d}-{int(day.group(1)):02d}"
            topic = cells[3]
            record = _RECORD.search(cells[0])
            if record and record.group(2):
                resumed.append(cells[0])
            elif record:
                found.append(entry(f"S/PV.{record.group(1)}", "meeting-record",
                                   f"Security Council meeting {record.group(1)}: {topic}", date,
                                   TABLES_SOURCE))
            for column, what in ((4, "procedure and briefings"), (5, "vote outcome")):
                for letter in (_LETTER.findall(cells[column]) if len(cells) == 7 else []):
                    found.append(entry(letter, "letter", f"Letter with the {what} of the meeting by "
                                       f"videoconference of {date}: {topic}", date, TABLES_SOURCE))
            outcome = cells[-1]
            for number, res_year in _RESOLUTION.findall(outcome):
                found.append(entry(f"S/RES/{number} ({res_year})", "resolution",
                                   f"Resolution {number} ({res_year}): {topic}", date, TABLES_SOURCE))
            for prst in _PRST.findall(outcome):
                found.append(entry(prst, "presidential-statement",
                                   f"Statement by the President of the Security Council: {topic}",
                                   date, TABLES_SOURCE))
    return found, resumed


def read_drafts(path: Path, resolutions: set[str]) -> list[dict]:
    """Draft resolutions whose adopted text (field 993, "S/RES/1540(2004)") is in `resolutions`."""
    with zipfile.ZipFile(path) as book:
        shared = [
            "".join(t.text or "" for t in item.iter(f"{_SHEET}t"))
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).findall(f"{_SHEET}si")]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(f"{_SHEET}row"):
        values = {}
        for cell in row.findall(f"{_SHEET}c"):
            value = cell.find(f"{_SHEET}v")
            if value is not None:
                text = shared[int(value.text)] if cell.get("t") == "s" else value.text
                values[re.match(r"[A-Z]+", cell.get("r")).group()] = text
        rows.append(values)
    column = {name: letter for letter, name in rows[0].items()}
    drafts = []
    for values in rows[1:]:
        adopted = re.sub(r"\s*\(", " (", values.get(column["993__a"], ""))
        if adopted in resolutions:
            drafts.append(entry(values[column["191__a"]], "other", f"Draft resolution adopted as {adopted}",
                                "", DRAFTS_SOURCE))
    return drafts


def read_pages(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [entry(row["Symbol"], row["Kind"], row["Title"], row["Date"], row["Source"], row["State"])
                for row in csv.DictReader(handle)]


def merge(groups: list[list[dict]], sources: set[str]) -> list[dict]:
    """One entry a symbol, the first list that names it kept; every kind and source known."""
    merged: dict[str, dict] = {}
    for document in (d for group in groups for d in group):
        if document["kind"] not in KINDS:
            raise SystemExit(f"{document['symbol']}: unknown kind {document['kind']!r}")
        if document["source"] not in sources:
            raise SystemExit(f"{document['symbol']}: source {document['source']!r} is not in about.sources")
        merged.setdefault(document["symbol"], document)
    return sorted(merged.values(), key=lambda d: (KINDS.index(d["kind"]), d["date"], d["symbol"]))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=Path, help="folder of the Library's yearly meeting tables")
    parser.add_argument("--drafts", type=Path, help="UN Digital Library export linking drafts (XLSX)")
    args = parser.parse_args(argv)
    old = json.loads(LIST.read_text(encoding="utf-8"))
    pages = read_pages(PAGES)
    from_pages = {d["symbol"] for d in pages}
    kept = {source: [d for d in old["documents"] if d["source"] == source and d["symbol"] not in from_pages]
            for source in (TABLES_SOURCE, DRAFTS_SOURCE)}
    if args.tables:
        kept[TABLES_SOURCE], resumed = read_tables(args.tables)
        print(f"{len(resumed)} resumed meetings left out: {', '.join(resumed)}")
    if args.drafts:
        family = {d["symbol"] for d in kept[TABLES_SOURCE] + pages if d["kind"] == "resolution"}
        kept[DRAFTS_SOURCE] = read_drafts(args.drafts, family)
    sources = {s["id"] for s in old["about"]["sources"]}
    documents = merge([kept[TABLES_SOURCE], pages, kept[DRAFTS_SOURCE]], sources)
    LIST.write_text(dump({"about": old["about"], "documents": documents}), encoding="utf-8")
    print(f"{LIST.name}: {len(documents)} documents")


def dump(data: dict) -> str:
    """`about` indented, one document a line: reviewable diffs."""
    about = json.dumps(data["about"], ensure_ascii=False, indent=2).replace("\n", "\n  ")
    lines = [json.dumps(d, ensure_ascii=False) for d in data["documents"]]
    return '{\n  "about": ' + about + ',\n  "documents": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"


if __name__ == "__main__":
    main(sys.argv[1:])
