"""Spelling consistency (C codes): one article using two spellings of one word.

Groups of variants come from ``bnqa/data/variants.tsv`` (a standard form, or forms that are
all accepted) plus the "academy" pairs of ``bnqa/data/misspellings.tsv``. Tokens are matched
with inflections (ডিগ্রির is the ডিগ্রি group). When an article uses more than one form of a
group, every occurrence of the forms other than the standard (or, without a standard, the
dominant form of this article) is reported; the fix writes that form with the same inflection.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

from ..engine import Hit
from ..lexicon import (FREQUENT_ZIPF, GRAPHEME_RE, NOUN_ENDINGS, WORD_BACK_RE, WORD_RE, TokenDecisions, doc_words, has_precomposed, like,
                       lexicon, nfc, noun_stems, nukta_norm, precomposed, split_points, zipf)
from ..lexicon import STEM_ENDS as _STEM_ENDS, noun_stem as _stem
from ..pos import has_verb_ending, is_finite_verb, is_infinitive
from ..text import glued
from .spelling import MAX_SUFFIX, SUFFIXES, lookup, misspellings
from .words import _LETTER_NAMES_NFC, MAX_TOKEN_CHARS, _letter_names, default_fused, is_abbreviation, original_offset

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


@lru_cache(maxsize=1)
def _openings() -> tuple[int, frozenset[str]]:
    """(n, the first n letters of every form), n the shortest form's length up to three: a token
    that opens otherwise is in no group (a few hundred forms, tens of thousands of tokens)."""
    n = min([3, *map(len, groups()[0])])
    return n, frozenset(f[:n] for f in groups()[0])


def classify(token: str):
    """(group id, form, suffix) for a token of some variant group, else None."""
    index, _ = groups()
    t = nfc(token)
    n, openings = _openings()
    if t[:n] not in openings:
        return None
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


def _swaps(pairs) -> tuple[dict[str, list[str]], regex.Pattern]:
    """The letters of ``pairs`` (each swaps with the other), as a table of what each one swaps
    with and a pattern finding them, longest first (ষ্ট before ষ)."""
    table: dict[str, list[str]] = {}
    for a, b in pairs:
        table.setdefault(a, []).append(b)
        table.setdefault(b, []).append(a)
    # (a letter that swaps with nothing, ো/"", is found where it stands and dropped, never inserted)
    return table, regex.compile("|".join(sorted(map(regex.escape, filter(None, table)), key=len, reverse=True)))


_SWAP_PAIRS = (("\u09c0", "\u09bf"), ("\u09c2", "\u09c1"), ("ণ", "ন"), ("ষ্ট", "স্ট"), ("ষ", "স"), ("শ", "স"), ("শ", "ষ"))
_SWAP, _SWAP_RE = _swaps(_SWAP_PAIRS)
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
    out = _frequent_swaps(t)
    if not out:
        # an inflected form the lexicon seldom holds in either spelling (ষ্টকে beside স্টক): the
        # stem's frequent spellings, with the token's ending
        stem, end = _stem(t)
        if end and zipf(stem) < MAX_RARE_ZIPF:
            out = tuple(v + end for v in _frequent_swaps(stem))
    return out or None


def _frequent_swaps(t: str) -> tuple[str, ...]:
    """The frequent spellings of ``t`` one swap away (see above), most frequent first."""
    cands = {t.translate(_VARIANT_KEY).replace("ষ্ট", "স্ট")}
    for m in _SWAP_RE.finditer(t):   # every variable letter, found in one scan
        i, a = m.start(), m.group()
        for b in _SWAP[a]:
            cands.add(t[:i] + b + t[i + len(a):])
    cands.discard(t)
    return tuple(sorted((c for c in cands if zipf(c) >= MIN_COMMON_ZIPF), key=zipf, reverse=True))


_COMMON_VARIANTS = TokenDecisions(_common_variants, skip_frequent=True)   # (MAX_RARE_ZIPF < FREQUENT_ZIPF)


def mixed_letter_variants(ctx, rule):
    """Report a rare spelling when a frequent spelling of the same word (differing in ী/ি, ূ/ু,
    ণ/ন or ষ্ট/স্ট) occurs within ``options.window`` characters. Only the document's rare tokens
    are looked at (a decision per distinct token, shared by the whole run)."""
    window = int(rule.options.get("window", 10000))
    words = doc_words(ctx)
    pairs = _document_letter_variants(ctx)
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


# the consonant doubled after a reph, the spelling the Bangla Academy reform dropped (চক্রবর্ত্তী,
# ধৈর্য্য, কার্য্য): however frequent it still is, the article that also writes the reformed
# spelling (চক্রবর্তী) has two spellings of one word
_REPH_DOUBLED_RE = regex.compile(r"র্([\u0995-\u09b9])্\1")


def _letter_variant_pairs(words) -> dict[str, tuple[str, str]]:
    """C003's rare tokens with a frequent spelling in the document, and its tokens with a
    consonant doubled after a reph beside the reformed spelling: {token: (the frequent or
    reformed spelling, the document's form of it)}."""
    pairs: dict[str, tuple[str, str]] = {}
    present = words.distinct
    for tok in present:
        if "র্" in tok and _REPH_DOUBLED_RE.search(tok):
            v = _REPH_DOUBLED_RE.sub(r"র্\1", tok)
            seen = _present_form(v, present)
            if seen:
                pairs[tok] = (v, seen)
    for tok, variants in _COMMON_VARIANTS.found(words).items():
        for v in variants:
            # the document's own form of the frequent spelling (its encoding of য় may differ),
            # or the same word with another ending (বিশেসজ্ঞের beside বিশেষজ্ঞরা)
            seen = _present_form(v, present)
            if seen:
                pairs[tok] = (v, seen)
                break
    return pairs


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


# --------------------------------------------------------------------------------------
# C004: a word, usually a name or loanword, spelled two ways in one article, the spellings one
# confusable letter apart (ফ্ল্যানাগান/ফ্ল্যানাগেন, গ্লুকোজ/গ্লুকোস, ওভেন/আভেন, রুশপন্থী/রুশপন্থি),
# when the spelling reported is all but unknown to the lexicon. C003 covers a rare spelling of a
# frequent word in its five letter pairs; C004 adds the letters transliteration hesitates over
# (জ/স, ্যা/া/ে, ও/আ/অ, ট/ত, ড/দ, ৎ/ত) and names the lexicon does not know in either spelling.
# One letter only: two (ঠেকল/থাকলে, মায়েদের/মেয়াদে) join different words.
_NEAR_PAIRS = (("ষ্ট", "স্ট"), ("্যা", "া"), ("্যা", "ে"), ("ে", "া"), ("\u09c0", "\u09bf"), ("\u09c2", "\u09c1"),
               ("ণ", "ন"), ("ষ", "স"), ("শ", "স"), ("শ", "ষ"), ("জ", "স"), ("য", "জ"), ("ট", "ত"), ("ড", "দ"),
               ("ও", "আ"), ("অ", "আ"), ("ৎ", "ত"),
               ("র্", "র"), ("ঙ্ক", "ংক"), ("ঙ্ক", "নক"), ("ংক", "নক"),
               ("ো", ""))   # C003's _SWAP_PAIRS and more; an ও-কার written for the inherent vowel (হোলওয়ে/হলওয়ে)
_NEAR_SWAP, _NEAR_RE = _swaps(_NEAR_PAIRS)
_ALL_ENDS = ("",) + _STEM_ENDS
_ENDS_SET = frozenset(_ALL_ENDS)
_ENDS_PRE_SET = frozenset(precomposed(e) for e in _ALL_ENDS)
_FINAL_VOWELS = frozenset(("ে", "া", "্যা", "ো"))   # (and -ো, the verb ending of করলো/করল)
_REPH = "র্"
NEAR_MAX_ZIPF = 1.5     # the spelling reported: the token and its stem all but unknown
NEAR_MIN_GRAPHEMES = 3  # shorter stems are different words one letter apart too often
NEAR_LONG_GRAPHEMES = 4     # a longer stem (a name, a loanword: হফম্যান) may be a little known
NEAR_MAX_ZIPF_LONG = 2.5    # to the lexicon in both spellings


def _near_spellings(token: str):
    """For a rare token (not C001's, not a listed misspelling): ``(stem, ending, stems one
    confusable letter away)``, else None."""
    t = nfc(token)
    if not 3 <= len(t) <= 40 or zipf(t) >= NEAR_MAX_ZIPF_LONG or classify(t) is not None or lookup(t) is not None:
        return None
    stem, end = _stem(t)
    n = len(GRAPHEME_RE.findall(stem))
    cap = NEAR_MAX_ZIPF_LONG if n >= NEAR_LONG_GRAPHEMES else NEAR_MAX_ZIPF
    if zipf(t) >= cap or zipf(stem) >= cap or n < NEAR_MIN_GRAPHEMES:
        return None
    out = []
    for m in _NEAR_RE.finditer(stem, overlapped=True):
        i, a = m.start(), m.group()
        if m.end() == len(stem) and a in _FINAL_VOWELS:
            continue   # a final া/ে is grammar, not spelling (মহোদয়া, মহোদয়ে|রা)
        for b in _NEAR_SWAP[a]:
            if b == _REPH and not (i + 1 < len(stem) and "\u0995" <= stem[i + 1] <= "\u09b9"):
                continue   # a reph stands only before a consonant
            v = stem[:i] + b + stem[i + len(a):]
            if v != stem and v not in out:
                out.append(v)
    return (stem, end, tuple(out)) if out else None


_NEAR = TokenDecisions(_near_spellings, skip_frequent=True)   # (NEAR_MAX_ZIPF < FREQUENT_ZIPF)


def _document_letter_variants(ctx) -> dict[str, tuple[str, str]]:
    """``_letter_variant_pairs`` of the document, found once for C003 and C004 (which leaves
    C003's tokens to it)."""
    return ctx.once("consistency.c003", lambda: _letter_variant_pairs(doc_words(ctx)))


def _forms_in(stem: str, tokens: list[str], both: bool) -> list[str]:
    """The document's tokens (``tokens``: its distinct tokens, sorted) that are the NFC ``stem``
    with a noun ending (``both``: in either encoding of য় ড় ঢ়, for a text that writes them
    precomposed): a binary search to the tokens that start with the stem."""
    out = []
    for st, ends in ((stem, _ENDS_SET), (precomposed(stem), _ENDS_PRE_SET)) if both else ((stem, _ENDS_SET),):
        i = bisect.bisect_left(tokens, st)
        while i < len(tokens) and tokens[i].startswith(st):
            if tokens[i][len(st):] in ends and tokens[i] not in out:
                out.append(tokens[i])
            i += 1
    return out


def _near_partners(ctx) -> tuple[dict, dict[str, list[str]]]:
    """C004's rare tokens (``_near_spellings``) and, for those with one, the document's tokens of
    a spelling one confusable letter away (not C003's tokens); found once for C004 and C007."""
    def find():
        words = doc_words(ctx)
        rare = _NEAR.found(words)
        if not rare:
            return rare, {}
        tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))   # shared with T006
        both = ctx.once("consistency.precomposed", lambda: has_precomposed(ctx.text))
        partners: dict[str, list[str]] = {}   # rare token -> the document's tokens of a near spelling
        for tok, (stem, end, variants) in rare.items():
            forms = [f for v in variants for f in _forms_in(v, tokens, both)]
            if forms:
                partners[tok] = forms
        if partners:
            c003 = _document_letter_variants(ctx)
            partners = {t: f for t, f in partners.items() if t not in c003}
        return rare, partners
    return ctx.once("consistency.c004", find)


