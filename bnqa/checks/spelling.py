"""Misspellings (E codes).

E001/E003: a curated list of wrong -> right pairs written from the Bangla Academy rules
(``bnqa/data/misspellings.tsv``; stems marked ``*`` also match with an inflection after them).
E002: a frequency-and-edit-distance detector for non-words: a token missing from the lexicon (or
very rare) one "confusable" edit away (ি/ী, ু/ূ, ন/ণ, শ/ষ/স, জ/য, র/ড়, ত/ৎ) from a word that is
far more frequent. Suggestions are ranked by lexicon frequency.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from ..engine import Hit
from ..lexicon import CLASSIFIERS, FREQUENT_ZIPF, GRAPHEME_RE, TokenDecisions, doc_words, lexicon, like, nfc, zipf
from ..text import glued

DATA = Path(__file__).resolve().parent.parent / "data" / "misspellings.tsv"

# inflections and clitics that may follow a stem marked with * (longest first when matching), the
# abstract-noun suffix -তা (উজ্বলতা), the adverb -ভাবে (সুক্ষ্মভাবে) and the comparative -তর, -তম
SUFFIXES = frozenset("""
ে ের েরও েরই েই েও কে কেই কেও টি টির টিকে টিতে টা টার টাই গুলো গুলোর গুলোকে গুলোতে গুলি গুলির
গুলিকে গুলিতে ও ই তে তেই তেও র রই রও রা রাই দের দেরকে য় য়ই য়ও সমূহ সহ মূলক গত জনিত
তা তার তায় তাই তাও ভাবে ভাবেই ভাবেও তর তম
""".split())
MAX_SUFFIX = max(len(s) for s in SUFFIXES)


@lru_cache(maxsize=1)
def misspellings() -> tuple[dict, dict]:
    """(exact, stems): NFC wrong form -> (right form, kind)."""
    exact: dict[str, tuple[str, str]] = {}
    stems: dict[str, tuple[str, str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        wrong, right = nfc(parts[0].strip()), nfc(parts[1].strip())
        kind = parts[2].strip() if len(parts) > 2 else "error"
        if wrong.endswith("*"):
            stems[wrong[:-1]] = (right, kind)
        else:
            exact[wrong] = (right, kind)
    return exact, stems


def lookup(token: str):
    """(correction, kind) for a listed misspelling, else None."""
    exact, stems = misspellings()
    t = nfc(token)
    hit = exact.get(t)
    if hit:
        return hit
    hit = stems.get(t)
    if hit:
        return hit
    for k in range(1, min(MAX_SUFFIX, len(t) - 1) + 1):
        suf = t[-k:]
        if suf in SUFFIXES:
            hit = stems.get(t[:-k])
            if hit:
                return hit[0] + suf, hit[1]
    return _compound_lookup(t, stems) or _loanword_st(t)


# A loanword keeps স before ট (স্টার, অস্ট্রিয়া: the Academy rule for foreign words), where the
# list above has only the commonest (ষ্টেশন, মাষ্টার). Beyond it: a word that opens with ষ্ট,
# which no Bengali word does, and a word whose স্ট spelling the lexicon knows ten times better,
# the word or its stem with its ending (ষ্টারের, অষ্ট্রিয়ায়). In the clean corpora: অষ্ট্রিয়া, once.
_SHA_TA, _SA_TA = nfc("ষ্ট"), nfc("স্ট")
LOAN_ST_MIN_ZIPF = 2.5
LOAN_ST_MIN_GAP = 1.0


def _loanword_st(t: str):
    if _SHA_TA not in t:
        return None
    fixed = t.replace(_SHA_TA, _SA_TA)
    if t.startswith(_SHA_TA):
        return fixed, "error"
    for k in range(0, min(MAX_SUFFIX, len(t) - 2) + 1):
        if k and t[-k:] not in SUFFIXES:
            continue
        stem = t[:len(t) - k]
        z = zipf(stem.replace(_SHA_TA, _SA_TA))
        if z >= LOAN_ST_MIN_ZIPF and z >= zipf(stem) + LOAN_ST_MIN_GAP:
            return fixed, "error"
    return None


# A listed stem as the first member of a compound (দূর্ঘটনাস্থলের: দূর্ঘটনা + স্থলের, প্রমানস্বরূপ,
# সম্পুর্ণরূপে): the stem of three graphemes or more, the rest a word of its own (Zipf >= 3, two
# graphemes or more, opening with a letter, not a vowel sign). In the clean, noisy and probe texts
# this finds প্রনয়নকারী, বেসরকারীকরণের, সম্পুর্ণরূপে, প্রমানস্বরূপ, ব্যাবহারহীন and দূর্ঘটনাস্থলের,
# each a misspelling.
COMPOUND_REST_MIN_ZIPF = 3.0
_SIGNS = frozenset("\u0981\u0982\u0983\u09bc\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09cd\u09d7")


def _compound_lookup(t: str, stems: dict):
    # (no longer than the longest listed stem: a 200,000-letter token is not sliced 200,000 times)
    for k in range(2, min(len(t) - 1, _longest_stem() + 1)):
        hit = stems.get(t[:k])
        if hit is None or t[k] in _SIGNS or len(GRAPHEME_RE.findall(t[:k])) < 3:
            continue
        rest = t[k:]
        if zipf(rest) >= COMPOUND_REST_MIN_ZIPF and len(GRAPHEME_RE.findall(rest)) >= 2:
            return hit[0] + rest, hit[1]
    return None


@lru_cache(maxsize=1)
def _longest_stem() -> int:
    return max(map(len, misspellings()[1]), default=0)


# lookup() per token, shared by every document of a run (the list never changes)
_LOOKUPS = TokenDecisions(lookup)


def _listed(ctx, rule, kinds):
    words = doc_words(ctx)
    fixes = {tok: like(tok, res[0]) for tok, res in _LOOKUPS.found(words).items() if res[1] in kinds}
    for s, e, tok in words.occurrences(fixes):
        fix = fixes[tok]
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix})


def listed_errors(ctx, rule):
    return _listed(ctx, rule, {"error"})


def academy_spellings(ctx, rule):
    return _listed(ctx, rule, {"academy"})


# ---- E002: non-words near a frequent word ---------------------------------------------------
CONFUSABLE = [
    ("ি", "ী"), ("ী", "ি"), ("ু", "ূ"), ("ূ", "ু"), ("ন", "ণ"), ("ণ", "ন"), ("শ", "ষ"), ("ষ", "শ"),
    ("স", "শ"), ("শ", "স"), ("স", "ষ"), ("ষ", "স"), ("জ", "য"), ("য", "জ"), ("র", "ড়"), ("ড়", "র"),
    ("ত্", "ৎ"), ("ৎ", "ত"), ("ই", "ঈ"), ("উ", "ঊ"),
]


# a ব-ফলা or য-ফলা that is dropped or added (উজ্জল/উজ্জ্বল), an আ-কার after য-ফলা
# (ব্যাক্তি/ব্যক্তি) and the chandrabindu (পৌছা/পৌঁছা) are the other frequent slips
OPTIONAL = ("\u09cd\u09ac", "\u09cd\u09af", "\u0981")
INSERTABLE = ("\u09cd\u09ac", "\u0981")  # adding য-ফলা or আ-কার anywhere proposes too many names


def candidates(word: str):
    """Words one confusable edit away from ``word`` that are in the lexicon, ranked by
    frequency: [(candidate, zipf)]. Edits: one substitution from ``CONFUSABLE``, or dropping or
    adding one of ``OPTIONAL`` (after a consonant or vowel sign), or শ and ষ trading places."""
    lex = lexicon()
    out = {}

    def add(c):
        z = lex.get(c)
        if z and c != word:
            out[c] = z

    for a, b in CONFUSABLE + [("\u09cd\u09af\u09be", "\u09cd\u09af")]:
        i = word.find(a)
        while i != -1:
            add(word[:i] + b + word[i + len(a):])
            i = word.find(a, i + 1)
    for piece in OPTIONAL:
        i = word.find(piece)
        while i != -1:
            add(word[:i] + word[i + len(piece):])
            i = word.find(piece, i + 1)
    for c in _insertions().get(word, ()):   # adding one of INSERTABLE
        add(c)
    # the two sibilants of a word written in each other's place (বিষেশজ্ঞ for বিশেষজ্ঞ, শেষ and
    # বিশেষ hold both): one slip, though two letters change
    if "শ" in word and "ষ" in word:
        for i, a in enumerate(word):
            if a in _SIBILANT_SWAP:
                j = word.find(_SIBILANT_SWAP[a], i + 1)
                while j != -1:
                    add(word[:i] + word[j] + word[i + 1:j] + a + word[j + 1:])
                    j = word.find(_SIBILANT_SWAP[a], j + 1)
    return sorted(out.items(), key=lambda x: -x[1])


_SIBILANT_SWAP = {"শ": "ষ", "ষ": "শ"}


def _after_ok(piece: str, prev: str) -> bool:
    """May ``piece`` (one of INSERTABLE) follow the character ``prev``? A consonant, or for the
    chandrabindu also a vowel sign."""
    return "\u0995" <= prev <= "\u09b9" or prev in "\u09dc\u09dd\u09df" or \
        (piece == "\u0981" and "\u09be" <= prev <= "\u09cc")


@lru_cache(maxsize=1)
def _insertions() -> dict[str, list[str]]:
    """Lexicon words keyed by themselves with one INSERTABLE piece (after a consonant, or a
    vowel sign for the chandrabindu) taken out: the words one insertion away from a token are
    found with one lookup, not by trying the piece at every position of the token."""
    index: dict[str, list[str]] = {}
    for w in lexicon():
        for piece in INSERTABLE:
            j = w.find(piece, 1)
            while j != -1:
                if _after_ok(piece, w[j - 1]):
                    index.setdefault(w[:j] + w[j + len(piece):], []).append(w)
                j = w.find(piece, j + 1)
    return index


# a stem of this frequency with a classifier (``lexicon.CLASSIFIERS``) is a word, however rare the
# whole (পাড়াটা: পাড়া, Zipf 4.6, + টা; the lexicon has the bread পারাটা, 3.3, and not the
# neighbourhood with its classifier)
CLASSIFIED_STEM_ZIPF = 3.0
_CASE_ENDINGS = tuple(nfc(e) for e in ("ের", "এর", "কে", "তে", "দের", "েরা"))


def _near(tok: str, max_zipf: float, min_gain: float, min_cand: float):
    """E002's decision for one token: its frequent neighbours [(word, zipf)], or None."""
    lex = lexicon()
    t = nfc(tok)
    z = lex.get(t, 0.0)
    # (no word is longer than 60 characters: a longer token is a blob, and every edit of it
    # costs a copy of it)
    if z > max_zipf or not 5 <= len(t) <= 60:
        return None
    if "\u0981" in t and _chandra_first().search(t):
        return None   # a chandrabindu typed before its vowel sign: U006's, with an exact fix
    if len(GRAPHEME_RE.findall(t)) < 3 or lookup(t) is not None or natva_spelling(t) is not None:
        return None   # (a listed misspelling is E001's, a ণত্ব/ষত্ব slip E006's)
    if t[-1] in "ইও" and lex.get(t[:-1], 0.0) > max_zipf:
        return None   # a known word with the emphatic or inclusive clitic (যাঁরাই, তাঁদেরও)
    if any(t.endswith(c) and lex.get(t[:-len(c)], 0.0) >= CLASSIFIED_STEM_ZIPF for c in CLASSIFIERS + _CASE_ENDINGS):
        return None   # a frequent word with a classifier or case ending the lexicon lacks (পাড়াটা,
        #               not পারাটা; রসিদের, the receipt's, not the name রশিদের)
    # (a neighbour that is itself a listed misspelling, common on the web, is no suggestion)
    cands = [(c, cz) for c, cz in candidates(t) if cz >= min_cand and cz - z >= min_gain and lookup(c) is None]
    return cands or None


