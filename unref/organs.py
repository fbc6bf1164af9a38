"""Issuing organs (data/organs.json): which organ a symbol's prefix belongs to."""
from functools import lru_cache

from .knowledge import load_known_data


@lru_cache(maxsize=1)
def load_organs():
    """Longest prefix first, so "S/AC.44/" wins over "S/"."""
    return sorted(load_known_data().organs, key=lambda organ: len(organ["prefix"]), reverse=True)


def organ_for_symbol(symbol):
    for organ in load_organs():
        if symbol.startswith(organ["prefix"]):
            return organ
    return None


@lru_cache(maxsize=1)
def organ_short_names():
    """Names an organ prints alone on a cover page ("安全理事会", "裁军谈判会议", "联合国"), and
    the English cover's ("Security Council", "United Nations")."""
    names = {"联合国", "聯合國", "United Nations"}
    for organ in load_organs():
        names.update(organ.get("cover_names", []))
        if organ.get("cover_names"):
            names.add(organ["en"])
    return frozenset(names)
