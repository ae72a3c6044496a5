"""The document score: how machine-translated an article reads, as weighted artefacts per
1,000 words. One number per article, so a folder can be ranked for editing.

    score = 1000 * sum(SEVERITY[d.severity] * CATEGORY[d.category] for d in diagnostics) / max(words, 1)

Severity weights: error 3, warning 2, info 1. Category multipliers: translationese 1.5 and
consistency 1.25 (calques, English word order and register mixing are what make a text read
as a machine translation; a stray full stop is cheaper to fix and says less about the whole
text), every other category 1. ``words`` counts whitespace-separated tokens of the prose the
rules saw (markup excluded). Counts per category are reported beside the score.

What the rules see decides the score: by default the default rules (no preview rules), so a
score is comparable only between runs with the same rule selection and bnqa version.
``benchmarks/score_distribution.py`` shows where clean Bengali and the seed articles fall.
"""
from __future__ import annotations

from .diagnostics import CATEGORIES, Diagnostic

WEIGHTS = {"error": 3.0, "warning": 2.0, "info": 1.0}
CATEGORY_WEIGHTS = {"translationese": 1.5, "consistency": 1.25}


def count_words(text: str) -> int:
    return len(text.split())


def weight(d: Diagnostic) -> float:
    """The weight of one diagnostic in the score."""
    return WEIGHTS.get(d.severity, 1.0) * CATEGORY_WEIGHTS.get(d.category, 1.0)


def score_diagnostics(diagnostics: list[Diagnostic], words: int) -> dict:
    per_cat = {c: 0 for c in CATEGORIES}
    weighted = 0.0
    for d in diagnostics:
        per_cat[d.category] = per_cat.get(d.category, 0) + 1
        weighted += weight(d)
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
