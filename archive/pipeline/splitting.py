"""Split: join classified lines into the paragraphs a reader sees, with their kind and printed label.

Two layouts occur and are detected, never assumed: text wrapped at a fixed width (a PDF page,
one physical line per printed line) and text with one paragraph per line (web pages, other
converters). In both, a sentence that is still open at the end of a line continues on the next.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from unref.normalise import CJK, is_cjk
from unref.numerals import CJK_NUMERALS, IDEOGRAPH_ITEMS, ideograph_roman, numeral_value

from . import caps
from .cleaning import (
    BLANK,
    COVER,
    FURNITURE,
    LINK,
    RULE,
    TEXT,
    display_width,
    mark_footnote_markers,
    remove_layout_spaces,
)
from .limits import PARAGRAPH_CHARS, PARAGRAPHS, SPEAKER_AFFILIATION

HAN = re.compile(f"[{CJK}]")
TERMINALS = set("。！？；：!?;:…")
CLOSERS = set("”’」』)）】〕\"'⁰¹²³⁴⁵⁶⁷⁸⁹")

NUMBER = re.compile(r"^(\d{1,4})\s*[.．](?!\d)\s*")
LETTER = re.compile(r"^[(（]([a-z]{1,2}|[ivxl]{1,5}|\d{1,2})[)）]\s*")  # `(a)`, `(iv)`, and `(1)` as `(一)` is
CJK_ITEM = re.compile(rf"^[(（]([{CJK_NUMERALS}]{{1,3}})[)）]\s*")
# A sub-item as United Nations Chinese prints the English `(i)`, `(ii)`: one parenthesised
# ideograph (㈠ … ㈩), read as the roman numeral it stands for.
IDEOGRAPH_ITEM = re.compile(rf"^([{IDEOGRAPH_ITEMS}])\s*")
# ... or a Chinese numeral and a space before a defined term, where a web copy of a law dropped the `、`
# (`一 游離輻射:指…`); a stray layout space after a numeral opening a sentence (`一 些代表团`, `十 分重要`) is none.
SECTION = re.compile(rf"^([{CJK_NUMERALS}]{{1,3}}|[IVXL]{{1,6}})(?:\s*[.．、]\s*|(?<=[{CJK_NUMERALS}])[ \u3000](?=[^\s\d〇:：]{{1,12}}[:：]))")
BULLET = re.compile(r"^[•●▪◦]\s*")
# A label printed on a line of its own (web copies, column layouts): the paragraph is the next line.
BARE_LABEL = re.compile(rf"(?:[A-Z]|[IVXL]{{1,6}}|[{CJK_NUMERALS}]{{1,3}}|\d{{1,3}})[.．、]?|[(（](?:[a-z]{{1,2}}|[ivxl]{{1,5}}|\d{{1,2}}|[{CJK_NUMERALS}]{{1,3}})[)）]")
FOOTNOTE = re.compile(r"^(\d{1,3})\s+(?=\S)")
# A note mark printed after the comma: bracketed (`,[2]`), in the UN's older style (`…Disarmament, 1/`),
# or, after Chinese, as plain figures where a web copy lost the superscript (`…年度报告,1`).
_MARK_AFTER_COMMA = r"[，,](?:\[\d{1,3}\]|\s?\d{1,2}/)$|(?<=[\u4e00-\u9fff])[，,]\d{1,2}$"
OPEN_COMMA = re.compile(rf"[，、,(（“][⁰¹²³⁴⁵⁶⁷⁸⁹]*$|{_MARK_AFTER_COMMA}")
COMMA_END = re.compile(rf"[，,]$|{_MARK_AFTER_COMMA}")
SIGNED = re.compile(r"[(（](?:签名|簽名|Signed|signed)[)）]")
NOTE = re.compile(r"^[\[［].*[\]］]$")
TITLE_LENGTH = 250  # characters: a document's first line may be a title this long
CAPITALS = re.compile(r"^[A-Z][A-Z ,;'’&-]*[A-Z]$")
# A first line wholly in brackets with no figure is a remark on the text, not its title: `(发言要点)`
# (speaking points), `(Check against delivery)`; a date or a symbol in brackets is the title's.
REMARK = re.compile(rf"^[(（][^()（）\d〇{CJK_NUMERALS}]{{1,30}}[)）]$")
# Summary records open and close with a time formula ("下午3时10分宣布开会。", "下午5时10分散会。").
PROCEDURAL = re.compile(r"^(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*[时時](?:\s*\d{1,2}\s*分)?(?:宣布开会|宣布開會|散会|散會|复会|復會|休会|休會)[。.]?$")
# A resolution's adoption line: `2003年11月24日安全理事会第4872次会议通过`, `第4872次会议一致通过。`,
# in the earliest resolutions `第一一七次會議一致通過。`.
ADOPTED = re.compile(
    r"^[(（]?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:安全理事会|安全理事會)?第\s*(?:\d+|[〇一二三四五六七八九十百千]+)\s*次(?:会议|會議)(?:一致)?(?:通过|通過)[)）]?[。.]?$"
)
# The same lines in English: `Adopted by the Security Council at its 4872nd meeting, on 24 November
# 2003`, `The meeting was called to order at 10.05 a.m.`, `The meeting rose at 1 p.m.`.
ADOPTED_EN = re.compile(r"^Adopted (?:unanimously )?by the [A-Z][A-Za-z ]+ at its \d+(?:st|nd|rd|th) (?:plenary )?meeting,? on \d{1,2} [A-Z][a-z]+ \d{4}$")
PROCEDURAL_EN = re.compile(r"^The meeting (?:was called to order|rose|was suspended|was resumed|resumed) at \d{1,2}(?:\.\d\d)? [ap]\.m\.$")
# The title of a communication as UN documents print it: `Letter dated 1 February 2007 from the
# Secretary-General addressed to the President of the Security Council`, `Note verbale dated …`.
# No full stop, and often longer than a heading: without the form it would join the next line.
LETTER_TITLE_EN = re.compile(
    r"^(?:Identical )?(?:[Ll]etters?|[Nn]otes? verbales?) dated \d{1,2} [A-Z][a-z]+ \d{4} from .{3,300} addressed to [^.]{3,300}$"
)
# A date on a line of its own (a statement's or a letter's, under its title): `2018年1月8日`,
# `8 January 2018`, `January 8, 2018`, also with the place it was given at, after a comma
# (`2016年11月28日，海牙`, `28 November 2016, The Hague`) or before it (`Geneva, 12 August 2009`).
PLACE = r"(?:[\u4e00-\u9fff]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
DATE_LINE = re.compile(
    rf"^(?:{PLACE}\s*[,，]\s*)?(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{1,2}} [A-Z][a-z]+ \d{{4}}|[A-Z][a-z]+ \d{{1,2}}, \d{{4}})"
    rf"(?:\s*[,，]\s*{PLACE})?$"
)
# The comma of a date written month first (`July 23, 2024`), which ends no clause.
US_DATE_COMMA = re.compile(r"\b([A-Z][a-z]{2,8} \d{1,2}), (?=\d{4}\b)")
# The organ whose name opens a resolution's text, each language's way, by the organ it names.
OPENING_ORGANS = {"安全理事会": "council", "安全理事會": "council", "The Security Council": "council",
                  "大会": "assembly", "大會": "assembly", "The General Assembly": "assembly"}
# On a line of its own with its comma it is a paragraph of its own, even after a title with no
# full stop (`51/43. Conclusion of … nuclear weapons` / `The General Assembly,`).
OPENING_LINE = re.compile(f"^(?:{'|'.join(map(re.escape, OPENING_ORGANS))})\\s*[,，]$")
# Lines that stand alone, whatever precedes or follows them.
# A line of asterisks between parts of a text (`* * *`, `***`): a break, never part of a sentence.
SEPARATOR = re.compile(r"^(?:[*＊⁂]\s*){1,5}$")
ALONE = (NOTE, PROCEDURAL, ADOPTED, ADOPTED_EN, PROCEDURAL_EN, LETTER_TITLE_EN, DATE_LINE, SEPARATOR)
# The lines under a statement's title that say what it is and who gave it, as missions print them
# (`Statement at the Security Council Open Debate …`, `H.E. Wang Yi, State Councilor …`): after a
# blank line each opens a paragraph, though the title above ends with no full stop. Chinese prints
# them apart already (`——在…上的发言`, a line without a comma).
STATEMENT_HEAD_EN = re.compile(r"^(?:(?:Statement|Remarks|Speech|Address|Intervention)s? (?:by|at|of|delivered)\b|(?:H\.E\.|His Excellency|Her Excellency) )")
# The words a statement addresses its hearers with, on a line of their own (`主席先生，`, `Mr.
# President,`, `女士们、先生们：`, several on one line: `主席女士，秘书长先生，`): they open a
# paragraph, whatever precedes them. Named by whom the first addresses, the same in every
# language. A bare `主席：` is a speaker's name in a transcript.
_ADDRESSEES = {
    # also a bare `主席：` / `President,` (Hong Kong's Legislative Council replies), its punctuation required
    "chair": r"主席(?:先生|女士|阁下|閣下)|(?:Mr|Madam|Madame|Mme|Ms)(?:\.\s*|\s+)(?:President|Chair|Chairman|Chairperson)"
             r"|主席(?=\s*[,，:：]$)|(?:President|Chairman|Chairperson)(?=\s*[,:]$)",
    # bare, or spelt without its hyphen, only before its punctuation (`Mr. President, Secretary General,`)
    "secretary-general": r"秘[书書]长(?:先生|女士|阁下|閣下)|(?:Mr|Madam|Madame|Mme|Ms)(?:\.\s*|\s+)Secretary[- ]General"
                         r"|Secretary[- ]General(?=\s*[,:])",
    "director-general": r"总干事(?:先生|女士|阁下)|總幹事(?:先生|女士|閣下)"
                        r"|(?:Mr|Madam|Madame|Mme|Ms)(?:\.\s*|\s+)Director[- ]General|Director[- ]General(?=\s*[,:])",
    # bare only before its punctuation (`Representatives, Ladies and Gentlemen,`, as `各位代表，` is)
    "delegates": r"各位代表|(?:Distinguished|Dear)\s+(?:[Dd]elegates|[Rr]epresentatives)|(?:Delegates|Representatives)(?=\s*,)",
    "colleagues": r"各位同事|同事们|同事們|(?:Dear\s+|Distinguished\s+)?[Cc]olleagues",
    "audience": r"女士们\s*[、,，]?\s*先生们|女士們\s*[、,，]?\s*先生們|Ladies\s+and\s+[Gg]entlemen",
    "excellencies": r"各位阁下|各位閣下|Your\s+Excellencies|Excellencies",
    "friends": r"各位朋友|朋友们|朋友們|(?:Dear\s+)?[Ff]riends",
}
SALUTATIONS = {  # `尊敬的` (`尊敬的各位同事，`) may open any of them, as `Distinguished` and `Dear` do
    name: re.compile(rf"^(?:尊敬的)?(?:{term})(?:\s*[,，、]\s*(?:尊敬的)?(?:{'|'.join(_ADDRESSEES.values())}))*\s*[,，:：!！]?$")
    for name, term in _ADDRESSEES.items()
}
# A note mark printed after the end of a sentence (`…以十三票对零票通过。 1`, `…voting.[1]`): in a
# web copy the sentence, and the line, ends there, and the note itself follows.
NOTE_MARK_END = re.compile(r"[。！？.!?]\s?(?:\d{1,2}|\[\d{1,3}\])$")
# A full stop after these ends an abbreviation, not a sentence ("No.", "para.", "Mr.").
ABBREVIATIONS = frozenset(["No", "Nos", "Mr", "Mrs", "Ms", "Dr", "para", "paras", "art", "Art", "vol", "p", "pp", "Corr", "Add", "Rev", "Amend", "St", "e.g", "i.e"])
SPEAKER_TITLE = re.compile(r"(?:先生|女士|阁下|閣下|博士|主席|副主席)$")
SPEAKER_ALONE = re.compile(r"^(主席|代理主席|副主席)\s*(?:说|說)")
# A speaker's label opening a turn of a verbatim record, as the United Nations prints it:
# `主席(以英语发言)：`, `王光亚先生(中国)：`, `The President:`, `Mr. Wang Guangya (China) (spoke in
# Chinese):`. After a blank line it opens a paragraph, whatever the line before it left open.
SPEAKER_LABEL = re.compile(
    r"^(?:(?:代理)?(?:主席|副主席|秘书长|秘書長)|[^\s(（:：，,。]{1,20}?(?:先生|女士|阁下|閣下|博士))"
    r"\s*(?:[(（][^()（）]{1,40}[)）]\s*){0,2}[:：]"
    r"|^(?:The (?:Acting )?(?:President|Chair|Chairman|Chairperson|Secretary-General)"
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord)\.? [A-Z][\w'’.-]*(?: [\w'’.-]+){0,4})"
    r"\s*(?:\([^()]{1,40}\)\s*){0,2}:")


@dataclass
class Block:
    """One paragraph as split from the source, before anchors are given."""

    lines: list
    kind: str = "para"
    label: str = ""
    number: int | None = None
    letter: str | None = None
    section_number: int | None = None
    inferred_label: bool = False
    links: list = field(default_factory=list)
    speaker: str = ""
    speaker_affiliation: str = ""
    text: str = ""
    widest: int = 0  # the widest line's width, kept as lines join (see _Layout.is_full)
    length: int = 0  # characters in the lines so far, against the paragraph-length cap

    @property
    def first_line(self):
        return self.lines[0].number


def is_closed(text):
    """True when the text ends a sentence (closing quotes and footnote markers aside)."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        if text[-1] in ")）" and not (len(text) > 1 and text[-2] in TERMINALS):
            return False
        text = text[:-1]
    return bool(text) and (text[-1] in TERMINALS or _ends_english_sentence(text))


