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
