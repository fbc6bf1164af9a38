"""The paragraphs a pinpoint names, as anchors of the resolution's own text.

A pinpoint is the extractor's form (`para. 3 (c)`, `paras. 19 and 23`, `paras. 1 to 6`,
`operative para. 8 (a) (iii)`); an anchor is the archive's (`3-c`, `8-a-iii`: archive/pipeline/
anchors.py). Preambular paragraphs are not numbered in the text, so a preambular pinpoint names
no anchor.
"""
import re
from dataclasses import dataclass

PINPOINT = re.compile(r"(?:(?P<part>operative|preambular) )?paras?\. (?P<paragraphs>.+)")
LABEL = re.compile(r"\d+(?: \([a-z]+\))*")
# `paras. 1 to 6` is each of them; a range longer than any resolution has is a misreading.
LONGEST_RANGE = 100
# What a reader types to narrow a list to one paragraph: `3`, `3(c)`, `3 (c)`, `3-c`, `8(a)(iii)`.
TYPED = re.compile(r"(\d{1,3})((?:\([a-z]{1,5}\)|-[a-z]{1,5})*)")


@dataclass(frozen=True)
class NamedParagraph:
    number: int   # the operative paragraph: 3 for `3 (c)`
    anchor: str   # `3-c`


def pinpoint_items(pinpoint: str | None) -> tuple[str | None, list[tuple[str, str | None]]] | None:
    """(part, items) of a pinpoint: `paras. 2, 3 and 6 to 13` → (None, [("2", None), ("3", None),
    ("6", "13")]), a range as (first, last); None when it is not one."""
    match = PINPOINT.fullmatch(pinpoint or "")
    if match is None:
        return None
    items = []
    for item in re.split(r", | and ", match["paragraphs"]):
        first, _, last = item.partition(" to ")
        if not LABEL.fullmatch(first) or (last and not LABEL.fullmatch(last)):
            return None
        items.append((first, last or None))
    return match["part"], items


def named_paragraphs(pinpoint: str | None) -> list[NamedParagraph]:
    """Every paragraph `pinpoint` names, in order, once each."""
    read = pinpoint_items(pinpoint)
    if read is None or read[0] == "preambular":
        return []
    labels = []
    for first, last in read[1]:
        if last and first.isdigit() and last.isdigit() and int(first) < int(last) <= int(first) + LONGEST_RANGE:
            labels += [str(number) for number in range(int(first), int(last) + 1)]
        else:
            labels += [first, last] if last else [first]
    anchors = dict.fromkeys(label_anchor(label) for label in labels)
    return [NamedParagraph(int(anchor.split("-")[0]), anchor) for anchor in anchors]


def label_anchor(label: str) -> str:
    """`3 (c) (iii)` → `3-c-iii`."""
    return "-".join(re.findall(r"\d+|[a-z]+", label))


def typed_anchor(text: str) -> str | None:
    """The anchor a reader means by `3(c)`, `3 (c)` or `3-c`; None when it names no paragraph."""
    match = TYPED.fullmatch(re.sub(r"\s+", "", text or "").lower())
    return label_anchor(f"{match[1]} {match[2]}") if match else None


def within(anchor: str, narrowed_to: str) -> bool:
    """Is `anchor` the paragraph `narrowed_to` or one of its sub-paragraphs (`3-c` within `3`)?"""
    return anchor == narrowed_to or anchor.startswith(f"{narrowed_to}-")
