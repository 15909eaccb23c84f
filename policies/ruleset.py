"""Rule sets as data: policies/rules/*.yaml, one file a rule set.

    id: apple
    name: Apple App Store Review Guidelines
    jurisdiction: App Store (worldwide)
    clauses:
      - id: apple-5.1.1v
        title: {original: "…", en: "…"}          # original: the rule's own language
        source: {document: "…", section: "5.1.1(v)", url: "https://…"}
        check: deletion_available                # a named check in policies/checks.py
        params: {not_found: fail}                # what the check is told
        scope: "…"                               # optional: whom the clause binds
        note: "…"                                # optional: a caveat a reader needs
        pass: "…"                                # what makes it pass, fail, need review
        fail: "…"
        review: "…"

Every mistake is reported as FILE:LINE: key: what is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cancelcheck.records.yamlsrc import SourceError, load

RULES_DIR = Path(__file__).parent / "rules"
SET_KEYS = {"id", "name", "jurisdiction", "order", "clauses"}
CLAUSE_KEYS = {"id", "title", "source", "check", "params", "scope", "note", "pass", "fail",
               "review", "not_applicable"}


class RuleError(SourceError):
    pass


@dataclass
class Clause:
    id: str
    title: str                       # English
    title_original: str
    source: dict                     # document, section, url
    check: str
    params: dict = field(default_factory=dict)
    scope: str = ""
    note: str = ""
    when: dict = field(default_factory=dict)   # status → what makes it so
    rule_set: str = ""

    @property
    def source_line(self) -> str:
        s = self.source
        return ", ".join(x for x in (s.get("document", ""), s.get("section", "")) if x)

    def as_dict(self) -> dict:
        return {"id": self.id, "rule_set": self.rule_set, "title": self.title,
                "title_original": self.title_original, "source": dict(self.source),
                "check": self.check, "params": dict(self.params), "scope": self.scope,
                "note": self.note, "when": dict(self.when)}


@dataclass
class RuleSet:
    id: str
    name: str
    jurisdiction: str
    clauses: list[Clause]
    path: str = ""
    order: int = 100

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "jurisdiction": self.jurisdiction,
                "clauses": [c.as_dict() for c in self.clauses]}


def _text(v, where, keys) -> str:
    if not isinstance(v, str) or not v.strip():
        raise where.error(keys, "must be text")
    return v.strip()


def load_rule_set(path: str | Path, checks: dict | None = None) -> RuleSet:
    """One rule set file. `checks` (name → function) validates the clauses' check names."""
    try:
        return _load_rule_set(Path(path), checks)
    except RuleError:
        raise
    except SourceError as exc:
        raise RuleError(exc.path, exc.line, exc.message) from None


def _load_rule_set(path: Path, checks: dict | None) -> RuleSet:
    data, where = load(path)
    if not isinstance(data, dict):
        raise RuleError(path, None, "a rule set is a mapping (id:, name:, clauses:)")
    for k in data:
        if k not in SET_KEYS:
            raise where.error((k,), f"unknown key; allowed: {', '.join(sorted(SET_KEYS))}")
    for k in ("id", "name", "clauses"):
        if k not in data:
            raise where.error((), f"{k}: is missing")
    rs = RuleSet(id=_text(data["id"], where, ("id",)), name=_text(data["name"], where, ("name",)),
                 jurisdiction=str(data.get("jurisdiction", "")), clauses=[], path=str(path),
                 order=int(data.get("order", 100)))
    if not isinstance(data["clauses"], list) or not data["clauses"]:
        raise where.error(("clauses",), "must be a list of clauses")
    for i, c in enumerate(data["clauses"]):
        k = ("clauses", i)
        if not isinstance(c, dict):
            raise where.error(k, "a clause is a mapping (id:, title:, source:, check:, …)")
        for key in c:
            if key not in CLAUSE_KEYS:
                raise where.error(k + (key,),
                                  f"unknown key; allowed: {', '.join(sorted(CLAUSE_KEYS))}")
        for key in ("id", "title", "source", "check", "pass", "fail"):
            if key not in c:
                raise where.error(k, f"{key}: is missing")
        title = c["title"]
        if not isinstance(title, dict) or not {"original", "en"} <= set(title):
            raise where.error(k + ("title",), "must be {original: …, en: …}")
        source = c["source"]
        if not isinstance(source, dict) or "document" not in source:
            raise where.error(k + ("source",), "must be {document: …, section: …, url: …}")
        check = _text(c["check"], where, k + ("check",))
        if checks is not None and check not in checks:
            raise where.error(k + ("check",),
                              f"unknown check {check!r}; known: {', '.join(sorted(checks))}")
        params = c.get("params") or {}
        if not isinstance(params, dict):
            raise where.error(k + ("params",), "must be a mapping")
        when = {s: _text(c[s], where, k + (s,))
                for s in ("pass", "fail", "review", "not_applicable") if s in c}
        rs.clauses.append(Clause(
            id=_text(c["id"], where, k + ("id",)), title=_text(title["en"], where, k + ("title", "en")),
            title_original=_text(title["original"], where, k + ("title", "original")),
            source={kk: str(vv) for kk, vv in source.items()}, check=check, params=params,
            scope=str(c.get("scope", "")), note=str(c.get("note", "")), when=when,
            rule_set=rs.id))
    return rs


@lru_cache(maxsize=None)
def _load_all(folder: str) -> tuple[RuleSet, ...]:
    from .checks import CHECKS
    sets = [load_rule_set(p, CHECKS) for p in sorted(Path(folder).glob("*.yaml"))]
    seen: dict[str, str] = {}
    for rs in sets:
        for c in rs.clauses:
            if c.id in seen:
                raise RuleError(rs.path, None, f"clause {c.id} is also defined in {seen[c.id]}")
            seen[c.id] = rs.path
    return tuple(sorted(sets, key=lambda r: (r.order, r.id)))


def load_rule_sets(folder: str | Path = RULES_DIR) -> list[RuleSet]:
    return list(_load_all(str(folder)))
