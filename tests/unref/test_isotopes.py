"""Isotopes however texts print them (unref.isotopes), from the elements' table (elements.json)."""
import json

from unref import isotopes
from unref.knowledge import DATA, load_elements


def test_the_table_holds_every_element_once_with_its_sources():
    data = json.loads((DATA / "elements.json").read_text(encoding="utf-8"))
    elements = load_elements()
    assert [e["number"] for e in elements] == list(range(1, 119))
    assert len({e["symbol"] for e in elements}) == len({e["zh"] for e in elements}) == 118
    assert {e["symbol"]: e["zh"] for e in elements if e["number"] in (27, 55, 92)} == {"Co": "钴", "Cs": "铯", "U": "铀"}
    assert next(e for e in elements if e["symbol"] == "Lu")["regional"] == {"zh-tw": "鎦", "zh-hk": "鑥"}
    assert set(data["about"]["sources"]) == {"table", "cgroup/Chemistry"}
    assert all(len(source["commit"]) == 40 for source in data["about"]["sources"].values())


def test_an_isotope_by_its_symbol_or_its_character():
    assert isotopes.writings("cs-137") == isotopes.writings("铯137") == ("铯137", "铯-137", "cs-137", "cs137")
    assert isotopes.writings("co60") == ("钴60", "钴-60", "co-60", "co60")
    assert isotopes.writings("tc-99m") == isotopes.writings("锝-99m") == ("锝99m", "锝-99m", "tc-99m", "tc99m")


def test_each_region_s_character_for_an_element():
    """Lutetium is 镥 on the mainland and 鎦 in Taiwan (folded 镏, another character)."""
    assert isotopes.writings("镏177") == isotopes.writings("lu-177") == \
        ("镥177", "镥-177", "镏177", "镏-177", "lu-177", "lu177")


def test_no_isotope_where_the_mass_number_cannot_be_one():
    assert [isotopes.writings(token) for token in ("k-2", "p4", "c-130", "g7", "m23", "第154")] == [None] * 6
    assert isotopes.writings("u-235")[0] == "铀235"
    # aircraft and warheads written like isotopes, and a leading zero: no isotope of interest
    assert [isotopes.writings(token) for token in ("f-16", "w88", "sr-71", "co-060")] == [None] * 4
    assert isotopes.writings("f-18") == ("氟18", "氟-18", "f-18", "f18")  # fluorine-18, of PET scans
    assert isotopes.writings("铀2") == ("铀2", "铀-2")  # read only as printed, with no symbol


def test_a_character_no_element_is_still_read_in_both_spellings():
    assert isotopes.writings("歼-10") == ("歼10", "歼-10")
