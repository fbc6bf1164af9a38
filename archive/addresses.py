"""Which URLs a document may hold: `/documents/CD/2118/5-f/` is paragraph 5 (f) of CD/2118 and
stays so. No symbol — imported or typed in the admin — and no alias a rename leaves behind may be
another document's paragraph address or path, compared as a mistyped URL is read
(`archive.lookup`): letter case never matters, and for anchors neither do dashes, brackets or
dots. Otherwise `/documents/CD/2118/5-F/`, or the mistyped `…/5-f/` of someone citing paragraph
5 (f), would lead to another document.
"""
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext, gettext_noop, override

from .models import Document, DocumentAlias
from .querysets import fitting_anchor, folded

PARAGRAPH_ADDRESS = gettext_noop("文号 %(path)s 是 %(owner)s 第 %(anchor)s 段的网址")
ADDRESS_OF_DOCUMENT = gettext_noop("%(path)s 第 %(anchor)s 段的网址已是文档 %(other)s 的网址")
CASE_OF_DOCUMENT = gettext_noop("文号 %(path)s 与文档 %(other)s 的网址只差大小写")
CASE_OF_ALIAS = gettext_noop("文号 %(path)s 与文档 %(owner)s 的旧文号 %(other)s 只差大小写")
ALIAS_OF_DOCUMENT = gettext_noop("文号 %(path)s 是文档 %(owner)s 的旧文号")
ALIAS_SHADOWS_DOCUMENT = gettext_noop("旧文号 %(path)s 是文档 %(other)s 的网址")


@dataclass(frozen=True)
class Collision:
    """Why a path is refused, said in the active language (the admin) or in both (the command line)."""

    message: str
    params: dict

    def __str__(self):
        return gettext(self.message) % self.params

    def bilingual(self):
        with override("zh-hans"):
            chinese = str(self)
        with override("en"):
            english = str(self)
        return f"{chinese} ({english})"


def collision(path, document=None, language="zh-Hans", anchors=()):
    """What `path` — the symbol or key of `document` (None when new), whose paragraphs will have
    `anchors` — would take from another document; None when it takes nothing."""
    nearby = _nearby(path, document)
    return (
        _taken_path(path, nearby, document, language)
        or _taken_paragraph(path, nearby, document)
        or _taken_anchor(path, nearby, document, anchors)
    )


def alias_collision(path, document):
    """What `path`, as an earlier symbol of `document`, would shadow: another document's symbol
    or key, another's earlier symbol, or a paragraph address — letter case aside."""
    nearby = _nearby(path, document)
    for other in nearby:
        if path.lower() in (other.symbol.lower(), other.key):
            return Collision(ALIAS_SHADOWS_DOCUMENT, {"path": path, "other": other.path})
    for alias in _other_aliases(document).filter(path__iexact=path)[:1]:
        message = ALIAS_OF_DOCUMENT if alias.path == path else CASE_OF_ALIAS
        return Collision(message, {"path": path, "owner": alias.document.path, "other": alias.path})
    return _taken_paragraph(path, nearby, document)


def keep_alias(document, old_path):
    """Remember `old_path` as an earlier symbol of `document`, so links made before still resolve
    — unless it would shadow another document's address (a symbol taken before that was refused)."""
    if alias_collision(old_path, document) is not None:
        return False
    DocumentAlias.objects.update_or_create(path=old_path, defaults={"document": document})
    return True


def _saved(document):
    return document is not None and document.pk is not None


def _nearby(path, document):
    """The other documents `path` can collide with, in one pass over the table: symbol `path`,
    its head, or beginning with `path/` (letter case aside), or key `path` or its head (keys are
    lower case)."""
    head = path.rpartition("/")[0]
    near = Q(symbol__iexact=path) | Q(symbol__istartswith=f"{path}/") | Q(key=path.lower())
    if head:
        near |= Q(symbol__iexact=head) | Q(key=head.lower())
    documents = Document.objects.filter(near).order_by().only("pk", "key", "symbol", "language")
    return list(documents.exclude(pk=document.pk) if _saved(document) else documents)


def _other_aliases(document):
    aliases = DocumentAlias.objects.select_related("document").order_by()
    return aliases.exclude(document=document) if _saved(document) else aliases


def _taken_path(path, nearby, document, language):
    """Another document's symbol or earlier symbol but for letter case, or another's earlier symbol
    in the same language (links made to it mean that document). The same symbol exactly is another
    language version; a symbol the document already holds takes nothing an alias would give."""
    for other in nearby:
        if other.symbol.lower() == path.lower() and other.symbol != path:
            return Collision(CASE_OF_DOCUMENT, {"path": path, "other": other.symbol})
    for alias in _other_aliases(document).filter(path__iexact=path):
        if alias.path != path:
            return Collision(CASE_OF_ALIAS, {"path": path, "owner": alias.document.path, "other": alias.path})
        if alias.document.language == language and not (_saved(document) and document.symbol == path):
            return Collision(ALIAS_OF_DOCUMENT, {"path": path, "owner": alias.document.path})
    return None


def _taken_paragraph(path, nearby, document):
    """`path` is the address of a paragraph of another document (or of an anchor that changed)."""
    head, _, anchor = path.rpartition("/")
    if not head:
        return None
    owners = [other for other in nearby if head.lower() in (other.symbol.lower(), other.key)]
    earlier = _other_aliases(document).filter(path__iexact=head).exclude(document__in=owners)
    for owner in [*owners, *(alias.document for alias in earlier)]:
        if (found := fitting_anchor(owner, anchor)) is not None:
            return Collision(PARAGRAPH_ADDRESS, {"path": path, "owner": owner.path, "anchor": found})
    return None


def _taken_anchor(path, nearby, document, anchors):
    """One of this document's paragraph addresses is another document's symbol or earlier symbol."""
    anchors = {folded(anchor): anchor for anchor in anchors}
    if _saved(document):
        anchors.update((folded(anchor), anchor) for anchor in document.anchor_changes.values_list("anchor", flat=True))
    prefix = f"{path}/"
    taken = [
        *(other.symbol for other in nearby if other.symbol.lower().startswith(prefix.lower())),
        *_other_aliases(document).filter(path__istartswith=prefix).values_list("path", flat=True),
    ]
    for other in sorted(taken):
        rest = other[len(prefix):]
        if "/" not in rest and folded(rest) in anchors:
            return Collision(ADDRESS_OF_DOCUMENT, {"path": path, "anchor": anchors[folded(rest)], "other": other})
    return None
