"""How to cite a paragraph, in Chinese and in English, the way UN documents cite each other
(docs/citations.md gives the rules and where they come from).

Numbered text is cited by its own numbers: `CD/2118，第5(f)段` / `CD/2118, para. 5 (f)`. Text the
document does not number is cited by where a reader finds it — section, heading, position:
`A/74/140，第二节“印度”第9段` / `A/74/140, sect. II (印度), 9th paragraph`. The permanent
anchor in the URL never changes; these forms are for the reader's footnote.
"""
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

from unref.numerals import chinese_numeral, numeral_value

from .pipeline.anchors import roman

UNNUMBERED_HEADINGS = ("heading", "title")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_TITLE = 80
# Marks a shortened title may have opened and not closed, with their closing marks.
PAIRED_MARKS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "「": "」", "『": "』", "（": "）", "(": ")", "[": "]"}


class Text(str):
    """A stretch of the document's own words inside a citation (a heading, a title): the page
    marks it as document text, in the document's language."""


@dataclass
class Citation:
    """Four copyable forms: short and full ("完整引文", with short title and date), each language."""

    zh: list
    en: list
    zh_full: list
    en_full: list

    def plain(self, form):
        return "".join(getattr(self, form))

    @property
    def plain_zh(self):
        return self.plain("zh")

    @property
    def plain_en(self):
        return self.plain("en")

    def html(self, form):
        return mark_safe("".join(
            f'<span class="doc-text" lang="zh-Hans">{escape(part)}</span>' if isinstance(part, Text) else escape(part)
            for part in getattr(self, form)
        ))


# A Council resolution is cited by its number, as UN texts cite it: `第1540(2004)号决议第3(c)段`,
# `resolution 1540 (2004), para. 3 (c)` (docs/citations.md).
RESOLUTION = re.compile(r"S/RES/(?P<number>\d{1,4}) \((?P<year>\d{4})\)")
# The words a resolution opens with, before its first preambular paragraph.
OPENER = re.compile(r"(?:安全理事会|安全理事會|The Security Council)[，,]")


def cite_paragraph(paragraph):
    document = paragraph.document
    zh_where, en_where = where(paragraph)
    resolution = RESOLUTION.fullmatch(document.symbol)
    if resolution:
        zh_name, en_name = [f"第{resolution['number']}({resolution['year']})号决议"], [f"resolution {resolution['number']} ({resolution['year']})"]
        zh_where, en_where = preambular_pinpoint(paragraph) or (zh_where, en_where)
        zh_full, en_full = list(zh_name), list(en_name)
        if document.date:
            zh_full.append(f"（{document.date.year}年{document.date.month}月{document.date.day}日）")
            en_full.append(f" of {document.date.day} {MONTHS[document.date.month - 1]} {document.date.year}")
        return Citation(zh=[*zh_name, *zh_where], en=[*en_name, ", ", *en_where],
                        zh_full=[*zh_full, *zh_where], en_full=[*en_full, ", ", *en_where])
    if document.symbol:
        zh_name, en_name = [document.symbol], [document.symbol]
    else:
        zh_name, en_name = ["“", Text(short_title(document)), "”"], ["“", Text(short_title(document)), "”"]
    zh_full, en_full = list(zh_name), list(en_name)
    if document.symbol and document.title:
        zh_full = [Text(whole_title(document)), f"（{document.symbol}）"]
        en_full = [Text(whole_title(document)), f" ({document.symbol})"]
    if document.date:
        zh_full.append(f"，{document.date.year}年{document.date.month}月{document.date.day}日")
        en_full.append(f", {document.date.day} {MONTHS[document.date.month - 1]} {document.date.year}")
    return Citation(
        zh=[*zh_name, "，", *zh_where],
        en=[*en_name, ", ", *en_where],
        zh_full=[*zh_full, "，", *zh_where],
        en_full=[*en_full, ", ", *en_where],
    )


def whole_title(document):
    """The full citation carries the whole title: a briefing pastes it as it is, and a title cut
    short there would read as the document's own words."""
    return " ".join(document.title.split())


def short_title(document):
    """A title of at most SHORT_TITLE characters (where the short form names a document without
    a symbol); when cut, the quotation marks and brackets it opened are closed after the `…`."""
    title = whole_title(document)
    if len(title) <= SHORT_TITLE:
        return title
    kept = title[: SHORT_TITLE - 1]
    open_marks = []
    for character in kept:
        if character in PAIRED_MARKS:
            open_marks.append(character)
        elif open_marks and character == PAIRED_MARKS[open_marks[-1]]:
            open_marks.pop()
    return kept + "…" + "".join(PAIRED_MARKS[mark] for mark in reversed(open_marks))


def where(paragraph):
    """(Chinese, English) pinpoint of a paragraph inside its document, as lists of parts."""
    numbered = numbered_pinpoint(paragraph)
    if numbered:
        return numbered
    if paragraph.kind == "title":
        return ["标题"], ["title"]
    if paragraph.kind == "footnote" and (footnote := re.fullmatch(r"fn-(\d+)", paragraph.anchor)):
        return [f"脚注{footnote.group(1)}"], [f"footnote {footnote.group(1)}"]
    if paragraph.kind == "heading":
        number = section_number(f"{paragraph.label} {paragraph.text}") if paragraph.label else None
        if number:
            return [f"第{chinese_numeral(number)}节标题"], [f"sect. {roman(number).upper()}, heading"]
        return ["小标题“", Text(clean_heading(paragraph.text)), "”"], ["heading “", Text(clean_heading(paragraph.text)), "”"]
    return positional_pinpoint(paragraph)


