"""Bengali part-of-speech tags for the word-order rules: bnlp's CRF tagger (``BengaliPOS``)
when its model file is present, with a morphological fallback for verbs.

Nothing here is imported by default: only rules that need tags import it, and the tagger is
loaded on first use. bnlp is loaded offline: its model is looked up at ``$BNQA_POS_MODEL``,
``~/bnlp/models/bn_pos.pkl`` (where bnlp itself keeps it) or ``../shared/models/bn_pos.pkl``
(never downloaded), and the NLTK data download that ``import bnlp`` attempts is disabled
for the duration of the import (bnqa does not use NLTK's tokenizers).

Tags are bnlp's (Bengali LDC-IL/BIS tag set): VM main verb, VAUX auxiliary, NC common noun,
NP proper noun, PPR pronoun, JJ adjective, PP postposition, CCD coordinating and CSB
subordinating conjunction, PU punctuation, ALC/AMN adverbs, PWH/DWH wh-words, …
"""
from __future__ import annotations

import contextlib
import io
import os
from functools import lru_cache
from pathlib import Path

import regex

from .lexicon import GRAPHEME_RE, nukta_norm as _norm, zipf


def model_path() -> Path | None:
    cands = []
    if os.environ.get("BNQA_POS_MODEL"):
        cands.append(Path(os.environ["BNQA_POS_MODEL"]))
    cands.append(Path.home() / "bnlp" / "models" / "bn_pos.pkl")
    cands.append(Path(__file__).resolve().parent.parent.parent / "shared" / "models" / "bn_pos.pkl")
    for c in cands:
        if c.is_file():
            return c
    return None


@lru_cache(maxsize=1)
def get_tagger():
    """bnlp's BengaliPOS with our model path and an identity tokenizer, or None when bnlp or
    its model is unavailable (the morphological fallback is used then)."""
    if os.environ.get("BNQA_NO_POS"):
        return None
    path = model_path()
    if path is None:
        return None
    try:
        import nltk

        real_download = nltk.download
        nltk.download = lambda *a, **k: False   # bnlp's import tries to fetch punkt: stay offline
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                from bnlp import BengaliPOS
        finally:
            nltk.download = real_download
        return BengaliPOS(model_path=str(path), tokenizer=lambda toks: list(toks))
    except Exception:   # pragma: no cover - depends on the environment
        return None


# Finite verb endings (চলিত): perfect, progressive, past, future, habitual, present honorific,
# imperative. Non-finite forms (-তে, -লে, conjunctive -এ/-য়ে, verbal nouns) are not here.
FINITE_RE = regex.compile(_norm(
    r"(?:েছে|েছেন|েছি|েছিল|েছিলেন|েছিলাম|েছিলে|ছে|ছেন|ছি|ছিল|ছিলেন|ছিলাম|চ্ছে|চ্ছেন|চ্ছি|চ্ছিল|চ্ছিলেন"
    r"|বে|বেন|বো|(?<!্)ব|লো|লেন|লাম|তেন|তাম|ুন|েন)$"))
FINITE_WORDS = frozenset(_norm(w) for w in """
আছে আছেন আছি নেই নয় নন হয় হন হই যায় যান যাই পায় পান দেয় দেন নেয় নেন খায় চায় চান গেল গেলেন এল এলেন
এসেছে এসেছেন করে করেন করি বলে বলেন বলি থাকে থাকেন থাকি জানে জানেন জানি পারে পারেন পারি দেখে দেখেন
শেখে শেখেন শিখি রাখে রাখেন রাখি লাগে মনে ধরে চলে চলেন আসে আসেন রয়েছে রয়েছেন রয়েছি
""".split())
# conjunctive/infinitive forms that look finite
NON_FINITE_WORDS = frozenset(_norm(w) for w in "করে বলে দেখে ধরে চলে".split())
# words that end like a finite verb but are none: -ভাবে adverbs (like the future -বে), -গুলো
# plurals (like the past -লো), -গুণ, নতুন, আগুন (like the imperative -ুন) and খুব (like the
# future -ব, করব)
NOT_VERB_ENDINGS = tuple(_norm(e) for e in ("ভাবে", "গুলো", "গুণ"))
NOT_VERB_WORDS = frozenset(_norm(w) for w in "নতুন আগুন খুব".split())


def is_finite_verb(word: str, tag: str | None = None) -> bool:
    w = _norm(word)
    if tag is not None and tag not in ("VM", "VAUX"):
        return False
    if w in FINITE_WORDS:
        return True
    if tag is None and (w.endswith(NOT_VERB_ENDINGS) or w in NOT_VERB_WORDS):
        return False   # morphology alone (a verb tag from the tagger is believed)
    return bool(FINITE_RE.search(w)) and len(w) >= 3


# a verb's stem is known by its -তে infinitive, a frequent word of the lexicon (দেখ: দেখতে)
INFINITIVE_MIN_ZIPF = 3.0