def _starts(occ) -> dict[str, list[int]]:
    """{token: its start offsets} of ``occurrences`` (start, end, token), in text order."""
    starts: dict[str, list[int]] = {}
    for s, _e, tok in occ:
        starts.setdefault(tok, []).append(s)
    return starts


def _standing(stem: str, toks, starts: dict[str, list[int]], n: int) -> tuple[float, int, int]:
    """How established the spelling ``stem`` is, by its document tokens ``toks`` (C004, C007):
    (lexicon frequency, occurrences, -first offset; ``n``, the text's length, for none)."""
    firsts = [starts[t][0] for t in toks if t in starts] or [n]
    return (max([zipf(stem)] + [zipf(nfc(t)) for t in toks]), sum(len(starts.get(t, ())) for t in toks), -min(firsts))


# … and the one pair of C004's letters that splits the web itself: a long or short vowel sign
# (ী/ি, ূ/ু) in a name or loanword both spellings of which are common on the web (তানভীর/তানভির,
# মোদীর/মোদির, স্পিকার/স্পীকার, জার্মানি/জার্মানী, দরকারি/দরকারী), so that neither is rare enough for the
# test above. Words of three graphemes or more below Zipf 4.5 (not দিন/দীন: the commonest words are
# other words one sign apart), no verbs, not C001's, C003's or a listed misspelling; the same stem
# with the one sign swapped. The lexicon decides which spelling is reported when the two are half
# a Zipf point apart or more (রপ্তানি 4.6, রপ্তানী 3.7), else the article's own majority: an article
# that writes মোদির 48 times and মোদীর (Zipf 4.0 against 3.85) twice gets the two flagged.
# Measured on the clean corpora: nine pairs, all one word spelled two ways (within 5,000
# characters of each other in one file). The য-ফলা before আ-কার splits the web the same way in
# loanwords (ক্লিনিক্যাল 3.24/ক্লিনিকাল 3.21, প্ল্যাটিনাম/প্লাটিনাম), so ্যা/া is a pair of this test
# too, in words of four graphemes or more (shorter ones are other words: প্যারিস/পারিস, পারিস a
# verb; ম্যানস/মানস): no pair on the clean or noisy corpora beyond those C004 already reports.
# So is a word-initial অ্যা against এ (অ্যাপয়েন্টমেন্ট/এপয়েন্টমেন্ট, অ্যাকাউন্ট/একাউন্ট), in words of
# four graphemes or more.
_LENGTH_SWAP = {"\u09c0": "\u09bf", "\u09c2": "\u09c1"}   # ী -> ি, ূ -> ু
_YA_AA = nfc("\u09cd\u09af\u09be")   # ্যা -> া
_AA = "\u09be"
_A_YA_AA = nfc("অ\u09cd\u09af\u09be")   # অ্যা -> এ at a word's start
_E = "এ"
YA_AA_MIN_GRAPHEMES = 4
VOWEL_LENGTH_MAX_ZIPF = 4.5
LENGTH_LEXICON_MARGIN = 0.5


def _length_candidate(tok: str):
    """``(NFC stem, has a long sign)`` of a token that may be one spelling of a vowel-length pair,
    else None."""
    t = nfc(tok)
    long_sign = "\u09c0" in t or "\u09c2" in t or (_YA_AA in t and len(GRAPHEME_RE.findall(t)) >= YA_AA_MIN_GRAPHEMES)
    if not (long_sign or "\u09bf" in t or "\u09c1" in t):
        return None
    return _length_analysis(t, long_sign)


def _length_analysis(t: str, long_sign: bool):
    """``(stem, long_sign)`` of the NFC token ``t`` if it may be one spelling of a pair (a word of
    three graphemes or more below ``VOWEL_LENGTH_MAX_ZIPF``, no verb, no listed spelling)."""
    if not WORD_RE.fullmatch(t) or zipf(t) >= VOWEL_LENGTH_MAX_ZIPF or len(GRAPHEME_RE.findall(t)) < 3 \
            or is_finite_verb(nukta_norm(t)) or classify(t) is not None or lookup(t) is not None:
        return None
    return _stem(t)[0], long_sign


_LENGTH_CANDIDATES = TokenDecisions(_length_candidate)


