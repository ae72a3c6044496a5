"""Markup-aware segmentation: the prose of a Markdown or HTML file as a ``TextView``.

Every character of the view either is a verbatim copy of a source character (it lies in a
``TextView`` span, so diagnostics and fixes on it map back to exact source offsets) or was
inserted by segmentation (block separators ``"\\n\\n"``, a line break for a soft break, a
decoded entity, a single space for collapsed HTML whitespace, or ``PLACEHOLDER`` standing in
for inline code, images and URLs). Inserted text is never edited: a fix touching it is dropped.

What is left out of the view:

* Markdown (markdown-it-py, CommonMark + tables + strikethrough, with its block source maps):
  fenced and indented code, inline code, link and image targets, autolinks and bare URLs,
  YAML/TOML front matter, HTML comments and tags (HTML blocks are segmented as HTML).
* HTML (the standard library's ``html.parser``): tags, comments, ``script``, ``style``,
  ``pre``, ``code``, ``kbd``, ``samp``, ``textarea``, ``template``, ``svg``, ``math``,
  ``head``; runs of HTML whitespace collapse to one (inserted) space as a browser would.

bnqa's own suppression comments (``<!-- bnqa: ... -->``) are read by the engine from the
source text, so dropping comments from the view does not disable them.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .source import Source, TextView

PLACEHOLDER = "\uFFFC"  # OBJECT REPLACEMENT CHARACTER: stands for code, images and URLs
BLOCK_SEP = "\n\n"

URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]\"'`]*[^\s<>()\[\]\"'`.,;:!?।]"
                    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?")


class _Builder:
    """Accumulates view text and the span map."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, int]] = []
        self.length = 0

    def span(self, start: int, end: int) -> None:
        if end <= start:
            return
        n = end - start
        if self.spans:
            vs, ss, ln = self.spans[-1]
            if vs + ln == self.length and ss + ln == start:
                self.spans[-1] = (vs, ss, ln + n)
                self.parts.append(self.source[start:end])
                self.length += n
                return
        self.spans.append((self.length, start, n))
        self.parts.append(self.source[start:end])
        self.length += n

    def insert(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def text_with_urls(self, start: int, end: int) -> None:
        """Add source[start:end] verbatim, with URLs and e-mail addresses replaced by PLACEHOLDER."""
        pos = start
        for m in URL_RE.finditer(self.source, start, end):
            self.span(pos, m.start())
            self.insert(PLACEHOLDER)
            pos = m.end()
        self.span(pos, end)

    def block(self) -> None:
        """End the current block: the next text starts after a block separator."""
        if self.length and not "".join(self.parts[-2:]).endswith(BLOCK_SEP):
            # drop trailing inserted line breaks before the separator
            while self.parts and self.parts[-1] in ("\n", " ") and (not self.spans or
                                                                   self.spans[-1][0] + self.spans[-1][2] < self.length):
                self.length -= len(self.parts.pop())
            self.insert(BLOCK_SEP)

    def view(self) -> TextView:
        text = "".join(self.parts)
        if text.endswith(BLOCK_SEP) and (not self.spans or self.spans[-1][0] + self.spans[-1][2] <= len(text) - 2):
            text = text[:-2]
        return TextView(text, self.spans, self.source)


def segment(source: Source) -> TextView:
    if source.kind == "html":
        return segment_html(source.text)
    if source.kind == "markdown":
        return segment_markdown(source.text)
    return TextView.identity(source.text)


# ----------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(?:.*?\r?\n)??(\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_md = None


def _parser():
    global _md
    if _md is None:
        from markdown_it import MarkdownIt

        # keep escapes and entities as separate ``text_special`` tokens so every ``text``
        # token is a verbatim run of source characters
        _md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    return _md


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\r\n]", " ", text[start:end]) + text[end:]


def segment_markdown(text: str) -> TextView:
    parse_text = text
    fm = _FRONT_MATTER.match(text)
    if fm:
        parse_text = _blank(text, 0, fm.end())
    tokens = _parser().parse(parse_text)
    line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    n_lines = len(line_starts)

    def line_start(i: int) -> int:
        return line_starts[i] if i < n_lines else len(text)

    b = _Builder(text)
    cursor = 0
    for tok in tokens:
        if tok.type == "inline" and tok.map:
            begin, end = line_start(tok.map[0]), line_start(tok.map[1])
            cursor = max(cursor, begin)
            b.block()
            cursor = _inline(b, tok.children or [], cursor, end)
        elif tok.type == "html_block" and tok.map:
            begin, end = line_start(tok.map[0]), line_start(tok.map[1])
            b.block()
            _html_into(b, text, begin, end)
            cursor = max(cursor, end)
        elif tok.type in ("fence", "code_block", "hr"):
            b.block()
    return b.view()


