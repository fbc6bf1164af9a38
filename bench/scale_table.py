"""The table of bench/scale.py: its rows written and read back (so a later run can add sizes), and
the growth fitted from them. Standard library only (tests/test_bench_scale.py)."""
from __future__ import annotations

import math
import re

MARK_START = "<!-- bench/scale.py: start -->"
MARK_END = "<!-- bench/scale.py: end -->"
TARGET = 1_000_000

# (key, heading, digits); a row of the table is these values in this order
COLUMNS = [
    ("size", "corpus asked", 0),
    ("paragraphs", "paragraphs", 0),
    ("documents", "documents", 0),
    ("characters_m", "M chars", 1),
    ("ingest_s", "`ingest --no-index` s", 1),
    ("build_s", "`build_search_index` s", 1),
    ("index_mb", "index MB", 0),
    ("database_mb", "database MB", 0),
    ("p50_ms", "search p50 ms", 1),
    ("p95_ms", "search p95 ms", 1),
    ("fts5_p50_ms", "FTS5 p50 ms", 1),
    ("fts5_p95_ms", "FTS5 p95 ms", 1),
    ("worker_mb", "worker MB", 0),
    ("worker_private_mb", "of which private MB", 0),
    ("measured", "measured", None),
]
# what the growth lines fit, against paragraphs
GROWTH = [
    ("p50_ms", "search p50", "ms"),
    ("p95_ms", "search p95", "ms"),
    ("fts5_p50_ms", "FTS5 p50", "ms"),
    ("index_mb", "index", "MB"),
    ("database_mb", "database", "MB"),
    ("ingest_s", "`ingest --no-index`", "s"),
    ("build_s", "`build_search_index`", "s"),
    ("worker_mb", "worker memory", "MB"),
    ("worker_private_mb", "worker private memory", "MB"),
]


def format_row(row: dict) -> str:
    cells = []
    for key, _, digits in COLUMNS:
        value = row[key]
        cells.append(value if digits is None else f"{value:,.{digits}f}")
    return "| " + " | ".join(cells) + " |"


def parse_rows(text: str) -> list[dict]:
    """The rows of this benchmark's table in a document (none if it has no section yet)."""
    if MARK_START not in text:
        return []
    section = text.split(MARK_START, 1)[1].split(MARK_END, 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != len(COLUMNS) or not re.fullmatch(r"[\d,]+", cells[0]):
            continue
        rows.append({
            key: cell if digits is None else float(cell.replace(",", ""))
            for (key, _, digits), cell in zip(COLUMNS, cells)
        })
    return rows


def merge_rows(old: list[dict], new: list[dict]) -> list[dict]:
    """Old rows of sizes not measured again, and the new ones; by size."""
    measured = {row["size"] for row in new}
    return sorted([row for row in old if row["size"] not in measured] + new, key=lambda row: row["size"])


def power_fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(a, b) of y = a·n^b by least squares on logarithms: b near 1 is linear growth."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return math.exp(my - b * mx), b


def linear_fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(fixed, per paragraph) of y = fixed + slope·n by least squares."""
    mx = sum(n for n, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    slope = sum((n - mx) * (y - my) for n, y in points) / sum((n - mx) ** 2 for n, _ in points)
    return my - slope * mx, slope


def growth_lines(rows: list[dict]) -> list[str]:
    """Each measure's fitted growth and where each fit puts it at TARGET paragraphs."""
    if len({row["paragraphs"] for row in rows}) < 2:
        return []
    lines = [
        f"Growth fitted to these {len(rows)} rows (least squares), and where each fit puts "
        f"{TARGET:,} paragraphs:",
        "",
        "| measure | y ∝ n^b: b | fixed + per 100,000 paragraphs | at 1 M, power fit | at 1 M, linear fit |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, name, unit in GROWTH:
        points = [(row["paragraphs"], row[key]) for row in rows if row[key] > 0]
        if len({n for n, _ in points}) < 2:
            continue
        a, b = power_fit(points)
        fixed, slope = linear_fit(points)
        lines.append(
            f"| {name} ({unit}) | {b:.2f} | {fixed:,.1f} {'−' if slope < 0 else '+'} {abs(slope) * 100_000:,.1f} | "
            f"{f'{a * TARGET ** b:,.0f}' if b > 0 else '—'} | {f'{fixed + slope * TARGET:,.0f}' if slope > 0 else '—'} |"
        )
    if any("—" in line for line in lines[4:]):
        lines += ["", "—: the measure did not grow between these sizes (within the machine's noise), so the fit predicts nothing."]
    return lines


def section(rows: list[dict], note: str) -> str:
    lines = [
        MARK_START,
        note,
        "",
        "| " + " | ".join(heading for _, heading, _ in COLUMNS) + " |",
        "|" + "|".join("---" if digits is None else "---:" for _, _, digits in COLUMNS) + "|",
        *[format_row(row) for row in rows],
    ]
    growth = growth_lines(rows)
    if growth:
        lines += ["", *growth]
    lines.append(MARK_END)
    return "\n".join(lines) + "\n"
