"""Spread matches (search.spread): a document holding every word of a query of several words, but
in different paragraphs, shown apart from the hits with the paragraph where each word occurs; and
partial matches: a document holding every word of a query of three or more (or of two, one a name)
but one plain word."""
import io
import json
from contextlib import contextmanager

import pytest
from django.core.management import call_command

from archive.models import Document
from search import engine, indexing, spread
from search.query import Wanted

NOTICE = ("鉴于中央人民政府已命令将安全理事会第1556(2004)号决议适用于澳门特别行政区;\n\n"
          "再考虑到第4/2002号法律所定的制裁;\n\n"
          "禁止经澳门特别行政区转运各类军火。\n")
# Both words in one paragraph: an exact hit, never a spread match too.
BULLETIN = "澳门特别行政区执行联合国制裁的措施。\n\n另一段落。\n"
# One word only: neither a hit nor a spread match.
REPORT = "澳门特别行政区政府公布了管制清单。\n\n年度报告。\n"


def ingest(folder, name, text, date, organ=""):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps({"date": date, "organ": organ}, ensure_ascii=False), encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO())
    return Document.objects.get(source_file__endswith=name)


@contextmanager
def imported(folder, *texts):
    """{file name: Document} of the (name, text, date[, organ]) imported, removed from the index after."""
    documents = {name: ingest(folder, name, *rest) for name, *rest in texts}
    try:
        yield documents
    finally:
        indexing.remove_documents([document.key for document in documents.values()])


@pytest.fixture
def notices(tmp_path, db):
    with imported(tmp_path, ("notice.txt", NOTICE, "2004-11-03"), ("bulletin.txt", BULLETIN, "2016-05-02"),
                  ("report.txt", REPORT, "2018-01-10")) as documents:
        yield documents


def shown(outcome):
    return [(found.document.source_file.rsplit("/", 1)[-1], [(hit.paragraph.anchor, str(hit.snippet)) for hit in found.hits])
            for found in outcome.spread]


@pytest.mark.contract
def test_a_document_holding_the_words_in_different_paragraphs_is_shown_apart(notices):
    outcome = engine.search("澳門特別行政區 制裁")
    assert [hit.paragraph.document.pk for hit in outcome.hits] == [notices["bulletin.txt"].pk]
    assert shown(outcome) == [("notice.txt", [
        ("p1", "鉴于中央人民政府已命令将安全理事会第1556(2004)号决议适用于<mark>澳门特别行政区</mark>;"),
        ("p2", "再考虑到第4/2002号法律所定的<mark>制裁</mark>;"),
    ])]
    assert outcome.as_dict()["spread_matches"] == [{
        "document": notices["notice.txt"].path, "url": notices["notice.txt"].get_absolute_url(),
        "paragraphs": [hit.as_dict() for hit in outcome.spread[0].hits]}]


@pytest.mark.contract
def test_spread_matches_keep_to_the_filters_and_exclusions(notices):
    assert shown(engine.search("澳门特别行政区 制裁", filters={"year": "2016"})) == []
    assert shown(engine.search("澳门特别行政区 制裁", filters={"from": "2004-01-01", "to": "2004-12-31"}))[0][0] == "notice.txt"
    # the only paragraph saying 制裁 is excluded, so the notice no longer holds both words
    assert shown(engine.search("澳门特别行政区 制裁 -法律")) == []
    # excluding a word of the first paragraph leaves the third to stand for the region
    assert shown(engine.search("澳门特别行政区 制裁 -中央人民政府")) == [("notice.txt", [
        ("p2", "再考虑到第4/2002号法律所定的<mark>制裁</mark>;"),
        ("p3", "禁止经<mark>澳门特别行政区</mark>转运各类军火。")])]


@pytest.mark.contract
def test_one_word_or_a_word_no_paragraph_holds_finds_no_spread_match(notices):
    assert engine.search("澳门特别行政区").spread == []
    assert engine.search("澳门特别行政区 生物武器").spread == []


@pytest.mark.contract
def test_a_word_too_common_to_read_whole_leaves_the_documents_to_the_next_word(notices, monkeypatch):
    """Four paragraphs hold the region and two 制裁: with three paragraphs to read per word, the
    region is too common to seed the documents, so 制裁 does, and the region is then read inside
    the notice only."""
    monkeypatch.setattr(spread, "BUDGET", spread.replace(spread.BUDGET, candidates=3))
    assert shown(engine.search("澳门特别行政区 制裁"))[0][0] == "notice.txt"
    monkeypatch.setattr(spread, "BUDGET", spread.replace(spread.BUDGET, candidates=1))
    assert shown(engine.search("澳门特别行政区 制裁")) == []  # both words too common to read whole


