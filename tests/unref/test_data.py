"""The data files: well formed, the register whole and in order, every form reaching one entry."""
import csv
import json

import pytest

from unref.knowledge import CHINESE_FORMS, DATA, KnownData, forms_of, load_known_data
from unref.normalise import fold


@pytest.fixture(scope="module")
def register_file():
    return json.loads((DATA / "resolutions.json").read_text(encoding="utf-8"))


def test_known_resolutions_include_the_1540_family():
    data = load_known_data()
    for number, year in [("1540", "2004"), ("1673", "2006"), ("1810", "2008"), ("1887", "2009"),
                         ("1977", "2011"), ("2055", "2012"), ("2325", "2016"), ("2572", "2021"),
                         ("2663", "2022")]:
        assert data.sc_years[number] == year
    for symbol in ["A/RES/73/55", "A/RES/65/276", "A/RES/71/67", "A/DEC/72/513"]:
        assert symbol in data.resolution_by_symbol


def test_the_register_states_its_sources(register_file):
    about = register_file["about"]
    assert about["complete_through"] >= 2725
    for source in about["sources"]:
        assert source["source"] and source["retrieved"] and source["what"]


def test_the_register_numbers_every_resolution_without_a_gap(register_file):
    numbers = [r["number"] for r in register_file["security_council"]]
    assert numbers == sorted(set(numbers))
    through = register_file["about"]["complete_through"]
    assert numbers[:through] == list(range(1, through + 1))


def test_years_never_go_backwards_and_dates_match_years(register_file):
    council = register_file["security_council"]
    assert council[0]["year"] == 1946
    for before, after in zip(council, council[1:]):
        assert before["year"] <= after["year"], after["number"]
        if before["adopted"] and after["adopted"]:
            assert before["adopted"] <= after["adopted"], after["number"]
    for record in council:
        assert not record["adopted"] or record["adopted"][:4] == str(record["year"]), record


def test_every_resolution_read_from_a_page_names_its_page(register_file):
    by_number = {r["number"]: r for r in register_file["security_council"]}
    with (DATA / "register_pages.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    [pages] = [s["pages"] for s in register_file["about"]["sources"] if "pages" in s]
    assert sorted(pages, key=int) == [row["Number"] for row in rows]
    for row in rows:
        record = by_number[int(row["Number"])]
        assert (record["year"], record["adopted"]) == (int(row["Year"]), row["Adopted"])
        assert pages[row["Number"]] == row["Source"] and row["Source"].startswith("http")


def test_well_known_years_agree_with_what_everyone_cites():
    years = load_known_data().sc_years
    assert [years[n] for n in ["1", "242", "598", "1267", "1373", "1540", "1718", "2231", "2325", "2663"]] == [
        "1946", "1967", "1987", "1999", "2001", "2004", "2006", "2015", "2016", "2022"]


def test_resolution_records_have_every_field():
    fields = {"symbol", "number", "year", "organ", "adopted", "title_zh", "title_en"}
    for record in load_known_data().resolutions:
        assert set(record) == fields, record["symbol"]
    assert load_known_data().resolution_by_symbol["S/RES/1540 (2004)"]["adopted"] == "2004-04-28"


def test_bodies_have_unique_ids_and_known_kinds():
    bodies = json.loads((DATA / "bodies.json").read_text(encoding="utf-8"))
    ids = [b["id"] for b in bodies]
    assert len(ids) == len(set(ids))
    kinds = {"un_organ", "un_body", "organisation", "regime", "institute", "company"}
    assert {b["kind"] for b in bodies} <= kinds


# Hong Kong forms OpenCC's t2s keeps as they are; the gazetteer lists the forms using them.
_KEPT_BY_OPENCC = str.maketrans({"衞": "卫", "敍": "叙"})


def test_every_traditional_form_folds_to_a_simplified_form_of_the_same_body():
    for body in json.loads((DATA / "bodies.json").read_text(encoding="utf-8")):
        simplified = {fold(n) for n in forms_of(body, ("names_zh", "short_zh", "former_zh", "variants_zh"))}
        for name in body.get("names_zh_hant", []):
            assert fold(name).translate(_KEPT_BY_OPENCC) in simplified, (body["id"], name)


def test_no_form_names_two_bodies_unless_each_reads_it_only_after_its_whole_s_name():
    seen = {}
    for body in load_known_data().bodies:
        after_whole = {fold(form) for rule in body.get("context", []) if "before" in rule for form in rule["forms"]}
        for name in forms_of(body):
            first, guarded = seen.setdefault(fold(name), (body["id"], fold(name) in after_whole))
            assert first == body["id"] or (guarded and fold(name) in after_whole), name


def test_thesaurus_groups_are_well_formed_and_reach_the_dictionary():
    data = load_known_data()
    ids = [group["id"] for group in data.thesaurus]
    assert len(ids) == len(set(ids)) and ids
    words = set(data.dictionary_words())
    for group in data.thesaurus:
        assert (len(group["forms_zh"]) >= 2 or group.get("acronym")) and group["source"]
        assert {fold(f) for f in group["forms_zh_hant"]} <= {fold(f) for f in group["forms_zh"]}
        assert set(group["forms_zh"]) <= words
    assert {"大规模毁灭性武器", "大规模杀伤性武器"} <= words


def test_dictionary_words_hold_every_chinese_form_of_bodies_and_treaties():
    data = load_known_data()
    words = set(data.dictionary_words())
    for entry in data.bodies + data.treaties:
        assert set(forms_of(entry, CHINESE_FORMS)) <= words, entry["id"]


def test_the_regional_forms_are_merged_into_their_entries():
    data = load_known_data()
    assert "飛彈技術控制制度" in data.body_by_id["MTCR"]["regional_zh"]
    assert data.body_forms[fold("飛彈技術控制制度")].body == "MTCR"
    assert data.treaty_by_title[fold("禁止核子武器條約")] == "TPNW"
    assert "北韓" in next(s["names"] for s in data.states if s["id"] == "DPRK")
    assert {"飛彈技術控制制度", "北韓"} <= set(data.dictionary_words())


def test_a_folder_without_regional_forms_loads_as_before(tmp_path):
    (tmp_path / "bodies.json").write_text((DATA / "bodies.json").read_text(encoding="utf-8"), encoding="utf-8")
    data = KnownData.from_folder(tmp_path)
    assert "regional_zh" not in data.body_by_id["1718 Committee"] and data.states == []
