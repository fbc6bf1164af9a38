"""Terms from the 1540 field that the gazetteer's international bodies do not hold: national
authorities searched by their acronyms (Macao's GIF, China's NNSA), a group searched by its
acronym (AML), Taiwan's word for IAEA safeguards (核子保防), each from unref/data/thesaurus.json
with its sources."""
import pytest

from tests.search.held import held_document, numbers_found

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


held = held_document(SYMBOL, PARAGRAPHS, "2098-05-08")


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


FORMER = "S/2098/32"
RENAMED = {
    1: "行政院原子能委員會今日發佈聲明。",            # Taiwan's Atomic Energy Council, before 2023
    2: "核能安全委員會審查核電廠除役計畫。",          # its name since 2023
    3: "經濟局簽發進出口准照。",                      # Macao's Economic Bureau, before 2021
    4: "經濟及科技發展局公布對外貿易數據。",          # its name since 2021
    5: "國際貿易局公告戰略性高科技貨品清單。",        # Taiwan's Bureau of Foreign Trade, before 2023
    6: "工業貿易署簽發戰略物品許可證。",              # Hong Kong's TID
}


renamed = held_document(FORMER, RENAMED, "2098-06-08")


@pytest.mark.parametrize("query, numbers", [
    ("原能會", [1, 2]),
    ("核安會", [1, 2]),
    ("NUSC", [1, 2]),
    ("DSEDT", [3, 4]),
    ("經濟局", [3, 4]),
    ("國際貿易署", [5]),
    ("TID", [6]),
])
def test_an_authority_is_found_under_its_former_name_and_its_acronym(renamed, query, numbers):
    assert numbers_found(FORMER, query) == numbers


AUTHORITY = "S/2098/33"
ATOMIC = {
    1: "中国国家原子能机构与美国能源部联合举行核安保示范中心开工仪式。",  # China's CAEA, not the IAEA
    2: "中国接受国际原子能机构的保障监督。",                              # the IAEA
    3: "原子能机构理事会通过决议。",                                      # the IAEA by its short form
}


atomic = held_document(AUTHORITY, ATOMIC, "2098-07-08")


@pytest.mark.parametrize("query, numbers", [("IAEA", [2, 3]), ("国际原子能机构", [2, 3]), ("原子能机构", [1, 2, 3])])
def test_a_body_s_short_form_inside_another_body_s_name_does_not_find_it(atomic, query, numbers):
    """`原子能机构` names the IAEA, but not inside `国家原子能机构` (bodies.json, the IAEA's
    `not_inside`); typed as it is, it is found wherever it is printed."""
    assert numbers_found(AUTHORITY, query) == numbers


def test_a_name_of_another_body_is_no_near_match():
    """One character from `国际原子能机构`, `国家原子能机构` is China's authority, not a slip."""
    from search.near import slips

    assert slips(ATOMIC[1], "国际原子能机构") == []
    assert slips("中国接受国际原子能机购的保障监督。", "国际原子能机构") == [(4, 11)]


def test_a_known_name_is_a_near_match_for_a_query_naming_nothing_known():
    """A query the archive knows no name for (a typing slip, `祖织` for `组织`) is one character
    from a name it knows: that name is the slip's likeliest reading, shown as a near match."""
    from search.near import slips

    assert slips("中国支持禁止化学武器组织的工作。", "禁止化学武器祖织") == [(4, 12)]
