"""Align the paragraphs of two language versions of one document by their printed numbering.

Numbered paragraphs, lettered items, numbered sections, footnotes, the title and the signature
carry the anchor their numbering gives, the same in every language: those pair by anchor, in
order. Between two such landmarks, unnumbered paragraphs pair in order only when both versions
have as many of them; where the counts differ the paragraphs stay unpaired and the pages say so,
rather than guess. Works on (anchor, kind) pairs alone: no database, no text.
"""
import re
from difflib import SequenceMatcher

_UNNUMBERED = re.compile(r"(?:^|-)p\d+(?:-\d+)?$")


def landmark(anchor, kind):
    """The anchor when the document's printed numbering gave it, else None."""
    if (kind == "heading" and not anchor.startswith("sec-")) or _UNNUMBERED.search(anchor):
        return None
    return anchor


def align(left, right):
    """{left anchor: right anchor or None} for two sequences of (anchor, kind) in reading order."""
    marks = [[(index, landmark(*row)) for index, row in enumerate(rows) if landmark(*row)] for rows in (left, right)]
    matcher = SequenceMatcher(None, [m for _, m in marks[0]], [m for _, m in marks[1]], autojunk=False)
    anchors = [
        (marks[0][block.a + k][0], marks[1][block.b + k][0])
        for block in matcher.get_matching_blocks() for k in range(block.size)
    ]
    paired = {}
    previous = (-1, -1)
    for i, j in [*anchors, (len(left), len(right))]:
        between = [[row for row in rows[start + 1:end] if landmark(*row) is None]
                   for rows, start, end in ((left, previous[0], i), (right, previous[1], j))]
        if len(between[0]) == len(between[1]):
            paired.update({a[0]: b[0] for a, b in zip(*between)})
        if i < len(left):
            paired[left[i][0]] = right[j][0]
        previous = (i, j)
    return {anchor: paired.get(anchor) for anchor, _ in left}
