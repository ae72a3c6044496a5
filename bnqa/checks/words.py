"""Fused words (W codes): two words written without the space between them (দিনএই).

A Bengali token is a candidate when it is not in the lexicon (wordfreq's 214k Bengali words,
see ``bnqa.lexicon``), nor a lexicon word with the clitic ই or ও, and has at least three graphemes. Every grapheme boundary that does not
break a conjunct is tried; a split ``left|right`` where both parts are lexicon words is scored
by a small logistic model over these features (``FEATURES``):

* zL, zR, min(zL, zR): how frequent both words are (Zipf, log10 scale);
* log10(1 + mod[left]), log10(1 + head[right]) and the same minus half the word's Zipf: how
  productive the parts are as first / last members of longer lexicon words (``mod``/``head``
  from ``bnqa.lexicon.productivity``): clitics, suffixes and compound members (-ও, -কে, -সহ,
  -বিষয়ক, অ-, মহা-) make a join a real word, a pronoun or a finite verb does not;
* right starts with an independent vowel (দিন|এই: a vowel letter inside a word almost only
  occurs at a word boundary), a single-grapheme part, left ending in এ-কার or আ-কার, right ending
  in এ-কার, either part a very frequent function word (Zipf >= 6), either part an inflected
  form of a known stem (a case, plural or verb ending: compounds rarely inflect their first
  member);
* attested: the same two words are a lexicon word with another ending on the second
  (পোশাকশিল্পের beside the lexicon's পোশাকশিল্প): the pair is a compound the web writes solid.

The weights (``bnqa/data/fused_model.json``) are fitted by ``benchmarks/fused_recall.py --train``
on synthetic fused words, the tokens of corpora that are NOT the clean evaluation corpora
(the noisy literal news translation and subtitles) and rare lexicon words, which stand for the
compounds a real text holds. The best-scoring split is reported when its logit reaches
the rule's ``options.threshold``. An unknown token with no two-word split but six or more
graphemes is segmented by a unigram dynamic programme (``segment``) into three or four lexicon
words; it is reported when its weakest boundary reaches the threshold, with a space at every
boundary. The work is one dict lookup per distinct token of a document (``lexicon.doc_words``);
the split search only runs for unknown tokens, once per run (``_SPLITS``).
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

from .. import pos  # cheap: the tagger (bnlp) is loaded only by pos.tag
from ..engine import Hit
from ..lexicon import (CLASSIFIERS, CLITICS, GRAPHEME_RE, INDEPENDENT_VOWELS, NOUN_ENDINGS, WORD_AFTER_RE, WORD_BEFORE_RE, TokenDecisions, doc_words, lexicon, nfc,
                       noun_stem, nukta_norm, productivity, split_points, zipf)
from ..text import glued

MIN_GRAPHEMES = 3
# the emphatic and inclusive clitics, written as vowel letters after any word (যেকোনোভাবেই,
# আজও): a lexicon word with one of them is a word, not two run together (যে|কোনোভাবেই)
MODEL = Path(__file__).resolve().parent.parent / "data" / "fused_model.json"
FEATURES = ("zl", "zr", "zmin", "mod", "head", "vowel", "short", "left_e", "left_aa", "right_e",
            "right_func", "left_func", "mod_norm", "head_norm", "left_infl", "right_infl", "attested", "bias")

_ENDINGS = tuple(sorted("""ের র কে দের রা তে য় ে েছে েছেন েন বে বেন লে লেন ছে ছেন তো ল লো ত তেন ছিল ছিলেন টি টা গুলো""".split(), key=len, reverse=True))


def _inflected(word: str, endings=_ENDINGS, min_zipf: float = 3.0) -> float:
    """1 when ``word`` is a known stem (Zipf >= ``min_zipf``) plus one of ``endings`` (by default
    a case, plural or verb ending)."""
    lex = lexicon()
    for e in endings:
        if word.endswith(e) and len(word) > len(e) + 1 and lex.get(word[:-len(e)], 0) >= min_zipf:
            return 1.0
    return 0.0


_STEM_ENDINGS = tuple(sorted(NOUN_ENDINGS[1:], key=len, reverse=True))


def attested(left: str, right: str) -> bool:
    """Is ``left`` + ``right`` with another noun ending on ``right`` (or none) a lexicon word?"""
    lex = lexicon()
    stem = next((right[:-len(e)] for e in _STEM_ENDINGS if right.endswith(e) and len(right) > len(e) + 1), right)
    return any(left + stem + e != left + right and left + stem + e in lex for e in NOUN_ENDINGS)


def features(left: str, right: str, zl: float, zr: float) -> list[float]:
    mod, head = productivity()
    log = math.log10
    gl = len(GRAPHEME_RE.findall(left))
    gr = len(GRAPHEME_RE.findall(right))
    m = log(1 + mod.get(left, 0))
    h = log(1 + head.get(right, 0))
    return [zl, zr, min(zl, zr), m, h, float(right[0] in INDEPENDENT_VOWELS), float(min(gl, gr) < 2),
            float(left[-1] == "\u09c7"), float(left[-1] == "\u09be"), float(right[-1] == "\u09c7"),
            float(zr >= 6), float(zl >= 6), m - 0.5 * zl, h - 0.5 * zr, _inflected(left), _inflected(right),
            float(attested(left, right)), 1.0]


@lru_cache(maxsize=1)
def model() -> tuple[list[float], list[float], list[float]]:
    """(weights, means, scales) of the standardised logistic model."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return data["weights"], data["mean"], data["scale"]


def logit(x: list[float]) -> float:
    w, mu, sd = model()
    return sum(wi * (xi - m) / s for wi, xi, m, s in zip(w, x, mu, sd))


def candidate_splits(token: str):
    """All ``(offset, left, right, zl, zr)`` splits of the NFC form of an unknown ``token`` into
    two lexicon words (nothing for a known word or a token shorter than three graphemes)."""
    t = nfc(token)
    if t in lexicon() or len(t) < 3 or len(GRAPHEME_RE.findall(t)) < MIN_GRAPHEMES:
        return
    yield from _lexicon_splits(t)


# endings Bengali never writes as a word of their own: the negative নি (করিনি, জিতিনি), the
# classifiers and the plural; the lexicon holds them from stray tokens
BOUND = frozenset(nfc(w) for w in "নি টি টা টির টার টিকে টিতে গুলো গুলি গুলোর গুলির গুলোকে দের".split())


def _lexicon_splits(t: str):
    """``(offset, left, right, zl, zr)`` for every grapheme boundary of the NFC word ``t`` that
    leaves two lexicon words, except a word doubled (টিমটিম, হইহই: reduplication is one word) or
    a ``BOUND`` ending split off."""
    lex = lexicon()
    for p in split_points(t):
        left, right = t[:p], t[p:]
        if left == right or right in BOUND:
            continue
        zl = lex.get(left)
        if not zl:
            continue
        zr = lex.get(right)
        if zr:
            yield p, left, right, zl, zr


def best_split(token: str, splits=None):
    """``(score, offset, left, right)`` of the best two-word split of ``token`` (NFC offsets),
    or None. The score is the model's logit (> 0: more likely fused than not). ``splits``:
    ``candidate_splits(token)`` when the caller has them already."""
    best = None
    for p, left, right, zl, zr in (candidate_splits(token) if splits is None else splits):
        s = logit(features(left, right, zl, zr))
        if best is None or s > best[0]:
            best = (s, p, left, right)
    return best


# English letter names as Bengali writes them in abbreviations (ইউএসসি = U-S-C, সিএমও = C-M-O)
LETTER_NAMES = frozenset("""
এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি ডব্লিউ ডাব্লিউ এক্স ওয়াই জেড
""".split())
ABBREV_SUFFIXES = ("", "র", "এর", "-এর", "কে", "রা", "দের", "তে", "য়", "এ", "ে", "ের", "টি", "ও", "ই")


def _letter_names(s: str) -> bool:
    """Is ``s`` a run of two or more English letter names?"""
    s = nfc(s)
    # count[i]: letters in the best parse of s[:i]; foreign[i]: whether it has a letter name that
    # is not also a common Bengali word (আর, এ, ও, কে, ই), so আরএই (আর এই) is not an abbreviation
    count: list = [None] * (len(s) + 1)
    count[0] = (0, False)
    for i in range(len(s)):
        if count[i] is None:
            continue
        for j in range(i + 1, min(len(s), i + 8) + 1):
            piece = s[i:j]
            if piece in _LETTER_NAMES_NFC:
                cand = (count[i][0] + 1, count[i][1] or piece not in _BENGALI_WORDS)
                if count[j] is None or cand > count[j]:
                    count[j] = cand
    return count[len(s)] is not None and count[len(s)][0] >= 2 and count[len(s)][1]


_LETTER_NAMES_NFC = frozenset(nfc(x) for x in LETTER_NAMES)
_BENGALI_WORDS = frozenset(nfc(x) for x in ("আর", "এ", "ও", "কে", "ই"))


