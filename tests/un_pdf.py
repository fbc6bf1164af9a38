"""Lay a document out as the UN prints it, as a PDF with a real CJK font, for import tests.

A4, a cover block (symbol, organ, Distr., date, languages), a running header with the symbol
and a footer with the job number and page counter from page 2, justified lines wrapped where a
Chinese typesetter wraps them, numbered paragraphs at the margin, lettered items on a hanging
indent, unnumbered paragraphs with a first-line indent, larger headings, footnotes below a rule
at the foot of the page where they are cited, hyperlinks as link annotations. The font, WenQuanYi Micro Hei from Debian's
fonts-wqy-microhei, is embedded as a subset with a Unicode map, as word processors do.
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from archive.pipeline.splitting import join_lines
from unref import organ_short_names
from unref.organs import load_organs

FONT = "WenQuanYi"
FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
BODY, LEADING, SPACING = 10.5, 16, 8
NOTE_SIZE, NOTE_LEADING = 8, 10
LEFT, RIGHT = 72, 523
TOP, FOOTER = 700, 40
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
MONTHS = "January February March April May June July August September October November December".split()

if not FONT_FILE.exists():
    raise RuntimeError(f"{FONT_FILE} missing: apt-get install fonts-wqy-microhei (the PDF tests' CJK font)")
pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))


def render_document(parsed, path, job="18-02157", scaled=False):
    """Write `parsed` (a ParsedDocument, e.g. from the text import) to `path` as a UN PDF;
    `scaled` sets type in a 1-point font enlarged by the text matrix, as some producers do."""
    notes = {p.label: p.text for p in parsed.paragraphs if p.kind == "footnote"}
    body = [p for p in parsed.paragraphs if p.kind != "footnote"]
    page = _Page(path, parsed.description, job, scaled)
    for paragraph in body:
        page.paragraph(paragraph, notes)
    page.finish()


def render_pages(path, paragraphs, symbol="S/2099/1", job="99-00001"):
    """A plain multi-paragraph document from (kind, label, text) tuples, for quick tests."""
    from types import SimpleNamespace

    description = SimpleNamespace(symbol=symbol, organ="安全理事会", date=None, original_language="")
    parsed = SimpleNamespace(
        description=description,
        paragraphs=[SimpleNamespace(kind=kind, label=label, text=text) for kind, label, text in paragraphs],
    )
    render_document(parsed, path, job=job)


def tokens(text):
    """Units a line may break between: ASCII runs stay whole, Chinese characters stand alone."""
    result, run = [], ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            result.append(run)
            run = ""
        result.append(ch)
    if run:
        result.append(run)
    return result


def width(token, size):
    return sum(
        pdfmetrics.stringWidth(str(SUPERSCRIPTS.index(ch)), FONT, size * 0.6) if ch in SUPERSCRIPTS else pdfmetrics.stringWidth(ch, FONT, size)
        for ch in token
    )


def wrap(text, first_width, other_width, size):
    """Lines of tokens; a break goes only where joining the lines again restores the text."""
    lines, line, used = [], [], 0.0
    for token in tokens(text):
        limit = first_width if not lines else other_width
        if line and used + width(token, size) > limit and not token.isspace():
            cut = _last_break(line, token)
            lines.append(line[:cut])
            line = line[cut:]
            while line and line[0].isspace():
                line.pop(0)
            used = sum(width(t, size) for t in line)
        line.append(token)
        used += width(token, size)
    if line:
        lines.append(line)
    return ["".join(line).strip() for line in lines]


def _last_break(line, following):
    """The last place in `line` (then `following`) where a break is undone exactly by join_lines."""
    candidates = line + [following]
    for cut in range(len(line), 0, -1):
        left = "".join(candidates[:cut]).rstrip()
        right = "".join(candidates[cut:]).lstrip()
        if not left or not right:
            continue
        had_space = candidates[cut - 1].isspace() or candidates[cut].isspace()
        joined = join_lines(left[-1], right[0])
        if joined == left[-1] + (" " if had_space else "") + right[0]:
            return cut
    return len(line)


class _Page:
    def __init__(self, path, description, job, scaled=False):
        self.canvas = canvas.Canvas(str(path), pagesize=A4)
        self.description, self.job, self.number, self.scaled = description, job, 1, scaled
        self.notes_here = []
        self.y = TOP
        self._cover()

    @property
    def english(self):
        return getattr(self.description, "language", "") == "en"

    @property
    def job_language(self):
        return "E" if self.english else "C"

    def _cover(self):
        c, d = self.canvas, self.description
        self._text(LEFT, 790, "United Nations" if self.english else "联合国", 12)
        if d.symbol:
            self._text(RIGHT - width(d.symbol, 14), 790, d.symbol, 14)
        # The organ a cover names: the Council for its committees' documents too.
        organ = next((o for o in load_organs() if (d.symbol or "").startswith(o["prefix"]) and o["cover_names"]), None)
        if self.english:
            self._text(LEFT, 765, organ["en"] if organ else "Security Council", 14)
        else:
            names = sorted(organ_short_names(), key=len, reverse=True)
            self._text(LEFT, 765, next((name for name in names if (d.organ or "").startswith(name)), "安全理事会"), 14)
        self._text(400, 765, "Distr.: General", 9)
        if d.date:
            self._text(400, 753, f"{d.date.day} {MONTHS[d.date.month - 1]} {d.date.year}", 9)
        self._text(400, 741, "English" if self.english else "Chinese", 9)
        if d.original_language:
            self._text(400, 729, f"Original: {LANGUAGES[d.original_language]}", 9)
        c.setLineWidth(1)
        c.line(LEFT, 720, RIGHT, 720)

    def _text(self, x, y, text, size, justify_to=None):
        """Draw runs of text, justified as word processors do — Chinese by character spacing,
        English by the space between words; footnote markers in smaller type, raised."""
        if self.english and justify_to and " " in text.strip():
            words = [f"{word} " for word in text.split(" ")]  # spaces drawn, as word processors do
            words[-1] = words[-1].rstrip()
            gap = (justify_to - sum(width(word, size) for word in words)) / (len(words) - 1)
            for word in words:
                self._text(x, y, word, size)
                x += width(word, size) + gap
            return
        natural = sum(width(ch, size) for ch in text)
        extra = (justify_to - natural) / (len(text) - 1) if justify_to and len(text) > 1 else 0
        for run in _runs(text):
            superscript = run[0] in SUPERSCRIPTS
            shown = "".join(str(SUPERSCRIPTS.index(ch)) for ch in run) if superscript else run
            shown_size, baseline = (size * 0.6 if superscript else size), y + (size * 0.4 if superscript else 0)
            text_object = self.canvas.beginText(x, baseline)
            if self.scaled:
                text_object.setTextTransform(shown_size, 0, 0, shown_size, x, baseline)
                text_object.setFont(FONT, 1)
                text_object.setCharSpace(extra / shown_size)
            else:
                text_object.setFont(FONT, shown_size)
                text_object.setCharSpace(extra)
            text_object.textOut(shown)
            self.canvas.drawText(text_object)
            x += width(run, size) + extra * len(run)

    def paragraph(self, paragraph, notes):
        kind, label, text = paragraph.kind, paragraph.label, paragraph.text
        if label.startswith("["):
            label = f"{label.strip('[]')}."
        size = 14 if kind == "title" else 12 if kind == "heading" else BODY
        if kind == "signature":
            self._space(SPACING)
            for line in text.split("\n"):
                self._line(300, line, size, None, [])
            return
        if kind == "item":
            x_label, x_text = LEFT + 21, LEFT + 42
            first = text
        else:
            x_label = x_text = None
            first = f"{label} {text}".strip()
        indent = 21 if kind == "para" and not label else 0
        left = x_text if kind == "item" else LEFT
        lines = wrap(first, RIGHT - left - indent, RIGHT - left, size)
        self._space(SPACING if kind not in ("title", "heading") else 14)
        for index, line in enumerate(lines):
            cited = [(n, notes[n]) for n in _cited(line) if n in notes]
            last = index == len(lines) - 1
            x = left + (indent if index == 0 else 0)
            justify = None if last or kind in ("title", "heading") else RIGHT - x
            self._line(x, line, size, justify, cited, label=(x_label, label) if index == 0 and kind == "item" else None)
            if index == 0:
                for url in getattr(paragraph, "links", ()):
                    # A hyperlink annotation over the paragraph's first line.
                    self.canvas.linkURL(url, (x, self.y - 2, x + width(line, size), self.y + size), relative=0)

    def _space(self, amount):
        self.y -= amount

    def _line(self, x, text, size, justify, cited, label=None):
        self._need(size, cited)
        self.y -= LEADING * size / BODY
        if label:
            self._text(label[0], self.y, label[1], size)
        self._text(x, self.y, text, size, justify)
        self.notes_here.extend(cited)

    def _need(self, size, cited):
        reserved = sum(len(wrap(f"{n} {t}", RIGHT - LEFT, RIGHT - LEFT, NOTE_SIZE)) for n, t in self.notes_here + cited)
        bottom = FOOTER + 30 + reserved * NOTE_LEADING + (12 if reserved else 0)
        if self.y - LEADING * size / BODY < bottom:
            self._new_page()

    def _new_page(self):
        self._foot()
        self.canvas.showPage()
        self.number += 1
        self.y = 790
        symbol = self.description.symbol
        if symbol:
            x = LEFT if self.number % 2 == 0 else RIGHT - width(symbol, 9)
            self._text(x, 805, symbol, 9)

    def _foot(self):
        y = FOOTER + 30
        lines = [line for n, t in self.notes_here for line in _note_lines(n, t)]
        if lines:
            y += len(lines) * NOTE_LEADING
            self.canvas.setLineWidth(0.5)
            self.canvas.line(LEFT, y + 4, LEFT + 144, y + 4)
            for line in lines:
                y -= NOTE_LEADING
                self._text(LEFT, y, line, NOTE_SIZE)
        self.notes_here = []
        if self.number == 1:
            self._text(LEFT, FOOTER, f"{self.job} ({self.job_language})", 8)
            self._text(300, FOOTER, "120218    130218", 8)
            self._text(LEFT, FOOTER - 14, f"*{self.job.replace('-', '')}*", 10)
        else:
            counter = f"{self.number}/{{total}}"
            left, right = (counter, self.job) if self.number % 2 == 0 else (f"{self.job} ({self.job_language})", counter)
            self._text(LEFT, FOOTER, left.replace("{total}", "9"), 8)
            text = right.replace("{total}", "9")
            self._text(RIGHT - width(text, 8), FOOTER, text, 8)

    def finish(self):
        self._foot()
        self.canvas.showPage()
        self.canvas.save()


def _cited(line):
    return ["".join(str(SUPERSCRIPTS.index(ch)) for ch in run) for run in _superscript_runs(line)]


def _superscript_runs(text):
    run = ""
    for ch in text + " ":
        if ch in SUPERSCRIPTS:
            run += ch
        elif run:
            yield run
            run = ""


def _note_lines(number, text):
    superscript = "".join(SUPERSCRIPTS[int(d)] for d in number)
    return wrap(f"{superscript} {text}", RIGHT - LEFT, RIGHT - LEFT, NOTE_SIZE)


def _runs(text):
    """Consecutive characters that are all footnote markers, or all not."""
    runs = []
    for ch in text:
        if runs and (ch in SUPERSCRIPTS) == (runs[-1][0] in SUPERSCRIPTS):
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs
