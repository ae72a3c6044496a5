"""Bengali lexicon: word frequencies from ``wordfreq`` (shipped inside its wheel, no download).

Everything is looked up in one canonical form: Unicode NFC. wordfreq itself stores Bengali
NFC-normalised (so the nukta letters য় ড় ঢ় are stored decomposed, য + ◌়, because U+09DF,
U+09DC, U+09DD are composition exclusions), and maps every digit to ``0``. Text is normalised
the same way for lookups only: checks keep the offsets of the original text.

Frequencies are kept as Zipf values (log10 of occurrences per billion words: 7 = "এবং",
3 = an ordinary content word, 1 = seen once in ~100M words); 0.0 means "not in the lexicon".

Loading: ``wordfreq.get_frequency_dict('bn')`` and normalising takes ~1 s; the Bengali part is
cached once in ``$BNQA_CACHE_DIR`` or ``~/.cache/bnqa`` (keyed by the wordfreq version) as one
newline-joined string plus packed uint16 Zipf values, which loads in ~0.1 s. If the cache
cannot be written the dict is simply built in memory.
"""
from __future__ import annotations

import math
import marshal
from array import array
from itertools import accumulate, compress, count, islice
from operator import eq
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from .text import GRAPHEME

CACHE_FORMAT = 2
#: a Bengali word token in text: letters and signs of the Bengali block (no digits, no
#: currency or fraction signs, no danda, which lives in the Devanagari block) plus ZWJ/ZWNJ.
WORD_RE = regex.compile(r"[\u0981-\u0983\u0985-\u09B9\u09BC-\u09CE\u09D7\u09DC-\u09DF\u09E0-\u09E3\u09F0\u09F1\u200c\u200d]+")
# matched backwards from a position (``WORD_BACK_RE.match(text, 0, pos)``): the word ending there
WORD_BACK_RE = regex.compile(WORD_RE.pattern, regex.REVERSE)
# (the standard library's re: for a plain character class its split is twice as fast as regex's)
_WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
# matched backwards from a position (``BN_RUN_BACK_RE.match(text, 0, pos).start()``): the start of
# the Bengali run (letters, signs, digits and joiners) that ends at ``pos``
BN_RUN_BACK_RE = regex.compile(r"[\p{Bengali}\u200c\u200d]*", regex.REVERSE)
# the Bengali run before a position and the spaces or tabs between (``WORD_BEFORE_RE.search(text,
# max(0, pos - reach), pos).group(1)``: the word before ``pos``, as checks read a neighbour)
WORD_BEFORE_RE = regex.compile(r"([\p{Bengali}\u200c\u200d]+)[ \t]+$")
# … and the spaces or tabs after a position and the Bengali run that follows (``.match(text, pos)``)
WORD_AFTER_RE = regex.compile(r"[ \t]+([\p{Bengali}\u200c\u200d]+)")
_JOINERS = str.maketrans("", "", "\u200c\u200d")
INDEPENDENT_VOWELS = frozenset("অআইঈউঊঋৠঌৡএঐওঔ")
# a noun's case, plural and clitic endings, the bare form first: another form of a word a text
# uses (consistency) or of a compound (fused words) is its stem with one of these
NOUN_ENDINGS = ("", "ের", "র", "রা", "েরা", "দের", "কে", "ে", "তে", "টি", "টা", "গুলো", "গুলি", "ও", "ই")
# the emphatic and inclusive clitics written onto a word (যাঁরাই, তাঁদেরও, দুটি খেলোয়াড়ই)
CLITICS = ("ই", "ও")


def _nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


# Most Bengali words hold a vowel sign that NFC may compose (া, ৗ), so the quick check answers
# "maybe" and is_normalized runs the full algorithm: a word's checks ask for its NFC form up to
# six times, so words are cached (longer strings are not kept)
_nfc_word = lru_cache(maxsize=1 << 16)(_nfc)


def nfc(s: str) -> str:
    """The canonical form used for every lookup."""
    return _nfc_word(s) if len(s) <= 40 else _nfc(s)


