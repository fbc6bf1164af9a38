"""Rebuild `elements.json`: every chemical element's symbol and its Chinese name in each region, so
that search reads an isotope however a text prints it: `Cs-137`, `铯-137`, `銫137`; Taiwan's `鎦177`
and the mainland's `镥177` (lutetium); Hong Kong's `鈈-239`, Taiwan's `鈽-239` and `钚-239`.
Radioactive sources and nuclear material are named by isotope in 1540 work, and the English
symbol is as common in Chinese texts as the character.

Sources (public, on GitHub; each a git directory, e.g. a bare clone):

1. --table DIR: 88lin/Periodic-table-web (https://github.com/88lin/Periodic-table-web), its
   `elements-full-data.js`: the 118 elements, each with its number, symbol, mainland Chinese name
   and English Wikipedia page (whose title is the English name).
2. --zhconv DIR: Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs), its
   `data/cgroups/Chemistry.json`: zh.wikipedia's conversion group of chemistry (Module:CGroup/
   Chemistry), which gives the elements whose Taiwan or Hong Kong name is another character than
   the mainland's traditional form (`zh-cn:镥; zh-tw:鎦; zh-hk:鑥;`).

    python unref/data/build_elements.py --table PERIODIC_TABLE_WEB --zhconv ZHCONV_RS

Traditional forms that only convert character by character (`銫` for `铯`) need no entry: the
matcher folds them (unref.normalise).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from build_regional import Source

_RULE = re.compile(r"(zh-[a-z]+):\s*([^;]+);")


def table(text: str) -> list[dict]:
    """The elements of `elements-full-data.js` (a JavaScript constant holding JSON)."""
    elements = json.loads(text[text.index("{"):text.rindex("}") + 1])["elements"]
    return [{"number": e["number"], "symbol": e["symbol"], "zh": e["name"],
             "en": unquote(e["source"].rsplit("/", 1)[-1]).replace("_", " ")} for e in elements]


def regional_names(text: str) -> dict[str, dict[str, str]]:
    """{mainland name: {region: name}} for the Chemistry group's one-character rules."""
    found = {}
    for rule in json.loads(text)["rules"]:
        names = dict(_RULE.findall(rule.get("conv", "")))
        mainland = names.pop("zh-cn", "").strip()
        if len(mainland) == 1 and names:
            found[mainland] = {region: name.strip() for region, name in names.items() if name.strip() != mainland}
    return found


def build(periodic: Source, zhconv: Source) -> dict:
    elements = table(periodic.read("elements-full-data.js"))
    regional = regional_names(zhconv.read("data/cgroups/Chemistry.json"))
    for element in elements:
        if names := regional.get(element["zh"]):
            element["regional"] = names
    return {
        "about": {
            "built_by": "unref/data/build_elements.py",
            "sources": {
                "table": periodic.about("elements-full-data.js", "number, symbol, mainland name; English name "
                                        "from each element's English Wikipedia address"),
                "cgroup/Chemistry": zhconv.about("data/cgroups/Chemistry.json",
                                                 "zh.wikipedia Module:CGroup/Chemistry: Taiwan and Hong Kong names"),
            },
        },
        "elements": elements,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", type=Path, required=True, help="88lin/Periodic-table-web (git directory)")
    parser.add_argument("--zhconv", type=Path, required=True, help="Gowee/zhconv-rs (git directory)")
    arguments = parser.parse_args()
    data = build(Source(arguments.table, "88lin/Periodic-table-web", None),
                 Source(arguments.zhconv, "Gowee/zhconv-rs", None))
    target = HERE / "elements.json"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{target.name}: {len(data['elements'])} elements, "
          f"{sum('regional' in e for e in data['elements'])} with other regional names")


if __name__ == "__main__":
    main()
