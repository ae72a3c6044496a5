"""``bnqa report``: a self-contained HTML report ranking articles by score."""
from __future__ import annotations

import html
import re
import shutil

from click.testing import CliRunner

from bnqa.cli import main
from bnqa.engine import Linter
from bnqa.score import count_words, score_diagnostics
from bnqa.source import read_source, segment

from .conftest import ROOT, SEEDS


def test_report_ranks_articles_and_is_self_contained(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in SEEDS:
        shutil.copy(p, folder / p.name)
    shutil.copy(ROOT / "corpora" / "markup" / "article.md", folder / "code.md")
    (folder / "clean.txt").write_text("আমি ভাত খাই।\n", encoding="utf-8")
    out = tmp_path / "report.html"
    r = CliRunner().invoke(main, ["report", str(folder), "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")

    # nothing is fetched: no scripts, stylesheets, images or fonts from anywhere
    assert not re.search(r"<script|<link|<img|@import|url\(", page)
    assert "<svg" in page and "<rect" in page

    # ranked by the document score, worst first, as score.py computes it
    lin = Linter()
    scores = {}
    for f in sorted(folder.iterdir()):
        src = read_source(f)
        src.kind = {"md": "markdown"}.get(f.suffix[1:], "text")
        view = segment(src)
        scores[str(f)] = score_diagnostics(lin.check_view(view, src.text, str(f), src.kind),
                                           count_words(view.text))["score"]
    ranked = sorted(scores, key=lambda f: (-scores[f], f))
    table = page[page.index("<tbody>"):page.index("</tbody>")]
    order = [html.unescape(m) for m in re.findall(r"<a href='#a\d+'>([^<]+)</a>", table)]
    assert order == ranked
    assert f"{scores[ranked[0]]:.1f}" in table

    # each article: issues highlighted and fixes suggested
    seed = SEEDS[0]
    diags = lin.check_view(segment(read_source(seed)), seed.read_text(encoding="utf-8"))
    art = page[page.index(html.escape(str(folder / seed.name)) + "</h2>"):]
    art = art[:art.index("</article>")]
    pos, shown = 0, 0
    for d in sorted(diags, key=lambda d: (d.offset, -d.length)):  # overlapping issues share a mark
        if d.offset >= pos:
            shown, pos = shown + 1, d.end
    assert art.count("<mark") == shown > 0
    assert art.count("<li>") == len(diags)
    assert "<del>.</del> → <ins>।</ins>" in art or "<del>৷</del> → <ins>।</ins>" in art
    # code in the Markdown article is not reported
    code_art = page[page.index("code.md</h2>"):]
    code_art = code_art[:code_art.index("</article>")]
    assert "print(" in code_art and "print(" not in "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", code_art))


def test_report_english_and_unreadable_file(tmp_path):
    (tmp_path / "a.txt").write_text("তিনি এলেন.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    out = tmp_path / "r.html"
    r = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(out), "--lang", "en", "--select", "P001"])
    assert r.exit_code == 2
    page = out.read_text(encoding="utf-8")
    assert "Issues by category" in page and "punctuation" in page
    assert "could not be read" in page and "P001" in page


def test_report_explains_every_rule_it_reports_and_links_issues_to_it(tmp_path):
    """The explanation shown by `bnqa rule CODE` (what it flags, why, a bad and a good example)
    is in the report for each rule that found something, and only for those."""
    from bnqa.catalog import select_rules

    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / SEEDS[0].name)
    for lang, heading in (("bn", "নিয়মের ব্যাখ্যা"), ("en", "Rule explanations")):
        out = tmp_path / f"report-{lang}.html"
        r = CliRunner().invoke(main, ["report", str(folder), "-o", str(out), "--lang", lang])
        assert r.exit_code == 0, r.output
        page = out.read_text(encoding="utf-8")
        used = set(re.findall(r"<a class='code' href='#rule-([A-Z]\d{3})'>", page))
        explained = set(re.findall(r"<details class='rule' id='rule-([A-Z]\d{3})'>", page))
        assert heading in page and used and used == explained
        rules = {x.code: x for x in select_rules()}
        for code in used:
            section = page[page.index(f"id='rule-{code}'>"):]
            section = section[:section.index("</details>")]
            assert html.escape(rules[code].explanation[lang].strip(), quote=True) in section
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "clean.txt").write_text("আমি ভাত খাই।\n", encoding="utf-8")
    out = tmp_path / "clean.html"
    assert CliRunner().invoke(main, ["report", str(empty), "-o", str(out)]).exit_code == 0
    assert "<details class='rule'" not in out.read_text(encoding="utf-8")
