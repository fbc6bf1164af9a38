"""How the versions of one UN document relate, read from their symbols alone.

The UN issues changes to a document under the document's own symbol with a suffix:
"S/2006/257/Corr.1" corrects S/2006/257, "S/2006/257/Rev.1" replaces it (its text is then
current, until a Rev.2), "…/Add.1" adds to it and "…/Amend.1" amends it. A suffix may follow a
suffix: "S/2006/257/Rev.1/Corr.1" corrects the first revision. Nothing is stored by hand: the
relations follow from which symbols the archive holds.
"""
import re
from dataclasses import dataclass

SUFFIX = re.compile(r"^(?P<parent>.+)/(?P<kind>Rev|Corr|Add|Amend)\.(?P<number>[0-9]+)$", re.IGNORECASE)
KINDS = {"rev": "revision", "corr": "correction", "add": "addendum", "amend": "amendment"}


@dataclass(frozen=True)
class Versions:
    """Relations of one symbol among the held ones, each tuple in the UN's order (Corr.1, Corr.2 …)."""

    parent: str = ""  # the document this one corrects, revises, adds to or amends
    kind: str = ""  # what this one is to its parent: "revision", "correction", "addendum", "amendment"
    corrected_by: tuple = ()
    revised_by: tuple = ()  # later revisions of the same text
    addenda: tuple = ()
    amended_by: tuple = ()
    current: str = ""  # the latest revision held, when this text is no longer current

    def __bool__(self):
        return bool(self.parent or self.corrected_by or self.revised_by or self.addenda or self.amended_by or self.current)


def suffix(symbol):
    """(parent, kind, number) of "…/Corr.2", or (symbol, "", 0) for a symbol with no version suffix."""
    match = SUFFIX.match(symbol)
    if match is None:
        return symbol, "", 0
    return match["parent"], KINDS[match["kind"].lower()], int(match["number"])


def original(symbol):
    """The symbol with every version suffix removed: "S/2006/257/Rev.1/Corr.1" → "S/2006/257"."""
    parent, kind, _ = suffix(symbol)
    return original(parent) if kind else symbol


def versions(symbol, held):
    """The relations of `symbol` to the other symbols in `held` (the archive's, one language)."""
    if not symbol:
        return Versions()
    parent, kind, number = suffix(symbol)
    children = {name: [] for name in KINDS.values()}
    for other in held:
        other_parent, other_kind, other_number = suffix(other)
        if other_kind and other_parent == symbol:
            children[other_kind].append((other_number, other))
    # Revisions replace the whole text: the original and its revisions are one line of texts.
    lineage = parent if kind == "revision" else symbol
    revisions = sorted(
        (other_number, other) for other in held for other_parent, other_kind, other_number in [suffix(other)]
        if other_kind == "revision" and other_parent == lineage
    )
    own = number if kind == "revision" else 0
    later = tuple(other for other_number, other in revisions if other_number > own)
    return Versions(
        parent=parent if kind else "",
        kind=kind,
        corrected_by=_ordered(children["correction"]),
        revised_by=later,
        addenda=_ordered(children["addendum"]),
        amended_by=_ordered(children["amendment"]),
        current=later[-1] if later else "",
    )


def _ordered(found):
    return tuple(symbol for _, symbol in sorted(found))