def _vowel_length_hits(ctx, window: int, skip):
    """C004's vowel-length pairs (see above): a Hit on each occurrence of the minority spelling
    within ``window`` characters of the other; ``skip``: tokens the other tests report."""
    words = doc_words(ctx)
    cands = {t: v for t, v in _LENGTH_CANDIDATES.found(words).items() if t not in skip}
    if not any(v[1] for v in cands.values()):
        return
    by_stem: dict[str, list[str]] = {}
    for t, (stem, _long) in cands.items():
        by_stem.setdefault(stem, []).append(t)

    def look_up(other: str) -> None:
        """Add to ``by_stem`` the document's forms of a spelling with no sign of its own."""
        if other in by_stem:
            return
        tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))
        both = ctx.once("consistency.precomposed", lambda: has_precomposed(ctx.text))
        forms = [f for f in _forms_in(other, tokens, both)
                 if f not in skip and _length_analysis(nfc(f), False) is not None]
        if forms:
            by_stem[other] = forms
    pairs = set()
    for stem in {v[0] for v in cands.values() if v[1]}:
        others = [stem[:i] + _LENGTH_SWAP[c] + stem[i + 1:] for i, c in enumerate(stem) if c in _LENGTH_SWAP]
        if len(GRAPHEME_RE.findall(stem)) >= YA_AA_MIN_GRAPHEMES:
            i = stem.find(_YA_AA)
            while i >= 0:
                other = stem[:i] + _AA + stem[i + len(_YA_AA):]
                # the আ-কার spelling has no sign that makes it a candidate: its forms are looked
                # up among the document's tokens
                look_up(other)
                others.append(other)
                i = stem.find(_YA_AA, i + 1)
            if stem.startswith(_A_YA_AA):
                # and a word-initial অ্যা, which loanwords also write এ (অ্যাপয়েন্টমেন্ট/এপয়েন্টমেন্ট,
                # অ্যাকাউন্ট/একাউন্ট); that spelling, too, is looked up among the tokens
                other = _E + stem[len(_A_YA_AA):]
                look_up(other)
                others.append(other)
        pairs.update((stem, other) for other in others if other in by_stem)
    if not pairs:
        return
    occ = words.occurrences({t for pair in pairs for st in pair for t in by_stem[st]})
    starts = _starts(occ)
    for a, b in sorted(pairs):
        minority, majority = (a, b) if _less_established(a, b, by_stem, starts, len(ctx.text)) else (b, a)
        yield from _minority_hits(words, by_stem, minority, majority, starts, window, len(ctx.text))


def _less_established(a: str, b: str, by_stem, starts, n: int) -> bool:
    """Is the spelling ``a`` less established than ``b`` (C004's vowel lengths, C007's reph
    pairs; ``by_stem``: each spelling's document tokens)? Far apart on the web (half a Zipf
    point: three times as common), the web decides; else the article's majority, then the
    lexicon, then the spelling written first."""
    (za, na, fa), (zb, nb, fb) = (_standing(st, by_stem[st], starts, n) for st in (a, b))
    return za < zb if abs(za - zb) >= LENGTH_LEXICON_MARGIN else (na, za, fa) < (nb, zb, fb)


def _minority_hits(words, by_stem, minority: str, majority: str, starts, window: int, n: int):
    """A Hit on each occurrence of a token of the spelling ``minority`` within ``window``
    characters of one of ``majority``'s, the fix its ending on ``majority``; none for a token
    whose fix is no word (the ending belongs to the other spelling: জার্মানীয়)."""
    theirs = sorted(x for t in by_stem[majority] for x in starts.get(t, ()))
    # the majority's commonest form, the one written first on a tie (the forms come in the
    # order of a set, which varies from run to run)
    best = max(by_stem[majority], key=lambda t: (len(starts.get(t, ())), -min(starts.get(t, (n,)))))
    for tok in by_stem[minority]:
        end = nfc(tok)[len(minority):]
        for x in starts.get(tok, ()):
            k = bisect.bisect_left(theirs, x - window)
            if k < len(theirs) and theirs[k] <= x + window:
                fix = like(tok, majority + end)
                if nfc(fix) not in words.distinct_set() and not zipf(nfc(fix)):
                    break
                yield Hit(x, x + len(tok), fix, args={"word": tok, "suggestion": fix, "others": best})


def mixed_near_spellings(ctx, rule):
    """C004: report the less established of two spellings one confusable letter apart within
    ``options.window`` characters. The established one: the more frequent in the lexicon, then
    the more frequent in the document, then the first written."""
    yield from _near_spelling_hits(ctx, int(rule.options.get("window", 5000)))


def _near_spelling_hits(ctx, window: int) -> list:
    """C004's hits, found once per document (C007's name pairs leave their tokens to it)."""
    return ctx.once(f"consistency.c004_hits.{window}", lambda: list(_find_near_spellings(ctx, window)))


def _find_near_spellings(ctx, window: int):
    rare, partners = _near_partners(ctx)
    yield from _vowel_length_hits(ctx, window, set(partners).union(*partners.values(), _document_letter_variants(ctx)))
    if not partners:
        return
    words = doc_words(ctx)
    tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))
    both = ctx.once("consistency.precomposed", lambda: has_precomposed(ctx.text))
    occ = words.occurrences(set(partners) | {f for fs in partners.values() for f in fs})
    starts = _starts(occ)
    families: dict[str, tuple[float, int, int]] = {}

    def family(stem: str) -> tuple[float, int, int]:
        # every form of ``stem`` in the document; the same for every occurrence of a token, so
        # computed once per stem
        if stem not in families:
            families[stem] = _standing(stem, _forms_in(stem, tokens, both), starts, len(ctx.text))
        return families[stem]

    for s, e, tok in occ:
        if tok not in partners:
            continue
        stem, end, _variants = rare[tok]
        near = []
        for f in partners[tok]:
            fs = starts.get(f, [])
            k = bisect.bisect_left(fs, s - window)
            if k < len(fs) and fs[k] <= s + window:
                near.append(f)
        if not near:
            continue
        own = family(stem)
        best = max(((family(_stem(nfc(f))[0]), f) for f in near), key=lambda x: x[0])
        if best[0] <= own:
            continue   # this spelling is the established one (or as established: the other is reported)
        want = _stem(nfc(best[1]))[0] + end
        fix = like(tok, want)
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix, "others": best[1]})


# --------------------------------------------------------------------------------------
# C007: a name or loanword transliterated two ways in one article, the spellings further apart
# than C004's one letter (প্রোটেইন/প্রোটিন, ভালেন্তিনা/ভ্যালেন্টিনা,
# রাহমান/রহমান, ইলেক্ট্রিক/ইলেকট্রিক). The two are compared by their skeleton: the consonants with
# the letters transliteration hesitates over made one (C004's pairs: ট/ত, ড/দ, শ/ষ/স, ণ/ন, য/জ,
# ঙ/ং/ন, and হ/জ, the Spanish jota: হিমেনেস/জিমেনেস), without vowel signs, hasanta, য-ফলা, the
# glide য় and inner vowel letters, and with the opening অ/আ/এ made one (একাউন্ট/অ্যাকাউন্ট). A
# skeleton is lax, so the pair must also be close as written (two edits at most), have three
# consonants or more, and the spelling reported must be all but unknown to the lexicon; verbs are
# left out (কাঁদছিলেন/কেঁদেছিলেন are two tenses), and so are the tokens C003 and C004 report.
# Two more hesitations are made one in the key but not in the skeleton above: ব/ভ (Spanish b and v
# are one sound: বিদাল/ভিদাল, সেবিয়া/সেভিয়া) and a closing জ/স (Spanish -z: কাডিজ/কাদিস,
# গোমেজ/গোমেস). Spellings that differ in them must differ in nothing but letters the key makes
# one, letter for letter (``_letter_variants``): বাসাবাড়ি/বাসাভাড়া, with another vowel too, are
# two words.
_SKELETON_MAP = str.maketrans({"ট": "ত", "ঠ": "থ", "ড": "দ", "ঢ": "ধ", "ৎ": "ত", "ণ": "ন", "ঙ": "ন", "ং": "ন", "ঞ": "ন",
                               "ষ": "স", "শ": "স", "য": "জ", "হ": "জ"})
_KEY_MAP = {**_SKELETON_MAP, ord("ভ"): "ব"}
_SKELETON_DROP_RE = regex.compile("[\u0981\u09be-\u09cc\u09d7]|\u09cd\u09af|\u09cd|(?<=.)[অআইঈউঊএঐওঔ]|য়")
_SKELETON_OPEN_RE = regex.compile("^[অআএ]")
SKELETON_MIN_CONSONANTS = 3
SKELETON_MAX_EDITS = 2
SKELETON_MAX_ZIPF = 1.5           # the spelling reported: the token and its stem all but unknown
SKELETON_PARTNER_MAX_ZIPF = 4.5   # the other: a name or loanword, not one of the commonest words
_GLIDE = nfc("য়")


