"""Chinese analysis: jieba's dictionary as the archive loads it, and whole-paragraph term counts equal to the tokenizers'."""
import marshal

import jieba
import pytest

from search.analysis import (
    BigramTokenizer,
    ChineseTokenizer,
    _marshal_read_whole,
    bigram_positions,
    chinese_counts,
)


def test_reading_the_dictionary_cache_whole_loads_what_jieba_loads():
    ordinary = jieba.Tokenizer()
    ordinary.initialize()
    read_whole = jieba.Tokenizer()
    with _marshal_read_whole(jieba):
        read_whole.initialize()
    assert jieba.marshal is marshal
    assert read_whole.total == ordinary.total
    assert read_whole.FREQ == ordinary.FREQ
    assert read_whole.lcut("防止大规模毁灭性武器扩散") == ordinary.lcut("防止大规模毁灭性武器扩散")


@pytest.mark.parametrize("text", [
    "根据第1540(2004)号决议，各国应防止非国家行为者获取大规模毁灭性武器。",
    "禁化武组织(OPCW)与IAEA 合作；S/RES/2325 (2016)",
    "核",
    "A B，C",
])
def test_whole_paragraph_counting_gives_the_tokenizers_terms_and_positions(text):
    from collections import Counter, defaultdict

    from unref import normalise_for_search

    normalised = normalise_for_search(text)[0]
    positions = defaultdict(list)
    for token in BigramTokenizer()(text, positions=True):
        positions[token.text].append(token.pos)
    assert bigram_positions(normalised) == (positions, sum(map(len, positions.values())))
    words = Counter(token.text for token in ChineseTokenizer()(text))
    assert chinese_counts(normalised) == (words, sum(words.values()))
