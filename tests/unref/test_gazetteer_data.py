"""The knowledge files under unref/data/, read as plain JSON: big enough, well formed, and
unambiguous once folded the way the matcher folds text (traditional to simplified, full-width
to half-width, whitespace dropped)."""
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import opencc
import pytest

DATA = Path(__file__).resolve().parents[2] / "unref" / "data"

ENTRY_LISTS = ("names_zh", "short_zh", "names_zh_hant", "former_zh", "variants_zh", "latin")
SIMPLIFIED_LISTS = ("names_zh", "short_zh", "former_zh", "variants_zh")
BODY_KINDS = {"un_organ", "un_body", "organisation", "regime", "institute", "company"}

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
# OpenCC's t2s leaves some Hong Kong characters (衞, 敍) as they are, so the matcher cannot fold
# 世衞組織 to 世卫组织; such forms are listed for that reason and are checked with hk2s instead.
_HK2S = opencc.OpenCC("hk2s")


def read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bodies():
    return read("bodies.json")


@pytest.fixture(scope="module")
def treaties():
    return read("treaties.json")


@pytest.fixture(scope="module")
def thesaurus():
    return read("thesaurus.json")


@lru_cache(maxsize=None)
def _simplified(ch):
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


def fold(text):
    """The matcher's form: character by character, so offsets stay one to one."""
    out = []
    for ch in text:
        if ch.isspace() or ch in "\u200b\u200c\u200d\ufeff":
            continue
        if 0xFF01 <= ord(ch) <= 0xFF5E:
            ch = chr(ord(ch) - 0xFEE0)
        out.append(_simplified(ch) if ch >= "\u3400" else ch)
    return "".join(out)


def test_counts(bodies, treaties, thesaurus):
    assert len(bodies) >= 150
    assert len(treaties) >= 40
    assert len(thesaurus) >= 60


@pytest.mark.parametrize("name", ["bodies.json", "treaties.json"])
def test_entries_have_every_key_with_its_type(name):
    keys = {"id", "name_en", "acronym", "source", *ENTRY_LISTS}
    if name == "bodies.json":
        keys.add("kind")
    for entry in read(name):
        assert keys <= set(entry), (entry.get("id"), keys - set(entry))
        assert set(entry) <= keys | {"context", "established", "part_of", "set_up_by"}, entry["id"]
        for key in ("id", "name_en", "acronym", "source"):
            assert isinstance(entry[key], str), (entry["id"], key)
        for key in ENTRY_LISTS:
            assert isinstance(entry[key], list), (entry["id"], key)
            assert all(isinstance(form, str) and form.strip() == form and form for form in entry[key]), (
                entry["id"], key)
        assert entry["id"] and entry["name_en"] and entry["source"].strip(), entry["id"]
        assert entry["names_zh"] or entry["latin"], entry["id"]


def test_an_organ_is_part_of_another_body_with_a_source_never_of_a_principal_organ(bodies):
    """`part_of`: an organ of a body (the OPCW's Executive Council, the IAEA's Board), which a
    search for the body also finds; never a principal organ's (every committee is the Council's),
    and no cycle."""
    by_id = {body["id"]: body for body in bodies}
    parts = {body["id"]: body["part_of"] for body in bodies if "part_of" in body}
    assert len(parts) >= 10
    for part, whole in parts.items():
        assert set(whole) == {"id", "source"} and whole["source"].strip() and whole["id"] in by_id, part
        assert whole["id"] not in {"Security Council", "General Assembly", "Secretary-General"}, part
        seen, current = {part}, whole["id"]
        while current in parts:
            assert current not in seen, part
            seen.add(current)
            current = parts[current]["id"]


def test_a_treaty_setting_up_an_organisation_is_a_known_treaty_with_its_article(bodies, treaties):
    """`set_up_by`: the treaty that establishes an organisation, whose names with 组织 after them
    are then the organisation's (the loader adds them)."""
    known = {treaty["id"] for treaty in treaties}
    set_up = {body["id"]: body["set_up_by"] for body in bodies if "set_up_by" in body}
    assert set_up
    for body, treaty in set_up.items():
        assert set(treaty) == {"id", "source"} and treaty["id"] in known and treaty["source"].strip(), body


