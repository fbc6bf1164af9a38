"""Rebuild `sounds.json`: the Mandarin reading of every character that foreign names are written
with in Chinese, so that search can find the other spellings of a transliterated name (`馬拉韋`,
`马拉维`, `馬拉威` for Marawi; `佩通坦`, `貝東丹` for Paetongtarn), which no list can hold for every
name the news prints.

Sources (public, on GitHub; each a git directory, e.g. a bare clone):

1. --pinyin DIR: mozillazg/pinyin-data (https://github.com/mozillazg/pinyin-data), its
   `kMandarin.txt`: the Unicode Han Database's kMandarin field (Unihan, UAX #38), each
   character's most customary Mandarin reading (mainland first, else Taiwan).
2. --zhconv DIR: Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs), its
   `data/cgroups/People.json`: zh.wikipedia's conversion group of people's names (Module:CGroup/
   People, 人物译名), each name in its mainland, Taiwan and Hong Kong spellings.
3. `places.json` and the States' names of `regional.json` beside this script (place names from
   zh.wikipedia's conversion groups, State names from CLDR; their own sources are named there).

    python unref/data/build_sounds.py --pinyin PINYIN_DATA --zhconv ZHCONV_RS

A character is a name character when, folded as the matcher folds text, it is printed in at
least NAMES_AT_LEAST of those names (person, place and State names in every spelling): `娜`, `韦`,
`柯` are; `的` and `组` are not. Each is kept with its reading without tone (`ü` as `v`).
Beside them, `syllables`: every reading without tone that kMandarin gives any character, the
syllables a page's pinyin gloss may print (unref.normalise); and `customary`: every character of
the CJK Unified Ideographs block by its kMandarin reading with its tone (`wei4`), by which search
reads a Chinese name typed two ways (`溫盛華 溫勝華`), whatever its characters.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from build_regional import Source

from unref.normalise import CJK, fold

NAMES_AT_LEAST = 3
_READING = re.compile(r"^U\+([0-9A-F]{4,6}): ([^\s#,]+)")
_CJK_CHAR = re.compile(f"[{CJK}]")


_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def readings(text: str) -> dict[str, str]:
    """{character: first kMandarin reading, its tone as a digit} (`wèi` → `wei4`; `ü` as `v`; a
    neutral tone without a digit)."""
    found = {}
    for line in text.splitlines():
        if match := _READING.match(line):
            decomposed = unicodedata.normalize("NFD", match.group(2))
            tone = next((_TONES[mark] for mark in decomposed if mark in _TONES), "")
            plain = "".join(c for c in decomposed if c.isascii() or c == "\u0308")
            found[chr(int(match.group(1), 16))] = plain.replace("u\u0308", "v").replace("\u0308", "") + tone
    return found


def toneless(reading: str) -> str:
    return reading.rstrip("012345")


def people_names(text: str) -> list[str]:
    """Every spelling the People group's rules give (`zh-cn:阿博特;zh-hk:艾博特;zh-tw:艾伯特;`)."""
    names = []
    for rule in json.loads(text)["rules"]:
        for part in rule.get("conv", "").split(";"):
            if ":" in part:
                names.append(part.split(":", 1)[1].strip())
    return names


def data_names() -> list[str]:
    """The names of places (places.json) and of States (regional.json) in every region."""
    places = json.loads((HERE / "places.json").read_text(encoding="utf-8"))["places"]
    states = json.loads((HERE / "regional.json").read_text(encoding="utf-8"))["states"]
    return [name["form"] for entry in places + states for name in entry["names"]]


def name_characters(names: list[str]) -> Counter:
    """How many names print each folded character."""
    counts = Counter()
    for name in names:
        counts.update(set(_CJK_CHAR.findall(fold(name))))
    return counts


def build(pinyin: Source, zhconv: Source) -> dict:
    toned = readings(pinyin.read("kMandarin.txt"))
    reading = {char: toneless(read) for char, read in toned.items()}
    counts = name_characters(people_names(zhconv.read("data/cgroups/People.json")) + data_names())
    chosen = sorted(char for char, count in counts.items() if count >= NAMES_AT_LEAST and char in reading)
    return {
        "about": {
            "built_by": "unref/data/build_sounds.py",
            "names_at_least": NAMES_AT_LEAST,
            "sources": {
                "kMandarin": pinyin.about("kMandarin.txt", "the Unicode Han Database's kMandarin field (Unihan, UAX #38)"),
                "cgroup/People": zhconv.about("data/cgroups/People.json",
                                              "zh.wikipedia Module:CGroup/People as pulled by data/update_cgroups.py"),
                "places": {"path": "unref/data/places.json"},
                "states": {"path": "unref/data/regional.json (states)"},
            },
        },
        "readings": {char: reading[char] for char in chosen},
        "syllables": sorted(set(reading.values())),
        "customary": by_reading({char: read for char, read in toned.items() if 0x4E00 <= ord(char) <= 0x9FFF}),
    }


def by_reading(toned: dict[str, str]) -> dict[str, str]:
    """{toned reading: the characters read so, in code point order}: every character's reading in
    a few hundred kilobytes (unref.sounds reads a Chinese name spelt two ways by them)."""
    chars: dict[str, list[str]] = {}
    for char in sorted(toned):
        chars.setdefault(toned[char], []).append(char)
    return {reading: "".join(chars[reading]) for reading in sorted(chars)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pinyin", type=Path, required=True, help="mozillazg/pinyin-data (git directory)")
    parser.add_argument("--zhconv", type=Path, required=True, help="Gowee/zhconv-rs (git directory)")
    arguments = parser.parse_args()
    data = build(Source(arguments.pinyin, "mozillazg/pinyin-data", None), Source(arguments.zhconv, "Gowee/zhconv-rs", None))
    target = HERE / "sounds.json"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{target.name}: {len(data['readings'])} name characters, {len(data['syllables'])} syllables, "
          f"{sum(map(len, data['customary'].values()))} characters' toned readings")


if __name__ == "__main__":
    main()
