"""A date range on search (`from`, `to`: YYYY, YYYY-MM or YYYY-MM-DD, both ends inclusive): the
same hits as without it, less those of documents dated outside it or undated, in the same order,
with facets counting only them; a malformed date is a clear 400, never a 500.

The sample documents are dated S/2010/52 2010-01-29, S/AC.44/SR.74 2016-11-20, the Spanish
letter 2016-12-01 and CD/2118 2018-02-19; A/74/140 is undated."""
from datetime import date

import pytest
from haystack import connections

from archive.models import Paragraph
from search import engine, generic
from search.dates import InvalidDate, date_range
from search.query import date_query

from .test_matching import segmented  # noqa: F401 — the segmented index fixture

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SPAIN = "002-2df1659267c69416"


def ranked(query, **filters):
    return engine.ranked_paragraph_ids(query, sort="relevance", filters=filters, limit=10_000)[0]


def dated(ids, first, last):
    """The ids whose document is dated from `first` to `last` (either may be None)."""
    dates = dict(Paragraph.objects.filter(pk__in=ids).values_list("pk", "document__date"))
    return [pk for pk in ids if dates[pk] and (first is None or dates[pk] >= first) and (last is None or dates[pk] <= last)]


def documents(ids):
    return set(Paragraph.objects.filter(pk__in=ids).values_list("document__key", flat=True))


@pytest.mark.parametrize(
    "start, end, first, last, keys",
    [
        ("2016", "2016", date(2016, 1, 1), date(2016, 12, 31), {"s-ac-44-sr-74", SPAIN}),
        ("2016-11-20", "2016-11-20", date(2016, 11, 20), date(2016, 11, 20), {"s-ac-44-sr-74"}),  # one day: both ends held
        ("2016-11-21", "2016-12-01", date(2016, 11, 21), date(2016, 12, 1), {SPAIN}),
        ("2016-12", "", date(2016, 12, 1), None, {SPAIN, "cd-2118"}),  # a month starts on its first day
        ("", "2016-11", None, date(2016, 11, 30), {"s-2010-52", "s-ac-44-sr-74"}),  # and ends on its last
        ("", "2010-01-29", None, date(2010, 1, 29), {"s-2010-52"}),
        ("1900", "", date(1900, 1, 1), None, {"s-2010-52", "s-ac-44-sr-74", SPAIN, "cd-2118"}),  # never the undated A/74/140
    ],
)
def test_a_range_keeps_exactly_the_hits_dated_inside_it_in_the_same_order(corpus, start, end, first, last, keys):
    everything = ranked("决议")
    assert "a-74-140" in documents(everything)
    kept = ranked("决议", **{"from": start, "to": end})
    assert kept == dated(everything, first, last)
    assert documents(kept) == keys


def test_a_range_with_no_dated_document_inside_finds_nothing(corpus):
    outcome = engine.search("决议", filters={"from": "2010-01-30", "to": "2016-11-19"})
    assert (outcome.total, outcome.hits, outcome.facets["year"]) == (0, [], [])


def test_facets_count_only_the_hits_inside_the_range(corpus):
    outcome = engine.search("决议", filters={"from": "2016-12-01"})
    inside = ranked("决议", **{"from": "2016-12-01"})
    assert outcome.total == len(inside)
    assert {item["value"]: item["count"] for item in outcome.facets["year"]} == {
        "2016": len([pk for pk in inside if pk in dated(inside, date(2016, 1, 1), date(2016, 12, 31))]),
        "2018": len(dated(inside, date(2018, 1, 1), date(2018, 12, 31))),
    }
    assert {item["value"] for item in outcome.facets["document"]} == {SPAIN, "cd-2118"}


def test_a_range_combines_with_a_facet_filter(corpus):
    outcome = engine.search("决议", filters={"from": "2016", "to": "2018", "document": "cd-2118"})
    assert {hit.paragraph.document.key for hit in outcome.hits} == {"cd-2118"}
    assert outcome.total == len(ranked("决议", document="cd-2118"))


