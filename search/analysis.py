"""Chinese text analysis shared by indexing and querying.

normalise_for_search → (jieba words | character bigrams). Both analyzers normalise inside the tokenizer, so
index and query see the same form, and report character offsets into the *original* text.
Plain Python and Whoosh; no Django.
"""
import hashlib
import marshal
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import lru_cache
from types import SimpleNamespace

from whoosh.analysis import Token, Tokenizer

from unref import load_known_data
from unref.normalise import CJK, is_cjk, normalise_for_search

# Bump when normalisation, tokenization or the index schema changes: a different value forces a rebuild.
ANALYSIS_VERSION = "8"

# A unit of the bigram field: one Chinese character, or one run of word characters (letters,
# digits) that are not Chinese; `bigram_positions` below counts whole paragraphs on the same two.
CJK_UNIT = f"[{CJK}]"
WORD_CHARACTER = f"[^\\W{CJK}_]"
_UNIT = re.compile(f"{CJK_UNIT}|{WORD_CHARACTER}+")
_CJK_CHAR = re.compile(CJK_UNIT)
# What jieba's own dictionary segmenter can hold as one word.
_JIEBA_WORD = re.compile(r"^[\u4e00-\u9fd5a-z0-9+#&._%\-]+$")
_WORD_CHAR = re.compile(r"\w")


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


# The bigram field's units (`units`), as (Chinese character, other word) pairs, and their runs:
# units that follow one another with nothing between them. Counting terms in a whole paragraph
# at once (bulk writes, search.segments) needs neither spans nor Whoosh tokens.
_UNITS = re.compile(f"({CJK_UNIT})|({WORD_CHARACTER}+)")
_RUN = re.compile(f"(?:{CJK_UNIT}|{WORD_CHARACTER})+")
_CJK_RUN = re.compile(f"{CJK_UNIT}+")


def chinese_counts(normalised):
    """{word: frequency} of jieba's search-mode words (ChineseTokenizer's tokens), and their number.
    Punctuation is dropped once per distinct word, after counting, not once per word."""
    counts = Counter(segmenter().cut_for_search(normalised))
    for word in [word for word in counts if not _WORD_CHAR.search(word)]:
        del counts[word]
    return counts, sum(counts.values())


def bigram_positions(normalised):
    """{bigram: [positions]} as BigramTokenizer numbers them (a gap between runs), and their number."""
    positions = defaultdict(list)
    position = count = 0
    for run in _RUN.findall(normalised):
        if len(run) > 1 and _CJK_RUN.fullmatch(run):  # most runs: each character a unit, no split needed
            for position, bigram in enumerate(map(str.__add__, run, run[1:]), position + 1):
                positions[bigram].append(position)
            count += len(run) - 1
            position += 1
            continue
        found = _UNITS.findall(run)
        if len(found) == 1:
            position += 1
            positions[found[0][0] or found[0][1]].append(position)
        else:
            last_cjk, last_other = found[0]
            for cjk, other in found[1:]:
                position += 1
                if last_cjk and cjk:
                    positions[last_cjk + cjk].append(position)
                else:
                    positions[f"{last_cjk or last_other} {cjk or other}"].append(position)
                last_cjk, last_other = cjk, other
        count += len(found) - 1 or 1
        position += 1
    return positions, count


# --- jieba with the archive's own dictionary ---------------------------------------------------

@lru_cache(maxsize=1)
def dictionary_words():
    """The user dictionary: every Chinese form of bodies, treaties and thesaurus terms, and the
    extra field terms, in search form."""
    result = set()
    for word in load_known_data().dictionary_words():
        folded = normalise_for_search(word)[0]
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
    from .routes import Tokenizer, jieba

    jieba.setLogLevel(60)
    tokenizer = Tokenizer()
    with _marshal_read_whole(jieba):
        tokenizer.initialize()
    for word in dictionary_words():
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, False), 100))
    return tokenizer


@contextmanager
def _marshal_read_whole(jieba):
    """jieba loads its dictionary's cache with marshal.load, which reads the file a little at a
    time; read whole first, it loads several times faster, and that was most of a web server's
    start (docs/benchmarks.md). Same file, same values; only how they are read."""
    original = jieba.marshal
    jieba.marshal = SimpleNamespace(load=lambda file: marshal.loads(file.read()), dump=original.dump)
    try:
        yield
    finally:
        jieba.marshal = original


@lru_cache(maxsize=1)
def dictionary_verbs():
    """The verbs of jieba's own dictionary (tags `v` and `vn`: `遇刺`, `出兵`, `判刑`, `融资`), read
    from the segmenter's dictionary file when first asked for: how an event is worded, which texts
    word otherwise."""
    with segmenter().get_dict_file() as lines:
        return frozenset(word for word, _, tag in (line.decode("utf-8").split() for line in lines) if tag in ("v", "vn"))


def in_dictionary(word):
    """Whether the segmenter's dictionary (jieba's and the archive's own words) holds `word` as a
    word (`信号`; not `界号`)."""
    return frequency(word) > 0


def frequency(word):
    """How often the segmenter's dictionary counts `word` (0 for a word it does not hold)."""
    return segmenter().FREQ.get(word) or 0


def words(normalised):
    """jieba's ordinary segmentation of already normalised text, punctuation dropped."""
    return [w for w in segmenter().lcut(normalised) if _WORD_CHAR.search(w)]


def search_words(normalised):
    """The words of `search_tokens` without their offsets (jieba's cut_for_search gives the same
    words in the same order, faster), for indexing."""
    return [w for w in segmenter().cut_for_search(normalised) if _WORD_CHAR.search(w)]


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
        normalised, origins = normalise_for_search(value)
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
        normalised, origins = normalise_for_search(value)
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
