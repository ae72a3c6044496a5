from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bnqa import check_text
from bnqa.catalog import select_rules
from bnqa.cli import main
from bnqa.diagnostics import LineIndex

from .conftest import SEEDS, clean_files


def run(*args, input=None):
    r = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return r


def test_json_contract_on_seeds():
    r = run("check", "--output-format", "json", *map(str, SEEDS))
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data
    texts = {str(p): p.read_text(encoding="utf-8") for p in SEEDS}
    keys = {"code", "name", "category", "severity", "message", "filename", "location", "end_location",
            "offset", "length", "fix", "url"}
    for d in data:
        assert keys <= set(d)
        text = texts[d["filename"]]
        idx = LineIndex(text)
        assert (d["location"]["row"], d["location"]["column"]) == idx.location(d["offset"])
        assert (d["end_location"]["row"], d["end_location"]["column"]) == idx.location(d["offset"] + d["length"])
        if d["fix"]:
            assert d["fix"]["applicability"] in ("safe", "unsafe")
            for e in d["fix"]["edits"]:
                assert (e["location"]["row"], e["location"]["column"]) == idx.location(e["offset"])


def test_every_u09f7_and_period_danda_in_seeds_found():
    r = run("check", "--output-format", "json", "--select", "P001,P002", *map(str, SEEDS))
    data = json.loads(r.stdout)
    for p in SEEDS:
        text = p.read_text(encoding="utf-8")
        got = {d["offset"] for d in data if d["filename"] == str(p) and d["code"] == "P002"}
        assert got == {i for i, c in enumerate(text) if c == "\u09f7"}
        for d in data:
            if d["filename"] == str(p):
                assert text[d["offset"]:d["offset"] + d["length"]] in (".", "\u09f7")
                assert d["fix"]["edits"][0]["content"] == "।"
    # every sentence-final '.' after a Bengali word in the seeds
    p001 = [d for d in data if d["code"] == "P001"]
    assert len(p001) >= 9


def test_exit_codes_and_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("আমি ভাত খাই।\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("আমি ভাত খাই.\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    assert run("check", str(good)).exit_code == 0
    assert run("check", str(bad)).exit_code == 1
    assert run("check", "--exit-zero", str(bad)).exit_code == 0
    r = run("check", "--output-format", "json", str(good), str(latin1), str(bad))
    assert r.exit_code == 2
    assert "latin1.txt" in r.stderr and "UTF-8" in r.stderr
    data = json.loads(r.stdout)
    assert [d["filename"] for d in data] == [str(bad)]
    assert run("check", str(tmp_path / "missing.txt")).exit_code == 2


def test_bad_inputs_each_named(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "bom.txt").write_bytes("\ufeffআমি ভাত খাই.".encode("utf-8"))
    r = run("check", "--output-format", "json", str(tmp_path))
    assert r.exit_code == 2
    assert "bin.txt" in r.stderr and "binary" in r.stderr
    data = json.loads(r.stdout)
    assert [d["code"] for d in data] == ["P001"]
    assert data[0]["offset"] == len("আমি ভাত খাই")  # BOM is not part of the text


def test_stdin_and_lang():
    r = run("check", "-", "--stdin-filename", "draft.txt", "--output-format", "concise", "--lang", "en",
            input="আমি ভাত খাই.".encode("utf-8"))
    assert r.exit_code == 1
    assert r.stdout.startswith("draft.txt:1:12: P001") and "danda" in r.stdout


def test_selection():
    codes = {r.code for r in select_rules(select=["P"])}
    assert codes and all(c.startswith("P") for c in codes)
    codes = {r.code for r in select_rules(ignore=["P001"])}
    assert "P001" not in codes and "P002" in codes
    assert run("check", "--select", "NOPE", "-").exit_code == 2


def test_inline_suppression():
    text = "<!-- bnqa: ignore P001 -->\nআমি ভাত খাই.\nতুমি ভাত খাও.\n"
    assert [d.offset for d in check_text(text)] == [text.index("খাও.") + 3]
    text = "<!-- bnqa: disable P001 -->\nআমি ভাত খাই.\n<!-- bnqa: enable P001 -->\nতুমি ভাত খাও.\n"
    assert [d.offset for d in check_text(text)] == [text.index("খাও.") + 3]


def test_config_file(tmp_path):
    (tmp_path / "bnqa.toml").write_text('ignore = ["P001"]\n', encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("আমি ভাত খাই.\n", encoding="utf-8")
    assert run("check", str(f)).exit_code == 0
    (tmp_path / "bnqa.toml").write_text('ignore = 3\n', encoding="utf-8")
    r = run("check", str(f))
    assert r.exit_code == 2 and "bnqa.toml" in r.stderr


def test_rules_and_rule_commands():
    r = run("rules", "--output-format", "json")
    data = json.loads(r.stdout)
    assert {"P001", "P002", "S001", "S002"} <= {d["code"] for d in data}
    r = run("rule", "P001")
    assert "ভুল" in r.stdout and "ঠিক" in r.stdout
    assert run("rule", "X999").exit_code == 2


@pytest.mark.skipif(not clean_files(), reason="shared clean corpora not present")
def test_no_p001_on_clean_text():
    """P001 raises no false alarm on clean text; the three real full-stop errors in Tatoeba
    are listed in corpora/clean_known_errors/ and are found."""
    from benchmarks.false_alarms import measure

    res = measure(clean_files()[0].parent, select=["P001"])
    assert res["false_alarms"] == 0, res["per_rule"]
    assert res["known_errors_excluded"] == 3


def test_doc_for_text_over_spacys_default_max_length():
    # spaCy refuses texts over 1,000,000 characters unless nlp.max_length is raised; a rule that
    # needs the Doc must still work on a long article (files up to 20 MiB are accepted).
    from bnqa.nlp import make_doc

    text = "আমি ভাত খাই। " * 90_000  # 1.17 million characters
    doc = make_doc(text)
    assert len(text) > 1_000_000
    assert doc[-1].text == "।" and len(list(doc.sents)) == 90_000


def test_catalog_loader_reads_what_safe_load_reads():
    """The catalogue is read with libyaml's loader for speed: it must give every rule file exactly
    the data of ``yaml.safe_load``, and the wheel's PyYAML must have it (else cold starts slow)."""
    import yaml

    from bnqa.catalog import rules_dir

    assert hasattr(yaml, "CSafeLoader")
    for path in sorted(rules_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.safe_load(text), path.name


def test_known_errors_name_their_line():
    """Each listed real error of the clean corpora names a piece of its line long enough to
    find that line alone: an entry of a letter or two (or none) would excuse every hit of its
    rule in the file, false alarms included."""
    from benchmarks.false_alarms import known_errors

    short = [k for k in known_errors() if len(str(k["line"]).strip()) < 6]
    assert short == []
