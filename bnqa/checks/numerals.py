"""Numeral checks: one digit system per article, English date order, years cut short."""
from __future__ import annotations

import re

import regex

from ..engine import Hit, hinted_finditer
from ..lexicon import both_encodings, doc_words, matches_at
from ..text import TO_ASCII, TO_BN, Y_ALT, in_url, token_bounds

_Y = Y_ALT  # য় precomposed or with nukta
MONTHS = [
    f"জানু{_Y}ার[িী]", f"ফেব্রু{_Y}ার[িী]", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
    "আগস্ট", "আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
]
MONTH = "(?:" + "|".join(MONTHS) + ")"
# the month names as word tokens, in both encodings of য়: every date pattern below starts at one
MONTH_WORDS = both_encodings("জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split())
_JOINED_PIECE_RE = regex.compile(r"[^\u200c\u200d]+")
_NOT_BN = r"(?![\u0980-\u09E5\u09F0-\u09FE])"
DIGITS = r"(?:[0-9]+|[০-৯]+)"

# "জুলাই 26, 202" : an English-order date whose year lost its last digit
TRUNCATED_YEAR_RE = regex.compile(
    rf"(?<![\u0980-\u09FF]){MONTH}{_NOT_BN}[ \t]+(?:[0-9]{{1,2}}|[০-৯]{{1,2}}),[ \t]*"
    r"(?P<span>(?:[12][09][0-9]|[১২][০৯][০-৯]))(?![0-9০-৯])(?![ \t]*(?:[,–-]|ও\b|এবং))")

# "১৫ মার্চ, ২০২ তারিখে" : a Bengali-order date whose year lost its last digit; the year must end
# the date (punctuation, তারিখ, সাল), not count something (১৭ জুলাই ২৯৮ জন আরোহী)
TRUNCATED_DMY_RE = regex.compile(
    rf"{MONTH}{_NOT_BN},?[ \t]+"
    r"(?P<span>(?:19[0-9]|20[0-9]|১৯[০-৯]|২০[০-৯]))(?![0-9০-৯])"
    r"(?=[ \t]*(?:[,।.;:)!?]|$|তারিখ|সাল|ইং|খ্রি))", regex.MULTILINE)
# "২০২ সালে" : a year of the 1990s to 2020s cut to three digits before সাল / খ্রিস্টাব্দ; reported only
# in an article that has a full four-digit modern year elsewhere (so a history of the year 201
# AD is left alone)
TRUNCATED_SAL_RE = regex.compile(
    r"(?P<span>(?:199|20[0-2]|১৯৯|২০[০-২]))(?<![0-9০-৯.,/]...)(?<!পূর্ব\S*[ \t]{0,3}...)(?![0-9০-৯])[ \t]*"
    r"(?:সাল|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|ইং(?![\u0980-\u09FF]))(?!\S*পূর্ব)")
# an English-style '22 before সাল: সাল needs the whole year (’৭১-এর মুক্তিযুদ্ধ, without সাল, is Bengali)
APOS_YEAR_RE = regex.compile(r"(?<![\p{L}\p{N}])(?P<span>[’'‘][0-9০-৯]{2})(?![0-9০-৯])[ \t]*(?:সাল|খ্রিস্টাব্দ|খ্রিষ্টাব্দ)")
# … and an English '23 of this century before a noun (’২৩ বিশ্বকাপের, the '23 World Cup) or after a
# month (মে '24, মে 31, '25): the years Bengali writes with an apostrophe are the historic ones,
# with -এর or -র (’৫২-র ভাষা আন্দোলন, ’৭১-এর মুক্তিযুদ্ধ), never those
APOS_YEAR_WORD_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<span>[’'‘][0-3০-৩][0-9০-৯])(?![0-9০-৯])(?=[ \t]+(?!এর|ও[ \t]|ও$|এবং|বা[ \t])\p{Bengali})"
    rf"|(?<={MONTH}{_NOT_BN}[ \t]+(?:(?:[0-9]{{1,2}}|[০-৯]{{1,2}}),[ \t]*)?)(?P<span>[’'‘][0-9০-৯]{{2}})(?![0-9০-৯])")
# "14/10/23", "০৩/০১/২৪": a numeric date whose year has two digits (a scraped dateline, an English
# dd/mm/yy or mm/dd/yy): day and month must be plausible either way round, one digit system, one
# separator; not inside a longer run of numbers, a code or a version (v1.10.20, 1.2.3.45)
# (the standard library's re: a scan of the whole text, twice as fast as with regex here)
SHORT_YEAR_DATE_RE = re.compile(r"(?P<a>[0-9০-৯]{1,2})(?P<s>[/.\-])(?P<b>[0-9০-৯]{1,2})(?P=s)[0-9০-৯]{2}")
_SHORT_YEAR_DATE_BEFORE = regex.compile(r"[\p{L}\p{N}/.\-:]")
_SHORT_YEAR_DATE_AFTER = regex.compile(r"[\p{L}\p{N}/\-:]|[.]\p{N}")


def _short_year_dates(text: str):
    """Matches of SHORT_YEAR_DATE_RE that stand alone, in one digit system, with a plausible
    day and month either way round."""
    for m in SHORT_YEAR_DATE_RE.finditer(text):
        d = m.group()
        if (m.start() and _SHORT_YEAR_DATE_BEFORE.match(text, m.start() - 1)) or _SHORT_YEAR_DATE_AFTER.match(text, m.end()):
            continue
        if not _one_digit_system(d):
            continue   # both digit systems: N004's
        a, b = int(m.group("a").translate(TO_ASCII)), int(m.group("b").translate(TO_ASCII))
        if (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31):
            yield m


# the day before the month of a TRUNCATED_DMY_RE match (checked on the few characters before it)
_DAY_BEFORE_RE = regex.compile(r"(?<![0-9০-৯])(?:[0-9]{1,2}|[০-৯]{1,2})[ \t]+$")
_MODERN_YEAR_RE = regex.compile(r"(?<![0-9০-৯])(?:19[5-9][0-9]|20[0-3][0-9]|১৯[৫-৯][০-৯]|২০[০-৩][০-৯])(?![0-9০-৯])")

# "জুলাই 26, 2021" : month, day, comma, year (English order)
EN_DATE_RE = regex.compile(
    rf"(?<![\u0980-\u09FF])(?P<month>{MONTH}){_NOT_BN}[ \t]+(?P<day>[0-9]{{1,2}}|[০-৯]{{1,2}})(?:,?[ \t]+"
    r"(?P<year>[0-9]{4}|[০-৯]{4})(?![0-9০-৯])"
    # without a year, before তারিখ (মে ২৮ তারিখের: Bengali ২৮ মে তারিখের)
    r"|(?=[ \t]*তারিখ))")

# and without a year, where the day carries a case ending, ends the phrase or comes before a
# postposition of time (মার্চ ২৮-এর মধ্যে, নভেম্বর ১৫, সন্ধ্যা ছয়টায়, এপ্রিল ১৫ থেকে মে ৩০ পর্যন্ত):
# not after a number (২১ নভেম্বর ৩৩তম বিসিএস, a Bengali date and a count) nor before a noun (জুন
# ১০ দিনের সফর, a month and a count). The clean corpora hold no such date; the noisy literal
# translation holds two (ডিসেম্বর ৩১ এ, সেপ্টেম্বর ১ এর মধ্যে).
EN_DATE_NO_YEAR_RE = regex.compile(
    rf"(?<![0-9০-৯][ \t]{{0,3}})(?<![\u0980-\u09FF])(?P<month>{MONTH}){_NOT_BN}[ \t]+"
    r"(?P<day>[0-9]{1,2}|[০-৯]{1,2})(?P<year>(?!))?"
    r"(?=(?:-|[ \t])?(?:এর|এ|র)(?![\u0980-\u09FF])|[ \t]*[,।:;](?![0-9০-৯])"
    r"|[ \t]+(?:থেকে|থেকেই|পর্যন্ত|নাগাদ|অবধি)(?![\u0980-\u09FF]))")

_NUM_RE = regex.compile(r"[0-9০-৯]+")
_DIGIT_CHARS = frozenset("0123456789০১২৩৪৫৬৭৮৯")
_ASCII_DIGIT_RE = regex.compile(r"[0-9]")
_BN_DIGIT_RE = regex.compile(r"[০-৯]")
_COMPOUND_NUM_RE = regex.compile(r"[0-9০-৯]+(?:[-–/:.,][0-9০-৯]+)*")


def _one_digit_system(d: str) -> bool:
    """Are the digits of ``d`` (a number, separators allowed) all ASCII or all Bengali? (Only the
    digits count: the en dash of an ASCII range, 4.34–4.53, is no Bengali digit.)"""
    return not (_ASCII_DIGIT_RE.search(d) and _BN_DIGIT_RE.search(d))


def _is_latin(text: str, i: int) -> bool:
    """Is ``text[i]`` an ASCII letter (False outside the text)?"""
    return 0 <= i < len(text) and ("a" <= text[i] <= "z" or "A" <= text[i] <= "Z")

# the metric units written onto a number (250g, 5000mAh, 2GB, 800VA), shared by N001 (below) and N006
# (``_BN_MEASURE_RE``), each adding its own; not G, K: 5G and 4K are names
_METRIC_UNITS = "mg|g|kg|km|cm|mm|m|ml|l|L|KB|MB|GB|TB|Hz|kHz|MHz|GHz|W|kW|V|VA|kVA|Ah|mAh"
# a unit written onto an ASCII number: a quantity of the article, not a name or code (MP3, H5N1)
_UNIT_AFTER_RE = regex.compile(rf"(?:{_METRIC_UNITS}|mL|Wh|kWh|dB)(?![A-Za-z0-9])")
_DASH_DIGIT_RE = regex.compile(r"-[0-9০-৯]")
_DIGIT_DASH_RE = regex.compile(r"[0-9০-৯]-$")


def digit_counts(ctx) -> tuple[int, int, list[tuple[int, int, str]]]:
    """(ASCII runs, Bengali runs, candidate runs) over the view text, memoised per document.
    Digits glued to Latin letters (MP3, COVID-19), after a Latin word (Windows 10) or in URLs
    and handles belong to a name, not to the article's numbers."""
    return ctx.once("numerals.counts", lambda: _digit_counts(ctx.text, _latin_digit_tokens(ctx)))


# a date written with slashes (14/03/2025) is a number of the article, not a URL path
_SLASH_DATE_RE = regex.compile(r"[(\[]?([0-9০-৯]{1,4}/[0-9০-৯]{1,2}/[0-9০-৯]{1,4})[,.।;:)\]]?")


def _slash_date(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the date when the whitespace-delimited token around ``pos`` is a date with
    slashes, else None."""
    m = _SLASH_DATE_RE.fullmatch(text, *token_bounds(text, pos))
    return m.span(1) if m else None


def _digit_counts(text: str, latin=()) -> tuple[int, int, list[tuple[int, int, str]]]:
    """``latin``: N006's tokens, whose numbers belong to a Latin name or code (a১২.৫)."""
    runs = []
    ascii_n = bn_n = 0
    date_end = -1
    for m in _NUM_RE.finditer(text):
        s, e = m.span()
        d = m.group()
        if latin and any(a < e and s < b for a, b, _ in latin):
            continue
        if not _one_digit_system(d):
            continue  # mixed inside one number: left to other rules
        # the whole number, with its decimal and group parts (in a12.5 the 5 is the name's too)
        ns, ne = s, e
        while ns >= 2 and text[ns - 1] in ".,:" and text[ns - 2] in _DIGIT_CHARS:
            ns -= 1
            while ns > 0 and text[ns - 1] in _DIGIT_CHARS:
                ns -= 1
        while ne + 1 < len(text) and text[ne] in ".,:" and text[ne + 1] in _DIGIT_CHARS:
            ne += 1
            while ne < len(text) and text[ne] in _DIGIT_CHARS:
                ne += 1
        if _is_latin(text, ns - 1) or _is_latin(text, ne) and not _UNIT_AFTER_RE.match(text, ne):
            continue
        if text.count(".", ns, ne) >= 3:
            continue   # an IP address (192.168.0.1) is typed as it is, not a number of the article
        if ns >= 2 and text[ns - 1] == "-" and _is_latin(text, ns - 2):
            continue
        # the word before, if Latin (Windows 10, iPhone 12)
        j = ns - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < ns - 1 and _is_latin(text, j):
            continue
        if s < date_end:
            continue   # a later part of a slash date, counted with its first
        if in_url(text, s):
            date = _slash_date(text, s)
            if date is None:
                continue
            s, e = date   # a slash date is one number (14/03/2025), however many digit runs
            d = text[s:e]
            date_end = e
        if _DASH_DIGIT_RE.match(text[e:e + 2]) or _DIGIT_DASH_RE.search(text[max(0, s - 2):s]):
            continue  # ISBN, phone and code numbers: 964-7483-39-2
        if d.isascii():
            ascii_n += 1
        else:
            bn_n += 1
        runs.append((s, e, d))
    return ascii_n, bn_n, runs


ASCII_MAJOR_RATIO = 2


def keeps_ascii(a: int, b: int) -> bool:
    """Is ASCII the digit system to keep in an article with ``a`` numbers in ASCII digits and
    ``b`` in Bengali ones? Bengali digits are Bengali prose's own, so only where the article
    writes more than twice as many numbers in ASCII (a tie, or 3 against 2, is Bengali's)."""
    return a > ASCII_MAJOR_RATIO * b


def mixed_digits(ctx, rule):
    """N001: numbers of the minority digit system when an article mixes both."""
    a, b, runs = digit_counts(ctx)
    if not a or not b:
        return
    major_ascii = keeps_ascii(a, b)
    names = {"bn": ("ইংরেজি", "বাংলা"), "en": ("ASCII", "Bengali")}[ctx.lang if ctx.lang in ("bn", "en") else "en"]
    major, minor = (names[0], names[1]) if major_ascii else (names[1], names[0])
    for s, e, d in runs:
        if d.isascii() == major_ascii:
            continue
        rep = d.translate(TO_BN) if not major_ascii else d.translate(TO_ASCII)
        yield Hit(s, e, rep, args={"major": major, "minor": minor, "n_major": a if major_ascii else b,
                                   "n_minor": b if major_ascii else a})


def _month_starts(ctx) -> list[int]:
    """Where the document's month names start, in text order: whole word tokens, or a piece of
    a token after a stray joiner, which the patterns allow. Found once per document."""
    words = doc_words(ctx)
    wanted = {}
    for t in words.distinct:
        if t in MONTH_WORDS:
            wanted[t] = (0,)
        elif "\u200c" in t or "\u200d" in t:
            offs = tuple(m.start() for m in _JOINED_PIECE_RE.finditer(t) if m.group() in MONTH_WORDS)
            if offs:
                wanted[t] = offs
    return [s + o for s, _, tok in words.occurrences(wanted) for o in wanted[tok]]


def _date_matches(ctx, pat):
    """``pat.finditer(ctx.text)`` for a date pattern whose every match starts at a month name
    (``_month_starts``): the pattern is tried only there."""
    return matches_at(ctx.text, pat, ctx.once("numerals.months", lambda: _month_starts(ctx)))


def truncated_year(ctx, rule):
    text = ctx.text
    seen = set()
    for pat in (TRUNCATED_YEAR_RE, TRUNCATED_DMY_RE):
        for m in _date_matches(ctx, pat):
            if pat is TRUNCATED_DMY_RE and not _DAY_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                continue
            if m.start("span") not in seen:
                seen.add(m.start("span"))
                yield Hit(m.start("span"), m.end("span"), args={"year": m.group("span")})
    for m in _short_year_dates(text):
        seen.add(m.start())
        yield Hit(m.start(), m.end(), args={"year": m.group()})
    if "'" in text or "’" in text or "‘" in text:
        for m in APOS_YEAR_WORD_RE.finditer(text):
            if m.start("span") not in seen:
                seen.add(m.start("span"))
                yield Hit(m.start("span"), m.end("span"), args={"year": m.group("span")})
    if "সাল" in text or "খ্রি" in text or "ইং" in text:
        for m in APOS_YEAR_RE.finditer(text):
            if m.start("span") not in seen:
                seen.add(m.start("span"))
                yield Hit(m.start("span"), m.end("span"), args={"year": m.group("span")})
        sal = [m for m in TRUNCATED_SAL_RE.finditer(text) if m.start("span") not in seen]
        if sal and _MODERN_YEAR_RE.search(text):
            for m in sal:
                yield Hit(m.start("span"), m.end("span"), args={"year": m.group("span")})


def mixed_number(ctx, rule):
    """N004: one number written with digits of both systems (2০23)."""
    if not (_ASCII_DIGIT_RE.search(ctx.text) and _BN_DIGIT_RE.search(ctx.text)):
        return   # one digit system in the whole text (most texts): no number can mix them
    a, b, _ = digit_counts(ctx)
    # the article's system (N001's choice); Bengali digits in a Bengali article without one
    table = TO_ASCII if keeps_ascii(a, b) else TO_BN
    # a number with its separators: a score, date, time or range written in both systems (৩-1,
    # ২৪/07/2023) is one number here
    latin = _latin_digit_tokens(ctx)
    for m in _COMPOUND_NUM_RE.finditer(ctx.text):
        d = m.group()
        if _one_digit_system(d):
            continue  # one system
        if any(s < m.end() and m.start() < e for s, e, _ in latin):
            continue  # inside a Latin name or code: N006 writes all of it in ASCII
        yield Hit(m.start(), m.end(), d.translate(table), args={"number": d})


# N006: a Latin-script name or code whose digits were converted to Bengali (২FA, MP৩, H২O, ৪G,
# COVID-১৯): letters and Bengali digits in one token, a digit touching a letter (across a hyphen
# only after two or more letters, and not after a dash: the treebank's -LRB-২৮০ is M006's). The
# token opens with a letter or a Bengali digit: ASCII digits before it belong to another number
# (2021a১২ is a year run into something else, left to the number rules).
_LATIN_BN_DIGIT_RE = regex.compile(
    r"(?<![A-Za-z0-9০-৯\u0980-\u09FF@#_/.–—-])(?:(?:[A-Za-z][A-Za-z0-9]*)?(?:[০-৯][A-Za-z]|[A-Za-z][০-৯]|[A-Za-z]{2}-[০-৯])[A-Za-z0-9০-৯]*)"
    r"(?:[-.,:][A-Za-z0-9০-৯]+)*(?![A-Za-z0-9০-৯@#_/])")
_BN_DIGITS_RE = regex.compile(r"[০-৯]+")
# a size, a factor or a quantity with its unit: not a name (৯x৫, ১০x, ৫০০mg)
_BN_MEASURE_RE = regex.compile(
    r"[০-৯]+(?:[.,][০-৯]+)?(?:[xX][০-৯]+(?:[.,][০-৯]+)?)*"
    rf"(?:[xX]|{_METRIC_UNITS}|s|ms|h|hr|min|sec|kb|Kbps|kbps|Mbps|mbps|Gbps|px)?")


def _latin_digit_tokens(ctx) -> list[tuple[int, int, str]]:
    """N006's findings, ``(start, end, token)``, once per document (N004 leaves them to it)."""
    return ctx.once("numerals.latin_digits", lambda: list(_find_latin_digit_tokens(ctx.text)))


def _find_latin_digit_tokens(text: str):
    done = -1
    # Bengali digit runs (few per article), kept when a Latin letter touches one (across a
    # hyphen before it); the whole token around each is then matched there
    for h in _BN_DIGITS_RE.finditer(text):
        a, b = h.span()
        if a < done or not (_is_latin(text, b) or _is_latin(text, a - 1) or
                            (a >= 2 and text[a - 1] == "-" and _is_latin(text, a - 2))):
            continue
        s = a
        while s > 0 and (text[s - 1].isascii() and text[s - 1].isalnum() or "০" <= text[s - 1] <= "৯" or text[s - 1] == "-"):
            s -= 1
        m = _LATIN_BN_DIGIT_RE.match(text, s)
        while m is None and s < a:   # a leading hyphen or letters the pattern does not take
            s += 1
            m = _LATIN_BN_DIGIT_RE.match(text, s)
        if m is None or m.end() <= a:
            continue
        done = m.end()
        tok = m.group()
        if _BN_MEASURE_RE.fullmatch(tok) or in_url(text, m.start()):
            continue   # a size, a factor or a quantity with its unit (৯x৫, ১০x, ৫০০mg), or a URL
        yield m.start(), m.end(), tok


def bengali_digit_in_latin(ctx, rule):
    """N006: Bengali digits inside a Latin-script token; the fix writes them in ASCII (the
    whole token, with any number glued to it: a১২.5 → a12.5)."""
    for s, e, tok in _latin_digit_tokens(ctx):
        yield Hit(s, e, tok.translate(TO_ASCII), args={"text": tok, "fixed": tok.translate(TO_ASCII)})


def english_date_order(ctx, rule):
    a, b, _ = digit_counts(ctx)
    seen = set()
    for m in (*_date_matches(ctx, EN_DATE_RE), *_date_matches(ctx, EN_DATE_NO_YEAR_RE)):
        if m.start() in seen:
            continue
        seen.add(m.start())
        # the article's digit system, not counting this date's own numbers
        parts = [g for g in ("day", "year") if m.group(g)]
        own_ascii = sum(1 for g in parts if m.group(g).isascii())
        bengali = not keeps_ascii(a - own_ascii, b - (len(parts) - own_ascii))
        day = m.group("day").translate(TO_ASCII)
        if not 1 <= int(day) <= 31:
            continue
        d, y = m.group("day"), m.group("year") or ""
        if bengali:
            d, y = d.translate(TO_BN), y.translate(TO_BN)
        else:
            d, y = d.translate(TO_ASCII), y.translate(TO_ASCII)
        rep = f"{d} {m.group('month')} {y}".rstrip()
        yield Hit(m.start(), m.end(), rep, args={"date": m.group()})


# --------------------------------------------------------------------------------------
# N007: a clock time with the English AM/PM (১০ PM, 7:30 a.m., ৯টা এএম): Bengali names the
# part of the day before the hour (রাত ১০টা, সকাল ৭টা ৩০ মিনিট).
CLOCK_AMPM_RE = regex.compile(
    r"(?<![\p{L}\p{N}:.])(?P<h>[0-9]{1,2}|[০-৯]{1,2})(?:[:.](?P<m>[0-9]{2}|[০-৯]{2}))?(?:টা|টায়|টায়)?[ \t]?"
    r"(?P<ampm>[AaPp]\.?[Mm]\.?|এএম|পিএম|এ\.এম\.|পি\.এম\.)(?![\p{L}\p{N}])(?P<case>-?এর|-?র|-?এ|-?তে)?")


_DAY_PART_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:রাত|ভোর|সকাল|দুপুর|বিকেল|বিকাল|সন্ধ্যা)[ \t]+$")


def _day_part(hour: int, pm: bool) -> str:
    """The Bengali part of the day for a 12-hour clock time."""
    h = hour % 12 + (12 if pm else 0)
    if h < 4:
        return "রাত"
    if h < 6:
        return "ভোর"
    if h < 12:
        return "সকাল"
    if h < 15:
        return "দুপুর"
    if h < 17:
        return "বিকেল"
    if h < 20:
        return "সন্ধ্যা"
    return "রাত"


# every match holds one of these (the full pattern opens with a lookbehind and digits, which is
# tried at every character; this hint is a literal scan)
_AMPM_HINT_RE = regex.compile(r"[AaPp]\.?[Mm]|এএম|পিএম|এ\.এম|পি\.এম")


def english_clock_time(ctx, rule):
    for m in hinted_finditer(ctx, CLOCK_AMPM_RE, _AMPM_HINT_RE):
        if in_url(ctx.text, m.start()):
            continue
        hour = int(m.group("h").translate(TO_ASCII))
        if not 1 <= hour <= 12:
            continue
        pm = m.group("ampm")[0] in "Ppপ"
        h, mins = m.group("h"), m.group("m")
        rep = f"{h}টা" + (f" {mins} মিনিট" if mins else "")
        if not _DAY_PART_BEFORE_RE.search(ctx.text, max(0, m.start() - 12), m.start()):
            rep = f"{_day_part(hour, pm)} {rep}"   # not when the text names it already (রাত ১০ PM)
        case = (m.group("case") or "").lstrip("-")
        if case:   # the genitive or locative moves to the Bengali form: ১০ PM-এর -> ১০টার, ৭ PM-এ -> ৭টায়
            rep += ("র" if case in ("এর", "র") else "য়") if not mins else ("ের" if case in ("এর", "র") else "ে")
        yield Hit(m.start(), m.end(), rep, args={"time": m.group()})


# --------------------------------------------------------------------------------------
# N010: a currency sign written with Bengali digits ($৪৯, €৩০, ৬০০ €): the English or Spanish
# convention kept while the digits were converted. Bengali names the currency after the number
# (৪৯ ডলার). Not ৳ (the taka sign is Bengali) nor ₹ (the rupee sign is usual in Indian Bengali).
# (and the English abbreviations of the taka and the rupee: Tk. ১,০০০)
# (and the ISO codes of a statement or a price list, in Latin or Bengali letters: BDT ১,৫০০,
# বিডিটি ১,৫০০, ৫০ ইউএসডি; no code occurs in the clean corpora)
CURRENCY_CODES = {"BDT": "টাকা", "বিডিটি": "টাকা", "USD": "ডলার", "ইউএসডি": "ডলার", "EUR": "ইউরো",
                  "ইইউআর": "ইউরো", "GBP": "পাউন্ড", "জিবিপি": "পাউন্ড", "INR": "রুপি", "আইএনআর": "রুপি"}
CURRENCY_WORDS = {"$": "ডলার", "€": "ইউরো", "£": "পাউন্ড", "¥": "ইয়েন", "Tk": "টাকা", "Rs": "রুপি", **CURRENCY_CODES}
_CODES = "|".join(CURRENCY_CODES)
# a scale word may stand between the number and the sign (৩২ মিলিয়ন €; €৩২ মিলিয়ন), and moves with it
_SCALE = r"(?:[ \u00a0](?:মিলিয়ন|বিলিয়ন|ট্রিলিয়ন|লাখ|কোটি|হাজার)(?![\p{Bengali}]))?"
CURRENCY_SIGN_RE = regex.compile(
    rf"(?:(?<![A-Za-z0-9\p{{Bengali}}])(?P<pre>[$€£¥]|(?:Tk|Rs)\.?|{_CODES})[ \u00a0]?(?P<n1>[০-৯]+(?:[.,][০-৯]+)*)(?![০-৯0-9])(?P<s1>{_SCALE})"
    rf"|(?<![০-৯0-9.,])(?P<n2>[০-৯]+(?:[.,][০-৯]+)*)(?P<s2>{_SCALE})[ \u00a0]?(?P<post>[$€£¥]|{_CODES})(?![A-Za-z0-9০-৯\p{{Bengali}}]))")

# (and a currency's Bengali name put before the amount the English way, Tk 120 -> টাকা ১২০, as a
# price list's line or a clause ends with it: not after a number, ৩৩ রুপি ৩০ পয়সা, the only
# currency word before digits in the clean corpora, nor before a word, টাকা ৩ দিনের মধ্যে ফেরত)
CURRENCY_NAMES = ("টাকা", "ডলার", "ইউরো", "পাউন্ড", "রুপি", "পেসো")
_CURRENCY_NAME = "|".join(CURRENCY_NAMES)
CURRENCY_NAME_FIRST_RE = regex.compile(
    rf"(?P<word>{_CURRENCY_NAME})[ \u00a0](?P<n>[০-৯]+(?:[.,][০-৯]+)*)(?![০-৯0-9])(?P<s>{_SCALE})"
    r"(?=[ \t]*(?:$|[,।;)]))", regex.M)
_WORD_OR_NUMBER_END_RE = regex.compile(r"[\p{Bengali}0-9.,](?:[ \u00a0])?$")
# an amount grouped by a thousands separator (টাকা ২,০০০) is an amount of money whatever follows
# it (প্রতিবার টাকা ২,০০০ জরিমানা গুনতে হবে): not a count of days; only not after a number, in
# digits or words (এক টাকা ৩৭ পয়সা)
CURRENCY_NAME_GROUPED_RE = regex.compile(
    rf"(?P<word>{_CURRENCY_NAME})[ \u00a0](?P<n>[০-৯]{{1,3}}(?:,[০-৯]{{2,3}})+)(?![০-৯0-9.,])(?P<s>{_SCALE})")
_NUMBER_BEFORE_RE = regex.compile(
    r"(?:[0-9০-৯.,]|(?<![\p{Bengali}])(?:এক|দুই|দু|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|শত|শো|হাজার|লাখ|কোটি))[ \u00a0]?$")
_NAME_FIRST_HINT_RE = re.compile(rf"(?:{_CURRENCY_NAME})[ \u00a0][০-৯]")   # (the stdlib finds it faster)


def currency_sign(ctx, rule):
    text = ctx.text
    for h in _NAME_FIRST_HINT_RE.finditer(text):
        m = CURRENCY_NAME_FIRST_RE.match(text, h.start())
        if m is None or _WORD_OR_NUMBER_END_RE.search(text, max(0, m.start() - 2), m.start()):
            # after a word or a number (এক টাকা ৩৭ পয়সা, বাড়তি টাকা ৩ দিনের মধ্যে), or before a
            # word: only a grouped amount, not after a number
            m = CURRENCY_NAME_GROUPED_RE.match(text, h.start())
            if m is None or _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                continue
        fix = f"{m.group('n')}{m.group('s')} {m.group('word')}"
        yield Hit(m.start(), m.end(), fix, args={"text": m.group(), "suggestion": fix, "word": m.group("word")})
    if not any(c in text for c in CURRENCY_WORDS):
        return
    for m in CURRENCY_SIGN_RE.finditer(text):
        sign, num = (m.group("pre"), m.group("n1") + m.group("s1")) if m.group("pre") \
            else (m.group("post"), m.group("n2") + m.group("s2"))
        word = CURRENCY_WORDS[sign.rstrip(".")]
        # the sign and a currency word both (US$ ... ডলার, $১৯ মিলিয়ন ডলার): drop the sign only
        after = text[m.end():m.end() + 20]
        named = regex.match(rf"\s*(?:\p{{Bengali}}+\s+)?(?:{word}|পেসো)", after)
        fix = num if named else f"{num} {word}"
        # $ is the peso's sign too (Mexico, Argentina, Chile): the name is the editor's call
        yield Hit(m.start(), m.end(), fix, applicability="unsafe" if sign == "$" and not named else None,
                  args={"text": m.group(), "suggestion": fix, "word": word})


# N011: a number in Bengali digits grouped the Western way, by threes (১০০,০০০, ৩৮৪,৪০০,
# ১,২০০,০০০); Bengali groups the last three digits and then by twos (১,০০,০০০, ৩,৮৪,৪০০). Only
# what the two systems write differently: a group of three after the first comma but the last
# (১,০০০,০০০), or a first group of three before one of three (১০০,০০০). ৫০,০০০ and ১,২৫০ are the
# same in both. The fix regroups the same digits, so it is safe.
WESTERN_GROUPING_RE = regex.compile(
    r"(?<![0-9০-৯.,])(?:[০-৯]{3},[০-৯]{3}|[০-৯]{1,3}(?:,[০-৯]{3}){2,})(?![0-9০-৯]|,[0-9০-৯])")


def lakh_grouping(digits: str) -> str:
    """``digits`` (no separators) grouped the Bengali way: the last three, then by twos."""
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups + [tail])


# where a Bengali digit is followed by a comma and three digits (the standard library's re finds
# these fast; the full pattern, which opens with a lookbehind, is tried only at the start of their
# digit run)
_GROUP_HINT_RE = re.compile(r"[০-৯],[০-৯]{3}")
_RUN_START_RE = regex.compile(r"[০-৯,]*$")


def western_grouping(ctx, rule):
    text = ctx.text
    if "," not in text:
        return
    done = 0
    for h in _GROUP_HINT_RE.finditer(text):
        if h.start() < done:
            continue
        start = _RUN_START_RE.search(text, max(0, h.start() - 40), h.start()).start()
        while start < h.start() and text[start] == ",":
            start += 1
        m = WESTERN_GROUPING_RE.match(text, start)
        if m is None:
            done = h.end()
            continue
        done = m.end()
        fix = lakh_grouping(m.group().replace(",", ""))
        yield Hit(m.start(), m.end(), fix, args={"text": m.group(), "suggestion": fix})