def test_founding_resolutions_are_council_resolutions_each_founding_one_body_of_a_kind(bodies):
    """`established`: the resolutions that set up a committee or a panel (group, team) of experts,
    so that `第N(YYYY)号决议所设委员会` can be read as the body resolution N founded; one resolution
    founds at most one body of each kind, or the reading would be a guess."""
    register = {str(row["number"]) for row in read("resolutions.json")["security_council"]}
    seen = {}
    for body in bodies:
        if "established" not in body:
            continue
        established = body["established"]
        assert set(established) == {"by", "as"} and established["as"] in {"committee", "panel"}, body["id"]
        assert established["by"] and set(established["by"]) <= register, body["id"]
        for number in established["by"]:
            assert seen.setdefault((number, established["as"]), body["id"]) == body["id"], (number, body["id"])
    assert len(seen) >= 38


def test_body_kinds_are_known(bodies):
    assert {b["kind"] for b in bodies} <= BODY_KINDS


def test_context_rules_are_well_formed(bodies, treaties):
    for body in bodies:
        for rule in body.get("context", []):
            assert set(rule) <= {"forms", "after", "not_before", "before", "topic", "not_inside", "named_apart", "rivals"}, body["id"]
            assert rule["forms"], body["id"]
            # bodies named apart from the rivals of a form read in another body's documents are bodies
            assert set(rule.get("named_apart", [])) <= {b["id"] for b in bodies}, body["id"]
            assert "named_apart" not in rule or rule.get("topic") in {b["id"] for b in bodies}, body["id"]
            # rivals: the bodies and treaties whose naming leaves a topic's bare form unread
            assert "rivals" not in rule or rule.get("topic") in {e["id"] for e in bodies + treaties}, body["id"]
            assert set(rule.get("rivals", [])) <= {e["id"] for e in bodies + treaties} - {rule.get("topic")}, body["id"]
            # a longer name the forms do not name the body inside: holds one of them (search.concepts.not_inside)
            assert all(any(fold(f) in fold(longer) for f in rule["forms"]) for longer in rule.get("not_inside", [])), body["id"]
            forms = {fold(f) for key in ENTRY_LISTS for f in body[key]}
            assert {fold(f) for f in rule["forms"]} <= forms, body["id"]


def test_ids_are_unique(bodies, treaties, thesaurus):
    for rows in (bodies, treaties, thesaurus):
        ids = [row["id"] for row in rows]
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_no_form_repeats_within_an_entry(bodies, treaties):
    for entry in bodies + treaties:
        simplified = [f for key in SIMPLIFIED_LISTS for f in entry[key]]
        assert len(simplified) == len(set(simplified)), entry["id"]
        for key in ("names_zh_hant", "latin"):
            assert len(entry[key]) == len(set(entry[key])), (entry["id"], key)


def test_simplified_lists_hold_simplified_forms(bodies, treaties):
    for entry in bodies + treaties:
        for key in SIMPLIFIED_LISTS:
            for form in entry[key]:
                assert fold(form) == form.replace(" ", ""), (entry["id"], key, form)


def test_every_simplified_name_has_its_traditional_form(bodies, treaties):
    for entry in bodies + treaties:
        hant = set(entry["names_zh_hant"])
        for key in SIMPLIFIED_LISTS:
            for form in entry[key]:
                assert _S2T.convert(form) in hant, (entry["id"], form)


def test_every_traditional_form_folds_to_a_simplified_form_of_its_entry(bodies, treaties):
    for entry in bodies + treaties:
        simplified = {fold(f) for key in SIMPLIFIED_LISTS for f in entry[key]}
        for form in entry["names_zh_hant"]:
            assert fold(form) in simplified or fold(_HK2S.convert(form)) in simplified, (entry["id"], form)


