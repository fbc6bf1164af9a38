"""The sanctions regimes (unref/data/sanctions.json): every name, target and resolution says
where it came from, no name belongs to two regimes or to another entry, and every resolution
is one the register holds."""
import json
from pathlib import Path

import pytest

from tests.unref.test_gazetteer_data import fold
from unref import extract_document, load_known_data
from unref.references.extract import _topics

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


def _bodies(paragraphs):
    return [[(ref.target, ref.surface) for ref in refs if ref.type == "body"] for refs in extract_document(paragraphs)]


def test_a_panel_written_generically_is_the_regime_s_in_a_document_naming_that_regime_only():
    assert _bodies(["政府积极配合国际制裁北韩的行动。", "聯合國專家小組所撰擬的報告尚未公布。"]) == [
        [], [("1718 Panel of Experts", "聯合國專家小組")]]
    assert _bodies(["1718委员会审议了报告。", "联合国专家小组提交了最后报告。"])[1] == [("1718 Panel of Experts", "联合国专家小组")]
    assert _bodies(["聯合國專家小組所撰擬的報告尚未公布。"]) == [[]]  # no regime named
    assert _bodies(["伊朗制裁与朝鲜制裁不同。", "联合国专家小组提交了报告。"])[1] == []  # two regimes: no one panel
    # the bare word too, as UN News and the committees' own pages write their panel (sanctions.json, `unnamed_panel`)
    assert _bodies(["1718委员会审议了报告。", "专家小组提交了最后报告。"])[1] == [("1718 Panel of Experts", "专家小组")]
    assert _bodies(["1718委员会审议了报告。", "政府专家小组提交了最后报告。"])[1] == []  # governmental experts: no panel


def test_the_ombudsperson_s_office_in_a_document_on_the_isil_and_al_qaida_regime():
    text = ["会员国提交名字，供委员会列入伊黎伊斯兰国(达伊沙)和基地组织制裁名单。", "特别指出监察员办公室的重要性。"]
    assert _bodies(text)[1] == [("Ombudsperson 1267", "监察员办公室")]
    assert _bodies(["特别指出监察员办公室的重要性。"]) == [[]]


def test_a_panel_is_named_by_its_regime_s_targets_in_the_panel_patterns(data):
    panel = data.body_by_id["1718 Panel of Experts"]
    assert {fold(form) for form in panel["regime_zh"]} >= {"朝鲜问题专家小组", "北韩问题专家小组", "联合国北韩专家小组", "安理会朝鲜专家小组"}
    assert all("panel_patterns" not in source and " | " in source for source in panel["regime_zh_sources"].values())
    assert "对朝问题专家小组" not in panel["regime_zh"]  # 朝 is read only after 对, in its own pattern
    assert {fold(form) for form in data.body_by_id["1929 Panel of Experts"]["regime_zh"]} >= {"伊朗问题专家小组"}
    assert "朝鲜制裁委员会" not in data.body_by_id["1718 Committee"]["regime_zh"]  # listed already, as a variant


def test_a_committee_is_named_by_its_regime_s_targets_in_the_committee_patterns(data):
    assert {fold(form) for form in data.body_by_id["1718 Committee"]["regime_zh"]} >= {"北朝鲜制裁委员会", "朝鲜民主主义人民共和国制裁委员会"}
    assert {fold(form) for form in data.body_by_id["2140 Committee"]["regime_zh"]} >= {"也门制裁委员会", "叶门制裁委员会"}
    assert all(" | " in source for source in data.body_by_id["2206 Committee"]["regime_zh_sources"].values())
    assert _bodies(["安理会一致通过决议,延长协助南苏丹制裁委员会工作的专家小组的任期。"]) == [
        [("Security Council", "安理会"), ("2206 Committee", "南苏丹制裁委员会"), ("2206 Panel of Experts", "专家小组")]]
    assert _bodies(["葉門制裁委員會與索馬里制裁委員會"]) == [
        [("2140 Committee", "葉門制裁委員會"), ("2713 Committee", "索馬里制裁委員會")]]


def test_a_bare_panel_right_after_its_committee_s_name_is_that_committee_s_panel():
    assert _bodies(["朝鲜制裁委员会的专家小组提交了报告。"]) == [
        [("1718 Committee", "朝鲜制裁委员会"), ("1718 Panel of Experts", "专家小组")]]
    assert _bodies(["1540委员会专家组"]) == [[("1540 Group of Experts", "1540委员会专家组")]]  # its own name
    assert _bodies(["反恐委员会的专家组"]) == [[("CTC", "反恐委员会")]]  # a committee with no panel


