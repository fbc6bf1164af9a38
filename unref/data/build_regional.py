"""Rebuild `regional.json`: the Taiwan, Hong Kong and Macao ways of writing the entries of
`bodies.json`, `treaties.json` and `thesaurus.json`, and the names of every State in each region,
each form with the table line or the file and key it came from.

Sources (public, on GitHub; give each as a git directory, e.g. a bare clone, or as a folder of
files with --*-commit):

1. --opencc DIR: BYVoid/OpenCC (https://github.com/BYVoid/OpenCC), its `data/dictionary/`
   STPhrases.txt, STCharacters.txt, TWPhrases.txt, TWVariantsPhrases.txt, TWVariants.txt,
   HKVariantsPhrases.txt, HKVariants.txt: the tables of its `s2twp` and `s2hk` conversions.
2. --zhconv DIR: Gowee/zhconv-rs (https://github.com/Gowee/zhconv-rs), which keeps
   - `data/ZhConversion.php`, MediaWiki's conversion tables (wikimedia/mediawiki,
     includes/Languages/Data/ZhConversion.php) at the commit its `build.rs` names
     (MEDIAWIKI_COMMIT) and checks (MEDIAWIKI_SHA256, checked here too);
   - `data/cgroups/NAME.json`, zh.wikipedia's common conversion groups (Module:CGroup/NAME,
     Template:CGroup/NAME) as its `data/update_cgroups.py` pulls them.
3. --cldr DIR: unicode-org/cldr-json (https://github.com/unicode-org/cldr-json), the Unicode
   CLDR's territory names: `cldr-json/cldr-localenames-full/main/LOCALE/territories.json` for
   zh (mainland), zh-Hant (Taiwan), zh-Hant-HK (Hong Kong), zh-Hant-MO (Macao) and en, and
   `cldr-json/cldr-core/supplemental/` territoryContainment.json and codeMappings.json (which
   codes are territories).
4. --countries DIR: mledoze/countries (https://github.com/mledoze/countries), `countries.json`:
   each UN Member State's official name in Chinese (`translations.zho.official`), read only where
   it holds none of the State's mainland names in CLDR (`美利坚合众国`, `大不列颠及北爱尔兰联合王国`,
   `泰王国`, as UN texts name them): an official name holding a short one adds nothing to a search
   for the short one, and the file's official names are not all the UN's (`朝鲜人民民主共和国`).
   Each is read in the other regions as the entries' names are (OpenCC, MediaWiki).

5. `state_names.json` beside this script, kept by hand: a name a State's own government asked for
   in Chinese that a region's press writes and the tables above do not yet give (Belarus's
   `白羅斯`), each with the pages that say so.

    python unref/data/build_regional.py --opencc OPENCC --zhconv ZHCONV_RS --cldr CLDR_JSON --countries COUNTRIES

How a form is derived, for every simplified form of an entry (`names_zh`, `short_zh`,
`former_zh`, `variants_zh`; `forms_zh` in the thesaurus), except forms a context rule guards:

- OpenCC `s2twp` (Taiwan, with Taiwan phrases) and `s2hk` (Hong Kong characters), longest match
  first, as OpenCC's conversion chain applies its dictionaries;
- MediaWiki's zh-tw and zh-hk conversion (ZH_TO_HANT with ZH_TO_TW or ZH_TO_HK over it; Macao
  reads the Hong Kong table), with the rules of the conversion groups in GROUPS over both, as
  zh.wikipedia shows an article that uses those groups;
- MediaWiki read backwards: a Taiwan or Hong Kong phrase that MediaWiki's zh-hans table turns
  into a phrase of the name (飛彈 → 导弹) stands for it, when the whole new form converts back to
  the name;
- a conversion-group rule naming the entry (one of its forms, once folded, or its English name
  or acronym as the rule's `original`) gives all the rule's names.

A form is kept only when, folded as the matcher folds text (traditional to simplified), it is
none of the entry's own forms. It is dropped, and reported, when it folds to a form of another
entry (or to a form derived for another entry), to a generic word, or to a single character.

States: every territory CLDR names (a two-letter region at the bottom of its containment of the
world that ISO 3166-1 numbers: the UN's Member States, the observer State of Palestine and the
Holy See, Kosovo, Taiwan, Hong Kong, Macao and the dependent territories; not macro-regions such
as 001 or 419, not groupings such as EU or UN, not deprecated codes, not the reserved codes for
parts of a State such as IC, the Canary Islands), with every name its zh, zh-Hant, zh-Hant-HK and
zh-Hant-MO files give it: its own key (`YE`) and its alternative keys (`HK-alt-short` 香港,
`CD-alt-variant` 刚果民主共和国, `SZ-alt-variant` 史瓦濟蘭, `IO-alt-chagos` 查戈斯群岛), which CLDR
gives as other names in use for the same territory. Each name cites its file and key
(`zh-Hant territories.json: YE`). The GROUPS' rules whose English original is a territory's
English name and that hold one of its names are added (畿內亞, Hong Kong's Guinea), and for the
States in STATES the rules and MediaWiki's table pairs that name them, joined when they share a
name, each name with its rule.
A State keeps its id in STATE_CODES (DPRK, Republic of Korea, ...); any other's id is its name
in CLDR's `en` (Yemen, Congo - Kinshasa). A name is dropped, and reported, when, folded, it is
one character or a generic word, names another State too, is a form of an entry (or derived for
one), or is a regional name inside another State's mainland name (尼日, Taiwan's Niger, inside
尼日利亚). Every State with a name left gets a group, so that its English name in CLDR (`Iran`,
`Japan`) finds it as its Chinese names do.

Only the derived subset is written; the upstream tables are not kept in the project.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import jieba

from unref.normalise import fold

OPENCC_FILES = ("STPhrases.txt", "STCharacters.txt", "TWPhrases.txt", "TWVariantsPhrases.txt",
                "TWVariants.txt", "HKVariantsPhrases.txt", "HKVariants.txt")
# zh.wikipedia's conversion groups for the field's subjects: organisations, the military
# (weapons, armed groups), the Korean peninsula, nuclear energy, the EU and place names. Groups
# of other subjects write UN names wrongly when applied to them (IT: 托管 → 寄存, 论坛 → 討論區,
# so 寄存理事會 for the Trusteeship Council; Economics: 供应 → 供給, so 核供給國集團 for the
# NSG; Transport: 许可证 → 營運許可) and are left out. The mirror holds no Country, Politics,
# Law or UN group.
GROUPS = ("Organization", "Military", "Korea", "Korean", "核能", "EU", "地名")
# Variant tags of a rule and the region each stands for.
# "variant": a wording MediaWiki's zh-cn table reads as the mainland one (Taiwan, Hong Kong or
# Singapore usage, the table does not say which).
REGION = {"zh-tw": "tw", "zh-hk": "hk", "zh-mo": "mo", "zh-hant": "hant", "zh-cn": "cn",
          "zh-hans": "hans", "zh-sg": "sg", "zh-my": "my", "zh": "zh"}
# States the field names (sanctions, reports): English names as the groups' rules give them.
STATES = {
    "DPRK": ("North Korea", "Democratic People's Republic of Korea"),
    "Iran": ("Iran", "Islamic Republic of Iran"),
    "Syria": ("Syria", "Syrian Arab Republic"),
    "Libya": ("Libya",),
    "Iraq": ("Iraq",),
    "Republic of Korea": ("South Korea", "Republic of Korea"),
}
# A rule matched for a State must hold one of these mainland names (folded): the anchor that
# says which rules are the State's (the Korea group's rules have no English original).
STATE_ANCHORS = {
    "DPRK": ("朝鲜", "北朝鲜", "朝鲜民主主义人民共和国"),
    "Iran": ("伊朗", "伊朗伊斯兰共和国"),
    "Syria": ("叙利亚", "阿拉伯叙利亚共和国"),
    "Libya": ("利比亚",),
    "Iraq": ("伊拉克",),
    "Republic of Korea": ("韩国", "大韩民国", "南朝鲜"),
}
# CLDR's locales read for the States' names, and the region each stands for (zh-Hant-HK is
# written out whole in cldr-json, with what it inherits from zh-Hant; zh-Hant-MO from zh-Hant-HK).
CLDR_LOCALES = {"zh": "cn", "zh-Hant": "tw", "zh-Hant-HK": "hk", "zh-Hant-MO": "mo"}
# The CLDR code of each State of STATES, which keeps its id; another State's id is its name in
# CLDR's `en` (Yemen, Congo - Kinshasa).
STATE_CODES = {"KP": "DPRK", "IR": "Iran", "SY": "Syria", "LY": "Libya", "IQ": "Iraq", "KR": "Republic of Korea"}
# Words that name no single body (unref/data/README.md): never a derived form.
GENERIC = {"秘书处", "理事会", "专家小组", "专家组", "监测组", "委员会", "大会", "秘书长", "组织",
           "机构", "执委会", "协定", "公约", "条约", "议定书", "安排", "集团", "联盟", "联合国"}
SIMPLIFIED_KEYS = ("names_zh", "short_zh", "former_zh", "variants_zh")
ALL_KEYS = SIMPLIFIED_KEYS + ("names_zh_hant", "latin")


# --- reading the sources --------------------------------------------------------------------

class Source:
    """A repository given as a git directory (read at HEAD) or as a folder of files."""

    def __init__(self, path: Path, repository: str, commit: str | None):
        self.path, self.repository = path, repository
        self.git = (path / "HEAD").exists() and (path / "objects").exists() or (path / ".git").exists()
        if self.git:
            self.commit = self._git("rev-parse", "HEAD").strip()
        elif commit:
            self.commit = commit
        else:
            raise SystemExit(f"{path}: not a git directory; give its commit")

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir" if (self.path / "HEAD").exists() else "-C", str(self.path),
                               *args], check=True, capture_output=True, text=True).stdout

    def read(self, name: str) -> str:
        if self.git:
            return self._git("show", f"{self.commit}:{name}")
        return (self.path / name).read_text(encoding="utf-8")

    def names(self, folder: str) -> list[str]:
        if self.git:
            return self._git("-c", "core.quotepath=off", "ls-tree", "--name-only", f"{self.commit}:{folder}").split("\n")
        return sorted(p.name for p in (self.path / folder).iterdir())

    def about(self, path: str, note: str = "") -> dict:
        about = {"repository": self.repository, "path": path, "commit": self.commit}
        return about | ({"note": note} if note else {})


REPOSITORIES = {"opencc": "BYVoid/OpenCC", "zhconv": "Gowee/zhconv-rs", "cldr": "unicode-org/cldr-json",
                "countries": "mledoze/countries"}


def sources_from(parser: argparse.ArgumentParser, argv: list[str], *names: str) -> list[Source]:
    """The named sources, each given as `--NAME DIR` (and `--NAME-commit` for a plain folder)."""
    for name in names:
        parser.add_argument(f"--{name}", type=Path, required=True, help=f"{REPOSITORIES[name]} (git directory or folder)")
        parser.add_argument(f"--{name}-commit", help="its commit, when the folder is not a git directory")
    args = parser.parse_args(argv)
    return [Source(getattr(args, name), REPOSITORIES[name], getattr(args, f"{name}_commit")) for name in names]


class Table:
    """A conversion table, {key: (value, source, line, regional)}, matched longest key first.
    `regional`: a rule of regional wording (a Taiwan or Hong Kong phrase, a group's rule), as
    opposed to a rule of characters."""

    def __init__(self):
        self.rules: dict[str, tuple[str, str, int | str, bool]] = {}
        self.longest = 1

    def add(self, key: str, value: str, source: str, line, override: bool = True, regional: bool = False) -> None:
        if key and (override or key not in self.rules):
            self.rules[key] = (value, source, line, regional)
            self.longest = max(self.longest, len(key))

    def merged(self, *others: Table) -> Table:
        table = Table()
        for other in (self, *others):
            table.rules.update(other.rules)
            table.longest = max(table.longest, other.longest)
        return table

    def convert(self, text: str, *tables: Table, fits=None) -> tuple[str, list]:
        """`text` converted by this table, longest match first; then by each of `tables` in
        turn (OpenCC's chain). While the text keeps the name's length, a regional phrase
        replaces only a span that `fits(start, end)` the name's words: 七国集团 is not read
        inside 七十七国集团. Returns the text and the regional rules that changed it."""
        used = []
        length = len(text)
        for table in (self, *tables):
            out, i = [], 0
            aligned = fits is not None and len(text) == length
            while i < len(text):
                for end in range(min(len(text), i + table.longest), i, -1):
                    rule = table.rules.get(text[i:end])
                    if rule is None:
                        continue
                    if rule[3] and end - i > 1 and aligned and not fits(i, end):
                        continue
                    out.append(rule[0])
                    if rule[3] and fold(rule[0]) != fold(text[i:end]):
                        used.append((rule[1], rule[2], text[i:end], rule[0]))
                    i = end
                    break
                else:
                    out.append(text[i])
                    i += 1
            text = "".join(out)
        return text, used


def word_fit(name: str):
    """Whether a span of `name` fits its words (jieba): it holds whole words, or lies within one
    word as one of the shorter words jieba's search mode finds in it (计划 in 行动计划)."""
    words, start = [], 0
    for word in jieba.cut(name, HMM=False):
        words.append((start, start + len(word), word))
        start += len(word)

    def fits(i: int, end: int) -> bool:
        for a, b, word in words:
            if end <= a or i >= b or (i <= a and end >= b):
                continue
            if not (a <= i and end <= b and name[i:end] in set(jieba.cut_for_search(word, HMM=False))):
                return False
        return True
    return fits


def _held_by_longer(name: str, start: int, end: int, table: Table) -> bool:
    """Whether a phrase of `table` longer than name[start:end] covers it in `name`."""
    for i in range(max(0, end - table.longest), start + 1):
        for j in range(end, min(len(name), i + table.longest) + 1):
            if j - i > end - start and name[i:j] in table.rules:
                return True
    return False


def read_opencc(source: Source, name: str, table: Table, key: str, override: bool = True) -> None:
    regional = name.startswith(("TW", "HK"))
    for number, line in enumerate(source.read(f"data/dictionary/{name}").splitlines(), 1):
        if line.startswith("#") or "\t" not in line:
            continue
        left, right = line.split("\t", 1)
        if right.split():
            table.add(left, right.split()[0], key, number, override, regional)


_PHP_TABLE = re.compile(r"\s*public const (ZH_TO_\w+) = \[")
_PHP_PAIR = re.compile(r"\s*'((?:[^'\\]|\\.)*)' => '((?:[^'\\]|\\.)*)',")


def read_pinned_mediawiki(zhconv: Source) -> tuple[dict[str, list[tuple[str, str, int]]], dict]:
    """MediaWiki's conversion tables as zhconv-rs keeps them (`read_mediawiki`), checked against
    the SHA-256 its `build.rs` pins, and where they came from."""
    php = zhconv.read("data/ZhConversion.php")
    build = zhconv.read("build.rs")
    pinned = re.search(r'MEDIAWIKI_COMMIT: &str = "([0-9a-f]{40})"', build).group(1)
    digest = re.search(r'MEDIAWIKI_SHA256: \[u8; 32\] =\s*hex!\("([0-9a-f]{64})"\)', build).group(1)
    if hashlib.sha256(php.encode("utf-8")).hexdigest() != digest:
        raise SystemExit("data/ZhConversion.php is not the file build.rs pins (MEDIAWIKI_SHA256)")
    about = {"repository": "wikimedia/mediawiki", "path": "includes/Languages/Data/ZhConversion.php",
             "commit": pinned, "note": f"read as data/ZhConversion.php of {zhconv.repository} at "
                                       f"{zhconv.commit} (its build.rs pins this commit; SHA-256 {digest} checked)"}
    return read_mediawiki(php), about


def read_mediawiki(text: str) -> dict[str, list[tuple[str, str, int]]]:
    tables, current = defaultdict(list), None
    for number, line in enumerate(text.splitlines(), 1):
        start = _PHP_TABLE.match(line)
        if start:
            current = start.group(1)
            continue
        pair = _PHP_PAIR.match(line)
        if pair and current:
            tables[current].append((pair.group(1).replace("\\'", "'"), pair.group(2).replace("\\'", "'"), number))
    return tables


_MARKUP = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]|\{\{[^}]*\}\}|<[^>]*>|-\{|\}-")


