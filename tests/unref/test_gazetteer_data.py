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
        assert set(entry) <= keys | {"context"}, entry["id"]
        for key in ("id", "name_en", "acronym", "source"):
            assert isinstance(entry[key], str), (entry["id"], key)
        for key in ENTRY_LISTS:
            assert isinstance(entry[key], list), (entry["id"], key)
            assert all(isinstance(form, str) and form.strip() == form and form for form in entry[key]), (
                entry["id"], key)
        assert entry["id"] and entry["name_en"] and entry["source"].strip(), entry["id"]
        assert entry["names_zh"] or entry["latin"], entry["id"]


def test_body_kinds_are_known(bodies):
    assert {b["kind"] for b in bodies} <= BODY_KINDS


def test_context_rules_are_well_formed(bodies):
    for body in bodies:
        for rule in body.get("context", []):
            assert set(rule) <= {"forms", "after", "not_before", "topic"}, body["id"]
            assert rule["forms"], body["id"]
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
        assert set(group) == {"id", "en", "forms_zh", "forms_zh_hant", "source"}, group.get("id")
        assert group["id"] and group["en"] and group["source"].strip(), group["id"]
        assert len(group["forms_zh"]) >= 2, group["id"]
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
