"""The second alignment set (README.md): its texts and gold hold together, and alignment keeps
the floor measured on it without pairing a wrong paragraph."""
import json
from pathlib import Path

import pytest

from tests.alignment import evaluate

HERE = Path(__file__).resolve().parent
# Chosen before the first measurement; measured once, at the end.
KEPT_ASIDE = ("01_sres368_unef", "05_sg_message_nuclear_elimination_day_2016")


def _blocks(name, language):
    return [block.strip() for block in (HERE / "texts" / f"{name}.{language}.txt").read_text(encoding="utf-8").split("\n\n")]


def test_every_chinese_paragraph_has_one_gold_entry_in_reading_order():
    for name, entries in evaluate.gold(HERE).items():
        assert [block[:len(entry["zh"])] for block, entry in zip(_blocks(name, "zh"), entries, strict=True)] == [
            entry["zh"] for entry in entries], name


def test_every_gold_prefix_starts_exactly_one_paragraph():
    for name, entries in evaluate.gold(HERE).items():
        for language in ("zh", "en"):
            starts = _blocks(name, language)
            for entry in entries:
                if entry[language]:
                    assert sum(block.startswith(entry[language]) for block in starts) == 1, (name, entry[language])


def test_sources_name_every_text_and_the_aside_part_exists():
    sources = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    names = {path.name.split(".")[0] for path in (HERE / "texts").iterdir()}
    assert names == set(sources) == set(evaluate.gold(HERE)) and set(KEPT_ASIDE) < names


# Paired as read, per part (README.md): working measured after the fixes, aside once at the end.
FLOORS = {"working": 23, "aside": 11}


@pytest.mark.parametrize("part", FLOORS)
def test_alignment_holds_its_floor_and_pairs_no_wrong_paragraph(part):
    evaluate.holds_floor(part, FLOORS[part], KEPT_ASIDE, HERE)
