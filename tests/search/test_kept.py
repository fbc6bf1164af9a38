"""The concept catalogue kept on disk between processes (search.kept): read back as built, never
for other sources, and never in the way when the folder cannot be written."""
import marshal

import pytest

from search import concepts, kept


@pytest.fixture
def keeping(tmp_path):
    """The catalogue kept in a folder of this test's, and as the settings keep it afterwards."""
    before = concepts._kept_in
    concepts.keep_in(tmp_path)
    yield tmp_path
    concepts.keep_in(before)


def test_the_catalogue_read_back_is_the_one_built(keeping):
    built = concepts.catalogue()
    [copy] = keeping.glob("catalogue-*.marshal")
    assert copy.name == f"catalogue-{kept.digest()}.marshal"
    concepts.catalogue.cache_clear()
    read = concepts.catalogue()
    assert read is not built and list(read) == list(built)
    assert all(read[name] == built[name] for name in built)
    # a concept named several ways is one object, as built
    assert read["禁化武组织"] is read["opcw"] and read["opcw"].id == "OPCW"


def test_a_copy_kept_for_other_sources_is_not_read(keeping):
    (keeping / "catalogue-0123456789abcdef0123456789abcdef.marshal").write_bytes(
        marshal.dumps(([("body", "OPCW", ("x", "y"), (), (), (), ())], ("禁化武组织",), (0,))))
    assert concepts.catalogue()["禁化武组织"].names != ("x", "y")
    assert [path.name for path in keeping.glob("catalogue-*.marshal")] == [f"catalogue-{kept.digest()}.marshal"]


def test_a_folder_that_cannot_be_written_keeps_nothing_and_the_catalogue_is_built(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    before = concepts._kept_in
    concepts.keep_in(blocked / "kept")
    try:
        assert concepts.catalogue()["opcw"].id == "OPCW"
    finally:
        concepts.keep_in(before)


def test_the_digest_changes_with_any_source_file(tmp_path, monkeypatch):
    package = tmp_path / "unref"
    (package / "data").mkdir(parents=True)
    (package / "data" / "bodies.json").write_text("[]")
    module = tmp_path / "concepts.py"
    module.write_text("")
    monkeypatch.setattr(kept, "_SOURCES", (package, module))
    seen = set()
    for change in (lambda: None, lambda: (package / "data" / "bodies.json").write_text("[{}]"),
                   lambda: module.write_text("# changed"), lambda: (package / "new.py").write_text("")):
        change()
        kept.digest.cache_clear()
        seen.add(kept.digest())
    kept.digest.cache_clear()
    assert len(seen) == 4
