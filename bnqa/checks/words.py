"""Fused words (W codes): two words written without the space between them (দিনএই).

A Bengali token is a candidate when it is not in the lexicon (wordfreq's 214k Bengali words,
see ``bnqa.lexicon``) and has at least three graphemes. Every grapheme boundary that does not
break a conjunct is tried; a split ``left|right`` where both parts are lexicon words gets the
score

    min(zL, zR) + (zL + zR) / 4            how frequent both words are (Zipf, log10 scale)
    - log10(1 + mod[left])                 left is a productive first member (অ-, মহা-, দল-)
    - log10(1 + head[right])               right is a productive suffix / last member (-ও, -কে, -সহ)
    + 1 if right starts with an independent vowel (দিন|এই: a vowel letter inside a word
                                           almost only occurs at a word boundary)
    - 1 if either part has a single grapheme

``mod``/``head`` count how often a word is the first/last part of a longer lexicon word made of
two lexicon words (``bnqa.lexicon.productivity``): this is what keeps inflections, clitics and
genuine compounds (ব্যাংকঋণ) below the threshold without a list. The best split is reported
when its score reaches the rule's ``options.threshold``. Per token the work is one dict lookup;
the split loop only runs for unknown tokens.
"""
from __future__ import annotations

import math

from ..engine import Hit
from ..lexicon import GRAPHEME_RE, INDEPENDENT_VOWELS, WORD_RE, lexicon, nfc, productivity, split_points

MIN_GRAPHEMES = 3


def best_split(token: str):
    """``(score, offset, left, right)`` of the best two-word split of ``token`` (NFC form), or
    None when the token is a known word or no split gives two lexicon words."""
    lex = lexicon()
    t = nfc(token)
    if t in lex or len(t) < 3:
        return None
    if len(GRAPHEME_RE.findall(t)) < MIN_GRAPHEMES:
        return None
    mod, head = productivity()
    best = None
    log = math.log10
    for p in split_points(t):
        left, right = t[:p], t[p:]
        zl = lex.get(left)
        if not zl:
            continue
        zr = lex.get(right)
        if not zr:
            continue
        s = min(zl, zr) + (zl + zr) / 4 - log(1 + mod.get(left, 0)) - log(1 + head.get(right, 0))
        if right[0] in INDEPENDENT_VOWELS:
            s += 1.0
        if len(GRAPHEME_RE.findall(left)) < 2 or len(GRAPHEME_RE.findall(right)) < 2:
            s -= 1.0
        if best is None or s > best[0]:
            best = (s, p, left, right)
    return best


def _original_offset(token: str, nfc_offset: int) -> int | None:
    """Map an offset in nfc(token) back to ``token`` (they differ only for nukta letters)."""
    if nfc(token) == token:
        return nfc_offset
    for i in range(1, len(token)):
        if len(nfc(token[:i])) == nfc_offset and nfc(token[:i]) + nfc(token[i:]) == nfc(token):
            return i
    return None


def fused_words(ctx, rule):
    threshold = float(rule.options.get("threshold", 5.5))
    cap = rule.options.get("below")  # the preview rule reports only what the default one does not
    cache = ctx.memo.setdefault("words.best_split", {})
    text = ctx.text
    for m in WORD_RE.finditer(text):
        tok = m.group()
        if tok in cache:
            res = cache[tok]
        else:
            res = cache[tok] = best_split(tok)
        if res is None:
            continue
        score, p, left, right = res
        if score < threshold or (cap is not None and score >= float(cap)):
            continue
        # a word glued to Latin letters, digits, @ or a hyphenated name is not prose
        s, e = m.start(), m.end()
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@#_/")) or \
                (e < len(text) and (text[e].isalnum() or text[e] in "@#_/")):
            continue
        q = _original_offset(tok, p)
        if q is None:
            continue
        yield Hit(s, e, edits=[(s + q, s + q, " ")],
                  args={"word": tok, "left": tok[:q], "right": tok[q:], "score": f"{score:.1f}"})
