"""Searching the five sample documents: real SQLite, real Whoosh (temporary folder), real jieba."""
import io
import random
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from haystack import connections

from archive.models import Document, Paragraph
from search import embedded, engine, indexing
from search.reading import IndexView
from unref import normalise_for_search

pytestmark = [pytest.mark.django_db, pytest.mark.contract]


def hits(query, **options):
    """(document, anchor) of every hit, over all pages, best first."""
    found, page = [], 1
    while True:
        outcome = engine.search(query, page=page, **options)
        found += [(h.paragraph.document.path, h.paragraph.anchor) for h in outcome.hits]
        if page >= outcome.pages:
            return found
        page += 1


def containing(text):
    """Ground truth from the database: paragraphs whose matching form contains `text`."""
    wanted = normalise_for_search(text)[0]
    return {
        (p.document.path, p.anchor) for p in Paragraph.objects.select_related("document")
        if wanted in normalise_for_search(p.text)[0]
    }


@pytest.mark.embedded
def test_index_is_temporary(corpus):
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    assert str(path).startswith(str(settings.DATA_DIR)) and "archive-test-" in str(path)
    assert path.is_symlink()  # built beside and swapped in


@pytest.mark.parametrize("query", ["援助", "出口", "核查", '"安理会"'])
def test_two_character_queries_find_exactly_the_paragraphs_containing_them(corpus, query):
    found = hits(query)
    assert len(found) == len(set(found))
    assert set(found) == containing(query.strip('"')) != set()


def test_a_name_finds_its_other_forms_after_the_verbatim_hits(corpus):
    found = hits("安理会")
    verbatim = containing("安理会")
    other = containing("安全理事会") - verbatim
    assert len(found) == len(set(found)) == len(verbatim | other) and other
    assert set(found[:len(verbatim)]) == verbatim


def test_a_count_finds_it_written_in_numerals_or_in_figures(corpus):
    """`第4届` finds the sessions the samples print `第四届`, and the other way round."""
    printed = containing("第四届") | containing("第4届")
    assert printed and set(hits("第4届")) == set(hits("第四届")) == printed


def test_known_two_character_hits(corpus):
    assert ("S/2010/52", "18") in hits("援助")
    assert ("A/74/140", "yindu-p9") in hits("出口")


@pytest.mark.parametrize("query, where", [
    ("此提交", ("S/2010/52", "p1")),  # 谨此 | 提交: straddles jieba's words
    ("员会并根据第", ("S/2010/52", "p1")),
    ("理事会第", ("S/2010/52", "p1")),
    ("化武组", ("CD/2118", "3")),
])
def test_substrings_across_word_boundaries(corpus, query, where):
    assert where in hits(query)


def test_traditional_query_finds_simplified_text(corpus):
    assert set(hits("決議")) == containing("决议")
    assert ("CD/2118", "3") in hits("禁化武組織")
    assert set(hits("禁化武組織")) == set(hits("禁化武组织")) == set(hits("OPCW"))
    assert set(hits('"禁化武組織"')) == containing("禁化武组织")


def test_acronym_finds_chinese_names(corpus):
    found = set(hits("OPCW"))
    assert containing("禁化武组织") | containing("禁止化学武器组织") <= found
    assert set(hits("opcw")) == found
    assert ("CD/2118", "3") in found


def test_acronym_snippet_marks_the_chinese_name(corpus):
    outcome = engine.search("OPCW")
    assert all("<mark>" in hit.snippet for hit in outcome.hits)
    assert any("<mark>禁化武组织</mark>" in hit.snippet for hit in outcome.hits)


def test_resolution_number_finds_citing_paragraphs(corpus):
    found = hits("1810")
    assert set(found) == {("S/2010/52", "p1"), ("S/2010/52", "6"), ("S/AC.44/SR.74", "2")}
    assert set(found) == set(hits("第1810(2008)號決議")) == set(hits("S/RES/1810"))
    outcome = engine.search("1810")
    assert outcome.links[0]["url"] == "/resolutions/S/RES/1810(2008)/"
    assert "<mark>" in outcome.hits[0].snippet