def _cache_path() -> Path:
    try:
        from importlib.metadata import version

        wf = version("wordfreq")
    except Exception:  # pragma: no cover
        wf = "unknown"
    base = os.environ.get("BNQA_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "bnqa")
    return Path(base) / f"lexicon-bn-wordfreq{wf}-v{CACHE_FORMAT}.marshal"


def _build() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    out: dict[str, float] = {}
    for w, f in get_frequency_dict("bn").items():
        if not WORD_RE.fullmatch(w):
            continue  # Latin, digits, symbols: not Bengali words
        key = nfc(w)
        # Zipf = log10(frequency per billion words); merge duplicates after normalisation
        prev = out.get(key)
        f_total = f + (10 ** (prev - 9) if prev else 0.0)
        out[key] = round(math.log10(f_total) + 9, 2)
    return out


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """NFC word -> Zipf frequency, Bengali-script words only (~214k entries)."""
    path = _cache_path()
    try:
        # compact cache: one newline-joined string of words + Zipf*100 as uint16 (~4x faster to
        # load than a marshalled dict)
        with open(path, "rb") as fh:
            joined, packed = marshal.load(fh)
        zs = array("H")
        zs.frombytes(packed)
        data = dict(zip(joined.split("\n"), [z / 100 for z in zs]))
        if data:
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            marshal.dump(("\n".join(data), array("H", (round(z * 100) for z in data.values())).tobytes()), fh)
        os.replace(tmp, path)
    except OSError:
        pass
    return data


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (any normal form; joiners ignored when the exact form is absent)."""
    lex = lexicon()
    w = nfc(word)
    z = lex.get(w)
    if z is None and ("\u200c" in w or "\u200d" in w):
        z = lex.get(w.translate(_JOINERS))
    return z or 0.0


def known(word: str, min_zipf: float = 0.0) -> bool:
    return zipf(word) > min_zipf


def words(text: str):
    """Yield ``(start, end, token)`` for every Bengali word in ``text`` (original offsets)."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), m.group()


class DocWords:
    """The Bengali word tokens of one text (``WORD_RE`` runs), shared by the checks through
    ``ctx.memo`` (``doc_words``): the text is split once, checks decide per distinct token,
    and offsets are computed only for the tokens a check reports."""

    __slots__ = ("text", "_parts", "tokens", "_distinct", "_offsets", "_sets")

    def __init__(self, text: str):
        self.text = text
        # [gap, token, gap, token, ..., gap]: one scan in C; token k is _parts[2k + 1]
        self._parts: list[str] = _WORD_SPLIT_RE.split(text)
        self.tokens: list[str] = self._parts[1::2]
        self._distinct: dict[str, None] | None = None
        self._offsets: list[int] | None = None
        self._sets: dict[bool, set[str]] = {}

    @property
    def distinct(self) -> dict[str, None]:
        """The distinct tokens in order of first occurrence (a dict used as an ordered set)."""
        if self._distinct is None:
            self._distinct = dict.fromkeys(self.tokens)
        return self._distinct

    def distinct_set(self, rare: bool = False) -> set[str]:
        """The distinct tokens as a set; ``rare``: without the lexicon's ``frequent_words()``.
        Built once per document for every ``TokenDecisions`` (do not modify it)."""
        s = self._sets.get(rare)
        if s is None:
            s = self._sets[rare] = (self.distinct_set().difference(frequent_words()) if rare
                                    else set(self.distinct))
        return s

    def _ends(self) -> list[int]:
        """The end offset of each part (gap, token, gap, …), computed once and only for a text
        where a caller has something to report: token k starts at ``[2k]`` and ends at ``[2k + 1]``."""
        if self._offsets is None:
            self._offsets = list(accumulate(map(len, self._parts)))
        return self._offsets

    def repeats(self) -> list[tuple[int, int, str]]:
        """``(start, end, token)`` of each token said twice in a row with only spaces or tabs
        between (start of the first, end of the second); the comparison runs in C."""
        toks, parts = self.tokens, self._parts
        ks = [k for k in compress(count(), map(eq, toks, islice(toks, 1, None)))
              if not parts[2 * k + 2].strip(" \t")]
        if not ks:
            return []
        offs = self._ends()
        return [(offs[2 * k], offs[2 * k + 3], toks[k]) for k in ks]

    def phrase_repeats(self) -> list[tuple[int, int, int, str]]:
        """``(start, middle, end, phrase)`` of each two-token phrase said twice in a row (দয়া করে
        দয়া করে) with only spaces or tabs between the four tokens, its two tokens different: start
        of the first copy, start of the second, end of the second; the comparison runs in C."""
        toks, parts = self.tokens, self._parts
        ks = [k for k in compress(count(), map(eq, toks, islice(toks, 2, None)))
              if k + 3 < len(toks) and toks[k + 1] == toks[k + 3] and toks[k] != toks[k + 1]
              and not (parts[2 * k + 2] + parts[2 * k + 4] + parts[2 * k + 6]).strip(" \t")]
        if not ks:
            return []
        offs = self._ends()
        return [(offs[2 * k], offs[2 * k + 4], offs[2 * k + 7], self.text[offs[2 * k]:offs[2 * k + 3]]) for k in ks]

    def pairs_after(self, firsts) -> list[tuple[int, int, str, str]]:
        """``(start, end, first, second)`` of every two tokens with one space between them whose
        first is in ``firsts`` (a set): the first word's start, the second's end."""
        return self._pairs(firsts, 0)

    def pairs_before(self, seconds) -> list[tuple[int, int, str, str]]:
        """The same for the pairs whose second token is in ``seconds`` (a set)."""
        return self._pairs(seconds, 1)

    def _pairs(self, wanted, side: int) -> list[tuple[int, int, str, str]]:
        if not wanted or self.distinct_set().isdisjoint(wanted):
            return []
        offs, toks, parts = self._ends(), self.tokens, self._parts
        return [(offs[2 * k], offs[2 * k + 3], toks[k], toks[k + 1])
                for k in compress(count(), map(wanted.__contains__, islice(toks, side, len(toks) - 1 + side)))
                if parts[2 * k + 2] == " "]

    def occurrences(self, wanted) -> list[tuple[int, int, str]]:
        """``(start, end, token)`` of every occurrence of a token in ``wanted`` (a set or dict, or
        any iterable of tokens), in text order: one pass over the tokens in C, after a set test
        that settles the usual case, none of them in this text."""
        if not wanted:
            return []
        if not isinstance(wanted, (set, frozenset, dict)):
            wanted = frozenset(wanted)
        if self.distinct_set().isdisjoint(wanted):
            return []
        offs, toks = self._ends(), self.tokens
        return [(offs[2 * k], offs[2 * k + 1], toks[k]) for k in compress(count(), map(wanted.__contains__, toks))]


class TokenDecisions:
    """A check's per-token decisions, shared by every document of a run: ``decide(token)``
    (a pure function of the token) returns a value, or None for a token the check ignores.
    ``found(words)`` returns {token: value} for the tokens of one document with a value; the
    tokens already known to be ignored are set aside in C (a set difference), so a document
    costs Python work only for its new tokens and its hits. Bounded: cleared when full."""

    __slots__ = ("decide", "max_size", "_none", "_some", "skip_frequent")

    def __init__(self, decide, max_size: int = 1 << 17, skip_frequent: bool = False):
        """``skip_frequent``: ``decide`` returns None for every word of ``frequent_words()``,
        which are then set aside in C without a call."""
        self.decide = decide
        self.max_size = max_size
        self.skip_frequent = skip_frequent
        self._none: set[str] = set()
        self._some: dict = {}

    def found(self, words: DocWords) -> dict:
        out = {}
        none, some, decide = self._none, self._some, self.decide
        # set.difference walks the smaller side (``keys() - none`` would walk all of ``none``)
        todo = words.distinct_set(rare=self.skip_frequent).difference(none)
        for tok in todo:
            v = some.get(tok, none)  # ``none`` doubles as a "missing" marker
            if v is none:
                v = decide(tok)
                if len(none) + len(some) >= self.max_size:
                    none.clear()
                    some.clear()
                if v is None:
                    none.add(tok)
                    continue
                some[tok] = v
            out[tok] = v
        return out


FREQUENT_ZIPF = 2.5


@lru_cache(maxsize=1)
def frequent_words() -> frozenset:
    """The lexicon's words above Zipf ``FREQUENT_ZIPF`` (NFC, as text usually has them): no
    fused word, rare misspelling or rare variant is among them."""
    return frozenset(w for w, z in lexicon().items() if z > FREQUENT_ZIPF)


def doc_words(ctx) -> DocWords:
    """The ``DocWords`` of ``ctx.text``, built once per document."""
    return ctx.once("lexicon.words", lambda: DocWords(ctx.text))


def _split_points(word: str):
    """Offsets inside ``word`` where a space could go: grapheme boundaries that do not break
    a conjunct (after a virama or a joiner) or separate a sign from its letter."""
    pos = 0
    for g in GRAPHEME_RE.findall(word)[:-1]:
        pos += len(g)
        if word[pos - 1] in "\u09cd\u200c\u200d" or "\u0981" <= word[pos] <= "\u0983" \
                or "\u09bc" <= word[pos] <= "\u09d7":
            continue
        yield pos


GRAPHEME_RE = GRAPHEME   # one grapheme cluster (text.GRAPHEME, under the name the checks import)
# the noun endings (and the locative -য়) longest first, NFC: a token's stem for comparing
# the forms of one word inside a document (চেকইনের and চেক-ইন, আলোয় and আলোর)
STEM_ENDS = tuple(sorted({_nfc(e) for e in NOUN_ENDINGS[1:] + ("য়",)}, key=len, reverse=True))
# the classifiers and plurals, with their case endings, longest first (NFC): a compound's first
# member never carries one (W001's marked split), and a frequent word with one is a word however
# rare the whole (E002: পাড়াটা is পাড়া + টা, not the bread পারাটা)
CLASSIFIERS = tuple(sorted((_nfc(e) for e in """
টি টা টির টার টিকে টাকে টিতে টায় গুলো গুলি গুলোর গুলির গুলোকে গুলিকে গুলোতে খানা সমূহ সমূহের সমূহকে সমূহে""".split()),
                     key=len, reverse=True))


def noun_stem(t: str) -> tuple[str, str]:
    """(stem, ending) of the NFC token ``t``: the longest noun ending leaving two graphemes."""
    for e in STEM_ENDS:
        if t.endswith(e) and len(GRAPHEME_RE.findall(t[:-len(e)])) >= 2:
            return t[:-len(e)], e
    return t, ""


def noun_stems(word: str) -> set[str]:
    """``word`` and what is left of it without each noun ending it may carry, of two graphemes
    or more (not only the longest, as ``noun_stem``): the forms of one noun share one (কুটির in
    কুটির and কুটিরের, where ``noun_stem`` reads কুটি + র; আলো in আলোর, আলোয়)."""
    out = {word} if len(GRAPHEME_RE.findall(word)) >= 2 else set()
    for e in STEM_ENDS:
        if word.endswith(e) and len(GRAPHEME_RE.findall(word[:-len(e)])) >= 2:
            out.add(word[:-len(e)])
    return out


def _build_productivity(lex: dict[str, float]) -> tuple[dict[str, int], dict[str, int]]:
    """How often each lexicon word is the first (``mod``) or last (``head``) part of a longer
    lexicon word made of two lexicon words. High counts mean a productive prefix, suffix or
    compound member (ও, কে, সহ, অ, বিষয়ক...): a join with it is probably a real word."""
    mod: dict[str, int] = {}
    head: dict[str, int] = {}
    for w in lex:
        if len(w) < 2:
            continue
        for p in _split_points(w):
            l, r = w[:p], w[p:]
            if l in lex and r in lex:
                mod[l] = mod.get(l, 0) + 1
                head[r] = head.get(r, 0) + 1
    return mod, head


@lru_cache(maxsize=1)
def productivity() -> tuple[dict[str, int], dict[str, int]]:
    path = _cache_path().with_name(_cache_path().stem + "-productivity.marshal")
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
        return data[0], data[1]
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass
    mod, head = _build_productivity(lexicon())
    try:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            marshal.dump((mod, head), fh)
        os.replace(tmp, path)
    except OSError:
        pass
    return mod, head


def split_points(word: str):
    return list(_split_points(word))


NUKTA_PAIRS = (("\u09a1\u09bc", "\u09dc"), ("\u09a2\u09bc", "\u09dd"), ("\u09af\u09bc", "\u09df"))


def like(original: str, word: str) -> str:
    """``word`` (NFC, as the lexicon has it) written the way ``original`` writes the nukta
    letters: a text using precomposed য় ড় ঢ় (U+09DF, U+09DC, U+09DD) gets them precomposed in a
    fix too, so a fix never mixes two encodings of one letter in a document."""
    return precomposed(word) if has_precomposed(original) else word


def nukta_norm(s: str) -> str:
    """``s`` with য় ড় ঢ় written as letter + nukta (U+09AF U+09BC …), the inverse of
    ``precomposed``: texts use both encodings, so word lists and lookups compare in this one."""
    for seq, single in NUKTA_PAIRS:
        s = s.replace(single, seq)
    return s


def has_precomposed(text: str) -> bool:
    """Does ``text`` write য় ড় ঢ় as the single code points U+09DF, U+09DC, U+09DD?"""
    return "\u09df" in text or "\u09dc" in text or "\u09dd" in text


def precomposed(word: str) -> str:
    """``word`` with য় ড় ঢ় written as the single code points U+09DF, U+09DC, U+09DD."""
    for seq, single in NUKTA_PAIRS:
        word = word.replace(seq, single)
    return word


def both_encodings(words) -> frozenset:
    """``words`` (any iterable, in either encoding) in both encodings of য় ড় ঢ়: written with
    letter + nukta and with the precomposed letters."""
    words = [nukta_norm(w) for w in words]
    return frozenset(words) | {precomposed(w) for w in words}


def matches_at(text: str, pattern, starts):
    """``pattern.match`` at each of the ascending positions ``starts``, skipping those inside an
    earlier match: the matches of ``pattern.finditer(text)`` when every match starts at one of
    them (a pattern tried where a word list's tokens occur, not at every character)."""
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            end = m.end()
            yield m
