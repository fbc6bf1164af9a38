"""Languages: which language a document is written in, read from its letters, never assumed.

The archive holds Chinese texts, in either script, and their English versions. A file in any
other language is most likely the wrong download. Chinese documents may carry long annexes in
their original language, so a file counts as Chinese as soon as it holds a little Chinese.
"""
import re

from unref import to_simplified
from unref.normalise import CJK

from .reading import UnreadableFile

# The commonest English function words: a text in another Latin-script language has few of them.
ENGLISH_WORDS = frozenset(["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "by", "with", "as", "be", "its", "are", "this", "which", "from", "at", "an"])
_WORD = re.compile(r"[A-Za-z]+")
_HAN = re.compile(f"[{CJK}]")


def detect_language(text):
    """"zh-Hans", "zh-Hant" or "en"; None for a text in none of them (or without letters)."""
    han = [ch for ch in _HAN.findall(text) if ch.isalpha()]  # the regex engine finds them: no visit of every letter
    if han and (len(han) >= 100 or len(han) / sum(ch.isalpha() for ch in text) >= 0.01):
        return detect_script(han)
    letters = [ch for ch in text if ch.isalpha()]
    words = _WORD.findall(text)
    if not words or sum(map(len, words)) < 0.8 * len(letters):
        return None
    return "en" if sum(word.lower() in ENGLISH_WORDS for word in words) / len(words) >= 0.1 else None


def require_known_language(language, name):
    if language is None:
        raise UnreadableFile(
            f"{name}: 既不是中文也不是英文文件，请下载中文版本 (neither a Chinese nor an English document: import the Chinese version)"
        )


def detect_script(han):
    """zh-Hant when converting to simplified changes a noticeable share of the characters."""
    sample = "".join(han[:5000])
    changed = sum(1 for a, b in zip(sample, to_simplified(sample)) if a != b)
    return "zh-Hant" if changed / len(sample) > 0.02 else "zh-Hans"
