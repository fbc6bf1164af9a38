"""How a foreign name sounds (unref.sounds), read from Unihan's readings of the name characters."""
from unref import sounds


def test_spellings_of_one_name_sound_alike():
    assert sounds.sound("巴希爾") == sounds.sound("巴席尔") == ("ba", "xi", "er")
    assert sounds.sound("查哈洛娃") == sounds.sound("扎哈罗娃")  # ch and zh merged
    assert sounds.sound("佩通坦") == sounds.sound("貝東丹")  # aspiration merged
    assert sounds.sound("佐科维") == sounds.sound("佐科威")
    assert sounds.sound("巴希尔") != sounds.sound("巴沙尔")


def test_only_name_characters_have_a_sound():
    assert sounds.sound("恐怖组织") is None
    assert sounds.sound("") is None
    assert "席" in sounds.sounding_alike("希") and "希" in sounds.sounding_alike("希")
    assert sounds.sounding_alike("组") == ()


def test_merged_syllables():
    assert [sounds.syllable(reading) for reading in ("zhang", "chang", "cang", "shi", "pei", "ting", "qi")] == \
        ["zan", "zan", "zan", "si", "bei", "din", "ji"]
