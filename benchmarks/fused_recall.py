#!/usr/bin/env python
"""Recall of the fused-word rules on synthetic errors: delete one random space between two
Bengali words in a clean sentence and see whether bnqa finds the run-together token and
proposes exactly the deleted space.

The sentences are sampled at run time, with a fixed seed, from the clean corpora
(../shared/corpora/clean/); no corpus text is stored in the repository.

    python benchmarks/fused_recall.py                    # W001 (default rule), 2,000 samples
    python benchmarks/fused_recall.py --select W001,W002 # default + preview rule
    python benchmarks/fused_recall.py --misses 20        # show missed examples
    python benchmarks/fused_recall.py --curve            # recall / false alarms per threshold
    python benchmarks/fused_recall.py --train            # refit bnqa/data/fused_model.json
    python benchmarks/fused_recall.py --joins            # element joins: a line's last word + the next line's first

Training uses only the noisy corpora (../shared/corpora/noisy/) and the lexicon, never the
clean evaluation corpora: positives are the true splits of synthetic fused words made in the
literal news translation, negatives every other two-word split of those tokens, every split of
the unknown tokens of the news translation and the subtitles, and every split of 3,000 rare
lexicon words (Zipf 1 to 2.5, four graphemes or more, not themselves far less probable than
their two parts), which stand for the compounds and rare words of real text.
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
TRAIN_FILE = ROOT.parent / "shared" / "corpora" / "noisy" / "literal_news_translation.txt"
SUBTITLES = ROOT.parent / "shared" / "corpora" / "noisy" / "subtitles_dev.txt"


def sample(n: int, seed: int = 4, clean_dir: Path = DEFAULT_CLEAN, files=None) -> list[dict]:
    """``n`` synthetic fused words: each a dict with the fused sentence, the fused token's span
    and the two original words. Every space between two whole Bengali words is a candidate;
    one line and one such space are drawn uniformly (line first)."""
    import regex

    from bnqa.lexicon import WORD_RE

    lines: list[str] = []
    for p in (files or sorted(clean_dir.glob("*.txt"))):
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


def sample_joins(n: int, seed: int = 5, clean_dir: Path = DEFAULT_CLEAN) -> list[dict]:
    """``n`` fused words of the kind the seeds show, where two HTML elements were joined: the
    last word of one line (its end mark dropped, as a heading or list item has none) run into
    the first word of the next line (পেয়েছেসংগঠন). One pair of consecutive lines is drawn
    uniformly; both words must be whole Bengali words."""
    import regex

    from bnqa.lexicon import WORD_RE

    pairs: list[tuple[str, str]] = []
    for p in sorted(clean_dir.glob("*.txt")):
        lines = p.read_text(encoding="utf-8").split("\n")
        pairs.extend(zip(lines, lines[1:]))
    rng = random.Random(seed)
    out: list[dict] = []
    while len(out) < n:
        a, b = rng.choice(pairs)
        a = regex.sub(r"[।.!?৷:;,\s]+$", "", a)
        b = b.lstrip()
        ma, mb = regex.search(r"(\S+)$", a), regex.match(r"(\S+)", b)
        if not ma or not mb or not WORD_RE.fullmatch(ma.group(1)) or not WORD_RE.fullmatch(mb.group(1)):
            continue
        out.append({"original": a + "\n" + b, "fused": a + b, "start": ma.start(1), "end": len(a) + mb.end(1),
                    "left": ma.group(1), "right": mb.group(1), "space_at": len(a)})
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


def train(path: Path = TRAIN_FILE, n: int = 4000, seed: int = 11, out: Path | None = None,
          rare_words: int = 3000) -> dict:
    """Fit the fused-word logistic model and write it to bnqa/data/fused_model.json."""
    import numpy as np

    from bnqa.checks.words import FEATURES, KNOWN_MARGIN, MODEL, _lexicon_splits, candidate_splits, features
    from bnqa.lexicon import GRAPHEME_RE, WORD_RE, lexicon, nfc

    X, y = [], []
    for s in sample(n, seed, files=[path]):
        left = nfc(s["left"])
        for p, l, r, zl, zr in candidate_splits(s["left"] + s["right"]):
            X.append(features(l, r, zl, zr))
            y.append(1.0 if l == left else 0.0)
    npos = int(sum(y))
    for f in (path, SUBTITLES):
        for m in WORD_RE.finditer(f.read_text(encoding="utf-8")):
            for p, l, r, zl, zr in candidate_splits(m.group()):
                X.append(features(l, r, zl, zr))
                y.append(0.0)
    lex = lexicon()
    rare = [w for w, z in lex.items() if 1.0 <= z <= 2.5 and len(GRAPHEME_RE.findall(w)) >= 4]
    random.Random(3).shuffle(rare)
    taken = 0
    for w in rare:
        splits = list(_lexicon_splits(w))
        # a rare word far less probable than its two parts is a web-common missing space
        # (করাহয়েছে), which W001 reports: not a negative
        if splits and all(zl + zr - 9 - lex[w] < KNOWN_MARGIN for p, l, r, zl, zr in splits):
            for p, l, r, zl, zr in splits:
                X.append(features(l, r, zl, zr))
                y.append(0.0)
            taken += 1
            if taken >= rare_words:
                break
    Xa, ya = np.array(X), np.array(y)
    mu, sd = Xa.mean(0), Xa.std(0)
    mu[-1], sd[-1] = 0.0, 1.0
    sd[sd == 0] = 1.0
    Z = (Xa - mu) / sd
    w = np.zeros(Z.shape[1])
    for _ in range(4000):  # plain gradient descent, L2 1e-3
        p = 1 / (1 + np.exp(-Z @ w))
        w -= 0.5 * (Z.T @ (p - ya) / len(ya) + 1e-3 * w)
    model = {"features": list(FEATURES), "weights": [round(float(v), 5) for v in w],
             "mean": [round(float(v), 5) for v in mu], "scale": [round(float(v), 5) for v in sd],
             "trained_on": f"{path.name}: {n} synthetic fused words (seed {seed}) -> {npos} positives; "
                           f"{len(ya) - npos} negative splits (with {SUBTITLES.name} and {taken} rare "
                           f"lexicon words)"}
    (out or MODEL).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return model


def curve(samples: list[dict], clean_dir: Path, thresholds) -> list[tuple[float, float, float, float]]:
    """(threshold, found, exact, raw flags per 1,000 clean words) of the best split's logit."""
    from bnqa.checks.words import best_split
    from bnqa.lexicon import WORD_RE, nfc

    ps = []
    for s in samples:
        r = best_split(s["left"] + s["right"])
        ps.append((r[0], r[2] == nfc(s["left"])) if r else (-1e9, False))
    neg, words = [], 0
    for p in sorted(clean_dir.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        words += len(t.split())
        for m in WORD_RE.finditer(t):
            r = best_split(m.group())
            if r:
                neg.append(r[0])
    n = len(ps)
    return [(th, sum(a >= th for a, _ in ps) / n, sum(a >= th and b for a, b in ps) / n,
             1000 * sum(x >= th for x in neg) / words) for th in thresholds]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--select", default="W001")
    ap.add_argument("--misses", type=int, default=0, help="show N missed samples")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--train", action="store_true", help="refit bnqa/data/fused_model.json")
    ap.add_argument("--curve", action="store_true", help="recall and raw flags per threshold")
    ap.add_argument("--joins", action="store_true",
                    help="element joins instead: a line's last word run into the next line's first")
    a = ap.parse_args(argv)
    if a.train:
        m = train()
        print(m["trained_on"])
        print(dict(zip(m["features"], m["weights"])))
        return 0
    if not a.clean.is_dir():
        print(f"clean corpora not found at {a.clean}", file=sys.stderr)
        return 2
    if a.curve:
        print("| threshold (logit) | found | exact split | raw flags per 1,000 clean words |")
        print("|---|---|---|---|")
        for th, f, e, fa in curve(sample(a.n, a.seed, a.clean), a.clean,
                                  (6, 5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0, -1)):
            print(f"| {th} | {f:.1%} | {e:.1%} | {fa:.2f} |")
        return 0
    sel = a.select.split(",")
    samples = sample_joins(a.n, clean_dir=a.clean) if a.joins else sample(a.n, a.seed, a.clean)
    res = measure(samples, sel, preview=True)
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
