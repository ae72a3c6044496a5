"""The pre-commit hooks, run by the real ``pre-commit`` tool (``pre-commit try-repo``) from a
snapshot of this working tree: a seed article fails ``bnqa``, a clean article passes, and
``bnqa-fix`` writes the safe fixes (so pre-commit reports the file as modified).

pre-commit installs bnqa into its own virtual environment from the snapshot (PyPI only, with
pip's cache); ``PRE_COMMIT_HOME`` is a temporary directory shared by this module's tests, so
``pre-commit run`` builds its environment once per test session; ``try-repo`` always uses a
throw-away store, so it builds one more (each install takes 30 to 60 seconds)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEEDS, reason="no seed articles")]

CLEAN = "আমি প্রতিদিন সকালে বাজারে যাই। সেখানে তাজা সবজি পাওয়া যায়।\n"
# what pip needs to build and install bnqa: the package, its rules and metadata
SNAPSHOT = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "bnqa", "rules")


def _git_env(home) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    # PIP_NO_COMPILE: skipping byte-compilation of spaCy & co. makes the hook install faster
    env.update(PRE_COMMIT_HOME=str(home), PIP_NO_COMPILE="1", PIP_DISABLE_PIP_VERSION_CHECK="1", GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org", PRE_COMMIT_COLOR="never")
    return env


def _git(*args, cwd, env):
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    env = _git_env(base / "home")
    # a committed snapshot of the working tree (try-repo uses a repository's HEAD)
    src = base / "bnqa-repo"
    src.mkdir()
    for name in SNAPSHOT:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_rules"))
        elif p.exists():
            shutil.copy2(p, src / name)
    _git("init", "-q", cwd=src, env=env)
    _git("add", ".", cwd=src, env=env)
    _git("commit", "-qm", "snapshot", cwd=src, env=env)
    # the newsroom's repository
    work = base / "articles"
    work.mkdir()
    shutil.copy(SEEDS[0], work / "seed.txt")
    (work / "clean.md").write_text("# শিরোনাম\n\n" + CLEAN, encoding="utf-8")
    (work / "clean.txt").write_text(CLEAN, encoding="utf-8")
    _git("init", "-q", cwd=work, env=env)
    _git("add", ".", cwd=work, env=env)
    return src, work, env


def pre_commit(setup, *args):
    _, work, env = setup
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=work, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=900)


def test_try_repo_seed_fails_clean_not_flagged(setup):
    """``pre-commit try-repo`` with both hooks: ``bnqa`` fails on the seed and names no clean
    file; ``bnqa-fix`` rewrites the seed (pre-commit: "files were modified") and no clean file."""
    src, work, _ = setup
    seed = work / "seed.txt"
    before = seed.read_bytes()
    r = pre_commit(setup, "try-repo", str(src), "--files", "seed.txt", "clean.txt", "clean.md")
    out = r.stdout
    assert r.returncode == 1, out + r.stderr
    assert "- hook id: bnqa\n" in out and "- hook id: bnqa-fix\n" in out
    assert "seed.txt:" in out
    assert "clean.txt:" not in out and "clean.md:" not in out
    assert "files were modified by this hook" in out
    assert seed.read_bytes() != before
    assert (work / "clean.txt").read_text(encoding="utf-8") == CLEAN
    seed.write_bytes(before)


def test_config_clean_passes_seed_fails_fix_converges(setup):
    """The newsroom's own ``.pre-commit-config.yaml`` naming this repository at a commit."""
    src, work, _ = setup
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=src, capture_output=True, text=True).stdout.strip()
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {src}\n    rev: {rev}\n    hooks:\n      - id: bnqa-fix\n      - id: bnqa\n",
        encoding="utf-8")
    good = pre_commit(setup, "run", "--files", "clean.txt", "clean.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.count("Passed") == 2
    bad = pre_commit(setup, "run", "bnqa", "--files", "seed.txt")
    assert bad.returncode == 1 and "seed.txt:" in bad.stdout, bad.stdout + bad.stderr
    fixed = pre_commit(setup, "run", "bnqa-fix", "--files", "seed.txt")
    assert fixed.returncode == 1 and "files were modified by this hook" in fixed.stdout
    after = (work / "seed.txt").read_bytes()
    again = pre_commit(setup, "run", "bnqa-fix", "--files", "seed.txt")
    assert again.returncode == 0, again.stdout  # safe fixes converge: nothing more to change
    assert (work / "seed.txt").read_bytes() == after