def is_abbreviation(token: str) -> bool:
    """A run of English letter names, optionally with a Bengali case ending or plural
    (এনআরসিপি, সিএমওরা, এসএমএমইর): an abbreviation, never fused words."""
    t = nfc(token)
    return any(t.endswith(nfc(suf)) and _letter_names(t[:len(t) - len(nfc(suf))] if suf else t)
               for suf in ABBREV_SUFFIXES)


def segment(token: str, max_words: int = 4):
    """For an unknown token with no two-word split: the most probable segmentation into three
    or more lexicon words of two or more graphemes (a unigram dynamic programme: maximise the
    sum of log-probabilities, i.e. Zipf - 9 per word). Returns ``(score, offsets, words)`` where
    ``score`` is the weakest boundary's logit under the two-word model, or None."""
    lex = lexicon()
    t = nfc(token)
    if t in lex or len(GRAPHEME_RE.findall(t)) < 6:
        return None
    cuts = [0] + split_points(t) + [len(t)]
    # best[j] = (log-prob, pieces) of the best segmentation of t[:cuts[j]]
    best: list = [None] * len(cuts)
    best[0] = (0.0, [])
    for j in range(1, len(cuts)):
        for i in range(j):
            if best[i] is None or len(best[i][1]) >= max_words:
                continue
            piece = t[cuts[i]:cuts[j]]
            z = lex.get(piece)
            if not z or len(GRAPHEME_RE.findall(piece)) < 2:
                continue
            cand = (best[i][0] + z - 9, best[i][1] + [piece])
            if best[j] is None or cand[0] > best[j][0]:
                best[j] = cand
    if best[-1] is None or len(best[-1][1]) < 3:
        return None
    pieces = best[-1][1]
    score = min(logit(features(a, b, lex[a], lex[b])) for a, b in zip(pieces, pieces[1:]))
    offsets, pos = [], 0
    for piece in pieces[:-1]:
        pos += len(piece)
        offsets.append(pos)
    return score, offsets, pieces


def original_offset(token: str, nfc_offset: int) -> int | None:
    """Map an offset in nfc(token) back to ``token`` (they differ only for nukta letters)."""
    if nfc(token) == token:
        return nfc_offset
    for i in range(1, len(token)):
        if len(nfc(token[:i])) == nfc_offset and nfc(token[:i]) + nfc(token[i:]) == nfc(token):
            return i
    return None


# A second, structural test for two-word splits the model scores too low: Bengali compounds
# almost never inflect their first member or start with a pronoun or conjunction, so a left part
# that is a known stem plus a case ending (প্রতিবেদনে|বলা, শিশুকে|রক্ষা), an adverb or conjunctive
# participle (নিয়মিতভাবে|পাচার, গিয়ে|প্রমাণ) or a function word (কিন্তু|চালহীন, যেখানে|আপনি), before a
# frequent word that rarely ends other words (not -সহ, -ভিত্তিক, -গুলো), is a missing space.
# Aluk compounds with an inflected first member (মনেপ্রাণে, হাতেকলমে) are lexicon words.
# Measured (benchmarks/fused_recall.py): W001 63.1% -> 66.0% of synthetic fused words found, for
# one more flag on the 220,015 clean words (সৃষ্টিতেদেশগুলোর, a real error).
_STRUCT_CASE = ("ের", "কে", "দের", "তে", "য়", "ে")
STRUCT_FUNCTION_WORDS = frozenset(nfc(w) for w in """
আমি তুমি সে তিনি আমরা তোমরা তারা তাঁরা আপনি এই সেই ওই যে যা কিন্তু এবং বা তো না কি কী তাই যদি তবে
কোনো কোন অথবা কিংবা যখন তখন যেখানে সেখানে এখানে কেন তাহলে বরং অথচ এমনকি তার তাঁর তাদের আমার
আমাদের আপনার তোমার এটি এটা ওটা সেটা সেটি
""".split())


HEAD_MAX = 2.0   # log10(1 + head[word]): above it, a word often ends longer ones (-সহ, -ভিত্তিক)


def _rarely_ends_words(word: str) -> bool:
    """Does ``word`` seldom close a longer lexicon word (``productivity``'s head count)?"""
    return math.log10(1 + productivity()[1].get(word, 0)) <= HEAD_MAX


def structural_split(splits):
    """NFC offset of a structural two-word split (see above) among ``splits``, the
    ``candidate_splits`` of an unknown token, or None. Both parts have two or more graphemes;
    left Zipf >= 3, right Zipf >= 3.5 and rarely ending other words; the most frequent pair
    wins."""
    best = None
    for p, left, right, zl, zr in splits:
        if zl < 3.0 or zr < 3.5 or not _rarely_ends_words(right):
            continue
        gl = len(GRAPHEME_RE.findall(left))
        if gl < 2 or len(GRAPHEME_RE.findall(right)) < 2:
            continue
        # an inflected left part of two graphemes is often a name's first syllables (মানে|সারে,
        # জেনে|ভোর, বনে|ঢাকা): three or more
        inflected = gl >= 3 and _inflected(left, _STRUCT_CASE, 3.5)
        if inflected or left.endswith(("িয়ে", "ভাবে")) or left in STRUCT_FUNCTION_WORDS:
            if best is None or zl + zr > best[0]:
                best = (zl + zr, p)
    return best[1] if best else None


# A third structural test, for the fused words of joined page elements (a headline or caption
# run into the dateline or the next paragraph: দিচ্ছেসান, করেছেঢাকা): Bengali is verb-final, so
# the last word of an element is usually a finite verb or the negation না, and what follows is
# often a name the lexicon does not know, which the two-word model cannot score. An unknown token
# whose longest frequent opening word (Zipf >= 3) is an unmistakable finite verb, followed by two
# or more graphemes, is split after the verb; না is split off before a function word, an
# inflected form or a very frequent word (নাসে, নাদেশের; না- is also a prefix: নারাজি). Not a
# lexicon word with an ending (হয়রানিটি), nor a verb form the lexicon lacks (ফিরেছিলাম). Measured
# (benchmarks/fused_recall.py --joins): element joins found 79.1% -> 81.3% (exact 79.0% -> 81.2%),
# random spaces unchanged, and not one new flag on the clean or noisy corpora, the seeds or the
# sample articles (the clean corpora's verb-first joins, আছেআমরা, হবেমিসরের, the model finds).
#
# Perfect and progressive endings are unmistakable after two graphemes (দিচ্ছে, করেছে); -ছে and
# the past and future endings -লেন, -তেন, -বেন only after three (a noun may end so: প্লেন, গাছে);
# never -লাম (নিলাম, ইসলাম are nouns). A polite imperative too (``pos.is_polite_imperative``: -ুন
# on a verb whose -তে infinitive is frequent, নিন), the end of a link label run into the linked
# headline (আরও পড়ুনগুয়াদালাহারা): random spaces and element joins unchanged, no flag on the
# clean corpora.
VERB_LEFT_ENDINGS = tuple(nfc(e) for e in """
েছে েছেন েছিল েছিলেন েছিলাম েছি চ্ছে চ্ছেন চ্ছিল চ্ছিলেন চ্ছি ছিলেন ছিল ছিলাম
""".split())
VERB_LEFT_LONG_ENDINGS = tuple(nfc(e) for e in "ছে ছেন লেন তেন বেন".split())
VERB_LEFT_WORDS = frozenset(nfc(w) for w in """
আছে আছেন নেই হয় হবে হবেন দেয় যায় পারে পারেন হলো ছিল গেল গেছে হয়েছে
""".split())
_NA = nfc("না")


def verb_left_split(t: str):
    """NFC offset of the split after a finite verb that opens the unknown NFC token ``t`` (see
    above), or None. The longest frequent word that opens ``t`` must be that verb: in
    পাচ্ছেননা it is পাচ্ছেন (before a one-grapheme না), so পাচ্ছে|ননা is not proposed."""
    lex = lexicon()
    if pos.is_finite_verb(t) or any(e and t.endswith(e) and t[:-len(e)] in lex for e in NOUN_ENDINGS):
        return None   # a verb form the lexicon lacks (ফিরেছিলাম), a known word with an ending
    cuts = split_points(t)   # grapheme boundaries that leave no sign at the start of a part
    if t.startswith(_NA) and len(_NA) in cuts:
        # the negation না ends a Bengali clause too; না- is also a prefix (নারাজি, নাচল), so the
        # rest must be a function word, an inflected form or a very frequent word (নাদেশের, নাসে);
        # the inflected form's stem Zipf >= 2.5 (না|সপ্তাহান্তে, a list item run into the next: the
        # random-space and join samples and the clean corpora gave the same results as with 3.5)
        right = t[len(_NA):]
        zr = lex.get(right, 0)
        if zr >= 3.5 and (right in STRUCT_FUNCTION_WORDS or zr >= 5.5 or _inflected(right, _STRUCT_CASE, 2.5)):
            return len(_NA)
    for p in reversed(cuts):
        left, right = t[:p], t[p:]
        if lex.get(left, 0) < 3.0:
            continue
        gl = len(GRAPHEME_RE.findall(left))
        verb = left in VERB_LEFT_WORDS or pos.is_polite_imperative(nukta_norm(left)) or (pos.is_finite_verb(left) and (
            (gl >= 2 and left.endswith(VERB_LEFT_ENDINGS)) or (gl >= 3 and left.endswith(VERB_LEFT_LONG_ENDINGS))))
        if verb and len(GRAPHEME_RE.findall(right)) >= 2:
            return p
        return None
    return None


