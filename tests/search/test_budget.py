"""The budget on one search's work: what is kept, what the reader is told, and that the lone
character lists answer exactly what the bigram expansion they replace answered."""
import pytest
from whoosh.query import Or, Prefix, Term

from archive.models import Paragraph
from search import embedded, engine
from search.budget import BUDGET, Budget, fit_postings, stopped_note
from search.characters import LoneUnit
from search.query import build, text_query, understand
from search.reading import IndexView
from unref import normalise_for_search as normalise
from unref.normalise import is_cjk

SINGLES = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"


def test_single_characters_beyond_the_budget_are_dropped_in_typed_order_and_named():
    understood = understand(" ".join(SINGLES[:100]))
    kept = SINGLES[:BUDGET.single_characters]
    assert [t.value for t in understood.terms] == list(kept)
    assert understood.dropped == list(SINGLES[BUDGET.single_characters:100])
    assert understood.notes == [
        f"单字过多，只用前 {BUDGET.single_characters} 个单字，已忽略：{'、'.join(SINGLES[6:16])} 等 94 个 "
        f"(too many single characters: only the first {BUDGET.single_characters} are used; ignored: {', '.join(SINGLES[6:16])} and 84 more)"
    ]


def test_single_character_exclusions_count_against_the_same_budget():
    understood = understand("出口管制 " + " ".join(f"-{c}" for c in SINGLES[:30]))
    assert [t.surface for t in understood.terms] == ["出口管制"]
    assert [t.value for t in understood.excluded] == list(SINGLES[:BUDGET.single_characters])
    assert understood.dropped == list(SINGLES[BUDGET.single_characters:30])
    assert understood.notes[0].startswith("单字过多") and len(understood.notes) == 1


def test_terms_and_exclusions_beyond_the_budget():
    words = [f"词{n:02d}" for n in range(20)]
    understood = understand(" ".join(words) + " " + " ".join(f"-排除{n:02d}" for n in range(15)))
    assert [t.surface for t in understood.terms] == words[:BUDGET.terms]
    assert [t.surface for t in understood.excluded] == [f"排除{n:02d}" for n in range(BUDGET.exclusions)]
    assert [note[:6] for note in understood.notes] == ["检索词过多，", "排除词过多，"]
    assert understood.as_dict()["dropped"] == words[BUDGET.terms:] + [f"排除{n:02d}" for n in range(BUDGET.exclusions, 15)]


def test_alternative_forms_share_one_budget():
    whole = understand("OPCW IAEA")
    assert len(whole.terms[0].forms) >= 2 and whole.terms[1].forms
    understood = understand("OPCW IAEA", budget=Budget(expansions=1))
    assert [len(t.forms) for t in understood.terms] == [1, 0]
    assert understood.terms[0].forms == whole.terms[0].forms[:1]
    assert understood.notes == ["同义形式过多，只检索前 1 个，已截短：OPCW、IAEA (too many alternative forms: only the first 1 are searched; shortened: OPCW, IAEA)"]


def test_within_the_budget_nothing_is_dropped_or_said():
    understood = understand("出口管制 援助 核 -欧盟 -化")
    assert understood.dropped == [] and understood.notes == []


def test_postings_budget_keeps_the_rarest_lone_characters():
    understood = understand("核 出口 查 -武 -生 -的")
    cost = {"核": 200, "查": 150, "武": 10, "生": 10, "的": 140}
    fit_postings(understood, lambda term: cost[term.value], Budget(postings=300))
    assert [t.value for t in understood.terms] == ["出口", "查"]
    assert [t.value for t in understood.excluded] == ["武", "生"]
    assert understood.dropped == ["核", "的"]
    assert understood.notes[-1] == (
        "这些单字（或单个词）过于常见，一起检索费时过多，已忽略：核、的 "
        "(these single characters (or lone words) are too common to search for together; ignored: 核, 的)"
    )


def test_the_cheapest_term_to_find_is_kept_when_none_fits():
    understood = understand("的 核 -查")
    cost = {"的": 900, "核": 500, "查": 1}
    fit_postings(understood, lambda term: cost[term.value], Budget(postings=100))
    assert [t.value for t in understood.terms] == ["核"] and [t.value for t in understood.excluded] == ["查"]
    assert understood.dropped == ["的"]


def test_exclusions_alone_have_no_first_term_to_keep():
    understood = understand("-核 -查")
    fit_postings(understood, lambda term: 10**9, Budget(postings=1))
    assert understood.excluded == [] and understood.dropped == ["核", "查"]


