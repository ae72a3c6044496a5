"""The command line as a user starts it: a fresh interpreter, so nothing imported by other tests
hides a missing import."""
import subprocess
import sys

import pytest


def run(*args):
    # as the console script does it (python -m would import importlib.util through runpy)
    code = "import sys; from bnqa.cli import main; sys.argv[0] = 'bnqa'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_top_level_help_lists_every_command():
    r = run("--help")
    assert r.returncode == 0, r.stderr
    for name in ("check", "rule", "rules", "report", "score", "serve"):
        assert f"  {name}" in r.stdout, name


@pytest.mark.parametrize("name", ["check", "rule", "rules", "report", "score", "serve"])
def test_every_command_has_help(name):
    r = run(name, "--help")
    assert r.returncode == 0, r.stderr
    assert "Usage:" in r.stdout


def test_version():
    r = run("--version")
    assert r.returncode == 0, r.stderr
    assert "0." in r.stdout


def test_terminal_summary_counts_safe_fixes_in_both_languages():
    from types import SimpleNamespace

    from bnqa.cli import _summary

    fix = lambda a: SimpleNamespace(applicability=a)  # noqa: E731
    results = [SimpleNamespace(diagnostics=[SimpleNamespace(fix=fix("safe")), SimpleNamespace(fix=None),
                                            SimpleNamespace(fix=fix("unsafe"))])]
    assert _summary(results, None, "en") == "3 diagnostic(s) in 1 file(s); [*] 1 fixable with --fix"
    assert _summary(results, None, "bn") == "1টি ফাইলে 3টি সমস্যা; [*] 1টি --fix দিয়ে নিরাপদে ঠিক করা যায়"
    assert _summary(results, 2, "en") == "3 diagnostic(s) in 1 file(s); 2 fixed"
