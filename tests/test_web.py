"""The web page in headless Chromium: paste a seed paragraph, see the underlines, apply a fix,
apply all safe fixes, read back the corrected text. Saves docs/screenshot.png."""
from __future__ import annotations

import os
import shutil

import pytest

from bnqa.engine import Linter
from bnqa.fixes import apply_once
from bnqa.source import Source

from .conftest import ROOT, SEEDS
from .test_server import server  # noqa: F401 - the real server fixture

CHROMIUM = os.environ.get("BNQA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _paragraph() -> str:
    """A seed paragraph with a fixable P001 or P002 finding, another safe fix (for "fix all") and
    a few other findings."""
    lin = Linter()
    best = None
    for seed in SEEDS:
        for para in seed.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if not 150 < len(para) < 900:
                continue
            diags = lin.check_source(Source("-", para))
            safe = [d for d in diags if d.fix and d.fix.applicability == "safe"]
            if any(d.code in ("P001", "P002") for d in safe) and len(safe) >= 2:
                if best is None or len(diags) > best[1]:
                    best = (para, len(diags))
    assert best is not None, "no seed paragraph with a P001/P002 finding"
    return best[0]


@pytest.fixture(scope="module")
def browser():
    # a skip fails CI (.ci/run sets BNQA_NO_SKIPS=1, see conftest.py)
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright import sync_api  # a test extra
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def test_paste_underline_fix_read_back(server, browser):  # noqa: F811
    para = _paragraph()
    lin = Linter()
    diags = lin.check_source(Source("-", para))
    page = browser.new_page(viewport={"width": 1280, "height": 760})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append("request failed: " + r.url))
    page.goto(server + "/")
    page.fill("#draft", para)          # like a paste: fires input, the page checks by itself
    page.wait_for_function(f"document.querySelectorAll('#issues li').length === {len(diags)}", timeout=20000)

    # every issue is underlined in place: the marks cover exactly the flagged text
    marks = page.eval_on_selector_all("#backdrop mark", "ms => ms.map(m => [m.dataset.i, m.textContent])")
    assert marks
    for i, txt in marks:
        d = diags[int(i)]
        assert txt == para[d.offset:d.end]
    codes = page.eval_on_selector_all("#issues li", "ls => ls.map(l => l.dataset.code)")
    assert codes == [d.code for d in diags]

    # clicking on the underlined character opens its Bengali explanation
    target = next(i for i, d in enumerate(diags) if d.code in ("P001", "P002") and d.fix)
    d = diags[target]
    page.click("#draft")
    page.evaluate("(o) => { const t = document.getElementById('draft'); t.setSelectionRange(o, o);"
                  " t.dispatchEvent(new MouseEvent('click', {bubbles: true})); }", d.offset)
    card = page.locator(f'#issues li[data-i="{target}"]')
    page.wait_for_function(f"document.querySelector('#issues li[data-i=\"{target}\"]').classList.contains('active')")
    assert card.locator("details.explanation").get_attribute("open") is not None
    expl = card.locator(".explain-text").inner_text()
    assert "দাঁড়ি" in expl and "ভুল" in expl
    shot = ROOT / "docs" / "screenshot.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))

    # one click applies that fix
    card.locator("button.apply").click()
    expected = para[:d.offset] + "।" + para[d.end:]
    page.wait_for_function("(exp) => document.getElementById('draft').value === exp", arg=expected, timeout=10000)
    page.wait_for_function(f"document.querySelectorAll('#issues li').length === {len(diags) - 1}", timeout=20000)

    # all safe fixes at once: the same text `bnqa check --fix` would write
    page.click("#fix-all")
    new, applied = expected, True
    while applied:
        new2, applied = apply_once(new, lin.check_source(Source("-", new)))
        applied = applied and new2 != new
        new = new2
    page.wait_for_function("(exp) => document.getElementById('draft').value === exp", arg=new, timeout=20000)
    final = page.input_value("#draft")
    assert not [x for x in lin.check_source(Source("-", final)) if x.fix and x.fix.applicability == "safe"]
    assert not errors, errors
    page.close()