def test_repeated_words_are_matched_once():
    query = text_query(normalise("援助援助援助援助")[0])
    words = [q for q in query.subqueries[1].subqueries]
    assert len(words) == len(set(words)) == 1


def test_lone_character_exclusions_become_one_list():
    query = build(understand("出口管制 -核 -化 -生 -欧盟"))
    assert isinstance(query.b, Or)
    assert LoneUnit("核", "化", "生") in query.b.subqueries and len(query.b.subqueries) == 2


@pytest.mark.embedded
@pytest.mark.django_db
def test_a_lone_character_finds_what_its_bigram_expansion_found(corpus):
    """The sorted lists replace `Or(Prefix(bigrams), Term(text))` without changing a single hit."""
    from haystack import connections

    searcher = connections["default"].get_backend().searcher()
    text = "".join(Paragraph.objects.values_list("text", flat=True))
    for unit in sorted({c for c in normalise(text)[0] if is_cjk(c)})[::25] + ["a", "1"]:
        old = Or([Prefix("bigrams", unit), Term("text", unit)]) if is_cjk(unit) else Or([Term("text", unit), Term("bigrams", unit), Prefix("bigrams", unit + " ")])
        assert set(LoneUnit(unit).docs(searcher)) == set(old.docs(searcher)), unit


@pytest.mark.django_db
@pytest.mark.contract
def test_lone_character_exclusions_remove_exactly_their_paragraphs(corpus):
    together = engine.matching_paragraph_ids("援助")
    for unit in "核国的":
        assert engine.matching_paragraph_ids(f"援助 -{unit}") == together - engine.matching_paragraph_ids(unit)
    assert engine.matching_paragraph_ids("援助 -核 -国") == together - engine.matching_paragraph_ids("核") - engine.matching_paragraph_ids("国")


def _commonest(n):
    counts = {}
    for text in Paragraph.objects.values_list("text", flat=True):
        for char in set(normalise(text)[0]):
            if is_cjk(char):
                counts[char] = counts.get(char, 0) + 1
    return sorted(counts, key=lambda c: (-counts[c], c))[:n]


@pytest.mark.django_db
@pytest.mark.contract
def test_a_hundred_single_characters_answer_with_the_note_and_real_hits(client, corpus):
    common = _commonest(100)
    query = " ".join(common)
    outcome = engine.search(query)
    kept = [t.value for t in outcome.understood.terms]
    assert kept == common[:BUDGET.single_characters]
    assert outcome.total > 0 and outcome.hits
    assert all(all(c in normalise(hit.paragraph.text)[0] for c in kept) for hit in outcome.hits)
    note = outcome.understood.notes[0]
    assert note.startswith(f"单字过多，只用前 {BUDGET.single_characters} 个单字")
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200
    assert note.split("：")[0].encode() in page.content and b'class="hit"' in page.content
    data = client.get("/api/search/", {"q": query}).json()
    assert data["understood"]["notes"] == outcome.understood.notes
    assert data["understood"]["dropped"] == common[BUDGET.single_characters:]
    assert data["total"] == outcome.total and data["results"]


@pytest.mark.django_db
@pytest.mark.contract
def test_the_pass_stops_after_the_candidate_budget(client, corpus, monkeypatch, engine_module):
    everything = engine.search("决议")
    assert everything.total > 30 and not everything.estimated
    small = Budget(candidates=30)
    monkeypatch.setattr(engine_module, "BUDGET", small)
    for sort in ("relevance", "date"):
        outcome = engine.search("决议", sort=sort)
        assert (outcome.examined, outcome.estimated) == (30, True)
        assert outcome.understood.notes == [stopped_note("candidates", small)]
        assert len(outcome.hits) == 20
    data = client.get("/api/search/", {"q": "决议"}).json()
    assert data["examined"] == 30 and data["understood"]["notes"] == [stopped_note("candidates", small)]


@pytest.mark.embedded
@pytest.mark.django_db
def test_exclusions_count_as_candidates(corpus, monkeypatch):
    """Paragraphs an exclusion removes were still checked: they use up the budget too."""
    from haystack import connections

    index = IndexView(connections["default"].get_backend())
    first_ten = index.paragraph_ids(docnum for _, docnum in index.matches(build(understand("决议")), BUDGET, 10)[0])
    excluded = engine.matching_paragraph_ids("的")
    kept = sum(pk not in excluded for pk in first_ten)
    assert len(first_ten) == 10 and kept < 10
    monkeypatch.setattr(embedded, "BUDGET", Budget(candidates=10))
    outcome = engine.search("决议 -的")
    assert (outcome.examined, outcome.estimated) == (kept, True)
