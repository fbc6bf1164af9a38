"""The data checks every alignment set from the second on runs (tests/alignment2/ …): its texts,
gold and sources hold together, and nothing comes from an earlier set."""
import json
from pathlib import Path

from tests.alignment import evaluate


def number(folder: Path) -> int:
    """A set's number: `alignment` is the first, `alignment12` the twelfth."""
    return int(folder.name.removeprefix("alignment") or 1)


def blocks(here: Path, name: str, language: str) -> list[str]:
    return [block.strip() for block in (here / "texts" / f"{name}.{language}.txt").read_text(encoding="utf-8").split("\n\n")]


def gold_holds_together(here: Path, kept_aside: tuple[str, ...]) -> None:
    """One gold entry per Chinese paragraph, in reading order; each gold prefix starts exactly one
    paragraph of its language; the sources name every text; the part kept aside exists."""
    gold = evaluate.gold(here)
    for name, entries in gold.items():
        assert [block[:len(entry["zh"])] for block, entry in zip(blocks(here, name, "zh"), entries, strict=True)] == [
            entry["zh"] for entry in entries], name
        for language in ("zh", "en"):
            starts = blocks(here, name, language)
            for entry in entries:
                if entry[language]:
                    assert sum(block.startswith(entry[language]) for block in starts) == 1, (name, entry[language])
    sources = json.loads((here / "sources.json").read_text(encoding="utf-8"))
    names = {path.name.split(".")[0] for path in (here / "texts").iterdir()}
    assert names == set(sources) == set(gold) and set(kept_aside) < names


def never_used_before(here: Path) -> None:
    """No address of an earlier set (the folders `alignment*` beside `here` with a lower number),
    and no paragraph copied from one."""
    others = [folder for folder in here.parent.glob("alignment*") if number(folder) < number(here)]
    texts = [path.read_text(encoding="utf-8") for folder in others for path in sorted((folder / "texts").iterdir())]
    addresses = json.dumps([json.loads((folder / "sources.json").read_text(encoding="utf-8")) for folder in others])
    for name, source in json.loads((here / "sources.json").read_text(encoding="utf-8")).items():
        assert source["zh"]["url"] not in addresses and source["en"]["url"] not in addresses, name
    for path in (here / "texts").iterdir():
        for block in blocks(here, *path.name.split(".")[:2]):
            if len(block) > 25:
                # A stock phrase may open or fill a paragraph ("The Security Council", "President of the
                # Security Council"); a copied paragraph shows both its opening and its middle.
                probes = (block[:20], block[max(0, len(block) // 2 - 15):len(block) // 2 + 15])
                assert not any(all(probe in other for probe in probes) for other in texts), (
                    path.name, probes)