def _known_infinitive(stem: str) -> bool:
    return zipf(stem + "তে") >= INFINITIVE_MIN_ZIPF


# A finite verb by its ending whose root is a verb the lexicon knows (``_known_infinitive``:
# বসবেন: বসতে, করেছেন: করতে; not the names রুবেন, হেলেন, which the ending alone takes for verbs)
@lru_cache(maxsize=4096)
def is_known_finite_verb(word: str) -> bool:
    w = _norm(word)
    m = FINITE_RE.search(w)
    return m is not None and m.start() >= 2 and _known_infinitive(w[:m.start()])


# A polite imperative: নিন, or -ুন on a verb stem whose -তে infinitive is a frequent word (করুন:
# করতে; not নতুন, জুন, আগুন)
IMPERATIVE_WORDS = frozenset(_norm(_n) for _n in "নিন".split())
_IMPERATIVE_END = _norm("ুন")


@lru_cache(maxsize=4096)
def is_polite_imperative(word: str) -> bool:
    """Is ``word`` (nukta-normalised) a polite imperative (see above)?"""
    if word in IMPERATIVE_WORDS:
        return True
    if not word.endswith(_IMPERATIVE_END) or len(GRAPHEME_RE.findall(word)) < 2:
        return False
    return _known_infinitive(word[:-len(_IMPERATIVE_END)])


# A familiar (তুমি) imperative outside R001's list of forms (ডাকো, আনো; the future imperative রেখো, ছেড়ো with
# the root's আ raised to এ): a word in -ো whose root, with আপনি's future -বেন, is a frequent word
# (Zipf >= 3: ডাকবেন, রাখবেন) and, with the polite imperative -ুন, a word at all (Zipf >= 2:
# ডাকুন). Not -লো, -তো, -বো (past, habitual, first person: বললো, করতো, করবো), and not words that
# merely end in -ো (ভালো, কালো, প্লেটো: no ভালবেন, প্লাটবেন). In the clean, noisy and hook texts the
# test admits আসো, ডাকো, ডেকো, আনো, হাসো and পরো, each a তুমি form.
_FAMILIAR_POLITE_MIN_ZIPF = 3.0
_FAMILIAR_UN_MIN_ZIPF = 2.0
# the raised form must be a word itself (Zipf >= 2: ছেড়ো 2.2, রেখো 4.3): the modal পারা has no
# imperative, and পেরো (1.2) is the Spanish pero
_FAMILIAR_RAISED_MIN_ZIPF = 2.0


def _polite_root(root: str) -> bool:
    return zipf(root + "বেন") >= _FAMILIAR_POLITE_MIN_ZIPF and zipf(root + "ুন") >= _FAMILIAR_UN_MIN_ZIPF


def o_verb_shape(w: str) -> bool:
    """Can ``w`` (nukta-normalised) be a তুমি verb by its ending: -ো, but not -লো, -তো, -বো, and
    more than the sign itself?"""
    return w.endswith("ো") and not w.endswith(("লো", "তো", "বো")) and len(w) > 2


@lru_cache(maxsize=4096)
def familiar_imperative(word: str) -> bool:
    w = _norm(word)
    if not o_verb_shape(w):
        return False
    if _polite_root(w[:-1]):
        return True
    i = w.find("ে")
    return (0 < i < len(w) - 2 and w.count("ে") == 1 and zipf(w) >= _FAMILIAR_RAISED_MIN_ZIPF
            and _polite_root(w[:i] + "া" + w[i + 1:-1]))


# A word in -ো before না is the তুমি verb (ঢুকো না, থামো না, নামো না; R001) when its stem's -তে
# infinitive is a lexicon word (``_known_infinitive``: ঢুকতে) more frequent than the word itself:
# the adjectives খাটো and বুনো are more frequent than খাটতে and বুনতে. ``familiar_imperative`` asks
# for the আপনি forms (ঢুকুন, ঢুকবেন), which the lexicon may lack. In the clean and noisy corpora
# the only word in -ো before না that this adds is থামো.
def negated_familiar(word: str) -> bool:
    w = _norm(word)
    if familiar_imperative(w):
        return True
    if not o_verb_shape(w) or not _known_infinitive(w[:-1]):
        return False
    return zipf(w) < zipf(w[:-1] + "তে")


_Y_NUKTA = _norm("\u09df")   # য় as nukta_norm writes it


def has_verb_ending(word: str, endings) -> bool:
    """Is ``word`` a verb's stem with one of ``endings`` (each that fits is tried: ফেলেন is ফেল-েন,
    not ফে-লেন), the stem's -তে infinitive a word of the lexicon (Zipf >= 3: ফেলতে, মারতে; a
    vowel root's glide left out, দিয়েছেন -> দিতে)? The infinitive keeps nouns that end like
    verbs out (ট্রেন, কেন)."""
    w = _norm(word)
    for e in endings:
        if w.endswith(e) and len(w) > len(e):   # (one letter of stem: হ-লে, হতে)
            stem = w[:-len(e)]
            if stem.endswith(_Y_NUKTA):
                stem = stem[:-len(_Y_NUKTA)]
            if stem not in _NOT_VERB_STEMS and _known_infinitive(stem):
                return True
    return False