def _ends_english_sentence(text):
    """A full stop after a word that is not an abbreviation ("… of the matter."), or after a
    figure or a bracket that ends a sentence of words ("… from 1 to 30 November 2006.",
    "… (see A/C.1/60/PV.2-7)."); Chinese text ends its sentences with 。, and a full stop after a
    lone figure is a label (`1.`) or a reference (`para. 3.`)."""
    match = re.search(r"([A-Za-z][A-Za-z.]*)[)\]\"”’']?\.$", text)
    if match:
        return match.group(1) not in ABBREVIATIONS
    return bool(_ENDING_AFTER_A_FIGURE_OR_BRACKET.search(text)) and len(_ENGLISH_WORD.findall(text)) >= 4


# A word, then a figure and a full stop (`November 2006.`, `resolution 1540.`), an isotope
# (`uranium enriched up to 60% U-235.`, `Cs-137.`) or a share (`by 60%.`), not `para. 3.`; or a
# full stop after a bracket a sentence ends in (`… (see A/C.1/60/PV.2-7).`).
_ENDING_AFTER_A_FIGURE_OR_BRACKET = re.compile(r"(?:[A-Za-z]{3,},? |\b[A-Z][a-z]?-)\d[\d,]*\.$|\d%\.$|\)\.$")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def join_lines(left, right):
    """Join two wrapped lines: no space inside Chinese text, one space beside Latin words and digits."""
    if not left:
        return right
    if not right:
        return left
    return left + _separator(left[-1], right[0]) + right


