"""A generated archive of 12,040 paragraphs (40 documents of 301), each citing S/RES/1540 (2004),
the first five documents' paragraphs also naming the OPCW: large enough that every list pages."""
import datetime

import pytest

DOCUMENTS, PARAGRAPHS_EACH = 40, 301


def document_year(n):
    """Documents 1–10 are of 2010, 11–20 of 2011, 21–30 of 2012; 31–40 are undated."""
    return None if n > 30 else 2010 + (n - 1) // 10


@pytest.fixture(scope="module")
def large_archive(django_db_setup, django_db_blocker):
    from django.db import connection

    from archive.models import Document, Paragraph, Reference

    with django_db_blocker.unblock():
        documents = Document.objects.bulk_create(
            Document(
                key=f"s-2099-{n}",
                symbol=f"S/2099/{n}",
                title=f"文件{n}",
                organ="安全理事会",
                date=datetime.date(document_year(n), 1, (n - 1) % 10 + 1) if document_year(n) else None,
                source_file=f"{n}.txt",
                source_sha256="0" * 64,
            )
            for n in range(1, DOCUMENTS + 1)
        )
        paragraphs = Paragraph.objects.bulk_create(
            Paragraph(document=document, ordinal=i, anchor=str(i), text=f"第{i}段重申第1540(2004)号决议。", content_hash=str(i))
            for document in documents
            for i in range(1, PARAGRAPHS_EACH + 1)
        )
        references = [
            Reference(paragraph=p, type="resolution", target="S/RES/1540 (2004)", surface="第1540(2004)号决议", start=len(str(p.ordinal)) + 4, end=len(str(p.ordinal)) + 18)
            for p in paragraphs
        ]
        references += [
            Reference(paragraph=p, type="body", target="OPCW", surface="禁化武组织", start=0, end=5)
            for p in paragraphs
            if p.document.key in {f"s-2099-{n}" for n in range(1, 6)}
        ]
        Reference.objects.bulk_create(references, batch_size=2000)
        if connection.vendor == "postgresql":  # statistics now, not whenever autovacuum gets to them
            with connection.cursor() as cursor:  # (docs/benchmarks.md: the paging tests' time hung on it)
                cursor.execute("ANALYZE archive_document, archive_paragraph, archive_reference")
        yield documents
        Document.objects.all().delete()

