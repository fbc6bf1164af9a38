"""Who cites what: the paragraphs and documents citing a resolution, body or treaty (or one
paragraph of a resolution), what the archive cites, and citation counts by year. Read by the
pages, the exports, the feeds and both APIs; the models know nothing of it."""
from django.db import models

from unref import BEYOND, load_known_data

from .citations import register_disagreement, resolution_info
from .models import CitedParagraph, Document, Paragraph, Reference


def citing_filter(reference_type, target, paragraph=None):
    """The filter for rows (paragraphs, or documents with `prefix` "paragraphs__") citing
    `target`, its own text aside; narrowed to those citing its paragraph `paragraph` (an anchor:
    `3` takes in `3-c`) when one is given."""
    def condition(prefix=""):
        own_text = models.Q(**{"symbol" if prefix else "document__symbol": target})
        if paragraph is None:
            cites = models.Q(**{f"{prefix}references__type": reference_type, f"{prefix}references__target": target})
        else:
            cites = models.Q(**{f"{prefix}references__in": pinpointing(reference_type, target, paragraph)})
        return cites & ~own_text  # a resolution's own text names it in its title: not a citation
    return condition


def pinpointing(reference_type, target, paragraph):
    """References to `target` whose pinpoint names `paragraph` or one of its sub-paragraphs."""
    return Reference.objects.filter(
        models.Q(cited_paragraphs__anchor=paragraph) | models.Q(cited_paragraphs__anchor__startswith=f"{paragraph}-"),
        type=reference_type,
        target=target,
    ).values("id")


def cited_paragraph_counts(target):
    """{anchor: citing paragraphs} for every anchor of resolution `target` that a pinpoint names."""
    rows = (
        CitedParagraph.objects.filter(reference__type="resolution", reference__target=target)
        .values("anchor")
        .annotate(paragraphs=models.Count("reference__paragraph", distinct=True))
    )
    return {row["anchor"]: row["paragraphs"] for row in rows}


def citing_paragraphs(reference_type, target, paragraph=None):
    """Every paragraph citing `target` (or its paragraph `paragraph`), newest document first,
    with the document and its references loaded: a query, so a page of it is read without
    reading the rest."""
    return (
        Paragraph.objects.filter(citing_filter(reference_type, target, paragraph)())
        .distinct()
        .select_related("document")
        .prefetch_related("references")
        .order_by(models.F("document__date").desc(nulls_last=True), "document__symbol", "document__key", "ordinal")
    )


def group_by_document(paragraphs):
    """[(document, [paragraph, …]), …] in the paragraphs' order (newest document first)."""
    groups = {}
    for paragraph in paragraphs:
        groups.setdefault(paragraph.document, []).append(paragraph)
    return list(groups.items())


def cited_resolutions():
    """{"Security Council": [(target, paragraph count, info)], "General Assembly": [...]} by number.
    A misprint the register contradicts (`S/RES/1540 (2005)`) is left out: it has no page."""


    counts = (
        Reference.objects.filter(type=Reference.RESOLUTION)
        .exclude(target="")
        .values("target")
        .annotate(paragraphs=models.Count("paragraph", distinct=True))
    )
    groups = {}
    for row in counts:
        disagreement = register_disagreement(row["target"])
        if disagreement is not None and disagreement.kind != BEYOND:
            continue
        organ = "Security Council" if row["target"].startswith("S/") else "General Assembly"
        groups.setdefault(organ, []).append((row["target"], row["paragraphs"], resolution_info(row["target"])))
    for rows in groups.values():
        rows.sort(key=lambda row: [int(part) if part.isdigit() else 0 for part in row[0].replace("(", "/").replace(")", "").replace(" ", "").split("/")])
    return dict(sorted(groups.items(), key=lambda item: item[0] != "Security Council"))


def mentioned_bodies():
    """{kind: [(body, paragraph count)]} for every body of the gazetteer the archive mentions."""


    groups = {}
    for body, count in _mentioned(Reference.BODY, load_known_data().bodies):
        groups.setdefault(body["kind"], []).append((body, count))
    return groups


def mentioned_treaties():
    """[(treaty, paragraph count)] for every treaty of the gazetteer the archive mentions."""


    return _mentioned(Reference.TREATY, load_known_data().treaties)


def _mentioned(reference_type, entries):

    counts = dict(
        Reference.objects.filter(type=reference_type)
        .values_list("target")
        .annotate(paragraphs=models.Count("paragraph", distinct=True))
    )
    return [(entry, counts[entry["id"]]) for entry in entries if counts.get(entry["id"])]


def document_references(document):
    """{type: [(target, count)]}: what a document cites, most cited first."""
    rows = (
        Reference.objects.filter(paragraph__document=document)
        .exclude(target="")
        .values("type", "target")
        .annotate(count=models.Count("id"))
        .order_by("type", "-count", "target")
    )
    grouped = {}
    for row in rows:
        grouped.setdefault(row["type"], []).append((row["target"], row["count"]))
    return grouped


def cited_by(document):
    """Other archive documents that cite this one by its symbol."""
    if not document.symbol:
        return Document.objects.none()
    return (
        Document.objects.filter(paragraphs__references__type="document", paragraphs__references__target=document.symbol)
        .exclude(pk=document.pk)
        .distinct()
    )


def citing_documents(reference_type, target, paragraph=None):
    """[(document, citing paragraphs)] in the order of `citing_paragraphs`, counted by the database."""
    documents = (
        Document.objects.filter(citing_filter(reference_type, target, paragraph)("paragraphs__"))
        .annotate(citing=models.Count("paragraphs", distinct=True))
        .order_by(models.F("date").desc(nulls_last=True), "symbol", "key")
    )
    return [(document, document.citing) for document in documents]


def citations_by_year(documents_and_counts):
    """[(year, citing paragraphs)] for every year from the first to the last citation."""
    counts = {}
    for document, count in documents_and_counts:
        if document.date:
            counts[document.date.year] = counts.get(document.date.year, 0) + count
    if not counts:
        return []
    return [(year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1)]


def cited_together(reference_type, target, limit=10):
    """Resolutions most often cited in the same paragraphs as `target`."""
    return list(
        Reference.objects.filter(
            type=Reference.RESOLUTION, paragraph__references__type=reference_type, paragraph__references__target=target
        )
        .exclude(target="")
        .exclude(target=target)
        .values("target")
        .annotate(paragraphs=models.Count("paragraph", distinct=True))
        .order_by("-paragraphs", "target")[:limit]
    )


def citation_years(reference_type, target):
    """[(year, citing paragraphs)] oldest first, counted by the database; a last (None, n) counts
    the paragraphs of undated documents."""
    rows = (
        Paragraph.objects.filter(references__type=reference_type, references__target=target)
        .values("document__date__year")
        .annotate(paragraphs=models.Count("id", distinct=True))
        .order_by("document__date__year")
    )
    counts = [(row["document__date__year"], row["paragraphs"]) for row in rows]
    return sorted(counts, key=lambda row: (row[0] is None, row[0] or 0))
