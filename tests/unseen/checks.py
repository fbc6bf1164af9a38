"""The data checks every blind held-out set of #21 passes (tests/unseen3, tests/unseen4): its
texts, sources and gold agree; no text or address comes from anywhere else in the project; its
queries expect texts it holds; its aside part follows the rule chosen before anything was run."""
import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from pathlib import Path

from tests.unseen import evaluate

TESTS = evaluate.HERE.parent
FIXTURES = TESTS.parent / "fixtures"
SAMPLES = FIXTURES / "documents"
REGIONS = {"mainland", "taiwan", "hongkong", "macao"}


def texts_sources_and_gold(folder: Path) -> None:
    """At least 30 texts of 200–1,600 characters, from all four regions, half of them from Taiwan,
    Hong Kong and Macao and half in traditional script, each with its source and its gold, every
    gold surface in its text in reading order."""
    texts = evaluate.texts(folder)
    sources, gold = evaluate.load_json("sources.json", folder), evaluate.load_json("gold.json", folder)
    assert len(texts) >= 30 and set(texts) == set(sources) == set(gold)
    assert {source["region"] for source in sources.values()} == REGIONS
    assert sum(source["region"] != "mainland" for source in sources.values()) * 2 >= len(texts)
    assert sum(source["script"] == "hant" for source in sources.values()) * 2 >= len(texts)
    assert [name for name, text in texts.items() if not 200 <= len(text) <= 1600] == []
    assert evaluate.misplaced_gold(folder) == []


def address(url: str) -> str:
    """Domain and path, without scheme, `www.` or query: what "the same page" means here — but
    for a page that the query alone names (`site.example/zh/?p=123`: the path is the site's
    front page; `bo.io.gov.mo/isapi/go.asp?d=…`: a script's), with it."""
    bare = re.sub(r"^https?://(www\.)?", "", url)
    path, _, query = bare.partition("?")
    named_by_query = (path.endswith("/") and path.count("/") <= 2) or re.search(r"\.(?:asp|aspx|php|jsp|cgi)$", path)
    return bare if query and named_by_query else path


def squeezed(text: str) -> str:
    """The text without whitespace, so that line breaks do not hide a copied passage."""
    return re.sub(r"\s+", "", text)


def never_used_before(folder: Path, may_share: tuple = ()) -> None:
    """No source address appears anywhere else under tests/ (but in the sets of `may_share`, such
    as those gathered the same day), and no text shares more than boilerplate with the samples or
    with any other set's texts (every `texts/` folder under tests/: held-out, pinpoint, alignment)."""
    left_out = (folder, *may_share)

    def elsewhere(path: Path) -> bool:
        return TESTS in path.parents and not any(other in path.parents for other in left_out)

    for name, source in evaluate.load_json("sources.json", folder).items():
        assert not any(map(elsewhere, files_naming(address(source["url"])))), name
    for name, text in evaluate.texts(folder).items():
        shared = [piece for piece in pieces(text) if any(
            path.parent == SAMPLES or (elsewhere(path) and path.parent.name == "texts") for path in files_holding(piece))]
        assert pieces(text) and len(shared) * 5 < len(pieces(text)), (name, shared)  # boilerplate only


@cache
def file_text(path: Path) -> str:
    """A file's text, read once per run: every set's check compares it with all the others, which
    grow by a set each round."""
    return path.read_text(encoding="utf-8", errors="replace")


@cache
def project_files(place: Path) -> dict[Path, str]:
    """{path: text} of the JSON, Python, Markdown and text files under `place`."""
    return {path: file_text(path) for path in sorted(place.rglob("*"))
            if path.is_file() and path.suffix in {".json", ".py", ".md", ".txt"}}


@cache
def squeezed_file(path: Path) -> str:
    return squeezed(file_text(path))


@cache
def lowered_file(path: Path) -> str:
    return file_text(path).lower()


def pieces(text: str) -> list[str]:
    """The text's successive 30-character pieces, whitespace left out (line breaks must not hide
    a copied passage): the probes of a copy."""
    bare = squeezed(text)
    return [bare[start:start + 30] for start in range(0, len(bare) - 30, 30)]


@cache
def piece_places() -> dict[str, set[Path]]:
    """{piece: the project's files holding it} for the pieces of every held text under tests/,
    found in one pass over the files: each set's check looks its own up, instead of searching every
    other set's text again (they grow by a round of sets each stop)."""
    places = {piece: set() for path, text in project_files(TESTS).items() if path.parent.name == "texts"
              for piece in pieces(text)}
    for path in [*project_files(TESTS), *project_files(FIXTURES)]:
        bare = squeezed_file(path)
        for start in range(len(bare) - 29):
            holding = places.get(bare[start:start + 30])
            if holding is not None:
                holding.add(path)
    return places


def files_holding(piece: str) -> set[Path]:
    return piece_places()[piece]


# What holds a page's address in a file: its domain, then anything but space, quotes and angle
# brackets. Every address (a domain and path) lies inside one such stretch.
ADDRESSLIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z0-9-]+[^\s\"'<>]*")


@cache
def addresslike(lowered: bool) -> tuple[str, list[int], list[set[Path]]]:
    """The distinct address-like stretches of the project's files (tests/ and fixtures/), joined
    once, with where each starts and the files holding it: a small text to search an address in."""
    holding: dict[str, set[Path]] = {}
    for path in [*project_files(TESTS), *project_files(FIXTURES)]:
        text = lowered_file(path).replace("zh.m.", "zh.") if lowered else file_text(path)
        for stretch in ADDRESSLIKE.findall(text):
            holding.setdefault(stretch, set()).add(path)
    starts = list(accumulate((len(stretch) + 1 for stretch in holding), initial=0))
    return "\n".join(holding), starts, list(holding.values())


def files_naming(address: str, lowered: bool = False) -> set[Path]:
    """The project's files in which `address` occurs (as lowered, with `zh.m.` read as `zh.`, if
    `lowered`)."""
    assert not re.search(r"[\s\"'<>]", address), address  # else it could span two stretches
    joined, starts, holding = addresslike(lowered)
    found, start = set(), joined.find(address)
    while start >= 0:
        found |= holding[bisect_right(starts, start) - 1]
        start = joined.find(address, start + 1)
    return found


def queries_expect_held_texts(folder: Path, kinds: set, expecting_none: int) -> None:
    """At least 40 queries of the given kinds, each expecting texts of the set, and at least
    `expecting_none` of them expecting none (the over-reach checks)."""
    texts = evaluate.texts(folder)
    queries = evaluate.load_json("queries.json", folder)
    assert len(queries) >= 40 and len({q["id"] for q in queries}) == len(queries)
    assert {q["kind"] for q in queries} == kinds
    for query in queries:
        assert set(query["expect"]) <= set(texts), query["query"]
    assert sum(not q["expect"] for q in queries) >= expecting_none


def aside_follows_its_rule(folder: Path) -> None:
    """Texts numbered by a multiple of 3 are aside; so are the queries expecting only such texts,
    and the over-reach queries whose number is a multiple of 3."""
    aside = evaluate.load_json("aside.json", folder)
    texts = evaluate.texts(folder)
    assert aside["texts"] == sorted(name for name in texts if int(name[:2]) % 3 == 0)
    queries = evaluate.load_json("queries.json", folder)
    assert aside["queries"] == [
        q["id"] for q in queries
        if (q["expect"] and set(q["expect"]) <= set(aside["texts"]))
        or (not q["expect"] and int(q["id"][1:]) % 3 == 0)]