def _generic_rule(names: list[str]) -> bool:
    """A rule writing a generic word (the EU group's 委员会 → 執委會, meant for the European
    Commission alone) is used neither to convert names nor to name an entry."""
    return any(fold(name) in GENERIC for name in names)


def _clean(text: str) -> str:
    return " ".join(_MARKUP.sub(lambda m: m.group(1) or "", text or "").split())


def parse_rule(conv: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """A group rule as ({tag: form}, [(from, tag, to)] one-way)."""
    both, one_way = {}, []
    for segment in conv.replace("；", ";").split(";"):
        segment = segment.strip()
        source = None
        if "=>" in segment:
            source, segment = (s.strip() for s in segment.split("=>", 1))
        tag = re.match(r"(zh(?:-[a-z]+)?)\s*[:=]\s*(.+)$", segment)
        if not tag or tag.group(1) not in REGION:
            continue
        form = _clean(tag.group(2))
        if not form:
            continue
        if source:
            one_way.append((_clean(source), tag.group(1), form))
        else:
            both.setdefault(tag.group(1), form)
    return both, one_way


def read_groups(source: Source, groups: tuple[str, ...] = GROUPS) -> list[dict]:
    """Every rule of the `groups`: {group, name, file, index, original, conv, names {tag: form}, one_way}."""
    rules = []
    for name in groups:
        path = f"data/cgroups/{name}.json"
        group = json.loads(source.read(path))
        for index, rule in enumerate(group["rules"], 1):
            names, one_way = parse_rule(rule.get("conv") or "")
            rules.append({"group": group["path"], "name": name, "file": path, "index": index,
                          "generic": _generic_rule(list(names.values()) + [f for _, _, f in one_way]),
                          "original": _clean(rule.get("original") or ""), "conv": rule.get("conv") or "",
                          "names": names, "one_way": one_way})
    return rules


# --- deriving -----------------------------------------------------------------------------

def _cite(source_key: str, line, before: str, after: str, rule_text: str = "") -> dict:
    cite = {"source": source_key, "line": line, "from": before, "to": after}
    return cite | ({"rule": rule_text} if rule_text else {})


class Deriver:
    def __init__(self, opencc: Source, zhconv: Source):
        self.sources = {}
        st = Table()
        for name in ("STPhrases.txt", "STCharacters.txt"):
            read_opencc(opencc, name, st, f"opencc/{name}", override=False)
        tw_phrases, tw_variants_phrases, tw_variants = Table(), Table(), Table()
        read_opencc(opencc, "TWPhrases.txt", tw_phrases, "opencc/TWPhrases.txt")
        read_opencc(opencc, "TWVariantsPhrases.txt", tw_variants_phrases, "opencc/TWVariantsPhrases.txt")
        read_opencc(opencc, "TWVariants.txt", tw_variants, "opencc/TWVariants.txt")
        # short-circuit group: phrases first, then variant phrases, then characters
        tw = tw_variants.merged(tw_variants_phrases, tw_phrases)
        hk_variants_phrases, hk_variants = Table(), Table()
        read_opencc(opencc, "HKVariantsPhrases.txt", hk_variants_phrases, "opencc/HKVariantsPhrases.txt")
        read_opencc(opencc, "HKVariants.txt", hk_variants, "opencc/HKVariants.txt")
        hk = hk_variants.merged(hk_variants_phrases)
        self.opencc = {"tw": (st, tw), "hk": (st, hk)}
        for name in OPENCC_FILES:
            self.sources[f"opencc/{name}"] = opencc.about(f"data/dictionary/{name}")

        php_tables, self.sources["mediawiki"] = read_pinned_mediawiki(zhconv)
        self.rules = read_groups(zhconv)
        for name in GROUPS:
            self.sources[f"cgroup/{name}"] = zhconv.about(
                f"data/cgroups/{name}.json", f"zh.wikipedia Module:CGroup/{name} (or Template:CGroup/{name}) as pulled by data/update_cgroups.py")
        self.mediawiki = {}
        for region, table_name in (("tw", "ZH_TO_TW"), ("hk", "ZH_TO_HK")):
            table = Table()
            for key, value, line in php_tables["ZH_TO_HANT"]:
                table.add(key, value, "mediawiki", line)
            for key, value, line in php_tables[table_name]:
                table.add(key, value, "mediawiki", line, regional=True)
            wiki = table.merged()
            self._add_group_rules(wiki, region)
            self.mediawiki[region] = (table, wiki)
        self.cn = Table()  # zh-cn: ZH_TO_HANS with ZH_TO_CN (mainland wordings) over it
        for name in ("ZH_TO_HANS", "ZH_TO_CN"):
            for key, value, line in php_tables[name]:
                self.cn.add(key, value, "mediawiki", line, regional=name == "ZH_TO_CN")
        self.php_tables = php_tables
        # phrases MediaWiki's zh-cn table reads as another mainland phrase: {simplified: [(phrase, line)]}
        # (a wording that only extends another wording of the same phrase, 導向飛彈 beside 飛彈,
        # is left out)
        self.backwards = defaultdict(list)
        for key, value, line in php_tables["ZH_TO_CN"]:
            if len(key) > 1 and fold(key) != fold(value) and not _generic_rule([key, value]):
                self.backwards[value].append((key, line))
        for value, keys in self.backwards.items():
            keys[:] = [(k, n) for k, n in keys if not any(o != k and o in k for o, _ in keys)]

    def _add_group_rules(self, table: Table, region: str) -> None:
        tags = {"tw": ("zh-tw", "zh-hant"), "hk": ("zh-hk", "zh-hant")}[region]
        for rule in self.rules:
            if rule["generic"]:
                continue
            target = next((rule["names"][t] for t in tags if t in rule["names"]), None)
            text = f"{rule['group']} #{rule['index']}: {rule['conv'].strip()}"
            if target:
                for form in rule["names"].values():
                    table.add(form, target, f"cgroup/{rule['group'].split('/', 1)[1]}", text, regional=True)
            for source, tag, form in rule["one_way"]:
                if tag in tags:
                    table.add(source, form, f"cgroup/{rule['group'].split('/', 1)[1]}", text, regional=True)

    def forms_of(self, name: str) -> list[tuple[str, str, list]]:
        """[(form, region, [citations])] derived from one simplified name."""
        found = []
        fits = word_fit(name)
        for region, (first, second) in self.opencc.items():
            text, used = first.convert(name, second, fits=fits)
            found.append((text, region, [_cite(*u) for u in used]))
        for region, (plain, wiki) in self.mediawiki.items():
            for table in (plain, wiki):
                text, used = table.convert(name, fits=fits)
                cites = [_cite(s, line if isinstance(line, int) else None, a, b, line if isinstance(line, str) else "")
                         for s, line, a, b in used]
                found.append((text, region, cites))
                if region == "hk":
                    found.append((text, "mo", cites))
        # MediaWiki read backwards: each simplified phrase replaced by a phrase read as it, unless
        # a longer phrase of the tables holds it, as a longer match wins in MediaWiki's own
        # conversion (朝鲜 is not replaced inside 朝鲜民主主义人民共和国, which a group keeps whole)
        hant, grouped = self.mediawiki["tw"][0], self.mediawiki["tw"][1]
        for start in range(len(name)):
            for end in range(len(name), start + 1, -1):
                held = _held_by_longer(name, start, end, grouped)
                for phrase, line in self.backwards.get(name[start:end], []) if fits(start, end) and not held else []:
                    if fold(phrase) == phrase:  # a wording in simplified characters (Singapore)
                        candidate = name[:start] + phrase + name[end:]
                    else:
                        candidate = hant.convert(name[:start])[0] + phrase + hant.convert(name[end:])[0]
                    back, _ = self.cn.convert(candidate)
                    if back == name:  # MediaWiki's zh-cn conversion reads the form as the name
                        found.append((candidate, "variant", [_cite("mediawiki", line, phrase, name[start:end])]))
        return [(text, region, cites) for text, region, cites in found if cites]

    def rules_naming(self, forms: set[str], latin: set[str]) -> list[dict]:
        """The group rules whose names or English original name an entry."""
        found = []
        for rule in self.rules:
            if rule["generic"]:
                continue
            names = {fold(n) for n in rule["names"].values()}
            if names & forms or (rule["original"] and rule["original"].casefold() in latin):
                found.append(rule)
        return found


def _entries(data: dict) -> list[tuple[str, dict, list[str], set[str], set[str]]]:
    """(kind, entry, simplified forms to convert, every folded form, English names)."""
    out = []
    for kind in ("bodies", "treaties"):
        for entry in data[kind]:
            guarded = {fold(f) for rule in entry.get("context", []) for f in rule["forms"]}
            simplified = [f for k in SIMPLIFIED_KEYS for f in entry.get(k, []) if fold(f) not in guarded]
            forms = {fold(f) for k in ALL_KEYS for f in entry.get(k, [])}
            latin = {x.casefold() for x in [entry.get("name_en"), entry.get("acronym")] + entry.get("latin", []) if x}
            out.append((kind, entry, simplified, forms, latin))
    for group in data["thesaurus"]:
        forms = {fold(f) for k in ("forms_zh", "forms_zh_hant") for f in group[k]}
        out.append(("thesaurus", group, list(group["forms_zh"]), forms, {group["en"].casefold()}))
    return out


def derive(deriver: Deriver, data: dict) -> tuple[dict, list, dict]:
    entries = _entries(data)
    owner = {}  # folded form -> (kind, id) of the entry whose own form it is
    for kind, entry, _, forms, _ in entries:
        for form in forms:
            owner.setdefault(form, set()).add((kind, entry["id"]))
    derived: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    counts = defaultdict(int)

    def add(kind, entry_id, form, region, origin, cites):
        form = form.strip()
        slot = derived[(kind, entry_id)].setdefault(form, {"form": form, "regions": [], "from": origin, "by": []})
        if region not in slot["regions"]:
            slot["regions"].append(region)
        for cite in cites:
            if cite not in slot["by"]:
                slot["by"].append(cite)

    for kind, entry, simplified, forms, latin in entries:
        for name in simplified:
            for form, region, cites in deriver.forms_of(name):
                if fold(form) not in forms:
                    add(kind, entry["id"], form, region, name, cites)
        for rule in deriver.rules_naming(forms, latin):
            key = f"cgroup/{rule['group'].split('/', 1)[1]}"
            cite = [{"source": key, "rule": f"{rule['group']} #{rule['index']}: {rule['conv'].strip()}"}]
            for tag, form in rule["names"].items():
                if fold(form) not in forms:
                    add(kind, entry["id"], form, REGION[tag], rule["original"] or "(names of the rule)", cite)
            # a one-way rule's source, which the rule turns into one of its names (`蓋達=>zh-cn:基地组织`):
            # a writing of the same name that texts use (region `variant`, as MediaWiki's tables read backwards)
            names = {fold(n) for n in rule["names"].values()}
            for source, _, form in rule["one_way"]:
                if fold(form) in names and fold(source) not in forms:
                    add(kind, entry["id"], source, "variant", form, cite)
    # collisions: a form of another entry, or a form derived for two entries
    claimed = defaultdict(set)
    for (kind, entry_id), forms in derived.items():
        for form in forms:
            claimed[fold(form)].add((kind, entry_id))
    dropped, kept = [], defaultdict(list)
    for (kind, entry_id), forms in derived.items():
        for form, slot in forms.items():
            folded = fold(form)
            others = (owner.get(folded, set()) | claimed[folded]) - {(kind, entry_id)}
            reason = None
            if len(folded) < 2:
                reason = "a single character"
            elif folded in GENERIC:
                reason = "a generic word"
            elif others:
                reason = "also names " + ", ".join(f"{k}:{i}" for k, i in sorted(others))
            if reason:
                dropped.append({"entry": f"{kind}:{entry_id}", "form": form, "reason": reason})
                continue
            kept[kind].append((entry_id, slot))
            for cite in slot["by"]:
                counts[cite["source"]] += 1
    out = {kind: {} for kind in ("bodies", "treaties", "thesaurus")}
    for kind, rows in kept.items():
        for entry_id, slot in rows:
            out[kind].setdefault(entry_id, []).append(slot)
    return out, dropped, dict(sorted(counts.items()))


def rule_names(deriver: Deriver, territories: dict[str, dict]) -> dict[str, dict[str, dict]]:
    """{State id: {form: {form, regions, by}}} for every territory: the group rules whose English
    original is its English name (CLDR's, and for the States in STATES theirs) and that hold one of
    its mainland names, joined with the rules sharing a name with them; for the States in STATES
    also rules with no English original that hold an anchor name, and MediaWiki's table pairs on
    those names (the tables' pairs for other names mix in Malaysian and Singapore usage: 素檀)."""
    found = {}
    for code, territory in territories.items():
        state = STATE_CODES.get(code, territory["en"])
        field = state in STATES
        anchors = {fold(form) for form, slot in territory["names"].items() if {"cn", "hans"} & set(slot["regions"])}
        anchors |= set(STATE_ANCHORS.get(state, ()))
        wanted = {e.casefold() for e in (*STATES.get(state, ()), territory["en"])}
        names = found.setdefault(state, {})
        taken, grew = set(), True
        while grew:
            grew = False
            known = anchors | {fold(n) for n in names}
            for index, rule in enumerate(deriver.rules):
                if index in taken or not rule["names"]:
                    continue
                folded = {fold(n) for n in rule["names"].values()}
                # a rule joins by a whole name it shares (not by a rule naming two things)
                if (rule["original"].casefold() in wanted and folded & known) or (field and (folded & anchors or (
                        folded & known and len(folded) <= 3 and not rule["original"]))):
                    taken.add(index)
                    grew = True
                    cite = {"source": f"cgroup/{rule['group'].split('/', 1)[1]}",
                            "rule": f"{rule['group']} #{rule['index']}: {rule['conv'].strip()}"}
                    for tag, form in rule["names"].items():
                        _add_name(names, form, REGION[tag], cite)
        known = anchors | {fold(n) for n in names}
        for table, region in (("ZH_TO_HANS", "hans"), ("ZH_TO_CN", "cn"), ("ZH_TO_TW", "tw"), ("ZH_TO_HK", "hk")) if field else ():
            for key, value, line in deriver.php_tables[table]:
                if len(key) > 1 and fold(key) != fold(value) and (fold(key) in known and fold(value) in known or
                                                                  fold(key) in anchors or fold(value) in anchors):
                    cite = {"source": "mediawiki", "line": line, "rule": f"{table}: '{key}' => '{value}'"}
                    _add_name(names, key, "hant" if table in ("ZH_TO_HANS", "ZH_TO_CN") else "cn", cite)
                    _add_name(names, value, region, cite)
    return found


def _add_name(names: dict, form: str, region: str, cite: dict) -> None:
    slot = names.setdefault(form, {"form": form, "regions": [], "by": []})
    if region not in slot["regions"]:
        slot["regions"].append(region)
    if cite not in slot["by"]:
        slot["by"].append(cite)


def read_cldr(source: Source) -> tuple[dict[str, dict], dict[str, dict]]:
    """CLDR's territories: ({code: {code, en, un, names {form: {form, regions, by}}}}, sources).

    A territory is a two-letter region at the bottom of CLDR's containment of the world (001),
    read through its plain containment only (not the groupings EU, EZ, UN, nor deprecated
    codes), that ISO 3166-1 numbers (codeMappings gives it `_numeric`; XK, Kosovo, has CLDR's
    user-assigned 983): macro-regions (001, 419), groupings and the reserved codes for parts of
    a State (AC Ascension, CP Clipperton, DG Diego Garcia, EA Ceuta and Melilla, IC Canary
    Islands, TA Tristan da Cunha) are left out. Every name a locale gives a territory is read:
    its own key (YE) and its alternative keys (HK-alt-short 香港, CD-alt-variant 刚果民主共和国,
    IO-alt-chagos 查戈斯群岛), which CLDR gives as other names in use for the same territory."""
    sources = {}
    supplemental = "cldr-json/cldr-core/supplemental"
    containment = json.loads(source.read(f"{supplemental}/territoryContainment.json"))["supplemental"]["territoryContainment"]
    codes = json.loads(source.read(f"{supplemental}/codeMappings.json"))["supplemental"]["codeMappings"]
    for name in ("territoryContainment", "codeMappings"):
        sources[f"cldr/{name}"] = source.about(f"{supplemental}/{name}.json")
    leaves, waiting = set(), ["001"]
    while waiting:
        region = waiting.pop()
        inside = containment.get(region, {}).get("_contains")
        if inside:
            waiting += inside
        else:
            leaves.add(region)
    members = set(containment["UN"]["_contains"])
    wanted = sorted(code for code in leaves if re.fullmatch("[A-Z]{2}", code) and "_numeric" in codes.get(code, {}))

    def territories(locale: str) -> dict[str, str]:
        path = f"cldr-json/cldr-localenames-full/main/{locale}/territories.json"
        sources[f"cldr/{locale}"] = source.about(path)
        return json.loads(source.read(path))["main"][locale]["localeDisplayNames"]["territories"]

    english = territories("en")
    found = {code: {"code": code, "en": english[code], "un": code in members, "names": {}, "english": {}} for code in wanted}
    for key, name in english.items():
        code = key.split("-alt-", 1)[0]
        if code in found and "-alt-" in key:
            _add_english(found[code], name, {"source": "cldr/en", "rule": f"en territories.json: {key}"})
    for locale, region in CLDR_LOCALES.items():
        for key, form in territories(locale).items():
            code = key.split("-alt-", 1)[0]
            if code in found:
                _add_name(found[code]["names"], form.strip(), region,
                          {"source": f"cldr/{locale}", "rule": f"{locale} territories.json: {key}"})
    return found, sources


def _add_english(territory: dict, name: str, cite: dict) -> None:
    """An English name of the territory other than CLDR's own (`Hong Kong`, `Macau`, `Ivory Coast`),
    in Latin letters, four characters or more (not a code: `HK`, `US`, `UK` are words too) and six
    words at most (not a full style naming another State inside it: `Hong Kong Special Administrative
    Region of the People's Republic of China`)."""
    name = name.strip()
    if (name != territory["en"] and len(name) >= 4 and len(name.split()) <= 6
            and re.fullmatch(r"[A-Za-z][A-Za-z .,'’()-]*", name)):
        territory["english"].setdefault(name, []).append(cite)


def read_official_names(source: Source, territories: dict[str, dict], deriver: Deriver) -> dict:
    """Add to `territories` each UN Member State's official name in Chinese (mledoze/countries) that
    holds none of its mainland names, with its other regions' forms, and every territory's common
    name and other spellings in Latin letters (`Macau`, `Burma`); the file's source record."""
    for country in json.loads(source.read("countries.json")):
        if country["cca2"] in territories:
            for key, name in [("name.common", country["name"]["common"]), ("name.official", country["name"]["official"]),
                              *(("altSpellings", name) for name in country.get("altSpellings", []))]:
                _add_english(territories[country["cca2"]], name, {"source": "countries", "rule": f"countries.json: {country['cca2']} {key}"})
        territory, official = territories.get(country["cca2"]), country["translations"].get("zho", {}).get("official")
        if not territory or not official or not country.get("unMember"):
            continue
        mainland = [fold(form) for form, slot in territory["names"].items() if {"cn", "hans"} & set(slot["regions"])]
        if any(name in fold(official) for name in mainland):
            continue
        cite = {"source": "countries", "rule": f"countries.json: {country['cca2']} translations.zho.official"}
        _add_name(territory["names"], official, "cn", cite)
        for form, region, cites in deriver.forms_of(official):
            if form != official and region in ("tw", "hk", "mo"):
                for each in (cite, *cites):
                    _add_name(territory["names"], form, region, each)
    return {"countries": source.about("countries.json")}


def read_state_names(territories: dict[str, dict]) -> dict:
    """Add to `territories` the names of `state_names.json` (a region's writing a State asked for);
    the file's source record."""
    for row in json.loads((HERE / "state_names.json").read_text(encoding="utf-8"))["names"]:
        _add_name(territories[row["code"]]["names"], row["form"], row["region"],
                  {"source": "state_names.json", "rule": row["source"]})
    return {"state_names.json": {"file": "unref/data/state_names.json", "kept": "by hand, each name with its pages"}}


def _taken(data: dict, derived: dict) -> dict[str, set]:
    """{folded form: {(kind, id)}}: the forms of the entries and the regional forms kept for them."""
    taken = defaultdict(set)
    for kind, entry, _, forms, _ in _entries(data):
        for form in forms:
            taken[form].add((kind, entry["id"]))
    for kind, rows in derived.items():
        for entry_id, slots in rows.items():
            for slot in slots:
                taken[fold(slot["form"])].add((kind, entry_id))
    return taken


def _inside(folded: str, state: str, mainland: dict) -> list[str]:
    """The mainland names of other States that hold the name `folded`: ["尼日利亚 (state:Nigeria)"]."""
    return [f"{name} (state:{other})" for other, names in mainland.items() if other != state
            for name in sorted(names) if folded in name and folded != name]


def states(deriver: Deriver, territories: dict[str, dict], taken: dict[str, set], latin: set) -> tuple[list[dict], list[dict]]:
    """The States' name groups: each CLDR territory's names, with the names the conversion
    groups and MediaWiki give it (rule_names); ([group], [dropped name]).

    A name is dropped, and reported, when, folded: it is one character or a generic word; it
    names another State too; it is a form of a body, treaty or thesaurus entry (or derived for
    one: `taken`); or it is a regional name lying inside another State's mainland name (尼日,
    Taiwan's Niger, inside 尼日利亚: it would find every mainland text on Nigeria). A regional
    name inside another State's regional name only (馬利, Taiwan's Mali, inside 索馬利亞 and
    聖馬利諾, Taiwan's Somalia and San Marino) is kept: only texts of that usage write those, and
    a search finds a name inside a longer word as the mainland name does (马里 in 索马里).
    A State gets a group when a name remains (its English names are searched with its names)."""
    ruled = rule_names(deriver, territories)
    groups = {}
    for code, territory in territories.items():
        state = STATE_CODES.get(code, territory["en"])
        names = ruled.pop(state, {})
        for form, slot in territory["names"].items():
            for region in slot["regions"]:
                for cite in slot["by"]:
                    _add_name(names, form, region, cite)
        groups[state] = {"id": state, "en": territory["en"], "code": code, "names": names, "english": territory["english"]}
    if ruled:
        raise SystemExit(f"States of STATES without a CLDR territory: {sorted(ruled)}")
    owners = defaultdict(set)
    for state, group in groups.items():
        for form in group["names"]:
            owners[fold(form)].add(state)
    mainland = {state: {fold(f) for f, slot in group["names"].items() if {"cn", "hans"} & set(slot["regions"])}
                for state, group in groups.items()}
    dropped, out = [], []
    for state, group in sorted(groups.items(), key=lambda item: item[1]["code"]):
        kept = []
        for form, slot in sorted(group["names"].items()):
            folded = fold(form)
            reason = None
            if len(folded) < 2:
                reason = "a single character"
            elif folded in GENERIC:
                reason = "a generic word"
            elif owners[folded] - {state}:
                reason = "also names " + ", ".join(f"state:{s}" for s in sorted(owners[folded] - {state}))
            elif taken.get(folded):
                reason = "also names " + ", ".join(f"{k}:{i}" for k, i in sorted(taken[folded]))
            elif folded not in mainland[state]:
                inside = _inside(folded, state, mainland)
                if inside:
                    reason = "inside another State's mainland name: " + ", ".join(inside)
            if reason:
                dropped.append({"entry": f"state:{state}", "form": form, "reason": reason})
            else:
                kept.append(slot)
        if kept:
            english = _english_kept(state, group, groups, latin, dropped)
            out.append({"id": state, "en": group["en"], "code": group["code"], "names": kept}
                       | ({"english": english} if english else {}))
    return out, dropped


def _english_kept(state: str, group: dict, groups: dict, latin: set, dropped: list) -> list[dict]:
    """The State's other English names, each with its sources, but those naming another State too
    (one of its English names, or inside one as a whole word: `Republic of China` inside `People's
    Republic of China`, `Republic of Korea` inside `Democratic People's Republic of Korea`) or a
    body, treaty or term of the data (`DPRK` stays the thesaurus's); the rest reported in `dropped`."""
    others = [name.casefold() for other, each in groups.items() if other != state
              for name in [each["en"], *each["english"]]]
    kept = []
    for name, cites in sorted(group["english"].items()):
        word = re.compile(rf"(?<![\w'’]){re.escape(name.casefold())}(?![\w'’])")
        reason = ("also names " + ", ".join(sorted({k for k in latin if k == name.casefold()})) if name.casefold() in latin
                  else "inside another State's English name" if any(word.search(other) for other in others) else None)
        if reason:
            dropped.append({"entry": f"state:{state}", "form": name, "reason": reason})
        else:
            kept.append({"form": name, "by": cites})
    return kept


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    opencc, zhconv, cldr, countries = sources_from(parser, argv, "opencc", "zhconv", "cldr", "countries")
    deriver = Deriver(opencc, zhconv)
    territories, territory_sources = read_cldr(cldr)
    territory_sources |= read_official_names(countries, territories, deriver)
    territory_sources |= read_state_names(territories)
    print(f"OpenCC {opencc.commit}; zhconv-rs {zhconv.commit}; MediaWiki {deriver.sources['mediawiki']['commit']}; "
          f"CLDR {cldr.commit}; countries {countries.commit}")
    print(f"{len(deriver.rules)} rules in {len(GROUPS)} conversion groups")
    data = {name: json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("bodies", "treaties", "thesaurus")}
    derived, dropped, counts = derive(deriver, data)
    latin = {name for *_, names in _entries(data) for name in names}
    countries, dropped_names = states(deriver, territories, _taken(data, derived), latin)
    dropped += dropped_names
    for kind, rows in derived.items():
        print(f"{kind}: {sum(len(v) for v in rows.values())} forms for {len(rows)} entries")
    print("citations by source:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"dropped {len(dropped)}:")
    for row in dropped:
        print(f"  {row['entry']}: {row['form']} ({row['reason']})")
    for group in countries:
        print(f"state {group['id']}: {' '.join(n['form'] for n in group['names'])}")
    members = {t["code"] for t in territories.values() if t["un"]}
    print(f"{len(countries)} States with a name group, of {len(territories)} territories "
          f"({len(members & {g['code'] for g in countries})} of {len(members)} UN members)")
    result = {
        "about": {"built_by": "unref/data/build_regional.py", "sources": deriver.sources | territory_sources,
                  "groups": list(GROUPS), "citations": counts, "dropped": dropped},
        **{kind: dict(sorted(rows.items())) for kind, rows in derived.items()},
        "states": countries,
    }
    (HERE / "regional.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'regional.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
