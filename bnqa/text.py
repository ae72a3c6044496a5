"""Shared character classes and small text helpers (compiled ``regex`` patterns)."""
from __future__ import annotations

import regex

BN_LETTER = r"[\u0985-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1]"   # independent vowels and consonants
BN_SIGN = r"[\u0981-\u0983\u09BC\u09BE-\u09CD\u09D7]"            # vowel signs, virama, nukta, chandrabindu...
BN_WORDCHAR = r"[\u0980-\u09E5\u09F0-\u09FA\u09FC-\u09FE\u200c\u200d]"  # Bengali, no digits, no U+09F7? (09F7 incl.)
BN_DIGIT = r"[\u09E6-\u09EF]"
ASCII_DIGIT = r"[0-9]"
Y_ALT = "(?:\u09DF|\u09AF\u09BC)"   # য় in a pattern: precomposed or য + nukta
# digits from one system to the other (str.translate tables: N001's fixes, Bengali messages' counts)
TO_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
TO_ASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CLOSE_QUOTES = "”’»"
OPEN_QUOTES = "“‘«"
QUOTE_MARKS = frozenset("\"“”'‘’«»")   # every quotation mark, straight and curly

GRAPHEME = regex.compile(r"\X")
# a sentence ends at each of these (R001, R003, P017); SENT_DELIM_BACK_RE finds the last one
# before a position (``SENT_DELIM_BACK_RE.search(text, 0, pos)``)
SENT_DELIM_RE = regex.compile(r"[।?!\n]")
SENT_DELIM_BACK_RE = regex.compile(SENT_DELIM_RE.pattern, regex.REVERSE)
WORD = regex.compile(r"[\u0980-\u09FF\u200c\u200d]+")
# a token made only of Bengali-script characters and joiners (word_order's clause words, D004)
BN_WORD = regex.compile(r"^[\p{Bengali}\u200c\u200d]+$")


def graphemes(s: str) -> list[str]:
    return GRAPHEME.findall(s)


def is_bengali_word(s: str) -> bool:
    return bool(s) and WORD.fullmatch(s) is not None


def word_before(text: str, pos: int) -> str:
    """The run of Bengali word characters ending at ``pos``."""
    i = pos
    while i > 0 and ("\u0980" <= text[i - 1] <= "\u09FF" or text[i - 1] in "\u200c\u200d") \
            and not ("\u09E6" <= text[i - 1] <= "\u09EF"):
        i -= 1
    return text[i:pos]


def token_bounds(text: str, pos: int) -> tuple[int, int]:
    """The span of the whitespace-delimited token around ``pos``."""
    s = pos
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = pos
    while e < len(text) and not text[e].isspace():
        e += 1
    return s, e


def glued(text: str, s: int, e: int, marks: str = "@#_/-") -> bool:
    """Is the word ``text[s:e]`` glued to a letter, a digit or one of ``marks`` (a handle, a path, a
    hyphenated name or code: not a word of prose)?"""
    return (s > 0 and (text[s - 1].isalnum() or text[s - 1] in marks)) or \
        (e < len(text) and (text[e].isalnum() or text[e] in marks))


def in_url(text: str, pos: int) -> bool:
    """Is ``pos`` inside a URL, e-mail address or handle-like token?"""
    s, e = token_bounds(text, pos)
    tok = text[s:e]
    return "://" in tok or tok.startswith("www.") or ("@" in tok and "." in tok) or "/" in tok
