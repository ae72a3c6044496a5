"""Punctuation checks that need more context than a regular expression."""
from __future__ import annotations

import regex

from ..engine import Hit
from ..text import in_url, word_before

# Abbreviations written with a full stop in Bengali: titles, initials as pronounced letters,
# and common shortenings. A word found here followed by "." is not a sentence end.
ABBREVIATIONS = frozenset("""
ড ডা ডাঃ মো মোঃ মোহা মুহা মু মি মিস মিসেস মি.স সা রা আ প্রফে প্রা প্রাঃ লি কো নং নম্বর খ্রি খ্রিঃ খ্রিস্টপূর্ব
পৃ পৃঃ ইং সং সম্পা অধ্যা ইঞ্জি অ্যাড এড জনা জুনি সিনি বিসি এডি সে.মি কি.মি মি.মি কিমি সেমি
এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি ডব্লিউ ডাব্লিউ এক্স ওয়াই জেড
এ.কে বি.এ এম.এ বি.এসসি এম.এসসি পিএইচ.ডি পিএইচডি এসএসসি এইচএসসি লিঃ কোং রেজি
""".split())

# "." that ends a Bengali sentence: after a Bengali letter/sign (optionally behind closing quotes
# or brackets, optionally after spaces), followed by white space, a closing quote, or the end.
PERIOD_RE = regex.compile(
    r"(?<=[\u0980-\u09E5\u09F0-\u09FE][”’\"')\]]{0,2}[ \t]*)\.(?=[\s”’\"')\]]|$)"
)


def period_as_danda(ctx, rule):
    text = ctx.text
    for m in PERIOD_RE.finditer(text):
        p = m.start()
        # part of an ellipsis: ". . ." or "..." (a separate rule)
        q = p - 1
        while q >= 0 and text[q] in " \t":
            q -= 1
        if q >= 0 and text[q] == ".":
            continue
        r = p + 1
        while r < len(text) and text[r] in " \t":
            r += 1
        if r < len(text) and text[r] == ".":
            continue
        if in_url(text, p):
            continue
        if q == p - 1:  # no space before the dot: could be an abbreviation
            w = word_before(text, p)
            if w in ABBREVIATIONS:
                continue
            # chained initials such as এন.ভি. or এ.কে.এম.
            if p - len(w) - 1 >= 0 and text[p - len(w) - 1] == "." and len(w) <= 4:
                continue
        yield Hit(p, p + 1, "।")