def _skeleton_stem(t: str) -> tuple[str, str]:
    """``_stem`` of the NFC token ``t``, without the glide য় an ending leaves on a word in -ং or
    a consonant (চার্জিংয়ের: চার্জিং)."""
    stem, end = _stem(t)
    if end and stem.endswith(_GLIDE) and len(stem) > 2 and not "\u09be" <= stem[-2] <= "\u09cc":
        return stem[:-len(_GLIDE)], _GLIDE + end
    return stem, end


def _consonant_frame(stem: str) -> str:
    """``stem`` without vowel signs, hasanta, য-ফলা, the glide য় and inner vowel letters, the
    opening অ/আ/এ made one."""
    return _SKELETON_OPEN_RE.sub("অ", _SKELETON_DROP_RE.sub("", nukta_norm(stem)))


def _strict_skeleton(stem: str) -> str:
    return _consonant_frame(stem).translate(_SKELETON_MAP)


@lru_cache(maxsize=1 << 16)
def _skeleton(stem: str) -> str:
    """The key two spellings of one name share: the skeleton, ব/ভ and a closing জ/স made one."""
    key = _consonant_frame(stem).translate(_KEY_MAP)
    return key[:-1] + "জ" if key.endswith("স") else key


_HASANTA = "\u09cd"


# the opening vowel a transliteration hesitates over (অ্যান্টোফাগাস্টা/আন্তোফাগাস্তা, একাউন্ট/অ্যাকাউন্ট)
_OPENING_VOWEL_RE = regex.compile(f"^(?:{_A_YA_AA}|[অআএ])")


def _last_consonant(s: str) -> int:
    """The index of the last consonant letter of ``s`` (-1 if none)."""
    return max((i for i, c in enumerate(s) if "\u0995" <= c <= "\u09b9"), default=-1)


def _letter_variants(a: str, b: str) -> bool:
    """Do the stems ``a`` and ``b`` differ letter for letter in letters the key makes one alone,
    a closing জ/স included, after their opening vowels (অ্যা/আ/এ/অ) are made one? A conjunct and
    its letters written apart are one spelling too (মেন্দোসা/মেনদোজা)."""
    a, b = _OPENING_VOWEL_RE.sub("আ", a), _OPENING_VOWEL_RE.sub("আ", b)
    if len(a) != len(b):
        a, b = a.replace(_HASANTA, ""), b.replace(_HASANTA, "")
    if len(a) != len(b):
        return False
    # the last consonant, vowel signs after it (মেন্দোজা/মেন্দোসা)
    last = _last_consonant(a)
    return all(x == y or x.translate(_KEY_MAP) == y.translate(_KEY_MAP) or (i == last and x + y in ("জস", "সজ"))
               for i, (x, y) in enumerate(zip(a, b)))


def _pair_spellings(a: str, b: str) -> bool:
    """Are the stems ``a`` and ``b``, one key, two spellings of one name? With one skeleton: the
    same ends and close as written; otherwise (ব/ভ, a closing জ/স, or more than two edits apart
    with an opening vowel between them) letter variants alone."""
    if _strict_skeleton(a) == _strict_skeleton(b) and _same_ends(a, b) and _close(nukta_norm(a), nukta_norm(b)):
        return True
    return _letter_variants(nukta_norm(a), nukta_norm(b))


def _consonants(key: str) -> int:
    return sum(1 for c in key if "\u0995" <= c <= "\u09b9")


_YA_PHALA = _HASANTA + "\u09af"


# the dental and retroflex stops Spanish and Italian names are written with either way, at the
# opening too (ত্রোসার্দ/ট্রোসার্ড, তোরেস/টোরেস), and the Spanish jota as হ or জ (হিমেনেস/জিমেনেস),
# where the two spellings differ in those letters alone (not ডালসমূহ/দলসমূহ, two words)
_OPEN_SWAP = {"ট": "ত", "ত": "ট", "ড": "দ", "দ": "ড", "জ": "হ", "হ": "জ"}
# the openings a partner may have (ব/ভ: ``_letter_variants``)
_PARTNER_OPENINGS = {**_OPEN_SWAP, "ব": "ভ", "ভ": "ব"}


def _same_ends(a: str, b: str) -> bool:
    """Do the stems ``a`` and ``b`` open with one letter and end with one (the last up to C004's
    letter pairs: ত্রোসার্দ/ট্রোসার্ড)? A different end is another word or suffix (স্বার্থবাদ/
    স্বার্থবাদী, হেফাজত/হেফাজতি, সিদ্দিকী/সিদ্দীকুর), a different opening another word (ডাল/দল)."""
    if a[0] != b[0] and (_OPEN_SWAP.get(a[0]) != b[0] or a.translate(_SKELETON_MAP) != b.translate(_SKELETON_MAP)):
        return False   # another opening only where the two differ in nothing but those letters
    return a[-1].translate(_SKELETON_MAP) == b[-1].translate(_SKELETON_MAP)


# an echo compound, a word and its rhyme (লুটেপুটে, ঘুরেফিরে): a word of its own, not a spelling of
# the noun its skeleton matches (লুটপাট)
_ECHO_RE = regex.compile("^(.)(.{1,3})\u09c7?(?!\\1).\\2\u09c7?$")


def _echo_pair(text: str, a: str, b: str) -> bool:
    """Are the two spellings written side by side, with a hyphen or a space (হালুম-হুলুম, an
    echo word whose halves differ in a vowel) or a slash (আলবাকার্কি/অ্যালবাকার্কি, both spellings
    offered on purpose), in either order?"""
    return any(x + sep + y in text for x, y in ((a, b), (b, a)) for sep in ("-", " ", "/"))


def _close(a: str, b: str) -> bool:
    """At most ``SKELETON_MAX_EDITS`` edits apart, neither an echo compound."""
    return _edits(a, b) <= SKELETON_MAX_EDITS and not _ECHO_RE.match(a) and not _ECHO_RE.match(b)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance of two short words, a য-ফলা counted as one letter."""
    a, b = a.replace(_YA_PHALA, "\x01"), b.replace(_YA_PHALA, "\x01")
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1 << 16)
def _skeleton_of(token: str, max_zipf: float = SKELETON_PARTNER_MAX_ZIPF):
    """``(stem, ending, skeleton)`` of a Bengali token of three consonants or more that is not
    a verb, else None (for partners: any frequency up to ``max_zipf``)."""
    t = nfc(token)
    if not 3 <= len(t) <= 40 or zipf(t) >= max_zipf or not WORD_RE.fullmatch(t):
        return None
    stem, end = _skeleton_stem(t)
    key = _skeleton(stem)
    if _consonants(key) < SKELETON_MIN_CONSONANTS or is_finite_verb(nukta_norm(t)) \
            or has_verb_ending(t, CONDITIONAL_ENDS):
        return None
    return stem, end, key


# a verb's conditional (মারলে, করলেও) is no finite verb but no name either (জ্যাকব মার্লের beside মারলে)
CONDITIONAL_ENDS = tuple(nukta_norm(e) for e in ("লে", "লেই", "লেও"))


def _unlisted_skeleton(t: str, max_zipf: float):
    """``_skeleton_of`` the NFC token ``t`` when it and its stem are below ``max_zipf`` in the
    lexicon and it is neither C001's nor a listed misspelling, else None."""
    if zipf(t) >= max_zipf or classify(t) is not None or lookup(t) is not None:
        return None
    sk = _skeleton_of(t)
    return sk if sk is not None and zipf(sk[0]) < max_zipf else None


def _rare_skeleton(token: str):
    """``_skeleton_of`` a token all but unknown to the lexicon (``_unlisted_skeleton``), else None."""
    return _unlisted_skeleton(nfc(token), SKELETON_MAX_ZIPF)


