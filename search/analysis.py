"""Chinese text analysis shared by indexing and querying.

normalise → (jieba words | character bigrams). Both analyzers normalise inside the tokenizer, so
index and query see the same form, and report character offsets into the *original* text.
Plain Python and Whoosh; no Django.
"""
import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from whoosh.analysis import Token, Tokenizer

from archive.pipeline.script import to_simplified

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Bump when normalisation, tokenization or the index schema changes: a different value forces a rebuild.
ANALYSIS_VERSION = "2"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# A unit of the bigram field: one Chinese character, or one run of letters/digits.
_UNIT = re.compile(f"[{_CJK}]|[^\\W{_CJK}_]+")
# What jieba's own dictionary segmenter can hold as one word.
_JIEBA_WORD = re.compile(r"^[\u4e00-\u9fd5a-z0-9+#&._%\-]+$")
_WORD_CHAR = re.compile(r"\w")
_SPACES = re.compile(" +")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def is_cjk(char):
    return bool(_CJK_CHAR.match(char))


def normalise(text):
    """Matching form of `text` and, for each of its characters, the index it came from.

    Traditional → simplified, full-width → half-width (NFKC), lower case, control characters to
    spaces, whitespace next to a Chinese character removed (PDF layout: `委员会向 安全理事会`,
    `第 1540(2004)号`), other whitespace runs collapsed to one space.
    Indexing calls it once per field of every paragraph, so the common case (printable,
    already NFKC text) takes a path with no per-character Python work.
    """
    return _normalise(text)


@lru_cache(maxsize=16)  # the text and bigram fields of one paragraph normalise the same text
def _normalise(text):
    folded, origins = _fold(text)
    simplified = to_simplified(folded)
    if len(simplified) != len(folded):  # a phrase conversion changed the length: go char by char
        simplified = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in folded)
    parts, out_origins, position = [], [], 0
    for run in _SPACES.finditer(simplified):
        start, end = run.span()
        parts.append(simplified[position:start])
        out_origins.extend(origins[position:start])
        before = simplified[start - 1] if start else ""
        after = simplified[end] if end < len(simplified) else ""
        if before and after and not (is_cjk(before) or is_cjk(after)):
            parts.append(" ")
            out_origins.append(origins[start])
        position = end
    parts.append(simplified[position:])
    out_origins.extend(origins[position:])
    return "".join(parts), out_origins


def _fold(text):
    """NFKC, lower case, control and separator characters to spaces; with per-character origins."""
    narrowed = text.translate(_FULL_WIDTH)  # what NFKC does to most Chinese punctuation, 1:1
    if narrowed.isprintable() and unicodedata.is_normalized("NFKC", narrowed):
        lowered = narrowed.lower()
        if len(lowered) == len(text):
            return lowered, list(range(len(text)))
    chars, origins = [], []
    for index, char in enumerate(text):
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char.isspace():
            folded = " "
        else:
            folded = unicodedata.normalize("NFKC", char).lower()
        for piece in folded:
            chars.append(piece)
            origins.append(index)
    return "".join(chars), origins


def units(normalised):
    """Bigram units with their spans, as lists of runs: a run ends at punctuation or a space."""
    runs, run, last_end = [], [], None
    for match in _UNIT.finditer(normalised):
        if last_end is not None and match.start() != last_end and run:
            runs.append(run)
            run = []
        run.append((match.group(), match.start(), match.end()))
        last_end = match.end()
    if run:
        runs.append(run)
    return runs


def join_units(first, second):
    return first + second if is_cjk(first[-1]) and is_cjk(second[0]) else f"{first} {second}"


def bigrams(run):
    """Tokens of the bigram field for one run: each pair of neighbouring units, or the lone unit."""
    if len(run) == 1:
        return [run[0]]
    return [(join_units(a[0], b[0]), a[1], b[2]) for a, b in zip(run, run[1:])]


# --- jieba with the archive's own dictionary ---------------------------------------------------

def _read_json(name):
    try:
        data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _strings(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


@lru_cache(maxsize=1)
def dictionary_words():
    """The user dictionary: Chinese names and short forms of bodies and treaties, and field terms."""
    words = set()
    for body in _read_json("bodies.json"):
        if isinstance(body, dict):
            for key in ("names_zh", "short_zh", "names_zh_hant"):
                words.update(_strings(body.get(key)))
    for treaty in _read_json("treaties.json"):
        if isinstance(treaty, dict):
            words.update(_strings(treaty.get("names_zh")))
    try:
        lines = (FIXTURES / "search_terms.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    words.update(line.split("#", 1)[0].strip() for line in lines)
    result = set()
    for word in words:
        folded = normalise(word)[0]
        if len(folded) >= 2 and _CJK_CHAR.search(folded) and _JIEBA_WORD.match(folded):
            result.add(folded)
    return sorted(result)


def analysis_fingerprint():
    """Changes whenever indexed tokens would change: the index must then be rebuilt."""
    digest = hashlib.sha256(ANALYSIS_VERSION.encode())
    digest.update("\n".join(dictionary_words()).encode("utf-8"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def segmenter():
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in dictionary_words():
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, False), 100))
    return tokenizer


def words(normalised):
    """jieba's ordinary segmentation of already normalised text, punctuation dropped."""
    return [w for w in segmenter().lcut(normalised) if _WORD_CHAR.search(w)]


def search_tokens(normalised):
    """jieba search mode over normalised text: (word, start, end), punctuation dropped."""
    return [(w, s, e) for w, s, e in segmenter().tokenize(normalised, mode="search") if _WORD_CHAR.search(w)]


# --- Whoosh tokenizers ---------------------------------------------------------------------------

class _NormalisingTokenizer(Tokenizer):
    """Yields Whoosh tokens whose `pos` is the token's index and whose chars point into the
    original text (so snippets can be cut from what the reader sees)."""

    def pieces(self, normalised):
        raise NotImplementedError

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        normalised, origins = normalise(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for position, (text, start, end) in enumerate(self.pieces(normalised), start=start_pos):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = position
            if chars:
                token.startchar = start_char + origins[start]
                token.endchar = start_char + origins[end - 1] + 1
            yield token


class ChineseTokenizer(_NormalisingTokenizer):
    """jieba search-mode words (`禁化武组织` and also `化武`, `组织`)."""

    def pieces(self, normalised):
        return search_tokens(normalised)


class BigramTokenizer(_NormalisingTokenizer):
    """Neighbouring pairs of units (characters, or Latin/digit words) inside each run.

    Positions leave a gap between runs, so a phrase never matches across punctuation.
    """

    def pieces(self, normalised):
        for run in units(normalised):
            yield from bigrams(run)
            yield None  # gap marker

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        normalised, origins = normalise(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for piece in self.pieces(normalised):
            position += 1
            if piece is None:
                continue
            text, start, end = piece
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = position
            if chars:
                token.startchar = start_char + origins[start]
                token.endchar = start_char + origins[end - 1] + 1
            yield token
