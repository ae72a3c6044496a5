"""Markdown/HTML segmentation: nothing inside code is checked, every offset is a source offset."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bnqa.catalog import select_rules
from bnqa.engine import Linter, check_text
from bnqa.fixes import fix_text
from bnqa.markup import PLACEHOLDER, segment_html, segment_markdown
from bnqa.source import Source, segment

from .conftest import ROOT

MD = ROOT / "corpora" / "markup" / "article.md"
HTML = ROOT / "corpora" / "markup" / "article.html"
STABLE = ["P001", "P002", "S001", "S002"]

# (code, flagged source text, the 6 source characters before it) for the planted errors; the
# same prose is in both documents, so both must give the same list
EXPECTED = [
    ("P001", ".", "ট লিখব"),
    ("S002", "।", " খুলুন"),
    ("P002", "৷", " চালান"),
    ("S001", " ", "কী আসে"),
    ("S002", ",", " পড়ুন"),
    ("P001", ".", " দেখুন"),
    ("P001", ".", "বপূর্ণ"),
    ("S001", " ", " লিখুন"),
    ("P001", ".", "াজ করে"),
    ("P001", ".", "ষা হয়"),
]


def _code_regions_md(src: str) -> list[tuple[int, int]]:
    pats = [
        r"\A---\n.*?\n---\n",                      # front matter
        r"^```.*?^```",                            # fenced code
        r"(?:^    [^\n]*\n)+",                      # indented code
        r"`[^`\n]+`",                              # inline code
        r"\]\([^)]*\)",                            # link and image targets
        r"<https?://[^>]+>",                       # autolinks
        r"<!--.*?-->",                             # comments
        r"https?://\S+",                           # bare URLs
    ]
    return [m.span() for p in pats for m in re.finditer(p, src, re.M | re.S)]


def _code_regions_html(src: str) -> list[tuple[int, int]]:
    pats = [r"<head>.*?</head>", r"<pre>.*?</pre>", r"<code>.*?</code>", r"<kbd>.*?</kbd>",
            r"<!--.*?-->", r"<[^>]*>", r"https?://[^\s<]+"]
    return [m.span() for p in pats for m in re.finditer(p, src, re.S)]


DOCS = [(MD, "markdown", _code_regions_md), (HTML, "html", _code_regions_html)]


def _inside(offset: int, regions) -> bool:
    return any(s <= offset < e for s, e in regions)


@pytest.mark.parametrize("path,kind,regions_of", DOCS, ids=["markdown", "html"])
def test_view_spans_are_verbatim_and_skip_code(path, kind, regions_of):
    src = path.read_text(encoding="utf-8")
    view = segment(Source(path.name, src, kind=kind))
    regions = regions_of(src)
    assert view.spans, "no prose extracted"
    for vs, ss, n in view.spans:
        assert view.text[vs:vs + n] == src[ss:ss + n]
        for s, e in regions:
            assert ss + n <= s or ss >= e, f"span {src[ss:ss + n]!r} overlaps code/markup {src[s:e]!r}"
    # the prose is really there
    for phrase in ("কীভাবে ছোট স্ক্রিপ্ট লিখবেন", "আমাদের নির্দেশিকা", "মোটা লেখা", "খুব দ্রুত কাজ করে"):
        assert phrase in view.text
    # code is not
    for phrase in ("echo", "print", "কোডের ভেতরের", "Ctrl", "example.com", "photo"):
        assert phrase not in view.text


@pytest.mark.parametrize("path,kind,regions_of", DOCS, ids=["markdown", "html"])
def test_planted_errors_have_source_offsets(path, kind, regions_of):
    src = path.read_text(encoding="utf-8")
    diags = check_text(src, path.name, kind=kind, select=STABLE)
    got = [(d.code, src[d.offset:d.offset + d.length], src[max(0, d.offset - 6):d.offset]) for d in diags
           if d.code in STABLE]
    last = {"markdown": ("P001", ".", " রাখুন"), "html": ("P001", ".", "sp;এখন")}[kind]
    assert got == EXPECTED + [last]
    for d in diags:
        assert d.fix is not None
        for e in d.fix.edits:
            assert not _inside(e.offset, regions_of(src))


@pytest.mark.parametrize("path,kind,regions_of", DOCS, ids=["markdown", "html"])
def test_no_rule_fires_inside_code(path, kind, regions_of):
    """Every rule, preview ones too: nothing inside code, URLs, front matter or tags."""
    src = path.read_text(encoding="utf-8")
    regions = regions_of(src)
    lin = Linter(select_rules(select=["ALL"], preview=True))
    diags = lin.check_source(Source(path.name, src, kind=kind))
    assert diags
    for d in diags:
        assert 0 <= d.offset <= d.end <= len(src)
        assert not _inside(d.offset, regions), (d.code, src[d.offset:d.end + 10])
        if d.fix is not None:
            for e in d.fix.edits:
                assert not any(e.offset < t and e.end > s for s, t in regions), (d.code, e)


@pytest.mark.parametrize("path,kind,regions_of", DOCS, ids=["markdown", "html"])
def test_fixes_leave_code_untouched(path, kind, regions_of):
    src = path.read_text(encoding="utf-8")
    lin = Linter(select_rules(select=STABLE))

    def check(t):
        return lin.check_source(Source(path.name, t, kind=kind))

    new, applied, remaining = fix_text(src, check)
    assert len(applied) == len(EXPECTED) + 1
    assert remaining == []
    # the code, URLs and markup of the original survive byte for byte
    for s, e in regions_of(src):
        assert src[s:e] in new
    assert "খুলুন। তারপর" in new and "প্রশ্ন থাকলে" in new


def test_bnqa_comments_still_suppress_in_markdown():
    src = MD.read_text(encoding="utf-8")
    diags = check_text(src, "a.md", kind="markdown", select=["P001"])
    line = next(i for i, l in enumerate(src.splitlines()) if "ইচ্ছে করে" in l)
    assert all(src.count("\n", 0, d.offset) != line for d in diags)
    # without the comment the line is flagged
    src2 = src.replace("<!-- bnqa: ignore P001 -->\n", "")
    assert len(check_text(src2, "a.md", kind="markdown", select=["P001"])) == len(diags) + 1


def test_markdown_details():
    src = "# শিরোনাম\r\n\r\nতিনি এলেন &amp; বসলেন \\* তারপর `x .` গেলেন .\r\nআবার এলেন।\r\n"
    v = segment_markdown(src)
    assert "তিনি এলেন & বসলেন * তারপর " + PLACEHOLDER + " গেলেন .\nআবার এলেন।" in v.text
    assert "শিরোনাম\n\nতিনি" in v.text
    d = check_text(src, kind="markdown", select=["S001"])
    assert [(src[x.offset:x.end], src[x.offset - 5:x.offset]) for x in d] == [(" ", "গেলেন")]
    # a decoded entity is never edited and an escaped character maps to itself
    i = v.text.index("*")
    assert v.to_source_range(i, i + 1) == (src.index("\\*") + 1, src.index("\\*") + 2)
    j = v.text.index("&")
    assert v.to_source_range(j, j + 1) is None


def test_front_matter_and_toml_front_matter_are_skipped():
    for fm in ("---\ntitle: এক.\n---\n", "+++\ntitle = \"এক.\"\n+++\n"):
        src = fm + "\nবাক্যটি শেষ হল.\n"
        v = segment_markdown(src)
        assert v.text == "বাক্যটি শেষ হল."
        [d] = check_text(src, kind="markdown", select=["P001"])
        assert d.offset == src.rindex(".")


def test_html_entities_whitespace_and_malformed_input():
    src = "<p>এক&nbsp;দুই   তিন\n   চার &#2404; পাঁচ <b>ছয়</b> .</p><p>সাত<br>আট<div>নয়"
    v = segment_html(src)
    assert v.text == "এক দুই তিন চার । পাঁচ ছয় .\n\nসাত\nআট\n\nনয়"
    # the space before an entity danda and the space before the full stop, both verbatim
    d1, d2 = check_text(src, kind="html", select=["S001"])
    assert src[d1.offset - 3:d1.offset] == "চার" and src[d1.end:d1.end + 7] == "&#2404;"
    assert src[d2.offset - 6:d2.offset] == "য়</b>" and src[d2.offset:d2.end] == " "
    for bad in ("<p>ক<", "<scr", "<!-- খ", "<p a='>গ", "&#99999999;", "<svg><p>ঘ</svg>", "</p></div>ঙ"):
        v = segment_html(bad)
        for vs, ss, n in v.spans:
            assert v.text[vs:vs + n] == bad[ss:ss + n]


MD_ALPHABET = st.sampled_from(list("কখগ আএ।.,*_`#>-[]()!<>&;\\\n|~") + ["```", "    ", "<!--", "-->", "http://x.y",
                                                                        "&amp;", "<b>", "</b>", "---\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(MD_ALPHABET, max_size=60).map("".join))
def test_segmentation_never_breaks_the_span_contract(src):
    for view in (segment_markdown(src), segment_html(src)):
        last = -1
        for vs, ss, n in view.spans:
            assert vs > last
            last = vs
            assert view.text[vs:vs + n] == src[ss:ss + n]
