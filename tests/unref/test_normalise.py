from unref import normalise_for_references
from unref.normalise import fold


def test_full_width_digits_and_brackets_become_ascii():
    assert fold("第１５４０（２００４）号决议") == "第1540(2004)号决议"


def test_traditional_characters_that_matter_are_simplified():
    assert fold("第1540(2004)號決議") == "第1540(2004)号决议"
    assert fold("安全理事會") == "安全理事会"
    assert fold("禁化武組織") == "禁化武组织"


def test_whitespace_is_removed_for_matching():
    assert fold("第 1540 (2004) 号决议 所设委员会") == "第1540(2004)号决议所设委员会"


def test_offsets_map_back_to_the_original():
    text = "根据第 1810(2008)号\u3000决议"
    norm = normalise_for_references(text)
    assert norm.text == "根据第1810(2008)号决议"
    start = norm.text.index("第")
    end = len(norm.text)
    assert norm.span(start, end) == (2, len(text))
    assert text[slice(*norm.span(start, end))] == "第 1810(2008)号\u3000决议"


def test_span_never_includes_trailing_or_leading_spaces():
    norm = normalise_for_references("  1540 委员会  ")
    assert norm.span(0, len(norm.text)) == (2, 10)


def test_a_pinyin_gloss_after_each_character_is_left_out_of_both_matching_forms():
    from unref import extract_references, normalise_for_search

    text = "聯(lián)合國安理會第1540號(hào)決議"
    assert fold(text) == "联合国安理会第1540号决议"
    normalised, origins = normalise_for_search(text)
    assert normalised == "联合国安理会第1540号决议" and text[origins[-3]] == "號"
    assert [(r.target, r.surface) for r in extract_references(text) if r.type == "resolution"] == [
        ("S/RES/1540 (2004)", "第1540號(hào)決議")]
    assert fold("第3段(c)分段和(a)项") == "第3段(c)分段和(a)项"  # a label is no gloss: no tone mark
    # Some mirrors print a space inside the brackets.
    assert fold("原子能機構理事會(huì )成員") == "原子能机构理事会成员"
    assert normalise_for_search("安理會( huì )有關(guān)決議")[0] == "安理会有关决议"


def test_readings_printed_without_their_tone_are_left_out_where_a_text_prints_several():
    """Some copy sites print the reading toneless with a space after it (`會(hui) 議`); a bracketed
    word that is no Mandarin syllable (`中國(china)`), an item's one-letter label (`第(a)項`) or one
    syllable alone (`會(ge) 議`) is text."""
    from unref import extract_references, normalise_for_search

    text = "第十二屆全國人民代表大會(hui) 常務委員會(hui) 第十八次會(hui) 議通過,對400個(ge) 實體(ti) 實施制裁"
    assert normalise_for_search(text)[0] == "第十二届全国人民代表大会常务委员会第十八次会议通过,对400个实体实施制裁"
    assert fold("與(yu) 此同時,綠(lü) 色") == "与此同时,绿色"
    assert normalise_for_search("中國(china) 使用(use) 第(a)項 會(ge) 議")[0] == "中国(china)使用(use)第(a)项会(ge)议"
    # a syllable-like word in brackets with no space after it is text: `公頃(ha)`, an item `(xi)`
    assert fold("十公頃(ha),第(xi)項") == "十公顷(ha),第(xi)项"
    assert [r.target for r in extract_references("安理會第1540號(hao) 決(jue) 議") if r.type == "resolution"] == [
        "S/RES/1540 (2004)"]


def test_quotation_marks_vanish_from_the_search_form_next_to_chinese():
    from unref import normalise_for_search

    assert normalise_for_search("列入“基地”组织制裁名单")[0] == "列入基地组织制裁名单"
    assert normalise_for_search("「反恐」與 “nuclear security”")[0] == "反恐与nuclear security"


def test_brackets_inside_a_hong_kong_law_s_title_vanish_from_the_search_form():
    """Hong Kong titles its laws with a bracketed part (Cap. 578 《化學武器(公約)條例》, the United
    Nations Sanctions regulations): the search form reads through it, so `化学武器公约` is found in
    the title; brackets around figures, Latin words or a closing gloss stay."""
    from unref import normalise_for_search

    normalised, origins = normalise_for_search("《化學武器（公約）條例》(第578章)")
    assert normalised == "《化学武器公约条例》(第578章)" and len(origins) == len(normalised)
    assert normalise_for_search("化 学 武 器 ( 公 约 ) 条 例")[0] == "化学武器公约条例"  # a PDF's spaced letters
    assert normalise_for_search("《聯合國制裁(南蘇丹)規例》")[0] == "《联合国制裁南苏丹规例》"
    assert normalise_for_search("第1540(2004)号决议")[0] == "第1540(2004)号决议"
    assert normalise_for_search("欧洲安全与合作组织(欧安组织)")[0] == "欧洲安全与合作组织(欧安组织)"
    assert normalise_for_search("进出口(strategic)规例")[0] == "进出口(strategic)规例"


def test_hong_kong_s_variant_characters_match_the_standard_ones():
    """Hong Kong writes `衞` (衛) and `敍` (敘), which OpenCC's t2s keeps: `發射衞星` (tests/unseen10, 26)
    is `发射卫星` to extraction and search alike, while anchors stay on t2s and never move."""
    from unref import normalise_for_search, to_simplified

    assert normalise_for_search("北韓發射衞星，世衞組織")[0] == "北韩发射卫星,世卫组织"
    assert fold("敍利亞衞生部") == "叙利亚卫生部" == fold("敘利亞衛生部")
    assert fold("着重") == "着重" and fold("隨着") == "随着"  # a simplified text's characters are not changed
    assert to_simplified("衞星") == "衞星"


def test_taiwan_s_characters_of_the_elements_are_the_mainland_s():
    """MediaWiki's ZH_TO_CN: Taiwan's 鈽 is the mainland's 钚 (plutonium), 鋂 镅 (americium), 鉲 锎
    (californium), 鎝 锝 (technetium); the mainland's old 钸 and 矽 are read so too; 鎦 (Taiwan's
    lutetium, elsewhere the gilding of 鎦金) stays."""
    assert fold("日本的鈽庫存") == fold("日本的钚库存") == fold("日本的钸库存") == "日本的钚库存"
    assert fold("鋂-241、鉲-252與鎝-99m放射源") == "镅-241、锎-252与锝-99m放射源"
    assert fold("矽晶圓") == fold("硅晶圆")
    assert fold("鎦金") == "镏金"


def test_the_characters_printed_for_a_search_form_are_every_script_s():
    """What a text may print where its search form has a character: search reads only the
    paragraphs printing one of them in full (search.spread)."""
    from unref.normalise import printed_as

    assert printed_as("联") == {"联", "聯", "\uf997"}  # the compatibility ideograph of 聯 too
    assert printed_as("卫") == {"卫", "衛", "衞"}
    assert printed_as("台") == {"台", "臺", "檯", "颱", "枱"}
    assert printed_as("核") == {"核", "覈"}
    assert printed_as("a") == {"a"}
    assert all(fold(printed) == "卫" for printed in printed_as("卫"))