# the classifiers a transliterated name may end in (চিরিগোটা, a Spanish -ta)
_NAME_CLASSIFIERS = tuple(nfc(c) for c in ("টা", "টি"))


_RARE_SKELETONS = TokenDecisions(_rare_skeleton, skip_frequent=True)   # (SKELETON_MAX_ZIPF < FREQUENT_ZIPF)


# An English o written as ো in one place and left out in another (হোস্টেল/হস্টেল,
# কোম্পানি/কম্পানি, কার্বোহাইড্রেট/কার্বহাইড্রেট): the spelling without it may be a little
# known to the lexicon (হস্টেল 1.9), so it is reported up to FREQUENT_ZIPF when the two differ
# in that one ো before a consonant alone and the other is known ten times better. In the clean
# corpora the only such pairs are spellings all but unknown (করিডর/করিডোর), already reported.
_O_SIGN = "\u09cb"
O_VARIANT_MIN_GAP = 1.0


def _mid_skeleton(token: str):
    """``_skeleton_of`` a token a little known to the lexicon, it or its stem from
    ``SKELETON_MAX_ZIPF`` up to ``FREQUENT_ZIPF`` and neither more (not C001's, not a listed
    misspelling), else None."""
    t = nfc(token)
    sk = _unlisted_skeleton(t, FREQUENT_ZIPF)
    return sk if sk is not None and max(zipf(t), zipf(sk[0])) >= SKELETON_MAX_ZIPF else None


_MID_SKELETONS = TokenDecisions(_mid_skeleton, skip_frequent=True)


# The letters a Spanish name is transliterated with either way (মার্তিনেস/মার্টিনেজ, রোহাস/রোজাস,
# আতাকামা/আটাকামা): ট/ত, ড/দ, the jota's হ/জ anywhere, and a closing z's জ/স. Both spellings are
# often on the web, so neither is rare enough for the test above; where a spelling a little known
# to the lexicon (below FREQUENT_ZIPF) and another spelling known to it at least that well
# (SKELETON_MAX_ZIPF or more) differ letter for letter in these letters alone, the two are one name,
# and the article's own majority decides which is established (on a tie, the one written first).
# Measured on the clean and noisy corpora: no such pair within a window where one spelling is below
# FREQUENT_ZIPF.
_SWAP_LETTERS = frozenset(frozenset(p) for p in ("টত", "ডদ", "জহ"))
_CLOSING_Z = frozenset("জস")


def _swapped_letters(stem: str, other: str) -> bool:
    """Do the stems ``stem`` and ``other`` differ, letter for letter, only in ``_SWAP_LETTERS``
    and a closing জ/স (the last consonant)?"""
    a, b = nukta_norm(stem), nukta_norm(other)
    if len(a) != len(b) or a == b:
        return False
    last = _last_consonant(a)
    return all(x == y or frozenset((x, y)) in _SWAP_LETTERS or (i == last and {x, y} == _CLOSING_Z)
               for i, (x, y) in enumerate(zip(a, b)))


# An English -or/-er written -ার in one place and -র in another (রেগুলেটার/রেগুলেটর, ভিজিটার/ভিজিটর,
# ক্রিয়েটার/ক্রিয়েটর): the stem loses its র to the genitive reading (রেগুলেটা + র, রেগুলেট + র),
# so the two stems do not end alike; the tokens are compared whole, either way round
# (কম্পিউটর beside কম্পিউটার).
_AA_R = "\u09beর"


def _inserted_at(short: str, long: str) -> int:
    """The index of the one character ``long`` has where ``short`` has none, the rest alike
    (-1 if ``long`` is not ``short`` with one character inserted)."""
    if len(long) != len(short) + 1:
        return -1
    i = next((k for k, (a, b) in enumerate(zip(short, long)) if a != b), len(short))   # the first difference
    return i if long[i + 1:] == short[i:] else -1


def _aa_before_r(tok: str, other: str) -> bool:
    """Is the NFC token ``tok`` the NFC token ``other`` with one া before a র that follows a
    consonant, the rest (any ending after the র) alike?"""
    i = _inserted_at(other, tok)
    return (i > 0 and tok[i:i + 2] == _AA_R and "\u0995" <= tok[i - 1] <= "\u09b9"
            and _pair_spellings(tok, other))


def _o_dropped(stem: str, other: str) -> bool:
    """Is ``other`` the stem ``stem`` with one ো added before a consonant, and known
    ``O_VARIANT_MIN_GAP`` better to the lexicon?"""
    i = _inserted_at(stem, other)
    return (0 <= i < len(stem) and other[i] == _O_SIGN and "\u0995" <= stem[i] <= "\u09b9"
            and zipf(other) >= zipf(stem) + O_VARIANT_MIN_GAP)


HASANTA_MOVED_MAX_ZIPF = 6.0   # either spelling: any word but the commonest few hundred


def _hasanta_moved(words) -> dict:
    """``_skeleton_of`` the document's tokens that share their letters and their number of
    hasantas with another stem of the document, the hasanta after another letter (ইন্সটিটিউটের
    beside ইনস্টিটিউট): one loanword's two spellings of its cluster, however frequent each is in
    the lexicon. Not where র takes the hasanta (a reph or a র-ফলা: পর্চার/প্রচার, two words).
    The clean and noisy corpora hold no such pair."""
    # first, cheaply: the tokens whose letters open alike with as many hasantas as another's
    rough: dict[tuple[str, int], list[str]] = {}
    for t in words.distinct:
        if _HASANTA not in t or "র" + _HASANTA in t or _HASANTA + "র" in t:
            continue
        bare = t.replace(_HASANTA, "")
        rough.setdefault((bare[:4], len(t) - len(bare)), []).append(t)
    groups: dict[tuple[str, int], dict[str, list]] = {}
    for t in (t for ts in rough.values() if len(ts) > 1 for t in ts):
        sk = _skeleton_of(t, HASANTA_MOVED_MAX_ZIPF)
        if sk is None:
            continue
        stem = sk[0]
        n = stem.count(_HASANTA)
        if n:
            groups.setdefault((stem.replace(_HASANTA, ""), n), {}).setdefault(stem, []).append((t, sk))
    return {t: sk for stems in groups.values() if len(stems) > 1 for toks in stems.values() for t, sk in toks}


# A reph written as র and the letter after it (করপোরেশন/কর্পোরেশন, গারসিয়া/গার্সিয়া,
# কারটার/কার্টার): loanwords and names both ways common on the web, so neither is rare enough
# for the tests above. A token with a reph before a consonant (not ণ, য or র: পূর্ণ/পূরণ,
# বর্ণ/বরণ are two words) and a token of the same stem with that hasanta dropped, the stem
# five letters or more (চার্টে/চারটে, নর্ম/নরম are two words each), no verb (মার্লের/মারলে).
# As for C004's vowel lengths, the lexicon decides when the two are half a Zipf point apart or
# more, else the article's majority. Only the spelling without the reph is reported (a hasanta
# lost): where an article's majority writes it and the reph comes once, that is its house style
# beside a name's own spelling. Measured on the clean and noisy corpora: one pair within 5,000
# characters, the news corpus's one কর্পোরেশন (in a project's name) beside its 52 করপোরেশন,
# not reported.
_REPH_RE = regex.compile("র\u09cd(?=[কখগঘঙচছজঝঞটঠডঢতথদধনপফবভমলশষসহ])")
REPH_MIN_STEM = 5


def _reph_candidate(tok: str):
    """``(stem, the stem without each reph's hasanta)`` of a token with a reph before a
    consonant, else None."""
    t = nfc(tok)
    if "র\u09cd" not in t:
        return None
    sk = _skeleton_of(t, HASANTA_MOVED_MAX_ZIPF)
    if sk is None or classify(t) is not None or lookup(t) is not None:
        return None
    stem = sk[0]
    bare = tuple(stem[:m.start() + 1] + stem[m.end():] for m in _REPH_RE.finditer(stem) if m.start() > 0)
    bare = tuple(b for b in bare if len(b) >= REPH_MIN_STEM)
    return (stem, bare) if bare else None


_REPH_CANDIDATES = TokenDecisions(_reph_candidate)


