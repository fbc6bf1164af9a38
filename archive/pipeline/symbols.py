"""UN document symbols as printed: "S/2010/52", "CD/2118", "A/74/140", "S/AC.44/SR.74".

The grammar is what a symbol may be anywhere in the archive (detected in a text or typed in a
sidecar): it becomes part of a URL, so it can never hold an empty, "." or ".." segment.
"""
import re

from .limits import SYMBOL as SYMBOL_LENGTH

# A series of capitals (optionally with dots, digits or hyphens) followed by slash-separated parts.
SYMBOL = re.compile(r"(?<![A-Za-z0-9/])[A-Z][A-Z0-9.\-]{0,12}(?:/[A-Za-z0-9.\-]+)+(?![A-Za-z0-9/])")
_SYMBOL_ONLY = re.compile(rf"^\s*{SYMBOL.pattern}\s*$")
# Series "S", "CD", "E"; parts "2010", "AC.44", "SR.74", "Add.1", "(02)"; a resolution's "1540 (2004)".
_GRAMMAR = re.compile(
    r"[A-Z][A-Z0-9]*(?:[.\-][A-Z0-9]+)*"
    r"(?:/(?:[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*|\([0-9]+\)))+"
    r"(?: \([0-9]{4}\))?"
)


def is_valid_symbol(text):
    return len(text) <= SYMBOL_LENGTH and bool(_GRAMMAR.fullmatch(text))


def is_symbol_only(text):
    return bool(_SYMBOL_ONLY.match(text))


def find_symbols(text):
    found = (match.group(0).rstrip(".") for match in SYMBOL.finditer(text))
    return [symbol for symbol in found if is_valid_symbol(symbol)]