@pytest.mark.contract
def test_the_page_lists_spread_matches_in_either_language(client, notices):
    page = client.get("/search/", {"q": "澳门特别行政区 制裁"}).content.decode()
    assert "同一文件的不同段落" in page and f'href="{notices["notice.txt"].get_absolute_url()}"' in page
    assert "<mark>制裁</mark>" in page
    english = client.get("/en/search/", {"q": "澳门特别行政区 制裁"}).content.decode()
    assert "in different paragraphs of one document" in english
    # no paragraph holds both words and the notice holds them apart: the page says so, not "try shorter words"
    only_spread = client.get("/search/", {"q": "澳门特别行政区 第4/2002号法律"}).content.decode()
    assert "没有一个段落含有全部词语" in only_spread and "可尝试更短的词语" not in only_spread


# Partial matches: no document holds all three words; two hold all but one.
SUMMIT = "核安全峰会在华盛顿举行。\n\n各国承诺加强放射源管理。\n"
CUSTOMS = "放射源失窃事件引起关注。\n\n海关加强边境检测。\n"
CULTURE = "核安全文化需要长期培养，国际原子能机构提供协助。\n\n2016年设立监测中心。\n"


@pytest.fixture
def sources(tmp_path, db):
    with imported(tmp_path, ("summit.txt", SUMMIT, "2016-04-01"), ("customs.txt", CUSTOMS, "2018-05-02"),
                  ("culture.txt", CULTURE, "2019-01-10")) as documents:
        yield documents


def lacking(outcome):
    return [(found.document.source_file.rsplit("/", 1)[-1], found.missing, [hit.paragraph.anchor for hit in found.hits])
            for found in outcome.partial]


@pytest.mark.contract
def test_documents_holding_every_word_but_one_are_shown_apart_with_the_word_they_lack(sources):
    outcome = engine.search("核安全 放射源 检测")
    assert outcome.hits == [] and outcome.spread == []
    # the customs notice lacks the commoner word (two paragraphs hold 核安全, one 检测), so it comes first
    assert lacking(outcome) == [("customs.txt", "核安全", ["p1", "p2"]), ("summit.txt", "检测", ["p1", "p2"])]
    assert [str(hit.snippet) for hit in outcome.partial[0].hits] == ["<mark>放射源</mark>失窃事件引起关注。", "海关加强边境<mark>检测</mark>。"]
    assert outcome.as_dict()["partial_matches"][0] == {
        "document": sources["customs.txt"].path, "url": sources["customs.txt"].get_absolute_url(),
        "paragraphs": [hit.as_dict() for hit in outcome.partial[0].hits], "missing": "核安全"}


@pytest.mark.contract
@pytest.mark.parametrize("query", [
    "放射源 检测 国际原子能机构",  # a body the customs notice lacks: a name is what was asked for
    "放射源 检测 2017",  # a number (and a year no document is dated in)
    "放射源 检测 监测中心",  # a word ending in the head noun of a name
    '放射源 检测 "核安全文化"',  # a quoted phrase
    "核安全 放射源 走私",  # a word no document holds: the archive has nothing on it
    "核安全 检测",  # two plain words: lacking one would be a search for the other alone
])
def test_a_partial_match_never_lacks_a_name_a_number_a_phrase_or_a_word_held_nowhere(sources, query):
    outcome = engine.search(query)
    assert (outcome.hits, outcome.spread, outcome.partial) == ([], [], [])


@pytest.mark.contract
def test_a_verb_no_paragraph_holds_may_be_lacked(sources):
    """What happened is worded many ways (`查获`, seized, where the notice says 失窃 and 检测): a verb
    of jieba's dictionary that no paragraph holds may be the word a partial match lacks, where a noun
    held nowhere (`走私`) may not; still of three terms, or two beside a name."""
    assert lacking(engine.search("放射源 检测 查获")) == [("customs.txt", "查获", ["p1", "p2"])]
    assert lacking(engine.search("放射源 检测 走私")) == []
    assert lacking(engine.search("放射源 查获")) == []
    assert lacking(engine.search("国际原子能机构 查获")) == [("culture.txt", "查获", ["p1"])]


