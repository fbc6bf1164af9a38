"""Rebuild `places.json`: the names of places other than States (regions, provinces, cities,
straits, nuclear sites' towns) in mainland, Taiwan, Hong Kong and Macao usage, each with the rule
it came from, so that search reads `達佛` as `达尔富尔` and `達爾富爾`, and `札波羅熱` as `扎波罗热`.

Source (public, on GitHub; a git directory, e.g. a bare clone, or a folder with --zhconv-commit):
--zhconv DIR, Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs), its `data/cgroups/NAME.json`:
zh.wikipedia's conversion groups of place names (Module:CGroup/NAME) as its
`data/update_cgroups.py` pulls them — 地名, the group `build_regional.py` already reads for the
entries' names, then every country's group (GROUPS: 州邦, USState, `IR Places`, `UA toponyms` …).

    python unref/data/build_places.py --zhconv ZHCONV_RS

Each rule of a group is one place, named by its original (rules are not merged: an original is
not to be trusted, 普里斯提納 under `Australia`): its names by variant tag (zh-cn, zh-tw, zh-hk …;
one-way rules `X=>zh-cn:Y` are not names of the place). A name is dropped, and reported, when,
folded as the matcher folds text: it is one character or a generic word; it is a name of a State
(`regional.json`'s `states`, or one `build_regional.py` dropped for a State) or a form of a body,
treaty, thesaurus group or regional form of one; a group read before names it for another place
(地名 is read first); it names two places of one group; it is a regional name lying inside a
State's mainland name or another place's of a group read before or with its own (尼日, Taiwan's
Niger, inside 尼日利亚; not 布查, Bucha, inside the name of a French village). A place is kept when
two of its names remain that differ once folded (巴黎 needs no group).
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

GROUPS = ("地名", "州邦", "USState", "US CA Cities", "UA toponyms", "AT Places", "AU Places", "BE Places",
          "BR Places", "CA Places", "CH Places", "CL Places", "DE Places", "FR Places", "IE Places", "IN Places",
          "IR Places", "IT Places", "NL Places", "PHL Places", "UK Places")


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


def read_places(source: Source) -> tuple[list, dict]:
    """([(place, {form: [region]}, the rule's citation, its group's place in GROUPS)] in the
    groups' order, the sources' about)."""
    read, sources = [], {}
    for order, name in enumerate(GROUPS):
        path = f"data/cgroups/{name}.json"
        sources[f"cgroup/{name}"] = source.about(path, f"zh.wikipedia Module:CGroup/{name} as pulled by "
                                                       "data/update_cgroups.py")
        for index, rule in enumerate(json.loads(source.read(path))["rules"], 1):
            names, _ = parse_rule(rule.get("conv") or "")
            citation = {"source": f"cgroup/{name}", "rule": f"Module:CGroup/{name} #{index}: {rule.get('conv', '').strip()}"}
            written = defaultdict(list)
            for tag, form in names.items():
                written[form].append(REGION[tag])
            read.append((" ".join((rule.get("original") or f"{name} #{index}").split()), written, citation, order))
    return read, sources


def _mainland(regional: dict, read: list) -> dict[str, str]:
    """{folded mainland name: its State or place}: what a regional name must not lie inside."""
    names = {fold(name["form"]): state["id"] for state in regional["states"] for name in state["names"]
             if {"cn", "hans"} & set(name["regions"])}
    for place, written, _, _ in read:
        names.update({fold(form): place for form, regions in written.items() if {"cn", "hans"} & set(regions)})
    return names


def places(read: list, taken: set[str], regional: dict) -> tuple[list[dict], list[dict]]:
    """([place], [dropped name]) from the rules read."""
    owners = defaultdict(dict)  # {folded name: {place: the first group's place in GROUPS naming it so}}
    for place, written, _, order in read:
        for form in written:
            owners[fold(form)].setdefault(place, order)
    mainland = {order: _mainland(regional, [row for row in read if row[3] <= order]) for order in range(len(GROUPS))}
    kept, dropped = [], []
    for place, written, citation, order in read:
        names = []
        for form, regions in written.items():
            folded = fold(form)
            earlier = ", ".join(sorted(other for other, theirs in owners[folded].items() if theirs < order))
            beside = ", ".join(sorted(other for other, theirs in owners[folded].items() if theirs == order and other != place))
            inside = sorted(f"{name} ({owner})" for name, owner in mainland[order].items()
                            if owner != place and folded in name and folded != name)
            reason = ("a single character" if len(folded) < 2 else "a generic word" if folded in GENERIC
                      else "a State's name or an entry's form" if folded in taken
                      else "a name an earlier group gives " + earlier if earlier
                      else "names two places: " + beside if beside
                      else "inside another's mainland name: " + ", ".join(inside)
                      if inside and not {"cn", "hans"} & set(regions) else None)
            if reason:
                dropped.append({"place": place, "form": form, "reason": reason})
            else:
                names.append({"form": form, "regions": sorted(set(regions))})
        if len({fold(name["form"]) for name in names}) > 1:
            kept.append({"id": place, "by": citation, "names": names})
    return kept, dropped


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zhconv", type=Path, required=True, help="Gowee/zhconv-rs (git directory or folder)")
    parser.add_argument("--zhconv-commit", help="its commit, when the folder is not a git directory")
    args = parser.parse_args(argv)
    zhconv = Source(args.zhconv, "Gowee/zhconv-rs", args.zhconv_commit)
    data = {name: json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("bodies", "treaties", "thesaurus", "regional")}
    read, sources = read_places(zhconv)
    found, dropped = places(read, _taken(data, data["regional"]), data["regional"])
    print(f"zhconv-rs {zhconv.commit}: {len(found)} places with a name group; dropped {len(dropped)} names:")
    for row in dropped:
        print(f"  {row['place']}: {row['form']} ({row['reason']})")
    result = {"about": {"built_by": "unref/data/build_places.py", "sources": sources, "dropped": dropped},
              "places": found}
    (HERE / "places.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'places.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
