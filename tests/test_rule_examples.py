"""LanguageTool's discipline: every example of every rule is a test. A bad example must
produce that rule, and applying that rule's fixes must give exactly the good text; an ok
example must produce nothing from that rule."""
from __future__ import annotations

import pytest

from bnqa.catalog import load_catalog
from bnqa.engine import Linter
from bnqa.fixes import fix_text
from bnqa.source import Source

CASES = [(r.code, i, ex) for r in load_catalog().values() for i, ex in enumerate(r.examples)]


def _check(code, text):
    rule = load_catalog()[code]
    kind = rule.options.get("example_kind", "text")
    return Linter([rule]).check_source(Source("example", text, kind=kind))


def test_every_rule_has_examples():
    for r in load_catalog().values():
        assert any("bad" in e for e in r.examples), f"{r.code} has no bad example"
        assert any("ok" in e for e in r.examples), f"{r.code} has no ok example"
        assert r.explanation.get("bn") and r.explanation.get("en"), r.code
        assert r.message.get("bn") and r.message.get("en"), r.code


@pytest.mark.parametrize("code,i,example", CASES, ids=[f"{c}-{i}" for c, i, _ in CASES])
def test_example(code, i, example):
    if "ok" in example:
        found = _check(code, example["ok"])
        assert not found, f"{code} fired on its ok example: {[(d.offset, d.message) for d in found]}"
        return
    found = _check(code, example["bad"])
    assert found, f"{code} did not fire on its bad example"
    for d in found:   # every placeholder of the message and of the fix's message filled in
        assert "{" not in d.message, f"{code}: unfilled message {d.message!r}"
        assert d.fix is None or "{" not in d.fix.message, f"{code}: unfilled fix message {d.fix.message!r}"
    if "good" in example:
        fixed, applied, remaining = fix_text(example["bad"], lambda t: _check(code, t), unsafe=True)
        assert fixed == example["good"]
        assert not _check(code, fixed), f"{code} still fires after its own fix"


def test_readme_documents_every_rule():
    """The README's rule tables have a row for every rule of the catalogue, and its count is
    the catalogue's (a new rule is a YAML entry and a README row)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| ([A-Z]\d{3}) \|", readme, re.M))
    cat = load_catalog()
    assert set(cat) - rows == set(), f"rules without a README row: {sorted(set(cat) - rows)}"
    assert rows - set(cat) == set(), f"README rows of no rule: {sorted(rows - set(cat))}"
    preview = sum(1 for r in cat.values() if r.preview)
    assert f"bnqa has {len(cat)} rules: {len(cat) - preview} on by default and {preview} preview rules" in readme