def _skip_brackets(src: str, pos: int, limit: int) -> int:
    """pos at '[': return the index after the matching ']' (backslash escapes respected)."""
    depth = 0
    i = pos
    while i < limit:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return limit


def _skip_link_tail(src: str, pos: int, limit: int) -> int:
    """After a link's text: skip ``](dest "title")``, ``][ref]`` or ``]``."""
    if pos < limit and src[pos] == "]":
        pos += 1
    if pos < limit and src[pos] == "(":
        depth, i = 0, pos
        in_angle = False
        quote = None
        while i < limit:
            c = src[i]
            if c == "\\":
                i += 2
                continue
            if quote:
                if c == quote:
                    quote = None
            elif in_angle:
                if c == ">":
                    in_angle = False
            elif c == "<" and depth == 1:
                in_angle = True
            elif c in "\"'" and depth == 1 and i > pos + 1 and src[i - 1] in " \t\n":
                quote = c
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return limit
    if pos < limit and src[pos] == "[":
        return _skip_brackets(src, pos, limit)
    return pos


def _align_text(b: _Builder, content: str, cursor: int, limit: int) -> int:
    """Map a markdown-it text token onto the source from ``cursor``; returns the new cursor."""
    src = b.source
    idx = src.find(content, cursor, limit)
    if idx >= 0:
        b.text_with_urls(idx, idx + len(content))
        return idx + len(content)
    # not verbatim (e.g. a table cell with an escaped pipe): align character by character
    for ch in content:
        j = src.find(ch, cursor, min(limit, cursor + 8))
        if j >= 0 and all(c in " \t\\>*_#|-+" for c in src[cursor:j]):
            b.span(j, j + 1)
            cursor = j + 1
        else:
            b.insert(ch)
    return cursor


def _inline(b: _Builder, children, cursor: int, limit: int) -> int:
    src = b.source
    i = 0
    n = len(children)
    while i < n:
        t = children[i]
        ty = t.type
        if ty == "text":
            cursor = _align_text(b, t.content, cursor, limit)
        elif ty == "text_special":
            j = src.find(t.markup, cursor, limit) if t.markup else -1
            if j < 0:
                b.insert(t.content)
            elif t.info == "escape" and t.markup.startswith("\\") and t.markup[1:] == t.content:
                b.span(j + 1, j + len(t.markup))
                cursor = j + len(t.markup)
            else:  # an entity: the decoded character is inserted, the source keeps the entity
                b.insert(t.content)
                cursor = j + len(t.markup)
        elif ty in ("softbreak", "hardbreak"):
            m = _LINE_BREAK.search(src, cursor, limit)
            if m:
                cursor = m.end()
            b.insert("\n")
        elif ty == "code_inline":
            m = re.compile(r"(?<!`)" + re.escape(t.markup) + r"(?!`)").search(src, cursor, limit)
            if m:
                m2 = re.compile(r"(?<!`)" + re.escape(t.markup) + r"(?!`)").search(src, m.end(), limit)
                cursor = m2.end() if m2 else m.end()
            b.insert(PLACEHOLDER)
        elif ty == "html_inline":
            j = src.find(t.content, cursor, limit)
            if j >= 0:
                cursor = j + len(t.content)
            if t.content.lower().startswith(("<br", "<p", "</p")):
                b.insert("\n")
        elif ty == "image":
            j = src.find("![", cursor, limit)
            if j >= 0:
                cursor = _skip_link_tail(src, _skip_brackets(src, j + 1, limit) - 1, limit)
            b.insert(PLACEHOLDER)
        elif ty == "link_open" and t.markup in ("autolink", "linkify"):
            # the link text is the URL itself: skip to link_close
            while i + 1 < n and children[i + 1].type != "link_close":
                i += 1
            j = src.find(">", cursor, limit) if t.markup == "autolink" else -1
            if j >= 0:
                cursor = j + 1
            b.insert(PLACEHOLDER)
            i += 1  # the link_close
        elif ty == "link_open":
            j = src.find("[", cursor, limit)
            if j >= 0:
                cursor = j + 1
        elif ty == "link_close":
            j = src.find("]", cursor, limit)
            if j >= 0:
                cursor = _skip_link_tail(src, j, limit)
        # emphasis, strong, strikethrough open/close: markup only, skipped by the next find
        i += 1
    return cursor


