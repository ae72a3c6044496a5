"""The rule engine: runs the selected rules over a ``TextView`` and turns hits into
``Diagnostic``s with source offsets, then applies inline suppressions."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

import regex

from .catalog import Rule, select_rules
from .diagnostics import Diagnostic, Edit, Fix, LineIndex
from .source import Source, TextView, segment

SUPPRESS_RE = regex.compile(r"<!--\s*bnqa:\s*(ignore|disable|enable)\b([^>]*?)-->")


@dataclass
class Hit:
    """What a check reports, in view offsets. ``replacement`` replaces [start, end);
    ``edits`` (view offsets) is for fixes that touch other places."""

    start: int
    end: int
    replacement: str | None = None
    edits: list[tuple[int, int, str]] | None = None
    applicability: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    message: str | None = None


class CheckContext:
    """What a check sees: the prose view, the spaCy Doc (built on first use), the
    article's language for messages, and a memo shared by checks within one run."""

    def __init__(self, view: TextView, filename: str = "-", lang: str = "bn", kind: str = "text"):
        self.view = view
        self.text = view.text
        self.filename = filename
        self.lang = lang
        self.kind = kind
        self.memo: dict[str, Any] = {}

    def once(self, key: str, make):
        """``make()``, computed on the first call for this document and kept under ``key``
        in ``memo`` (text splits and counts that several checks share)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @cached_property
    def doc(self):
        from .nlp import make_doc

        return make_doc(self.text)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)


def finditer_lines(ctx: CheckContext, pat, rows):
    """``pat.finditer`` restricted to the lines ``rows`` (0-based rows of ``ctx.lines``, in
    order), each searched without its line break."""
    starts, n, end = ctx.lines.starts, len(ctx.lines.starts), len(ctx.text)
    return (m for r in rows for m in pat.finditer(ctx.text, starts[r], starts[r + 1] - 1 if r + 1 < n else end))


def hinted_finditer(ctx: CheckContext, pat, hint=None):
    """``pat.finditer(ctx.text)``; with ``hint``, a fast compiled pattern that the line of every
    match of ``pat`` contains, ``pat`` runs only on the lines where ``hint`` matches (a pattern
    that starts with lookbehinds is tried at every character; a hint that starts with a
    character class or a literal is not)."""
    if hint is None:
        return pat.finditer(ctx.text)
    rows = sorted({ctx.lines.location(m.start())[0] - 1 for m in hint.finditer(ctx.text)})
    return finditer_lines(ctx, pat, rows)


def _regex_hits(rule: Rule, ctx: CheckContext) -> Iterable[Hit]:
    pat = rule.compiled
    tmpl = (rule.fix or {}).get("replacement")
    span_group = "span" if "span" in pat.groupindex else 0
    for m in hinted_finditer(ctx, pat, rule.compiled_hint):
        s, e = m.span(span_group)
        if s < 0:
            continue
        rep = None
        if tmpl is not None:
            rep = m.expand(tmpl)
        # {text} in a message is the flagged span
        yield Hit(s, e, rep, args={"text": m.group(span_group), **{k: v for k, v in m.groupdict().items() if v is not None}})


_matchers: dict[tuple[str, ...], Any] = {}


def _token_hits(rules: list[Rule], ctx: CheckContext) -> dict[str, list[Hit]]:
    key = tuple(r.code for r in rules)
    matcher = _matchers.get(key)
    if matcher is None:
        from spacy.matcher import Matcher

        from .nlp import get_nlp

        matcher = Matcher(get_nlp().vocab)
        for r in rules:
            pats = r.tokens if isinstance(r.tokens[0], list) else [r.tokens]
            matcher.add(r.code, pats)
        _matchers[key] = matcher
    out: dict[str, list[Hit]] = {}
    doc = ctx.doc
    vocab = doc.vocab
    for match_id, s, e in matcher(doc):
        code = vocab.strings[match_id]
        span = doc[s:e]
        rule = next(r for r in rules if r.code == code)
        tmpl = (rule.fix or {}).get("replacement")
        rep = tmpl.format(text=span.text) if tmpl is not None else None
        out.setdefault(code, []).append(Hit(span.start_char, span.end_char, rep, args={"text": span.text}))
    return out


def _suppressions(text: str, index: LineIndex):
    """Rows to ignore per code (None = all codes) from bnqa's HTML comments."""
    line_ignores: dict[int, set | None] = {}
    regions: list[tuple[int, int, set | None]] = []
    open_: dict[str | None, int] = {}
    for m in SUPPRESS_RE.finditer(text):
        verb = m.group(1)
        codes = {c.upper() for c in regex.split(r"[\s,]+", m.group(2).strip()) if c} or None
        row, _ = index.location(m.start())
        if verb == "ignore":
            target = row + 1
            prev = line_ignores.get(target, set())
            line_ignores[target] = None if (codes is None or prev is None) else (prev | codes)
        elif verb == "disable":
            for c in (codes or {None}):
                open_.setdefault(c, m.end())
        else:
            for c in (codes or list(open_)):
                if c in open_:
                    regions.append((open_.pop(c), m.start(), None if c is None else {c}))
    for c, start in open_.items():
        regions.append((start, len(text), None if c is None else {c}))
    return line_ignores, regions