def _separator(a, b):
    if a in "-/":
        return ""
    ascii_a, ascii_b = a.isascii() and a.isalnum(), b.isascii() and b.isalnum()
    han_a, han_b = is_cjk(a), is_cjk(b)
    return " " if (ascii_a and (ascii_b or han_b)) or (han_a and ascii_b) else ""


def split_blocks(lines, name="<text>"):
    """Lines → blocks, in reading order: body paragraphs and footnotes. A text with more
    paragraphs, or a longer paragraph, than a document has is refused as soon as it shows."""
    body, footnotes = _separate_footnotes(lines)
    footnote_numbers = {block.number for block in footnotes}
    for line in body:
        if line.kind == TEXT:
            line.text = mark_footnote_markers(line.text, footnote_numbers)
    layout = _Layout(body)
    blocks = _join_body(body, layout, name)
    blocks = _merge_unmarked_continuations(blocks, layout)
    for block in blocks:
        _describe_block(block)
    if blocks and blocks[0].kind == "heading" and not blocks[0].label:
        blocks[0].kind = "note" if REMARK.match(blocks[0].text) else "title"
    elif blocks and blocks[0].kind == "para" and not blocks[0].label and _long_title(blocks[0].text):
        blocks[0].kind = "title"  # a treaty's long title (`Convention on the Prohibition of …`)
    _infer_lost_numbers(blocks)
    _attach_speakers(blocks)
    return blocks + footnotes


