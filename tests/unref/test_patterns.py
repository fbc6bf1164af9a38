"""A trie of literal forms matches, at each position, what an alternation of them longest first matches."""
import re

from unref.patterns import longest_of


def test_the_longest_form_at_each_position_as_an_alternation_longest_first():
    forms = ["安理会", "安理会制裁委员会", "制裁委员会", "制裁", "苏丹制裁", "南苏丹制裁", "IAEA", "IAEA-TECDOC", "a.b"]
    trie = re.compile(longest_of(forms))
    alternation = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
    for text in ["安理会制裁委员会与安理会制裁", "南苏丹制裁和苏丹制裁委员会", "IAEA-TECDO IAEA-TECDOC", "a.b axb 安理会制"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)], text
    assert [m.group() for m in trie.finditer("安理会制裁委员会与南苏丹制裁")] == ["安理会制裁委员会", "南苏丹制裁"]
    assert re.fullmatch(longest_of(["ab", "abc"]), "abc") and not re.search(longest_of(["x.y"]), "xzy")
