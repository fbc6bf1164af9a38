"""What a UN document symbol may be anywhere in the archive, detected in a text or typed in a
sidecar or the admin: "S/2010/52", "CD/2118", "S/AC.44/SR.74", "S/RES/1540 (2004)". A symbol
becomes part of a URL, so it never holds an empty, "." or ".." part, and its length is bounded."""
import re

LONGEST_SYMBOL = 100  # characters; long enough for any symbol the UN has issued

# Series "S", "CD", "E"; parts "2010", "AC.44", "SR.74", "Add.1", "(02)"; a resolution's "1540 (2004)".
_GRAMMAR = re.compile(
    r"[A-Z][A-Z0-9]*(?:[.\-][A-Z0-9]+)*"
    r"(?:/(?:[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*|\([0-9]+\)))+"
    r"(?: \([0-9]{4}\))?"
)


def is_valid_symbol(text):
    return len(text) <= LONGEST_SYMBOL and bool(_GRAMMAR.fullmatch(text))