def _separate_footnotes(lines):
    """Body lines (with page breaks recorded) and footnote blocks found after a ____ rule."""
    body, footnotes = [], []
    in_notes, page_break, last_number = False, False, 0
    current, blank = None, False
    for line in lines:
        line.after_blank, blank = blank, line.kind == BLANK
        if line.kind == RULE:
            in_notes, page_break = True, True
            continue
        if line.kind in (LINK, FURNITURE, COVER):
            in_notes = False
            page_break = True
            if line.kind == LINK:
                body.append(line)
            continue
        if line.kind == BLANK:
            continue
        if in_notes:
            match = FOOTNOTE.match(line.text)
            if match and int(match.group(1)) == last_number + 1:
                last_number = int(match.group(1))
                current = Block(lines=[line], kind="footnote", number=last_number, label=str(last_number))
                line.text = line.text[match.end():]
                footnotes.append(current)
                continue
            if current is not None and not is_closed(current.lines[-1].text):
                current.lines.append(line)
                continue
            in_notes = False
        line.page_break = page_break
        page_break = False
        body.append(line)
    for block in footnotes:
        block.text = remove_layout_spaces(_join_all(block.lines))
    return body, footnotes


class _Layout:
    """Measures how the text was laid out: the wrap width, and whether lines were wrapped at all."""

    def __init__(self, body):
        text_lines = [line for line in body if line.kind == TEXT]
        self.first = text_lines[0] if text_lines else None
        widths = sorted(self.width(line) for line in text_lines) or [0]
        self.wrapped = False
        self.wrap_width = widths[int(len(widths) * 0.9) - 1] if len(widths) > 1 else widths[0]
        full = [line for line in text_lines if self.is_full(line, assume_wrapped=True)]
        full_and_open = [line for line in full if not is_closed(line.text)]
        # Past a margin, hardly a line: a web copy's lines of every length (a treaty's preamble, a
        # clause a line) have none, and its second-longest lines are no margin.
        past = [line for line in text_lines if self.width(line) > self.wrap_width + 6]
        # Wrapped text: many lines end at the same margin, many of them mid-sentence. Where every
        # line stands between blank lines (a web copy's paragraph a line, or a double-spaced
        # extraction), one of them cut short of a mark says so: lines of like length each ending a
        # clause (`…，`) are a web copy's paragraphs.
        self.wrapped = (
            len(text_lines) >= 4
            and (any(not line.after_blank for line in text_lines[1:]) or any(_cut(line.text) for line in full_and_open))
            and len(past) / len(text_lines) < 0.1
            and len(full) / len(text_lines) >= 0.4
            and len(full_and_open) / len(text_lines) >= 0.2
            and len(full_and_open) >= 2  # one open line of a short web copy is a heading, not a wrap
            and self.wrap_width < 200
        )
        self.marked = sum(1 for line in text_lines if line.marked) >= max(3, len(text_lines) // 4)

    @staticmethod
    def width(line):
        return line.indent + display_width(line.text)

    def is_full(self, line, block=None, assume_wrapped=False):
        """Does the line reach the right margin?  Inside a block of two or more lines the margin
        is the block's own widest line, so lists with a hanging indent are measured fairly."""
        if not (self.wrapped or assume_wrapped):
            return False
        margin = block.widest if block is not None and len(block.lines) > 1 else 0
        return self.width(line) >= (margin or self.wrap_width) - 6

    def is_short(self, text):
        """Short of the margin; where lines are not wrapped, short as a heading is, which in
        English (no Han character) takes more cells than in Chinese."""
        if self.wrapped:
            return display_width(text) < self.wrap_width * 0.8
        return display_width(text) < (60 if HAN.search(text) else 100)


def _cut(text):
    """Whether a line ends short of a punctuation mark (a wrap cut it mid-clause)."""
    return not unicodedata.category(text.rstrip()[-1:] or ".").startswith("P")


def _label_kind(text):
    for kind, pattern in (("number", NUMBER), ("letter", LETTER), ("cjk_item", CJK_ITEM), ("ideograph_item", IDEOGRAPH_ITEM),
                          ("section", SECTION), ("bullet", BULLET)):
        if match := pattern.match(text):
            return kind, match
    return None, None


class _Sequence:
    """Paragraph-level numbering seen so far, to tell a real new item from a wrapped inline one."""

    def __init__(self):
        self.number = 0
        self.letter = None
        self.cjk_item = 0
        self.ideograph_item = 0

    def continues(self, kind, match):
        if kind == "number":
            return int(match.group(1)) in (self.number + 1, 1)
        if kind == "letter":
            value = match.group(1)
            if value.isdigit():
                return value == "1" or (self.letter or "").isdigit() and int(value) == int(self.letter) + 1
            expected = "a" if self.letter is None else chr(ord(self.letter[-1]) + 1)
            return value in (expected, "a")
        if kind == "cjk_item":
            return CJK_NUMERALS.find(match.group(1)) == self.cjk_item
        if kind == "ideograph_item":
            return IDEOGRAPH_ITEMS.index(match.group(1)) in (self.ideograph_item, 0)
        return True

    def record(self, kind, match):
        if kind == "number":
            self.number = int(match.group(1))
        elif kind == "letter":
            self.letter = match.group(1)
        elif kind == "cjk_item":
            self.cjk_item = CJK_NUMERALS.find(match.group(1)) + 1
        elif kind == "ideograph_item":
            self.ideograph_item = IDEOGRAPH_ITEMS.index(match.group(1)) + 1


def _starts_new(block, line, layout, sequence):
    """Does `line` begin a new paragraph after `block`?  The heart of the splitter."""
    if line.paragraph_start is not None:
        return line.paragraph_start
    previous = block.lines[-1]
    kind, match = _label_kind(line.text)
    closed = is_closed(previous.text)
    full = layout.is_full(previous, block)
    if any(pattern.match(text) for pattern in ALONE for text in (line.text, previous.text)):
        return True
    if OPENING_LINE.match(line.text) or OPENING_LINE.match(previous.text):
        return True
    if line.after_blank and STATEMENT_HEAD_EN.match(line.text):
        return True  # after a blank line only: inside a wrapped paragraph `H.E.` may open a line
    if line.after_blank and SPEAKER_LABEL.match(line.text):
        return True  # a verbatim record's next speaker
    if salutation(line.text) or (len(block.lines) == 1 and salutation(previous.text) and line.after_blank):
        return True  # on a line of its own, `主席先生，` / `Mr. President,` opens a paragraph; a blank line closes it
    if not layout.wrapped and NOTE_MARK_END.search(previous.text):
        closed = True
    if len(block.lines) == 1 and BARE_LABEL.fullmatch(previous.text):
        return False
    if SIGNED.search(previous.text):
        return True
    if kind is not None:
        # A label opening a line right after a full line is an inline enumeration that wrapped
        # ("；(三) …；\n(四) …"), unless the sentence ended and the label continues the numbering,
        # or a blank line stands between (a list under an open lead-in: `…下一步工作` / `(a) …`).
        continues = sequence.continues(kind, match)
        return not (full and (not closed or not continues)) or (line.after_blank and continues)
    if OPEN_COMMA.search(previous.text):
        # A comma ends a resolution's preambular paragraph (`回顾……，`): the next one begins
        # indented or after a blank line, either after a line short of the margin, or, where the
        # text has one paragraph per line (a web copy), after a blank line, also where Wikisource
        # prints a note mark after the comma (`…Middle East,[3]`). After a superscript mark, or
        # anywhere else, the sentence goes on.
        ends_with_comma = bool(COMMA_END.search(previous.text))
        return ends_with_comma and ((line.indent > 0 or line.after_blank) and not full
                                    or (not layout.wrapped and line.after_blank))
    if line.page_break:
        return closed or (not layout.wrapped and _is_heading_like(previous.text, layout))
    if line.after_blank and (all(CAPITALS.match(held.text) for held in block.lines)
                             or _title_case(" ".join(held.text for held in block.lines))):
        return True  # a blank line after a headline in capitals or in title case, over several lines, commas and all
    if full and not closed:
        return False
    if closed and line.heads_paragraph and _is_heading_like(line.text, layout):
        return True
    if not line.after_blank and not closed and line.text[:1].islower() and line.text[:1].isascii():
        return False  # an English line opening in lower case goes on with the open sentence before it
    if not line.after_blank and CAPITALS.match(previous.text) and CAPITALS.match(line.text):
        return False  # a heading in capitals printed over several lines (`SPECIAL COMMITTEE ON THE SITUATION / WITH …`)
    if not layout.wrapped:
        if closed:
            return True
        if not line.after_blank and (len(block.lines) >= 2 or (block.lines[0] is layout.first and not is_closed(line.text))):
            return False  # a sentence running on over ragged lines, as a web page cut it, or the title
        if block.lines[0] is layout.first and (_long_title(_join_all(block.lines)) or (
                line.after_blank and len(block.lines) == 1 and HAN.search(previous.text))):
            return True  # a blank line ends the document's title, however long, or its first Chinese line
        if line.after_blank and _ends_english_line(previous.text) and line.text[:1].isupper() and line.text[:1].isascii():
            return True  # a blank line, then a capital: the English line before it (a title, a byline) ended
        return _is_heading_like(previous.text, layout) or _is_heading_like(line.text, layout)
    if line.indent > 0 or line.marked:
        return True
    if line.after_blank and CAPITALS.match(previous.text) and _is_heading_like(previous.text, layout):
        return True  # a blank line after a short line in capitals: an English heading (`DEFINITIONS AND CRITERIA`)
    return closed and not full


_TYPOGRAPHIC = str.maketrans("’‘“”—–", "''\"\"--")


def _title_case(text):
    """English in title case (`1373 (2001) Also Creates Committee to Monitor Implementation`):
    plain ASCII and typographic quotes and dashes (`Iran’s`, `—`), three words or more, every one
    of four letters or more capitalised but the second part of a compound (`Long-standing`), no
    full stop at the end."""
    if not text.translate(_TYPOGRAPHIC).isascii():
        return False
    long_words = re.findall(r"(?<![-’'A-Za-z])[A-Za-z]{4,}", text)
    return len(long_words) >= 3 and all(word[0].isupper() for word in long_words) and not text.endswith(".")


def _is_heading_like(text, layout):
    """Short, unclosed, and no comma but a date's (`Press Conference on July 23, 2024`)."""
    if not layout.is_short(text) or is_closed(text):
        return False
    return not re.search(r"[。，,；;]", US_DATE_COMMA.sub(r"\1 ", text) if "," in text else text)


def _join_body(body, layout, name):
    _mark_lines_before_paragraphs(body)
    blocks, current, sequence = [], None, _Sequence()
    for line in body:
        if line.kind == LINK:
            if current is not None:
                current.links.append(line.text)
            continue
        if current is None or _starts_new(current, line, layout, sequence):
            kind, match = _label_kind(line.text)
            if kind is not None:
                sequence.record(kind, match)
            current = Block(lines=[line])
            blocks.append(current)
            if len(blocks) > PARAGRAPHS:
                raise caps.too_many_paragraphs(name)
        else:
            current.lines.append(line)
        current.widest = max(current.widest, layout.width(line))
        current.length += len(line.text)
        if current.length > PARAGRAPH_CHARS:
            raise caps.paragraph_too_long(name, current.lines[0].text)
    return _split_signatures(blocks, layout)


def _split_signatures(blocks, layout):
    """A signature ("主席 / 克劳德·埃列尔(签名)") is the run of short open lines that ends in a
    signed line; whatever closed paragraph the joiner put before it is a paragraph of its own."""
    result = []
    for block in blocks:
        if SIGNED.search(block.lines[-1].text):
            start = len(block.lines) - 1
            while start > 0:
                candidate = block.lines[start - 1]
                if is_closed(candidate.text) or not layout.is_short(candidate.text) or "。" in candidate.text:
                    break
                start -= 1
            if start > 0:
                result.append(Block(lines=block.lines[:start], links=block.links))
                block = Block(lines=block.lines[start:])
        result.append(block)
    return result


def _mark_lines_before_paragraphs(body):
    """A short line followed by a paragraph start is a heading candidate: look one line ahead."""
    text_lines = [line for line in body if line.kind == TEXT]
    for line, following in zip(text_lines, text_lines[1:] + [None]):
        line.heads_paragraph = following is not None and (
            following.indent > 0 or following.marked or _label_kind(following.text)[0] is not None
        )


def _merge_unmarked_continuations(blocks, layout):
    """Where a converter marks every paragraph start, an unmarked, unlabelled run of text after a
    numbered paragraph is that paragraph carried over a page break."""
    if not layout.marked:
        return blocks
    merged = []
    for block in blocks:
        first = block.lines[0]
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and not first.marked
            and _label_kind(first.text)[0] is None
            and not PROCEDURAL.match(first.text)
            and not _is_heading_like(first.text, layout)
            and (previous.lines[0].marked or _label_kind(previous.lines[0].text)[0] == "number")
            and not _is_heading_like(_join_all(previous.lines), layout)
        ):
            previous.lines.extend(block.lines)
            previous.links.extend(block.links)
            continue
        merged.append(block)
    return merged


