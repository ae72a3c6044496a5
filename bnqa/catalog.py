"""The rule catalogue: YAML files in ``rules/`` (shipped in the wheel as ``bnqa/_rules``)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .diagnostics import CATEGORIES, SEVERITIES

REQUIRED = ("code", "name", "category", "severity", "message", "explanation", "examples")


class CatalogError(Exception):
    pass


def rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "_rules", here.parent / "rules"):
        if cand.is_dir():
            return cand
    raise CatalogError("rule catalogue not found (expected bnqa/_rules or ./rules)")


def _bengali_counts(args: dict) -> dict:
    """``args`` with its integers (counts, line numbers) in Bengali digits, for a Bengali message."""
    from .text import TO_BN   # (loaded by every check run already; ``bnqa rule`` does not need it)

    return {k: str(v).translate(TO_BN) if type(v) is int else v for k, v in args.items()}


@dataclass
class Rule:
    code: str
    name: str
    category: str
    severity: str
    message: dict[str, str]
    explanation: dict[str, str]
    examples: list[dict[str, str]]
    default: bool = True
    preview: bool = False
    regex: str | None = None
    flags: str = ""
    hint: str | None = None
    tokens: list | None = None
    check: str | None = None
    fix: dict[str, Any] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    _compiled: Any = None
    _compiled_hint: Any = None
    _func: Any = None

    def msg(self, lang: str, **args) -> str:
        tmpl = self.message.get(lang) or self.message.get("en") or ""
        if lang == "bn" and lang in self.message:
            args = _bengali_counts(args)
        try:
            return tmpl.format(**args)
        except (KeyError, IndexError, ValueError):
            return tmpl

    def explain(self, lang: str) -> str:
        """The rule's explanation in ``lang`` (English when it has none): what it flags, why it
        matters, a bad and a good example; what ``bnqa rule``, SARIF and the HTML report show."""
        return (self.explanation.get(lang) or self.explanation.get("en", "")).strip()

    def fix_message(self, lang: str, **args) -> str:
        if not self.fix:
            return ""
        m = self.fix.get("message") or {}
        tmpl = m.get(lang) or m.get("en") or ""
        if lang == "bn" and lang in m:
            args = _bengali_counts(args)
        try:
            return tmpl.format(**args)
        except (KeyError, IndexError, ValueError):
            return tmpl

    @property
    def applicability(self) -> str:
        return (self.fix or {}).get("applicability", "safe")

    def _compile(self, pattern: str):
        import regex

        fl = regex.V1
        if "i" in self.flags:
            fl |= regex.IGNORECASE
        if "m" in self.flags:
            fl |= regex.MULTILINE
        if "s" in self.flags:
            fl |= regex.DOTALL
        return regex.compile(pattern, fl)

    @property
    def compiled(self):
        if self._compiled is None and self.regex is not None:
            self._compiled = self._compile(self.regex)
        return self._compiled

    @property
    def compiled_hint(self):
        """``pattern.hint`` compiled with the regex's flags, or None: a fast pattern that the line
        of every match contains; the regex then runs only on those lines."""
        if self._compiled_hint is None and self.hint is not None:
            self._compiled_hint = self._compile(self.hint)
        return self._compiled_hint

    @property
    def func(self):
        if self._func is None and self.check:
            mod, _, name = self.check.partition(":")
            if not mod.startswith("bnqa."):
                mod = "bnqa.checks." + mod
            self._func = getattr(importlib.import_module(mod), name)
        return self._func

    def summary(self, lang: str = "bn") -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name, "category": self.category,
            "severity": self.severity, "default": self.default, "preview": self.preview,
            "fix": self.applicability if self.fix else None,
            "message": self.message.get(lang, ""),
        }


def _load_file(path: Path) -> list[Rule]:
    import yaml

    # libyaml's loader when PyYAML was built with it (the wheels are): the same data as
    # yaml.safe_load (checked for every rule file), ten times faster, a third of a cold start
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []   # noqa: S506 (a safe loader)
    if isinstance(data, dict):
        data = data.get("rules", [])
    out = []
    for item in data:
        missing = [k for k in REQUIRED if k not in item]
        if missing:
            raise CatalogError(f"{path.name}: rule {item.get('code', '?')} lacks {', '.join(missing)}")
        if item["category"] not in CATEGORIES:
            raise CatalogError(f"{path.name}: {item['code']}: unknown category {item['category']!r}")
        if item["severity"] not in SEVERITIES:
            raise CatalogError(f"{path.name}: {item['code']}: unknown severity {item['severity']!r}")
        pattern = item.get("pattern") or {}
        if sum(bool(x) for x in (pattern.get("regex"), pattern.get("tokens"), item.get("check"))) != 1:
            raise CatalogError(f"{path.name}: {item['code']}: needs exactly one of pattern.regex, pattern.tokens, check")
        out.append(Rule(
            code=item["code"], name=item["name"], category=item["category"], severity=item["severity"],
            message=item["message"], explanation=item["explanation"], examples=item["examples"],
            default=bool(item.get("default", True)), preview=bool(item.get("preview", False)),
            regex=pattern.get("regex"), flags=pattern.get("flags", ""), hint=pattern.get("hint"), tokens=pattern.get("tokens"),
            check=item.get("check"), fix=item.get("fix"), options=item.get("options") or {},
            source=path.name,
        ))
    return out


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for path in sorted(rules_dir().glob("*.yaml")):
        for r in _load_file(path):
            if r.code in rules:
                raise CatalogError(f"duplicate rule code {r.code} in {path.name} and {rules[r.code].source}")
            rules[r.code] = r
    return dict(sorted(rules.items()))


def find_rule(code_or_name: str) -> Rule | None:
    cat = load_catalog()
    key = code_or_name.strip()
    if key.upper() in cat:
        return cat[key.upper()]
    for r in cat.values():
        if r.name == key:
            return r
    return None


def select_rules(select=None, ignore=(), extend_select=(), preview=False) -> list[Rule]:
    """ruff's selection: codes or prefixes; ``ALL`` selects everything (preview rules need --preview
    unless selected by their exact code)."""
    cat = load_catalog()

    def matches(rule: Rule, sel: str) -> bool:
        sel = sel.strip().upper()
        return sel == "ALL" or rule.code.startswith(sel) or rule.name.upper() == sel

    def exact(rule: Rule, sels) -> bool:
        return any(s.strip().upper() == rule.code for s in sels)

    chosen = []
    for r in cat.values():
        if select:
            on = any(matches(r, s) for s in select) and (not r.preview or preview or exact(r, select))
        else:
            on = (r.default and not r.preview) or (preview and r.preview)
        if extend_select and any(matches(r, s) for s in extend_select):
            on = on or not r.preview or preview or exact(r, extend_select)
        if ignore and any(matches(r, s) for s in ignore) and not exact(r, extend_select or ()):
            on = False
        if on:
            chosen.append(r)
    return chosen
