"""Unicode checks: invisible characters, mixed nukta forms, broken clusters, lookalikes.

bnqa's canonical form for Bengali is Unicode NFC with one rule on top: an article writes each
nukta letter (য়, ড়, ঢ়) in ONE way. NFC itself decomposes the precomposed letters U+09DC, U+09DD,
U+09DF (they are composition exclusions), but most Bengali text on the web uses them, so
bnqa does not flag either form alone; it flags the minority form when an article mixes both,
because search and spell checking then see two different words.
"""
from __future__ import annotations

import re

import regex

from ..engine import Hit
from ..lexicon import NUKTA_PAIRS

_DECOMPOSED = {single: seq for seq, single in NUKTA_PAIRS}   # precomposed letter -> letter + nukta
_PRECOMPOSED = {seq: single for seq, single in NUKTA_PAIRS}
_NUKTA_RE = regex.compile(r"[\u09DC\u09DD\u09DF]|[\u09A1\u09A2\u09AF]\u09BC")


def mixed_nukta_forms(ctx, rule):
    """U001: both precomposed and decomposed forms of the same nukta letter in one article."""
    text = ctx.text
    found: dict[str, list[tuple[int, int, bool]]] = {}
    for m in _NUKTA_RE.finditer(text):
        g = m.group()
        pre = len(g) == 1
        key = g if pre else _PRECOMPOSED[g]
        found.setdefault(key, []).append((m.start(), m.end(), pre))
    for key, occ in found.items():
        n_pre = sum(1 for o in occ if o[2])
        n_dec = len(occ) - n_pre
        if not n_pre or not n_dec:
            continue
        major_pre = n_pre >= n_dec
        for s, e, pre in occ:
            if pre == major_pre:
                continue
            rep = key if major_pre else _DECOMPOSED[key]
            yield Hit(s, e, rep, args={"letter": key, "n_major": max(n_pre, n_dec), "n_minor": min(n_pre, n_dec),
                                       "form": "U+" + "+".join(f"{ord(c):04X}" for c in text[s:e])})


# invisible characters that carry no meaning in prose. ZWJ/ZWNJ are meaningful after a
# virama (র‍্যাব, ক্‌ষ) and inside emoji sequences; elsewhere they are stray. One character class,
# scanned by the standard library's re (about nine times as fast as regex for this pattern).
_INVISIBLE_RE = re.compile(
    r"[\u200B\u2060\u00AD\u180E\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069"
    r"\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u200C\u200D]")
_NAMES = {
    "\u200B": "ZERO WIDTH SPACE", "\u2060": "WORD JOINER", "\u00AD": "SOFT HYPHEN", "\uFEFF": "BYTE ORDER MARK",
    "\u200C": "ZWNJ", "\u200D": "ZWJ", "\u200E": "LEFT-TO-RIGHT MARK", "\u200F": "RIGHT-TO-LEFT MARK",
    "\u180E": "MONGOLIAN VOWEL SEPARATOR",
}


def _joiner_ok(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before == "\u09CD" or after == "\u09CD":
        return True  # র‍্য, ক্‌ষ: joiners around a virama shape the conjunct
    if before and ("\u0980" <= before <= "\u09FF") and after and ("\u0980" <= after <= "\u09FF"):
        return text[i] == "\u200C"  # ZWNJ between Bengali letters breaks a ligature on purpose
    # emoji sequences and other scripts' joiners
    def emoji(c):
        return c and (ord(c) >= 0x2190 and not ("\u0980" <= c <= "\u09FF"))
    return bool(emoji(before) or emoji(after))


def invisible_characters(ctx, rule):
    """U002: zero-width spaces, control characters, direction marks, stray joiners."""
    text = ctx.text
    for m in _INVISIBLE_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in "\u200C\u200D" and _joiner_ok(text, i):
            continue
        if ch == "\uFEFF" and i == 0:
            continue
        name = _NAMES.get(ch, f"U+{ord(ch):04X}")
        yield Hit(i, i + 1, "", args={"char": name})


# a dependent vowel sign, virama or nukta that does not follow a consonant or another sign
# (the standard library's re: it scans for a character class about three times as fast as regex)
_ORPHAN_SIGN_RE = re.compile(
    r"(?<![\u0995-\u09B9\u09DC-\u09DF\u09F0\u09F1\u0981-\u0983\u09BC-\u09CD\u09D7\u200C\u200D\u25CC])"
    r"(?:[\u09BC\u09BE-\u09CC\u09D7]|(?<![অআএ])\u09CD)")  # a virama after অ, আ, এ: old spellings (এ্যাসিড)


def orphan_vowel_sign(ctx, rule):
    for m in _ORPHAN_SIGN_RE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), args={"sign": m.group()})


# a letter of another script between Bengali letters: Latin or Cyrillic lookalikes, Devanagari
_FOREIGN_IN_WORD_RE = regex.compile(
    r"(?<=[\u0981-\u0983\u0985-\u09B9\u09BC-\u09CD\u09CE\u09D7\u09DC-\u09DF])"
    r"(?P<c>[\p{Latin}\p{Cyrillic}\p{Greek}\u0900-\u0963\u0966-\u097F])"
    r"(?=[\u0981-\u09B9\u09BC-\u09CD\u09CE\u09D7\u09DC-\u09DF])")


def foreign_lookalike(ctx, rule):
    for m in _FOREIGN_IN_WORD_RE.finditer(ctx.text):
        c = m.group("c")
        yield Hit(m.start(), m.end(), args={"char": c, "cp": f"U+{ord(c):04X}"})


# two-part vowel signs typed as their halves: ে + া for ো, ে + ৗ for ৌ (NFC composes them)
_SPLIT_VOWEL_RE = regex.compile(r"\u09C7(?:\u09BE|\u09D7)")


def split_vowel_sign(ctx, rule):
    for m in _SPLIT_VOWEL_RE.finditer(ctx.text):
        rep = "\u09CB" if m.group()[1] == "\u09BE" else "\u09CC"
        yield Hit(m.start(), m.end(), rep, args={"sign": rep})