def _join_all(lines):
    """join_lines over every line, in linear time."""
    parts, last = [], ""
    for line in lines:
        if line.text:
            if last:
                parts.append(_separator(last, line.text[0]))
            parts.append(line.text)
            last = line.text[-1]
    return "".join(parts)


def _describe_block(block):
    """Kind, printed label and display text of one block."""
    raw = _join_all(block.lines)
    kind, match = _label_kind(raw)
    if kind == "number":
        block.kind, block.number = "para", int(match.group(1))
        block.label = f"{match.group(1)}."
    elif kind in ("letter", "cjk_item"):
        block.kind, block.letter, block.label = "item", match.group(1), f"({match.group(1)})"
    elif kind == "ideograph_item":
        block.kind, block.letter, block.label = "item", ideograph_roman(match.group(1)), match.group(1)
    elif kind == "section":
        # as printed: Chinese numbers a section `一、`, a translation `一.`, a copy that lost the mark `一`
        printed = match.group()
        mark = "、" if "、" in printed else "." if "." in printed or "．" in printed else ""
        block.kind, block.label = "heading", f"{match.group(1)}{mark}"
        block.section_number = numeral_value(match.group(1))
    elif kind == "bullet":
        block.kind, block.label = "item", "•"
    if match is not None:
        raw = raw[match.end():]
    if SIGNED.search(raw):
        block.kind = "signature"
        block.text = "\n".join(remove_layout_spaces(line.text) for line in block.lines)
        return
    block.text = remove_layout_spaces(raw).strip()
    if kind is None:
        if LETTER_TITLE_EN.match(block.text) or DATE_LINE.match(block.text):
            block.kind = "heading"
        elif any(pattern.match(block.text) for pattern in ALONE):
            block.kind = "note"
        elif _is_heading(block.text):
            block.kind = "heading"


