"""search.ranking: the one module that ranks, for every engine."""
import math
import sqlite3

import pytest

from search import ranking
from search.query import MAX_QUERY_LENGTH


def test_bands_are_far_enough_apart_that_a_score_inside_one_never_reaches_the_next():
    """The most a hit can score inside a band: every term of the longest query (200 characters,
    so at most 200 terms) at BM25F's ceiling, idf·(K1+1), in an archive of a million paragraphs
    where the term occurs once."""
    from whoosh.scoring import BM25F

    weighting = BM25F()
    idf = math.log(1_000_000 / 1) + 1  # Whoosh's idf, df = 1
    ceiling = MAX_QUERY_LENGTH * idf * (weighting.K1 + 1)
    assert ranking.WORDS * ceiling < ranking.VERBATIM
    assert ranking.OTHER_FORM * ceiling < ranking.WORDS
    # PostgreSQL: a matched leaf scores its band times (1 + bonus), the bonus below 1


@pytest.mark.parametrize("occurrences, length", [(1, 2), (1, 5000), (40, 80), (1000, 1000), (0, 10)])
def test_the_density_bonus_stays_inside_the_band(occurrences, length):
    sql = ranking.density_sql(lambda: str(float(occurrences)), str(length))
    bonus = sqlite3.connect(":memory:").execute(f"SELECT {sql}").fetchone()[0]
    assert 0 <= bonus < 1
    assert (bonus == 0) == (occurrences == 0)


def test_the_density_bonus_grows_with_occurrences_and_shrinks_with_length():
    def bonus(occurrences, length):
        sql = ranking.density_sql(lambda: str(float(occurrences)), str(length))
        return sqlite3.connect(":memory:").execute(f"SELECT {sql}").fetchone()[0]

    assert bonus(1, 100) < bonus(2, 100) < bonus(5, 100)
    assert bonus(2, 100) > bonus(2, 2000)


def test_each_use_of_the_occurrences_sql_is_asked_for_anew():
    calls = []
    ranking.density_sql(lambda: calls.append(1) or "1", "10")
    assert len(calls) == 2  # each binds its own parameters in the PostgreSQL engine


def test_best_first_then_the_earlier_paragraph():
    matches = [(2.0, 7), (5.0, 9), (2.0, 3), (5.0, 1)]
    ranking.order(matches, score=lambda m: m[0], position=lambda m: m[1])
    assert matches == [(5.0, 1), (5.0, 9), (2.0, 3), (2.0, 7)]


def test_by_date_newest_first_then_best_then_the_earlier_paragraph():
    dates = {1: 20040428, 3: 20160401, 7: 20160401, 9: 20110101}
    matches = [(2.0, 7), (5.0, 9), (2.0, 3), (9.0, 1)]
    ranking.order(matches, score=lambda m: m[0], position=lambda m: m[1], date=lambda m: dates[m[1]])
    assert matches == [(2.0, 3), (2.0, 7), (5.0, 9), (9.0, 1)]


def test_bm25_is_whooshs_own_formula():
    from whoosh.scoring import bm25

    for args in [(1.3, 1, 10, 12.5, 0.75, 1.2), (4.2, 3, 120, 48.0, 0.75, 1.2), (0.2, 7, 3, 3.0, 0.5, 2.0)]:
        assert ranking.bm25(*args) == bm25(*args)