def _reph_hits(ctx, words, window: int, skip):
    """C007's reph pairs (see above): a Hit on each occurrence of the spelling without the reph
    within ``window`` characters of the other; ``skip``: tokens C003 and C004 report."""
    cands = {t: v for t, v in _REPH_CANDIDATES.found(words).items() if t not in skip}
    if not cands:
        return
    tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))
    both = ctx.once("consistency.precomposed", lambda: has_precomposed(ctx.text))
    by_stem: dict[str, list[str]] = {}
    for t, (stem, _bare) in cands.items():
        by_stem.setdefault(stem, []).append(t)
    pairs = set()
    for stem, bare in set(cands.values()):
        for other in bare:
            if other not in by_stem:
                forms = [f for f in _forms_in(other, tokens, both) if f not in skip
                         and (sk := _skeleton_of(nfc(f), HASANTA_MOVED_MAX_ZIPF)) is not None and sk[0] == other]
                if not forms:
                    continue
                by_stem[other] = forms
            if not any(_echo_pair(ctx.text, a, b) for a in by_stem[stem] for b in by_stem[other]):
                pairs.add((other, stem))   # (without the reph, with it)
    if not pairs:
        return
    occ = words.occurrences({t for pair in pairs for st in pair for t in by_stem[st]})
    starts = _starts(occ)
    for a, b in sorted(pairs):
        # (where the reph is the less established spelling, it is a house style beside a name's
        # own spelling: nothing is reported)
        if _less_established(a, b, by_stem, starts, len(ctx.text)):
            yield from _minority_hits(words, by_stem, a, b, starts, window, len(ctx.text))


def mixed_transliterations(ctx, rule):
    """C007: report the less established of two transliterations of one name or loanword (see
    above) within ``options.window`` characters; established as in C004. Then the two spellings
    of one word of a name beside the same other word (``_name_pair_hits``), where not reported."""
    window = int(rule.options.get("window", 5000))
    hits = list(_transliteration_hits(ctx, window))
    yield from hits
    # both spellings of every pair C003, C004 and C007's other tests report, by stem
    spellings = [w for h in hits + _near_spelling_hits(ctx, window) for w in (h.args["word"], h.args["others"])]
    spellings += [w for t, (_v, seen) in _document_letter_variants(ctx).items() for w in (t, seen)]
    yield from _name_pair_hits(ctx, window, {_skeleton_stem(nfc(w))[0] for w in spellings})


# A word of a person's or place's name spelled two ways beside one and the same other word of the
# name (মেলিসা গ্র্যান্ট … মেলিসা গ্রান্ট, হাভিয়ের রুইস … জাভিয়ের রুইস, কিল সুইচ … কিল স্যুইচ): the
# word they share makes the two one name, so the pair is reported however common each spelling is
# (গ্রান্ট is a word of its own, জাভিয়ের the commoner web spelling), which the tests above, made
# for words seen alone, cannot do. The shared word is a name's, not a common word (below Zipf
# NAME_SHARED_MAX_ZIPF, two graphemes or more, no finite verb; the first word of the pair
# uninflected); the two spellings are C007's pair (``_pair_spellings``, two consonants at least),
# one of them at least below NAME_VARIANT_MAX_ZIPF as a stem and as written, not both verb forms.
# Not caught: spellings apart in more than C007's letters (হোর্হে/জর্জে), or both common words
# (হক/হোক). The spelling the article writes less, with any ending, is reported (as often: the one
# written later beside the shared word), within the window of the other.
NAME_SHARED_MAX_ZIPF = 4.0
NAME_VARIANT_MAX_ZIPF = 4.0   # one of the two spellings at least: not two common words
NAME_MIN_CONSONANTS = 2


def _name_word(t: str) -> bool:
    """Can the NFC token ``t`` be the word two spellings of a name share?"""
    return zipf(t) < NAME_SHARED_MAX_ZIPF and len(GRAPHEME_RE.findall(t)) >= 2 and not is_finite_verb(nukta_norm(t))


def _bare(t: str) -> bool:
    """Is the NFC token ``t`` a word without a case or plural ending (a given name before its
    surname), or more common with what reads as one (রেজিস্ট্রার, not রেজিস্ট্রা + র)?"""
    stem, end = _stem(t)
    return not end or zipf(t) >= zipf(stem)


def _verb_form(t: str) -> bool:
    return is_finite_verb(nukta_norm(t)) or is_infinitive(nukta_norm(t))


@lru_cache(maxsize=1 << 17)
def _pair_word(tok: str) -> tuple[str, bool, bool, bool]:
    """(its stem, uninflected, may be the word a name pair shares as itself, as a stem) of a
    token."""
    t = nfc(tok)
    stem, bare = _skeleton_stem(t)[0], _bare(t)
    if not _name_word(t):
        return stem, bare, False, False
    return stem, bare, bare, _name_word(stem)


def _name_pair_hits(ctx, window: int, involved):
    """C007's name pairs (see above), but for a spelling among ``involved``, the stems of the
    pairs the other tests report (a spelling one of them calls established is not reported
    here as the minority)."""
    text = ctx.text
    words = doc_words(ctx)
    givens, surnames = set(), set()
    for t in words.distinct:
        _stem, _bare_t, given, surname = _pair_word(t)
        if given:
            givens.add(t)
        if surname:
            surnames.add(t)
    # (side, shared word) -> {the other word's stem (side 0) or the word itself, uninflected
    # (side 1: a first word before the shared last one): [(start, token)]}
    groups: dict[tuple[int, str], dict[str, list[tuple[int, str]]]] = {}
    for s, e, first, second in words.pairs_after(givens):   # a given name, or a name's first word
        if not glued(text, s, e, "-"):   # (a name pair's words stand alone)
            groups.setdefault((0, first), {}).setdefault(_pair_word(second)[0], []).append((e - len(second), second))
    for s, e, first, second in words.pairs_before(surnames):   # a name's last word
        if _pair_word(first)[1] and not glued(text, s, e, "-"):
            groups.setdefault((1, _pair_word(second)[0]), {}).setdefault(nfc(first), []).append((s, first))
    pairs = []   # (spelling, its occurrences, the other, its occurrences)
    for by_stem in groups.values():
        if len(by_stem) < 2:
            continue
        keys: dict[str, list[str]] = {}   # C007's pairs share a skeleton (``_pair_spellings``)
        for st in sorted(by_stem):
            keys.setdefault(_skeleton(st), []).append(st)
        for x, y in ((x, y) for same in keys.values() for i, x in enumerate(same) for y in same[i + 1:]):
            ox, oy = by_stem[x], by_stem[y]
            if nukta_norm(x) == nukta_norm(y) or {x, y, _pair_word(x)[0], _pair_word(y)[0]} & involved \
                    or min(zipf(x), zipf(y)) >= NAME_VARIANT_MAX_ZIPF \
                    or min(zipf(nfc(ox[0][1])), zipf(nfc(oy[0][1]))) >= NAME_VARIANT_MAX_ZIPF \
                    or min(_consonants(_strict_skeleton(x)), _consonants(_strict_skeleton(y))) < NAME_MIN_CONSONANTS \
                    or _verb_form(nfc(ox[0][1])) and _verb_form(nfc(oy[0][1])) or not _pair_spellings(x, y):
                continue
            pairs.append((x, ox, y, oy))
    if not pairs:
        return
    # The minority: the spelling the article writes less, with any ending, anywhere; as often,
    # the one written later beside the shared word (the lexicon is no judge of a name's spelling:
    # জাভিয়ের is the commoner web spelling of an article's হাভিয়ের)
    tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))
    both = ctx.once("consistency.precomposed", lambda: has_precomposed(text))
    forms = {st: _forms_in(st, tokens, both) for x, _ox, y, _oy in pairs for st in (x, y)}
    counts = Counter(t for _s, _e, t in words.occurrences({f for fs in forms.values() for f in fs}))
    for x, ox, y, oy in pairs:
        nx, ny = (sum(counts[f] for f in forms[st]) for st in (x, y))
        mine, theirs = (ox, oy) if (nx, -ox[0][0]) < (ny, -oy[0][0]) else (oy, ox)
        other = theirs[0][1]
        for st, tok in mine:
            if any(abs(st - o) <= window for o, _t in theirs):
                fix = like(tok, _skeleton_stem(nfc(other))[0] + _skeleton_stem(nfc(tok))[1])
                yield Hit(st, st + len(tok), fix, args={"word": tok, "suggestion": fix, "others": other})


