"""Where a reference leads: its page in the archive, or the official text at undocs.org."""
import re

from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from unref import (
    BEYOND,
    WRONG_YEAR,
    load_known_data,
    named_paragraphs,
    official_url,
    resolution_named,
)
from unref.references import pinpoint_items

from .cite import cite_paragraph, preambular_anchors
from .models import Document, Reference


def resolution_path(target):
    """"S/RES/1540 (2004)" → "S/RES/1540(2004)": the form undocs.org and our URLs use."""
    return target.replace(" ", "")


def resolution_url(target):
    return reverse("archive:resolution", kwargs={"path": resolution_path(target)})


def body_slug(body_id):
    return slugify(body_id) or "body"


def body_url(body_id):
    return reverse("archive:body", kwargs={"slug": body_slug(body_id)})


def treaty_url(treaty_id):
    return reverse("archive:treaty", kwargs={"slug": body_slug(treaty_id)})


def document_url(symbol, held):
    """Inside the archive when we hold the document, else the official text."""
    return reverse("archive:document", kwargs={"path": symbol}) if symbol in held else official_url(symbol)


def reference_url(reference, held):
    """Where a reference leads; `held`: the symbols the archive holds (a `Held`)."""
    if not reference.target:
        return None
    if reference.type == "resolution":
        return pinpoint_url(reference, held) or resolution_url(reference.target)
    if reference.type == "body":
        return body_url(reference.target)
    if reference.type == "treaty":
        return treaty_url(reference.target)
    if reference.type == "document":
        return document_url(reference.target, held)
    return None


# A sub-paragraph's anchor (`8-a-iii`): where the text does not anchor it, its permalink leads
# to the paragraph enclosing it.
SUB_PARAGRAPH = re.compile(r"\d{1,3}(?:-[a-z]{1,5})+")


def pinpoint_url(reference, held):
    """The paragraph a pinpoint names (the first of several): in the resolution's own text when
    the archive holds that paragraph, else the resolution's page narrowed to the citations of it
    (the archive may hold an excerpt, or a text whose numbering the pinpoint does not follow)."""
    named = named_paragraphs(reference.pinpoint)
    if not named:
        preamble = preambular_position(reference.pinpoint)
        anchor = preamble and held.preambular_anchor(reference.target, preamble)
        return reverse("archive:document", kwargs={"path": f"{reference.target}/{anchor}"}) if anchor else None
    if held.holds_paragraph(reference.target, named[0].anchor):
        return reverse("archive:document", kwargs={"path": f"{reference.target}/{named[0].anchor}"})
    return f"{resolution_url(reference.target)}?paragraph={named[0].anchor}"


def preambular_position(pinpoint):
    """3 for `preambular para. 3` (the first of several), else None."""
    read = pinpoint_items(pinpoint)
    return int(read[1][0][0]) if read and read[0] == "preambular" and read[1][0][0].isdigit() else None


class Held(frozenset):
    """The symbols the archive holds. Asked whether it holds a paragraph, it reads that
    document's anchors once: a page cites few documents by pinpoint, each of them often."""

    def __new__(cls, symbols=()):
        held = super().__new__(cls, symbols)
        held.rows = {}
        return held

    def holds_paragraph(self, symbol, anchor):
        """True when the paragraph's permalink answers: the anchor itself or, for `8-a-iii`, the
        paragraph that encloses it (the permalink leads there)."""
        anchors = {row[0] for row in self._rows(symbol)}
        if anchor in anchors:
            return True
        parts = anchor.split("-") if SUB_PARAGRAPH.fullmatch(anchor) else []
        return any("-".join(parts[:end]) in anchors for end in range(1, len(parts)))

    def preambular_anchor(self, symbol, position):
        """The anchor of the held text's preambular paragraph `position`, counted as its
        paragraph page counts it, or None."""
        return preambular_anchors(self._rows(symbol)).get(position)

    def _rows(self, symbol):
        if symbol not in self:
            return []
        if symbol not in self.rows:
            document, _ = Document.objects.resolve(symbol)
            self.rows[symbol] = list(document.paragraphs.order_by("ordinal").values_list("anchor", "kind", "label", "text")) if document else []
        return self.rows[symbol]


def understand_resolution(text):
    """The canonical resolution a person means by "1540", "S/RES/1540(2004)", "第1540号决议", "73/55";
    None when it names none, or one the register rules out: a year it contradicts
    (`1540(2005)`), or a number past its last one that no document in the archive cites (a
    later resolution the archive cites is real: the register lags behind the Council)."""
    target = resolution_named(text)
    disagreement = register_disagreement(target)
    if disagreement is None or (disagreement.kind == BEYOND and _cited(target)):
        return target
    return None


def _cited(target):
    return Reference.objects.filter(type=Reference.RESOLUTION, target=target).exists()


def register_disagreement(target):
    """What the Security Council's register says against `target` ("S/RES/1540 (2005)",
    "S/RES/9999"), or None; other organs' symbols are not judged."""
    if not target or not target.startswith("S/RES/"):
        return None
    number, _bracket, year = target.removeprefix("S/RES/").partition(" (")
    return load_known_data().register.disagreement(number, year.rstrip(")") or None)


def disagreement_text(disagreement):
    """The register's objection as one sentence in the active language."""
    values = {"number": disagreement.number, "earliest": disagreement.earliest,
              "latest": disagreement.latest, "last": disagreement.last, "last_year": disagreement.last_year}
    if disagreement.kind == WRONG_YEAR:
        return _("与决议登记不符：第%(number)s号决议通过于%(earliest)s年") % values
    if disagreement.kind == BEYOND:
        return _("决议登记中没有第%(number)s号决议：登记截至第%(last)s(%(last_year)s)号决议") % values
    if disagreement.latest is None:
        return _("与决议登记不符：第%(number)s号决议不可能早于%(earliest)s年通过") % values
    if disagreement.earliest == disagreement.latest:
        return _("与决议登记不符：第%(number)s号决议应通过于%(earliest)s年") % values
    return _("与决议登记不符：第%(number)s号决议应通过于%(earliest)s年至%(latest)s年之间") % values


def resolution_info(target):
    return load_known_data().resolution_by_symbol.get(target, {})


def body_by_slug(slug):
    return _by_slug(load_known_data().bodies, slug)


def treaty_by_slug(slug):
    return _by_slug(load_known_data().treaties, slug)


def _by_slug(entries, slug):
    for entry in entries:
        if body_slug(entry["id"]) == slug:
            return entry
    return None


def treaty_info(treaty_id):
    return load_known_data().treaty_by_id.get(treaty_id, {})



def paragraph_citation(paragraph):
    """(Chinese, English) short citation of a paragraph as plain text (feeds, exports); the rules
    are in archive/cite.py and docs/citations.md."""
    citation = cite_paragraph(paragraph)
    return citation.plain("zh"), citation.plain("en")
