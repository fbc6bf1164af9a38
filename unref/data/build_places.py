"""Rebuild `places.json`: the names of places other than States (regions, provinces, cities,
straits) in mainland, Taiwan, Hong Kong and Macao usage, each with the rule it came from, so
that search reads `達佛` as `达尔富尔` and `達爾富爾`.

Source (public, on GitHub; a git directory, e.g. a bare clone, or a folder with --zhconv-commit):
--zhconv DIR, Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs), its `data/cgroups/地名.json`:
zh.wikipedia's conversion group of place names (Module:CGroup/地名), as its
`data/update_cgroups.py` pulls it — the group `build_regional.py` already reads for the entries'
names.

    python unref/data/build_places.py --zhconv ZHCONV_RS

Each rule of the group is one place: its names by variant tag (zh-cn, zh-tw, zh-hk …; one-way
rules `X=>zh-cn:Y` are not names of the place). A name is dropped, and reported, when, folded as
the matcher folds text: it is one character or a generic word; it is a name of a State
(`regional.json`'s `states`, or one `build_regional.py` dropped for a State) or a form of a body,
treaty, thesaurus group or regional form of one; it names two places; it is a regional name
lying inside another place's or State's mainland name (尼日, Taiwan's Niger, inside 尼日利亚). A
place is kept when two of its names remain that differ once folded (巴黎 needs no group).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from build_regional import ALL_KEYS, GENERIC, REGION, Source, parse_rule

from unref.normalise import fold

GROUP = "地名"


def _taken(data: dict, regional: dict) -> set[str]:
    """Every folded form of the entries, their regional forms and the States' names."""
    taken = set()
    for kind in ("bodies", "treaties"):
        for entry in data[kind]:
            taken |= {fold(form) for key in ALL_KEYS for form in entry.get(key) or []}
    for group in data["thesaurus"]:
        taken |= {fold(form) for form in group["forms_zh"] + group["forms_zh_hant"]}
    for kind in ("bodies", "treaties", "thesaurus"):
        taken |= {fold(row["form"]) for rows in regional[kind].values() for row in rows}
    taken |= {fold(name["form"]) for state in regional["states"] for name in state["names"]}
    # a name build_regional.py dropped for a State (尼日, Taiwan's Niger) is no place's either
    taken |= {fold(row["form"]) for row in regional["about"]["dropped"] if row["entry"].startswith("state:")}
    return taken


def _mainland(regional: dict, read: list) -> dict[str, str]:
    """{folded mainland name: its State or place}: what a regional name must not lie inside."""
    names = {fold(name["form"]): state["id"] for state in regional["states"] for name in state["names"]
             if {"cn", "hans"} & set(name["regions"])}
    for place, written, _ in read:
        names.update({fold(form): place for form, regions in written.items() if {"cn", "hans"} & set(regions)})
    return names


def places(source: Source, taken: set[str], regional: dict) -> tuple[list[dict], list[dict], dict]:
    """([place], [dropped name], source's about) from the group's rules."""
    path = f"data/cgroups/{GROUP}.json"
    group = json.loads(source.read(path))
    read = []
    for index, rule in enumerate(group["rules"], 1):
        names, _ = parse_rule(rule.get("conv") or "")
        citation = {"source": f"cgroup/{GROUP}", "rule": f"Module:CGroup/{GROUP} #{index}: {rule.get('conv', '').strip()}"}
        written = defaultdict(list)
        for tag, form in names.items():
            written[form].append(REGION[tag])
        read.append((rule.get("original") or f"#{index}", written, citation))
    owners = defaultdict(set)
    for place, written, _ in read:
        for form in written:
            owners[fold(form)].add(place)
    mainland = _mainland(regional, read)
    kept, dropped = [], []
    for place, written, citation in read:
        names = []
        for form, regions in written.items():
            folded = fold(form)
            inside = sorted(f"{name} ({owner})" for name, owner in mainland.items()
                            if owner != place and folded in name and folded != name)
            reason = ("a single character" if len(folded) < 2 else "a generic word" if folded in GENERIC
                      else "a State's name or an entry's form" if folded in taken
                      else "names two places: " + ", ".join(sorted(owners[folded])) if len(owners[folded]) > 1
                      else "inside another's mainland name: " + ", ".join(inside)
                      if inside and not {"cn", "hans"} & set(regions) else None)
            if reason:
                dropped.append({"place": place, "form": form, "reason": reason})
            else:
                names.append({"form": form, "regions": sorted(set(regions)), "by": [citation]})
        if len({fold(name["form"]) for name in names}) > 1:
            kept.append({"id": place, "names": names})
    return kept, dropped, {f"cgroup/{GROUP}": source.about(path, "zh.wikipedia Module:CGroup/地名 as pulled by "
                                                                 "data/update_cgroups.py")}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zhconv", type=Path, required=True, help="Gowee/zhconv-rs (git directory or folder)")
    parser.add_argument("--zhconv-commit", help="its commit, when the folder is not a git directory")
    args = parser.parse_args(argv)
    zhconv = Source(args.zhconv, "Gowee/zhconv-rs", args.zhconv_commit)
    data = {name: json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("bodies", "treaties", "thesaurus", "regional")}
    found, dropped, sources = places(zhconv, _taken(data, data["regional"]), data["regional"])
    print(f"zhconv-rs {zhconv.commit}: {len(found)} places with a name group; dropped {len(dropped)} names:")
    for row in dropped:
        print(f"  {row['place']}: {row['form']} ({row['reason']})")
    result = {"about": {"built_by": "unref/data/build_places.py", "sources": sources, "dropped": dropped},
              "places": found}
    (HERE / "places.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'places.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