@pytest.mark.contract
def test_of_five_words_or_more_a_partial_match_may_lack_two_everyday_words(sources):
    """The customs notice holds 事件, 海关 and 检测 but neither 管理 nor 培养, which the summit and
    the culture text hold: of five words it lacks two, everyday words as typed. Of four words,
    lacking two is no partial match; nor is lacking a concept of the thesaurus beside a word
    (核安全, nuclear safety, is what was asked for), nor a name or a number."""
    outcome = engine.search("事件 海关 检测 管理 培养")
    assert outcome.hits == [] and outcome.spread == []
    assert lacking(outcome) == [("customs.txt", "管理、培养", ["p1", "p2"])]
    assert outcome.as_dict()["partial_matches"][0]["missing"] == "管理、培养"
    assert lacking(engine.search("海关 检测 管理 培养")) == []
    assert lacking(engine.search("核安全 事件 海关 检测 培养")) == []
    assert lacking(engine.search("国际原子能机构 事件 海关 检测 2016")) == []
    # of five words, a document lacking one is listed as before
    assert [name for name, _, _ in lacking(engine.search("核安全 放射源 海关 检测 边境"))] == ["customs.txt"]


@pytest.mark.contract
def test_of_two_terms_a_partial_match_holds_the_name_and_lacks_the_word(sources):
    """The IAEA's document lacks 检测, which the customs notice holds; the customs notice lacks the
    IAEA, a name, so it is no partial match."""
    assert lacking(engine.search("国际原子能机构 检测")) == [("culture.txt", "检测", ["p1"])]


@pytest.mark.contract
def test_a_foreign_word_no_paragraph_holds_may_be_lacked_beside_chinese_ones(sources):
    """A Chinese text seldom prints the English name or acronym of what it names (`RPM`, radiation
    portal monitors, beside 放射源 and 检测; `Megaports` beside 放射源): a Latin-script word no
    paragraph holds may be the word a partial match lacks, even of two terms, where a Chinese word
    held nowhere may not; of two, only beside a Chinese word of three characters or more (`RPM 检测`
    asks for more than 检测). An English word the dictionary knows is its Chinese words too
    (`Customs`: 海关), which the customs notice holds apart from 放射源."""
    assert lacking(engine.search("RPM 放射源 检测")) == [("customs.txt", "RPM", ["p1", "p2"])]
    assert sorted(lacking(engine.search("Megaports 放射源"))) == [("customs.txt", "Megaports", ["p1"]), ("summit.txt", "Megaports", ["p2"])]
    customs = engine.search("Customs 放射源")
    assert [found.document.source_file.rsplit("/", 1)[-1] for found in customs.spread] == ["customs.txt"] and lacking(customs) == []
    assert lacking(engine.search("RPM 检测")) == []
    assert lacking(engine.search("走私 放射源 检测")) == []  # a Chinese word held nowhere: nothing on it
    assert lacking(engine.search("RPM Megaports 放射源 检测")) == []  # two foreign words of four: lacking two
    # but a name of two capitalised words is one
    assert lacking(engine.search("Portal Monitors 放射源 检测")) == [("customs.txt", "Portal Monitors", ["p1", "p2"])]
    assert lacking(engine.search("RPM Megaports")) == []  # no Chinese word beside them


def test_a_foreign_name_is_never_lacked_beside_places_alone(tmp_path, db):
    """`Dawlah Islamiyah 菲律宾` asks for a group no paragraph names, not for every text on the country
    (unseen94): beside a State or a place alone, a foreign name is no word a partial match may lack;
    beside a word too, it still is."""
    with imported(tmp_path, ("mindanao.txt", "菲律宾南部发生爆炸。\n\n军方加强戒备。\n", "2017-05-23")):
        assert lacking(engine.search("Dawlah Islamiyah 菲律宾")) == []
        assert lacking(engine.search("Dawlah Islamiyah 菲律宾 爆炸")) == [("mindanao.txt", "Dawlah Islamiyah", ["p1"])]


