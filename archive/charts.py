"""A small server-side SVG bar chart: no scripts, prints, readable without colour."""
WIDTH, HEIGHT, BAR_GAP, LABEL_SPACE = 560, 140, 4, 18


def year_bars(counts):
    """Bar geometry for [(year, count)], for templates/archive/_year_chart.svg."""
    if not counts:
        return {}
    highest = max(count for _, count in counts) or 1
    step = WIDTH / len(counts)
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
            }
        )
    return {"bars": bars, "width": WIDTH, "height": HEIGHT, "baseline": HEIGHT - LABEL_SPACE + 13}
