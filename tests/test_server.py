"""``bnqa serve``: the real server (uvicorn in a subprocess) spoken to by language_tool_python
and by raw HTTP requests shaped like LibreOffice's, LTeX's and the browser extension's."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import unicodedata

import pytest

httpx = pytest.importorskip("httpx")

from bnqa.engine import Linter  # noqa: E402
from bnqa.server import _replacement  # noqa: E402
from bnqa.source import Source  # noqa: E402

from .conftest import ROOT, SEEDS  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "bnqa.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--max-body", "200000", "--allow-origin", "chrome-extension://ltextension"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("bnqa serve exited: " + proc.stderr.read().decode())
        try:
            if httpx.get(url + "/v2/healthcheck", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("bnqa serve did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _expected(text: str):
    diags = Linter().check_source(Source("-", text))
    out = []
    for d in diags:
        s, e, reps = _replacement(d, text)
        out.append((d.code, s, e - s, reps))
    return diags, out


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_language_tool_python_gets_bnqa_matches(server, seed):
    import language_tool_python

    text = seed.read_text(encoding="utf-8")
    tool = language_tool_python.LanguageTool("bn-BD", remote_server=server)
    try:
        matches = tool.check(text)
    finally:
        tool.close()
    diags, expected = _expected(text)
    assert expected, "the seed should have findings"
    got = [(m.rule_id, m.offset, m.error_length, m.replacements) for m in matches]
    assert got == expected
    for m, d in zip(matches, diags):
        assert m.message == unicodedata.normalize("NFKC", d.message)
    # the stable punctuation rules point exactly at the offending character and replace it
    stable = [m for m in matches if m.rule_id in ("P001", "P002")]
    assert stable
    for m in stable:
        assert text[m.offset:m.offset + m.error_length] in (".", "৷")
        assert m.replacements == ["।"]
    # applying the client's corrections removes the stable findings
    fixed = language_tool_python.utils.correct(text, [m for m in matches if m.rule_id in ("P001", "P002", "S001")])
    assert not [d for d in Linter().check_source(Source("-", fixed)) if d.code in ("P001", "P002")]


def test_offsets_are_utf16_code_units(server):
    text = "😀🎉 আমি এলাম. তুমি গেলে ।"
    r = httpx.post(server + "/v2/check", data={"text": text, "language": "bn", "enabledRules": "P001,S001",
                                                 "enabledOnly": "true"})
    ms = r.json()["matches"]
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in ms] == [("P001", 13, 1), ("S001", 24, 1)]
    u16 = text.encode("utf-16-le")
    assert u16[2 * 13:2 * 14].decode("utf-16-le") == "."
    # and language_tool_python turns them back into code points
    import language_tool_python

    tool = language_tool_python.LanguageTool("bn", remote_server=server)
    tool.enabled_rules_only = True
    tool.enabled_rules = {"P001"}
    try:
        [m] = tool.check(text)
    finally:
        tool.close()
    assert text[m.offset] == "."


def test_languages_and_rule_parameters(server):
    langs = httpx.get(server + "/v2/languages").json()
    assert {x["longCode"] for x in langs} == {"bn", "bn-BD", "bn-IN"}
    text = "আমি এলাম. তুমি গেলে ।"
    base = {"text": text, "language": "bn-IN"}

    def ids(**kw):
        return [m["rule"]["id"] for m in httpx.post(server + "/v2/check", data=base | kw).json()["matches"]]

    assert {"P001", "S001"} <= set(ids())
    assert "P001" not in ids(disabledRules="P001")
    assert ids(enabledRules="S001", enabledOnly="true") == ["S001"]
    assert ids(enabledCategories="PUNCTUATION", enabledOnly="true") == ["P001"]
    assert "S001" not in ids(disabledCategories="TYPOGRAPHY")
    assert ids(disabledRules="NOT_A_BNQA_RULE,WHITESPACE_RULE")  # LanguageTool ids are ignored
    assert ids(language="auto")


def test_annotation_data_and_json_labelled_form_bodies(server):
    data = {"annotation": [
        {"markup": "<p>"}, {"text": "আমি এলাম."}, {"markup": "</p>\n<p>", "interpretAs": "\n\n"},
        {"markup": "<code>x .</code>", "interpretAs": "\uFFFC"}, {"text": " তুমি গেলে ।"}, {"markup": "</p>"},
    ]}
    doc = "".join(x.get("text", x.get("markup")) for x in data["annotation"])
    # LTeX sends a form-encoded body even when it says JSON
    import urllib.parse

    body = urllib.parse.urlencode({"data": json.dumps(data, ensure_ascii=False), "language": "bn-BD",
                                   "enabledRules": "P001,S001", "enabledOnly": "true"})
    r = httpx.post(server + "/v2/check", content=body.encode(), headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    ms = r.json()["matches"]
    got = [(m["rule"]["id"], doc[m["offset"]:m["offset"] + m["length"]]) for m in ms]
    assert got == [("P001", "."), ("S001", " ")]
    assert doc.index("ম.") + 1 == ms[0]["offset"] and ms[1]["offset"] == doc.index(" ।")
    # a real JSON body works too, and multipart
    r = httpx.post(server + "/v2/check", json={"text": "আমি এলাম.", "language": "bn"})
    assert [m["rule"]["id"] for m in r.json()["matches"]] == ["P001"]
    r = httpx.post(server + "/v2/check", files={"text": (None, "আমি এলাম."), "language": (None, "bn")})
    assert "P001" in [m["rule"]["id"] for m in r.json()["matches"]]


def test_bad_requests_and_limits(server):
    post = lambda **kw: httpx.post(server + "/v2/check", **kw)  # noqa: E731
    for kw in ({"data": {"text": "আমি"}}, {"data": {"language": "bn"}}, {"data": {"text": "x", "language": "de-DE"}},
               {"data": {"data": "{not json", "language": "bn"}}, {"data": {"data": "[1,2]", "language": "bn"}},
               {"data": {"data": '{"annotation":[{"foo":1}]}', "language": "bn"}},
               {"content": b"\xff\xfe", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
               {"content": b'{"text": ', "headers": {"Content-Type": "application/json"}},
               {"data": {"text": "x", "language": "bn", "enabledOnly": "true"}}):
        r = post(**kw)
        assert r.status_code == 400, (kw, r.text)
        assert "error" in r.json()
    r = post(content=b"text=" + b"a" * 300_000 + b"&language=bn")
    assert r.status_code == 413 and "error" in r.json()
    assert httpx.get(server + "/nowhere").status_code == 404
    assert httpx.delete(server + "/v2/check").status_code == 405
    # still alive, and GET works as in LanguageTool
    r = httpx.get(server + "/v2/check", params={"text": "আমি এলাম.", "language": "bn"})
    assert r.status_code == 200 and r.json()["matches"]


def test_cors_for_the_browser_extension(server):
    origin = "chrome-extension://ltextension"
    r = httpx.options(server + "/v2/check", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    assert r.headers.get("access-control-allow-origin") == origin
    r = httpx.post(server + "/v2/check", data={"text": "আমি।", "language": "bn"}, headers={"Origin": origin})
    assert r.headers.get("access-control-allow-origin") == origin
    r = httpx.post(server + "/v2/check", data={"text": "আমি।", "language": "bn"},
                   headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_bnqa_endpoints_for_the_web_page(server):
    rules = httpx.get(server + "/api/rules").json()
    p001 = next(r for r in rules if r["code"] == "P001")
    assert p001["explanation"]["bn"] and p001["message"]["bn"]
    text = "# শিরোনাম\n\nআমি এলাম. `x .` তুমি গেলে ।\n"
    r = httpx.post(server + "/api/check", json={"text": text, "kind": "markdown", "select": ["P001", "S001"]})
    body = r.json()
    got = [(d["code"], text[d["offset"]:d["offset"] + d["length"]]) for d in body["diagnostics"]]
    assert got == [("P001", "."), ("S001", " ")]
    assert body["score"]["diagnostics"] == 2
    page = httpx.get(server + "/")
    assert page.status_code == 200 and "<textarea" in page.text
    assert "http://" not in page.text.replace("http://www.w3.org", "") and "https://" not in page.text