@pytest.mark.contract
def test_a_word_naming_a_documents_organ_is_one_the_document_holds(tmp_path, db):
    """A text does not print the outlet that carried it, which its sidecar names (`organ`): a word
    of the query naming it, or naming an outlet whose names (unref/data/outlets.json) the organ
    holds one of (`自由時報` for `Liberty Times`), is held by the document, which is shown with
    the paragraphs of the other words. A word naming another outlet is held by no one, and a
    document is never found without it."""
    with imported(tmp_path, ("oriental.txt", CUSTOMS, "2018-05-02", "東方日報"),
                  ("liberty.txt", SUMMIT, "2016-04-01", "Liberty Times (news.ltn.com.tw), Taiwan")):
        assert shown(engine.search("東方日報 放射源 检测")) == [("oriental.txt", [
            ("p1", "<mark>放射源</mark>失窃事件引起关注。"), ("p2", "海关加强边境<mark>检测</mark>。")])]
        assert [name for name, _ in shown(engine.search("自由時報 核安全 放射源"))] == ["liberty.txt"]
        missed = engine.search("澳門日報 放射源 检测")
        assert (missed.hits, missed.spread, missed.partial) == ([], [], [])


def test_a_word_an_organ_prints_as_a_name_is_held_by_its_documents(tmp_path, db):
    """An organ names the outlet among other words (`Yahoo奇摩新聞 (tw.news.yahoo.com), Taiwan`, `a copy
    site printing a 東南網 page`): a word of three characters or more typed as text that it prints is
    held by its documents, but not a dictionary word many organs print (`联合国`), a year, or a
    Latin word inside a longer one (`cia` in `Polícia`)."""
    with imported(tmp_path, ("yahoo.txt", CUSTOMS, "2018-05-02", "Yahoo奇摩新聞 (tw.news.yahoo.com), Taiwan"),
                  ("copy.txt", SUMMIT, "2017-04-01", "a copy site printing a 東南網 (fjnet.cn) page, 2016"),
                  ("police.txt", CUSTOMS, "2018-05-03", "Corpo de Polícia de Segurança Pública, 联合国 mirror")):
        assert [name for name, _ in shown(engine.search("Yahoo奇摩 放射源 检测"))] == ["yahoo.txt"]
        assert [name for name, _ in shown(engine.search("東南網 核安全 放射源"))] == ["copy.txt"]
        for query in ("联合国 放射源 检测", "2016 核安全 放射源"):
            outcome = engine.search(query)
            assert [name for name, _ in shown(outcome)] == [] and lacking(outcome) == [], query
        # a foreign word no paragraph holds may still be lacked, by every document alike
        assert shown(engine.search("cia 放射源 检测")) == []


@pytest.mark.contract
def test_a_place_an_organ_names_is_held_by_its_documents(tmp_path, db):
    """An outlet's region is where its documents come from, though a text seldom prints its own: a
    place typed (`香港`) is held by the documents whose organ names it, in Chinese or in English
    (`…, Hong Kong`), though not one inside the outlet's name; a place no organ names is held by none,
    and never lacked."""
    with imported(tmp_path, ("oriental.txt", CUSTOMS, "2018-05-02", "Oriental Daily (東方日報), Hong Kong"),
                  ("udn.txt", SUMMIT, "2016-04-01", "United Daily News (聯合報), Taiwan")):
        assert shown(engine.search("香港 放射源 检测")) == [("oriental.txt", [
            ("p1", "<mark>放射源</mark>失窃事件引起关注。"), ("p2", "海关加强边境<mark>检测</mark>。")])]
        assert [name for name, _ in shown(engine.search("臺灣 核安全 放射源"))] == ["udn.txt"]
        # a document holding the place by its organ alone (where it comes from, not what it says) lacks
        # no other word: the Taiwan paper holds `放射源`, not `检测`; and no organ names Macao
        for query in ("台灣 放射源 检测", "澳門 放射源 检测"):
            outcome = engine.search(query)
            assert (shown(outcome), lacking(outcome)) == ([], []), query
    # a place inside the outlet's own name is no region: `中國時報` and `美國之音` say nothing of where
    with imported(tmp_path, ("times.txt", CUSTOMS, "2018-05-02", "China Times (中國時報), Taiwan"),
                  ("voa.txt", SUMMIT, "2016-04-01", "美國之音 Voice of America")):
        for query in ("中國 放射源 检测", "美國 核安全 放射源"):
            assert shown(engine.search(query)) == [], query


