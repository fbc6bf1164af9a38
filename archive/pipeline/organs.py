"""Issuing organs, read from fixtures/organs.json: which organ a symbol's prefix belongs to."""
import json
from functools import lru_cache
from pathlib import Path

ORGANS_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "organs.json"


@lru_cache(maxsize=1)
def load_organs():
    """Longest prefix first, so "S/AC.44/" wins over "S/"."""
    organs = json.loads(ORGANS_FILE.read_text(encoding="utf-8"))
    return sorted(organs, key=lambda organ: len(organ["prefix"]), reverse=True)


def organ_for_symbol(symbol):
    for organ in load_organs():
        if symbol.startswith(organ["prefix"]):
            return organ
    return None


@lru_cache(maxsize=1)
def organ_short_names():
    """Names an organ prints alone on a cover page ("安全理事会", "裁军谈判会议", "联合国")."""
    names = {"联合国", "聯合國"}
    for organ in load_organs():
        names.update(organ.get("cover_names", []))
    return frozenset(names)