# A fifth structural test (tried after the third, before the fourth below): a split of an
# unknown token, whatever the model's score, where one part is grammatically marked as a word of
# its own (``marked_split``). These parts are frequent words the model has seen open names or end
# compounds in its training, so it scores them low.
#
# * A pronoun, determiner, conjunction or clause adverb that opens a clause and is never a suffix
#   (``CLAUSE_OPENERS``) as the second part, after a word of Zipf >= 3: the joins of a line whose
#   last word ends a clause with the next line's first word (স্বপ্ন|সেই, জানে|তাই, কোটিপতি|উনি,
#   হন|আর). Not the ones that are also suffixes (-কে, -তার, -তো, -না, -কি, -বা, -যে: ভালোকে,
#   সম্ভবতার); এ (also the locative, প্লেনএ) only after a vowel sign, where the locative is -তে or
#   -য়; সে (আভাসে, বয়সে) only after a finite verb (করে|সে, হয়|সে); never when the whole token
#   is a verb form. Not তোর: -তোর is the genitive of Spanish and Italian names in -to (সাবাতোর,
#   রোবের্তোর). Measured (benchmarks/fused_recall.py): element joins 81.5% -> 83.4%, random
#   spaces +14 of 4,000.
# * A -তে infinitive of a frequent verb (Zipf >= 3.5) as the second part, which never ends a
#   compound (কফি|খেতে, ব্যবসা|খুলতে, অংশ|নিতে; ``pos.is_infinitive`` without a tag keeps out the
#   locatives ভারতে, রাতে, হাতে): random spaces +7 of 4,000.
# * A first part with a classifier or plural (গবেষণাটি|সফল, সাতটি|পর্বে, বাসগুলো|যাত্রী,
#   বৈশিষ্ট্যসমূহ|মাত্র, তেরোজন|লোক), which a compound's first member never carries: a numeral, or a frequent stem
#   (Zipf >= 3.5, two graphemes or more) at least ten times as frequent as the classified form
#   (not ওয়াটার, সিটি, কমিটি, which only look like ওয়া-টার), before a word of Zipf >= 3 that
#   rarely ends others (``_rarely_ends_words``, as in ``structural_split``: not -সহ, -তেই, -বেন):
#   random spaces +15 of 4,000, joins +1, and the heading fused to a list item of the probe
#   (বৈশিষ্ট্যসমূহ|মাত্র). Not the plural -রা: ক|রা would read the letter ক as a numeral (করাভূত).
# * A finite verb as the second part after a frequent word that is no verb (রাষ্ট্র|ছিল,
#   নেতৃত্ব|দেন, শাক|খায়, মুখ্যমন্ত্রী|ছিলেন): a compound is a noun or an adjective and never ends
#   in a finite verb. Both parts Zipf >= 4; the verb one of ``pos.FINITE_WORDS``, an auxiliary, or
#   a form with an unambiguous finite ending (-েছে, -চ্ছে, -ছিল, -লেন; not -ব, -বে, -েন, which
#   end সচিব, বান্ধব, প্লেন); the first part no conjunctive participle (করে|ছিল, গিয়ে|ছিল are one
#   verb), no verb root (দেখ|ছিল: দেখতে is a word) and no verb: random spaces +8 of 4,000.
# * A numeral before a unit of time, money or measure (দুই|সপ্তাহ, চার|দশকে, তিন|লাখের,
#   দু|মিনিট): Bengali writes the number and the unit apart, and the lexicalised ones (একদিন,
#   দুবার) are lexicon words, not split: random spaces +10 of 4,000.
# * A quantifier before a frequent word (Zipf >= 4) that rarely ends others (সব|শ্রমিক,
#   বিভিন্ন|দেশের, নানা|কারণে, অনেক|স্থান): the lexicalised ones (সবকিছু, অনেকদিন, কোনোভাবে,
#   নানাবিধ) are lexicon words: random spaces +8 of 4,000.
# * The interrogative কী after a frequent word (Zipf >= 4: ক্ষেত্রে|কী, লাগছে|কী; the particle
#   কি is also a suffix, কী is not), and the genitive pronoun এর before a word that rarely ends
#   others (এর|দাম): random spaces +5 of 4,000, joins +2.
# * A personal or demonstrative pronoun before the question particle কি/কী (আপনি|কি, উনি|কি;
#   ``QUESTION_PRONOUNS``): no word is a pronoun with -কি, so the rare lexicon words that the web
#   writes solid (আপনিকি, তুমিকি) are split too (``pronoun_question``): random spaces +10 of 4,000.
# * The conjunction বা after a frequent word (Zipf >= 3.5) that is no verb root (ডলার|বা; not the
#   colloquial futures ঘুরবা, জিতবা, whose ঘুরতে, জিততে are words), and তা after a finite verb
#   (বললেন|তা; after an adjective -তা makes a noun, দক্ষতা): random spaces +4 of 4,000, joins +4.
#
# None of these adds a flag on the clean or noisy corpora, the seeds, the samples or the
# probe (every default diagnostic compared).
CLAUSE_OPENERS = (STRUCT_FUNCTION_WORDS - {nfc(w) for w in "কে তার তো না কি কী বা যে যা".split()}) | {nfc(w) for w in """
তিনি উনি ওটা এটা তুই সেই আবার যেকোনো এঁদের তাঁর তাঁরা আপনাকে আমাকে ওরা এরা ওটি কেউ আর তাই এ তাতে সবার""".split()}
_E_WORD = nfc("এ")
_SE = nfc("সে")
NUMERALS = frozenset(nfc(w) for w in """
এক দুই দু তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চোদ্দ পনেরো কয় ক কয়েক প্রতি""".split())
_JON = nfc("জন")
# numerals before a unit (not ক, কয়, প্রতি: ক|দিনের is কদিনের, প্রতি|দিন an adverb)
COUNT_WORDS = (NUMERALS - {nfc(w) for w in "ক কয় প্রতি".split()}) | {nfc(w) for w in """
চোদ্দো চৌদ্দ ষোলো সতেরো আঠারো উনিশ বিশ কুড়ি পঁচিশ ত্রিশ তিরিশ চল্লিশ পঞ্চাশ ষাট সত্তর আশি নব্বই""".split()}
UNITS = frozenset(nfc(stem + e) for stem in """
সপ্তাহ ঘণ্টা ঘন্টা মিনিট সেকেন্ড দিন মাস বছর দশক শতাব্দী শতক লাখ কোটি হাজার শতাংশ টাকা ডলার কেজি
কিলোমিটার মিটার লিটার ফুট ইঞ্চি""".split() for e in ("", "ের", "র", "ে", "য়", "তে", "এ"))
# second parts that are finite verbs (see above): the listed ones (not মনে, listed there for
# মনে করা), auxiliaries, unambiguous endings (-ছিল covers -েছিল and -চ্ছিল; not a bare -ছে: কাছে)
FINITE_RIGHT = (pos.FINITE_WORDS - pos.NON_FINITE_WORDS - {nfc("মনে")}) | {
    nfc(w) for w in "ছিল ছিলেন ছিলো ছিলাম হবে হবেন থাকবে থাকবেন".split()}
FINITE_RIGHT_RE = regex.compile(nfc(r"(?:েছে|েছেন|চ্ছে|চ্ছেন|ছিল|ছিলেন|লেন)$"))
_KI = nfc("কী")
_ER = nfc("এর")
_BA = nfc("বা")
_TA = nfc("তা")
QUANTIFIERS = frozenset(nfc(w) for w in "সব সকল সমস্ত অনেক বিভিন্ন প্রত্যেক নানা কিছু কোনো অন্য".split())
PARTICIPLE_ENDINGS = tuple(nfc(e) for e in ("ে", "ি", "ইয়া"))   # -য়ে ends in -ে too
VERB_ROOT_ENDINGS = tuple(nfc(e) for e in ("তে", "ছে", "ছেন", "লো", "ল"))


# personal and demonstrative pronouns before the question particle কি / কী (আপনি|কি, এটা|কি):
# no Bengali word is one of them with -কি, yet the web writes some solid often enough for the
# lexicon to hold them (আপনিকি 1.6, তুমিকি 1.6), so these are split up to Zipf 2.5, the
# lexicon's rare words (not সে, এ, ও: সেকি and একি are interjections; not তারা: তারাকি is a name;
# এটাকি, 2.65, is among the frequent words, which W001 never splits)
QUESTION_PRONOUNS = frozenset(nfc(w) for w in """
আমি আপনি তুমি তুই তিনি আমরা তোমরা আপনারা এটা এটি ওটা ওটি সেটা সেটি ওরা এরা উনি ওনারা এগুলো সেগুলো ওগুলো""".split())
QUESTION_PARTICLES = (nfc("কি"), nfc("কী"))
QUESTION_MAX_ZIPF = 2.5   # <= FREQUENT_ZIPF: more frequent words never reach _split


