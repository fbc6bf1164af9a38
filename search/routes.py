"""jieba's tokenizer with its two innermost loops written for speed: same words, sooner.

For each character jieba lists the words of its dictionary that start there (`get_DAG`), then
walks back from the end choosing the likeliest route through them (`calc`). Those two loops
are most of the time jieba spends on a paragraph, and so most of an index build's analysis.
Here each step makes one dictionary lookup instead of two and the route needs no generator;
the arithmetic is jieba's own, term by term in the same order, so the route, and every word,
is the one jieba chooses (tests/search/test_analysis.py holds them equal). Written for
jieba 0.42.1, whose two methods these replace.
"""
from math import log

import jieba


class Tokenizer(jieba.Tokenizer):
    def get_DAG(self, sentence):
        """{start: [ends of the dictionary's words starting there]} ([start] alone if none)."""
        self.check_initialized()
        frequency = self.FREQ.get
        length = len(sentence)
        graph = {}
        for start in range(length):
            ends, end, fragment = [], start, sentence[start]
            while end < length:
                found = frequency(fragment)
                if found is None:  # no word of the dictionary begins with this fragment
                    break
                if found:  # 0: only the beginning of longer words
                    ends.append(end)
                end += 1
                fragment = sentence[start:end + 1]
            graph[start] = ends or [start]
        return graph

    def calc(self, sentence, graph, route):
        """route[start] = (log-probability of the best route from start, end of its first word)."""
        frequency = self.FREQ.get
        route[len(sentence)] = (0, 0)
        logtotal = log(self.total)
        for start in range(len(sentence) - 1, -1, -1):
            ends = graph[start]
            if len(ends) == 1:
                end = ends[0]
                route[start] = (log(frequency(sentence[start:end + 1]) or 1) - logtotal + route[end + 1][0], end)
            else:
                route[start] = max([(log(frequency(sentence[start:end + 1]) or 1) - logtotal + route[end + 1][0], end) for end in ends])
