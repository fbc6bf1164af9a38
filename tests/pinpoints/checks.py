"""The data checks every later pinpoint set passes (tests/pinpoints2, tests/pinpoints3): its texts,
sources and gold agree, every gold citation occurs in its text in reading order, and no address
or text comes from anywhere else in the project."""
import re
from pathlib import Path

from tests.unseen.checks import files_holding, files_naming, pieces
from tests.unseen.evaluate import load_json, locate, texts

TESTS = Path(__file__).resolve().parents[1]
REGIONS = {"mainland", "taiwan", "hongkong", "macao"}


def texts_sources_and_gold(folder: Path, citations: int) -> None:
    """Texts of 200–2,000 characters, each with its source and gold; `citations` in all, every
    one at its occurrence in reading order, of a resolution's numbered paragraphs."""
    sources, gold, held = load_json("sources.json", folder), load_json("gold.json", folder), texts(folder)
    assert set(sources) == set(gold) == set(held)
    assert [name for name, text in held.items() if not 200 <= len(text) <= 2000] == []
    for name, cited in gold.items():
        starts = [locate(held[name], c["surface"], c["occurrence"])[0] for c in cited]
        assert starts == sorted(starts), name
        for citation in cited:
            assert re.fullmatch(r"S/RES/\d+ \((19|20)\d\d\)", citation["target"]), citation
            assert citation["paragraphs"] and all(re.fullmatch(r"\d+(\([a-z]+\))*", p) for p in citation["paragraphs"])
    assert sum(len(cited) for cited in gold.values()) == citations


def sources_say_where(folder: Path, regions: set = REGIONS) -> None:
    """Every source has its address, title, publisher, date, script and region; both scripts and
    the `regions` given are there."""
    sources = load_json("sources.json", folder)
    for name, source in sources.items():
        assert set(source) == {"url", "title", "publisher", "date", "script", "region"}, name
        assert source["url"].startswith("http") and source["script"] in {"hans", "hant"}, name
        assert source["region"] in REGIONS, name
    assert {source["script"] for source in sources.values()} == {"hans", "hant"}
    assert regions <= {source["region"] for source in sources.values()}


def address(url: str) -> str:
    """Domain and path, without scheme, `www.`/`m.` or query: what "the same page" means here — but
    with the query where a script's query alone names the page (`bo.io.gov.mo/isapi/go.asp?d=…`)."""
    bare = re.sub(r"^https?://(www\d?\.|zh\.m\.)?", "", url).replace("zh.m.", "zh.").lower()
    path, _, query = bare.partition("?")
    return bare if query and re.search(r"\.(?:asp|aspx|php|jsp|cgi)$", path) else path


def never_used_before(folder: Path, same_day: tuple = ()) -> None:
    """No address appears in any other test or sample file (but in the sets gathered the same day,
    `same_day`), and no text shares more than boilerplate with them."""
    left_out = (folder, *same_day)

    def elsewhere(paths: set[Path]) -> bool:
        return any(not any(other in path.parents for other in left_out) for path in paths)

    for name, source in load_json("sources.json", folder).items():
        assert not elsewhere(files_naming(address(source["url"]), lowered=True)), name
    for name, text in texts(folder).items():
        shared = [piece for piece in pieces(text) if elsewhere(files_holding(piece))]
        assert pieces(text) and len(shared) * 5 < len(pieces(text)), (name, shared)  # boilerplate only