def pronoun_question(t: str) -> int | None:
    """NFC offset of the space in a pronoun run into the question particle (``t`` NFC), or None."""
    for q in QUESTION_PARTICLES:
        if t.endswith(q) and t[:-len(q)] in QUESTION_PRONOUNS:
            return len(t) - len(q)
    return None


def _classified(left: str, zl: float) -> bool:
    """Is ``left`` a numeral or a frequent noun with a classifier or plural (see above)?"""
    if left.endswith(_JON) and left[:-len(_JON)] in NUMERALS:
        return True
    for e in CLASSIFIERS:
        if left.endswith(e) and len(left) > len(e):
            stem = left[:-len(e)]
            zs = lexicon().get(stem, 0)
            return stem in NUMERALS or (zs >= 3.5 and zl <= zs - 1.0 and len(GRAPHEME_RE.findall(stem)) >= 2)
    return False


def _verb_root(word: str) -> bool:
    """Is ``word`` a verb root, a frequent verb form once -তে, -ছে, -লো … is added (দেখ: দেখতে)?"""
    lex = lexicon()
    return any(lex.get(word + e, 0) >= 3.0 for e in VERB_ROOT_ENDINGS)


def _finite_after_word(left: str, right: str, zl: float, zr: float, gr: int) -> bool:
    """Is ``right`` (``gr`` graphemes) a finite verb after ``left``, a frequent word that is no
    verb (see above)?"""
    if zl < 4.0 or zr < 4.0:
        return False
    if not (right in FINITE_RIGHT or FINITE_RIGHT_RE.search(right) and gr >= 3):
        return False
    return not left.endswith(PARTICIPLE_ENDINGS) and not pos.is_finite_verb(left) and not _verb_root(left)


def _marked(left: str, right: str, zl: float, zr: float) -> bool:
    if left in COUNT_WORDS and right in UNITS:
        return True
    if left in QUESTION_PRONOUNS and right in QUESTION_PARTICLES:
        return True
    if len(GRAPHEME_RE.findall(left)) < 2:
        return False
    gr = len(GRAPHEME_RE.findall(right))
    if _finite_after_word(left, right, zl, zr, gr):
        return True
    if right == _KI:
        return zl >= 4.0
    if right == _BA:   # the conjunction বা after a frequent word that is no verb root (করবা, ধরবা)
        return zl >= 3.5 and not _verb_root(left)
    if right == _TA:   # তা after a finite verb (বললেন|তা); -তা after an adjective is a noun (দক্ষতা)
        return zl >= 3.5 and pos.is_finite_verb(left)
    if (left in QUANTIFIERS and zr >= 4.0 or left == _ER and zr >= 3.0) and gr >= 2 and _rarely_ends_words(right):
        return True
    if right in CLAUSE_OPENERS:
        return zl >= 3.0 and (right != _E_WORD or left[-1] in pos.VOWEL_SIGNS) \
            and (right != _SE or pos.is_finite_verb(left)) and not pos.is_finite_verb(left + right)
    if gr < 2:
        return False
    if zl >= 3.0 and zr >= 3.5 and pos.is_infinitive(right):
        return True
    return zr >= 3.0 and _rarely_ends_words(right) and _classified(left, zl)


def marked_split(splits):
    """NFC offset of a split with a grammatically marked part (see above) among ``splits``, the
    ``candidate_splits`` of an unknown token, or None; the most frequent pair wins."""
    best = None
    for p, left, right, zl, zr in splits:
        if _marked(left, right, zl, zr) and (best is None or zl + zr > best[0]):
            best = (zl + zr, p)
    return best[1] if best else None


# A fourth structural test, on the model's best split when its logit is positive but under the
# rule's threshold: the grammatical cues of ``structural_split`` without its frequency floors,
# which keep out rare inflected forms (মহাসম্মেলনে|দাবি, কর্মজীবীদের|সঙ্গে) and rare second words
# (আমি|চেঁচাতে). The left part is a case form of a frequent stem (``case_ending``: stem Zipf >= 3.5;
# -র only after a vowel and -য় only after -া/-ো, so that দায়, বিজয়, চির are not read as inflected;
# -ে after a two-grapheme stem only when the case form is itself frequent, ``SHORT_E_MIN_ZIPF``:
# ভোটে|বিচারকেরা, সালে|দীর্ঘ, but not চেকে|স্লোভাকিয়া, a name, nor a numeral's একে|ভিত), or a pronoun, determiner or
# conjunction that never opens a compound (``CLOSED_LEFT``: ``STRUCT_FUNCTION_WORDS`` without the
# ones that open names, তারা|সুন্দরী, বা|তোরে, কি|মরু, যা, না-, and with more pronoun cases and
# quantifiers; a one-grapheme one, সে, তা, যে, only before a frequent word, Zipf >= 4), or the
# right part is a postposition, pronoun, conjunction or auxiliary that never closes one (থেকে,
# সঙ্গে, কিছু, এবং, ছিল). One case ending on both parts is an aluk compound (নাকেমুখে, হাতেকলমে).
# Measured (benchmarks/fused_recall.py): random spaces found 71.3% -> 74.4%, joins 81.3% ->
# 81.5%, not one new flag on the clean or noisy corpora (75.4% before the name guards, with
# একেভিত, চেকেস্লোভাকিয়া, ওরলেন্সের flagged). The forms of the light verbs করা and হওয়া as the
# right part (ব্যবহার|করা, নিয়ম|হল), sentence adverbs as the left (প্রায়|চার) and ও, বা, এ before a
# frequent word (ও|প্রধান) took it to 75.2% (another sample, seed 9: 73.0% -> 73.7%), joins
# unchanged, for one new flag on the clean corpora, a real error (শক্তিশালীকরা).
_CASE_ENDINGS = tuple((nfc(e), vowels) for e, vowels in (
    ("দের", ""), ("ের", ""), ("কে", ""), ("তে", ""), ("ে", ""), ("র", "\u09be\u09bf\u09c0\u09c1\u09c2\u09cb"),
    ("য়", "\u09be\u09cb")))
CLOSED_LEFT = (STRUCT_FUNCTION_WORDS - {nfc(w) for w in """
তারা বা কি যা না অথচ এখানে এমনকি কিংবা তখন তাহলে বরং যখন যেখানে সেখানে""".split()}) | {nfc(w) for w in """
অনেক আপনারা আমাকে একটা একটি এদের এসব ওটি ওদের ওসব কখন কিছু কোথায় তা তাঁকে তাঁদের তাকে তুই তোমাকে তোর
দুটি প্রতিটি যার যিনি সেসব""".split()}
CLOSED_RIGHT = frozenset(nfc(w) for w in """
থেকে থেকেই নিয়ে নিয়েই দিয়ে সঙ্গে সঙ্গেই সাথে সাথেই জন্য জন্যই মধ্যে মধ্যেই পর্যন্ত কাছে কাছেই বিরুদ্ধে ব্যাপারে
সম্পর্কে এবং কিন্তু অথবা কোনো আমি আমরা তুমি আপনি আমার আমাদের কিছু অনেক আরও আরো ছিল ছিলেন হয়েছে হবে নেই আছে
করা করি করে করতে করেন করবে করবেন করেছে করেছেন করল করলেন করলো হয়ে হয় হল হলো নিতে দিতে
""".split())
# -করা also ends the plural of agent nouns in -ক (নির্বাহকরা, শাসকরা) the lexicon may lack: the
# verb is split off only after a frequent word (ব্যবহার|করা, হিসাব|করা; নির্বাহ, Zipf 3.9, is not)
_KARA = nfc("করা")
KARA_MIN_ZIPF = 4.5
# sentence adverbs, which modify a clause and never open a compound (প্রায়|চার, ইতিমধ্যে|বৃত্তি)
CLOSED_ADVERBS = frozenset(nfc(w) for w in "প্রায় ইতিমধ্যে অবশ্য অবশ্যই শুধু এখনো এখনও সবসময় সত্যিই হয়তো আসলে".split())
# the conjunctions ও, বা and the determiner এ open names and words too (ওবুচি, বাতোরে, এনাম):
# only before a frequent word of three graphemes or more, and not when the whole is a verb form
OPEN_LEFT = frozenset(nfc(w) for w in "ও বা এ".split())
_E_KAR = nfc("ে")
CASE_MIN_LOGIT = 0.5
SHORT_E_MIN_ZIPF = 4.0   # -ে on a two-grapheme stem (see above)
CLOSED_MIN_LOGIT = 0.0