def _chandra_first():
    """U006's compiled pattern (rules/unicode.yaml): a chandrabindu before a vowel sign."""
    from ..catalog import load_catalog
    return load_catalog()["U006"].compiled


_NEAR: dict[tuple, TokenDecisions] = {}   # per option set, shared by every document of a run


def near_neighbours(ctx, rule):
    opts = (float(rule.options.get("max_zipf", 1.5)), float(rule.options.get("min_gain", 2.5)),
            float(rule.options.get("min_candidate_zipf", 3.0)))
    if opts not in _NEAR:
        # (every frequent word is above max_zipf when max_zipf <= FREQUENT_ZIPF)
        _NEAR[opts] = TokenDecisions(lambda tok: _near(tok, *opts), skip_frequent=opts[0] <= FREQUENT_ZIPF)
    text = ctx.text
    words = doc_words(ctx)
    found = _NEAR[opts].found(words)
    for s, e, tok in words.occurrences(found):
        if glued(text, s, e):
            continue
        res = found[tok]
        sugg = ", ".join(like(tok, c) for c, _ in res[:3])
        fix = like(tok, res[0][0])
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix, "suggestions": sugg})


# ---- E006: ন or স where the ণত্ব or ষত্ব rule writes ণ or ষ --------------------------------------
# The two rules of tatsama words. ণত্ব: ন becomes ণ after ঋ (or ঋ-কার), র (also র-ফলা and রেফ) or ষ
# (also in ক্ষ), when only vowels, ক- and প-class consonants, য, ব, হ, য় or ং stand between (কারণ,
# প্রমাণ, দক্ষিণ, পরিণত), but not before ত, থ, দ, ধ in a conjunct (প্রান্ত, গ্রন্থ). ষত্ব: স becomes ষ
# right after a vowel sign other than আ-কার, after ক or after র (বিশেষ, চেষ্টা, কষ্ট, পুষ্টি); a শ
# written there is the same slip. The web writes many such words with ন or স often enough for the
# lexicon to hold the misspelling (গবেষনা, Zipf 3.7, beside গবেষণা, 5.1), so E002, which looks only
# at rare words, never sees them. A token is flagged when one of its letters stands where a rule
# puts ণ or ষ and the spelling with that letter is a lexicon word at least NATVA_MIN_GAIN (Zipf,
# log10) more frequent and of Zipf NATVA_MIN_ZIPF or more: the rule says which letter, the lexicon
# that the word is a tatsama word that follows it. Tokens the curated list (E001) corrects are left
# to it; E002 leaves these tokens to this rule.
#
# A third rule of ণত্ব: ন in a conjunct with a ট-class letter (ট, ঠ, ড, ঢ) is ণ in tatsama words
# (কণ্ঠ, খণ্ড, উপকণ্ঠে), while tadbhava and foreign words keep ন (ঠান্ডা, ইন্ডিয়া, প্যান্ট, ফান্ড).
# Which kind a word is the lexicon tells: a tatsama word's ণ spelling is the more frequent; the
# web writes these with ন so often that the gap is smaller than for the other rules, so it asks
# NATVA_TA_MIN_GAIN (3x). Measured: 5 hits on the 220,015 clean words, all real (অখন্ড, ভূখন্ড,
# ভন্ডুল, ঝাড়খন্ডের, উপকন্ঠে); not ঠান্ডা (ঠাণ্ডা is rarer), খন্ড/মন্ডল (as frequent as খণ্ড/মণ্ডল).
NATVA_MIN_GAIN = 0.8
NATVA_TA_MIN_GAIN = 0.5
_TATSAMA_RULES = (
    (regex.compile(nfc("[রষৃঋ][ািীুূৃেৈোৌ্ংকখগঘঙপফবভমযহ়]*?(ন)(?!্[তথদধ])")), "ণ", NATVA_MIN_GAIN),
    (regex.compile(nfc("[িীুূৃেৈোৌকর]্?([সশ])")), "ষ", NATVA_MIN_GAIN),
    (regex.compile(nfc("(ন)(?=্[টঠডঢ])")), "ণ", NATVA_TA_MIN_GAIN),
)
NATVA_MIN_ZIPF = 3.0
NATVA_MAX_ZIPF = 4.5   # a token more frequent than this is a word in its own right
NATVA_MIN_GRAPHEMES = 2   # (শুস্ক, চেস্টা)
# a token of two graphemes in -স্ট may be an English word in Bengali letters (কস্ট, "cost"; পোস্ট,
# লিস্ট): English ends many short words in -st, tatsama Bengali has কষ্ট, দুষ্ট, পুষ্ট for them
_ENGLISH_ST = nfc("স্ট")
_E_SIGN = "\u09c7"