@pytest.mark.contract
def test_the_page_names_the_organ_of_each_document_shown_apart(client, tmp_path, db):
    """The word held by the organ has no paragraph to show, so the page prints the organ beside the
    document, in the document's language and escaped, as all document text is."""
    with imported(tmp_path, ("oriental.txt", CUSTOMS, "2018-05-02", "東方日報 <b>Oriental</b>")):
        page = client.get("/search/", {"q": "東方日報 放射源 检测"}).content.decode()
        assert '<span class="organ" lang="zh-Hans">東方日報 &lt;b&gt;Oriental&lt;/b&gt;</span>' in page


@pytest.mark.contract
def test_partial_matches_keep_to_the_filters(sources):
    # within 2016 only the summit is searched, and no paragraph of it says 海关 (a noun held nowhere
    # there; the verb 检测 may be lacked all the same); within 2018 only the customs notice, and none
    # says 核安全
    assert lacking(engine.search("核安全 放射源 海关", filters={"year": "2016"})) == []
    assert lacking(engine.search("核安全 放射源 检测", filters={"year": "2016"})) == [("summit.txt", "检测", ["p1", "p2"])]
    assert lacking(engine.search("核安全 放射源 检测", filters={"from": "2018-01-01", "to": "2018-12-31"})) == []
    # from 2017 the 2019 text holds 核安全, so the customs notice lacks a word the searched archive holds
    assert lacking(engine.search("核安全 放射源 检测", filters={"from": "2017-01-01"})) == [("customs.txt", "核安全", ["p1", "p2"])]


@pytest.mark.contract
def test_the_page_names_the_word_each_partial_match_lacks_in_either_language(client, sources):
    page = client.get("/search/", {"q": "核安全 放射源 检测"}).content.decode()
    assert "没有文件含有全部词语" in page and "只缺一两个词语的文件" in page
    assert "缺少：<s>核安全</s>" in page and f'href="{sources["customs.txt"].get_absolute_url()}"' in page
    english = client.get("/en/search/", {"q": "核安全 放射源 检测"}).content.decode()
    assert "Documents lacking a word or two" in english and "Missing: <s>检测</s>" in english


@pytest.mark.contract
def test_partial_matches_read_a_word_too_common_to_read_whole_only_inside_the_documents_in_the_running(
        sources, tmp_path, monkeypatch):
    """With two paragraphs to read per word, only 检测 (one paragraph) is read whole, so only the
    customs notice is in the running; 核安全 and 放射源 (four paragraphs each) are read inside it
    alone, and neither the summit nor the register, each lacking 检测 too, is listed."""
    with imported(tmp_path, ("register.txt", "核安全与放射源管理。\n\n放射源登记；核安全检查。\n", "2020-02-02")):
        monkeypatch.setattr(spread, "BUDGET", spread.replace(spread.BUDGET, candidates=2))
        assert lacking(engine.search("核安全 放射源 检测")) == [("customs.txt", "核安全", ["p1", "p2"])]
        monkeypatch.undo()
        # read whole, 核安全 brings the summit and the register into the running (in the order imported)
        assert [name for name, _, _ in lacking(engine.search("核安全 放射源 检测"))] == ["customs.txt", "summit.txt", "register.txt"]


@pytest.mark.contract
def test_a_phrase_typed_whole_that_no_paragraph_holds_is_read_as_its_words(sources):
    """A researcher types what he remembers as one phrase; the text words it otherwise, or in two
    paragraphs. Read as its words (`海关 放射源 检测`), the customs notice holds all three apart; of
    four words, one may be lacked (`培养`, which only the culture text holds). A phrase a paragraph
    holds, or one holding a word no text prints, stays whole."""
    outcome = engine.search("海关放射源检测")
    assert outcome.hits == [] and [name for name, _ in shown(outcome)] == ["customs.txt"]
    assert [hit.paragraph.anchor for hit in outcome.spread[0].hits] == ["p1", "p2"]
    assert lacking(engine.search("海关放射源检测培养")) == [("customs.txt", "培养", ["p1", "p2"])]
    assert shown(engine.search("海关放射源走私")) == [] and lacking(engine.search("海关放射源走私")) == []
    assert shown(engine.search("边境检测")) == []  # a paragraph holds it: a hit
    assert shown(engine.search("海关放射源检测中心")) == []  # ending in a head noun: a name, not words