def case_ending(word: str) -> str | None:
    """The case ending of ``word`` when it is a frequent stem plus that ending (see above)."""
    lex = lexicon()
    for e, vowels in _CASE_ENDINGS:
        if word.endswith(e):
            stem = word[:-len(e)]
            if lex.get(stem, 0) >= 3.5 and (not vowels or stem[-1] in vowels):
                g = len(GRAPHEME_RE.findall(stem))
                if g >= 3 or g == 2 and (e != _E_KAR or lex.get(word, 0) >= SHORT_E_MIN_ZIPF and stem not in NUMERALS):
                    return e
    return None


def grammatical_split(best) -> int | None:
    """NFC offset of the model's ``best`` split ``(score, offset, left, right)`` when one of its
    parts is grammatically a word of its own (see above), else None."""
    score, p, left, right = best
    if score >= CASE_MIN_LOGIT:
        e = case_ending(left)
        if e is not None and not right.endswith(e):
            return p
    if score < CLOSED_MIN_LOGIT:
        return None
    lex = lexicon()
    if right == _KARA and lex.get(left, 0) < KARA_MIN_ZIPF:
        return None   # নির্বাহক|রা, an agent noun's plural
    frequent_right = lex.get(right, 0) >= 4.0
    if right in CLOSED_RIGHT or left in CLOSED_ADVERBS or left in CLOSED_LEFT and (
            len(GRAPHEME_RE.findall(left)) >= 2 or frequent_right):
        return p
    if left in OPEN_LEFT and frequent_right and len(GRAPHEME_RE.findall(right)) >= 3 \
            and not pos.is_finite_verb(left + right):
        return p
    return None


# Two to four Bengali words run together stay well under this length; a longer token (a
# scraped blob, a line of one letter) is not searched: the split search is quadratic in it.
MAX_TOKEN_CHARS = 100


# wordfreq is built from web text, so it also holds common pairs written without their space
# (করাহয়েছে 2.0, এরআগে 1.4, লেখাছিল 1.4). A rare lexicon word (Zipf <= 2.5) is still split when
# the two words are far more probable together than it is alone: under a unigram model the two-
# word reading beats the one-word reading by a factor of ten to the power of
# zL + zR - 9 - z, and that margin must reach 1.5 (thirty times), with the model's logit at
# least -1 (not confidently against; the model counts the rare lexicon words as compounds) and
# two graphemes or more in each part. Genuine rare words and compounds stay (এজন্য,
# মিত্রশক্তির: the margin is negative). Measured (benchmarks/fused_recall.py): +10 of 2,000
# synthetic fused words (0.5 points) for 2 flags on the 220,015 clean words (তারওপর, a real
# error; একশেষ, a word).
KNOWN_MAX_ZIPF = 2.5
KNOWN_MARGIN = 1.5
KNOWN_MIN_LOGIT = -1.0


def _dominated_split(t: str, z: float):
    """``(logit, cut)`` of the best split of the rare lexicon word ``t`` (Zipf ``z``) whose two
    words are far more probable than ``t`` itself (see above), or None."""
    best = None
    for p, left, right, zl, zr in _lexicon_splits(t):
        if zl + zr - 9 - z < KNOWN_MARGIN:
            continue
        if len(GRAPHEME_RE.findall(left)) < 2 or len(GRAPHEME_RE.findall(right)) < 2:
            continue
        score = logit(features(left, right, zl, zr))
        if score >= KNOWN_MIN_LOGIT and (best is None or score > best[0]):
            best = (score, p)
    return best


# A sixth structural test, for an unknown token that splits into a function word and a word the
# lexicon does not know (a name, a rare compound, a rare inflected form), which the two-word model
# cannot score: a postposition, conjunction, pronoun or auxiliary that never ends a word
# (``ONE_SIDE_RIGHT``: বিধিভঙ্গের|জন্য, অ্যাভবেরি|এবং, মুলতবির|কারণে, ঘরকাতর|হয়ে) after three
# graphemes or more, or a pronoun, conjunction or sentence adverb that never opens one
# (``ONE_SIDE_LEFT``: কিন্তু|চালহীন, আসলে|ম্যানেজারই, এখনো|অব্যয়িত) before three or more. Not the
# words a suffix also spells: -তারা and -করা are the plurals of agent nouns (আইনপ্রণেতারা,
# মহাব্যবস্থাপকরা), -করে, -করতে … end verbs the lexicon lacks; তারা, যে, সে, ও, এ open names;
# the unknown part is no run of letter names (এইচআইভি) and does not open with a reph (সব|র্জন…,
# a misplaced reph, not a join). A doubled word the lexicon does not hold solid (অনেকঅনেক,
# বিশেষবিশেষ, সমানেসমানে) is written with a space; onomatopoeia doubles a syllable of two
# graphemes (হইহই, টিমটিম, ভনভন), so the word must have three.
# Measured (benchmarks/fused_recall.py): random spaces 77.6% -> 78.7% found (exact 77.3% ->
# 78.5%; another sample, seed 9: 75.4% -> 75.8%), element joins 83.7% -> 84.1%, and not one new
# flag on the clean or noisy corpora, the seeds, the samples or the probe. Without the
# productivity cap on the left word (``ONE_SIDE_MAX_MOD``) it split তার|কাসুলভ and আরো|পকারী.
ONE_SIDE_RIGHT = (CLOSED_RIGHT - {nfc(w) for w in """
করা করি করে করতে করেন করবে করবেন করেছে করেছেন করল করলেন করলো হয় হল হলো নিতে দিতে ছিল ছিলেন হয়েছে হবে আছে
নেই""".split()}) | {nfc(w) for w in """
এবং জন্য কারণে তাতে কেবল বেশ একটা একটি দুটি সব সবাই খুব""".split()}
ONE_SIDE_LEFT = (CLOSED_LEFT - {nfc(w) for w in "তা তো যে সে কী".split()}) | CLOSED_ADVERBS | {nfc(w) for w in """
আরও আরো কিছুই প্রত্যেক""".split()}
ONE_SIDE_MAX_MOD = 10   # lexicon words it opens: এই, তার, আরো open many (তারকা, আরোপ), কিন্তু one
_REPH = nfc("র্")


def one_side_split(t: str) -> int | None:
    """NFC offset of a function word split off an unknown NFC token ``t`` whose other part the
    lexicon does not know, or of a doubled word (see above), else None."""
    lex = lexicon()
    cuts = split_points(t)
    half = len(t) // 2
    if half in cuts and t[:half] == t[half:] and lex.get(t[:half], 0) >= 3.5 \
            and len(GRAPHEME_RE.findall(t[:half])) >= 3:
        return half
    for p in cuts:
        left, right = t[:p], t[p:]
        if right in ONE_SIDE_RIGHT and left not in lex:
            other = left
        elif left in ONE_SIDE_LEFT and right not in lex and productivity()[0].get(left, 0) <= ONE_SIDE_MAX_MOD:
            other = right
        else:
            continue
        if len(GRAPHEME_RE.findall(other)) >= 3 and not other.startswith(_REPH) and not is_abbreviation(other):
            return p
    return None


# A seventh structural test: a word run into an abbreviation spelled in letter names, where a
# heading or a list item ended in the word and the next element opened with the abbreviation
# (সরকারি ভর্তুকি + পিএম সূর্য ঘর … -> ভর্তুকিপিএম, শিক্ষার্থীএইচএসসি). Bengali writes an
# abbreviation apart or after a hyphen, never solid with a word. The word is a frequent lexicon
# word of three graphemes or more (two if very frequent: কোড|এসএমএস) and no letter name itself
# (এইচ|ডিবি is one abbreviation), the abbreviation a run of letter names the lexicon knows (Zipf
# >= 2.5: এজেন্ট|বিটিজেড, the malware Agent.BTZ, is a name), not a classifier read as letter names
# (পন্থা|টিকে, ঋতু|টিও). Measured: on the clean corpora one flag, a real missing separator
# (প্রাকৃতিক গ্যাসএলএনজি, listed); none on the noisy corpora, the seeds or the probe articles
# beyond the artefacts themselves.
ABBREV_MIN_ZIPF = 2.5
# a word of two graphemes only when it is a very frequent one (কোড|এসএমএস)
ABBREV_SHORT_LEFT_ZIPF = 4.5
_CLASSIFIER_START = (nfc("টি"), nfc("টা"))


def abbreviation_split(t: str) -> int | None:
    """NFC offset between a frequent word and the abbreviation run into it (see above), or None."""
    lex = lexicon()
    for p in split_points(t):
        left, right = t[:p], t[p:]
        if lex.get(right, 0) >= ABBREV_MIN_ZIPF and lex.get(left, 0) >= 3.5 \
                and not right.startswith(_CLASSIFIER_START) and left not in _LETTER_NAMES_NFC \
                and ((g := len(GRAPHEME_RE.findall(left))) >= 3 or g == 2 and lex.get(left, 0) >= ABBREV_SHORT_LEFT_ZIPF) \
                and _letter_names(right) and not _letter_names(left):
            return p
    return None


