"""The document score: API contract, weights, and the project's target that every seed article
scores above 95% of 1,000-word chunks of clean Bengali (computed, never hard-coded: the other
rule families change the numbers)."""
from __future__ import annotations

import sys

import pytest

from bnqa.diagnostics import CATEGORIES, Diagnostic
from bnqa.score import CATEGORY_WEIGHTS, WEIGHTS, score_diagnostics, score_text

from .conftest import CLEAN, ROOT, SAMPLES


def _d(sev, cat):
    return Diagnostic("X001", "x", cat, sev, "m", 0, 1, None, "-")


def test_score_keys_stable():
    r = score_text("আমি ভাত খাই। তুমি কী খাও?")
    assert set(r) == {"filename", "words", "diagnostics", "categories", "score"}
    assert set(CATEGORIES) <= set(r["categories"])
    assert r["words"] == 6


def test_weights():
    assert WEIGHTS == {"error": 3.0, "warning": 2.0, "info": 1.0}
    r = score_diagnostics([_d("warning", "translationese"), _d("error", "punctuation")], 500)
    assert r["score"] == pytest.approx(1000 * (2 * CATEGORY_WEIGHTS["translationese"] + 3) / 500)
    assert r["categories"]["translationese"] == 1 and r["diagnostics"] == 2


def test_empty_text_scores_zero():
    assert score_text("")["score"] == 0


def test_translationese_raises_score():
    clean = "তিনি বলেন, কাজটি শেষ হয়েছে। আমরা সবাই খুশি।"
    calque = "এটি সুপারিশ করা হয় যে আপনি একটি ভালো কোর্স বেছে নিন। যাইহোক, একটি শিক্ষক এসেছেন।"
    assert score_text(calque)["score"] > score_text(clean)["score"]


@pytest.mark.skipif(not CLEAN.is_dir(), reason="clean corpora absent")
def test_seeds_score_above_95_percent_of_clean_chunks():
    sys.path.insert(0, str(ROOT))
    from benchmarks.score_distribution import measure

    res = measure(CLEAN, SAMPLES)
    assert res["chunks"] >= 100
    p95 = res["percentiles"][95]
    assert res["seeds"], "no seed articles"
    for s in res["seeds"]:
        assert s["score"] > p95, f"{s['filename']} scores {s['score']}, clean p95 is {p95}"
        assert s["percentile"] >= 95
