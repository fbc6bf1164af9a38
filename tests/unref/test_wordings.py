"""Everyday words the regions write apart (wordings.json, built by unref/data/build_wordings.py
from MediaWiki's conversion tables, OpenCC's Taiwan phrases and zh.wikipedia's conversion groups):
every wording cites its table line or rule, holds two forms that differ once folded, and leaves
the entries', States' and places' forms to them."""
import json
import re
from pathlib import Path

from tests.unref.test_gazetteer_data import ENTRY_LISTS, fold
from unref import load_wordings

DATA = Path(__file__).resolve().parents[2] / "unref" / "data"
CITATION = r"^(mediawiki ZH_TO_(TW|HK|CN) line \d+|opencc/TWPhrases\.txt line \d+|cgroup/.+ #\d+)$"


def _read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_every_wording_cites_its_sources_and_has_two_forms():
    wordings = _read("wordings.json")
    sources = wordings["about"]["sources"]
    assert {"mediawiki", "opencc/TWPhrases.txt"} <= set(sources)
    assert all(len(source["commit"]) == 40 for source in sources.values())
    assert len(wordings["wordings"]) > 4000
    for wording in wordings["wordings"]:
        folded = {fold(name["form"]) for name in wording["names"]}
        assert len(folded) >= 2 and all(len(form) >= 2 for form in folded), wording
        assert wording["by"] and all(re.match(CITATION, cite) for cite in wording["by"]), wording
        cited = {cite.rsplit(" #", 1)[0] if cite.startswith("cgroup/") else cite.split(" ")[0] for cite in wording["by"]}
        assert cited <= set(sources), wording


def test_no_form_is_an_entry_s_a_state_s_or_a_place_s():
    owned = set()
    for kind in ("bodies", "treaties"):
        owned |= {fold(form) for entry in _read(f"{kind}.json") for key in ENTRY_LISTS for form in entry[key]}
    owned |= {fold(form) for group in _read("thesaurus.json") for form in group["forms_zh"] + group["forms_zh_hant"]}
    owned |= {fold(name["form"]) for state in _read("regional.json")["states"] for name in state["names"]}
    owned |= {fold(name["form"]) for place in _read("places.json")["places"] for name in place["names"]}
    forms = {fold(name["form"]) for wording in _read("wordings.json")["wordings"] for name in wording["names"]}
    assert forms & owned == set()


def test_a_word_across_regions():
    wordings = load_wordings()
    assert ["集装箱", "貨櫃", "货柜"] in wordings
    assert any({"软件", "軟體"} <= set(forms) for forms in wordings)