def test_no_form_names_two_entries_unless_a_context_rule_guards_it(bodies, treaties):
    owners = defaultdict(set)
    guarded = set()
    for kind, rows in (("body", bodies), ("treaty", treaties)):
        for entry in rows:
            for key in ENTRY_LISTS:
                for form in entry[key]:
                    owners[fold(form)].add((kind, entry["id"]))
            for rule in entry.get("context", []):
                guarded |= {fold(f) for f in rule["forms"]}
    shared = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1 and form not in guarded}
    assert shared == {}


def test_thesaurus_groups_are_well_formed(thesaurus):
    seen = {}
    for group in thesaurus:
        assert set(group) - {"narrower", "acronym", "not_inside"} == {"id", "en", "forms_zh", "forms_zh_hant", "source"}, group.get("id")
        assert all(any(form in word for form in group["forms_zh"] + group["forms_zh_hant"]) for word in group.get("not_inside", [])), group["id"]
        assert group.get("acronym", "A").isascii() and group.get("acronym", "A")[0].isupper(), group["id"]
        assert group["id"] and group["en"] and group["source"].strip(), group["id"]
        # one Chinese form only where the group carries the Latin name texts print beside it (Novichok)
        assert len(group["forms_zh"]) >= 2 or group.get("acronym"), group["id"]
        for key in ("forms_zh", "forms_zh_hant"):
            forms = group[key]
            assert all(isinstance(f, str) and f and f.strip() == f for f in forms), group["id"]
            assert len(forms) == len(set(forms)), (group["id"], key)
        for form in group["forms_zh"]:
            assert fold(form) == form, (group["id"], form)
            assert _S2T.convert(form) in group["forms_zh_hant"], (group["id"], form)
            assert seen.setdefault(form, group["id"]) == group["id"], form
        simplified = set(group["forms_zh"])
        for form in group["forms_zh_hant"]:
            assert fold(form) in simplified or fold(_HK2S.convert(form)) in simplified, (group["id"], form)


def test_narrower_terms_are_other_groups_or_bodies_each_with_its_source(thesaurus, bodies):
    ids, body_ids = {group["id"] for group in thesaurus}, {body["id"] for body in bodies}
    rows = [(group["id"], row) for group in thesaurus for row in group.get("narrower", [])]
    assert rows and all(set(row) - {"with"} == {"id", "source"} and row["source"].strip() for _, row in rows)
    assert all((row["id"] in ids or row["id"] in body_ids) and row["id"] != above and set(row.get("with", [])) <= ids
               for above, row in rows)
    assert {row["id"] for _, row in rows if row["id"] in body_ids} >= {"NSG", "MTCR", "Australia Group"}


# --- regional.json: forms derived from public conversion tables (build_regional.py) ------------

REGIONS = {"tw", "hk", "mo", "hant", "cn", "hans", "sg", "my", "zh", "variant"}


@pytest.fixture(scope="module")
def regional():
    return read("regional.json")


def test_regional_sources_name_repository_path_and_commit(regional):
    sources = regional["about"]["sources"]
    assert {"opencc/TWPhrases.txt", "mediawiki", "cgroup/Korea", "cgroup/Military"} <= set(sources)
    for about in sources.values():
        if "file" in about:  # kept by hand beside the builder (state_names.json), each row with its pages
            assert (Path(__file__).resolve().parents[2] / about["file"]).is_file(), about
            continue
        assert about["repository"].count("/") == 1 and about["path"], about
        assert len(about["commit"]) == 40 and int(about["commit"], 16) >= 0, about


def _regional_rows(regional):
    for kind in ("bodies", "treaties", "thesaurus"):
        for entry_id, rows in regional[kind].items():
            for row in rows:
                yield kind, entry_id, row


