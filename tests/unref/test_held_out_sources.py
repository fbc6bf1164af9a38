"""The data's sources and the held-out sets' texts stay apart: a page the data was read from is not a
text nobody here chose, and a page of a held-out set may not become a source of the data.

Found at stop 45: 58 texts of 15 sets are pages the data cites (docs/benchmarks.md, "Held-out texts
the data cites"). Most were cited first: until then the helpers gathering a set checked its pages
against `tests/`, `fixtures/` and `docs/` only. Some of the first sets' texts were cited after, when
the first rounds read forms from a set's working texts, and one (unseen3's 15) by a slip of stop 44.
They are listed, so the figures can be read with them in mind; any new overlap, either way, fails.
One more was found at stop 47 (unseen30's 29, cited first), and one at stop 55 (unseen86's 03, cited first).
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "unref" / "data"

ALREADY_CITED = {
    "unseen": {"01", "02", "03", "09", "12", "14", "18", "19", "28", "29", "30"},
    "unseen2": {"06", "10", "17", "26"},
    "unseen3": {"02", "04", "07", "15", "20", "23", "26", "27", "28"},
    "unseen4": {"01", "14", "27", "29"},
    "unseen5": {"12", "28", "31"},
    "unseen6": {"04", "23", "36"},
    "unseen13": {"12"},
    "unseen16": {"12", "28"},
    "unseen17": {"09", "17", "18", "21"},
    "unseen19": {"03", "10"},
    "unseen21": {"02", "07"},
    "unseen22": {"01", "02", "05", "11", "13"},
    "unseen23": {"16"},
    "unseen24": {"02", "09", "27"},
    "unseen25": {"01", "02", "05", "12"},
    # Stop 47: a source of the Assistance Convention's names, cited first; the helper's check missed it.
    "unseen30": {"29"},
    # Stop 55: a source of UNSOM's names since stop 45 (bodies.json), kept aside in its set; this stop's brief
    # let the helpers grep unref/data but did not ask them to keep out of it.
    "unseen86": {"03"},
}


def _address(url):
    return re.sub(r"^https?://(?:www\.)?", "", url.strip())


def test_no_page_of_a_held_out_set_is_a_source_of_the_data_beyond_those_listed():
    cited = "\n".join(path.read_text(encoding="utf-8") for path in sorted(DATA.rglob("*"))
                      if path.is_file() and path.suffix in {".json", ".csv", ".txt", ".tsv"})
    found = {}
    for sources in sorted((ROOT / "tests").glob("unseen*/sources.json")):
        for name, source in json.loads(sources.read_text(encoding="utf-8")).items():
            address = _address(source.get("url", ""))
            if address and address in cited:
                found.setdefault(sources.parent.name, set()).add(name[:2])
    assert found == ALREADY_CITED