@pytest.mark.contract
def test_a_phrase_typed_whole_with_figures_inside_is_read_as_its_words_too(sources):
    """`日本漏报640公斤钚`: a researcher types the figures of a headline inside the phrase, the text
    prints them with other words around them. `核安全2016年监测` is read as `核安全 2016 监测`, which
    the culture text holds in two paragraphs; ending in a head noun, it stays a name."""
    outcome = engine.search("核安全2016年监测")
    assert outcome.hits == [] and [name for name, _ in shown(outcome)] == ["culture.txt"]
    assert [hit.paragraph.anchor for hit in outcome.spread[0].hits] == ["p1", "p2"]
    assert shown(engine.search("核安全2016年监测中心")) == []
    assert not spread._may_split(Wanted("text", "2016年监测", "2016年监测"))  # figures first: no Chinese phrase
    # fewer than four Chinese characters, or a name ending in its head (`号`, `法`, `周`): whole
    names = ("香港01", "东风17", "歼20战机", "神舟12号", "中国2020年出口管制法", "联合国2024反恐周")
    assert not any(spread._may_split(Wanted("text", word, word)) for word in names)


@pytest.mark.contract
def test_a_compound_a_paragraph_holds_is_read_as_its_words_too(tmp_path, db):
    """`实验室感染` is printed whole by one text and worded apart by another, in two paragraphs: the
    second is listed after the partial matches, as lacking the compound as typed, each of its words
    shown; a document holding one of its words only is none, even of two plain words; of two
    compounds, one printed as typed is not lacked. A name
    (`阿拉格齐`) or a term whose words leave a character out (`高浓缩低丰富铀`) stays whole."""
    with imported(tmp_path, ("lab.txt", "疾病管制局公布一宗实验室感染个案。\n", "2003-12-17"),
                  ("taipei.txt", "疾病管制局今日说明。\n\n研究员在实验室工作。\n\n他其后遭到感染。\n", "2003-12-18"),
                  ("building.txt", "疾病管制局今日说明。\n\n实验室扩建工程。\n", "2003-12-19"),
                  ("yearly.txt", "疾病管制局发布年报。\n", "2004-01-05"),
                  ("leak.txt", "发生病毒外泄。\n\n实验室人员。\n\n遭到感染。\n", "2004-02-01")):
        outcome = engine.search("疾病管制局 实验室感染")
        assert [hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in outcome.hits] == ["lab.txt"]
        assert shown(outcome) == []
        assert lacking(outcome) == [("taipei.txt", "实验室感染", ["p1", "p2", "p3"])]
        # of three words, the texts lacking the compound as typed are partial matches already: the Taipei
        # text's words of it are shown too; lacking 年报 as well, it would lack two words and is none
        assert lacking(engine.search("疾病管制局 实验室感染 说明")) == [
            ("lab.txt", "说明", ["p1"]), ("taipei.txt", "实验室感染", ["p1", "p2", "p3"]), ("building.txt", "实验室感染", ["p1"])]
        assert lacking(engine.search("疾病管制局 实验室感染 年报")) == [("lab.txt", "年报", ["p1"]), ("yearly.txt", "实验室感染", ["p1"])]
        # of two compounds, a document lacks those it does not print as typed
        assert lacking(engine.search("实验室感染 病毒外泄")) == [("leak.txt", "实验室感染", ["p1", "p2", "p3"])]
    words = {word: spread._compound(Wanted("text", word, word), spread._words_of(Wanted("text", word, word)))
             for word in ("实验室感染", "阿拉格齐", "高浓缩低丰富铀")}
    assert words == {"实验室感染": True, "阿拉格齐": False, "高浓缩低丰富铀": False}


@pytest.mark.contract
def test_a_phrase_read_apart_never_lets_a_query_lack_a_word_typed_apart_it_could_not_lack(sources):
    """`海关放射源检测 培养` was typed as two plain words: a document lacking `培养` would be a search for
    the other alone, however many words the phrase holds."""
    assert lacking(engine.search("海关放射源检测 培养")) == []


def test_a_word_ending_in_a_law_s_a_force_s_a_zone_s_or_a_week_s_head_is_a_name_never_read_apart():
    """`反外國制裁法`, `陸軍火箭軍`, `中東無大規模殺傷性武器區`, `聯合國反恐週` name a law, a force, a zone,
    an observance, whose head the segmenter leaves a word of its own: no paragraph holding one says
    the archive has nothing on it, so it is neither read as its words (a partial match holding
    `中东` alone was no answer; a text of 2026 holding `联合国` and `反恐` is none on the week) nor
    lacked; `一般做法`, `中东地区` and `过去一周` end in words of their own and stay everyday words, and
    so do weeks counted (`两个多周`)."""
    names = ("反外国制裁法", "陆军火箭军", "中东无大规模杀伤性武器区", "出口管制法", "联合国反恐周")
    everyday = ("一般做法", "中东地区", "安全办法", "过去一周", "两个多周", "上一个周", "好几个周")
    assert [spread._named(word) for word in (*names, *everyday)] == [True] * 5 + [False] * 7
    assert not any(spread._may_split(Wanted("text", word, word)) for word in names)