def test_every_regional_form_names_an_entry_and_says_where_it_came_from(regional, bodies, treaties, thesaurus):
    ids = {"bodies": {b["id"] for b in bodies}, "treaties": {t["id"] for t in treaties},
           "thesaurus": {g["id"] for g in thesaurus}}
    sources = set(regional["about"]["sources"])
    for kind, entry_id, row in _regional_rows(regional):
        assert entry_id in ids[kind], (kind, entry_id)
        assert row["form"] and row["form"].strip() == row["form"] and len(fold(row["form"])) >= 2, row
        assert row["regions"] and set(row["regions"]) <= REGIONS, row
        assert row["by"] and all(cite["source"] in sources and (cite.get("line") or cite.get("rule"))
                                 for cite in row["by"]), row
    for state in regional["states"]:
        assert state["id"] and state["en"] and state["names"], state["id"]
        for name in state["names"]:
            assert name["by"] and all(cite["source"] in sources for cite in name["by"]), name


def test_a_regional_form_is_new_to_its_entry_and_names_no_other(regional, bodies, treaties, thesaurus):
    """The rule of the entry files holds with the derived forms folded in: no form names two
    entries unless a context rule guards it, and none repeats one its entry already has."""
    owners = defaultdict(set)
    own = defaultdict(set)
    for kind, rows, keys in (("bodies", bodies, ENTRY_LISTS), ("treaties", treaties, ENTRY_LISTS),
                             ("thesaurus", thesaurus, ("forms_zh", "forms_zh_hant"))):
        for entry in rows:
            for key in keys:
                for form in entry[key]:
                    owners[fold(form)].add((kind, entry["id"]))
                    own[(kind, entry["id"])].add(fold(form))
    derived = defaultdict(set)
    for kind, entry_id, row in _regional_rows(regional):
        assert fold(row["form"]) not in own[(kind, entry_id)], row["form"]
        derived[fold(row["form"])].add((kind, entry_id))
    shared = {form: sorted(ids | owners[form]) for form, ids in derived.items() if len(ids | owners[form]) > 1}
    assert shared == {}
    states = {fold(n["form"]): s["id"] for s in regional["states"] for n in s["names"]}
    assert len(states) == len({(fold(n["form"]), s["id"]) for s in regional["states"] for n in s["names"]})


def test_regional_forms_reach_the_concepts_they_belong_to(regional):
    def forms(kind, entry_id):
        return {row["form"] for row in regional[kind].get(entry_id, [])}

    # 北韓制裁委員會 is listed by hand (bodies.json), so not derived; 朝鲜 is not rewritten inside
    # the proper name 朝鲜民主主义人民共和国, which a group keeps whole
    assert not any("北韓民主" in form for form in forms("bodies", "1718 Committee"))
    assert "飛彈技術控制制度" in forms("bodies", "MTCR")              # CGroup Military: 导弹 → 飛彈
    assert "東協" in forms("bodies", "ASEAN")
    assert "禁止核子武器條約" in forms("treaties", "TPNW")
    # a group rule never reads a phrase across the name's words: not 七十 + 七大工業國組織
    assert not any("七大工業國組織" in form for form in forms("bodies", "G77"))
    # a rule writing a generic word (the EU group's 委员会 → 執委會) converts nothing
    assert not any("執委會" in form for form in forms("bodies", "1540 Committee"))
    dprk = next(s for s in regional["states"] if s["id"] == "DPRK")
    assert {"朝鲜", "北韓", "北朝鲜", "朝鲜民主主义人民共和国"} <= {n["form"] for n in dprk["names"]}


# --- regional.json: the States' name groups (build_regional.py, from CLDR and the tables) ------

CLDR_LOCALES = {"zh", "zh-Hant", "zh-Hant-HK", "zh-Hant-MO"}


def test_the_cldr_files_read_are_recorded(regional):
    sources = regional["about"]["sources"]
    for name in [*CLDR_LOCALES, "en"]:
        about = sources[f"cldr/{name}"]
        assert about["repository"] == "unicode-org/cldr-json", about
        assert about["path"] == f"cldr-json/cldr-localenames-full/main/{name}/territories.json", about
    assert {"cldr/territoryContainment", "cldr/codeMappings"} <= set(sources)


