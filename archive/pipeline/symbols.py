"""UN document symbols as printed: "S/2010/52", "CD/2118", "A/74/140", "S/AC.44/SR.74"."""
import re

# A series of capitals (optionally with dots, digits or hyphens) followed by slash-separated parts.
SYMBOL = re.compile(r"(?<![A-Za-z0-9/])[A-Z][A-Z0-9.\-]{0,12}(?:/[A-Za-z0-9.\-]+)+(?![A-Za-z0-9/])")
_SYMBOL_ONLY = re.compile(rf"^\s*{SYMBOL.pattern}\s*$")


def is_symbol_only(text):
    return bool(_SYMBOL_ONLY.match(text))


def find_symbols(text):
    return [match.group(0).rstrip(".") for match in SYMBOL.finditer(text)]