@pytest.mark.contract
def test_a_query_typed_with_fewer_than_five_words_is_never_found_without_two(sources):
    """Read as its words, `放射源边境检测管理培养` is five, but typed as two: a document may lack one of
    them, never two (the customs notice lacks both 管理 and 培养); nor two words of one phrase."""
    assert lacking(engine.search("事件 放射源边境检测管理培养")) == []
    assert lacking(engine.search("事件 海关 检测 边境 管理培养")) == []


@pytest.mark.contract
def test_a_word_ending_in_an_institutions_head_is_a_name_a_partial_match_never_lacks(tmp_path, db):
    """`俄罗斯大使馆` names a building and those in it, as `香港海事处` names an office: a report of another
    bombing in Kabul, lacking it, is not what was asked for."""
    with imported(tmp_path, ("kabul.txt", "喀布尔发生自杀式爆炸。\n\n伤亡惨重。\n", "2022-09-05"),
                  ("embassy.txt", "俄罗斯大使馆发表声明。\n", "2022-09-06")):
        assert lacking(engine.search("喀布尔 俄罗斯大使馆 自杀式爆炸")) == []
        assert lacking(engine.search("喀布尔 发表 自杀式爆炸")) == [("kabul.txt", "发表", ["p1"])]


@pytest.mark.contract
def test_a_ship_s_or_a_launcher_s_name_ending_in_hao_is_a_name_a_partial_match_never_lacks(tmp_path, db):
    """`世界号` names one ship or rocket: a text on another launch, lacking it, is not what was asked
    for; a word of the dictionary ending in 号 (`信号`) is an everyday word."""
    with imported(tmp_path, ("launch.txt", "韩国的运载火箭发射成功。\n", "2023-05-25"),
                  ("ship.txt", "世界号货轮停靠釜山，接收信号。\n", "2023-05-26")):
        assert lacking(engine.search("韩国 世界号 运载火箭")) == []
        assert lacking(engine.search("韩国 货轮 运载火箭")) == [("launch.txt", "货轮", ["p1"])]
        assert lacking(engine.search("韩国 信号 运载火箭")) == [("launch.txt", "信号", ["p1"])]
        assert lacking(engine.search("韩国 接收信号 运载火箭")) == [("launch.txt", "接收信号", ["p1"])]


@pytest.mark.contract
def test_a_word_typed_short_is_held_where_a_text_prints_it_with_one_or_two_characters_added(tmp_path, db):
    """`法工委` is what a researcher types for `法制工作委员会`, `执委会` for `執行委員會`: a document
    printing the other word and the word so is a spread match, with the paragraph printing it, though
    neither of two plain words may be lacked; printed with three characters added, or only in a
    paragraph printing a word excluded, it is not held."""
    with imported(tmp_path, ("npc.txt", "全国人大常委会法制工作委员会举行记者会。\n\n发言人回答提问。\n", "2025-04-21"),
                  ("sco.txt", "執行委員會主任出席會議。\n", "2025-04-22"),
                  ("far.txt", "执行局委员大会召开。\n\n主任出席。\n", "2025-04-23")):
        assert shown(engine.search("法工委 发言人")) == [("npc.txt", [
            ("p1", "全国人大常委会法制工作委员会举行记者会。"), ("p2", "<mark>发言人</mark>回答提问。")])]
        assert [name for name, _ in shown(engine.search("执委会 主任"))] == ["sco.txt"]
        assert shown(engine.search("法工委 发言人 -记者会")) == []
        assert lacking(engine.search("法工委 发言人")) == lacking(engine.search("执委会 主任")) == []
        # held so, the word is one the document holds: it may lack another (`记者会`), as a partial match
        assert lacking(engine.search("执委会 主任 记者会")) == [("sco.txt", "记者会", ["p1"])]


