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


def chinese_numeral(number: int) -> str:
    """A number below 100 in Chinese numerals, as section numbers, list labels and counts print it:
    1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (0 → 〇)."""
    tens, units = divmod(number, 10)
    if not tens:
        return CJK_NUMERALS[units - 1] if units else "〇"
    return f"{CJK_NUMERALS[tens - 1] if tens > 1 else ''}十{CJK_NUMERALS[units - 1] if units else ''}"


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
