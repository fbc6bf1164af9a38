"""How hits are ranked, for every engine: the bands, the score inside a band, how the scores of
a query's parts add up, and the order a page shows.

A hit's band is what it matched: the query **verbatim**, then all its **words** anywhere, then
only **another form** of what it names (another name, a stored reference, a resolution written
another way). The bands are boosts on the query tree (`search.query` builds it with them), far
enough apart that the score inside a band never lifts a hit into the band above. Inside a band
the embedded engine scores as Whoosh scores (BM25F, combined as Whoosh's matchers combine their
children, so `search.matching` gives Whoosh's own scores); PostgreSQL keeps no term statistics,
and there a verbatim string ranks higher the more often and the more densely it occurs
(`density_sql`). Ties go to the earlier paragraph, so the order never depends on the engine's
reading order.
"""

VERBATIM, WORDS, OTHER_FORM = 10_000.0, 1.0, 0.0001

# The length, in characters, at which one occurrence of a verbatim string counts half as much
# towards its density as it would in a very short paragraph (PostgreSQL's in-band score).
DENSITY_LENGTH = 400


def bm25(idf, tf, fl, avgfl, B, K1):
    """Whoosh's BM25F for one term in one paragraph (`whoosh.scoring.bm25`), the same operations
    in the same order, so the embedded engine's scores equal Whoosh's bit for bit."""
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


def boosted(score, boost):
    """As Whoosh's wrapping matcher: a boost of 1 leaves the score untouched."""
    return score * boost if boost != 1.0 else score


def tree_sum(scores):
    """Scores added as Whoosh's binary tree of intersection matchers adds them."""
    if len(scores) == 1:
        return scores[0]
    if len(scores) == 2:
        return scores[0] + scores[1]
    half = len(scores) // 2
    return tree_sum(scores[:half]) + tree_sum(scores[half:])


def density(occurrences, length):
    """The in-band bonus of a string printed `occurrences` times in a paragraph of `length`
    characters: the formula `density_sql` writes for PostgreSQL."""
    return occurrences / (occurrences + 1 + length / DENSITY_LENGTH)


def density_sql(occurrences, length):
    """SQL for the in-band bonus of a verbatim string, in [0, 1): the more often it occurs and
    the shorter the paragraph (`length`, an SQL expression in characters), the nearer 1; one
    occurrence in a long paragraph adds almost nothing. `occurrences()` gives the SQL counting
    them, called once for each place it is written (each call binds its own parameters)."""
    return f"{occurrences()} / ({occurrences()} + 1 + {length} / {DENSITY_LENGTH:.1f})"


def in_band(boost, bonus_sql):
    """SQL for a matched leaf's score: its band (the boost), raised inside the band by a bonus."""
    return f"{boost!r} * (1 + {bonus_sql})"


def order(matches, score, position, date=None):
    """Sort `matches` in place: best first (then the earlier paragraph), or newest first (then
    best) when `date` gives each match's sort date. `score` and `position` read a match's score
    and its place in the archive (a paragraph number or id)."""
    if date is not None:
        matches.sort(key=lambda match: (-date(match), -score(match), position(match)))
    else:
        matches.sort(key=lambda match: (-score(match), position(match)))