def test_a_target_restricted_to_its_own_patterns_names_the_committee_in_the_patterns_extending_them(data):
    assert {"对朝制裁委员会", "对朝鲜制裁委员会"} <= set(data.body_by_id["1718 Committee"]["regime_zh"])
    assert not any(form.startswith("对朝问题") for form in data.body_by_id["1718 Panel of Experts"]["regime_zh"])
    assert _bodies(["聯合國對朝制裁委員會將於7月磋商。"]) == [[("1718 Committee", "對朝制裁委員會")]]
    assert _bodies(["阿富汗制裁委員會(Afghanistan Sanctions Committee)"]) == [
        [("1988 Committee", "阿富汗制裁委員會"), ("1988 Committee", "Afghanistan Sanctions Committee")]]


def test_a_regime_s_name_inside_another_s_marks_only_the_longer_one(data):
    """苏丹制裁 inside 南苏丹制裁, 马里制裁 inside 索马里制裁: the document names one regime, so that a
    context rule reading a generic form as that regime's body still applies."""
    assert _topics("安理会决定延长南苏丹制裁。", data) == {"South Sudan sanctions"}
    assert _topics("对索马里制裁的专家小组", data) == {"Somalia and Al-Shabaab sanctions"}
    assert _topics("苏丹制裁与南苏丹制裁不同。", data) == {"Sudan sanctions", "South Sudan sanctions"}
    assert _bodies(["联合国安理会延长对索马里制裁,朝鲜制裁另议。", "联合国专家小组提交了报告。"])[1] == []  # two regimes
    assert _bodies(["朝鲜制裁与索马里制裁", "联合国专家小组提交了报告。"])[1] == []
    assert _bodies(["朝鲜制裁", "联合国专家小组提交了报告。"])[1] == [("1718 Panel of Experts", "联合国专家小组")]


def test_a_committee_named_without_its_target_is_the_regime_s_in_a_document_naming_that_regime_only():
    """A Chinese ministry's notice on resolution 2397: `安理会制裁委` (委 for 委员会) is the 1718
    Committee in a text on the DPRK regime, no one committee where two regimes are named."""
    assert _bodies(["安理会一致通过决议，加强对朝鲜制裁。", "对朝出口原油须经安理会制裁委事先逐案审批。"])[1] == [
        ("1718 Committee", "安理会制裁委")]
    assert _bodies(["葉門制裁延長。", "安理會制裁委員會將審議名單。"])[1] == [("2140 Committee", "安理會制裁委員會")]
    assert _bodies(["安理会制裁委员会将审议名单。"]) == [[("Security Council", "安理会")]]  # no regime named
    assert _bodies(["伊朗制裁与朝鲜制裁不同。", "安理会制裁委员会审议了报告。"])[1] == [("Security Council", "安理会")]
    assert _bodies(["朝鲜制裁委员会的委员"]) == [[("1718 Committee", "朝鲜制裁委员会")]]
    assert _bodies(["安理会延长对马里制裁。", "将联合国安理会制裁委员会专家组工作延长。"])[1] == [
        ("2374 Committee", "联合国安理会制裁委员会"), ("2374 Panel of Experts", "专家组")]  # and its panel after it


def test_a_bare_sanctions_committee_or_panel_is_the_regime_s_in_a_document_naming_that_regime_only():
    """`制裁委员会` and `专家小组` with no name before them, in a text about one regime — named, or
    cited by one of its resolutions (2402 (2018) renewed the Yemen measures) — are that regime's;
    not the relevant or respective ones, nor a group of governmental or other experts."""
    assert _bodies(["安理會第2402號決議決定延長葉門定向制裁機制和專家小組授權。", "專家小組是制裁委工作的重要組成部分。"]) == [
        [("Security Council", "安理會"), ("2140 Panel of Experts", "專家小組")],
        [("2140 Panel of Experts", "專家小組"), ("2140 Committee", "制裁委")]]
    assert _bodies(["南苏丹制裁延长。", "相关制裁委员会和政府专家小组、其他专家小组"])[1] == []
    assert _bodies(["专家小组和制裁委员会"]) == [[]]  # no regime named
    assert _bodies(["南苏丹制裁与苏丹制裁", "专家小组提交了报告。"])[1] == []  # two regimes