# An eighth structural test, for closed-class cues the two-word score cannot weigh because one
# part is rare or unknown (a name, a rare inflected form, a rare noun). Each marks a word that
# never opens or closes a compound:
# * an emphatic or inclusive clitic on the left, -ই or -ও after a frequent stem (শহরেও|শঙ্কায়,
#   আগ্রহই|প্রকাশ, কিছুই|কম): a compound's first member carries no clitic. The stem has two
#   graphemes or more and is more frequent than the form (not ভাই, বই, দুই), the right part
#   closes few lexicon words (not -কারক: খোদাই|কারক) and the left is no run of letter names (আইপিই);
# * the conjunction ও before a word of three graphemes or more and Zipf >= 3.5 (ও|ইকুয়েডর,
#   ও|খনিতে; ``grammatical_split`` asks Zipf >= 4 and a positive logit; not ও|কনর, the Irish
#   name O'Connor, whose rarer right part is a name too), not when the whole is a verb
#   form or an abbreviation (ওবিজেপি reads as O-B-J-P);
# * the demonstrative এ before a word of three graphemes or more and Zipf >= 3 that is no finite
#   verb (এ|বিষয়কে, এ|আকাঙ্ক্ষা; not এ|গিয়েছিলাম, a form of এগোনো): the words that open with
#   এ are in the lexicon, and no Irish O' name stands in the way as it does for ও;
# * a possessive pronoun on the left (ওর|মাথা, ওনার|মাথা; not তার and এর, which open many words:
#   তারকা, এরপর);
# * a genitive before the postposition মত / মতো (বাচ্চাদের|মত);
# * a finite verb before the question particle কি / কী (কিনেছেন|কি);
# * a -ভাবে adverb on the left (নানাভাবে|যুক্ত);
# * a foreign given name the lexicon cannot mark as a name (টম|রেগে, মেরি|দ্বারা); only names that
#   are no Bengali word (not জন, পল, বিল, সারা, কেন, রোজ) and open no loanword (not মার্ক,
#   ক্রিস, স্যাম, জ্যাক: মার্কশিট, ক্রিসমাস, স্যামসাং, জ্যাকেট), not before the head of a place
#   name (লুইসভ্যালি, জর্জটাউন) nor as a case form with a clitic (টমকেই).
# Measured (benchmarks/fused_recall.py): see README, "Fused words".
_CLITIC_LEFT = (nfc("ই"), nfc("ও"))
_CONJ_O = nfc("ও")
_DEM_E = nfc("এ")
_YA = nfc("য়")
POSSESSIVES = frozenset(nfc(w) for w in """
ওর ওঁর ওনার তোর তোমার আপনার আমার ওদের ওঁদের তাদের তাঁদের তোমাদের আপনাদের আমাদের তাঁর""".split())
_MOTO = tuple(nfc(w) for w in ("মতো", "মতন", "মত"))
_GENITIVE = (nfc("র"),)
_BHABE = nfc("ভাবে")
_NOUN_ENDINGS = frozenset(nfc(e) for e in NOUN_ENDINGS)
# the English heads of place names made from a given name (লুইসভ্যালি, Louisville; জর্জটাউন)
PLACE_HEADS = tuple(nfc(w) for w in "টাউন ল্যান্ড ভিল ভ্যালি বরো সিটি পোর্ট বার্গ ফিল্ড উড টন স্টন".split())
CLITIC_MAX_HEAD = 10   # lexicon words the right part closes (-কারক closes 26: খোদাইকারক)
GIVEN_NAMES = frozenset(nfc(w) for w in """
টম টমাস মেরি জেমস জর্জ ডেভিড মাইকেল রবার্ট উইলিয়াম রিচার্ড চার্লস জোসেফ ড্যানিয়েল পিটার স্টিভ স্টিভেন অ্যান্ড্রু
কেভিন ব্রায়ান এডওয়ার্ড হেনরি হ্যারি অ্যালেক্স টনি ফ্রাঙ্ক কার্লোস হুয়ান হোসে লুইস মিগেল পেদ্রো হোর্হে মারিয়া লরা
এমা জেনিফার এলিজাবেথ লিন্ডা সুসান ক্যারেন লিসা অ্যানি অ্যালিস জুলিয়া সোফিয়া ক্যাথরিন ভিক্টোরিয়া ইসাবেল এমিলি
লুসি ন্যান্সি হেলেন জুলি ডায়ানা""".split())


# A ninth set of cues, tried with the eighth: clause words that never make a compound.
# * the negation না as the second part after a frequent word (Zipf >= 3.5) that ends in a
#   consonant (পর্যবেক্ষক|না, মঙ্গলবার|না) or is a finite verb of three graphemes or more
#   (পাচ্ছেন|না, লাগতো|না): not after a vowel sign, as foreign names end (-ina, -ena, -ana:
#   ওয়াই|না, Huayna; গায়ে|না, Guyana; মারি|না);
# * a subject pronoun as the first part (আমি|তাকে, তিনি|বলেন) before a word of Zipf >= 3; not
#   তারা, সে, এরা, ওরা, which open names and loanwords (তারাসুন্দরী, সেমোর, ওরাকল);
# * the relative যে before a word of three graphemes or more (যে|যুদ্ধক্ষেত্রেও); the words that
#   open with যে (যেমন, যেখানে, যেকোনো) are lexicon words;
# * a rarer inflected first part (Zipf >= 1.5, its stem >= 2.0; ``structural_split`` asks 3.0
#   and 3.5) with a case ending, not the locative -য়, which ends many stems (বিজয়, হিমালয়),
#   before a word of three graphemes or more, Zipf >= 3.5, that rarely ends others
#   (জাতপাতের|ভেদাভেদ, নির্বাচনে|প্রচারণা; not কারবারে|টস, Cabernets).
# Measured (benchmarks/fused_recall.py): see README, "Fused words".
_REL_JE = nfc("যে")
SUBJECT_PRONOUNS = frozenset(nfc(w) for w in "আমি তুমি আপনি তিনি আমরা তোমরা আপনারা তাঁরা উনি".split())
_ENDS_IN_CONSONANT = regex.compile("[\u0995-\u09b9\u09dc-\u09df]$")
_RARE_CASE = tuple(e for e in _STRUCT_CASE if e != nfc("য়"))


def _clause_cue(left: str, right: str, zl: float, zr: float, gl: int, gr: int) -> bool:
    if right == _NA:
        return zl >= 3.5 and gl >= 2 and (_ENDS_IN_CONSONANT.search(left) is not None
                                          or gl >= 3 and pos.is_finite_verb(left))
    if gr < 2:
        return False
    if left in SUBJECT_PRONOUNS:
        return zr >= 3.0
    if left == _REL_JE:
        return gr >= 3 and zr >= 1.5
    return gr >= 3 and gl >= 3 and zl >= 1.5 and zr >= 3.5 and _inflected(left, _RARE_CASE, 2.0) and _rarely_ends_words(right)


# * an independent vowel letter opening the right part right after a vowel sign closing the left
#   (আছে|আমরা, ঠিকানা|এনক্রিপ্ট, বিশ্বমঞ্চে|ইসাবেল): a Bengali word spells a vowel after a vowel
#   sign with য় (যাওয়া, নিয়ে), so the two letters meet only where two words do. Not before ওয়,
#   the w of a loanword (ট্রেজারিওয়ালা, মেওয়াওয়ালার); not after a prefix that opens many lexicon
#   words (অধি|উপাত্ত), nor in a run of letter names (আইপিইউর); the right part rarely ends others.
VOWEL_MIN_LEFT = 1.5
VOWEL_MIN_LONG_RIGHT = 2.0   # a right part of four or more graphemes may be rarer (যোগ্যতা|আবেদনকারীকে)
VOWEL_MAX_MOD = 40
_WA = "ওয"   # ও + য, the য় of ওয় in NFC (য + nukta) included


def _vowel_boundary(left: str, right: str) -> bool:
    return right[0] in INDEPENDENT_VOWELS and left[-1] in pos.VOWEL_SIGNS and not right.startswith(_WA) \
        and productivity()[0].get(left, 0) <= VOWEL_MAX_MOD and _rarely_ends_words(right) \
        and not _letter_names(left) and not _letter_names(right)


# * a plural or collective marker closing the left part (লক্ষণসমূহ|কিডনিতে, বইগুলো|পড়ুন,
#   শর্তাবলি|আবেদনকারীকে, often a heading run into its paragraph): after the marker only a case
#   ending, a clitic or a word written onto a phrase (-সহ, -সম্পন্ন) goes on inside the word, so
#   any other word after it opens the next one. The stem before the marker is a frequent word of
#   two graphemes or more.
PLURAL_MARKERS = tuple(sorted((nfc(m) for m in """সমূহ গুলো গুলি গুলোর গুলির গুলোকে গুলোতে াবলি াবলী বৃন্দ""".split()),
                              key=len, reverse=True))
