"""What every search engine must do, asked only through the seam (search.engine, search.indexing,
the pages): the default pass runs this on the embedded engine, CI's PostgreSQL pass again with
SEARCH_ENGINE=postgresql (with the other tests marked `contract`). The index is in step after
imports, re-imports, admin edits and deletions, and a write that is rolled back leaves no entry."""
import io
import json

import pytest
from django.core.management import call_command
from django.db import transaction

from archive import importing
from archive.models import Document, Paragraph
from search import engine, indexing
from tests.conftest import CD_2118, S_2010_52, SPAIN_LETTER
from unref import normalise_for_search
from unref.normalise import is_cjk

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.contract]


@pytest.fixture(autouse=True)
def empty_index():
    indexing.rebuild()


def ingest(*paths, **options):
    call_command("ingest", *map(str, paths), **options, stdout=io.StringIO())


def search(client, query, **filters):
    return json.loads(client.get("/api/search/", {"q": query, **filters}).content)


def in_step():
    """The engine's own account: every document's entries are its paragraphs, and the health
    check agrees."""
    return indexing.out_of_step(Document.objects.all()) == [] and indexing.status()[0]


def test_an_import_a_reimport_and_a_refresh_keep_the_index_in_step(fixture_copy):
    path = fixture_copy(CD_2118)
    ingest(path, S_2010_52)
    assert in_step()
    assert search_total("Cosmo 第二阶段行动") == 1
    path.write_text(path.read_text(encoding="utf-8").replace("Cosmo 第二阶段行动", "Cosmo 第三阶段行动"), encoding="utf-8")
    ingest(path)
    assert in_step()
    assert (search_total("Cosmo 第二阶段行动"), search_total("Cosmo 第三阶段行动")) == (0, 1)
    assert indexing.refresh().startswith("current (0 documents reindexed")
    assert indexing.rebuild() == Paragraph.objects.count()
    assert in_step()


def search_total(query):
    return engine.search(query).total


def test_admin_edits_and_deletions_reach_the_index(admin_client):
    ingest(CD_2118, S_2010_52, SPAIN_LETTER)
    document = Document.objects.get(symbol="CD/2118")
    form = {name: getattr(document, name) or "" for name in ("symbol", "language", "title", "organ", "doc_type", "original_language")}
    form.update({"date": "1999-01-02", "paragraphs-TOTAL_FORMS": "0", "paragraphs-INITIAL_FORMS": "0"})
    assert admin_client.post(f"/admin/archive/document/{document.pk}/change/", form).status_code == 302
    assert in_step()
    assert search(admin_client, "Cosmo 第二阶段行动", year="1999")["total"] == 1
    assert search(admin_client, "Cosmo 第二阶段行动", year="2010")["total"] == 0
    assert admin_client.post(f"/admin/archive/document/{document.pk}/delete/", {"post": "yes"}).status_code == 302
    assert search(admin_client, "Cosmo 第二阶段行动")["total"] == 0
    assert in_step()
    cited = engine.matching_paragraph_ids("S/2008/493")
    ids = list(Document.objects.filter(symbol="S/2010/52").values_list("pk", flat=True))
    admin_client.post("/admin/archive/document/", {"action": "delete_selected", "_selected_action": ids, "post": "yes"})
    assert Document.objects.count() == 1 and cited and engine.matching_paragraph_ids("S/2008/493") == set()
    assert in_step()


def test_an_import_rolled_back_leaves_nothing_findable():
    ingest(S_2010_52)
    parsed = importing.parse_file(CD_2118)
    with pytest.raises(RuntimeError), transaction.atomic():
        importing.store(parsed)
        raise RuntimeError("the import fails after its paragraphs were written")
    assert list(Document.objects.values_list("symbol", flat=True)) == ["S/2010/52"]
    assert engine.matching_paragraph_ids("Cosmo 第二阶段行动") == set()
    assert in_step()


def test_every_substring_of_a_paragraph_finds_it():
    """The substring guarantee, on every engine: any two to six Chinese characters of a
    paragraph's normalised text, taken at every tenth position, find that paragraph."""
    ingest(CD_2118)
    for paragraph in Paragraph.objects.all()[:12]:
        normalised = normalise_for_search(paragraph.text)[0]
        for start in range(0, max(1, len(normalised) - 6), 10):
            for length in (2, 3, 6):
                piece = normalised[start:start + length]
                if len(piece) < 2 or not piece.strip() or not all(is_cjk(c) for c in piece):
                    continue
                quoted = f'"{piece}"'
                assert paragraph.pk in engine.matching_paragraph_ids(quoted), (piece, paragraph.pk)


def test_what_was_typed_verbatim_ranks_first():
    ingest(CD_2118, S_2010_52)
    outcome = engine.search("全面审查")
    verbatim = [hit for hit in outcome.hits if "全面审查" in normalise_for_search(hit.paragraph.text)[0]]
    assert verbatim and outcome.hits[:len(verbatim)] == verbatim


@pytest.mark.parametrize("typed", ["", "   ", "*", "::", "(((", "'", "\\", "a & b | !c", "'的':*", "的 " * 300, "-的", '"', "第'1540", "<->"])
def test_bad_queries_never_fail(client, typed):
    ingest(CD_2118)
    assert client.get("/search/", {"q": typed}).status_code == 200
    assert client.get("/api/search/", {"q": typed}).status_code == 200
