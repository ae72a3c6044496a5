"""The document score: how machine-translated an article reads, as artefacts per 1,000 words
weighted by severity. One number per article, so a folder can be ranked for editing.

    score = 1000 * sum(weight[severity] for each diagnostic) / max(words, 1)

with weight error = 3, warning = 2, info = 1. ``words`` counts whitespace-separated tokens
of the prose the rules saw. Counts per category are reported beside it.
"""
from __future__ import annotations

from .diagnostics import CATEGORIES, Diagnostic

WEIGHTS = {"error": 3.0, "warning": 2.0, "info": 1.0}


def count_words(text: str) -> int:
    return len(text.split())


def score_diagnostics(diagnostics: list[Diagnostic], words: int) -> dict:
    per_cat = {c: 0 for c in CATEGORIES}
    weighted = 0.0
    for d in diagnostics:
        per_cat[d.category] = per_cat.get(d.category, 0) + 1
        weighted += WEIGHTS.get(d.severity, 1.0)
    return {
        "words": words,
        "diagnostics": len(diagnostics),
        "categories": per_cat,
        "score": round(1000.0 * weighted / max(words, 1), 3),
    }


def score_text(text: str, filename: str = "-", kind: str = "text", linter=None, **selection) -> dict:
    """Score one document; ``linter`` (a ``bnqa.engine.Linter``) may be reused across calls."""
    from .engine import Linter
    from .source import Source, segment

    lin = linter or Linter(**selection)
    src = Source(filename, text, kind=kind)
    view = segment(src)
    diags = lin.check_view(view, text, filename, kind)
    return {"filename": filename} | score_diagnostics(diags, count_words(view.text))