def test_general_assembly_resolution(corpus):
    assert set(hits("73/55")) == set(hits("A/RES/73/55"))


def test_document_symbol_finds_the_document(corpus):
    found = hits("CD/2118")
    assert {document for document, _ in found} == {"CD/2118"}
    assert len(found) == corpus["CD/2118"].paragraphs.count()
    assert engine.search("CD/2118").links[0]["url"] == corpus["CD/2118"].get_absolute_url()


def test_phrase_is_exact(corpus):
    assert set(hits('"出口管制"')) == containing("出口管制")
    assert set(hits('"出口 管制"')) == containing("出口管制")


def test_words_rank_above_scattered_words(corpus):
    found = hits("出口管制")
    verbatim = containing("出口管制")
    assert set(found[:len(verbatim)]) == verbatim


def test_exclusion(corpus):
    assert set(hits("援助 -请求")) == containing("援助") - containing("请求")
    assert set(hits("援助 -OPCW")).isdisjoint(set(hits("OPCW")))


def test_date_order(corpus):
    outcome = engine.search("决议", sort="date")
    dates = [hit.paragraph.document.date for hit in outcome.hits if hit.paragraph.document.date]
    assert dates == sorted(dates, reverse=True)


def test_facets_count_the_hits(corpus):
    outcome = engine.search("援助")
    by_document = {item["label"]: item["count"] for item in outcome.facets["document"]}
    assert sum(by_document.values()) == outcome.total
    assert {item["value"] for item in outcome.facets["resolution"]} >= {"S/RES/1540 (2004)"}
    narrowed = engine.search("援助", filters={"document": corpus["S/2010/52"].key})
    assert narrowed.total == by_document["S/2010/52"]
    assert {hit.paragraph.document.symbol for hit in narrowed.hits} == {"S/2010/52"}


def test_substring_recall(corpus):
    """Random 2–6 character Chinese substrings of the paragraphs each find their paragraph."""
    rng = random.Random(1540)
    paragraphs = list(Paragraph.objects.select_related("document").order_by("document__key", "ordinal"))
    run = re.compile(r"[\u4e00-\u9fff]{2,}")
    samples = []
    while len(samples) < 300:
        paragraph = rng.choice(paragraphs)
        runs = run.findall(paragraph.text)
        if not runs:
            continue
        chunk = rng.choice(runs)
        size = rng.randint(2, min(6, len(chunk)))
        start = rng.randint(0, len(chunk) - size)
        samples.append((chunk[start:start + size], paragraph.pk))
    started = time.perf_counter()
    found = sum(pk in engine.matching_paragraph_ids(text) for text, pk in samples)
    elapsed = (time.perf_counter() - started) / len(samples)
    print(f"\nsubstring recall: {found}/{len(samples)} = {found / len(samples):.1%}; {elapsed * 1000:.1f} ms/query")
    assert found == len(samples)


def test_reimport_replaces_entries_and_removal(corpus, tmp_path):
    source = tmp_path / "zz_search_test.txt"
    source.write_text("关于检索测试的说明\n\n1. 甲乙丙丁戊己庚辛壬癸的试验段落。\n\n2. 子丑寅卯辰巳午未申酉的第二段。\n", encoding="utf-8")
    call_command("ingest", str(source), verbosity=0, stdout=io.StringIO())
    document = Document.objects.get(key="zz-search-test")
    indexing.index_documents([document])
    assert hits("子丑寅卯") == [("zz-search-test", "2")]
    source.write_text("关于检索测试的说明\n\n1. 甲乙丙丁戊己庚辛壬癸的修订段落。\n", encoding="utf-8")
    call_command("ingest", str(source), verbosity=0, stdout=io.StringIO())
    indexing.index_documents([Document.objects.get(key="zz-search-test")])
    assert hits("子丑寅卯") == []  # the paragraph that no longer exists is gone
    assert hits("修订段落") == [("zz-search-test", "1")]
    assert hits("试验段落") == []
    indexing.remove_documents(["zz-search-test"])
    assert hits("甲乙丙丁") == []


