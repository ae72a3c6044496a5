"""Folders at speed: ``-j N`` gives exactly the ``-j 1`` output, in the same order; the
result cache gives exactly the uncached output and never replays a fix that wrote a file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bnqa.runner import Settings

from .conftest import ROOT, SEEDS, clean_files

pytestmark = pytest.mark.skipif(not SEEDS, reason="no seed articles")


def bnqa(*args, cwd):
    """Run the CLI in ``cwd``, so that its result cache is ``cwd/.bnqa_cache``."""
    return subprocess.run([sys.executable, "-m", "bnqa.cli", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder of many files of different sizes and kinds: seeds, slices of the clean
    corpora (when present), Markdown and HTML, and one undecodable file."""
    d = tmp_path_factory.mktemp("articles")
    for i, s in enumerate(SEEDS):
        shutil.copy(s, d / f"seed_{i}.txt")
    for p in (ROOT / "corpora" / "markup").glob("article.*"):
        shutil.copy(p, d / p.name)
    sub = d / "sub"
    sub.mkdir()
    for f in clean_files()[:2]:
        lines = f.read_text(encoding="utf-8").splitlines()[:600]
        for k in range(0, len(lines), 40):
            (sub / f"{f.stem}_{k:04}.txt").write_text("\n".join(lines[k:k + 40]) + "\n", encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    return d


def test_jobs_equal_serial(folder, tmp_path):
    one = bnqa("check", str(folder), "-j", "1", "--no-cache", "--output-format", "json", cwd=tmp_path)
    two = bnqa("check", str(folder), "-j", "2", "--no-cache", "--output-format", "json", cwd=tmp_path)
    assert one.returncode == two.returncode == 2, one.stderr  # broken.txt is an error
    assert json.loads(one.stdout), "the seeds must produce diagnostics"
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert not (tmp_path / ".bnqa_cache").exists()  # --no-cache writes nothing


def test_cache_gives_identical_results(folder, tmp_path):
    base = bnqa("check", str(folder), "--no-cache", "--output-format", "json", cwd=tmp_path)
    first = bnqa("check", str(folder), "-j", "2", "--output-format", "json", cwd=tmp_path)
    assert list((tmp_path / ".bnqa_cache").rglob("*.json")), "the first run fills the cache"
    second = bnqa("check", str(folder), "-j", "2", "--output-format", "json", cwd=tmp_path)
    assert base.stdout == first.stdout == second.stdout
    concise = bnqa("check", str(folder), "--output-format", "concise", cwd=tmp_path)
    nocache = bnqa("check", str(folder), "--no-cache", "--output-format", "concise", cwd=tmp_path)
    assert concise.stdout == nocache.stdout


def test_cache_is_keyed_by_content_and_settings(tmp_path):
    from bnqa.cache import Cache

    f = tmp_path / "a.txt"
    f.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    c1, c2 = Cache(Settings(), tmp_path / "c"), Cache(Settings(lang="en"), tmp_path / "c")
    assert c1.fp != c2.fp
    data = f.read_bytes()
    assert c1.key("a.txt", data) != c1.key("a.txt", data + b" ")
    assert c1.key("a.txt", data) != c1.key("b.txt", data)


def test_fix_runs_are_not_replayed_from_cache(tmp_path):
    original = SEEDS[0].read_bytes()
    f = tmp_path / "article.txt"
    for _ in range(2):  # the second --fix on the same original bytes must write again
        f.write_bytes(original)
        r = bnqa("check", "article.txt", "--fix", "--output-format", "json", cwd=tmp_path)
        assert r.returncode in (0, 1), r.stderr
        assert f.read_bytes() != original, "a safe fix must have been written"
    fixed = f.read_bytes()
    again = bnqa("check", "article.txt", "--fix", "--output-format", "json", cwd=tmp_path)
    assert f.read_bytes() == fixed  # nothing left to fix; this result may come from the cache
    assert again.stdout == bnqa("check", "article.txt", "--fix", "--no-cache", "--output-format", "json",
                                cwd=tmp_path).stdout


def test_run_files_order_and_errors(tmp_path):
    from bnqa.parallel import run_files

    paths = []
    for i, s in enumerate(SEEDS * 2):
        p = tmp_path / f"{9 - i}.txt"
        p.write_bytes(s.read_bytes())
        paths.append(str(p))
    paths.append(str(tmp_path / "missing.txt"))
    out = run_files(paths, Settings(), jobs=1, use_cache=True, quiet=True, cache_dir=tmp_path / "c")
    assert list(out) == paths
    assert out[paths[-1]][0].error
    again = run_files(paths, Settings(), jobs=1, use_cache=True, quiet=True, cache_dir=tmp_path / "c")
    for p in paths[:-1]:
        assert again[p][0].diagnostics == out[p][0].diagnostics
        assert again[p][0].text == out[p][0].text


def test_parallel_fix_equals_serial(folder, tmp_path):
    """--fix with -j 2 writes the same files and reports the same as -j 1."""
    outs = []
    for j in ("1", "2"):
        d = tmp_path / f"j{j}"
        shutil.copytree(folder, d)
        r = bnqa("check", ".", "--fix", "-j", j, "--no-cache", "--output-format", "json", cwd=d)
        outs.append((r.returncode, r.stdout, {p.relative_to(d): p.read_bytes() for p in sorted(d.rglob("*.*"))}))
    assert outs[0] == outs[1]
    assert outs[0][2][Path("seed_0.txt")] != SEEDS[0].read_bytes()  # fixes were written


def test_stale_fingerprints_are_pruned(tmp_path):
    from bnqa.cache import Cache

    old = tmp_path / "c" / "0.0.1" / "stale"
    old.mkdir(parents=True)
    (old / "x.json").write_text("{}")
    os.utime(old, (1_000_000, 1_000_000))
    recent = tmp_path / "c" / "0.0.1" / "recent"
    recent.mkdir()
    c = Cache(Settings(), tmp_path / "c")
    c.put(c.key("a.txt", b"x"), [], None)
    assert not old.exists() and recent.exists()
    assert c.get(c.key("a.txt", b"x")) == ([], None)
