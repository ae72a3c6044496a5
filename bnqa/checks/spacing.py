"""Spacing checks."""
from __future__ import annotations

import regex

from ..engine import Hit
from ..text import in_url, word_before
from .punctuation import ABBREVIATIONS

# punctuation directly followed by a Bengali letter (not a vowel sign: that would be a broken
# cluster, reported by the unicode rules). The colon is left out: between Bengali letters it is
# a stand-in for the visarga (দু:খ) or a wiki namespace (বিষয়শ্রেণী:ইতিহাস), not a missing space.
MISSING_AFTER_RE = regex.compile(
    r"[,।৷?!;](?=[\u0985-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1])"
    # (or a sentence's end mark glued to the number of the next list item: করুন।৪. মেনু থেকে)
    r"|(?<=[\u0980-\u09E5])[।৷?!](?=[০-৯0-9]{1,2}[.)]\s)")
# the semicolon that ends an HTML entity (&quot;আমরা): M003 reports the entity
_ENTITY_END_RE = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$")


def missing_space_after(ctx, rule):
    text = ctx.text
    for m in MISSING_AFTER_RE.finditer(text):
        p = m.start()
        if in_url(text, p):
            continue
        if text[p] == "," and word_before(text, p) in ABBREVIATIONS:
            continue  # letters of an abbreviation separated by commas: এল,সি,এ
        if text[p] == ";" and _ENTITY_END_RE.search(text, max(0, p - 40), p):
            continue  # the end of an HTML entity, not a punctuation mark
        yield Hit(p, p + 1, edits=[(p + 1, p + 1, " ")])
    # a closing bracket glued to the next word ((পিক-আপ)গাড়ি: a heading run into its paragraph),
    # not to a case ending or particle of the bracketed word ((Miklos Nameth)কে)
    for m in _BRACKET_GLUED_RE.finditer(text):
        p = m.start()
        if _case_suffix(m.group(1)) or in_url(text, p):
            continue
        yield Hit(p, p + 1, edits=[(p + 1, p + 1, " ")])


# case endings and particles written straight after a quoted word
QUOTE_SUFFIXES = frozenset("র এর ের য়ের য়ের কে তে ে ও ই রা দের টি টা গুলো গুলি সহ ও".split())


def _case_suffix(word: str) -> bool:
    """Is ``word`` a case ending or particle (য় in either encoding) written onto the word before?"""
    return word.replace("\u09AF\u09BC", "\u09DF") in QUOTE_SUFFIXES


_BRACKET_GLUED_RE = regex.compile(r"[)\]](?=([\u0985-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1][\u0980-\u09E5\u09F0-\u09FE]*))")

# a double quote between a word and a letter or digit: closing if it closes an open quotation
_QUOTE_GLUED_RE = regex.compile(r'(?<=[\p{L}\p{M}\p{N}।৷,.!?])["”](?=[\p{L}\p{N}])')


def missing_space_after_quote(ctx, rule):
    """S003: a closing quote glued to the next word ("করতে হয়"2000)."""
    text = ctx.text
    for m in _QUOTE_GLUED_RE.finditer(text):
        p = m.start()
        if in_url(text, p):
            continue
        nxt = regex.match(r"[\u0980-\u09E5\u09F0-\u09FE]+", text[p + 1:p + 8])
        if nxt and _case_suffix(nxt.group()):
            continue  # a case ending on a quoted word: "Tatoeba"র, "শব্দ"কে
        ls = text.rfind("\n", 0, p) + 1
        before = text[ls:p]
        if text[p] == '"':
            # a straight quote closes when an odd number of straight quotes precede it
            if before.count('"') % 2 != 1:
                continue
            # ...and that opener started a quotation (space or line start before it)
            o = before.rfind('"')
            if o > 0 and not (before[o - 1].isspace() or before[o - 1] in "(["):
                continue
        else:
            if before.count("“") <= before.count("”"):
                continue
        yield Hit(p, p + 1, edits=[(p + 1, p + 1, " ")])

