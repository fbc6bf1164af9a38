"""The named lists (unref/data/lists/): the loader's interface, and the 1540 list as data —
valid symbols, no repeats, every source defined and used, resolutions as the register has
them, and the figures its README states."""
import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import unref
from unref.lists import KINDS, ListedDocument, ListSource, NamedList

LISTS = Path(__file__).resolve().parents[2] / "unref" / "data" / "lists"
ISO_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@pytest.fixture(scope="module")
def the_list():
    return unref.named_list("1540")


def test_the_1540_list_is_named_and_loads(the_list):
    assert "1540" in unref.named_lists()
    assert isinstance(the_list, NamedList)
    assert the_list.name == "1540"
    assert the_list.title_zh and the_list.title_en and the_list.notes
    assert the_list.documents[0] == ListedDocument(
        symbol="S/RES/1540 (2004)", kind="resolution",
        title_en="Resolution 1540 (2004): Non-proliferation of weapons of mass destruction",
        date="2004-04-28", state="", source="library-meetings")


def test_an_unknown_name_is_a_key_error_naming_the_known_lists():
    with pytest.raises(KeyError) as raised:
        unref.named_list("1267")
    assert raised.value.args[0] == "没有名为“1267”的文件清单（no named list '1267'; known lists: 1540）"


def test_a_name_is_never_a_path():
    with pytest.raises(KeyError):
        unref.named_list("../resolutions")


def test_a_list_is_read_from_another_folder(tmp_path):
    (tmp_path / "tiny.json").write_text(json.dumps({
        "about": {"name": "tiny", "title_zh": "小清单", "title_en": "Tiny",
                  "sources": [{"id": "s", "title": "T", "url": "https://example.org/", "retrieved": "2026-11-23"}]},
        "documents": [{"symbol": "A/74/140", "kind": "other", "title_en": "X", "date": "",
                       "state": "", "source": "s"}]}), encoding="utf-8")
    assert unref.named_lists(tmp_path) == ["tiny"]
    tiny = unref.named_list("tiny", tmp_path)
    assert tiny.sources == (ListSource(id="s", title="T", url="https://example.org/", retrieved="2026-11-23"),)
    assert [d.symbol for d in tiny.documents] == ["A/74/140"]
    assert tiny.notes == ""


def test_every_symbol_is_valid_and_listed_once(the_list):
    symbols = [d.symbol for d in the_list.documents]
    assert [s for s in symbols if not unref.is_valid_symbol(s)] == []
    assert [s for s, n in Counter(symbols).items() if n > 1] == []


def test_every_field_is_well_formed(the_list):
    for document in the_list.documents:
        assert document.kind in KINDS, document
        assert document.title_en.strip(), document
        assert document.date == "" or ISO_DATE.fullmatch(document.date), document


def test_every_source_is_defined_dated_and_used(the_list):
    ids = [s.id for s in the_list.sources]
    assert len(ids) == len(set(ids))
    for source in the_list.sources:
        assert source.title and source.url.startswith(("http://", "https://")), source
        assert ISO_DATE.fullmatch(source.retrieved), source
    used = {d.source for d in the_list.documents}
    assert used == set(ids)


def test_every_resolution_is_the_registers_with_its_year_and_date(the_list):
    register = unref.load_known_data().resolution_by_symbol
    resolutions = [d for d in the_list.documents if d.kind == "resolution"]
    for document in resolutions:
        assert document.symbol in register, document.symbol
        assert document.symbol.endswith(f"({register[document.symbol]['year']})")
        assert document.date == register[document.symbol]["adopted"], document.symbol
    assert [d.symbol for d in resolutions] == [
        "S/RES/1540 (2004)", "S/RES/1673 (2006)", "S/RES/1810 (2008)", "S/RES/1977 (2011)",
        "S/RES/2055 (2012)", "S/RES/2325 (2016)", "S/RES/2572 (2021)", "S/RES/2622 (2022)",
        "S/RES/2663 (2022)"]


def test_national_reports_name_their_state_once(the_list):
    reports = [d for d in the_list.documents if d.kind in ("national-report", "additional-information")]
    for document in reports:
        assert re.fullmatch(r"[A-Z]{3}", document.state), document
        assert document.symbol.startswith("S/AC.44/"), document
    assert len({(d.state, d.symbol) for d in reports}) == len(reports)
    others = [d for d in the_list.documents if d.kind not in ("national-report", "additional-information")]
    assert [d for d in others if d.state] == []


def test_the_list_is_sorted_by_kind_date_and_symbol(the_list):
    keys = [(KINDS.index(d.kind), d.date, d.symbol) for d in the_list.documents]
    assert keys == sorted(keys)


def test_every_row_read_from_pages_is_in_the_built_list(the_list):
    """The pages file is an input of build_lists.py: a row added without a rebuild is lost."""
    listed = {d.symbol: d for d in the_list.documents}
    with (LISTS / "1540_pages.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            document = listed[row["Symbol"]]
            assert (document.kind, document.date, document.source) == (row["Kind"], row["Date"], row["Source"])


def test_the_readme_states_the_lists_figures(the_list):
    readme = (LISTS / "README.md").read_text(encoding="utf-8")
    stated = {kind: int(n) for kind, n in re.findall(r"^\| ([a-z-]+) \| (\d+) \|$", readme, re.MULTILINE)}
    counts = Counter(d.kind for d in the_list.documents)
    assert stated == {**{kind: counts[kind] for kind in KINDS}, "total": len(the_list.documents)}
    assert f"this list has {len(the_list.documents)}" in readme
    assert f"{len(the_list.documents)} documents" in the_list.notes
