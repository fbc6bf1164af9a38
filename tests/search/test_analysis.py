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


def test_the_faster_routes_cut_every_sample_paragraph_as_jieba_does():
    from pathlib import Path

    from search.analysis import segmenter
    from search.routes import Tokenizer
    from unref import normalise_for_search

    ours = segmenter()
    assert type(ours) is Tokenizer
    stock = jieba.Tokenizer()
    stock.FREQ, stock.total, stock.initialized = ours.FREQ, ours.total, True  # the same dictionary, user words included
    samples = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
    lines = [line for path in sorted(samples.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 300
    for line in lines:
        normalised = normalise_for_search(line)[0]
        assert list(ours.cut_for_search(normalised)) == list(stock.cut_for_search(normalised))
        assert ours.lcut(normalised, HMM=False) == stock.lcut(normalised, HMM=False)
        assert ours.lcut(normalised, cut_all=True) == stock.lcut(normalised, cut_all=True)
