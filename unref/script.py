"""Traditional ↔ simplified conversion (OpenCC), shared by language detection, anchors and matching."""
from functools import lru_cache


@lru_cache(maxsize=2)
def _converter(configuration):
    import opencc

    return opencc.OpenCC(configuration)


def to_simplified(text):
    """OpenCC's t2s: what anchors and language detection were built on (an anchor never changes)."""
    return _converter("t2s").convert(text)


# Taiwan's characters for chemical elements the mainland writes with another (鈽 is the mainland's
# 钚, plutonium; 鋂 镅, americium; 鉲 锎, californium; 鎝 锝, technetium; 鑀 锿; 砈 砹; 矽 硅,
# silicon): the single characters MediaWiki's ZhConversion.php converts to the mainland's otherwise
# than OpenCC does (ZH_TO_CN, wikimedia/mediawiki at the commit regional.json's sources name), keyed
# by what hk2s makes of each (钸, 𰾄, 𨱏 …, or the character itself). Not 鎦: Taiwan's lutetium,
# elsewhere the 镏 of 镏金 (gilding).
_ELEMENTS = str.maketrans({"钸": "钚", "𰾄": "镅", "鉲": "锎", "𨱏": "锝", "𰾭": "锿", "砈": "砹", "矽": "硅"})


def to_simplified_for_matching(text):
    """OpenCC's hk2s: t2s, with Hong Kong's variant characters read as the standard ones first
    (`衞星` is `卫星`, `世衞` `世卫`, `敍利亞` `叙利亚`), and Taiwan's names of elements as the
    mainland's (`鈽-239` is `钚-239`): what extraction and search match on. Character by character
    it differs from t2s in fourteen characters only (钸 and 矽 are the mainland's own old names of
    plutonium and silicon)."""
    return _converter("hk2s").convert(text).translate(_ELEMENTS)
