"""Known data to resolve against: resolutions, the bodies gazetteer, treaties.

The curated files live in the repository's `fixtures/` folder and are read once
(lazily). Tests may build a `KnownData` from their own lists instead.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .normalise import fold

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@dataclass(frozen=True)
class BodyForm:
    """One way of writing a body, in matching form, with its optional context rule."""
    form: str
    body: str
    after: re.Pattern | None = None
    not_before: re.Pattern | None = None
    topic: str | None = None


@dataclass
class KnownData:
    resolutions: list[dict] = field(default_factory=list)
    bodies: list[dict] = field(default_factory=list)
    treaties: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.resolution_by_symbol = {r["symbol"]: r for r in self.resolutions}
        # Security Council number -> year, for citations without a year.
        self.sc_years = {
            str(r["number"]): str(r["year"])
            for r in self.resolutions if r["symbol"].startswith("S/RES/")
        }
        self.body_by_id = {b["id"]: b for b in self.bodies}
        self.body_forms = _body_forms(self.bodies)
        self.treaty_by_title = {
            fold(name): t["id"] for t in self.treaties for name in t.get("names_zh", [])
        }

    @classmethod
    def from_folder(cls, folder: Path | str) -> "KnownData":
        folder = Path(folder)

        def read(name: str) -> list[dict]:
            path = folder / name
            return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []

        return cls(read("resolutions.json"), read("bodies.json"), read("treaties.json"))


def _body_forms(bodies: list[dict]) -> dict[str, BodyForm]:
    forms: dict[str, BodyForm] = {}
    for body in bodies:
        rules = {}
        for rule in body.get("context", []):
            for written in rule["forms"]:
                rules[fold(written)] = rule
        names = (body.get("names_zh", []) + body.get("short_zh", [])
                 + body.get("names_zh_hant", []) + body.get("latin", []))
        for written in names:
            form = fold(written)
            if not form:
                continue
            rule = rules.get(form, {})
            forms[form] = BodyForm(
                form=form,
                body=body["id"],
                after=re.compile(rule["after"]) if "after" in rule else None,
                not_before=re.compile(rule["not_before"]) if "not_before" in rule else None,
                topic=rule.get("topic"),
            )
    return forms


@lru_cache(maxsize=8)
def load_known_data(folder: Path | str | None = None) -> KnownData:
    """The known data from `folder` (default: the repository's fixtures), read once."""
    return KnownData.from_folder(folder or FIXTURES)
