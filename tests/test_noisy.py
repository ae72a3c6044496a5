"""A real-world noisy sample (subtitles ending sentences with '.' and '৷') is fully found and
fixed: after `bnqa check --fix` on a copy, no such sentence end remains, and nothing else changed
(every change is a '.'/'৷' becoming '।', or the space before it going away)."""
from __future__ import annotations

import difflib

import pytest
import regex
from click.testing import CliRunner

from bnqa.cli import main

from .conftest import NOISY

SUBTITLES = NOISY / "subtitles_dev.txt"
# a '.' or '৷' ending a Bengali sentence: after a Bengali letter (behind optional quotes/brackets
# and spaces), before white space, a closing quote or the end. Ellipses and abbreviations
# (মি., ড.) are not sentence ends.
SENTENCE_END = regex.compile(r"(?<=[\u0980-\u09E5\u09F0-\u09FE][”’\"')\]]{0,2}[ \t]*)(?<!\.)[.৷](?![.])(?=[\s”’\"')\]]|$)")
ABBREV = ("মি", "ড", "ডা", "মো", "মিস", "মিসেস", "সে.মি", "কি.মি")


def _sentence_ends(text: str) -> list[str]:
    out = []
    for m in SENTENCE_END.finditer(text):
        p = m.start()
        if text[p] == "." and (text[p - 1:p] == "." or any(text[:p].endswith(" " + a) or text[:p].endswith("\n" + a) for a in ABBREV)):
            continue
        out.append(text[max(0, p - 20):p + 3])
    return out


@pytest.mark.skipif(not SUBTITLES.is_file(), reason="noisy corpus not available")
def test_subtitles_fully_found_and_fixed(tmp_path):
    original = SUBTITLES.read_bytes()
    before = original.decode("utf-8")
    assert len(_sentence_ends(before)) > 100  # the sample really is noisy
    p = tmp_path / "subtitles.txt"
    p.write_bytes(original)
    r = CliRunner().invoke(main, ["check", "--no-cache", "--fix", "--select", "P001,P002,S001", str(p)])
    assert r.exit_code in (0, 1), r.output
    after = p.read_bytes().decode("utf-8")
    assert _sentence_ends(after) == []
    old_lines, new_lines = before.split("\n"), after.split("\n")
    assert len(old_lines) == len(new_lines)
    for a, b in zip(old_lines, new_lines):
        if a == b:
            continue
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            old, new = a[i1:i2], b[j1:j2]
            if op == "equal":
                continue
            if op == "replace":
                assert set(old) <= {".", "৷", " ", "\t"} and new == "।", (old, new, a)
            elif op == "delete":
                assert old.strip() == "", (old, a)
            else:
                pytest.fail(f"unexpected insertion {new!r} in {a!r}")
    # and the fixed file offers no further fix of these kinds
    r = CliRunner().invoke(main, ["check", "--no-cache", "--select", "P001,P002", str(p)])
    assert r.exit_code == 0, r.output


LITERAL = NOISY / "literal_news_translation.txt"


@pytest.mark.skipif(not LITERAL.is_file(), reason="noisy corpus not available")
def test_literal_translation_danda_dot_runs_found_and_fixed(tmp_path):
    """The literal translation pads hundreds of sentences with dots after the danda (।........);
    P012 finds every run, and its safe fix leaves the danda and nothing else changed."""
    before = LITERAL.read_text(encoding="utf-8")
    runs = regex.findall(r"[।৷](?:\.{2,}|…)", before)
    assert len(runs) > 100
    p = tmp_path / "literal.txt"
    p.write_text(before, encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--no-cache", "--fix", "--select", "P012", str(p)])
    assert r.exit_code in (0, 1), r.output
    after = p.read_text(encoding="utf-8")
    assert regex.findall(r"[।৷](?:\.{2,}|…)", after) == []
    assert after == regex.sub(r"([।৷])[ \t]?(?:\.{2,}|…+)", r"\1", before)
