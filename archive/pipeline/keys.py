"""Permanent keys: the URL of a document that has no symbol — readable, and never shared by two
different names."""
import hashlib
import re
import unicodedata
from pathlib import Path, PurePath

from .limits import KEY


def slugify_key(value):
    """Lower-case letters (Chinese characters included) and digits joined by hyphens: "报告-2016".
    A name with nothing readable, or too long to keep whole, ends in a short hash of itself."""
    slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", value).lower()).strip("-")
    if not slug:
        return f"document-{short_hash(value)}"
    return slug if len(slug) <= KEY else distinct_key(slug, value)


def distinct_key(key, seed):
    """`key` made different from every other key by a short hash of what tells the documents apart."""
    return f"{key[:KEY - 9].rstrip('-')}-{short_hash(seed)}"


def place_keys(key, place):
    """Keys for a file whose name's key another document holds, in order of preference: the
    folders it was read from put in front, nearest first (`…/a/b/memo.txt`: `b-memo`, `a-b-memo`),
    then the key with a short hash of the whole place. They follow from where the file is, not
    from how many namesakes came before it (no `memo-2`)."""
    keys, prefix = [], ""
    for folder in reversed(PurePath(place).parent.parts):
        prefix = f"{folder}-{prefix}"
        candidate = slugify_key(prefix + key)
        if candidate != key and candidate not in keys:
            keys.append(candidate)
    return [*keys, distinct_key(key, place)]


def short_hash(value):
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]


def document_key(sidecar, description, source_name):
    """(key, taken from the file name?): the sidecar's key, else the symbol (with the language when
    not simplified Chinese), else the file name."""
    if sidecar.get("key"):
        return slugify_key(sidecar["key"]), False
    if description.symbol:
        suffix = "" if description.language == "zh-Hans" else f"-{description.language}"
        return slugify_key(description.symbol + suffix), False
    return slugify_key(Path(source_name).stem), True
