"""jieba's dictionary as the archive loads it."""
import marshal

import jieba

from search.analysis import _marshal_read_whole


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
