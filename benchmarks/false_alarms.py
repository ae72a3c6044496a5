#!/usr/bin/env python
"""Measure false alarms per 1,000 words on clean Bengali (../shared/corpora/clean/).

Every diagnostic on clean, human-written text counts as a false alarm, except the real
errors listed in corpora/clean_known_errors/*.yaml. Reports the total and the rate per rule.

    python benchmarks/false_alarms.py                 # default rules
    python benchmarks/false_alarms.py --preview       # default + preview rules
    python benchmarks/false_alarms.py --select ALL --json
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CLEAN = ROOT.parent / "shared" / "corpora" / "clean"


def known_errors() -> list[dict]:
    """Real errors in the clean corpora, one YAML file per rule family in corpora/clean_known_errors/."""
    import yaml

    out: list[dict] = []
    for p in sorted((ROOT / "corpora" / "clean_known_errors").glob("*.yaml")):
        out.extend(yaml.safe_load(p.read_text(encoding="utf-8")) or [])
    return out


def measure(clean_dir: Path = DEFAULT_CLEAN, select=None, preview=False, ignore=(), examples: int = 0) -> dict:
    from bnqa.engine import Linter
    from bnqa.catalog import select_rules
    from bnqa.source import Source

    rules = select_rules(select=select, preview=preview, ignore=list(ignore))
    lin = Linter(rules)
    known = known_errors()
    words = 0
    per_rule: collections.Counter = collections.Counter()
    excused = 0
    samples: dict[str, list[str]] = collections.defaultdict(list)
    files = {}
    for p in sorted(clean_dir.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        w = len(text.split())
        words += w
        n = 0
        diags = lin.check_source(Source(p.name, text))
        for d in diags:
            ls = text.rfind("\n", 0, d.offset) + 1
            le = text.find("\n", d.offset)
            line = text[ls: le if le != -1 else len(text)]
            if any(k["file"] == p.name and k["code"] == d.code and k["line"] in line for k in known):
                excused += 1
                continue
            per_rule[d.code] += 1
            n += 1
            if len(samples[d.code]) < examples:
                samples[d.code].append(f"{p.name}: …{text[max(ls, d.offset - 40):d.offset]}⟦{text[d.offset:d.end]}⟧{text[d.end:d.end + 25]}…")
        files[p.name] = {"words": w, "false_alarms": n, "per_1000": round(1000 * n / max(w, 1), 3)}
    total = sum(per_rule.values())
    return {
        "words": words,
        "false_alarms": total,
        "per_1000_words": round(1000 * total / max(words, 1), 3),
        "known_errors_excluded": excused,
        "rules": len(rules),
        "per_rule": {c: {"count": n, "per_1000": round(1000 * n / max(words, 1), 3)} for c, n in per_rule.most_common()},
        "per_file": files,
        "samples": dict(samples),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--select", help="comma-separated codes/prefixes (default: the default rules)")
    ap.add_argument("--ignore", default="")
    ap.add_argument("--preview", action="store_true")
    ap.add_argument("--examples", type=int, default=0, help="show N example false alarms per rule")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.clean.is_dir():
        print(f"clean corpora not found at {a.clean}", file=sys.stderr)
        return 2
    res = measure(a.clean, a.select.split(",") if a.select else None, a.preview,
                  [x for x in a.ignore.split(",") if x], a.examples)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    print(f"{res['words']} words, {res['rules']} rules: {res['false_alarms']} false alarms = "
          f"{res['per_1000_words']} per 1,000 words ({res['known_errors_excluded']} known real errors excluded)")
    for code, v in res["per_rule"].items():
        print(f"  {code:<6} {v['count']:>5}  {v['per_1000']:.3f}/1k")
        for s in res["samples"].get(code, []):
            print(f"         {s}")
    for name, v in res["per_file"].items():
        print(f"  {name:<18} {v['words']:>7} words  {v['false_alarms']:>4}  {v['per_1000']:.3f}/1k")
    return 0


if __name__ == "__main__":
    sys.exit(main())