@pytest.mark.parametrize(
    "start, end, message",
    [
        ("2016-13", "", "起始日期无效：“2016-13”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid start date “2016-13”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("", "2016-02-30", "截止日期无效：“2016-02-30”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid end date “2016-02-30”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("16", "", "起始日期无效：“16”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid start date “16”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2016/01", "", "起始日期无效：“2016/01”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid start date “2016/01”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("0000", "", "起始日期无效：“0000”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid start date “0000”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("(2016)", "", "起始日期无效：“ 2016 ”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD (invalid start date “ 2016 ”: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2017", "2016", "起始日期晚于截止日期 (the start date is after the end date)"),
    ],
)
def test_a_malformed_range_is_a_clear_400_everywhere(client, corpus, start, end, message):
    with pytest.raises(InvalidDate) as raised:
        date_range(start, end)
    assert str(raised.value) == message
    wanted = {"q": "决议", "from": start, "to": end}
    page = client.get("/search/", wanted)
    assert page.status_code == 400
    chinese, english = message[:-1].rsplit(" (", 1)
    assert f'<p class="note invalid" role="alert">{chinese}</p>' in page.content.decode()
    assert f'<p class="note invalid" role="alert">{english}</p>' in client.get("/en/search/", wanted).content.decode()
    assert client.get("/api/v1/search/", wanted).json() == {"status": 400, "message": message}
    assert client.get("/api/v1/search/", wanted).status_code == 400
    assert client.get("/api/search/", wanted).status_code == 400 and client.get("/api/search/", wanted).json() == {"error": message}
    for url in ("/search/export.csv", "/search/export.json", "/search/feed/"):
        response = client.get(url, wanted)
        assert (response.status_code, response.content.decode()) == (400, message)


def test_the_api_and_the_page_apply_the_range(client, corpus):
    inside = ranked("决议", **{"from": "2016", "to": "2016"})
    data = client.get("/api/v1/search/", {"q": "决议", "from": "2016", "to": "2016"}).json()
    assert data["count"] == len(inside)
    assert data["next"] == "http://testserver/api/v1/search/?q=%E5%86%B3%E8%AE%AE&from=2016&to=2016&page=2"
    assert [item["value"] for item in data["facets"]["year"]] == ["2016"]
    assert client.get("/api/search/", {"q": "决议", "from": "2016", "to": "2016"}).json()["total"] == len(inside)
    html = client.get("/search/", {"q": "决议", "from": "2016", "to": "2016"}).content.decode()
    assert '<input type="text" name="from" value="2016"' in html and '<input type="text" name="to" value="2016"' in html
    assert "（不含无日期的文件）" in html
    assert 'href="?q=%E5%86%B3%E8%AE%AE&amp;from=2016&amp;to=2016&amp;page=2" rel="next"' in html
    assert 'href="?q=%E5%86%B3%E8%AE%AE" title="取消筛选"' in html  # the range removed in one click
    exported = client.get("/search/export.json", {"q": "决议", "from": "2016", "to": "2016"}).json()
    assert [row["document"] for row in exported["results"]] and exported["count"] == len(inside)
    assert {row["date"][:4] for row in exported["results"]} == {"2016"}


def test_the_other_engine_is_sent_the_range(corpus):
    from haystack import connections

    from .test_other_engine import OTHER, leaves

    connections.connections_info[OTHER] = {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
    try:
        understood = engine.search("援助", using=OTHER).understood
        results = generic.query_set(understood, {"from": "2016-12", "to": "2018"}, OTHER)
        assert list(leaves(results.query.query_filter))[-2:] == [("sort_date", "20161201"), ("sort_date", "20181231")]
        open_ended = generic.query_set(understood, {"to": "2010"}, OTHER)
        assert list(leaves(open_ended.query.query_filter))[-2:] == [("sort_date", "1"), ("sort_date", "20101231")]
    finally:
        del connections.connections_info[OTHER]
        getattr(connections.thread_local, "connections", {}).pop(OTHER, None)


@pytest.mark.embedded
def test_the_range_query_matches_and_scores_as_whoosh_does(segmented, corpus):  # noqa: F811 — the fixture
    """The range's terms (a whole year's keyword, a partial year's days) through the posting-list
    matching give Whoosh's own answer, over segments with deletions and over the live index."""
    from .test_matching import built, posting_lists, whoosh_reference

    ranges = [(20160101, 20161231), (20161201, 20181231), (20161120, 20161120), (1, 20100129), (20100130, 20161119)]
    for backend in (segmented, connections["default"].get_backend()):
        searcher = backend.searcher()
        held = sorted(set(searcher.reader().column_reader("sort_date")) - {0})
        answered = 0
        for first, last in ranges:
            for typed in ("决议", "援助 -核", "OPCW"):
                query = built(typed, filters=[date_query(held, first, last)])
                expected = whoosh_reference(searcher, query)
                found = posting_lists(searcher, query, 5)
                assert [docnum for _, docnum in found] == [docnum for _, docnum in expected], (typed, first, last)
                assert [score for score, _ in found] == pytest.approx([score for score, _ in expected], rel=1e-9), (typed, first, last)
                answered += bool(expected)
        assert answered >= 9
