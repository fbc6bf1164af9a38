"""Exact Chinese substrings inside PostgreSQL: the PostgreSQL engine's bigram `tsvector` against
`pg_trgm`, on an archive `bench/search.py --keep --postgresql URL` left behind.

Run:  .venv/bin/python bench/pg_substrings.py postgres://user:password@host/database

For each string, the paragraphs containing it are counted twice, medians of 7: through the
engine's own condition (the GIN lookup of all the string's bigrams, then `strpos` on `body`),
and through a `pg_trgm` GIN index on `body` with `LIKE '%…%'`. The first run creates the
extension (trusted: the database's owner may) and the index, and says how long the index took;
the database is the benchmark's own, so both are left there. Figures: docs/benchmarks.md.
"""
import argparse
import statistics
import time

import psycopg

STRINGS = ["核查", "基辅", "出口管制", "全面审查", "止恐怖分", "边境管制", "大规模毁灭性武器", "防止恐怖分子获取", "国家执行行动计划"]


def timed(connection, sql, *args, rounds=7):
    connection.execute(sql, args).fetchall()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        found = connection.execute(sql, args).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), found[0][0]


def bigrams(string):
    return " & ".join(f"'{string[i:i + 2]}'" for i in range(len(string) - 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    url = parser.parse_args().url
    with psycopg.connect(url, autocommit=True) as connection:
        entries = connection.execute("SELECT count(*) FROM search_entry").fetchone()[0]
        sizes = connection.execute(
            "SELECT pg_size_pretty(pg_relation_size('search_entry_grams')), pg_size_pretty(pg_relation_size('search_entry_words')),"
            " pg_size_pretty(pg_total_relation_size('search_entry'))"
        ).fetchone()
        print(f"{entries} entries; grams index {sizes[0]}, words index {sizes[1]}, table with its indexes {sizes[2]}")
        if not connection.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'bench_body_trgm'").fetchall():
            started = time.perf_counter()
            connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            connection.execute("CREATE INDEX bench_body_trgm ON search_entry USING gin (body gin_trgm_ops)")
            print(f"pg_trgm index built in {time.perf_counter() - started:.1f} s")
        print("pg_trgm index", connection.execute("SELECT pg_size_pretty(pg_relation_size('bench_body_trgm'))").fetchone()[0])
        print("| string | hits | bigrams + strpos ms | pg_trgm LIKE ms |")
        print("|---|---:|---:|---:|")
        for string in STRINGS:
            ours, hits = timed(connection, "SELECT count(*) FROM search_entry e WHERE e.grams @@ %s::tsquery AND strpos(e.body, %s) > 0", bigrams(string), string)
            trigrams, same = timed(connection, "SELECT count(*) FROM search_entry e WHERE e.body LIKE %s", f"%{string}%")
            assert same == hits, (string, hits, same)
            print(f"| {string} | {hits:,} | {ours:.1f} | {trigrams:.1f} |")


if __name__ == "__main__":
    main()
