"""Read, before the first query, everything a search reads once per process or per open index.

Left to the first query, a fresh web worker spends a second or more loading jieba's dictionary
and the index's per-searcher tables (paragraph ids and dates, document versions, facet tables),
and every worker pays it again. gunicorn.conf.py calls `warm_up` in the master before it forks
its workers, so they start with all of it in shared memory, and `read_index_tables` before each
later fork, so a worker started after a commit or a rebuild starts with the current index.
Nothing here runs a search or keeps an answer: the tables are those the backend keeps for as
long as its searcher is current, and a worker still reopens the index after a commit or a
rebuild. No database access either, so no connection is open when the master forks.
"""
from django.urls import get_resolver

from unref import sounds

from . import engines
from . import query as queries
from .analysis import segmenter

# Understood and turned into a Whoosh query once, to load the tables of every kind of term:
# words, a resolution, a body's acronym, a quoted phrase and an exclusion.
SAMPLE_QUERY = '第1540(2004)号决议 禁化武组织 出口管制 "国家报告" -欧盟'


def warm_up(using="default"):
    """Load the views, the query analysis and, if the index is there, its per-searcher tables
    (the slowest of them read meanwhile by a helper process where the engine can).
    Returns the number of paragraphs in the open index (None if there is none to read)."""
    engine = engines.of(using)
    with engine.read_tables_beside():
        get_resolver().url_patterns  # imports every view module
        segmenter()
        queries.build(queries.understand(SAMPLE_QUERY))
        sounds.read_alike("盛", "勝")  # every character's reading, by which names typed two ways are read
    return read_index_tables(using)


def read_index_tables(using="default"):
    """Open the index (or keep it open if it is current) and read its per-searcher tables;
    the number of paragraphs in it, or None if the engine has none to read."""
    return engines.of(using).read_tables()