PLURAL_STEM_MIN_ZIPF = 3.0
_CASE_AFTER_PLURAL = frozenset(nfc(e) for e in _STRUCT_CASE) | {nfc("র"), _ER}   # the case endings, the genitives
# words written onto a noun phrase, a plural one too (বইগুলোসহ, গুণাবলিসম্পন্ন)
_AFTER_PLURAL_SUFFIXES = frozenset(nfc(w) for w in """
সহ সমেত সম্পন্ন যুক্ত ভিত্তিক মূলক জনিত সংক্রান্ত বিষয়ক ব্যাপী প্রতি মাত্র হীন বিহীন ভুক্ত প্রাপ্ত
""".split())


def _plural_marked(left: str) -> bool:
    for mk in PLURAL_MARKERS:
        if left.endswith(mk):
            stem = left[:-len(mk)]
            return lexicon().get(stem, 0) >= PLURAL_STEM_MIN_ZIPF and len(GRAPHEME_RE.findall(stem)) >= 2
    return False


def _cue(left: str, right: str, whole: str) -> bool:
    lex = lexicon()
    zl, zr = lex.get(left, 0), lex.get(right, 0)
    gl, gr = len(GRAPHEME_RE.findall(left)), len(GRAPHEME_RE.findall(right))
    if zr >= 3.0 and gr >= 2:
        if left in GIVEN_NAMES and not (right[:-1] in _NOUN_ENDINGS and right[-1] in CLITICS) \
                and not right.startswith(PLACE_HEADS) \
                or left in POSSESSIVES and zr >= 3.5:
            return True   # (not a name's case form with a clitic: টম|কেই is টমকেই, Tom + -কে + -ই)
        if left.endswith(_CLITIC_LEFT) and not right.startswith(_YA):
            stem = left[:-1]
            zs = lex.get(stem, 0)
            if zs >= 3.0 and zl < zs and len(GRAPHEME_RE.findall(stem)) >= 2 and not _letter_names(left) \
                    and productivity()[1].get(right, 0) <= CLITIC_MAX_HEAD:
                return True
        if left == _CONJ_O and gr >= 3 and zr >= 3.5 and not pos.is_finite_verb(whole) and not is_abbreviation(whole):
            return True
        if left == _DEM_E and gr >= 3 and not pos.is_finite_verb(right) and not pos.is_finite_verb(whole) \
                and not is_abbreviation(whole):
            return True
    if zl and zr and _clause_cue(left, right, zl, zr, gl, gr):
        return True
    if zl >= VOWEL_MIN_LEFT and gl >= 2 and (zr >= 3.0 and gr >= 3 or zr >= VOWEL_MIN_LONG_RIGHT and gr >= 4) \
            and _vowel_boundary(left, right):
        return True
    if (zr >= 3.0 and gr >= 2 or zr >= 2.5 and gr >= 3) and _plural_marked(left) \
            and right.rstrip("ইও") not in _CASE_AFTER_PLURAL and right not in _AFTER_PLURAL_SUFFIXES:
        return True
    if right in QUESTION_PARTICLES:
        return zl >= 2.5 and gl >= 2 and pos.is_finite_verb(left)
    if right in _MOTO:
        return left.endswith(_GENITIVE) and zl >= 2.0 and gl >= 3
    return left.endswith(_BHABE) and gl >= 4 and zr >= 2.0 and gr >= 2


def cue_split(t: str) -> int | None:
    """NFC offset of a split marked by a closed-class cue (see above), or None; the most
    frequent right part wins."""
    lex = lexicon()
    best = None
    for p in split_points(t):
        left, right = t[:p], t[p:]
        if _cue(left, right, t) and (best is None or lex.get(right, 0) > best[0]):
            best = (lex.get(right, 0), p)
    return best[1] if best else None


def _word_cue_cut(t: str) -> int | None:
    """The structural tests that read the NFC token ``t`` itself, not its two-word splits, in
    order (a function word beside an unknown word, an abbreviation run into a word, a closed-class
    cue): the first cut found, or None. ``_split`` tries them last, with or without a model split."""
    for test in (one_side_split, abbreviation_split, cue_split):
        cut = test(t)
        if cut is not None:
            return cut
    return None


def _split(tok: str):
    """The best two-word split of ``tok`` as ``(score, [cut], structural cut or None)``, else its
    segmentation into three or four words as ``(score, cuts, None)``, else None (NFC offsets).
    A rare lexicon word split by ``_dominated_split`` comes as ``(score, [cut], cut)``: its cut
    is reported by the default rule whatever the score."""
    if len(tok) > MAX_TOKEN_CHARS:
        return None
    t = nfc(tok)
    lex = lexicon()
    z = lex.get(t)
    if z is not None:
        q = pronoun_question(t) if z <= QUESTION_MAX_ZIPF else None
        if q is not None:
            return KNOWN_MIN_LOGIT, [q], q
        if z <= KNOWN_MAX_ZIPF and len(GRAPHEME_RE.findall(t)) >= 4:
            dom = _dominated_split(t, z)
            if dom:
                return dom[0], [dom[1]], dom[1]
        return None  # a lexicon word has neither a split nor a segmentation
    if t[-1] in CLITICS and t[:-1] in lex:
        return None  # nor a lexicon word with a clitic
    splits = list(candidate_splits(t))  # searched once, for the model and the structural tests
    res = best_split(t, splits)
    if res is not None:
        struct = structural_split(splits)
        if struct is None:
            struct = verb_left_split(t)
        if struct is None:
            struct = marked_split(splits)
        if struct is None:
            struct = grammatical_split(res)
        if struct is None:
            struct = _word_cue_cut(t)
        return res[0], [res[1]], struct
    cut = verb_left_split(t)   # a finite verb before a word the lexicon does not know
    if cut is None:
        cut = _word_cue_cut(t)
    if cut is not None:
        return KNOWN_MIN_LOGIT, [cut], cut
    seg = segment(tok)  # three or more words run together
    return (seg[0], seg[1], None) if seg else None


# _split per token, shared by every document of a run (the lexicon and the model never change)
_SPLITS = TokenDecisions(_split, skip_frequent=True)   # (KNOWN_MAX_ZIPF, QUESTION_MAX_ZIPF <= FREQUENT_ZIPF)
DEFAULT_THRESHOLD = 2.7   # W001's threshold in rules/words.yaml


def default_fused(words) -> set[str]:
    """The document's tokens that W001 reports at its default threshold (for C008, which leaves
    them to it)."""
    return {tok for tok, (score, _cuts, struct) in _SPLITS.found(words).items()
            if score >= DEFAULT_THRESHOLD or struct is not None}


# a frequent word run into a number in Bengali digits where two elements were joined (টিকা১২–১৬
# সপ্তাহ, শেয়ারে২৩ সেন্ট): a Bengali word never ends in a digit; codes made of letter names
# (এমএইচ৩৭০, এইচ৫এন১) are not words
# (found from the letter-digit boundary, which the standard library's re scans fast; the word is
# read back from there)
_LETTER_DIGIT_RE = re.compile("[\u0980-\u09E5\u09F0\u09F1][০-৯]")
_WORD_BACK_RE = regex.compile(r"(?<![\p{L}\p{N}\p{M}_@#/\u200c\u200d.-])[\u0980-\u09E5\u09F0\u09F1]{2,}$")
_NUMBER_RE = regex.compile(r"[০-৯][০-৯.,]*")
DIGIT_JOIN_MIN_ZIPF = 3.0
# rice varieties are named with the number written solid (ব্রি ধান২৮, বিনা ধান৭, the rice
# research institutes' official spelling)
VARIETY_WORDS = frozenset(nfc(w) for w in ("ধান",))


# and the other way round, a number run into a frequent word (৳১০০ঢাকার, ১৯৭২সালের, ৩১আগস্ট): not
# the classifiers, ordinals and case endings Bengali writes onto a number (৫টি, ৫০টিরও, ৩য়, ২১শে)
_DIGIT_LETTER_RE = re.compile("[0-9০-৯][\u0980-\u09E5\u09F0\u09F1]")
_NUMBER_BACK_RE = regex.compile(r"(?<![\p{L}\p{N}\p{M}_@#/\u200c\u200d.,-])[0-9০-৯][0-9০-৯.,]*$")
_LETTERS_AFTER_NUMBER_RE = regex.compile(r"[\u0980-\u09E5\u09F0\u09F1]+(?![\p{L}\p{M}\p{N}\u200c\u200d])")
_NUMBER_SUFFIX_RE = regex.compile(nfc(
    "(?:টি|টা|জন|খানা|খানি|গুণ|তম|ম|য়|র্থ|শে|শা|ই|লা|রা|ঠা|এর|ের|র|কে|তে)(?:র|এর|ের|কে|তে|ও|ই|রও|রই|টি|টা|টির|টার|য়)*"))


def _number_joins(text: str):
    for h in _DIGIT_LETTER_RE.finditer(text):
        e = h.start() + 1
        num = _NUMBER_BACK_RE.search(text, max(0, e - 40), e)
        w = _LETTERS_AFTER_NUMBER_RE.match(text, e)
        if num is None or w is None:
            continue
        word = nfc(w.group())
        if _NUMBER_SUFFIX_RE.fullmatch(word) or zipf(word) < DIGIT_JOIN_MIN_ZIPF or len(GRAPHEME_RE.findall(word)) < 3:
            continue
        yield Hit(num.start(), w.end(), edits=[(e, e, " ")],
                  args={"word": num.group() + w.group(), "left": num.group(), "right": w.group(), "score": "-"})


