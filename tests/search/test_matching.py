"""Matching with posting lists (`search.matching`) answers exactly as Whoosh's own matchers do:
the same paragraphs, in the same order, with the same scores (to float rounding), over an
index of several segments, one with deleted entries. The reference is computed here with
Whoosh's searcher directly."""
import pytest
from haystack import connections
from haystack.constants import ID
from whoosh.filedb.filestore import FileStorage
from whoosh.query import AndNot, Not, Or, Phrase, Prefix, Term, Wildcard

from search import matching, postings
from search import query as queries
from search.budget import Budget
from search.characters import LoneUnit
from search.reading import IndexView
from search.search_indexes import ParagraphIndex

pytestmark = pytest.mark.django_db

TYPED = [
    "援助", "出口管制", "核", "安全理事会", '"全面审查"', '"国家执行行动计划"', "止恐怖分", "执行情况",
    "大規模毀滅性武器", "1540", "第1810(2008)号决议", "S/RES/2325 (2016)", "A/RES/73/55", "1977",
    "OPCW", "禁化武組織", "IAEA", "国际原子能机构", "INTERPOL", "禁化武组织视察", "制裁基地组织/塔利班委员会",
    "CD/2118", "援助 核", "出口 管制 援助", "非国家行为体 -欧盟", "援助 -核 -的", "安全理事会 -决议",
    '-"全面审查" 审查', "援助 -出口管制", "xyzzy", "的 国",
]


class Opened:
    """The two things an IndexView asks of a backend, over an index opened here."""

    def __init__(self, index):
        self.index, self.kept = index, {}
        self._searcher = index.searcher()

    def searcher(self):
        return self._searcher

    def cached(self, name, make):
        if name not in self.kept:
            self.kept[name] = make()
        return self.kept[name]


@pytest.fixture(scope="module")
def segmented(corpus, django_db_blocker, tmp_path_factory):
    """The sample paragraphs in three segments (the middle one with a third of its entries
    deleted), as IndexView's backend. In a folder of the test's own: Whoosh's in-memory storage
    writes its segments' sorting files to /tmp/MAIN.tmp, which another suite running beside this
    one deletes under it."""
    backend = connections["default"].get_backend()
    backend.setup()
    index = FileStorage(str(tmp_path_factory.mktemp("segmented"))).create_index(backend.schema)
    paragraph_index = ParagraphIndex()
    with django_db_blocker.unblock():
        entries = [paragraph_index.full_prepare(p) for p in paragraph_index.index_queryset()]
    third = len(entries) // 3
    for part in (entries[:third], entries[third:2 * third], entries[2 * third:]):
        writer = index.writer()
        for entry in part:
            writer.add_document(**{key: backend._from_python(value) for key, value in entry.items() if key != "boost"})
        writer.commit(merge=False)
    writer = index.writer()
    for entry in entries[third:2 * third:3]:
        writer.delete_by_term(ID, entry[ID])
    writer.commit(merge=False)
    opened = Opened(index)
    readers = [subsearcher.reader() for subsearcher, _ in opened.searcher().leaf_searchers()]
    assert [reader.has_deletions() for reader in readers] == [False, True, False]
    return opened


def built(typed, filters=(), references_indexed=True):
    return queries.build(queries.understand(typed), filters=filters, references_indexed=references_indexed)


def battery(searcher):
    """Queries as the engine builds them, with facet filters, raw nodes and the lone-unit lists."""
    found = [built(typed) for typed in TYPED] + [built(typed, references_indexed=False) for typed in ("1540", "OPCW", "A/RES/73/55")]
    reader = searcher.reader()
    for field in ("year", "document_key", "resolutions", "bodies"):
        value = next(iter(reader.lexicon(field)), None)
        if value is not None:
            found += [built(typed, filters=[(field, value.decode("utf-8"))]) for typed in ("援助", "1540", "OPCW")]
    references = [value.decode("utf-8") for value in reader.lexicon("resolutions")]
    prefixes = {}  # Whoosh matches a prefix of one term, two terms and more each its own way
    for value in references:
        for end in range(1, len(value) + 1):
            prefixes.setdefault(min(3, sum(other.startswith(value[:end]) for other in references)), value[:end])
    assert sorted(prefixes) == [1, 2, 3]
    found += [Prefix("resolutions", prefix, boost=0.5) for prefix in prefixes.values()]
    found += [
        Prefix("resolutions", "S/RES/", boost=0.5), Prefix("resolutions", "S/RES/1540 ("), Term("document", "CD/2118", boost=3.0),
        Or([LoneUnit("核"), Term("bigrams", "援助")], boost=2.0), AndNot(Term("bigrams", "援助"), LoneUnit("的", "核")),
        # an AndNot inside a query (a form not where it is part of a longer name: search.query._form_query)
        Or([AndNot(Phrase("bigrams", ["原子", "子能"]), Phrase("bigrams", ["国际", "际原"])), Term("bigrams", "援助")], boost=0.5),
    ]
    return found


def whoosh_reference(searcher, query):
    """Every match and its score as Whoosh's matchers give them: [(score, docnum)]."""
    positive, negative = (query.a, query.b) if isinstance(query, AndNot) else (query, None)
    excluded = set(searcher.docs_for_query(negative)) if negative is not None else set()
    found = []
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = positive.matcher(subsearcher, searcher.context())
        while matcher.is_active():
            if offset + matcher.id() not in excluded:
                found.append((matcher.score(), offset + matcher.id()))
            matcher.next()
    return found


