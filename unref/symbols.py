"""UN document symbols as printed: "S/2010/52", "CD/2118", "A/74/140", "S/AC.44/SR.74"."""
import re

# A series of capitals (optionally with dots, digits or hyphens) followed by slash-separated parts.
SYMBOL = re.compile(r"(?<![A-Za-z0-9/])[A-Z][A-Z0-9.\-]{0,12}(?:/[A-Za-z0-9.\-]+)+(?![A-Za-z0-9/])")
# A resolution's symbol carries its year on the cover: `S/RES/1518 (2003)`.
_YEAR = re.compile(r"\s?\((\d{4})\)")
_SYMBOL_ONLY = re.compile(rf"^\s*{SYMBOL.pattern}(?:\s?\(\d{{4}}\))?\s*$")


def is_symbol_only(text):
    return bool(_SYMBOL_ONLY.match(text))


def find_symbols(text, resolution_years=False):
    """The symbols in `text`; with `resolution_years` a resolution's keeps the year printed after
    it (`S/RES/1518 (2003)`, the form the archive cites resolutions by), as covers print it."""
    found = []
    for match in SYMBOL.finditer(text):
        symbol = match.group(0).rstrip(".")
        year = _YEAR.match(text, match.end()) if resolution_years and "/RES/" in symbol else None
        found.append(f"{symbol} ({year.group(1)})" if year else symbol)
    return found
