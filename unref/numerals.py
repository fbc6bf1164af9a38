"""Numbers written in Chinese or Roman numerals, as labels and pinpoints print them: read by the
splitter (`一.`, `II.`, `㈠`) and by pinpoint extraction (`第六段`, `第9(b)㈠段`) alike."""

CJK_NUMERALS = "一二三四五六七八九十"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# United Nations Chinese prints the English sub-items `(i)` … `(x)` as one parenthesised ideograph.
IDEOGRAPH_ITEMS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_SMALL_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def ideograph_roman(ideograph: str) -> str:
    """The small Roman numeral a parenthesised ideograph stands for (`㈢` → `iii`)."""
    return _SMALL_ROMAN[IDEOGRAPH_ITEMS.index(ideograph)]


def cjk_numeral(value: int) -> str:
    """A number from 1 to 99 in Chinese numerals, as a count prints it (`10` → `十`, `21` → `二十一`)."""
    tens, units = divmod(value, 10)
    return (f"{CJK_NUMERALS[tens - 1] if tens > 1 else ''}十" if tens else "") + (CJK_NUMERALS[units - 1] if units else "")


def numeral_value(label: str) -> int:
    """The value of a CJK or upper-case Roman numeral (`十二`, `二十一`, `XII`)."""
    if label[0] in CJK_NUMERALS:
        values = [CJK_NUMERALS.index(ch) + 1 for ch in label]
        if len(values) == 1:
            return values[0]
        if values[0] == 10:
            return 10 + values[1]
        return values[0] * 10 + (values[2] if len(values) > 2 else 0)
    total = 0
    for i, ch in enumerate(label):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(label) and _ROMAN[label[i + 1]] > value else value
    return total
