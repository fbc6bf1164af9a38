"""A traditional-character text is another language version of the same symbol, and yields the
same references as the simplified one. The traditional files are made with OpenCC (s2t)."""
from collections import Counter

import opencc
import pytest

from archive.importing import import_file
from archive.models import Document, Reference
from tests.conftest import A_74_140, CD_2118, S_2010_52, SR_74

pytestmark = pytest.mark.django_db
TO_TRADITIONAL = opencc.OpenCC("s2t")


def traditional_copy(source, tmp_path):
    target = tmp_path / f"{source.stem}-hant.txt"
    target.write_text(TO_TRADITIONAL.convert(source.read_text(encoding="utf-8")), encoding="utf-8")
    return target


def references(document):
    return Counter(
        (r.type, r.target, r.paragraph.anchor, r.pinpoint)
        for r in Reference.objects.filter(paragraph__document=document).select_related("paragraph")
    )


@pytest.mark.parametrize("source", [CD_2118, S_2010_52, SR_74, A_74_140])
def test_traditional_version_has_the_same_paragraphs_and_references(source, tmp_path):
    simplified = import_file(source).document
    traditional = import_file(traditional_copy(source, tmp_path)).document
    assert (traditional.symbol, traditional.language) == (simplified.symbol, "zh-Hant")
    assert list(traditional.paragraphs.values_list("anchor", flat=True)) == list(
        simplified.paragraphs.values_list("anchor", flat=True)
    )
    assert references(traditional) == references(simplified)


def test_language_versions_link_to_each_other(tmp_path, client):
    import_file(CD_2118)
    import_file(traditional_copy(CD_2118, tmp_path))
    assert sorted(Document.objects.filter(symbol="CD/2118").values_list("language", flat=True)) == ["zh-Hans", "zh-Hant"]
    simplified = client.get("/documents/CD/2118/").content.decode()
    assert 'href="/documents/CD/2118/?lang=zh-Hant"' in simplified
    traditional = client.get("/documents/CD/2118/?lang=zh-Hant").content.decode()
    assert "聯合國安全理事會" in traditional and 'href="/documents/CD/2118/"' in traditional
    assert client.get("/documents/CD/2118/5-f/?lang=zh-Hant").status_code == 200
