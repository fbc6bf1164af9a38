"""Small helpers shared by the reference tests (plain functions, no Django)."""
from unref import extract_references


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `surface` in `text`, found independently of the code."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def found(text: str, kind: str | None = None, **kwargs) -> list[tuple]:
    """(type, target, surface, start, end, pinpoint) for each reference, checking offsets."""
    out = []
    for ref in extract_references(text, **kwargs):
        assert text[ref.start:ref.end] == ref.surface
        if kind is None or ref.type == kind:
            out.append((ref.type, ref.target, ref.surface, ref.start, ref.end, ref.pinpoint))
    return out


def targets(text: str, kind: str, **kwargs) -> list[str | None]:
    return [ref.target for ref in extract_references(text, **kwargs) if ref.type == kind]


def fixture_paragraphs(name: str) -> tuple[list[str], list[list[str]]]:
    """A crude split of a fixture document into joined paragraphs and their link lines
    (the project's cleaner does this properly; here it only has to be faithful enough)."""
    import re

    from tests.conftest import FIXTURES

    cjk = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
    paragraphs: list[str] = []
    links: list[list[str]] = []
    path = next(FIXTURES.glob(name + "*.txt"))
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("http://", "https://")):
            if links:
                links[-1].append(line)
            continue
        if not paragraphs or raw[:1].isspace() or re.match(r"^(?:- )?(?:\d+\.|\([a-z]\)) ", line):
            paragraphs.append(line)
            links.append([])
        elif cjk.match(paragraphs[-1][-1]) or cjk.match(line[0]):
            paragraphs[-1] += line
        else:
            paragraphs[-1] += " " + line
    return paragraphs, links