@pytest.mark.contract
def test_a_phrase_naming_concepts_is_also_sought_across_paragraphs(tmp_path, db):
    """`核电站遭无人机袭击`, typed whole, names a plant and drones: a paragraph holding both is a hit,
    and a document holding them in different paragraphs is a spread match (stop 62: such a phrase
    was sought apart only where no paragraph held it)."""
    one = "库尔斯克核电站附近发生无人机袭击。\n\n原子能机构表示关切。\n"
    two = "扎波罗热核电站外部电源中断。\n\n当天早些时候发生无人机袭击。\n"
    with imported(tmp_path, ("one.txt", one, "2024-08-22"), ("two.txt", two, "2024-08-23")):
        outcome = engine.search("核电站遭无人机袭击")
        assert [hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in outcome.hits] == ["one.txt"]
        assert [name for name, _ in shown(outcome)] == ["two.txt"]


@pytest.mark.contract
def test_an_outlets_name_alone_finds_the_documents_it_carried(tmp_path, client, db):
    """A query that is an outlet's name alone (`鉅亨網`, or `Liberty Times`'s Chinese name `自由時報`)
    lists the documents whose organ names it, newest first, with no paragraph, apart from the hits (a
    paragraph printing the name is a hit, its document not listed again); not beside a filter or a
    date range (an organ is no paragraph to narrow), not for a place (`香港`, every Hong Kong paper's
    items) nor for an outlet no organ names."""
    with imported(tmp_path, ("anue.txt", CUSTOMS, "2017-09-12", "Anue (鉅亨網, cnyes.com), Taiwan"),
                  ("older.txt", SUMMIT, "2016-04-01", "Anue (鉅亨網, cnyes.com), Taiwan"),
                  ("quoted.txt", "鉅亨網報導海關加強邊境檢測。\n", "2018-01-02", "Anue (鉅亨網, cnyes.com), Taiwan"),
                  ("liberty.txt", SUMMIT, "2016-04-01", "Liberty Times (news.ltn.com.tw), Taiwan"),
                  ("hongkong.txt", CUSTOMS, "2018-05-02", "Ming Pao (明報, news.mingpao.com), Hong Kong")):
        outcome = engine.search("鉅亨網")
        assert [hit.paragraph.document.source_file.rsplit("/", 1)[-1] for hit in outcome.hits] == ["quoted.txt"]
        assert [(found.document.source_file.rsplit("/", 1)[-1], found.hits) for found in outcome.carried] == [
            ("anue.txt", []), ("older.txt", [])]
        assert [found.document.source_file.rsplit("/", 1)[-1] for found in engine.search("自由時報").carried] == ["liberty.txt"]
        assert engine.search("鉅亨網", filters={"from": "2017"}).carried == []
        for query in ("香港", "澳門日報", "鉅亨網 -海關"):
            assert engine.search(query).carried == [], query
        assert engine.search("鉅亨網").as_dict()["carried_by_outlet"][0] == {
            "document": outcome.carried[0].document.path, "url": outcome.carried[0].document.get_absolute_url(), "paragraphs": []}
        page = client.get("/en/search/", {"q": "鉅亨網"}).content.decode()
        assert "Documents this outlet carried" in page and 'href="{}"'.format(
            Document.objects.get(source_file__endswith="older.txt").get_absolute_url()) in page


@pytest.mark.contract
def test_spread_matches_follow_the_last_page_of_hits(tmp_path, db):
    """Hits running to a second page: the notice holding both words in different paragraphs is
    listed after them, on the last page, not on the first (the first page is all hits)."""
    from search.results import PAGE_SIZE
    bulletins = [(f"bulletin{n:02d}.txt", BULLETIN, f"2016-05-{n % 28 + 1:02d}") for n in range(PAGE_SIZE + 1)]
    with imported(tmp_path, ("notice.txt", NOTICE, "2004-11-03"), *bulletins):
        first = engine.search("澳門特別行政區 制裁")
        assert (first.page, first.last_page, len(first.hits), shown(first)) == (1, 2, PAGE_SIZE, [])
        last = engine.search("澳門特別行政區 制裁", page=2)
        assert (last.page, len(last.hits)) == (2, 1)
        assert [name for name, _ in shown(last)] == ["notice.txt"]
        past = engine.search("澳門特別行政區 制裁", page=9)  # a page past the last is the last
        assert (past.page, len(past.hits), [name for name, _ in shown(past)]) == (2, 1, ["notice.txt"])
