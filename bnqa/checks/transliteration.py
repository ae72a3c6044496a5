"""Transliteration artefacts (L codes): English written in Bengali letters where Bengali prose
needs either a translation or the original Latin form.

L001: the English article «the» as দ্য before an ordinary Bengali word (দ্য কোম্পানি ...). A title
or name (দ্য ডেইলি স্টার, দ্য হিন্দুর, দ্য পোস্ট অফিস) is left alone: দ্য is only reported when the
next word is a frequent word (Zipf >= options.min_zipf) that carries no case ending and the word
after it is Bengali prose: a function word or light verb (``PROSE_WORDS``) or a frequent word with
a Bengali inflection (…ভাবে, …েছে, …ের, …কে).
L002: a social-media handle written in Bengali letters (@নাথানলেবাচ): handles and URLs only work
in their original Latin spelling.
L003 (preview): the English conjunction «and» transliterated (অ্যান্ড/এন্ড) between two
Bengali-script words, outside quotes; often a name, hence preview.
"""
from __future__ import annotations

import regex

from ..engine import Hit
from ..lexicon import nfc, zipf

_BN = r"[\u0980-\u09FF\u200c\u200d]"
THE_RE = regex.compile(rf"(?<!{_BN}|[-‐])দ্য (?P<x>{_BN}+) (?P<y>{_BN}+)")
# Bengali inflections that mark the following word as Bengali prose, not part of an English title
PROSE_ENDINGS = regex.compile(
    r"(?:ভাবে|েছে|েছেন|েছিল|েছিলেন|ছেন|ছিল|ছে|বেন|বে|তেন|তে|লেন|লে|েন|ের|দের|কে|গুলো|গুলি|টি)$")
# Bengali function words and light verbs that cannot continue an English title
PROSE_WORDS = frozenset("""
ও এবং আর যে যা থেকে জন্য সঙ্গে সাথে করে করা করতে হয় হয়ে হবে ছিল আছে নয় না কি কী তার তাদের তাঁর এই সেই একটি
এক অনেক খুব আরও সব সবাই প্রায় কেবল শুধু ঘোষণা মনে দিয়ে নিয়ে দেয় নেয়
""".split())
CASE_ENDINGS = regex.compile(r"(?:ের|র|রা|কে|দের|তে|য়|এ|ে)$")
HANDLE_RE = regex.compile(rf"(?<![\w@])@(?P<h>{_BN}[\u0980-\u09FF\u200c\u200d_.0-9]*)")
AND_RE = regex.compile(rf"(?<={_BN}) (?P<w>অ্যান্ড|অ্যান্ড|এন্ড) (?={_BN})")


def _inflected(word: str) -> bool:
    """Does ``word`` end in a case ending after a known stem (হিন্দু-র, রেডক্রস-এর)? A name
    inflected like a Bengali noun is used as a name, not as an English article's noun."""
    m = CASE_ENDINGS.search(word)
    return bool(m) and zipf(word[:m.start()]) >= 3.0


def english_article(ctx, rule):
    min_z = float(rule.options.get("min_zipf", 4.5))
    for m in THE_RE.finditer(ctx.text):
        x, y = nfc(m.group("x")), nfc(m.group("y"))
        if zipf(x) < min_z or _inflected(x):
            continue
        if not (y in PROSE_WORDS or (PROSE_ENDINGS.search(y) and zipf(y) >= 3.0)):
            continue
        s = m.start()
        yield Hit(s, s + len("দ্য "), "", args={"word": "দ্য", "next": m.group("x")})


def bengali_handle(ctx, rule):
    for m in HANDLE_RE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), args={"handle": m.group()})


def english_and(ctx, rule):
    text = ctx.text
    for m in AND_RE.finditer(text):
        s = m.start("w")
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s]
        if before.count("\"") % 2 or before.count("“") > before.count("”") or before.count("‘") > before.count("’"):
            continue  # inside a quoted title
        yield Hit(s, m.end("w"), "ও", args={"word": m.group("w")})
