#!/usr/bin/env python
"""Speed and memory of bnqa next to baselines measured in the same run.

    python benchmarks/bench.py                 # everything, about two to four minutes
    python benchmarks/bench.py --words 100000  # a smaller corpus
    python benchmarks/bench.py --skip-jobs     # no -j scaling runs
    python benchmarks/bench.py --profile 20    # and the 20 hottest functions (cProfile)

What it measures, on a corpus of --words (default 320,000) words generated at run time into a
temporary directory from the seed articles and the clean corpora (nothing is committed):

  throughput   words per second of bnqa's default rules, checking article-sized files in one
               warm process, next to (a) spaCy's bare tokenisation of the same texts
               (``spacy.blank("bn").make_doc``) and (b) Hunspell with Debian's ``bn_BD``
               dictionary (apt package ``hunspell-bn``): the ``hunspell -l`` binary over the
               same text, and a plain set lookup of the dictionary's word list.
               Target: all default rules cost at most 3x bare tokenisation.
  per rule     seconds per rule over the corpus (regex, Matcher and Python checks timed where
               they run; building the spaCy Doc is its own line), so rule authors see their cost.
  cold start   wall time of ``bnqa check ONE_SEED --no-cache`` in a new process, next to
               ``python -c "import spacy; spacy.blank('bn')"``; median of several runs.
               Target: at most 1.5x.
  -j scaling   ``bnqa check CORPUS --no-cache -j 1`` vs ``-j 2``. Target: -j 2 at least 1.5x faster
               (on a machine with two free cores).
  memory       peak resident memory (ru_maxrss) of each measured process.

Prints a table and writes JSON to benchmarks/out/ (bench-<time>.json and latest.json).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("BNQA_SHARED", ROOT.parent / "shared"))
OUT = ROOT / "benchmarks" / "out"
HUNSPELL_DIR = Path("/usr/share/hunspell")

TARGETS = {"rules_vs_tokenise": 3.0, "cold_start_ratio": 1.5, "jobs2_speedup": 1.5}


# ------------------------------------------------------------------ corpus

def make_corpus(dest: Path, words: int, seed: int = 7) -> tuple[list[Path], int]:
    """Article-sized files (~2,000 words): seed articles, and paragraphs of the clean corpora
    and noisy corpora when present, shuffled deterministically."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "samples").glob("*.txt"))]
    paras: list[str] = []
    for sub in ("clean", "noisy"):
        for f in sorted((SHARED / "corpora" / sub).glob("*.txt")):
            paras.extend(ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip())
    for s in seeds:
        paras.extend(p for p in s.split("\n") if p.strip())
    if not paras:
        raise SystemExit("bench: no seed articles or corpora to build a corpus from")
    rng.shuffle(paras)
    files, total, i, k = [], 0, 0, 0
    while total < words:
        body, n = [], 0
        if seeds and k % 4 == 0:  # every fourth file is a whole machine-translated article
            s = seeds[(k // 4) % len(seeds)]
            body.append(s)
            n += len(s.split())
        while n < 2000:
            p = paras[i % len(paras)]
            i += 1
            body.append(p)
            n += len(p.split())
        path = dest / f"article_{k:04}.txt"
        path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
        files.append(path)
        total += n
        k += 1
    return files, total


# ------------------------------------------------------------------ helpers

# Runs a command and reports its wall time, exit code and peak RSS. A launcher process is
# needed because Linux counts in a child's peak RSS the memory of the process it was forked
# (or vforked) from until exec: measured straight from this large process, every child would
# seem to be as large as the benchmark itself.
_LAUNCHER = """
import json, os, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.execvp(cmd[0], cmd)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t
with open(out, "w") as fh:
    json.dump([wall, os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024], fh)
"""


def run_measured(cmd, cwd=None, env=None) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (MiB) of one child process (and its waited-for children)."""
    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        p = subprocess.run([sys.executable, "-c", _LAUNCHER, out, *map(str, cmd)], cwd=cwd, env=env,
                           stderr=subprocess.PIPE)
        with open(out) as fh:
            wall, code, peak = json.load(fh)
    finally:
        os.unlink(out)
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {code}: {p.stderr.decode(errors='replace')[-2000:]}")
    return wall, code, peak


def bnqa_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("bnqa")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bnqa.cli"]


def ensure_hunspell() -> str | None:
    """Returns None when hunspell and bn_BD are usable, else why not."""
    missing = []
    if not (HUNSPELL_DIR / "bn_BD.dic").exists():
        missing.append("hunspell-bn")
    if shutil.which("hunspell") is None:
        missing.append("hunspell")
    if not missing:
        return None
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"bench: installing {' '.join(missing)} with apt-get ...", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        ok = subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env, capture_output=True).returncode == 0
        if not ok:
            subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
            ok = subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env,
                                capture_output=True).returncode == 0
        if ok and (HUNSPELL_DIR / "bn_BD.dic").exists() and shutil.which("hunspell"):
            return None
        return f"could not install {' '.join(missing)} with apt-get"
    return f"{' '.join(missing)} missing and apt-get is not usable here (needs root)"


# ------------------------------------------------------------------ measurements

def throughput(files: list[Path], words: int) -> dict:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in files]
    res: dict = {"words": words, "files": len(files)}

    # spaCy bare tokenisation (the stock Bengali tokenizer, no pipeline components) and bnqa's
    # default rules (a warm process: pipeline and rules built before timing), measured file by
    # file in turn, so that other load on the machine slows both alike
    from bnqa.runner import Settings, process_path

    nlp = spacy.blank("bn")
    settings = Settings()
    nlp.make_doc(texts[0])
    process_path(str(files[0]), settings)
    tok = lint = 0.0
    n_diag = 0
    for p, x in zip(files, texts):
        t = time.perf_counter()
        nlp.make_doc(x)
        t1 = time.perf_counter()
        r, _ = process_path(str(p), settings)
        t2 = time.perf_counter()
        tok += t1 - t
        lint += t2 - t1
        n_diag += len(r.diagnostics)
    res["spacy_tokenise_s"] = tok
    res["bnqa_s"] = lint
    res["diagnostics"] = n_diag

    # Hunspell, Debian's bn_BD dictionary
    why = ensure_hunspell()
    if why is None:
        dic = (HUNSPELL_DIR / "bn_BD.dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        wordset = {w.split("/", 1)[0] for w in dic}
        strip = "।॥৷,;:!?\"'“”‘’()[]{}—–-."
        t = time.perf_counter()
        unknown = 0
        for x in texts:
            for w in x.split():
                if w.strip(strip) not in wordset:
                    unknown += 1
        res["hunspell_set_lookup_s"] = time.perf_counter() - t
        allt = "\n".join(texts).encode("utf-8")
        t = time.perf_counter()
        pr = subprocess.run(["hunspell", "-l", "-i", "utf-8", "-d", str(HUNSPELL_DIR / "bn_BD")], input=allt,
                            capture_output=True)
        res["hunspell_binary_s"] = time.perf_counter() - t if pr.returncode == 0 else None
        res["hunspell_note"] = None if pr.returncode == 0 else pr.stderr.decode(errors="replace")[:300]
    else:
        res["hunspell_set_lookup_s"] = res["hunspell_binary_s"] = None
        res["hunspell_note"] = why
    for k in ("spacy_tokenise", "bnqa", "hunspell_set_lookup", "hunspell_binary"):
        s = res.get(f"{k}_s")
        res[f"{k}_wps"] = round(words / s) if s else None
    res["rules_vs_tokenise"] = round(res["bnqa_s"] / res["spacy_tokenise_s"], 2)
    return res


def per_rule(files: list[Path]) -> dict:
    """Seconds spent in each rule over the corpus, timed where the engine runs it."""
    from bnqa import engine, nlp
    from bnqa.catalog import select_rules
    from bnqa.runner import Settings, process_path

    acc: dict[str, float] = defaultdict(float)
    rules = select_rules()
    orig_regex, orig_tokens = engine._regex_hits, engine._token_hits
    orig_make_doc = nlp.make_doc

    def timed_regex(rule, ctx):
        t = time.perf_counter()
        out = list(orig_regex(rule, ctx))
        acc[rule.code] += time.perf_counter() - t
        return out

    def timed_tokens(rs, ctx):
        t = time.perf_counter()
        out = orig_tokens(rs, ctx)
        acc["(spaCy Matcher: " + ",".join(r.code for r in rs) + ")"] += time.perf_counter() - t
        return out

    def timed_doc(text):
        t = time.perf_counter()
        d = orig_make_doc(text)
        acc["(spaCy Doc: bnqa tokenizer + sentencizer)"] += time.perf_counter() - t
        return d

    def wrap(rule):
        f = rule.func

        def timed(ctx, r):
            t = time.perf_counter()
            out = list(f(ctx, r))
            acc[r.code] += time.perf_counter() - t
            return out
        return timed

    saved = {}
    for r in rules:
        if r.check:
            saved[r.code] = r.func
            r._func = wrap(r)
    engine._regex_hits, engine._token_hits, nlp.make_doc = timed_regex, timed_tokens, timed_doc
    try:
        settings = Settings()
        process_path(str(files[0]), settings)
        acc.clear()
        t = time.perf_counter()
        for p in files:
            process_path(str(p), settings)
        total = time.perf_counter() - t
    finally:
        engine._regex_hits, engine._token_hits, nlp.make_doc = orig_regex, orig_tokens, orig_make_doc
        for r in rules:
            if r.code in saved:
                r._func = saved[r.code]
    # a doc built inside a check is counted in that check too; take it out
    rows = sorted(acc.items(), key=lambda kv: -kv[1])
    return {"total_s": total, "rules": {k: round(v, 4) for k, v in rows},
            "engine_other_s": round(total - sum(acc.values()), 4)}


def profile(files: list[Path], top: int) -> None:
    """cProfile of the default rules over the corpus: where rule owners should look."""
    import cProfile
    import pstats

    from bnqa.runner import Settings, process_path

    settings = Settings()
    process_path(str(files[0]), settings)
    prof = cProfile.Profile()
    prof.enable()
    for p in files:
        process_path(str(p), settings)
    prof.disable()
    print(f"\ncProfile, default rules over the corpus: the {top} functions with the most own time", file=sys.stderr)
    pstats.Stats(prof, stream=sys.stderr).strip_dirs().sort_stats("tottime").print_stats(top)


def cold_start(seed: Path, repeat: int) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    tmp = tempfile.mkdtemp(prefix="bnqa-cold-")
    try:
        bn, sp = [], []
        cmd_b = bnqa_cmd() + ["check", str(seed), "--no-cache", "--output-format", "concise"]
        cmd_s = [sys.executable, "-c", "import spacy; spacy.blank('bn')"]
        run_measured(cmd_b, cwd=tmp, env=env)  # warm the OS file cache and .pyc files once
        run_measured(cmd_s, cwd=tmp, env=env)
        for _ in range(repeat):  # interleaved, so background load hits both alike
            bn.append(run_measured(cmd_b, cwd=tmp, env=env))
            sp.append(run_measured(cmd_s, cwd=tmp, env=env))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    b = statistics.median(x[0] for x in bn)
    s = statistics.median(x[0] for x in sp)
    return {"bnqa_check_one_seed_s": round(b, 3), "spacy_blank_bn_s": round(s, 3), "cold_start_ratio": round(b / s, 2),
            "bnqa_peak_mib": max(x[2] for x in bn), "spacy_peak_mib": max(x[2] for x in sp),
            "seed_words": len(seed.read_text(encoding="utf-8").split()), "runs": repeat}


def _busy(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def parallel_capacity(n: int = 4_000_000) -> float:
    """How much faster two processes finish two equal pure-Python loops than one process does:
    2.0 on two idle cores, less when other work shares the machine. The ceiling for -j 2."""
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(2) as pool:
        pool.map(_busy, [1000, 1000])
        t = time.perf_counter()
        pool.apply(_busy, (n,))
        pool.apply(_busy, (n,))
        serial = time.perf_counter() - t
        t = time.perf_counter()
        pool.map(_busy, [n, n], chunksize=1)
        par = time.perf_counter() - t
    return serial / par


def jobs_scaling(corpus: Path, repeat: int) -> dict:
    out = {"cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}
    runs: dict[int, list] = {1: [], 2: []}
    caps = []
    for _ in range(repeat):  # interleaved, so background load hits both alike; best of the runs
        caps.append(parallel_capacity())
        for j in (1, 2):
            runs[j].append(run_measured(bnqa_cmd() + ["check", str(corpus), "--no-cache", "-q", "-j", str(j),
                                                      "--output-format", "json"]))
    caps.append(parallel_capacity())
    for j in (1, 2):
        out[f"j{j}_s"] = round(min(r[0] for r in runs[j]), 3)
        out[f"j{j}_peak_mib"] = max(r[2] for r in runs[j])
    out["jobs2_speedup"] = round(out["j1_s"] / out["j2_s"], 2)
    out["machine_parallel_capacity"] = round(statistics.median(caps), 2)
    out["machine_parallel_capacity_runs"] = [round(c, 2) for c in caps]
    return out


# ------------------------------------------------------------------ main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=320_000)
    ap.add_argument("--repeat", type=int, default=5, help="cold-start runs (median)")
    ap.add_argument("--skip-jobs", action="store_true")
    ap.add_argument("--jobs-repeat", type=int, default=2, help="-j 1 / -j 2 run pairs (best of)")
    ap.add_argument("--no-per-rule", action="store_true")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also print the N functions with the most own time (cProfile) over the corpus")
    args = ap.parse_args()
    t0 = time.perf_counter()
    report: dict = {"python": sys.version.split()[0], "time": time.strftime("%Y-%m-%dT%H:%M:%S")}
    from bnqa import __version__

    report["bnqa"] = __version__
    tmp = Path(tempfile.mkdtemp(prefix="bnqa-bench-"))
    try:
        files, words = make_corpus(tmp, args.words)
        print(f"corpus: {words:,} words in {len(files)} files ({sum(p.stat().st_size for p in files) / 1e6:.1f} MB)",
              file=sys.stderr)
        seeds = sorted((ROOT / "corpora" / "samples").glob("*.txt"))
        longest = max(seeds, key=lambda p: p.stat().st_size)
        print("cold start ...", file=sys.stderr)
        report["cold_start"] = cold_start(longest, args.repeat)
        print("throughput ...", file=sys.stderr)
        report["throughput"] = throughput(files, words)
        if not args.no_per_rule:
            print("per rule ...", file=sys.stderr)
            report["per_rule"] = per_rule(files)
        if args.profile:
            profile(files, args.profile)
        if not args.skip_jobs:
            print("-j scaling ...", file=sys.stderr)
            report["jobs"] = jobs_scaling(tmp, args.jobs_repeat)
        import resource

        report["bench_process_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report["bench_seconds"] = round(time.perf_counter() - t0, 1)
    verdict = {}
    thr, cs = report["throughput"], report["cold_start"]
    verdict["rules_vs_tokenise"] = thr["rules_vs_tokenise"] <= TARGETS["rules_vs_tokenise"]
    verdict["cold_start_ratio"] = cs["cold_start_ratio"] <= TARGETS["cold_start_ratio"]
    if "jobs" in report:
        j = report["jobs"]
        j["efficiency"] = round(j["jobs2_speedup"] / j["machine_parallel_capacity"], 2)
        if j["jobs2_speedup"] >= TARGETS["jobs2_speedup"]:
            verdict["jobs2_speedup"] = True
        elif j["cores"] < 2 or j["machine_parallel_capacity"] < TARGETS["jobs2_speedup"]:
            # the machine did not have two free cores during the run: the target cannot be judged
            verdict["jobs2_speedup"] = None
        else:
            verdict["jobs2_speedup"] = False
    report["targets"] = {k: {"target": TARGETS[k], "met": v} for k, v in verdict.items()}
    print_table(report)
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    (OUT / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(text + "\n", encoding="utf-8")
    (OUT / "latest.json").write_text(text + "\n", encoding="utf-8")
    print(f"\nwrote {OUT / 'latest.json'} ({report['bench_seconds']} s)")
    return 0 if all(v is not False for v in verdict.values()) else 1


def print_table(r: dict) -> None:
    thr, cs = r["throughput"], r["cold_start"]

    def wps(k):
        v = thr.get(f"{k}_wps")
        return f"{v:>12,} w/s" if v else "         n/a"

    def ok(k):
        t = r["targets"].get(k)
        return "" if t is None else ("  [met]" if t["met"] else ("  [not judged]" if t["met"] is None else "  [MISSED]"))

    print(f"\nbnqa {r['bnqa']} benchmark, {thr['words']:,} words in {thr['files']} files, Python {r['python']}")
    print("\nthroughput (one warm process)")
    print(f"  bnqa check, default rules     {wps('bnqa')}  {thr['bnqa_s']:7.2f} s  ({thr['diagnostics']:,} diagnostics)")
    print(f"  spaCy blank('bn') tokenise    {wps('spacy_tokenise')}  {thr['spacy_tokenise_s']:7.2f} s")
    if thr.get("hunspell_binary_s"):
        print(f"  hunspell -l -d bn_BD          {wps('hunspell_binary')}  {thr['hunspell_binary_s']:7.2f} s")
    if thr.get("hunspell_set_lookup_s"):
        print(f"  bn_BD word-list set lookup    {wps('hunspell_set_lookup')}  {thr['hunspell_set_lookup_s']:7.2f} s")
    if thr.get("hunspell_note"):
        print(f"  hunspell: {thr['hunspell_note']}")
    print(f"  rules / bare tokenisation     {thr['rules_vs_tokenise']:>12.2f}x  (target <= {TARGETS['rules_vs_tokenise']}x)"
          f"{ok('rules_vs_tokenise')}")
    print("\ncold start (new process, median of %d)" % cs["runs"])
    print(f"  bnqa check one seed ({cs['seed_words']} words) {cs['bnqa_check_one_seed_s']:7.3f} s  peak {cs['bnqa_peak_mib']} MiB")
    print(f"  import spacy; blank('bn')     {cs['spacy_blank_bn_s']:7.3f} s  peak {cs['spacy_peak_mib']} MiB")
    print(f"  ratio                         {cs['cold_start_ratio']:7.2f}x  (target <= {TARGETS['cold_start_ratio']}x)"
          f"{ok('cold_start_ratio')}")
    if "jobs" in r:
        j = r["jobs"]
        print(f"\n-j scaling ({j['cores']} cores, whole corpus, new processes, --no-cache)")
        print(f"  -j 1                          {j['j1_s']:7.2f} s  peak {j['j1_peak_mib']} MiB")
        print(f"  -j 2                          {j['j2_s']:7.2f} s  peak {j['j2_peak_mib']} MiB (largest process)")
        print(f"  speedup                       {j['jobs2_speedup']:7.2f}x  (target >= {TARGETS['jobs2_speedup']}x)"
              f"{ok('jobs2_speedup')}")
        print(f"  machine's parallel capacity   {j['machine_parallel_capacity']:7.2f}x  (two busy loops in two processes"
              f" vs one; 2.0 on two idle cores; runs {j['machine_parallel_capacity_runs']})")
        print(f"  efficiency (speedup/capacity) {j['efficiency']:7.2f}")
        if r["targets"]["jobs2_speedup"]["met"] is None:
            print("  (the machine had fewer than two free cores during these runs: -j 2 cannot be judged;"
                  " rerun on an idle machine)")
    if "per_rule" in r:
        pr = r["per_rule"]
        print(f"\nper rule over the corpus ({pr['total_s']:.2f} s in all; engine, segmentation, fixes' "
              f"bookkeeping {pr['engine_other_s']:.2f} s)")
        for code, s in list(pr["rules"].items())[:25]:
            print(f"  {code:<44} {s:7.3f} s  {100 * s / pr['total_s']:5.1f}%")
        rest = list(pr["rules"].items())[25:]
        if rest:
            print(f"  ({len(rest)} more rules, {sum(s for _, s in rest):.3f} s together)")
    print(f"\npeak memory of this process: {r['bench_process_peak_mib']} MiB")


if __name__ == "__main__":
    sys.exit(main())
