#!/usr/bin/env python
"""Time bnqa on pathological inputs a scraper can produce: one huge token, one huge line without
punctuation, runs of marks and brackets. Every rule's work should grow linearly with the input;
a quadratic pattern or search shows up here as minutes instead of a second.

    python benchmarks/stress.py            # default rules
    python benchmarks/stress.py --preview  # with the preview rules
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def inputs(seed: int = 2) -> dict[str, str]:
    rnd = random.Random(seed)

    def words(vocab, n):
        return " ".join(rnd.choice(vocab) for _ in range(n))

    return {
        "one 200,000-letter token": "ক" * 200_000,
        "one 110,000-letter run of fused words": "আমিভাতখাইতুমিযাওসেআসে" * 5_000,
        "60,000 words on one line, no punctuation": words("আমি আছে বাড়ি যাই কাজ করি ভালো মানুষ দেশ সময় জানতে".split(), 60_000),
        "60,000 marks and brackets": words(["(", ")", "“", "”", "আমি", "‘", "’", "[", "]", "\"", "।", "?", "!", ",", ". .", "¿"], 60_000),
        "60,000 idiom words": words("এটি যেখানে প্রযুক্তি আসে এটা যে সত্য সত্ত্বেও দ্বারা ২০ শতাংশ একটি চেষ্টা দিন আমাদের জানাতে".split(), 60_000),
        "60,000 mixed numbers and dates": words(["২০২", "2০23", "১৫", "মার্চ,", "সালে", "২০২৫", "%", "১০ %"], 60_000),
        "60,000 Latin and Bengali words": words(["the", "cat", "সে", "যায়", "and", "dog"], 60_000),
        "60,000 সাধু and চলিত words, commas, one line": words(["করিয়া,", "হইয়াছিল", "করছে", "গেছে,", "তাহার", "আমরা", "দেখিলাম,"], 60_000),
        "60,000 repeated words and letter variants": words(["কোম্পানির", "কোম্পানির", "রুটীন", "রুটিন", "দিন", "ষ্টক", "স্টক"], 60_000),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--preview", action="store_true")
    args = ap.parse_args(argv)
    from bnqa.engine import check_text

    check_text("আমি যাই।", preview=args.preview)  # imports and the lexicon
    worst = 0.0
    for name, text in inputs().items():
        t = time.perf_counter()
        n = len(check_text(text, preview=args.preview))
        dt = time.perf_counter() - t
        worst = max(worst, dt)
        print(f"  {name:<44} {len(text):>9,} chars  {dt:7.2f} s  {n:>6} diagnostics")
    print(f"slowest: {worst:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