def salutation(text):
    """Whom a line addressing the hearers addresses (`chair` for `主席先生，` and `Mr. President,`),
    or None."""
    text = text.strip()
    return next((name for name, pattern in SALUTATIONS.items() if pattern.match(text)), None)


def _is_heading(text, longest=150):
    """Unlabelled headings and titles: no sentence ends inside or at the end — or a short lead
    such as "建议：" that introduces a list."""
    if len(text) > longest or re.search(r"[。；;]", text) or COMMA_END.search(text):
        return False
    if is_closed(text):
        return text[-1] in "：:" and display_width(text) <= 20
    return True


# The end of an English line that leaves its sentence open: a comma, a dash, a bracket opened, or a
# word that never ends one (`adopted by the` / `Security Council`, a sentence a blank line cut).
_OPEN_ENGLISH_END = re.compile(r"(?:[,;:(\-–—]|\b(?:the|a|an|of|and|or|to|in|on|by|for|with|at|from|as|that|its|their))$", re.I)
_CLAUSE_AFTER_COMMA = re.compile(r",\s*[a-z]")


def _ends_english_line(text):
    """A line of English, no Chinese in it, that reads as a title or a byline (`António Guterres,
    Secretary-General`), not a sentence a blank line cut: no clause after a comma (`The Council met,
    and adopted it`), nothing left open at its end."""
    return (bool(_ENGLISH_WORD.search(text)) and not HAN.search(text) and not _OPEN_ENGLISH_END.search(text)
            and not _CLAUSE_AFTER_COMMA.search(text))


