"""Traditional ↔ simplified conversion (OpenCC), shared by language detection, anchors and matching."""
from functools import lru_cache


@lru_cache(maxsize=2)
def _converter(configuration):
    import opencc

    return opencc.OpenCC(configuration)


def to_simplified(text):
    """OpenCC's t2s: what anchors and language detection were built on (an anchor never changes)."""
    return _converter("t2s").convert(text)


def to_simplified_for_matching(text):
    """OpenCC's hk2s: t2s, with Hong Kong's variant characters read as the standard ones first
    (`衞星` is `卫星`, `世衞` `世卫`, `敍利亞` `叙利亚`): what extraction and search match on. Character
    by character it differs from t2s in seven characters only, none of them a simplified one."""
    return _converter("hk2s").convert(text)
