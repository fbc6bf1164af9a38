"""References in English text: the matching form has no spaces, so where a word begins and ends
is read in the original (`the IAEA and`, `document S/2006/257 and`), never guessed from letters
that meet once spaces are gone."""
from unref import extract_document


def found(text):
    return [(r.type, r.target, r.surface, r.pinpoint) for r in extract_document([text], [[]])[0]]


def test_acronyms_symbols_and_resolutions_between_english_words():
    assert found("the IAEA and the OPCW reported, see document S/2006/257 and paragraph 3 (c) of resolution 1540 (2004)") == [
        ("body", "IAEA", "IAEA", None),
        ("body", "OPCW", "OPCW", None),
        ("document", "S/2006/257", "S/2006/257", None),
        ("resolution", "S/RES/1540 (2004)", "paragraph 3 (c) of resolution 1540 (2004)", "para. 3 (c)"),
    ]


def test_a_longer_word_or_number_is_not_cut_to_a_known_one():
    assert found("the IAEAX and S/2006/2571x and irresolution 1540 (2004)") == []


def test_in_particular_resolution_after_a_word():
    assert found("in particular resolution 1546 (2004) of 8 June 2004") == [
        ("resolution", "S/RES/1546 (2004)", "resolution 1546 (2004)", None)]


def test_an_english_name_in_either_spelling():
    """The OPCW's own name says Organisation; the press, and translations, print Organization."""
    assert found("禁止化學武器組織(Organization for the Prohibition of Chemical Weapons)年度會議") == [
        ("body", "OPCW", "禁止化學武器組織", None),
        ("body", "OPCW", "Organization for the Prohibition of Chemical Weapons", None),
    ]
    assert [target for _, target, _, _ in found("the Organisation for the Prohibition of Chemical Weapons")] == ["OPCW"]


def test_an_acronym_that_names_two_things_is_not_read_as_either():
    """GCTF is the Global Counterterrorism Forum, and in Taiwan the Global Cooperation and Training
    Framework: the forum's Chinese and English names are read, the acronym alone is not."""
    assert found("外交部與美國共同舉辦「全球合作暨訓練架構」(GCTF)研習營") == []
    assert [target for _, target, _, _ in found("全球反恐論壇(Global Counterterrorism Forum)")] == ["GCTF", "GCTF"]


def test_an_english_name_opening_with_the_united_nations_shortened_to_un():
    assert found("安理會(UN Security Council)與UN Office on Drugs and Crime") == [
        ("body", "Security Council", "安理會", None),
        ("body", "Security Council", "UN Security Council", None),
        ("body", "UNODC", "UN Office on Drugs and Crime", None),
    ]
