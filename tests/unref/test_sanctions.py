"""The sanctions regimes (unref/data/sanctions.json): every name, target and resolution says
where it came from, no name belongs to two regimes or to another entry, and every resolution
is one the register holds."""
import json
from pathlib import Path

import pytest

from tests.unref.test_gazetteer_data import fold
from unref import load_known_data

DATA = Path(__file__).resolve().parents[2] / "unref" / "data"


@pytest.fixture(scope="module")
def sanctions():
    return json.loads((DATA / "sanctions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data():
    return load_known_data()


def test_every_pattern_target_and_resolution_has_a_source(sanctions):
    assert all(row["source"].strip() and "{target}" in row["pattern"] for row in sanctions["patterns"])
    patterns = {row["pattern"] for row in sanctions["patterns"]}
    for regime in sanctions["regimes"]:
        assert regime["targets"] and regime["resolutions"], regime["id"]
        for target in regime["targets"]:
            assert target["source"].strip() and ("state" in target) != ("name" in target), target
            assert set(target.get("patterns", [])) <= patterns, target
        for row in regime["resolutions"]:
            assert row["number"].isdigit() and row["source"].strip(), row


def test_every_name_written_out_has_a_source_and_says_sanctions(data):
    for regime in data.regimes:
        assert regime["names"], regime["id"]
        for row in regime["names"]:
            assert row["source"].strip() and "制裁" in row["form"], row


def test_a_state_name_alone_names_no_regime(data):
    states = {fold(name) for state in data.states for name in state["names"]}
    assert not states & {fold(row["form"]) for regime in data.regimes for row in regime["names"]}


def test_no_name_belongs_to_two_regimes_or_to_another_entry(data):
    owners = {}
    for regime in data.regimes:
        for row in regime["names"]:
            assert owners.setdefault(fold(row["form"]), regime["id"]) == regime["id"], row["form"]
    others = {fold(form) for entry in data.bodies + data.treaties for key in ("names_zh", "short_zh", "names_zh_hant",
                                                                               "former_zh", "variants_zh")
              for form in entry.get(key) or []}
    others |= {fold(form) for group in data.thesaurus for form in group["forms_zh"] + group["forms_zh_hant"]}
    assert not set(owners) & others


def test_resolutions_are_in_the_register_once_and_never_the_field_s_own(sanctions, data):
    seen = {}
    for regime in sanctions["regimes"]:
        for row in regime["resolutions"]:
            assert row["number"] in data.register, row
            assert seen.setdefault(row["number"], regime["id"]) == regime["id"], row
    assert not {"1540", "1673", "1810", "1887", "1977", "2325", "2663"} & set(seen)


def test_bodies_are_gazetteer_entries_and_each_runs_one_regime(sanctions, data):
    bodies = [body for regime in sanctions["regimes"] for body in regime["bodies"]]
    assert all(body in data.body_by_id for body in bodies) and len(bodies) == len(set(bodies))


def test_the_loader_writes_resolutions_as_register_symbols(data):
    dprk = next(regime for regime in data.regimes if regime["id"] == "DPRK sanctions")
    assert dprk["resolutions"][:2] == ["S/RES/1718 (2006)", "S/RES/1874 (2009)"]
    assert "S/RES/2375 (2017)" in dprk["resolutions"] and dprk["bodies"] == ["1718 Committee", "1718 Panel of Experts"]
    assert {"北韓制裁", "朝鲜制裁", "制裁朝鲜", "对朝制裁"} <= {row["form"] for row in dprk["names"]}