def _digit_joins(text: str):
    for h in _LETTER_DIGIT_RE.finditer(text):
        e = h.start() + 1
        m = _WORD_BACK_RE.search(text, max(0, e - 40), e)
        if m is None:
            continue
        w = m.group()
        if zipf(w) >= DIGIT_JOIN_MIN_ZIPF and len(GRAPHEME_RE.findall(w)) >= 2 and not is_abbreviation(w) \
                and nfc(w) not in _LETTER_NAMES_NFC:   # a model name: এক্স৫
            if nfc(w) in VARIETY_WORDS:
                continue
            num = _NUMBER_RE.match(text, e, e + 40).group()
            yield Hit(m.start(), e + len(num), edits=[(e, e, " ")],
                      args={"word": w + num, "left": w, "right": num, "score": "-"})


# a token the document uses NAME_MIN_USES times or more, counting its case forms (টাকাসেতু,
# টাকাসেতুর), or writes with two endings (ওতাভালো, ওতাভালোর; আনেতো, আনেতোর), and never writes
# apart, is a name it has coined or transliterated (a start-up, a town), not a space lost where two
# elements were joined, which happens once and keeps the second word's one ending
NAME_MIN_USES = 3
_KE = nfc("কে")


def _name_stems(tok: str) -> tuple[str, ...]:
    """The stems a token may have: a name ending in ক takes the locative -ে (হেল্পডেস্কে), which
    reads as the objective -কে on a stem without its ক as well."""
    t = nfc(tok)
    stem, ending = noun_stem(t)
    return (stem, t[:-1]) if ending == _KE else (stem,)


def _without_names(text: str, words, found: dict) -> tuple[dict, list[tuple[int, int, str]]]:
    """``found`` without the document's names (see above), and the occurrences of what is kept,
    in text order (read off the one scan that counts the names' uses)."""
    stems = {tok: _name_stems(tok) for tok in found}   # once per distinct token
    wanted = {st for sts in stems.values() for st in sts}
    prefixes = tuple(wanted)
    # the document's other forms of the same stems (ওতাভালোর beside a reported ওতাভালো)
    # (a token's first character, as written or decomposed, picks the few worth normalising)
    firsts = {st[0] for st in wanted} | {unicodedata.normalize("NFD", st)[0] for st in wanted}
    for t in words.distinct:
        if t[:1] in firsts and t not in stems and nfc(t).startswith(prefixes):
            st = _name_stems(t)
            if wanted.intersection(st):
                stems[t] = st
    uses: Counter = Counter()
    forms: dict[str, set] = {}
    occurrences = words.occurrences(stems)
    for _s, _e, tok in occurrences:
        for st in stems[tok]:
            uses[st] += 1
            forms.setdefault(st, set()).add(nfc(tok))   # (one word in two encodings is one form)
    kept = {tok: v for tok, v in found.items()
            if all(uses[st] < NAME_MIN_USES and len(forms.get(st, ())) < 2 for st in stems[tok])
            or f"{v[1]['left']} {v[1]['right']}" in text}
    if kept:
        named = _named_twice(text, [o for o in occurrences if o[2] in kept])
        kept = {tok: v for tok, v in kept.items() if tok not in named}
    return kept, [o for o in occurrences if o[2] in kept]


def _named_twice(text: str, occurrences) -> set[str]:
    """The tokens written twice, both times before one word and after different ones (ওরাসিও লুনা,
    … ওরাসিও লুনা বলেন): a first name and its surname, where a space lost in a repeated block
    keeps the word before it too."""
    at: dict[str, list[int]] = {}
    for s, e, tok in occurrences:
        at.setdefault(tok, []).append((s, e))
    out = set()
    for tok, spans in at.items():
        if len(spans) != 2:
            continue
        nexts = [(m.group(1) if (m := WORD_AFTER_RE.match(text, e)) else None) for _s, e in spans]
        prevs = [(m.group(1) if (m := WORD_BEFORE_RE.search(text, max(0, s - 40), s)) else None) for s, _e in spans]
        if nexts[0] is not None and nexts[0] == nexts[1] and prevs[0] != prevs[1]:
            out.add(tok)
    return out


_SPOKEN_ADDRESS_NEXT = (" অ্যাট ", " এট ", " ডট ")
_SPOKEN_ADDRESS_PREV = (" অ্যাট ", " ডট ")
SPOKEN_ADDRESS_REACH = 300


def _in_spoken_address(text: str, s: int, e: int) -> bool:
    """Is [s, e) inside an address read aloud that L002 reports (its ``SPOKEN_URL_RE``)?"""
    from .transliteration import SPOKEN_URL_RE
    return any(m.start() <= s and e <= m.end()
               for m in SPOKEN_URL_RE.finditer(text, max(0, s - SPOKEN_ADDRESS_REACH), e + SPOKEN_ADDRESS_REACH))


def fused_words(ctx, rule):
    threshold = float(rule.options.get("threshold", DEFAULT_THRESHOLD))
    cap = rule.options.get("below")  # the preview rule reports only what the default one does not
    text = ctx.text
    if cap is None:
        yield from _digit_joins(text)
        yield from _number_joins(text)
    words = doc_words(ctx)
    found = {}  # token -> (offsets of the spaces, message args), decided once per distinct token
    for tok, (score, cuts, struct) in _SPLITS.found(words).items():
        if cap is not None and (score >= float(cap) or struct is not None):
            continue
        if score < threshold:
            if cap is not None or struct is None:
                continue  # the structural test (``structural_split``) belongs to the default rule
            cuts = [struct]
        if is_abbreviation(tok):
            continue
        qs = [original_offset(tok, p) for p in cuts]
        if None in qs:
            continue
        q = qs[0]
        rest = " ".join(tok[a:b] for a, b in zip(qs, qs[1:] + [len(tok)]))
        found[tok] = (qs, {"word": tok, "left": tok[:q], "right": rest, "score": f"{score:.1f}"})
    found, occurrences = _without_names(text, words, found) if found else (found, [])
    for s, e, tok in occurrences:
        # a word glued to Latin letters, digits, @ or a hyphenated name is not prose
        if glued(text, s, e, "@#_/"):
            continue
        # nor a label of a web or e-mail address read aloud (হেল্পডেস্ক অ্যাট হাসপাতাল ডট গভ ডট বিডি,
        # which L002 reports whole; but হচ্ছেইন্টারনেট ডট ওআরজিতে is no address L002 knows)
        if (text.startswith(_SPOKEN_ADDRESS_NEXT, e) or text.endswith(_SPOKEN_ADDRESS_PREV, 0, s)) \
                and _in_spoken_address(text, s, e):
            continue
        qs, args = found[tok]
        yield Hit(s, e, edits=[(s + x, s + x, " ") for x in qs], args=dict(args))


# W003: the negation না written onto a finite verb (জানিনা, হবেনা, পারবোনা). The Bangla Academy
# writes না apart from the verb it negates (জানি না) and নি onto it (জানিনি). The web writes the
# solid forms so often that the lexicon holds them (জানিনা Zipf 4.8), so W001, which splits
# unknown tokens, never sees them. A token is reported when it is না after a frequent finite verb
# form of two graphemes or more that is no noun (its -ের form is rare: ভাবনা, প্রস্তাবনা are
# nouns, চায়না is China, as চায়ের is tea's), and not a listed word or name.
NEGATION_MIN_ZIPF = 4.0
NEGATION_NOT = frozenset(nfc(w) for w in "কেননা চায়না পাবনা খেলনা সম্ভবনা".split())
FREQUENT_NOUN_ZIPF = 2.5


def _negation_cut(tok: str) -> int | None:
    """Original offset of the space before a না run onto a finite verb in ``tok``, or None."""
    if not tok.endswith(_NA) or len(tok) < 5:
        return None
    t = nfc(tok)
    stem = t[:-2]
    if t in NEGATION_NOT or zipf(stem) < NEGATION_MIN_ZIPF or len(GRAPHEME_RE.findall(stem)) < 2:
        return None
    if not pos.is_finite_verb(stem) or zipf(stem + nfc("ের")) >= FREQUENT_NOUN_ZIPF:
        return None
    return len(tok) - 2   # না has no nukta letter: the last two characters in any encoding


_NEGATIONS = TokenDecisions(_negation_cut)


def fused_negation(ctx, rule):
    text = ctx.text
    words = doc_words(ctx)
    found = _NEGATIONS.found(words)
    if not found:
        return
    w001 = default_fused(words)   # W001 reports these
    found = {tok: q for tok, q in found.items() if tok not in w001}
    for s, e, tok in words.occurrences(found):
        if glued(text, s, e, "@#_/"):
            continue
        q = found[tok]
        yield Hit(s, e, edits=[(s + q, s + q, " ")], args={"word": tok, "left": tok[:q], "right": tok[q:]})