def preambular_pinpoint(paragraph):
    """`序言部分第2段` / `preambular para. 2` for an unnumbered paragraph of a resolution before its
    first operative paragraph, counted after the words it opens with; None for any other."""
    if paragraph.kind != "para" or paragraph.label or OPENER.fullmatch(paragraph.text):
        return None
    rows = paragraph.document.paragraphs.filter(ordinal__lte=paragraph.ordinal).values_list("anchor", "kind", "label", "text")
    position = {anchor: number for number, anchor in preambular_anchors(rows).items()}.get(paragraph.anchor)
    return ([f"序言部分第{position}段"], [f"preambular para. {position}"]) if position else None


def preambular_anchors(rows):
    """{preambular paragraph number: anchor} over a resolution's rows of (anchor, kind, label,
    text) in order: the unlabelled paragraphs before the first numbered one, after the words the
    preamble opens with (`安全理事会，`)."""
    found = {}
    for anchor, kind, label, text in rows:
        if kind == "para" and label:
            break
        if kind == "para" and not OPENER.fullmatch(text):
            found[len(found) + 1] = anchor
    return found


def numbered_pinpoint(paragraph):
    """`第5段` / `para. 5`; `第5(f)段` / `para. 5 (f)`; `第5(f)(ii)段` / `para. 5 (f) (ii)`."""
    number = paragraph.label.strip("[].")
    if paragraph.kind == "para" and number.isdigit():
        return [f"第{number}段"], [f"para. {number}"]
    parts = paragraph.anchor.split("-")
    if (
        paragraph.kind == "item"
        and len(parts) > 1
        and parts[0].isdigit()
        and all(re.fullmatch(r"[a-z]+", part) for part in parts[1:])
        and paragraph.label == f"({parts[-1]})"
    ):
        letters = [f"({part})" for part in parts[1:]]
        return [f"第{parts[0]}{''.join(letters)}段"], [f"para. {parts[0]} {' '.join(letters)}"]
    return None


def positional_pinpoint(paragraph):
    """Where an unnumbered paragraph is: after which numbered paragraph, or under which section
    and heading, and its place there (`第9段` counts every paragraph under the heading)."""
    before = list(
        paragraph.document.paragraphs.filter(ordinal__lt=paragraph.ordinal)
        .order_by("-ordinal")
        .values("kind", "label", "anchor", "speaker")[:2000]
    )
    run = []
    for other in before:
        if other["kind"] in UNNUMBERED_HEADINGS:
            break
        run.append(other)
    numbered_before = next((other for other in run if other["kind"] == "para" and other["label"].strip("[].").isdigit()), None)
    letter = paragraph.label if paragraph.kind == "item" and re.fullmatch(r"\([a-z]+\)", paragraph.label) else ""
    if numbered_before is not None:
        position = run.index(numbered_before) + 1
        number = numbered_before["label"].strip("[].")
        return [f"第{number}段后第{position}段"], [f"{ordinal(position)} paragraph after para. {number}"]
    zh, en = section_parts(paragraph.section)
    if letter:
        return [*zh, f"{letter}分段"], [*en, f"subpara. {letter}"]
    if paragraph.speaker:
        position = 1 + sum(1 for _ in _same_speaker(run, paragraph.speaker))
        return [*zh, f"{paragraph.speaker}发言第{position}段"], [*en, f"statement by {paragraph.speaker}, {ordinal(position)} paragraph"]
    position = len(run) + 1
    if not zh:
        return [f"第{position}个未编号段落"], [f"{ordinal(position)} unnumbered paragraph"]
    return [*zh, f"第{position}段"], [*en, f"{ordinal(position)} paragraph"]


def _same_speaker(run, speaker):
    for other in run:
        if other["speaker"] != speaker:
            return
        yield other


def section_parts(section):
    """"二. 从各国政府收到的回复 › 印度" → (["第二节", "“印度”"], ["sect. II (印度), "])."""
    if not section:
        return [], []
    parts = section.split(" › ")
    number = section_number(parts[0])
    heading = clean_heading(parts[-1]) if (len(parts) > 1 or not number) else ""
    zh, en = [], []
    if number:
        zh.append(f"第{chinese_numeral(number)}节")
        en.append(f"sect. {roman(number).upper()}")
    if heading and number:
        zh += ["“", Text(heading), "”"]
        en += [" (", Text(heading), ")"]
    elif heading:
        zh += ["“", Text(heading), "”下"]
        en += ["under “", Text(heading), "”"]
    return zh, [*en, ", "]


def section_number(heading):
    """The number of a numbered section heading ("二. 导言", "III. Replies"), else None."""
    match = re.match(r"([一二三四五六七八九十]+|[IVXL]+)\.\s", heading)
    return numeral_value(match.group(1)) if match else None


def clean_heading(text):
    """A heading's words without its label or closing colon: "建议：" → "建议"."""
    text = re.sub(r"^([一二三四五六七八九十]+|[IVXL]+|[A-Z])\.\s+", "", text.strip())
    return text.rstrip("：:").strip()


def ordinal(number):
    """1 → 1st, 2 → 2nd, 11 → 11th, 23 → 23rd."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
