"""A small server-side SVG bar chart: no scripts, prints, readable without colour.

A bar keeps its width however few the years (one year is one bar, not a block across the page),
and the chart is drawn no wider than a phone shows it, so its labels are never scaled down to
an unreadable size; where years are too many for a label each, every second (third…) is named.
"""
from math import ceil

from .citing import citations_by_year

STEP, MAX_WIDTH, HEIGHT, BAR_GAP, LABEL_SPACE, FONT = 40, 360, 150, 6, 20, 13
# Room a year label ("2018") takes at FONT, with a gap to the next.
LABEL_WIDTH = 38
# Width of one digit of a count above its bar, at FONT.
DIGIT_WIDTH = 8


def year_chart(documents_and_counts):
    """The chart of citing paragraphs by their document's year, and how many citing documents
    carry no date (they cannot be placed on it, and the page says so)."""
    undated = sum(1 for document, _ in documents_and_counts if not document.date)
    return year_bars(citations_by_year(documents_and_counts), undated)


def year_bars(counts, undated=0):
    """Bar geometry for [(year, count)], for templates/archive/_year_chart.html."""
    if not counts:
        return {"bars": [], "undated": undated} if undated else {}
    highest = max(count for _, count in counts) or 1
    step = min(STEP, MAX_WIDTH / len(counts))
    every = ceil(LABEL_WIDTH / step)
    bars = []
    for index, (year, count) in enumerate(counts):
        height = round((HEIGHT - LABEL_SPACE * 2) * count / highest)
        bars.append(
            {
                "year": year,
                "count": count,
                "x": round(index * step + BAR_GAP / 2, 1),
                "width": round(step - BAR_GAP, 1),
                "y": HEIGHT - LABEL_SPACE - height,
                "height": height,
                "label_x": round(index * step + step / 2, 1),
                "year_shown": index % every == 0,
                "count_shown": bool(count) and len(str(count)) * DIGIT_WIDTH <= step,
            }
        )
    return {
        "bars": bars,
        "width": round(step * len(counts)),
        "height": HEIGHT,
        "baseline": HEIGHT - LABEL_SPACE + FONT + 2,
        "font": FONT,
        "undated": undated,
    }
