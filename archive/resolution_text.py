"""A resolution's own text on its page, when the archive holds it: each paragraph with its
permalink, how to cite it, and the paragraphs that cite it by pinpoint."""
from dataclasses import dataclass

from unref import within

from .cite import Citation, cite_paragraph
from .models import CitedParagraph, Document, Paragraph

MOST_CITED = 5


@dataclass
class TextRow:
    paragraph: Paragraph
    citation: Citation
    cited_by: int  # paragraphs citing it, or one of its sub-paragraphs, by pinpoint


def held_text(target):
    """The archive's text of resolution `target` (`S/RES/1540 (2004)`): Chinese first."""
    held = Document.objects.filter(symbol=target)
    return held.filter(language="zh-Hans").first() or held.order_by("language").first()


def citing_by_anchor(target):
    """{anchor named by a pinpoint: ids of the paragraphs citing it}."""
    rows = (
        CitedParagraph.objects.filter(reference__type="resolution", reference__target=target)
        .values_list("anchor", "reference__paragraph_id")
        .distinct()
    )
    found = {}
    for anchor, paragraph_id in rows:
        found.setdefault(anchor, set()).add(paragraph_id)
    return found


def text_rows(document, citing):
    """The text paragraph by paragraph (its title aside), each cited-by count over the anchors
    within it, so `3` counts the citations of `3 (c)` too, each citing paragraph once."""
    rows = []
    for paragraph in document.paragraphs.exclude(kind="title"):
        citing_it = set().union(*(ids for anchor, ids in citing.items() if within(anchor, paragraph.anchor)))
        rows.append(TextRow(paragraph, cite_paragraph(paragraph), len(citing_it)))
    return rows


def most_cited(citing, limit=MOST_CITED):
    """[(operative paragraph number, citing paragraphs)], most cited first."""
    by_number = {}
    for anchor, ids in citing.items():
        by_number.setdefault(int(anchor.split("-")[0]), set()).update(ids)
    ranked = sorted(((number, len(ids)) for number, ids in by_number.items()), key=lambda row: (-row[1], row[0]))
    return ranked[:limit]
