"""Anchors: permanent, readable paragraph ids derived from the document's own numbering.

Shaped after AKN4UN ids (`para_8__list_1__point_a`) but shorter, for URLs: `12`, `5-f`,
`recommendations-a`, `sec-ii`, `guba-p2`, `fn-1`. They depend only on the document's structure,
never on database ids or on the order files were imported.
"""
import re

from unref import load_known_data, to_simplified
from unref.normalise import CJK

ROMAN = [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
MAX_SLUG = 32


def assign_anchors(blocks):
    """Give every block an anchor, unique within the document; returns the anchors in order."""
    anchors, parent, item_parent, unnumbered, restarted_prefix = [], None, None, {}, None
    last_number, numbers_seen = 0, set()
    for block in blocks:
        if block.kind == "footnote":
            anchor = f"fn-{block.number}"
        elif block.kind == "signature":
            anchor = "signature"
        elif block.kind == "title":
            anchor = "title"
        elif block.kind == "heading":
            anchor = f"sec-{roman(block.section_number)}" if block.section_number else heading_slug(block.text)
            parent = item_parent = anchor
        elif block.number is not None:
            if block.number <= last_number or block.number in numbers_seen:
                restarted_prefix = parent or "part"
            last_number = block.number
            numbers_seen.add(block.number)
            anchor = f"{restarted_prefix}-{block.number}" if restarted_prefix else str(block.number)
            item_parent = anchor
        elif block.letter is not None:
            letter = block.letter if block.letter.isascii() else str("一二三四五六七八九十".find(block.letter) + 1)
            anchor = f"{item_parent}-{letter}" if item_parent else letter
        else:
            owner = item_parent or ""
            unnumbered[owner] = unnumbered.get(owner, 0) + 1
            anchor = f"{owner}-p{unnumbered[owner]}" if owner else f"p{unnumbered[owner]}"
        anchors.append(anchor)
    return _deduplicate(anchors)


def _deduplicate(anchors):
    seen, result = {}, []
    for anchor in anchors:
        if anchor in seen:
            seen[anchor] += 1
            candidate = f"{anchor}-{seen[anchor]}"
            while candidate in seen:
                seen[anchor] += 1
                candidate = f"{anchor}-{seen[anchor]}"
            seen[candidate] = 1
            result.append(candidate)
        else:
            seen[anchor] = 1
            result.append(anchor)
    return result


def roman(number):
    result = ""
    for value, numeral in ROMAN:
        while number >= value:
            result += numeral
            number -= value
    return result


def heading_terms():
    """Standard UN headings with their usual English slug ("建议" → "recommendations")."""
    return load_known_data().heading_terms


def heading_slug(text):
    """A short ASCII slug: a known UN heading's English name, otherwise pinyin of its first words.
    Computed on the simplified form, so both scripts of a document get the same anchors."""
    text = to_simplified(text)
    core = re.sub(r"[\s：:。．.，,、“”\"()（）《》〈〉\[\]［］]+", "", text)
    terms = heading_terms()
    if core in terms["exact"]:
        return terms["exact"][core]
    for suffix, slug in terms["suffix"].items():
        if core.endswith(suffix):
            return slug
    return _pinyin_slug(text) or "section"


def _pinyin_slug(text):
    import jieba
    from pypinyin import lazy_pinyin

    jieba.setLogLevel(60)
    slug = ""
    for word in jieba.lcut(text):
        if re.fullmatch(r"[A-Za-z0-9]+", word):
            word = word.lower()
        elif re.search(f"[{CJK}]", word):
            word = "".join(lazy_pinyin(word))
        else:
            continue
        if slug and len(slug) + 1 + len(word) > MAX_SLUG:
            break
        slug = f"{slug}-{word}" if slug else word[:MAX_SLUG]
    return slug
