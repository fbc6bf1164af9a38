"""The fourth alignment set (README.md): its texts and gold hold together. Data checks only: the
set is blind, and the floor test is added once the set has been measured."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Chosen before the first measurement; measured once, at the end.
# The rule: every text whose number is a multiple of 3.
KEPT_ASIDE = ("03_ga_plenary_record_sponsors_a76_l8_2021", "06_wu_haitao_sc_terrorism_statement_2018")


def _gold():
    return json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def _blocks(name, language):
    return [block.strip() for block in (HERE / "texts" / f"{name}.{language}.txt").read_text(encoding="utf-8").split("\n\n")]


def test_every_chinese_paragraph_has_one_gold_entry_in_reading_order():
    for name, entries in _gold().items():
        assert [block[:len(entry["zh"])] for block, entry in zip(_blocks(name, "zh"), entries, strict=True)] == [
            entry["zh"] for entry in entries], name


def test_every_gold_prefix_starts_exactly_one_paragraph():
    for name, entries in _gold().items():
        for language in ("zh", "en"):
            starts = _blocks(name, language)
            for entry in entries:
                if entry[language]:
                    assert sum(block.startswith(entry[language]) for block in starts) == 1, (name, entry[language])


def test_sources_name_every_text_and_the_aside_part_exists():
    sources = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    names = {path.name.split(".")[0] for path in (HERE / "texts").iterdir()}
    assert names == set(sources) == set(_gold()) and set(KEPT_ASIDE) < names


def test_no_text_or_address_of_an_earlier_set():
    earlier = [path for folder in ("alignment", "alignment2", "alignment3") for path in (HERE.parent / folder / "texts").iterdir()]
    addresses = json.dumps([json.loads((HERE.parent / folder / "sources.json").read_text(encoding="utf-8"))
                            for folder in ("alignment", "alignment2", "alignment3")])
    mine = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    for name, source in mine.items():
        assert source["zh"]["url"] not in addresses and source["en"]["url"] not in addresses, name
    for path in (HERE / "texts").iterdir():
        for block in _blocks(*path.name.split(".")[:2]):
            if len(block) > 25:
                # A stock phrase may open or fill a paragraph ("The Security Council", "President of the
                # Security Council"); a copied paragraph shows both its opening and its middle.
                probes = (block[:20], block[max(0, len(block) // 2 - 15):len(block) // 2 + 15])
                assert not any(all(probe in other.read_text(encoding="utf-8") for probe in probes) for other in earlier), (
                    path.name, probes)
