"""Finding documents by what people type in URLs: a symbol, a permanent key, or an old symbol."""
import re

from django.db import models

from .pipeline.limits import LANGUAGES

RESOLUTION_WITHOUT_SPACE = re.compile(r"^(S/RES/\d{1,4})\((?=\d{4}\)$)")


class DocumentQuerySet(models.QuerySet):
    def resolve(self, path, language=None):
        """(document, canonical) for a URL path; canonical is False when the path is a key or an
        old symbol, so the view redirects to the document's own URL. An old symbol comes last and
        never stands for a paragraph's address (a symbol taken before that was refused)."""
        language = language if language in LANGUAGES else None
        by_symbol = self.filter(symbol=path)
        document = (by_symbol.filter(language=language).first() if language else None) or by_symbol.filter(language="zh-Hans").first() or by_symbol.first()
        if document is not None:
            return document, True
        if (spaced := RESOLUTION_WITHOUT_SPACE.sub(r"\1 (", path)) != path:
            document, _ = self.resolve(spaced, language)  # `S/RES/1518(2003)`, as undocs.org writes it
            return document, False
        document = self.filter(key=path).first()
        if document is not None:
            return document, document.path == path
        from .lookup import names_a_paragraph
        from .models import DocumentAlias

        alias = DocumentAlias.objects.filter(path=path).select_related("document").first()
        if alias is None or names_a_paragraph(path):
            return None, False
        return alias.document, False

    def filtered(self, params):
        """Documents narrowed by the list page's filters: ?year=2016&organ=…&type=…&lang=…"""
        documents = self
        if (year := params.get("year", "")).isdigit() and len(year) <= 4:
            documents = documents.filter(date__year=int(year))
        if organ := params.get("organ"):
            documents = documents.filter(organ=organ)
        if doc_type := params.get("type"):
            documents = documents.filter(doc_type=doc_type)
        if (language := params.get("lang")) in LANGUAGES:
            documents = documents.filter(language=language)
        return documents

    def facets(self):
        """The values the list can be filtered by, with counts."""
        return {
            "year": [
                (row["date__year"], row["n"])
                for row in self.exclude(date=None).values("date__year").annotate(n=models.Count("id")).order_by("-date__year")
            ],
            "organ": [(row["organ"], row["n"]) for row in self.exclude(organ="").values("organ").annotate(n=models.Count("id")).order_by("organ")],
            "type": [(row["doc_type"], row["n"]) for row in self.exclude(doc_type="").values("doc_type").annotate(n=models.Count("id")).order_by("doc_type")],
        }

    def split_paragraph_path(self, path, language=None):
        """'CD/2118/5-f' → (document, canonical, '5-f'): the longest prefix that is a document."""
        head, _, anchor = path.rpartition("/")
        if not head:
            return None, False, None
        document, canonical = self.resolve(head, language)
        return document, canonical, anchor


def citing(reference_type, target, paragraph=None):
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
    from .models import Reference

    return Reference.objects.filter(
        models.Q(cited_paragraphs__anchor=paragraph) | models.Q(cited_paragraphs__anchor__startswith=f"{paragraph}-"),
        type=reference_type,
        target=target,
    ).values("id")


def cited_paragraph_counts(target):
    """{anchor: citing paragraphs} for every anchor of resolution `target` that a pinpoint names."""
    from .models import CitedParagraph

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
    from .models import Paragraph

    return (
        Paragraph.objects.filter(citing(reference_type, target, paragraph)())
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
    from unref import BEYOND

    from .citations import register_disagreement, resolution_info
    from .models import Reference

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
    from unref import load_known_data

    from .models import Reference

    groups = {}
    for body, count in _mentioned(Reference.BODY, load_known_data().bodies):
        groups.setdefault(body["kind"], []).append((body, count))
    return groups


def mentioned_treaties():
    """[(treaty, paragraph count)] for every treaty of the gazetteer the archive mentions."""
    from unref import load_known_data

    from .models import Reference

    return _mentioned(Reference.TREATY, load_known_data().treaties)


def _mentioned(reference_type, entries):
    from .models import Reference

    counts = dict(
        Reference.objects.filter(type=reference_type)
        .values_list("target")
        .annotate(paragraphs=models.Count("paragraph", distinct=True))
    )
    return [(entry, counts[entry["id"]]) for entry in entries if counts.get(entry["id"])]


def document_references(document):
    """{type: [(target, count)]}: what a document cites, most cited first."""
    from .models import Reference

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
    from .models import Document

    if not document.symbol:
        return Document.objects.none()
    return (
        Document.objects.filter(paragraphs__references__type="document", paragraphs__references__target=document.symbol)
        .exclude(pk=document.pk)
        .distinct()
    )


def citing_documents(reference_type, target, paragraph=None):
    """[(document, citing paragraphs)] in the order of `citing_paragraphs`, counted by the database."""
    from .models import Document

    documents = (
        Document.objects.filter(citing(reference_type, target, paragraph)("paragraphs__"))
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
    from .models import Reference

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
    from .models import Paragraph

    rows = (
        Paragraph.objects.filter(references__type=reference_type, references__target=target)
        .values("document__date__year")
        .annotate(paragraphs=models.Count("id", distinct=True))
        .order_by("document__date__year")
    )
    counts = [(row["document__date__year"], row["paragraphs"]) for row in rows]
    return sorted(counts, key=lambda row: (row[0] is None, row[0] or 0))
