"""Traditional ↔ simplified conversion (OpenCC), shared by language detection and search."""
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text):
    return _converter().convert(text)
