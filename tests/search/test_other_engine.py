"""The path a search cluster (Elasticsearch, Solr) would run, run here through haystack's simple
backend: the same understood query, the same expansions, sent as haystack filters."""
import pytest
from haystack import connections

from archive.models import Paragraph
from search import engine, generic

pytestmark = pytest.mark.django_db
OTHER = "other_engine"


@pytest.fixture
def other_engine(monkeypatch):
    monkeypatch.setitem(connections.connections_info, OTHER, {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"})
    yield OTHER
    getattr(connections.thread_local, "connections", {}).pop(OTHER, None)


def leaves(node):
    """(field, value) of every filter in a haystack SQ tree, in order."""
    for child in node.children:
        if isinstance(child, tuple):
            yield child[0].split("__")[0], str(getattr(child[1], "query_string", child[1]))
        else:
            yield from leaves(child)


def test_the_same_expansions_reach_the_other_engine(corpus, other_engine):
    understood = engine.search("禁化武组织 -援助", using=other_engine).understood
    sent = list(leaves(generic.query_set(understood, {}, other_engine).query.query_filter))
    organs = ["OPCW Executive Council", "OPCW Technical Secretariat", "OPCW Conference of the States Parties", "OPCW FFM",
              "OPCW IIT"]  # the OPCW's organs (part_of), by their stored references and names
    assert sent == [("bodies", "OPCW"), *(("bodies", organ) for organ in organs), ("content", "禁化武组织"),
                    ("content", "禁止化学武器组织"), ("content", "国际禁止化武组织"), ("content", "化学武器公约组织"), ("content", "禁化武公约组织"), ("content", "opcw"), ("content", "执理会"), ("content", "化学武器公约缔约国大会"), ("content", "援助")]
    understood = engine.search("1673", using=other_engine).understood
    sent = list(leaves(generic.query_set(understood, {"year": "2016"}, other_engine).query.query_filter))
    assert sent == [("resolutions", "S/RES/1673 (2006)"), ("content", "1673"), ("content", "第1673"), ("content", "1673号"),
                    ("content", "决议1673"), ("year", "2016")]


def test_the_other_engine_answers_a_whole_page(corpus, other_engine):
    """Pages, total and facets come from what the engine returns (the simple backend matches the
    paragraphs whose text contains the word sent: here, the document symbol they cite)."""
    outcome = engine.search("S/2008/493", using=other_engine)
    citing = set(Paragraph.objects.filter(text__contains="S/2008/493").values_list("pk", flat=True))
    assert citing and {hit.paragraph.pk for hit in outcome.hits} == citing
    assert outcome.total == len(citing) == sum(item["count"] for item in outcome.facets["document"])


def test_feeds_and_exports_read_the_other_engine_too(corpus, other_engine):
    """The seam's other readings: every match, and the ranked ids of feeds, exports and alerts
    (a limit of none keeps the count). The simple backend filters no field, so a search inside
    one document is not tried here."""
    citing = Paragraph.objects.filter(text__contains="S/2008/493")
    assert engine.matching_paragraph_ids("S/2008/493", using=other_engine) == set(citing.values_list("pk", flat=True))
    assert engine.ranked_paragraph_ids("S/2008/493", limit=10, using=other_engine) == (list(citing.values_list("pk", flat=True)), 1, False)
    assert engine.ranked_paragraph_ids("S/2008/493", limit=0, using=other_engine) == ([], 1, False)


@pytest.mark.filterwarnings("ignore:(clear|update) is not implemented in this backend:UserWarning")  # the simple backend's no-ops
def test_a_complete_build_goes_through_haystack_for_the_other_engine(corpus, other_engine):
    """`build_search_index` without --if-stale: clear_index and update_index, never the Whoosh folder swap."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("build_search_index", using=other_engine, stdout=out)
    assert out.getvalue().strip() == f"检索索引 (search index): rebuilt ({Paragraph.objects.count()} paragraphs)"
