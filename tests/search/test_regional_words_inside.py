"""A token jieba keeps whole (`网络攻击`) holding an everyday word the regions write apart (`网络`,
Taiwan's `網路`): search also tries the token with that word written each region's way."""
import pytest

from search.query import understand
from tests.search.held import held_document, numbers_found

pytestmark = pytest.mark.django_db
SYMBOL = "S/2098/48"
PARAGRAPHS = {
    1: "核電廠面臨網路攻擊的威脅。",          # Taiwan
    2: "核电站遭受网络攻击的风险上升。",      # the mainland
    3: "3D列印槍枝在網路上流傳。",            # Taiwan
    4: "3D打印枪支引起关注。",                # the mainland
    5: "网络安全与网络治理。",                # the word alone, no attack
}


held = held_document(SYMBOL, PARAGRAPHS, "2098-11-26")


def test_the_token_is_also_written_each_region_s_way():
    [term] = understand("網絡攻擊").terms
    assert (term.kind, term.value, term.forms) == ("text", "网络攻击", ["网路攻击"])
    assert understand("3D打印").terms[0].forms == ["3d列印"]
    assert understand("化学恐怖主义").terms[0].forms == []  # no everyday word of the tables inside
    # a concept inside is read as the concept (stop 53's terrorist attacks: 恐怖攻击, 恐怖袭击, 恐袭, 恐攻)
    assert understand("化学恐怖攻击").terms[0].forms == ["恐怖袭击", "恐袭", "恐攻"]


@pytest.mark.parametrize("query, numbers", [
    ("網絡攻擊", [1, 2]),
    ("网路攻击", [1, 2]),
    ("3D打印", [3, 4]),
    ("3D列印", [3, 4]),
])
def test_a_query_finds_the_token_however_the_region_writes_the_word_inside(held, query, numbers):
    assert numbers_found(SYMBOL, query) == numbers
