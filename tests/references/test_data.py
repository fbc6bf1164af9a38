"""The curated data files: well formed, and every traditional form reaches its body."""
import json

from archive.references.data import FIXTURES, load_known_data
from archive.references.normalise import fold


def test_known_resolutions_include_the_1540_family():
    data = load_known_data()
    for number, year in [("1540", "2004"), ("1673", "2006"), ("1810", "2008"), ("1887", "2009"),
                         ("1977", "2011"), ("2055", "2012"), ("2325", "2016"), ("2572", "2021"),
                         ("2663", "2022")]:
        assert data.sc_years[number] == year
    for symbol in ["A/RES/73/55", "A/RES/65/276", "A/RES/71/67", "A/DEC/72/513"]:
        assert symbol in data.resolution_by_symbol


def test_resolution_records_have_every_field():
    fields = {"symbol", "number", "year", "organ", "adopted", "title_zh", "title_en"}
    for record in json.loads((FIXTURES / "resolutions.json").read_text(encoding="utf-8")):
        assert set(record) == fields, record["symbol"]


def test_bodies_have_unique_ids_and_known_kinds():
    bodies = json.loads((FIXTURES / "bodies.json").read_text(encoding="utf-8"))
    ids = [b["id"] for b in bodies]
    assert len(ids) == len(set(ids))
    kinds = {"un_organ", "un_body", "organisation", "regime", "institute", "company"}
    assert {b["kind"] for b in bodies} <= kinds


def test_every_traditional_form_folds_to_a_simplified_form_of_the_same_body():
    for body in json.loads((FIXTURES / "bodies.json").read_text(encoding="utf-8")):
        simplified = {fold(n) for n in body.get("names_zh", []) + body.get("short_zh", [])}
        for name in body.get("names_zh_hant", []):
            assert fold(name) in simplified, (body["id"], name)


def test_no_form_names_two_bodies():
    seen = {}
    for body in load_known_data().bodies:
        for name in body.get("names_zh", []) + body.get("short_zh", []) + body.get("latin", []):
            assert seen.setdefault(fold(name), body["id"]) == body["id"], name
