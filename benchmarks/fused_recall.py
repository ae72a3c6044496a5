#!/usr/bin/env python
"""Recall of the fused-word rules on synthetic errors: delete one random space between two
Bengali words in a clean sentence and see whether bnqa finds the run-together token and
proposes exactly the deleted space.

The sentences are sampled at run time, with a fixed seed, from the clean corpora
(../shared/corpora/clean/); no corpus text is stored in the repository.

    python benchmarks/fused_recall.py                    # W001 (default rule), 2,000 samples
    python benchmarks/fused_recall.py --select W001,W002 # default + preview rule
    python benchmarks/fused_recall.py --misses 20        # show missed examples
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CLEAN = ROOT.parent / "shared" / "corpora" / "clean"


def sample(n: int, seed: int = 4, clean_dir: Path = DEFAULT_CLEAN) -> list[dict]:
    """``n`` synthetic fused words: each a dict with the fused sentence, the fused token's span
    and the two original words. Every space between two whole Bengali words is a candidate;
    one line and one such space are drawn uniformly (line first)."""
    import regex

    from bnqa.lexicon import WORD_RE

    lines: list[str] = []
    for p in sorted(clean_dir.glob("*.txt")):
        lines.extend(ln for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip())
    rng = random.Random(seed)
    pair = regex.compile(r"(?<!\S)(\S+) (\S+)(?!\S)")
    out: list[dict] = []
    while len(out) < n:
        line = rng.choice(lines)
        cands = [m for m in pair.finditer(line, overlapped=True)
                 if WORD_RE.fullmatch(m.group(1)) and WORD_RE.fullmatch(m.group(2))]
        if not cands:
            continue
        m = rng.choice(cands)
        sp = m.end(1)
        fused = line[:sp] + line[sp + 1:]
        out.append({"original": line, "fused": fused, "start": m.start(1), "end": m.end(2) - 1,
                    "left": m.group(1), "right": m.group(2), "space_at": sp})
    return out


def measure(samples: list[dict], select=("W001",), preview: bool = False) -> dict:
    from bnqa.catalog import select_rules
    from bnqa.engine import Linter
    from bnqa.source import Source

    lin = Linter(select_rules(select=list(select), preview=preview))
    found = exact = 0
    misses, wrong = [], []
    for s in samples:
        diags = [d for d in lin.check_source(Source("-", s["fused"]))
                 if d.offset < s["end"] and d.end > s["start"]]
        if not diags:
            misses.append(s)
            continue
        found += 1
        d = diags[0]
        if d.fix and len(d.fix.edits) == 1 and d.fix.edits[0].offset == s["space_at"] \
                and d.fix.edits[0].length == 0 and d.fix.edits[0].content == " ":
            exact += 1
        else:
            wrong.append(s)
    n = max(len(samples), 1)
    return {"samples": len(samples), "found": found, "exact": exact,
            "recall": round(found / n, 4), "exact_recall": round(exact / n, 4),
            "misses": misses, "wrong_split": wrong}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--select", default="W001")
    ap.add_argument("--misses", type=int, default=0, help="show N missed samples")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.clean.is_dir():
        print(f"clean corpora not found at {a.clean}", file=sys.stderr)
        return 2
    sel = a.select.split(",")
    res = measure(sample(a.n, a.seed, a.clean), sel, preview=True)
    if a.json:
        print(json.dumps({k: v for k, v in res.items() if k not in ("misses", "wrong_split")}))
        return 0
    print(f"{res['samples']} fused words ({a.select}): found {res['recall']:.1%}, "
          f"exact split {res['exact_recall']:.1%}")
    for s in res["misses"][: a.misses]:
        print(f"  missed: {s['left']}{s['right']}  ({s['left']} + {s['right']})")
    for s in res["wrong_split"][: a.misses]:
        print(f"  wrong split: {s['left']}{s['right']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
