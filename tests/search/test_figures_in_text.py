"""A figure the text prints among Chinese characters — a decimal, a percentage, a code with a
hyphen (`0.1%`, `3.5%`, `U-235`, `KN-23`) — is found when typed as the text prints it, alone or
with the words it is printed beside (`440.9公斤`), and so is a code of letters, figures and
brackets (`MSC.240(83)`): the segmenter keeps it one word, which the bigram
field, cut at its point or hyphen, does not."""
import io

import pytest
from django.core.management import call_command

from archive.models import Document
from search import engine, indexing

TEXTS = {
    "rule.txt": "受管制物项的价值比例达到0.1%及以上的，须申请许可证。\n\n另一段落。\n",
    "enrichment.txt": "该国将铀浓缩至U-235丰度3.5%，并试射了KN-23导弹。\n",
    "other.txt": "价值比例达到1%的物项不在此列。\n",
    "stock.txt": "遇袭之前，该国拥有440.9公斤、纯度60%的浓缩铀。\n",
    "imo.txt": "海安会第MSC.240(83)号决议通过了该议定书的修正案。\n",
}


@pytest.fixture
def figures(tmp_path, db):
    documents = {}
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        call_command("ingest", str(tmp_path / name), stdout=io.StringIO())
        documents[name] = Document.objects.get(source_file__endswith=name)
    yield documents
    indexing.remove_documents([document.key for document in documents.values()])


def found(query):
    return sorted(hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in engine.search(query).hits)


@pytest.mark.contract
@pytest.mark.parametrize("query, where", [
    ("0.1%", ["rule.txt"]),
    ("达到0.1%", ["rule.txt"]),
    ("0.1% 许可证", ["rule.txt"]),
    ("3.5%", ["enrichment.txt"]),
    ("U-235", ["enrichment.txt"]),
    ("u-235 丰度", ["enrichment.txt"]),
    ("KN-23", ["enrichment.txt"]),
    ("1%", ["other.txt", "rule.txt"]),  # `0.1%` prints `1%` too
    ("440.9公斤", ["stock.txt"]),
    ('"440.9公斤"', ["stock.txt"]),
    ("拥有440.9公斤", ["stock.txt"]),
    ("440.9公斤 浓缩铀", ["stock.txt"]),
    ("MSC.240(83)", ["imo.txt"]),
    ("MSC.240(83)號決議", ["imo.txt"]),
    ("海安会 msc.240(83)", ["imo.txt"]),
])
def test_a_figure_printed_among_chinese_is_found_as_typed(figures, query, where):
    assert found(query) == where


@pytest.mark.contract
def test_another_figure_is_not_found(figures):
    assert found("0.2%") == []
    assert found("U-238") == []
    assert found("440.8公斤") == []
    assert found("MSC.241(83)") == []
