"""`bnqa check --fix/--unsafe-fixes/--diff/--show-fixes`: fixes never lose a byte."""
from __future__ import annotations

import codecs
import os
import random
import stat

import pytest
from click.testing import CliRunner

from bnqa import fixes
from bnqa.cli import main
from bnqa.engine import Linter
from bnqa.fixes import apply_once, fix_text
from bnqa.source import Source

from .conftest import SEEDS

DRAFT = ("সুচিপত্র\n"
         "তিনি বললেন. তারপর চলে গেলেন৷\n"
         "4। উদ্যোগ\n"
         "কীভাবে হবেন: 5 টি টিপস\n"
         "সভা হবে জুলাই 26, 2021 তারিখে।\n"
         "শেষ কথা\n")


def run(*args, input=None):
    return CliRunner().invoke(main, ["check", "--no-cache", *args], input=input)


def write(path, text, bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))


@pytest.mark.parametrize("bom,crlf", [(False, False), (True, True), (False, True)])
def test_fix_keeps_bom_line_endings_and_permissions(tmp_path, bom, crlf):
    p = tmp_path / "a.txt"
    write(p, DRAFT, bom, crlf)
    os.chmod(p, 0o640)
    r = run("--fix", str(p))
    assert r.exit_code in (0, 1), r.output
    data = p.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) == bom
    text = data.decode("utf-8-sig")
    nl = "\r\n" if crlf else "\n"
    assert text.count(nl) == DRAFT.count("\n")
    if crlf:
        assert "\n" not in text.replace("\r\n", "")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert "বললেন। তারপর চলে গেলেন।" in text
    assert "4. উদ্যোগ" in text and "5টি টিপস" in text
    assert "জুলাই 26, 2021" in text  # unsafe fixes only with --unsafe-fixes
    assert text.lstrip("\ufeff").startswith(("সুচিপত্র", "সূচিপত্র"))  # deleting boilerplate is unsafe
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]  # no temporary file left behind


def test_fix_touches_nothing_outside_the_edits(tmp_path):
    p = tmp_path / "a.txt"
    write(p, DRAFT, crlf=True)
    before = p.read_bytes().decode("utf-8")
    run("--fix", str(p))
    after = p.read_bytes().decode("utf-8")
    lin = Linter()
    expected, applied, _ = fix_text(before, lambda t: lin.check_source(Source("a.txt", t)))
    assert after == expected
    assert [ln for ln in before.split("\r\n") if ln in after.split("\r\n")] == ["সভা হবে জুলাই 26, 2021 তারিখে।", "শেষ কথা", ""]


def test_unsafe_fixes(tmp_path):
    p = tmp_path / "a.txt"
    write(p, DRAFT)
    run("--fix", "--unsafe-fixes", str(p))
    text = p.read_text(encoding="utf-8")
    assert "26 জুলাই 2021" in text or "২৬ জুলাই ২০২১" in text
    assert "চিপত্র" not in text


def test_fix_twice_changes_nothing_and_leaves_no_safe_fix(tmp_path):
    for seed in SEEDS:
        p = tmp_path / seed.name
        p.write_bytes(seed.read_bytes())
        run("--fix", str(p))
        once = p.read_bytes()
        run("--fix", str(p))
        assert p.read_bytes() == once
        r = run("--output-format", "json", str(p))
        import json

        left = [d["code"] for d in json.loads(r.output) if d["fix"] and d["fix"]["applicability"] == "safe"]
        assert not left, left


def test_diff_writes_nothing(tmp_path):
    p = tmp_path / "a.txt"
    write(p, DRAFT)
    before = p.read_bytes()
    r = run("--diff", str(p))
    assert r.exit_code == 1
    assert p.read_bytes() == before
    assert "-4। উদ্যোগ" in r.output and "+4. উদ্যোগ" in r.output


def test_show_fixes_lists_fixes(tmp_path):
    p = tmp_path / "a.txt"
    write(p, DRAFT)
    r = run("--show-fixes", "--lang", "en", "--select", "P003", str(p))
    assert "P003" in r.output and "safe" in r.output


def test_fix_from_stdin_writes_the_whole_text(tmp_path):
    r = run("--fix", "-", input="শুদ্ধ লেখা।\r\n".encode())
    assert r.stdout_bytes == "শুদ্ধ লেখা।\r\n".encode()
    r = run("--fix", "-", input=codecs.BOM_UTF8 + "লেখা হলো.\r\n".encode())
    assert r.stdout_bytes == codecs.BOM_UTF8 + "লেখা হলো।\r\n".encode()


def test_overlapping_fixes_are_resolved_deterministically():
    text = "হওয়া৷ . . কিভাবে শুরু করবেন.  তারপর ৫ টি"
    diags = Linter().check_source(Source("t", text))
    results = set()
    for seed in range(20):
        shuffled = diags[:]
        random.Random(seed).shuffle(shuffled)
        results.add(apply_once(text, shuffled)[0])
    assert len(results) == 1
    fixed, _, remaining = fix_text(text, lambda t: Linter().check_source(Source("t", t)))
    assert fixed == "হওয়া… কিভাবে শুরু করবেন। তারপর ৫টি"


def test_atomic_write_keeps_the_original_on_failure(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(b"old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(fixes.os, "replace", boom)
    with pytest.raises(OSError):
        fixes.atomic_write(str(p), b"new")
    assert p.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.txt"]