def _suppressed(d: Diagnostic, index: LineIndex, line_ignores, regions) -> bool:
    row, _ = index.location(d.offset)
    codes = line_ignores.get(row, set())
    if codes is None or any(d.code.startswith(c) for c in codes):
        return True
    return any(s <= d.offset < e and (cs is None or any(d.code.startswith(c) for c in cs)) for s, e, cs in regions)


class Linter:
    def __init__(self, rules: list[Rule] | None = None, lang: str = "bn", **selection):
        self.rules = rules if rules is not None else select_rules(**selection)
        self.lang = lang

    def check_source(self, source: Source) -> list[Diagnostic]:
        view = segment(source)
        return self.check_view(view, source.text, source.filename, source.kind)

    def check_view(self, view: TextView, source_text: str, filename: str = "-", kind: str = "text") -> list[Diagnostic]:
        ctx = CheckContext(view, filename, self.lang, kind)
        token_rules = [r for r in self.rules if r.tokens]
        token_hits = _token_hits(token_rules, ctx) if token_rules else {}
        out: list[Diagnostic] = []
        for rule in self.rules:
            if rule.regex is not None:
                hits = _regex_hits(rule, ctx)
            elif rule.tokens:
                hits = token_hits.get(rule.code, [])
            else:
                hits = rule.func(ctx, rule)
            for h in hits:
                d = self._diagnostic(rule, h, view, filename)
                if d is not None:
                    out.append(d)
        index = LineIndex(source_text)
        if "bnqa:" in source_text:
            li, regions = _suppressions(source_text, index)
            out = [d for d in out if not _suppressed(d, index, li, regions)]
        out.sort(key=Diagnostic.sort_key)
        # one rule never reports the same span twice
        seen, uniq = set(), []
        for d in out:
            k = (d.code, d.offset, d.length)
            if k not in seen:
                seen.add(k)
                uniq.append(d)
        return uniq

    def _diagnostic(self, rule: Rule, h: Hit, view: TextView, filename: str) -> Diagnostic | None:
        rng = view.to_source_range(h.start, h.end)
        if rng is None:
            s = view.to_source(h.start)
            rng = (s, max(s, view.to_source(h.end)))
        fix = None
        edits = h.edits if h.edits is not None else (
            [(h.start, h.end, h.replacement)] if h.replacement is not None else None)
        if edits:
            src_edits = []
            for s, e, content in edits:
                r = view.to_source_range(s, e)
                if r is None:
                    src_edits = None
                    break
                src_edits.append(Edit(r[0], r[1] - r[0], content))
            if src_edits and any(view.text[s:e] != c for s, e, c in edits):
                fix = Fix(h.applicability or rule.applicability, tuple(sorted(src_edits, key=lambda x: x.offset)),
                          rule.fix_message(self.lang, **h.args, replacement=edits[0][2]))
        message = h.message if h.message is not None else rule.msg(self.lang, **h.args)
        return Diagnostic(rule.code, rule.name, rule.category, rule.severity, message,
                          rng[0], rng[1] - rng[0], fix, filename)


def check_text(text: str, filename: str = "-", kind: str = "text", lang: str = "bn", **selection) -> list[Diagnostic]:
    return Linter(lang=lang, **selection).check_source(Source(filename, text, kind=kind))


def check_file(path, lang: str = "bn", **selection) -> list[Diagnostic]:
    from .source import read_source

    return Linter(lang=lang, **selection).check_source(read_source(path))
