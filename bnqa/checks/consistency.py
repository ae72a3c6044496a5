"""Spelling consistency (C codes): one article using two spellings of one word.

Groups of variants come from ``bnqa/data/variants.tsv`` (a standard form, or forms that are
all accepted) plus the "academy" pairs of ``bnqa/data/misspellings.tsv``. Tokens are matched
with inflections (ডিগ্রির is the ডিগ্রি group). When an article uses more than one form of a
group, every occurrence of the forms other than the standard (or, without a standard, the
dominant form of this article) is reported; the fix writes that form with the same inflection.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

from ..engine import Hit
from ..lexicon import NOUN_ENDINGS, TokenDecisions, doc_words, like, nfc, zipf
from .spelling import MAX_SUFFIX, SUFFIXES, lookup, misspellings

DATA = Path(__file__).resolve().parent.parent / "data" / "variants.tsv"


@lru_cache(maxsize=1)
def groups() -> tuple[dict[str, tuple[int, str]], list[tuple[str | None, tuple[str, ...]]]]:
    """(form -> (group id, form), [(standard or None, forms)]). Forms are stems (NFC)."""
    index: dict[str, tuple[int, str]] = {}
    table: list[tuple[str | None, tuple[str, ...]]] = []

    def add(standard, forms):
        forms = tuple(nfc(f) for f in forms)
        if any(f in index for f in forms):
            return
        gid = len(table)
        table.append((nfc(standard) if standard else None, forms))
        for f in forms:
            index[f] = (gid, f)

    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        if parts[0] == "!":
            add(parts[1], parts[1:])
        elif parts[0] == "=":
            add(None, parts[1:])
    exact, stems = misspellings()
    for wrong, (right, kind) in list(stems.items()) + list(exact.items()):
        if kind == "academy":
            add(right, (right, wrong))
    return index, table


def classify(token: str):
    """(group id, form, suffix) for a token of some variant group, else None."""
    index, _ = groups()
    t = nfc(token)
    hit = index.get(t)
    if hit:
        return hit[0], hit[1], ""
    for k in range(1, min(MAX_SUFFIX, len(t) - 1) + 1):
        suf = t[-k:]
        if suf in SUFFIXES:
            hit = index.get(t[:-k])
            if hit and hit[1][-1] not in "তৎ":  # ভবিষ্যতে inflects both ভবিষ্যৎ and ভবিষ্যত
                return hit[0], hit[1], suf
    return None


# classify() per token, shared by every document of a run (the groups never change)
_CLASSES = TokenDecisions(classify)


def mixed_spellings(ctx, rule):
    """Report forms other than the target when another form of the group occurs within
    ``options.window`` characters (an article; long files are treated as many articles)."""
    import bisect

    _, table = groups()
    window = int(rule.options.get("window", 5000))
    want_standard = rule.options.get("groups", "standard") == "standard"
    words = doc_words(ctx)
    found = _CLASSES.found(words)
    occ = [(s, e, tok, *found[tok]) for s, e, tok in words.occurrences(found)]
    if not occ:
        return
    by_group: dict[int, list] = {}
    for o in occ:
        by_group.setdefault(o[3], []).append(o)
    for gid, items in by_group.items():
        if len({o[4] for o in items}) < 2:
            continue
        standard, _forms = table[gid]
        if bool(standard) != want_standard:
            continue
        starts = [o[0] for o in items]
        for s, e, tok, _gid, form, suf in items:
            if form == standard:
                continue   # the standard form is never reported (nor its window counted)
            lo = bisect.bisect_left(starts, s - window)
            hi = bisect.bisect_right(starts, s + window)
            near = Counter(o[4] for o in items[lo:hi])
            if len(near) < 2:
                continue
            # the standard form, or the dominant form nearby (ties: the more frequent in the lexicon)
            want = standard or max(near, key=lambda f: (near[f], zipf(f)))
            if form == want:
                continue
            others = ", ".join(f for f in near if f != form)
            fix = like(tok, want + suf)
            yield Hit(s, e, fix, args={"word": tok, "suggestion": fix, "others": others})


# --------------------------------------------------------------------------------------
# C003: one word written with two letter variants in one article (রুটিন/রুটীন, স্টক/ষ্টক,
# অঙ্কন/অঙ্কণ) when one spelling is a frequent word and the other all but unknown.
_VARIANT_KEY = str.maketrans({"\u09c0": "\u09bf", "\u09c2": "\u09c1", "\u09a3": "\u09a8"})
_SWAP = {"\u09bf": ("\u09c0",), "\u09c0": ("\u09bf",), "\u09c1": ("\u09c2",), "\u09c2": ("\u09c1",),
         "ন": ("ণ",), "ণ": ("ন",), "স্ট": ("ষ্ট",), "ষ্ট": ("স্ট",),
         "স": ("ষ", "শ"), "ষ": ("স", "শ"), "শ": ("ষ", "স")}
_SWAP_RE = regex.compile("স্ট|ষ্ট|[\u09bf\u09c0\u09c1\u09c2নণসষশ]")
MAX_RARE_ZIPF = 2.0     # the variant reported: all but unknown to the lexicon
MIN_COMMON_ZIPF = 3.0   # the spelling it is measured against: a frequent word


def _common_variants(token: str) -> tuple[str, ...] | None:
    """For a rare token (not C001's, not a listed misspelling), its frequent spellings: one
    letter swapped (ি/ী, ু/ূ, ন/ণ, স্ট/ষ্ট), or all of them set to the loanword letters."""
    t = nfc(token)
    # (a word is far shorter than 40 characters; a longer token, a scraped blob, would cost a
    # copy of itself per variable letter)
    if not 3 <= len(t) <= 40 or zipf(t) >= MAX_RARE_ZIPF or classify(t) is not None or lookup(t) is not None:
        return None
    cands = {t.translate(_VARIANT_KEY).replace("ষ্ট", "স্ট")}
    for m in _SWAP_RE.finditer(t):   # every variable letter, found in one scan
        i, a = m.start(), m.group()
        for b in _SWAP[a]:
            cands.add(t[:i] + b + t[i + len(a):])
    cands.discard(t)
    out = tuple(sorted((c for c in cands if zipf(c) >= MIN_COMMON_ZIPF), key=zipf, reverse=True))
    return out or None


_COMMON_VARIANTS = TokenDecisions(_common_variants, skip_frequent=True)   # (MAX_RARE_ZIPF < FREQUENT_ZIPF)


def mixed_letter_variants(ctx, rule):
    """Report a rare spelling when a frequent spelling of the same word (differing in ী/ি, ূ/ু,
    ণ/ন or ষ্ট/স্ট) occurs within ``options.window`` characters. Only the document's rare tokens
    are looked at (a decision per distinct token, shared by the whole run)."""
    import bisect

    window = int(rule.options.get("window", 10000))
    words = doc_words(ctx)
    rare = _COMMON_VARIANTS.found(words)
    if not rare:
        return
    present = words.distinct
    pairs: dict[str, tuple[str, str]] = {}   # rare token -> (its frequent spelling, the document's form)
    for tok, variants in rare.items():
        for v in variants:
            # the document's own form of the frequent spelling (its encoding of য় may differ),
            # or the same word with another ending (বিশেসজ্ঞের beside বিশেষজ্ঞরা)
            seen = _present_form(v, present)
            if seen:
                pairs[tok] = (v, seen)
                break
    if not pairs:
        return
    occ = words.occurrences(set(pairs) | {seen for _v, seen in pairs.values()})
    starts: dict[str, list[int]] = {}
    for s, _e, tok in occ:
        starts.setdefault(tok, []).append(s)
    for s, e, tok in occ:
        if tok not in pairs:
            continue
        v, seen = pairs[tok]
        near = starts[seen]
        k = bisect.bisect_left(near, s - window)
        if k < len(near) and near[k] <= s + window:
            yield Hit(s, e, like(tok, v), args={"word": tok, "suggestion": v, "others": seen})


def _present_form(v: str, present) -> str | None:
    """A token of the document that is ``v`` or ``v`` with its ending changed (a frequent word,
    Zipf >= MIN_COMMON_ZIPF, of at least four characters), or None."""
    if v in present:
        return v
    for e1 in NOUN_ENDINGS[1:]:  # the frequent spelling may occur with another ending
        if not v.endswith(e1) or len(v) - len(e1) < 3:
            continue
        stem = v[:-len(e1)]
        for e2 in NOUN_ENDINGS:
            f = stem + e2
            if f != v and f in present and len(f) >= 4 and zipf(f) >= MIN_COMMON_ZIPF:
                return f
    return None