def _long_title(text):
    """An English title longer than a heading is taken to be, in title case as titles are printed
    (`Convention on the Prohibition of the Development, Production and Stockpiling of …`), not a
    sentence cut by a blank line (`The Council met, and adopted it`)."""
    words = [word for word in _ENGLISH_WORD.findall(text) if len(word) > 3]
    return (_is_heading(text, TITLE_LENGTH) and not HAN.search(text) and len(words) >= 3
            and sum(word[0].isupper() for word in words) >= 0.75 * len(words))


def _infer_lost_numbers(blocks):
    """A paragraph whose number the converter dropped, between N and N+2, is N+1."""
    numbered = [i for i, block in enumerate(blocks) if block.number is not None and block.kind == "para"]
    for before, after in pairwise(numbered):
        between = blocks[before + 1 : after]
        gap = blocks[after].number - blocks[before].number
        if gap == 2 and len(between) == 1 and between[0].kind == "para" and between[0].number is None:
            lost = between[0]
            lost.number = blocks[before].number + 1
            lost.label = f"[{lost.number}]"
            lost.inferred_label = True


def _attach_speakers(blocks):
    """Speaker paragraphs of a summary record: the name and affiliation open the paragraph, and
    the speaker goes on until a heading or the next speaker."""
    found = [(block, _speaker(block.text)) for block in blocks]
    if sum(1 for _, speaker in found if speaker) < 2:
        return
    current = ("", "")
    for block, speaker in found:
        if block.kind in ("heading", "title"):
            current = ("", "")
            continue
        if speaker:
            current = speaker
        if block.kind in ("para", "item"):
            block.speaker, block.speaker_affiliation = current


def _speaker(text):
    if match := SPEAKER_ALONE.match(text):
        return match.group(1), ""
    opening = re.search(r"[(（]", text[:60])
    if not opening:
        return None
    name = text[: opening.start()].strip()
    name = re.sub(rf"^[{CJK}]{{2,6}}\s+(?=\S)", "", name) if " " in name else name
    if not name or len(name) > 25 or not SPEAKER_TITLE.search(name):
        return None
    depth, end = 0, None
    for index in range(opening.start(), len(text)):
        if text[index] in "(（":
            depth += 1
        elif text[index] in ")）":
            depth -= 1
            if depth == 0:
                end = index
                break
    if end is None or end - opening.start() - 1 > SPEAKER_AFFILIATION:
        return None
    return name, text[opening.start() + 1 : end]
