"""jieba's tokenizer with its two innermost loops written for speed: same words, sooner.

For each character jieba lists the words of its dictionary that start there (`get_DAG`), then
walks back from the end choosing the likeliest route through them (`calc`). Those two loops
are most of the time jieba spends on a paragraph, and so most of an index build's analysis.
Here each step makes one dictionary lookup instead of two and the route needs no generator;
the arithmetic is jieba's own, term by term in the same order, so the route, and every word,
is the one jieba chooses (tests/search/test_analysis.py holds them equal). Written for
jieba 0.42.1, whose two methods these replace.
"""
import sys
from math import log


def _import_jieba():
    """jieba, imported without pkg_resources. jieba 0.42.1 imports pkg_resources (setuptools)
    only to find its own data files, which it opens beside its module when pkg_resources is
    missing; importing pkg_resources reads the metadata of every installed distribution, a
    cost in time and memory of every web server's start (docs/benchmarks.md). Hidden while
    jieba is imported, so jieba takes its own way; left as it was for any other importer."""
    if "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()


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