@pytest.mark.embedded
def test_refresh_and_rebuild_keep_serving(corpus):
    assert indexing.refresh().startswith("current (0 documents")
    before = engine.search("援助").total
    path = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    old_target = path.resolve()
    indexing.rebuild()
    assert path.resolve() != old_target and not old_target.exists()
    assert engine.search("援助").total == before
    folders = [p for p in path.parent.iterdir() if p.name.startswith("whoosh_index") and p.name != "whoosh_index.updating"]
    assert len(folders) == 2  # link + folder (and the lock file of search.updates)


@pytest.mark.embedded
def test_stock_update_index_command_works(corpus):
    call_command("update_index", verbosity=0)
    assert set(hits("援助")) == containing("援助")


@pytest.mark.embedded
def test_stock_rebuild_index_command_works(corpus):
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert set(hits("援助")) == containing("援助")
    indexing.rebuild()  # back to the swapped layout for the other tests
    assert Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"]).is_symlink()


def test_many_hits_are_estimated_from_the_first_ones(corpus, monkeypatch, engine_module):
    """Past MATCH_LIMIT hits the pass stops: the page is the best of the hits examined, the total
    an estimate no smaller than them, and the facets count exactly those hits."""
    everything = engine.search("决议")
    assert not everything.estimated and everything.total > 60
    monkeypatch.setattr(engine_module, "MATCH_LIMIT", 40)
    sampled = engine.search("决议")
    assert sampled.estimated and sampled.examined == 40
    assert sampled.total > 40 and sampled.pages == 2
    assert 0.5 * everything.total <= sampled.total <= 2 * everything.total
    assert sum(item["count"] for item in sampled.facets["document"]) == 40
    examined = set(hits("决议")) & containing("决议")
    assert len(examined) == 40  # two pages of 20, every one a true hit
    third = engine.search("决议", page=3)  # a later page examines as many hits as it needs
    assert (third.page, third.examined, len(third.hits)) == (3, 60, 20)
    assert engine.search("基辅").estimated is False  # fewer hits than the limit: exact
    in_json = engine.search("决议").as_dict()
    assert in_json["estimated"] is True and in_json["examined"] == 40


def test_date_order_examines_every_hit(corpus, monkeypatch, engine_module):
    monkeypatch.setattr(engine_module, "MATCH_LIMIT", 10)
    outcome = engine.search("决议", sort="date")
    assert not outcome.estimated and outcome.total == len(containing("决议"))


@pytest.mark.embedded
def test_searcher_is_reused_until_the_index_changes(corpus):
    from haystack import connections

    backend = connections["default"].get_backend()
    before = hits("禁化武组织")
    first = backend.searcher()
    assert backend.searcher() is first
    indexing.index_documents([corpus["CD/2118"]])  # a commit: the next search must see it
    second = backend.searcher()
    assert second is not first and backend.searcher() is second
    indexing.rebuild()  # a new folder swapped in
    assert backend.searcher() is not second
    assert hits("禁化武组织") == before and ("CD/2118", "3") in before


@pytest.mark.embedded
def test_document_versions_are_asked_of_the_database_once_until_a_document_changes(corpus, django_assert_num_queries):
    """Checking a search's hits against the database costs one aggregate query while no
    document row changes; a saved document makes its indexed version stale at once."""
    index = IndexView(connections["default"].get_backend())
    names, _ = index.document_versions()
    numbers = set(range(len(names)))
    known = embedded.CurrentVersions()
    with django_assert_num_queries(2):  # the aggregate, then the versions of these documents
        assert known.of(numbers, names) == dict.fromkeys(numbers, True)
    with django_assert_num_queries(1):
        assert known.of(numbers, names) == dict.fromkeys(numbers, True)
    corrected = Document.objects.order_by("key").first()
    corrected.save()
    with django_assert_num_queries(2):
        assert known.of(numbers, names) == {number: not names[number].startswith(f"{corrected.key}@") for number in numbers}
