#!/usr/bin/env python
"""Recall on the probe articles (corpora/probe/): five machine-translation-style articles with
120 planted artefacts, written for bnqa independently of its rules (an English how-to post,
tech news, a health article, Spanish news, a product page) and annotated in
corpora/probe/annotations.tsv (file, exact substring, family, note).

An artefact is found when a diagnostic overlaps its substring. Prints found/total per family,
the misses and the diagnostics that match no annotation.

    python benchmarks/probe_recall.py             # default rules
    python benchmarks/probe_recall.py --preview   # default + preview rules
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = ROOT / "corpora" / "probe"


def annotations(probe: Path = PROBE) -> list[dict]:
    out = []
    for line in (probe / "annotations.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] != "file":
            out.append({"file": parts[0], "text": parts[1], "family": parts[2],
                        "note": parts[3] if len(parts) > 3 else ""})
    return out


def measure(preview: bool = False, probe: Path = PROBE) -> dict:
    from bnqa.catalog import select_rules
    from bnqa.engine import Linter
    from bnqa.source import Source

    lin = Linter(select_rules(preview=preview))
    diags = {}
    texts = {}
    for p in sorted(probe.glob("*.txt")):
        texts[p.name] = p.read_text(encoding="utf-8")
        diags[p.name] = lin.check_source(Source(p.name, texts[p.name]))
    found: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    misses, used = [], set()
    for a in annotations(probe):
        text = texts[a["file"]]
        # a repeated sentence annotated whole occurs twice: the artefact is the repeat, the later one
        i = text.rfind(a["text"]) if a["family"] == "repetition" else text.find(a["text"])
        if i < 0:
            raise ValueError(f"{a['file']}: annotated text not found: {a['text']!r}")
        j = i + len(a["text"])
        total[a["family"]] += 1
        hits = [d for d in diags[a["file"]] if d.offset < j and d.offset + max(d.length, 1) > i]
        if not hits and a["family"] == "consistency":
            # a spelling pair may be reported at its other member, naming both spellings
            # (…«মারকেস» আর «মার্কেস»…): that finds the annotated one too (the annotation may hold a
            # word around it: "অর্থমন্ত্রী আলভারেজ")
            hits = [d for d in diags[a["file"]] if d.category == "consistency"
                    and any(f"«{w}»" in d.message for w in {a["text"], *a["text"].split()})]
        if not hits and a["family"] == "quotes":
            # a quotation never closed is reported at its opening mark, which may stand before the
            # annotated place where the closing one is missing, in the same paragraph
            ps = text.rfind("\n\n", 0, i) + 1
            hits = [d for d in diags[a["file"]] if d.code == "P004" and ps <= d.offset < i
                    and "\n\n" not in text[d.offset:i]]
        if hits:
            found[a["family"]] += 1
            used.update((a["file"], d.offset, d.code) for d in hits)
        else:
            misses.append(a)
    # one planted artefact may be reported at several words of its line by the same rule (a
    # register switch: তুমি … করো … তোমার): those diagnostics are accounted for, not counted again
    def line_of(f, d):
        return texts[f].count("\n", 0, d.offset)

    used_lines = {(f, d.code, line_of(f, d)) for f, ds in diags.items() for d in ds
                  if (f, d.offset, d.code) in used}
    unmatched = [(f, d) for f, ds in diags.items() for d in ds
                 if (f, d.offset, d.code) not in used and (f, d.code, line_of(f, d)) not in used_lines]
    # false alarms found on a first measurement and kept visible (corpora/probe/false_alarms.tsv)
    known = known_false_alarms(probe)
    false_alarms = [(f, d) for f, d in unmatched
                    if any(k["file"] == f and k["code"] == d.code and k["text"] in texts[f][d.offset:d.offset + d.length]
                           for k in known)]
    unmatched = [x for x in unmatched if x not in false_alarms]
    return {"found": found, "total": total, "misses": misses, "unmatched": unmatched,
            "false_alarms": false_alarms, "texts": texts}


def known_false_alarms(probe: Path = PROBE) -> list[dict]:
    path = probe / "false_alarms.tsv"
    if not path.exists():
        return []
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()]
    return [{"file": r[0], "code": r[1], "text": r[2]} for r in rows if len(r) >= 3 and r[0] != "file"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--preview", action="store_true")
    ap.add_argument("--probe", type=Path, default=PROBE,
                    help="a folder of articles with its annotations.tsv (default corpora/probe)")
    args = ap.parse_args()
    r = measure(preview=args.preview, probe=args.probe)
    for fam in sorted(r["total"], key=lambda f: -r["total"][f]):
        print(f"  {fam:16} {r['found'][fam]:3}/{r['total'][fam]}")
    print(f"found {sum(r['found'].values())} of {sum(r['total'].values())} planted artefacts "
          f"({'default + preview' if args.preview else 'default'} rules)")
    for a in r["misses"]:
        print(f"  missed  {a['family']:15} {a['file']}: {a['text']}  ({a['note']})")
    print(f"known false alarms (false_alarms.tsv): {len(r['false_alarms'])}")
    for f, d in r["false_alarms"]:
        print(f"  {d.code} {f}: {r['texts'][f][d.offset:d.offset + d.length]!r}")
    print(f"diagnostics matching no annotation: {len(r['unmatched'])}")
    for f, d in r["unmatched"]:
        t = r["texts"][f]
        print(f"  {d.code} {f}: {t[max(0, d.offset - 15):d.offset + d.length + 15]!r}")


if __name__ == "__main__":
    main()
