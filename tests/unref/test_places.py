"""Places other than States (places.json, built by unref/data/build_places.py from zh.wikipedia's
conversion groups of place names): every name cites its rule, none names two places, a State or an
entry, and search reads a region's name as the others'."""
import json
from collections import defaultdict
from pathlib import Path

from tests.unref.test_gazetteer_data import ENTRY_LISTS, fold
from unref import load_known_data

DATA = Path(__file__).resolve().parents[2] / "unref" / "data"


def _read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_every_place_cites_its_rule_and_has_two_names():
    places = _read("places.json")
    sources = places["about"]["sources"]
    assert {"cgroup/地名", "cgroup/UA toponyms", "cgroup/IR Places"} <= set(sources)
    assert all(len(about["commit"]) == 40 for about in sources.values())
    for place in places["places"]:
        assert place["id"] and len({fold(name["form"]) for name in place["names"]}) >= 2, place["id"]
        cite = place["by"]
        assert cite["source"] in sources and cite["rule"].startswith(f"Module:CGroup/{cite['source'][7:]} #"), place
        assert all(len(fold(name["form"])) >= 2 and name["regions"] for name in place["names"]), place


def test_no_name_names_two_places_a_state_or_an_entry():
    regional = _read("regional.json")
    owners = defaultdict(set)
    for kind in ("bodies", "treaties"):
        for entry in _read(f"{kind}.json"):
            for form in (f for key in ENTRY_LISTS for f in entry[key]):
                owners[fold(form)].add(f"{kind}:{entry['id']}")
    for group in _read("thesaurus.json"):
        for form in group["forms_zh"] + group["forms_zh_hant"]:
            owners[fold(form)].add(f"thesaurus:{group['id']}")
    for state in regional["states"]:
        for name in state["names"]:
            owners[fold(name["form"])].add(f"state:{state['id']}")
    for place in _read("places.json")["places"]:
        for folded in {fold(name["form"]) for name in place["names"]}:
            owners[folded].add(f"place:{place['id']}")
    shared = {form: sorted(who) for form, who in owners.items()
              if any(w.startswith("place:") for w in who) and len(who) > 1}
    assert shared == {}


def test_a_place_s_names_across_regions():
    darfur = next(place for place in load_known_data().places if place["id"] == "Darfur")
    assert {"达尔富尔", "達爾富爾", "達佛"} <= set(darfur["names"])


def test_a_country_s_own_group_names_its_towns_and_sites():
    """Ukraine's and Iran's groups of place names, beside the general one: the nuclear plant's
    town and Tabriz as Taiwan writes them."""
    known = {place["id"]: set(place["names"]) for place in load_known_data().places}
    assert {"扎波罗热", "札波羅熱"} <= known["Zaporizhzhia"]
    assert {"大不里士", "大布里士"} <= known["Tabriz"]


def test_the_states_a_text_names_in_either_language_and_any_region_s_names():
    from unref import states_named

    assert states_named("叙利亚、也门,非洲的中非共和国、马里") == states_named(
        "Syria and Yemen, the Central African Republic and Mali") == {"Syria", "Yemen", "Central African Republic", "Mali"}
    assert states_named("葉門與索馬利亞") == {"Yemen", "Somalia"}  # Taiwan's names; 馬利 inside 索馬利亞 is not Mali
    assert states_named("Papua New Guinea and Nigeria") == {"Papua New Guinea", "Nigeria"}
    assert states_named("安理会召开公开会议237次") == frozenset()