# ----------------------------------------------------------------------------- HTML

SKIP_TAGS = {"script", "style", "pre", "code", "kbd", "samp", "textarea", "template", "svg", "math",
             "head", "noscript", "var", "object", "iframe", "select"}
INLINE_PLACEHOLDER_TAGS = {"code", "kbd", "samp", "var", "img", "svg", "math", "object", "iframe", "select",
                           "textarea"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "head", "option", "button",
}
_HTML_WS = re.compile(r"[ \t\r\n\f]+")


class _HTMLSegmenter(HTMLParser):
    def __init__(self, b: _Builder, base: int, text: str):
        super().__init__(convert_charrefs=False)
        self.b = b
        self.base = base
        self.text = text  # the region being parsed
        self.nl = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.skip: list[str] = []
        self.pending_space = False  # collapsed whitespace waiting for the next word
        self.at_block_start = True

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.base + self.nl[line - 1] + col

    # whitespace handling: a single ' ' between words stays verbatim; other runs become one
    # inserted space; whitespace at the start or end of a block disappears
    def _flush_space(self) -> None:
        if self.pending_space is not False and not self.at_block_start:
            if self.pending_space is not True:
                self.b.span(self.pending_space, self.pending_space + 1)
            else:
                self.b.insert(" ")
        self.pending_space = False

    def _word(self, start: int, end: int) -> None:
        self._flush_space()
        self.at_block_start = False
        self.b.text_with_urls(start, end)

    def _inserted(self, s: str) -> None:
        self._flush_space()
        self.at_block_start = False
        self.b.insert(s)

    def _space(self, start: int, end: int) -> None:
        if self.pending_space is False and end - start == 1 and self.b.source[start] == " ":
            self.pending_space = start
        else:
            self.pending_space = True

    def _block(self) -> None:
        self.b.block()
        self.pending_space = False
        self.at_block_start = True

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1] and tag not in VOID_TAGS:
                self.skip.append(tag)
            return
        if tag in BLOCK_TAGS or tag == "br":
            if tag == "br":
                self._inserted("\n")
                self.pending_space = False
                self.at_block_start = True
            else:
                self._block()
        if tag in SKIP_TAGS:
            if tag in INLINE_PLACEHOLDER_TAGS:
                self._inserted(PLACEHOLDER)
            if tag not in VOID_TAGS:
                self.skip.append(tag)
        elif tag == "img":
            self._inserted(PLACEHOLDER)

    def handle_startendtag(self, tag, attrs):
        if self.skip:
            return
        if tag in BLOCK_TAGS:
            self._block()
        elif tag == "br":
            self._inserted("\n")
            self.pending_space = False
            self.at_block_start = True
        elif tag in INLINE_PLACEHOLDER_TAGS:
            self._inserted(PLACEHOLDER)

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
                if not self.skip and tag in BLOCK_TAGS:
                    self._block()
            return
        if tag in BLOCK_TAGS:
            self._block()

    def handle_data(self, data):
        if self.skip or not data:
            return
        start = self._pos()
        # html.parser hands over the raw source text (convert_charrefs=False)
        if self.b.source[start:start + len(data)] != data:
            self._inserted(_HTML_WS.sub(" ", data).strip())
            return
        pos = start
        for m in _HTML_WS.finditer(data):
            s, e = start + m.start(), start + m.end()
            if s > pos:
                self._word(pos, s)
            self._space(s, e)
            pos = e
        if pos < start + len(data):
            self._word(pos, start + len(data))

    def _ref(self):
        if self.skip:
            return
        start = self._pos()
        m = ENTITY_RE.match(self.b.source, start)
        if not m:
            return
        decoded = unescape(m.group(0))
        if decoded == m.group(0):  # unknown entity: keep it verbatim
            self._word(m.start(), m.end())
        elif decoded in ("\u00a0", " "):
            self.pending_space = True
        else:
            self._inserted(decoded)

    def handle_entityref(self, name):
        self._ref()

    def handle_charref(self, name):
        self._ref()


def _html_into(b: _Builder, text: str, begin: int, end: int) -> None:
    p = _HTMLSegmenter(b, begin, text[begin:end])
    try:
        p.feed(text[begin:end])
        p.close()
    except Exception:  # html.parser is lenient; never let a malformed page stop a run
        pass
    b.block()


def segment_html(text: str) -> TextView:
    b = _Builder(text)
    _html_into(b, text, 0, len(text))
    return b.view()
