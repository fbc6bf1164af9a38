"""Rebuild `wordings.json`: everyday words that the mainland, Taiwan and Hong Kong write apart
(集装箱, 貨櫃; 软件, 軟體; 信息, 資訊), each form with the table line or rule it came from, so that
a search in one region's wording finds a text in another's.

The entries of `bodies.json`, `treaties.json` and `thesaurus.json`, the States and the places
have their own regional forms (`build_regional.py`, `build_places.py`); this file is for the rest
of the vocabulary a researcher types beside them.

Sources (public, on GitHub; a git directory, e.g. a bare clone, or a folder with --*-commit):

1. --zhconv DIR, Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs):
   - `data/ZhConversion.php`, MediaWiki's conversion tables, whose ZH_TO_TW and ZH_TO_HK tables
     give Taiwan and Hong Kong wordings of mainland phrases and whose ZH_TO_CN table gives the
     mainland wording of others (checked against the SHA-256 its `build.rs` pins, as
     `build_regional.py` reads them);
   - `data/cgroups/NAME.json` for the zh.wikipedia conversion groups of WORD_GROUPS (the fields
     1540 work touches: military, nuclear, chemistry, life sciences, transport, IT …).
2. --opencc DIR, BYVoid/OpenCC (https://github.com/BYVoid/OpenCC): `data/dictionary/TWPhrases.txt`,
   the phrases its `s2twp` conversion writes the Taiwan way.
3. --cldr DIR, unicode-org/cldr-json (https://github.com/unicode-org/cldr-json): every territory's
   names, as `build_regional.py` reads them, which no wording may hold (蘇丹 is the Sudan, whatever
   the Taiwan table makes of the Malay 素檀).

    python unref/data/build_wordings.py --zhconv ZHCONV_RS --opencc OPENCC --cldr CLDR_JSON

Every table pair or group rule is one wording, a set of forms written for one thing; pairs and
rules giving the same forms (compared folded, as the matcher folds text: traditional to
simplified) are one wording citing each. A pair that differs only in its characters is no
wording. Wordings are not joined by a form they share: a form written for two things (桌球,
table tennis in Taiwan, billiards in Hong Kong) is in two wordings, and search reads a word with
the forms of every wording holding it, never the wordings of those forms in turn. A form is
dropped, and reported when it is an entry's, when, folded, it is one character, holds a Latin
letter or a digit, is a generic word, or is a form of an entry, a territory or a place (those
own it). A wording is kept when two of its forms remain that differ once folded.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from build_places import _taken
from build_regional import (
    GENERIC,
    REGION,
    Source,
    read_cldr,
    read_groups,
    read_pinned_mediawiki,
    sources_from,
)

from unref.normalise import fold

# zh.wikipedia conversion groups of the fields 1540 work touches.
WORD_GROUPS = ("Military", "Firearms", "核能", "Physics", "Chemistry", "Pesticide", "Lifesciences", "Medicine",
               "Transport", "Aero", "Communication", "Telcom", "Electronics", "IT", "Economics", "Civil Law",
               "Criminal Law", "政治人物", "伊斯蘭",
               # the people and organisations the texts name, transliterated apart (卡扎菲, 格達費)
               "People", "PresidentsUS", "US Government", "Organization", "EU")
# MediaWiki tables: (table, region of its keys, region of its values); a key of the Taiwan or Hong
# Kong table is any wording the table turns into that region's ("zh").
TABLES = (("ZH_TO_TW", "zh", "tw"), ("ZH_TO_HK", "zh", "hk"), ("ZH_TO_CN", "variant", "cn"))
_NOT_A_WORD = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def _pair(key: str, value: str, key_region: str, value_region: str, cite: str) -> list[tuple[str, str, str]]:
    return [(key, key_region, cite), (value, value_region, cite)]


def read_sets(zhconv: Source, opencc: Source) -> tuple[list[list[tuple[str, str, str]]], dict]:
    """[[(form, region, citation)]], one per table pair or group rule, and the sources read."""
    sets, sources = [], {}
    tables, sources["mediawiki"] = read_pinned_mediawiki(zhconv)
    for table, key_region, value_region in TABLES:
        for key, value, line in tables[table]:
            if fold(key) != fold(value):
                sets.append(_pair(key, value, key_region, value_region,
                                  f"mediawiki {table} line {line}"))
    path = "data/dictionary/TWPhrases.txt"
    sources["opencc/TWPhrases.txt"] = opencc.about(path)
    for number, line in enumerate(opencc.read(path).splitlines(), 1):
        if line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        for value in values.split():
            if fold(key) != fold(value):
                sets.append(_pair(key, value, "cn", "tw", f"opencc/TWPhrases.txt line {number}"))
    for name in WORD_GROUPS:
        sources[f"cgroup/{name}"] = zhconv.about(f"data/cgroups/{name}.json", f"zh.wikipedia Module:CGroup/{name} "
                                                                         "as pulled by data/update_cgroups.py")
    for rule in read_groups(zhconv, WORD_GROUPS):
        cite = f"cgroup/{rule['name']} #{rule['index']}"
        sets.append([(form, REGION[tag], cite) for tag, form in rule["names"].items()])
    return sets, sources


def _reason(folded: str, taken: set[str]) -> str | None:
    if len(folded) < 2:
        return "a single character"
    if _NOT_A_WORD.search(folded):
        return "a Latin letter or a digit"
    if folded in GENERIC:
        return "a generic word"
    if folded in taken:
        return "an entry's, a territory's or a place's form"
    return None


def wordings(sets: list, taken: set[str]) -> tuple[list[dict], list[dict]]:
    """([wording], [dropped form]): one wording per set of forms (folded), its sources joined."""
    dropped, found = [], {}
    for rows in sets:
        kept = []
        for form, region, cite in rows:
            reason = _reason(fold(form), taken) if form else "empty"
            if reason:
                dropped.append({"form": form, "reason": reason})
            else:
                kept.append((form, region, cite))
        folded = frozenset(fold(form) for form, _, _ in kept)
        if len(folded) < 2:
            continue
        wording = found.setdefault(folded, {"names": {}, "by": []})
        for form, region, cite in kept:
            regions = wording["names"].setdefault(form, [])
            if region not in regions:
                regions.append(region)
            if cite not in wording["by"]:
                wording["by"].append(cite)
    result = []
    for wording in found.values():
        names = [{"form": form, "regions": sorted(regions)} for form, regions in wording["names"].items()]
        names.sort(key=lambda row: ({"cn", "hans"}.isdisjoint(row["regions"]), row["form"]))
        result.append({"names": names, "by": wording["by"]})
    result.sort(key=lambda wording: fold(wording["names"][0]["form"]))
    return result, dropped


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    zhconv, opencc, cldr = sources_from(parser, argv, "zhconv", "opencc", "cldr")
    data = {name: json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("bodies", "treaties", "thesaurus", "regional", "places")}
    territories, cldr_sources = read_cldr(cldr)
    taken = (_taken(data, data["regional"]) | {fold(n["form"]) for p in data["places"]["places"] for n in p["names"]}
             | {fold(form) for territory in territories.values() for form in territory["names"]})
    sets, sources = read_sets(zhconv, opencc)
    sources |= cldr_sources
    found, dropped = wordings(sets, taken)
    print(f"zhconv-rs {zhconv.commit}; OpenCC {opencc.commit}: {len(sets)} pairs and rules; "
          f"{len(found)} wordings; dropped {len(dropped)} forms")
    print("dropped by reason:", dict(Counter(row["reason"] for row in dropped)))
    result = {"about": {"built_by": "unref/data/build_wordings.py", "sources": sources, "groups": list(WORD_GROUPS),
                                        "dropped": [row for row in dropped if row["reason"].startswith("an entry")]},
              "wordings": found}
    about = json.dumps(result["about"], ensure_ascii=False, indent=1).replace("\n", "\n ")
    rows = ",\n  ".join(json.dumps(wording, ensure_ascii=False) for wording in found)
    (HERE / "wordings.json").write_text(f'{{\n "about": {about},\n "wordings": [\n  {rows}\n ]\n}}\n', encoding="utf-8")
    print(f"wrote {HERE / 'wordings.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