def test_every_state_name_says_where_it_came_from(regional):
    sources = regional["about"]["sources"]
    states = regional["states"]
    assert len(states) >= 100
    assert len({s["id"] for s in states}) == len({s["code"] for s in states}) == len(states)
    for state in states:
        assert state["id"] and state["en"] and len(state["code"]) == 2, state
        for name in state["names"]:
            assert name["form"] == name["form"].strip() and name["regions"] and name["by"], name
            for cite in name["by"]:
                assert cite["source"] in sources and (cite.get("rule") or cite.get("line")), cite
                if cite["source"].startswith("cldr/"):
                    locale = cite["source"].split("/", 1)[1]
                    # `zh-Hant territories.json: YE`, or an alternative name `HK-alt-short`
                    assert locale in CLDR_LOCALES and cite["rule"].startswith(f"{locale} territories.json: {state['code']}"), cite
    # the States named before CLDR was read keep their ids (sanctions.json targets them)
    ids = {s["code"]: s["id"] for s in states}
    assert ids["KP"] == "DPRK" and ids["KR"] == "Republic of Korea"


def test_no_state_name_names_two_states_or_an_entry(regional, bodies, treaties, thesaurus):
    owners = defaultdict(set)
    for kind, rows, keys in (("bodies", bodies, ENTRY_LISTS), ("treaties", treaties, ENTRY_LISTS),
                             ("thesaurus", thesaurus, ("forms_zh", "forms_zh_hant"))):
        for entry in rows:
            for form in (f for key in keys for f in entry[key]):
                owners[fold(form)].add(f"{kind}:{entry['id']}")
    for kind, entry_id, row in _regional_rows(regional):
        owners[fold(row["form"])].add(f"{kind}:{entry_id}")
    for state in regional["states"]:
        for name in state["names"]:
            owners[fold(name["form"])].add(f"state:{state['id']}")
    named = {form: sorted(who) for form, who in owners.items()
             if any(w.startswith("state:") for w in who) and len(who) > 1}
    assert named == {}
    assert all(len(fold(n["form"])) >= 2 for s in regional["states"] for n in s["names"])


def test_dropped_state_names_are_reported_and_left_out(regional):
    names = {s["id"]: {n["form"] for n in s["names"]} for s in regional["states"]}
    dropped = [row for row in regional["about"]["dropped"] if row["entry"].startswith("state:")]
    for row in dropped:
        assert row["reason"] and row["form"] not in names.get(row["entry"].split(":", 1)[1], set()), row
    # Taiwan's 尼日 (Niger) lies inside 尼日利亚, Nigeria's mainland name: dropped
    assert {"entry": "state:Niger", "form": "尼日"} in [{k: row[k] for k in ("entry", "form")} for row in dropped]


def test_state_groups_join_the_regions_names(regional):
    names = {s["id"]: {n["form"] for n in s["names"]} for s in regional["states"]}
    assert {"也门", "葉門", "也門"} <= names["Yemen"]
    assert {"马里", "馬利"} <= names["Mali"]
    assert {"索马里", "索馬利亞"} <= names["Somalia"]
    assert {"利比里亚", "賴比瑞亞"} <= names["Liberia"]
    assert {"塞拉利昂", "獅子山"} <= names["Sierra Leone"]
    assert {"布隆迪", "蒲隆地"} <= names["Burundi"]
    assert {"冈比亚", "甘比亞"} <= names["Gambia"]
    assert {"沙特阿拉伯", "沙烏地阿拉伯"} <= names["Saudi Arabia"]
    # the two Congos are named apart; neither is named 刚果 alone
    assert {"刚果民主共和国", "刚果（金）"} <= names["Congo - Kinshasa"]
    assert {"刚果共和国", "刚果（布）"} <= names["Congo - Brazzaville"]
    assert not any(fold(form) == "刚果" for forms in names.values() for form in forms)
    # a State whose names are the same once folded needs no group (日本; 伊朗)
    # every territory has a group, one name or more, so its English name finds it too
    assert names["Japan"] == {"日本"} and names["Iran"] == {"伊朗"}
    # a conversion group's rule whose English original is the territory's name: Hong Kong's Guinea
    assert {"几内亚", "幾內亞", "畿內亞"} <= names["Guinea"] and "古拉索" in names["Curaçao"]
