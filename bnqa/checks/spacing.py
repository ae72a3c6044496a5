"""Spacing checks."""
from __future__ import annotations

import regex

from ..engine import Hit
from ..text import in_url, word_before
from .punctuation import ABBREVIATIONS

# punctuation directly followed by a Bengali letter (not a vowel sign: that would be a broken
# cluster, reported by the unicode rules). The colon is left out: between Bengali letters it is
# a stand-in for the visarga (দু:খ) or a wiki namespace (বিষয়শ্রেণী:ইতিহাস), not a missing space.
MISSING_AFTER_RE = regex.compile(r"[,।৷?!;](?=[\u0985-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1])")


def missing_space_after(ctx, rule):
    text = ctx.text
    for m in MISSING_AFTER_RE.finditer(text):
        p = m.start()
        if in_url(text, p):
            continue
        if text[p] == "," and word_before(text, p) in ABBREVIATIONS:
            continue  # letters of an abbreviation separated by commas: এল,সি,এ
        yield Hit(p, p + 1, edits=[(p + 1, p + 1, " ")])