def natva_spelling(token: str) -> str | None:
    """The spelling of ``token`` with ণ or ষ that the ণত্ব or ষত্ব rule and the lexicon call for,
    or None."""
    t = nfc(token)
    if "ন" not in t and "স" not in t and "শ" not in t:
        return None
    lex = lexicon()
    z = lex.get(t, 0.0)
    n = len(GRAPHEME_RE.findall(t))
    if z >= NATVA_MAX_ZIPF or n < NATVA_MIN_GRAPHEMES or (n == 2 and t.endswith(_ENGLISH_ST)) \
            or lookup(t) is not None:
        return None
    for pat, letter, gain in _TATSAMA_RULES:
        for m in pat.finditer(t, overlapped=True):
            i = m.start(1)
            v = t[:i] + letter + t[i + 1:]
            if letter == "ষ" and i == len(t) - 1 and lex.get(t + _E_SIGN, 0.0) >= NATVA_MIN_ZIPF:
                continue   # a verb root with a final শ (মেশ, মেশে: mix), not a tatsama ষ (মেষ)
            zv = lex.get(v, 0.0)
            if zv >= NATVA_MIN_ZIPF and zv >= z + gain and lookup(v) is None:
                return v   # (not a form that is itself a listed misspelling: উদাহারন -> উদাহারণ)
    return None


_NATVA = TokenDecisions(natva_spelling)


def natva(ctx, rule):
    text = ctx.text
    words = doc_words(ctx)
    found = _NATVA.found(words)
    for s, e, tok in words.occurrences(found):
        if glued(text, s, e):
            continue
        fix = like(tok, found[tok])
        yield Hit(s, e, fix, args={"word": tok, "suggestion": fix})
