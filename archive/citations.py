"""Where a reference leads: its page in the archive, or the official text at undocs.org."""
from django.urls import reverse
from django.utils.text import slugify

from unref import load_known_data, official_url, resolution_named


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


def reference_url(reference, held_symbols):
    if not reference.target:
        return None
    if reference.type == "resolution":
        return resolution_url(reference.target)
    if reference.type == "body":
        return body_url(reference.target)
    if reference.type == "treaty":
        return treaty_url(reference.target)
    if reference.type == "document":
        return document_url(reference.target, held_symbols)
    return None


def understand_resolution(text):
    """The canonical resolution a person means by "1540", "S/RES/1540(2004)", "第1540号决议", "73/55"."""
    return resolution_named(text)


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
    from .cite import cite_paragraph

    citation = cite_paragraph(paragraph)
    return citation.plain("zh"), citation.plain("en")
