"""Residue of Markdown or HTML in plain-text prose. In Markdown and HTML files the markup is
the file's own syntax (bnqa.markup segments it away), so these checks only look at plain text.
Also the residue of annotated corpora (Penn Treebank bracket tokens and empty-element traces),
which is never anybody's syntax in prose."""
from __future__ import annotations

import html

import regex

from ..engine import Hit

_EMPHASIS_RE = regex.compile(
    r"(?<![\w*\\])(?P<m>\*{1,2}|_{1,2})(?=[^\s*_])(?P<inner>[^*_\n]{1,300}?)(?<=[^\s*_\\])(?P=m)(?![\w*])")
_LONE_STAR_RE = regex.compile(r"(?m)^[ \t]*\*{1,2}[ \t]*\r?$")
_ENTITY_RE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
_TAG_RE = regex.compile(
    r"</?(?:p|br|div|span|b|i|u|em|strong|a|img|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|blockquote|"
    r"sup|sub|font|center|hr|iframe|script|style|figure|figcaption|section|article|header|footer|nav)"
    r"(?:\s[^<>\n]{0,300})?/?>", regex.IGNORECASE)
_MD_HEADING_RE = regex.compile(r"(?m)^(?P<span>#{1,6}[ \t]+)(?=\S)")
# Penn Treebank residue: bracket tokens (-LRB- … -RCB-, a dash on at least one side so that
# the acronyms RRB or LCB alone are left alone; RRB-2024 too: only a Bengali digit may follow) and empty-element traces (*-1, *T*-2, *U*, *?*)
_PTB_BRACKETS = {"LRB": "(", "RRB": ")", "LSB": "[", "RSB": "]", "LCB": "{", "RCB": "}"}
_PTB_BRACKET_RE = regex.compile(
    r"(?:-(?P<a>[LR][RSC]B)-?|(?<![\p{L}\p{N}])(?P<b>[LR][RSC]B)-)(?![\p{L}0-9])")
_PTB_TRACE_RE = regex.compile(
    r"(?<![\p{L}\p{N}*])\*(?:(?:T|U|EXP|ICH|RNR|PPA|NOT|\?)\*(?:-[0-9]{1,3})?|-[0-9]{1,3})(?![\p{L}\p{N}*])")
_MD_LINK_RE = regex.compile(r"(?<!!)\[(?P<text>[^\]\n]{1,200})\]\((?P<url>(?:https?://|www\.|/)[^)\s]{1,500})\)")


def is_trace(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a treebank trace such as *T*-1 (or its starred head *T*)."""
    m = _PTB_TRACE_RE.match(text, start)
    return bool(m) and m.end() >= end


def _plain(ctx) -> bool:
    return ctx.kind == "text"


def emphasis_markers(ctx, rule):
    """M001: *text*, **text**, _text_ left from Markdown."""
    if not _plain(ctx):
        return
    for m in _EMPHASIS_RE.finditer(ctx.text):
        inner = m.group("inner")
        if not regex.search(r"[\p{L}]", inner):
            continue
        if m.group("m")[0] == "_" and not regex.search(r"[\u0980-\u09FF]", inner):
            continue  # _identifiers_ in English or code
        if is_trace(ctx.text, m.start(), m.end()):
            continue  # *T*-1: a treebank trace (M006)
        yield Hit(m.start(), m.end(), inner, args={"marker": m.group("m")})


def lone_asterisk(ctx, rule):
    """M002: a line holding only * or ** (form field markers, list bullets that lost their item)."""
    if not _plain(ctx):
        return
    text = ctx.text
    for m in _LONE_STAR_RE.finditer(text):
        s, e = m.span()
        star = text.index("*", s)
        # delete the whole line with its line break
        if e < len(text) and text[e] == "\n":
            edits = [(s, e + 1, "")]
        elif s > 0:
            edits = [(s - 1, e, "")]
        else:
            edits = [(s, e, "")]
        yield Hit(star, star + len(text[star:e].strip()), edits=edits)


def html_entity(ctx, rule):
    """M003: &nbsp;, &amp;, &#39; ... written out in plain text."""
    if not _plain(ctx):
        return
    for m in _ENTITY_RE.finditer(ctx.text):
        ent = m.group()
        if ent.lower() == "&nbsp;" or ent in ("&#160;", "&#xa0;", "&#xA0;"):
            rep = " "
        else:
            rep = html.unescape(ent)
            if rep == ent:
                continue  # not an entity HTML knows
            if not rep.isprintable() and rep not in "\t":
                rep = None
        yield Hit(m.start(), m.end(), rep, args={"entity": ent})


def html_tag(ctx, rule):
    """M004: HTML tags in plain text. bnqa's own <!-- bnqa: ... --> comments are not tags."""
    if not _plain(ctx):
        return
    for m in _TAG_RE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), args={"tag": m.group()[:40]})


def markdown_syntax(ctx, rule):
    """M005: Markdown headings (## ...) and links [text](url) in plain text."""
    if not _plain(ctx):
        return
    text = ctx.text
    for m in _MD_HEADING_RE.finditer(text):
        yield Hit(m.start("span"), m.end("span"), "", args={"syntax": m.group("span").strip()})
    for m in _MD_LINK_RE.finditer(text):
        yield Hit(m.start(), m.end(), m.group("text"), applicability="unsafe", args={"syntax": "[…](…)"})


def treebank_residue(ctx, rule):
    """M006: Penn Treebank bracket tokens (-LRB-) and traces (*T*-1) left in translated corpora."""
    text = ctx.text
    if "B" not in text and "*" not in text:
        return
    for m in _PTB_BRACKET_RE.finditer(text):
        tok = m.group("a") or m.group("b")
        if tok in _PTB_BRACKETS:
            yield Hit(m.start(), m.end(), _PTB_BRACKETS[tok], args={"token": m.group()})
    for m in _PTB_TRACE_RE.finditer(text):
        s, e = m.start(), m.end()
        # the trace goes with one of the spaces around it
        if e < len(text) and text[e] in " \t":
            e += 1
        elif s > 0 and text[s - 1] in " \t":
            s -= 1
        yield Hit(s, e, "", args={"token": m.group()})