# one-syllable stems whose -তে form is a frequent pronoun or locative noun, not an infinitive
# (তাতে, হাতে, রাতে, ভাতে, জাতে): তালে, হালে are nouns (তালে তালে, to the beat). Not যা: its যাতে is
# a conjunction, but যা is also the stem of যাওয়া's progressive (যাচ্ছে, যাচ্ছিলেন)
_NOT_VERB_STEMS = frozenset(_norm(w) for w in "তা হা রা ভা জা".split())


# Infinitives (-তে): করতে, জানতে, শিখতে, হতে; vowel roots পেতে, যেতে, দিতে; causatives জানাতে,
# বানাতে. Locatives look the same: ভারতে, পর্বতে, মতে, রাতে, হাতে, ছবিতে, ঢাকাতে.
# (ত-final nouns + locative -এ: ভারতে, পর্বতে, জগতে, মতে, শরতে, ব্রতে, ক্ষতে, গতে)
T_NOUN_STEMS = frozenset(_norm(w) for w in "ভার পর্ব জগ শর ম ব্র ক্ষ গ শ".split())
VOWEL_ROOTS = frozenset(_norm(w) for w in "পে যে দি নি খে চাই গাই দে নে ছুঁ শু ধু পা".split())
VOWEL_SIGNS = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc")


def is_infinitive(word: str, tag: str | None = None) -> bool:
    """A -তে infinitive. With a tag it must be a verb tag; the causative shape (জানাতে) is
    accepted only then, since without a tagger it cannot be told from a locative (ঢাকাতে)."""
    w = _norm(word)
    if not w.endswith("তে") or len(w) < 3 or (tag is not None and tag not in ("VM", "VAUX")):
        return False
    stem = w[:-2]
    if stem in T_NOUN_STEMS or stem.endswith("\u09cd"):
        return False
    if stem[-1] in VOWEL_SIGNS or stem[-1] in "\u0981\u0982\u0983":   # also দাঁতে; ছুঁতে is a root
        return stem in VOWEL_ROOTS or (tag is not None and stem[-1] == "\u09be" and len(stem) >= 3)
    return True


@lru_cache(maxsize=4096)
def _tag_cached(tokens: tuple[str, ...]) -> tuple[str, ...]:
    tagger = get_tagger()
    if tagger is None:
        return tuple(fallback_tag(t) for t in tokens)
    return tuple(t for _, t in tagger.tag(list(tokens)))


def tag(tokens) -> list[str]:
    """POS tags for a sentence given as tokens."""
    tokens = tuple(tokens)
    if not tokens:
        return []
    return list(_tag_cached(tokens))


PUNCT_RE = regex.compile(r"^[\p{P}\p{S}]+$")
FALLBACK_CLOSED = {
    **{w: "CCD" for w in ("এবং", "ও", "আর", "কিন্তু", "অথবা", "বা", "কিংবা", "তবে")},
    **{w: "CSB" for w in ("যে", "যদি", "কারণ", "যদিও", "যেহেতু", "তাই", "যেন")},
    **{w: "PPR" for w in ("আমি", "আমরা", "তুমি", "আপনি", "সে", "তিনি", "তারা", "এটি", "এটা", "আমাদের", "তাদের")},
}


def fallback_tag(token: str) -> str:
    """A coarse tag from morphology when the CRF tagger is unavailable."""
    if PUNCT_RE.match(token):
        return "PU"
    w = _norm(token)
    if w in FALLBACK_CLOSED:
        return FALLBACK_CLOSED[w]
    if w in FINITE_WORDS or (FINITE_RE.search(w) and len(w) >= 4) or is_infinitive(w):
        return "VM"
    return "NC"


# The verbal noun of a common verb: an -া form whose -তে infinitive is a frequent word (করা/করতে,
# চলা/চলতে; ``_known_infinitive``), a causative -ানো whose -াতে form is (এড়ানো/এড়াতে), or one of
# the irregular ones (হওয়া, নেওয়া, দেওয়া, …).
_IRREGULAR_VERBAL_NOUNS = frozenset(_norm(_n) for _n in "হওয়া নেওয়া দেওয়া যাওয়া খাওয়া পাওয়া চাওয়া গাওয়া".split())
_CAUSATIVE_NOUN = "ানো"


def is_verbal_noun(w: str) -> bool:
    """Is ``w`` (nukta-normalised) the verbal noun of a common verb (করা, চলা, এড়ানো, হওয়া)?"""
    if w in _IRREGULAR_VERBAL_NOUNS:
        return True
    if w.endswith(_CAUSATIVE_NOUN):
        return _known_infinitive(w[:-len(_CAUSATIVE_NOUN)] + "া")   # (এড়া|তে)
    return w.endswith("া") and len(w) > 2 and _known_infinitive(w[:-1])