def posting_lists(searcher, query, first_window):
    positive, negative = (query.a, query.b) if isinstance(query, AndNot) else (query, None)
    return [(score, offset + docnum) for _, offset, hits in matching.segments(searcher, positive, negative, first_window)
            for docnum, score in hits if score is not None]


@pytest.mark.parametrize("first_window", [matching.FIRST_WINDOW, 5])
def test_posting_lists_match_and_score_as_whoosh_does(segmented, corpus, first_window):
    for backend in (segmented, connections["default"].get_backend()):
        searcher = backend.searcher()
        answered = 0
        for query in battery(searcher):
            expected = whoosh_reference(searcher, query)
            found = posting_lists(searcher, query, first_window)
            assert [docnum for _, docnum in found] == [docnum for _, docnum in expected], query
            assert [score for score, _ in found] == pytest.approx([score for score, _ in expected], rel=1e-9), query
            answered += bool(expected)
        assert answered >= 30


def whoosh_pass(searcher, query, budget, limit):
    """The one pass of `IndexView.matches` (limit, candidates, reached) with Whoosh's matchers."""
    positive, negative = (query.a, query.b) if isinstance(query, AndNot) else (query, None)
    excluded = set(searcher.docs_for_query(negative)) if negative is not None else set()
    everything = searcher.doc_count_all()
    matches, candidates = [], 0
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = positive.matcher(subsearcher, searcher.context())
        while matcher.is_active():
            docnum = offset + matcher.id()
            if docnum not in excluded:
                matches.append((matcher.score(), docnum))
            matcher.next()
            candidates += 1
            if candidates >= budget.candidates or (limit is not None and len(matches) >= limit):
                more = matcher.is_active() or offset + subsearcher.doc_count_all() < everything
                stopped = "candidates" if more and candidates >= budget.candidates else ""
                return matches, not more, docnum + 1, stopped
    return matches, True, everything, ""


@pytest.mark.parametrize("first_window", [matching.FIRST_WINDOW, 5])
@pytest.mark.parametrize("candidates, limit", [(5000, None), (5000, 7), (5000, 1), (12, None), (12, 30), (3, 2)])
def test_a_capped_pass_stops_where_whoosh_stopped(segmented, candidates, limit, first_window, monkeypatch):
    monkeypatch.setattr(matching, "FIRST_WINDOW", first_window)  # small windows: stops and counts across them
    view, searcher, budget = IndexView(segmented), segmented.searcher(), Budget(candidates=candidates)
    for typed in ("援助", "出口管制", "援助 -核", "OPCW", "的", "安全理事会 -决议"):
        query = built(typed)
        found, complete, reached, stopped = view.matches(query, budget, limit)
        expected, *rest = whoosh_pass(searcher, query, budget, limit)
        assert [docnum for _, docnum in found] == [docnum for _, docnum in expected], typed
        assert [score for score, _ in found] == pytest.approx([score for score, _ in expected], rel=1e-9)
        assert [complete, reached, stopped] == rest, typed


def test_a_query_node_not_handled_is_matched_by_whoosh(segmented):
    view, searcher = IndexView(segmented), segmented.searcher()
    for query in (Wildcard("bigrams", "援*"), Or([Term("bigrams", "援助"), Not(Term("bigrams", "核查"))]), AndNot(Term("bigrams", "援助"), Wildcard("bigrams", "核*"))):
        positive, negative = (query.a, query.b) if isinstance(query, AndNot) else (query, None)
        with pytest.raises(matching.Unsupported):
            matching.segments(searcher, positive, negative)
        found = view.matches(query, Budget())[0]
        assert found == whoosh_reference(searcher, query) and found


def test_postings_are_read_as_whoosh_reads_them(segmented, corpus):
    """Ids, weights and encoded positions, window by window, deleted entries left out, over
    posting lists of one block and of several."""
    longest = 0
    for backend in (segmented, connections["default"].get_backend()):
        for subsearcher, _ in backend.searcher().leaf_searchers():
            reader = subsearcher.reader()
            for field in ("bigrams", "text", "resolutions", "document"):
                # a seventh of the terms, and every list longer than one block
                for term in (t for i, t in enumerate(reader.lexicon(field)) if i % 7 == 0 or reader.doc_frequency(field, t) > 128):
                    matcher = reader.postings(field, term)
                    expected = [], [], []
                    while matcher.is_active():
                        for found, value in zip(expected, (matcher.id(), matcher.weight(), matcher.value())):
                            found.append(value)
                        matcher.next()
                    cursor, sparse = (postings.Cursor(reader, field, term, positions=True) for _ in range(2))
                    holding = set(expected[0])
                    wanted = sorted(set(expected[0][::3]) | {docnum + 1 for docnum in expected[0][1::5]})
                    found, start = ([], [], []), 0
                    for end in (0, 1, 7, 8, 40, 41, 300, reader.doc_count_all()):
                        for whole, part in zip(found, cursor.take(end).read()):
                            whole.extend(part)
                        some = set(sparse.take(end).read(wanted)[0])  # only blocks holding a wanted paragraph
                        assert some <= holding and all(start <= docnum < end for docnum in some)
                        assert some >= {docnum for docnum in wanted if start <= docnum < end and docnum in holding}
                        start = end
                    assert found == expected, (field, term)
                    if field == "bigrams":
                        decode, format_ = postings.positions_decoder(reader.schema[field].format), reader.schema[field].format
                        assert [list(decode(value)) for value in found[2]] == [format_.decode_positions(value) for value in expected[2]]
                    longest = max(longest, len(expected[0]))
    assert longest > 128  # Whoosh's blocks hold 128 postings: some lists are two blocks
