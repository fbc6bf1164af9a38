"""An everyday word typed in one region's wording finds texts in another's (集装箱, 貨櫃), from
public conversion tables (unref/data/wordings.json), and nothing more: not the wordings of those
forms in turn, not a word inside a longer one, not a text lacking the rest of the query."""
import pytest

from search.query import Wanted, _alternatives_shared, understand
from tests.search.held import held_document, numbers_found

pytestmark = pytest.mark.django_db
SYMBOL = "S/2097/22"
PARAGRAPHS = {
    1: "海关对进港集装箱实施辐射检测，发现铯137。",  # mainland wording
    2: "海關對高雄港的貨櫃進行輻射偵測，查獲銫-137。",  # Taiwan and Hong Kong wording
    3: "出口管制清单包括相关软件和技术。",        # mainland 软件
    4: "管制清單涵蓋相關軟體與技術。",            # Taiwan 軟體
    5: "代表团参观了乒乓球比赛。",                # 乒乓球: Taiwan's 桌球
    6: "代表團參觀了撞球比賽。",                  # Taiwan's billiards, Hong Kong's 桌球
    7: "霍爾木茲海峽航運一度中斷。",              # Hong Kong's writing
    8: "油輪通過荷姆茲海峽時遭扣押。",            # Taiwan's
    9: "遺失的放射源為Cs-137密封源。",             # the element's symbol
    10: "核醫廢棄物含鎦177，送回醫院貯存。",       # Taiwan's lutetium (镥 on the mainland)
    11: "该批药物含镥-177。",
}


held = held_document(SYMBOL, PARAGRAPHS, "2097-05-07")


def numbers(query):
    return numbers_found(SYMBOL, query)


def test_each_wording_finds_the_other(held):
    assert numbers("集装箱") == numbers("貨櫃") == numbers("货柜") == [1, 2]
    assert numbers("软件") == numbers("軟體") == [3, 4]


def test_with_the_rest_of_the_query(held):
    assert numbers("集装箱 高雄") == [2]
    assert numbers("貨櫃 海关") == [1, 2]
    assert numbers("软件 集装箱") == []


def test_a_word_s_own_wordings_only(held):
    # 乒乓球 is Taiwan's 桌球; Hong Kong's 桌球 is billiards (撞球): not read in turn
    assert numbers("乒乓球") == [5]
    assert numbers("撞球") == [6]


def test_the_other_forms_are_shown_and_a_word_inside_a_longer_token_is_not_read():
    term = understand("集装箱").terms[0]
    assert (term.kind, term.value, term.forms) == ("word", "集装箱", ["货柜"])
    assert [t.kind for t in understand("集装箱检查站").terms] == ["text"]


def test_an_isotope_in_every_spelling():
    for typed, other in (("铯137", ["铯-137", "cs-137", "cs137"]), ("銫-137", ["铯137", "cs-137", "cs137"]),
                         ("Cs-137", ["铯137", "铯-137", "cs137"]), ("锝-99m", ["锝99m", "tc-99m", "tc99m"])):
        term = understand(typed).terms[0]
        assert (term.kind, term.forms) == ("word", other)
    assert [t.kind for t in understand("第154").terms] == ["resolution"]
    assert [(t.kind, t.value) for t in understand("K-2").terms] == [("text", "k"), ("text", "2")]  # no isotope


def test_an_isotope_finds_either_spelling(held):
    assert numbers("铯-137") == numbers("銫137") == numbers("Cs137") == [1, 2, 9]
    assert numbers("铯-137 高雄") == [2]


def test_an_isotope_by_each_region_s_character(held):
    assert numbers("镥177") == numbers("Lu-177") == numbers("鎦-177") == [10, 11]


def test_the_results_page_names_what_each_term_was_read_as(client, held):
    for query, label, english in (("集装箱", "用语", "Wording"), ("朝鲜", "国家", "State")):
        term = understand(query).terms[0]
        assert term.surface == query
        shown = f'<span class="term term-{term.kind}">\n      {{}} <span class="doc-text">{query}</span>'
        assert shown.format(label) in client.get("/search/", {"q": query}).content.decode()
        assert shown.format(english) in client.get("/en/search/", {"q": query}).content.decode()


def test_a_person_s_name_transliterated_apart():
    term = understand("卡扎菲").terms[0]
    assert (term.kind, set(term.forms)) == ("word", {"卡达菲", "格达费"})  # folded: 卡達菲 (Hong Kong), 格達費 (Taiwan)


def test_two_writings_of_one_name_typed_side_by_side_are_either(held):
    """`霍爾木茲海峽 荷姆茲海峽`: a researcher listing the writings of one name asks for either, not a
    text printing both; a word beside another word still asks for both. Where one writing's
    forms hold the other but not the other way round (jieba keeps a token whole, so the wording
    inside it goes unread), each is given the other's forms."""
    assert numbers("霍爾木茲海峽 荷姆茲海峽") == numbers("荷莫茲海峽 霍尔木兹海峡") == [7, 8]
    assert numbers("霍爾木茲海峽 荷姆茲海峽 油轮") == [8]
    taiwan = Wanted("text", "荷姆兹海峡", "荷姆茲海峽", forms=["霍尔木兹海峡"])
    hong_kong, other = Wanted("text", "霍尔木兹海峡", "霍爾木茲海峽"), Wanted("text", "油轮", "油輪")
    assert _alternatives_shared([taiwan, hong_kong, other]) == [taiwan, hong_kong, other]
    assert (taiwan.forms, hong_kong.forms, other.forms) == (["霍尔木兹海峡"], ["荷姆兹海峡"], [])