def _transliteration_hits(ctx, window: int):
    """C007's skeleton pairs, reph pairs and swapped letters (see above)."""
    words = doc_words(ctx)
    _near, c004 = _near_partners(ctx)
    c003 = _document_letter_variants(ctx)
    reph = list(_reph_hits(ctx, words, window, set(c004).union(c003)))
    yield from reph
    reported = {ctx.text[h.start:h.end] for h in reph}
    moved = _hasanta_moved(words)
    mid = {t: v for t, v in _MID_SKELETONS.found(words).items() if t not in moved}   # ো-variants alone
    rare = {**mid, **moved, **_RARE_SKELETONS.found(words)}
    if not rare:
        return
    rare = {t: v for t, v in rare.items() if t not in c004 and t not in c003 and t not in reported}
    if not rare:
        return
    # a name whose last syllable reads as a classifier (চিরিগোটা: চিরিগো + টা) is also tried with it
    # (চিরিগোটা beside চিরিগোতা)
    whole = {}
    for t, (stem, end, _key) in rare.items():
        cl = next((c for c in _NAME_CLASSIFIERS if end.startswith(c)), None)
        if cl:
            whole[t] = (stem + cl, end[len(cl):], _skeleton(stem + cl))
    keys = {v[2] for v in rare.values()} | {v[2] for v in whole.values()}
    tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))   # shared with C004, T006
    by_key: dict[str, list[tuple[str, str]]] = {}   # skeleton -> the document's (token, stem)
    for t, (stem, _end, key) in whole.items():
        by_key.setdefault(key, []).append((t, stem))
    firsts = {t[0] for t in rare}
    for first in firsts | {_PARTNER_OPENINGS[f] for f in firsts if f in _PARTNER_OPENINGS}:   # a partner's opening
        i = bisect.bisect_left(tokens, first)
        while i < len(tokens) and tokens[i][0] == first:
            tok = tokens[i]
            i += 1
            sk = rare.get(tok) or _skeleton_of(tok)
            if sk is not None and sk[2] in keys:
                by_key.setdefault(sk[2], []).append((tok, sk[0]))
    pairs = {}   # rare token -> the partners (token, stem): other stems, close as written
    read_as = {}   # rare token -> the analysis (stem, ending, key) its partners were found by
    swaps = []   # (mid token, its analysis, partner token, partner analysis): _swapped_letters pairs
    for tok, analysis in rare.items():
        for stem, end, key in (analysis, whole.get(tok)) if tok in whole else (analysis,):
            others = [(o, ostem) for o, ostem in by_key.get(key, ()) if o != tok and ostem != stem
                      and (_o_dropped(stem, ostem) if tok in mid
                           else _pair_spellings(stem, ostem) or _aa_before_r(nfc(tok), nfc(o))
                           or _aa_before_r(nfc(o), nfc(tok)))
                      and not _echo_pair(ctx.text, tok, o)]
            if others:
                pairs[tok] = others
                read_as[tok] = (stem, end, key)
                break
        else:
            if tok in mid:
                swaps.extend((tok, analysis, o, sk) for o, ostem in by_key.get(analysis[2], ())
                             if (sk := _skeleton_of(o)) is not None and _swapped_letters(analysis[0], ostem)
                             and max(zipf(nfc(o)), zipf(ostem)) >= SKELETON_MAX_ZIPF
                             and not _echo_pair(ctx.text, tok, o))
    if swaps:
        yield from _swapped_names(ctx, words, swaps, window)
    if not pairs:
        return
    occ = words.occurrences(set(pairs) | {o for os in pairs.values() for o, _ in os})
    starts = _starts(occ)
    standings: dict[str, tuple[float, int, int]] = {}

    def standing(stem: str) -> tuple[float, int, int]:
        # the stem's tokens in the document, once per stem
        if stem not in standings:
            toks = [t for t, st in by_key[_skeleton(stem)] if st == stem]
            standings[stem] = _standing(stem, toks, starts, len(ctx.text))
        return standings[stem]

    for s, e, tok in occ:
        if tok not in pairs:
            continue
        stem, end, _key = read_as[tok]
        near = [(o, ostem) for o, ostem in pairs[tok] if any(abs(x - s) <= window for x in starts.get(o, ()))]
        if not near:
            continue
        best, best_stem = max(near, key=lambda p: standing(p[1]))
        if standing(best_stem) <= standing(stem):
            continue   # this spelling is the established one
        fix = like(tok, best_stem + end)
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix, "others": best})


def _swapped_names(ctx, words, swaps, window: int):
    """C007's ``_swapped_letters`` pairs: the spelling the article writes less (as often: the one
    written later) is reported near the other, with the other's stem as the fix."""
    occ = words.occurrences({t for s in swaps for t in (s[0], s[2])})
    starts = _starts(occ)
    stems: dict[str, list[str]] = {}   # stem -> the document's tokens of it among the pairs
    for tok, (stem, _e, _k), o, (ostem, _oe, _ok) in swaps:
        for t, st in ((tok, stem), (o, ostem)):
            if t not in stems.setdefault(st, []):
                stems[st].append(t)

    def majority(stem: str) -> tuple[int, int]:
        toks = stems[stem]
        return (sum(len(starts.get(t, ())) for t in toks),
                -min((starts[t][0] for t in toks if t in starts), default=len(ctx.text)))

    reported: dict[str, tuple[str, str]] = {}   # token -> (the other token, the fix's stem)
    for tok, (stem, _e, _k), o, (ostem, _oe, _ok) in swaps:
        if majority(stem) < majority(ostem):
            reported.setdefault(tok, (o, ostem))
        else:
            reported.setdefault(o, (tok, stem))
    for s, e, tok in occ:
        if tok not in reported:
            continue
        other, fix_stem = reported[tok]
        if not any(abs(x - s) <= window for x in starts.get(other, ())):
            continue
        end = _skeleton_of(tok)[1]
        fix = like(tok, fix_stem + end)
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix, "others": other})


# --------------------------------------------------------------------------------------
# C006: one compound written with a hyphen and solid in one article (চেক-ইন … চেকইনের, ই-মেইল …
# ইমেইল, ওয়াল-বক্স … ওয়ালবক্স). Machine translation hyphenates a compound in one sentence and
# not in the next; an article keeps one form. Not: an emphatic or interrogative clitic after a
# hyphen (তা-ই beside তাই "so", কি-না beside কিনা), which is another word.
_HYPHEN_RE = regex.compile(r"(?<=[\u0981-\u09E3\u09F0\u09F1])-(?=[\u0981-\u09E3\u09F0\u09F1])")
_CLITICS = frozenset(("ই", "ও", "না", "কি", "বা"))


def _less_used(a, b) -> bool:
    """Is the form with the occurrences ``a`` the one to report against the form with ``b``
    (each a list in text order of tuples that open with the start offset): used less, or as
    often and first written later? (C006, C008)"""
    return len(a) < len(b) or (len(a) == len(b) and b[0][0] < a[0][0])


