"""Score paragraph alignment against the gold written by reading (tests/alignment/README.md).

Each gold entry is a Chinese paragraph (by the start of its text) and the English paragraph a
reader pairs it with, or none. The archive's pipeline splits both texts and pairs them
(archive.alignment); an entry counts as right when the archive pairs the paragraph the gold
names, or leaves it unpaired where the gold has none. Pairing the wrong paragraph is the error
that matters most (a reader is shown the wrong text): it is counted apart.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Kept aside, untouched until the end: measured once, after the fixes made on the others.
KEPT_ASIDE = ("03_sres620_chemical_weapons", "06_sgsm20550_tpnw_message")


@dataclass
class Score:
    right: int = 0
    total: int = 0
    wrong_pair: list = field(default_factory=list)  # (zh, paired en, gold en)
    missed: list = field(default_factory=list)  # paragraphs left unpaired, or not split as read


def _compact(text):
    return re.sub(r"\s+", "", text)


def _find(paragraphs, prefix):
    """The one paragraph opening with the gold's prefix; a prefix opening with a list dash (`- “安全理事会…`,
    as zh.wikisource prints a statement's paragraphs) also names the paragraph without it, since the
    archive reads a line-opening `- ` as a converter's mark of a paragraph start, not as text."""
    wanted = _compact(prefix)
    found = [p for p in paragraphs if _compact(f"{p.label}{p.text}").startswith(wanted)]
    if not found and prefix.startswith("- "):
        return _find(paragraphs, prefix[2:])
    return found[0] if len(found) == 1 else None


def parse(name, language, here=HERE):
    from archive.pipeline import parse_text

    symbol = json.loads((here / "sources.json").read_text(encoding="utf-8"))[name].get("symbol") or ""
    sidecar = {"symbol": symbol} if re.fullmatch(r"[AS]/RES/[\w/ ()]+", symbol) else None
    path = here / "texts" / f"{name}.{language}.txt"
    return parse_text(path.read_text(encoding="utf-8"), path.name, sidecar=sidecar)


def score(name, entries, here=HERE):
    """A version the archive refuses to import pairs nothing: every entry is missed."""
    from archive.alignment import align
    from archive.pipeline.reading import UnreadableFile

    try:
        zh, en = parse(name, "zh", here), parse(name, "en", here)
    except UnreadableFile as refused:
        return Score(total=len(entries), missed=[(entry["zh"], entry["en"], f"refused: {refused}") for entry in entries])
    pairs = align(*([(p.anchor, p.kind, p.label, p.text) for p in parsed.paragraphs] for parsed in (zh, en)))
    by_anchor = {p.anchor: p for p in en.paragraphs}
    result = Score(total=len(entries))
    for entry in entries:
        chinese = _find(zh.paragraphs, entry["zh"])
        paired = [by_anchor[anchor] for anchor in pairs[chinese.anchor]] if chinese else []
        wanted = _find(en.paragraphs, entry["en"]) if entry["en"] else None
        if chinese is not None and paired == ([wanted] if wanted else []) and (wanted is not None or entry["en"] is None):
            result.right += 1
        elif paired:  # several where the gold names one (or none) is wrong too: the page shows them all
            result.wrong_pair.append((entry["zh"], " + ".join(p.text[:30] for p in paired), entry["en"]))
        else:
            result.missed.append((entry["zh"], entry["en"], "not split as read" if chinese is None else "unpaired"))
    return result


def gold(here=HERE):
    return json.loads((here / "gold.json").read_text(encoding="utf-8"))


def scores(names=None, here=HERE):
    """Scores per text of the set in folder `here` (tests/alignment/ or a later set in its format)."""
    return {name: score(name, entries, here) for name, entries in gold(here).items() if names is None or name in names}


def total(found):
    right = sum(s.right for s in found.values())
    count = sum(s.total for s in found.values())
    wrong = sum(len(s.wrong_pair) for s in found.values())
    return right, count, wrong


def holds_floor(part, floor, kept_aside=KEPT_ASIDE, here=HERE, wrong_at_most=0):
    """A set's part ("working" or "aside") pairs at least `floor` as read and no wrong paragraph
    (or no more than the `wrong_at_most` measured on a part kept aside)."""
    names = [name for name in gold(here) if (name in kept_aside) == (part == "aside")]
    found = scores(names, here)
    right, _, wrong = total(found)
    assert wrong <= wrong_at_most, {name: score.wrong_pair for name, score in found.items() if score.wrong_pair}
    assert right >= floor, {name: score.missed for name, score in found.items()}
