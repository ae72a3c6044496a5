#!/usr/bin/env python
"""Where do the seed articles fall among clean Bengali? Scores 1,000-word chunks of the clean
corpora (../shared/corpora/clean/, chunked at run time on line boundaries) and each seed
article (corpora/samples/*.txt) with the same rules, and prints both distributions.

    python benchmarks/score_distribution.py            # default rules
    python benchmarks/score_distribution.py --preview  # default + preview rules
    python benchmarks/score_distribution.py --json

The project's target: every seed article scores above the 95th percentile of the clean chunks
(tests/test_score.py checks it).
"""
from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CLEAN = ROOT.parent / "shared" / "corpora" / "clean"
DEFAULT_SEEDS = ROOT / "corpora" / "samples"


def chunks(text: str, size: int = 1000):
    """Consecutive pieces of about ``size`` words, cut at line ends (a line longer than the
    chunk is cut at word boundaries)."""
    buf: list[str] = []
    n = 0
    for line in text.splitlines():
        words = line.split()
        while len(words) > size:
            if buf:
                yield "\n".join(buf)
                buf, n = [], 0
            yield " ".join(words[:size])
            words = words[size:]
        buf.append(" ".join(words))
        n += len(words)
        if n >= size:
            yield "\n".join(buf)
            buf, n = [], 0
    if n >= size // 2:   # a short tail is left out: too few words for a stable rate
        yield "\n".join(buf)


def percentile(sorted_vals: list[float], q: float) -> float:
    if not sorted_vals:
        return float("nan")
    k = (len(sorted_vals) - 1) * q / 100.0
    lo, hi = int(k), min(int(k) + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (k - lo)


def rank(sorted_vals: list[float], x: float) -> float:
    """Percentage of clean chunks scoring strictly below x."""
    return 100.0 * bisect.bisect_left(sorted_vals, x) / max(len(sorted_vals), 1)


def measure(clean_dir: Path = DEFAULT_CLEAN, seeds_dir: Path = DEFAULT_SEEDS, preview: bool = False,
            select=None, size: int = 1000) -> dict:
    from bnqa.catalog import select_rules
    from bnqa.engine import Linter
    from bnqa.score import score_text

    lin = Linter(select_rules(select=select, preview=preview))
    clean = []
    for p in sorted(clean_dir.glob("*.txt")):
        for i, ch in enumerate(chunks(p.read_text(encoding="utf-8"), size)):
            r = score_text(ch, f"{p.name}#{i}", linter=lin)
            clean.append(r)
    vals = sorted(r["score"] for r in clean)
    seeds = []
    for p in sorted(seeds_dir.glob("*.txt")):
        r = score_text(p.read_text(encoding="utf-8"), p.name, linter=lin)
        r["percentile"] = round(rank(vals, r["score"]), 1)
        seeds.append(r)
    pct = {q: round(percentile(vals, q), 3) for q in (50, 75, 90, 95, 99, 100)}
    worst = sorted(clean, key=lambda r: -r["score"])[:5]
    return {"chunks": len(vals), "chunk_words": size, "percentiles": pct, "seeds": seeds,
            "worst_clean_chunks": [{"chunk": r["filename"], "score": r["score"],
                                    "categories": {k: v for k, v in r["categories"].items() if v}} for r in worst]}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    ap.add_argument("--preview", action="store_true")
    ap.add_argument("--select", help="comma-separated codes/prefixes (default: the default rules)")
    ap.add_argument("--size", type=int, default=1000, help="words per clean chunk")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.clean.is_dir():
        print(f"clean corpora not found at {a.clean}", file=sys.stderr)
        return 2
    res = measure(a.clean, a.seeds, a.preview, a.select.split(",") if a.select else None, a.size)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    print(f"clean: {res['chunks']} chunks of ~{res['chunk_words']} words")
    print("  " + "  ".join(f"p{q}={v}" for q, v in res["percentiles"].items()))
    print("  worst clean chunks: " + ", ".join(f"{w['chunk']}={w['score']}" for w in res["worst_clean_chunks"]))
    p95 = res["percentiles"][95]
    print("seeds:")
    for s in res["seeds"]:
        cats = ", ".join(f"{k} {v}" for k, v in s["categories"].items() if v)
        flag = "above p95" if s["score"] > p95 else "NOT above p95"
        print(f"  {s['filename']:<28} {s['words']:>5} words  score {s['score']:>8.3f}  "
              f"percentile {s['percentile']:>5}  {flag}  ({cats})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
