#!/usr/bin/env python
"""Side by side: Hunspell's Debian bn_BD word list, bnlp's BengaliSpellChecker and bnqa, on
the same texts.

* fused-word recall: the synthetic fused words of benchmarks/fused_recall.py (one space deleted
  between two Bengali words of a clean sentence, fixed seed): "found" = the checker flags the
  run-together token, "exact" = its best suggestion is exactly the two words;
* false alarms per 1,000 words on the clean corpora (../shared/corpora/clean/): every flag on
  clean, edited text counts (for bnqa also shown after excluding the verified real errors of
  corpora/clean_known_errors/).

Hunspell: /usr/share/hunspell/bn_BD.dic (Debian package hunspell-bn). It has no affix rules, so
it is read as a word list and each word is looked up after normalising both sides to NFC (the
.dic stores য় ড় ঢ় precomposed, text usually decomposed). The hunspell CLI is not used: its
tokenizer splits Bengali words at vowel signs. bnlp: ``bnlp.spellcheck.BengaliSpellChecker``
(bnlp-toolkit 4.x, SymSpell over a small built-in dictionary, no download needed), imported
lazily; reported as unavailable if missing.

    python benchmarks/compare_spellcheckers.py            # 1,000 fused samples, markdown table
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CLEAN = ROOT.parent / "shared" / "corpora" / "clean"
HUNSPELL_DIC = Path("/usr/share/hunspell/bn_BD.dic")


def lexical_default() -> list[str]:
    """The default rules of the lexical families (W, E, C, L)."""
    from bnqa.catalog import select_rules

    return [r.code for r in select_rules() if r.code[0] in "WECL"]


def _clean_texts(clean_dir: Path) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(clean_dir.glob("*.txt"))]


def _words(texts) -> int:
    return sum(len(t.split()) for _, t in texts)


class Hunspell:
    name = "Hunspell bn_BD (Debian word list)"

    def __init__(self, path: Path = HUNSPELL_DIC):
        from bnqa.lexicon import nfc

        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        self.words = {nfc(w.split("/")[0].strip()) for w in lines if w.strip()}

    def flags(self, token: str) -> bool:
        from bnqa.lexicon import nfc

        return nfc(token) not in self.words

    def suggestion(self, token: str):
        return None  # a word list has no suggestions

    def false_alarms(self, texts) -> int:
        from bnqa.lexicon import WORD_RE

        return sum(1 for _, t in texts for m in WORD_RE.finditer(t) if self.flags(m.group()))


class WordfreqList(Hunspell):
    """bnqa's own lexicon used as a bare word list (a token is wrong when wordfreq lacks it)."""

    name = "wordfreq bn as a word list (bnqa's lexicon, membership only)"

    def __init__(self):
        from bnqa.lexicon import lexicon

        self.words = lexicon()


class Bnlp:
    name = "bnlp BengaliSpellChecker"

    def __init__(self):
        from bnlp.spellcheck import BengaliSpellChecker  # lazy: importing bnlp takes ~2 s

        self.checker = BengaliSpellChecker()

    def flags(self, token: str) -> bool:
        return not self.checker.is_correct(token)

    def suggestion(self, token: str):
        errs = self.checker.check(token)
        return errs[0].best_correction if errs else None

    def false_alarms(self, texts) -> int:
        return sum(len(self.checker.check(line)) for _, t in texts for line in t.split("\n") if line.strip())


def bnqa_row(samples, texts, select, preview=False):
    import benchmarks.fused_recall as fr
    from benchmarks.false_alarms import measure

    r = fr.measure(samples, select, preview=preview)
    fa = measure(DEFAULT_CLEAN if not texts else Path(texts), select=select, preview=preview)
    raw = fa["false_alarms"] + fa["known_errors_excluded"]
    return r["recall"], r["exact_recall"], 1000 * raw / fa["words"], fa["per_1000_words"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args(argv)
    if not a.clean.is_dir():
        print(f"clean corpora not found at {a.clean}", file=sys.stderr)
        return 2
    import benchmarks.fused_recall as fr

    samples = fr.sample(a.n, a.seed, a.clean)
    texts = _clean_texts(a.clean)
    words = _words(texts)
    rows = []
    for cls in (Hunspell, WordfreqList, Bnlp):
        t0 = time.perf_counter()
        try:
            chk = cls()
        except Exception as e:  # missing package or word list
            rows.append((cls.name, None, None, None, None, f"unavailable: {type(e).__name__}: {e}"))
            continue
        found = exact = 0
        for s in samples:
            tok = s["left"] + s["right"]
            if chk.flags(tok):
                found += 1
                if chk.suggestion(tok) == f"{s['left']} {s['right']}":
                    exact += 1
        fa = chk.false_alarms(texts)
        rows.append((chk.name, found / len(samples), exact / len(samples), 1000 * fa / words, None,
                     f"{time.perf_counter() - t0:.1f} s"))
    for label, sel, prev in (("bnqa W001 (default)", ["W001"], False),
                             ("bnqa W001+W002 (--preview)", ["W001", "W002"], True),
                             (f"bnqa lexical default rules ({' '.join(lexical_default())})", lexical_default(), False)):
        t0 = time.perf_counter()
        rec, ex, raw, net = bnqa_row(samples, str(a.clean), sel, prev)
        rows.append((label, rec, ex, raw, net, f"{time.perf_counter() - t0:.1f} s"))

    def pct(x):
        return "n/a" if x is None else f"{x:.1%}"

    def num(x):
        return "n/a" if x is None else f"{x:.2f}"

    print(f"{len(samples)} synthetic fused words (seed {a.seed}); clean corpora: {words} words\n")
    print("| checker | fused found | exact split | flags per 1,000 clean words | after known real errors | time / note |")
    print("|---|---|---|---|---|---|")
    for name, rec, ex, raw, net, note in rows:
        print(f"| {name} | {pct(rec)} | {pct(ex)} | {num(raw)} | {num(net) if net is not None else '–'} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
