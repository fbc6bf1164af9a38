"""bench/scale.py's table: a later run for other sizes adds its rows to the written ones, and the
growth fit reads linear growth as exponent 1 and a fixed cost as the linear fit's intercept."""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("scale_table", Path(__file__).resolve().parents[1] / "bench" / "scale_table.py")
scale_table = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scale_table)


def row(size, paragraphs, p50, when="2026-11-23 16:00"):
    return {
        "size": float(size), "paragraphs": float(paragraphs), "documents": paragraphs / 100, "characters_m": paragraphs / 7600,
        "ingest_s": paragraphs / 1000, "build_s": paragraphs / 500, "index_mb": paragraphs / 400, "database_mb": paragraphs / 1100,
        "p50_ms": p50, "p95_ms": 2 * p50, "fts5_p50_ms": 1.5, "fts5_p95_ms": 4.0, "worker_mb": 150 + paragraphs / 1000,
        "worker_private_mb": 140.0,
        "measured": when,
    }


def test_a_later_run_adds_its_sizes_to_the_written_table():
    note = "Measured by `bench/scale.py`."
    first = [row(25000, 26000, 10.0), row(50000, 52000, 14.0)]
    document = "# Deployment\n\n## How far one machine goes\n\n" + scale_table.section(first, note) + "\nProse after.\n"
    read = scale_table.parse_rows(document)
    assert [(r["size"], r["paragraphs"], r["p50_ms"], r["measured"]) for r in read] == [
        (25000.0, 26000.0, 10.0, "2026-11-23 16:00"), (50000.0, 52000.0, 14.0, "2026-11-23 16:00"),
    ]
    later = [row(200000, 208000, 30.0, "2026-11-23 17:10"), row(50000, 52000, 15.0, "2026-11-23 17:10")]
    merged = scale_table.merge_rows(read, later)
    assert [(r["size"], r["p50_ms"], r["measured"]) for r in merged] == [
        (25000.0, 10.0, "2026-11-23 16:00"), (50000.0, 15.0, "2026-11-23 17:10"), (200000.0, 30.0, "2026-11-23 17:10"),
    ]


def test_a_document_without_the_section_has_no_rows():
    assert scale_table.parse_rows("# Deployment\n\n| 25,000 | 1 |\n") == []


def test_growth_fits():
    linear = [(25000, 62.5), (50000, 125.0), (100000, 250.0)]
    a, b = scale_table.power_fit(linear)
    assert b == pytest.approx(1.0)
    assert a * 1_000_000 == pytest.approx(2500.0)
    fixed, slope = scale_table.linear_fit([(25000, 175.0), (50000, 200.0), (100000, 250.0)])
    assert (fixed, slope * 100_000) == (pytest.approx(150.0), pytest.approx(100.0))
    assert scale_table.power_fit([(10000, 4.0), (40000, 8.0)])[1] == pytest.approx(0.5)


def test_growth_lines_need_two_sizes():
    assert scale_table.growth_lines([row(25000, 26000, 10.0)]) == []
    lines = scale_table.growth_lines([row(25000, 26000, 10.0), row(50000, 52000, 14.0)])
    assert "| index (MB) | 1.00 | 0.0 + 250.0 | 2,500 | 2,500 |" in lines
    assert lines[-4] == "| worker memory (MB) | 0.20 | 150.0 + 100.0 | 364 | 1,150 |"
    assert lines[-3] == "| worker private memory (MB) | 0.00 | 140.0 + 0.0 | — | — |"
