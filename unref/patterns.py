"""Regular expressions built from data: many literal forms in one matcher."""
from __future__ import annotations

import re


def longest_of(forms) -> str:
    """A pattern matching, at each position, the longest of `forms` found there, as an alternation
    of them longest first does, written as a trie (`安理会(?:制裁委员会)?`): Python's engine then
    follows one branch per character instead of trying every form that shares a first character
    (figures in docs/benchmarks.md)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
