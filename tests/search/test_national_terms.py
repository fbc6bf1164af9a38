"""Terms from the 1540 field that the gazetteer's international bodies do not hold: national
authorities searched by their acronyms (Macao's GIF, China's NNSA), a group searched by its
acronym (AML), Taiwan's word for IAEA safeguards (核子保防), each from unref/data/thesaurus.json
with its sources."""
import pytest

from tests.search.held import numbered_document, numbers_found

pytestmark = pytest.mark.django_db
SYMBOL = "S/2098/31"
PARAGRAPHS = {
    1: "金融情報辦公室舉辦博彩業預防及打擊金融犯罪聯合會議。",   # Macao's financial intelligence office
    2: "国家核安全局负责民用核设施安全监督管理。",               # China's nuclear safety regulator
    3: "本澳加強反清洗黑錢及反恐怖融資工作。",                   # anti-money laundering, Macao's words
    4: "依照保防協定，總署派員進行核子保防視察。",                 # safeguards, Taiwan's words
    5: "中国接受国际原子能机构的保障监督。",                       # safeguards, the UN's words
    6: "情報交流與國家安全。",                                     # none of them
}


@pytest.fixture(scope="module")
def held(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), numbered_document(SYMBOL, PARAGRAPHS, "2098-05-08") as document:
        yield document


@pytest.mark.parametrize("query, numbers", [
    ("GIF", [1]),
    ("NNSA", [2]),
    ("AML", [3]),
    ("反洗钱", [3]),
    ("核子保防", [4, 5]),
    ("保障监督", [4, 5]),
])
def test_the_term_finds_each_way_it_is_written(held, query, numbers):
    assert numbers_found(SYMBOL, query) == numbers