def mixed_hyphenation(ctx, rule):
    text = ctx.text
    if "-" not in text:
        return
    window = int(rule.options.get("window", 2500))
    # (start, end, first part, second part, the compound's stem: both parts, the ending off)
    hyphenated: list[tuple[int, int, str, str, str]] = []
    for m in _HYPHEN_RE.finditer(text):
        a = WORD_BACK_RE.match(text, 0, m.start())
        b = WORD_RE.match(text, m.end())
        s, e = a.start(), b.end()
        if (s and text[s - 1] in "-\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef") or text[e:e + 1] == "-":
            continue   # a chain (এক-দুই-তিন) or a number range
        first, second = nfc(a.group()), nfc(b.group())
        if second in _CLITICS or len(GRAPHEME_RE.findall(second)) < 2:
            continue
        hyphenated.append((s, e, first, second, first + _stem(second)[0]))
    if not hyphenated:
        return
    words = doc_words(ctx)
    tokens = ctx.once("lexicon.sorted_words", lambda: sorted(words.distinct))
    both = ctx.once("consistency.precomposed", lambda: has_precomposed(text))
    # the document's solid forms of each compound: {form: the compound's stem}
    stem_of = {f: h[4] for h in hyphenated for f in _forms_in(h[4], tokens, both)}
    if not stem_of:
        return
    solid_at: dict[str, list[tuple[int, int, str]]] = {}
    for o in words.occurrences(stem_of):
        solid_at.setdefault(stem_of[o[2]], []).append(o)
    hyph_at: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for h in hyphenated:
        if h[4] in solid_at:
            hyph_at.setdefault(h[4], []).append(h)
    for stem, hs in hyph_at.items():
        ss = solid_at[stem]
        # report the form the article uses less, each occurrence of it that has the other form
        # within the window
        if _less_used(ss, hs):
            ref = hs[0][2] + "-" + hs[0][3]
            for s, e, tok in ss:
                if any(abs(h[0] - s) <= window for h in hs):
                    first, t = hs[0][2], nfc(tok)   # (the token as written may not be NFC)
                    fixed = like(tok, first + "-" + t[len(first):]) if t.startswith(first) else None
                    yield Hit(s, e, fixed, args={"word": tok, "others": ref, "suggestion": fixed or ref})
        else:
            ref = ss[0][2]
            for s, e, first, second, _k in hs:
                if any(abs(o[0] - s) <= window for o in ss):
                    fixed = first + second
                    yield Hit(s, e, like(text[s:e], fixed), args={"word": text[s:e], "others": ref, "suggestion": fixed})


# --------------------------------------------------------------------------------------
# C008: one word or name written solid and as two words in one article (শান্তি কুটির …
# শান্তিকুটিরের, প্রধান বিচারপতির … প্রধানবিচারপতির). The solid form is unknown to the lexicon, so
# the article's own spaced form is the evidence; names count too. W001 reports the solid tokens
# it splits on the model's evidence; C008 leaves those to it.
def _spaced_forms(words, skip) -> dict[str, tuple[int, list[tuple[int, int, str, str]]]]:
    """{solid token: (NFC offset of its cut, [(start, end, first, second) of each spaced form])}
    for the document's tokens unknown to the lexicon, of four graphemes or more, not in
    ``skip``, that split, with two graphemes or more on each side, into a token of the document
    and a word whose stem the document writes after that token with one space (the ending may
    differ). Not a participle closing a compound against a verbal noun written apart (ইটভাঙা
    শ্রমিক, ইট ভাঙার কাজ)."""
    lex = lexicon()
    distinct = words.distinct_set()   # as written: an NFC part is looked up in both encodings
    cands: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for tok in words.distinct_set(rare=True):
        if tok in skip or len(tok) > MAX_TOKEN_CHARS:
            continue
        t = nfc(tok)
        if t in lex or len(GRAPHEME_RE.findall(t)) < 4:
            continue
        for p in split_points(t):
            a = t[:p]
            if (a in distinct or precomposed(a) in distinct) and len(GRAPHEME_RE.findall(a)) >= 2:
                for stem in noun_stems(t[p:]):
                    cands.setdefault((a, stem), []).append((tok, p))
    if not cands:
        return {}
    firsts = {f for a, _ in cands for f in (a, precomposed(a)) if f in distinct}
    out: dict[str, tuple[int, list[tuple[int, int, str, str]]]] = {}
    for s, e, a, b in words.pairs_after(firsts):
        bn = nfc(b)
        for tok, p in {c for stem in noun_stems(bn) for c in cands.get((nfc(a), stem), ())}:
            r = nfc(tok)[p:]
            if r != bn and r.endswith("া"):
                continue
            if out.setdefault(tok, (p, []))[0] == p:
                out[tok][1].append((s, e, a, b))
    return {tok: v for tok, v in out.items() if not is_abbreviation(nfc(tok))}


def mixed_spacing(ctx, rule):
    window = int(rule.options.get("window", 5000))
    words = doc_words(ctx)
    text = ctx.text
    forms = _spaced_forms(words, default_fused(words))
    if not forms:
        return
    solid_at: dict[str, list[tuple[int, int]]] = {}
    for s, e, tok in words.occurrences(forms):
        # a word glued to Latin letters, digits, @ or a hyphen is part of a name or code
        if glued(text, s, e):
            continue
        solid_at.setdefault(tok, []).append((s, e))
    # one compound's solid forms (রূপসাটেক্সটাইলস, রূপসাটেক্সটাইলসের) share spaced forms
    groups: list[tuple[list[str], dict[int, tuple[int, int, str, str]]]] = []
    for tok in solid_at:
        spaced = {x[0]: x for x in forms[tok][1]}
        for toks, sp in groups:
            if sp.keys() & spaced.keys():
                toks.append(tok)
                sp.update(spaced)
                break
        else:
            groups.append(([tok], spaced))
    for toks, sp in groups:
        spaced = sorted(sp.values())
        solid = sorted((s, e, tok) for tok in toks for s, e in solid_at[tok])
        # report the form the article uses less, each occurrence of it that has the other form
        # within the window
        if _less_used(solid, spaced):
            ref = text[spaced[0][0]:spaced[0][1]]
            for s, e, tok in solid:
                q = original_offset(tok, forms[tok][0])
                if q is not None and any(abs(x[0] - s) <= window for x in spaced):
                    yield Hit(s, e, edits=[(s + q, s + q, " ")],
                              args={"word": tok, "others": ref, "suggestion": tok[:q] + " " + tok[q:]})
        else:
            ref = solid[0][2]
            for s, e, a, b in spaced:
                if any(abs(x[0] - s) <= window for x in solid):
                    yield Hit(s, e, edits=[(s + len(a), s + len(a) + 1, "")],
                              args={"word": text[s:e], "others": ref, "suggestion": a + b})


# --------------------------------------------------------------------------------------
# C009: one abbreviation written with dots and solid in one article (ই.এম.আই … ইএমআই, ও.টি.পি.
# … ওটিপি). Machine translation keeps the source's dots in one sentence and not in the next; an
# article writes an abbreviation one way. Each piece between the dots is an English letter name,
# and the solid form, with or without a case ending (ইএমআইয়ের, ওটিপির), is a token of the article.
# The form the article uses less is reported (the dotted one on a tie), with the other as the fix.
_DOTTED_RE = regex.compile(
    r"(?<![\p{Bengali}\u200c\u200d.])(?:[\u0980-\u09ff]{1,4}\.){1,7}[\u0980-\u09ff]{1,4}\.?(?![\p{Bengali}\u200c\u200d])")
_ABBR_ENDINGS = ("", "র", "এর", "কে", "তে", "য়ের", "য়ে", "ে", "ের", "ও", "ই")


def mixed_abbreviation_dots(ctx, rule):
    text = ctx.text
    if "." not in text:
        return
    dotted: dict[str, list[tuple[int, int]]] = {}
    for m in _DOTTED_RE.finditer(text):
        pieces = [nfc(p) for p in m.group().split(".") if p]
        solid = "".join(pieces)
        if len(pieces) >= 2 and all(p in _LETTER_NAMES_NFC for p in pieces) and _letter_names(solid):
            dotted.setdefault(solid, []).append(m.span())
    if not dotted:
        return
    words = doc_words(ctx)
    forms = {nfc(s + e): s for s in dotted for e in _ABBR_ENDINGS}
    solid_at: dict[str, list[tuple[int, int, str]]] = {}
    for s, e, tok in words.occurrences({t for t in words.distinct if nfc(t) in forms}):
        solid_at.setdefault(forms[nfc(tok)], []).append((s, e, tok))
    for solid, ds in dotted.items():
        ss = solid_at.get(solid)
        if not ss:
            continue
        if len(ds) <= len(ss):   # the dotted form is the article's rarer one: written solid
            for s, e in ds:
                fix = like(text[s:e], solid)
                yield Hit(s, e, fix, args={"word": text[s:e], "others": ss[0][2], "suggestion": fix})
        else:
            shown = text[ds[0][0]:ds[0][1]]
            for s, e, tok in ss:
                yield Hit(s, e, args={"word": tok, "others": shown, "suggestion": shown})
