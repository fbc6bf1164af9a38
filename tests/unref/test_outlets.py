"""The news outlets a document's organ may name (unref/data/outlets.json): kept by hand from list
pages, each outlet with the pages that print its names."""
import json
import re
from pathlib import Path

from unref import load_outlets

OUTLETS = json.loads((Path(__file__).resolve().parents[2] / "unref" / "data" / "outlets.json").read_text(encoding="utf-8"))


def test_every_outlet_has_a_region_a_kind_and_the_pages_printing_its_names():
    for outlet in OUTLETS:
        assert outlet["region"] in {"hongkong", "macao", "taiwan", "mainland", "overseas"}, outlet["id"]
        assert outlet["kind"] in {"newspaper", "tv", "radio", "agency", "online"}, outlet["id"]
        assert re.search(r"https?://\S+ \(.+\)", outlet["source"]), outlet["id"]
        assert outlet["names"] or outlet["latin"], outlet["id"]


def test_a_short_name_that_is_an_everyday_word_is_left_out_and_says_so():
    """`東方`, `港台`, `頭條` are words a query types for themselves: never an outlet's name here."""
    left_out = {name for outlet in OUTLETS for name in outlet.get("left_out", [])}
    assert {"東方", "港台", "頭條", "澎湃"} <= left_out
    assert not left_out & {name for outlet in OUTLETS for name in outlet["names"]}


def test_the_loader_gives_each_outlet_its_names_and_english_names():
    loaded = load_outlets()
    assert len(loaded) == len(OUTLETS)
    assert any({"自由時報", "Liberty Times"} <= set(names) for names in loaded)
    assert any({"中央通訊社", "中央社", "Central News Agency"} <= set(names) for names in loaded)
