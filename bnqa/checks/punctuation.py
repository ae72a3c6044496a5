"""Punctuation checks that need more context than a regular expression."""
from __future__ import annotations

import re

import regex

from ..engine import Hit
from ..text import SENT_DELIM_BACK_RE, SENT_DELIM_RE, Y_ALT, in_url, word_before

# Abbreviations written with a full stop in Bengali: titles, initials as pronounced letters,
# common shortenings, and English company and rank abbreviations in transliteration (কর্প. = Corp.,
# ইনক. = Inc.). A word found here followed by "." is not a sentence end.
ABBREVIATIONS = frozenset("""
ড ডা ডাঃ মো মোঃ মোহা মুহা মু মি মিস মিসেস মি.স সা রা আ প্রফে প্রা প্রাঃ লি কো নং নম্বর খ্রি খ্রিঃ খ্রিস্টপূর্ব
পৃ পৃঃ ইং সং সম্পা অধ্যা ইঞ্জি অ্যাড এড জনা জুনি সিনি বিসি এডি সে.মি কি.মি মি.মি কিমি সেমি
এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি ডব্লিউ ডাব্লিউ এক্স ওয়াই জেড
এ.কে বি.এ এম.এ বি.এসসি এম.এসসি পিএইচ.ডি পিএইচডি এসএসসি এইচএসসি লিঃ কোং রেজি
কর্প ইনক ক্যাপ্ট
""".split())

# "." that ends a Bengali sentence: after a Bengali letter/sign (optionally behind closing quotes
# or brackets, optionally after spaces), followed by white space, a closing quote, or the end.
PERIOD_RE = regex.compile(
    r"(?<=[\u0980-\u09E5\u09F0-\u09FE][”’\"')\]]{0,2}[ \t]*)\.(?=[\s”’\"')\]]|$)"
)


def period_as_danda(ctx, rule):
    text = ctx.text
    for m in PERIOD_RE.finditer(text):
        p = m.start()
        # part of an ellipsis: ". . ." or "..." (a separate rule)
        q = p - 1
        while q >= 0 and text[q] in " \t":
            q -= 1
        if q >= 0 and text[q] == ".":
            continue
        r = p + 1
        while r < len(text) and text[r] in " \t":
            r += 1
        if r < len(text) and text[r] == ".":
            continue
        if in_url(text, p):
            continue
        if q == p - 1:  # no space before the dot: could be an abbreviation
            w = word_before(text, p)
            if w in ABBREVIATIONS:
                continue
            # chained initials such as এন.ভি. or এ.কে.এম.
            if p - len(w) - 1 >= 0 and text[p - len(w) - 1] == "." and len(w) <= 4:
                continue
        yield Hit(p, p + 1, "।")
    # a sentence that ends on a Bengali number (স্কোর ছিল ১-১.): at the end of a line only, and
    # with Bengali words before the number (a line-initial "১." is an enumerator; "১. আর্সেনাল,
    # ২. সিটি" inside a line is an inline list)
    for m in DIGIT_PERIOD_RE.finditer(text):
        p = m.start()
        ls = text.rfind("\n", 0, p) + 1
        if _BN_LETTER_RE.search(text, ls, p - len(_NUM_TAIL_RE.search(text, ls, p).group())):
            yield Hit(p, p + 1, "।")
    if "." in text:
        yield from _fused_periods(text)


# a full stop between two Bengali words with no space, where two elements were joined
# (… যোগাযোগ করুন.কল করুন …): only after a frequent finite verb, since initials and
# abbreviations run on without a space too (এস.এস.সি, ডাব্লিউ.আর.গ্রেইস, এম.রেজিংগার)
# (found from the full stop: a pattern opening with a letter run is tried at every character)
FUSED_PERIOD_RE = regex.compile(r"(?<=[\u0980-\u09E5])\.(?=[\u0980-\u09E5]{2})")


def _fused_periods(text: str):
    from ..lexicon import nukta_norm, zipf
    from ..pos import is_finite_verb

    for m in FUSED_PERIOD_RE.finditer(text):
        p = m.start()
        w = word_before(text, p)
        s = p - len(w)
        # a word of three letters at least, not after a full stop (initials: ডাব্লিউ.আর.গ্রেইস)
        # nor a Bengali digit (১২করুন is no verb)
        if len(w) < 3 or (s and (text[s - 1] == "." or "\u09E6" <= text[s - 1] <= "\u09EF")):
            continue
        w = nukta_norm(w)
        if w not in ABBREVIATIONS and is_finite_verb(w) and zipf(w) >= 3 and not in_url(text, p):
            yield Hit(p, p + 1, "। ")


DIGIT_PERIOD_RE = regex.compile(r"(?<=[০-৯])(?<!\.[০-৯]*)\.(?=[ \t]*$)", regex.M)
_NUM_TAIL_RE = regex.compile(r"[০-৯][০-৯,\-–/:]*$")
_BN_LETTER_RE = regex.compile(r"[\u0980-\u09E5\u09F0-\u09FE]")


# ---------------------------------------------------------------------------------------------
# Quotes. Only double quotes are paired: single quotes double as apostrophes (ও'নীল, '৭১).
# A paragraph is one line; quotes do not span paragraphs in the texts bnqa checks.

_QUOTE_RE = regex.compile(r'["“”„]')
_LINE_RE = regex.compile(r"[^\n]+")


def _quote_role(line: str, i: int) -> str:
    """'open', 'close' or '?' for the quote at ``line[i]``, from what surrounds it."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    left_space = before.isspace() or before in "([{—–-/"
    right_space = after.isspace() or after in ",।৷.;:!?)]}—–-"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "?"


def _paired(line: str):
    """Walk the double quotes of one paragraph. Yields (kind, i, j) problems:
    ('mismatch', open_i, close_j), ('unopened', j, -1), ('dangling', i, opener), ('unclosed', i, -1)."""
    quotes = [m.start() for m in _QUOTE_RE.finditer(line)]
    if not quotes:
        return
    stack: int | None = None
    for i in quotes:
        ch = line[i]
        role = _quote_role(line, i)
        if ch == "“" or ch == "„":
            want = "open"
        elif ch == "”":
            want = "close"
        else:
            want = None
        # a curly opening glyph at the very end of a paragraph (nothing but spaces after it)
        if ch in "“„" and not line[i + 1:].strip():
            yield ("dangling", i, stack if stack is not None else -1)
            stack = None
            continue
        if stack is None:
            if ch == '"' and i > 0 and (line[i - 1].isdigit()):
                continue  # inches or seconds: ১২" মাপ
            if want == "close" or (want is None and role == "close"):
                yield ("unopened", i, -1)
                continue
            stack = i
            continue
        # a quote is open: this one closes it, unless it is a curly opener in opening position
        if want == "open" and role != "close":
            yield ("unclosed", stack, -1)
            stack = i
            continue
        o = line[stack]
        if (o == '"') != (ch == '"'):
            yield ("mismatch", stack, i)
        stack = None
    if stack is not None:
        yield ("unclosed", stack, -1)


_TERMINAL = tuple("।৷.?!:;\"“”‘’')]—…")
_NEW_PARA = frozenset("\"“„«—–•*")


def _paragraphs(text: str):
    """(offset, text) of each paragraph: a line, joined with the following lines when it is a
    hard-wrapped line (40+ characters not ending in terminal punctuation). A paragraph is a
    contiguous slice of the text, so offsets stay valid."""
    start = None
    for m in _LINE_RE.finditer(text):
        if start is None:
            start = m.start()
        line = m.group().rstrip()
        nxt = m.end() + 1
        # (a next line opening with a quote, a dash or a bullet starts a paragraph of its own:
        # a testimonial, a line of dialogue, a list item)
        wrapped = (len(line) >= 40 and not line.endswith(_TERMINAL)
                   and nxt < len(text) and not text[nxt].isspace() and text[nxt] not in _NEW_PARA)
        if not wrapped:
            yield start, text[start:m.end()]
            start = None
    if start is not None:
        yield start, text[start:]


def _lines(text: str):
    for base, para in _paragraphs(text):
        if _QUOTE_RE.search(para):
            yield base, para


def _doc_paragraphs(ctx) -> list[tuple[int, str]]:
    """``_paragraphs(ctx.text)``, listed once per document (P004 to P007 all walk them)."""
    return ctx.once("punctuation.paragraphs", lambda: list(_paragraphs(ctx.text)))


def _doc_lines(ctx) -> list[tuple[int, str]]:
    """``_lines(ctx.text)`` (the paragraphs with a quote), listed once per document."""
    return ctx.once("punctuation.quote_lines",
                    lambda: [(b, p) for b, p in _doc_paragraphs(ctx) if _QUOTE_RE.search(p)])


# single quotes: a curly opener closed by a straight mark (‘ডেভেলপার অপশন'), or the reverse; a
# straight mark inside a word (an elision, a transliterated apostrophe) is no quote
_SINGLE_MISMATCH_RE = regex.compile(
    r"(?P<o>‘)[^’'‘\n]{1,150}?(?P<c>')(?![\p{L}\p{M}])|(?<![\p{L}\p{M}0-9০-৯])(?P<o>')(?=\p{L})[^’'‘\n]{1,150}?(?P<c>’)")


def quote_mismatch(ctx, rule):
    """P005: a pair opened with a straight quote and closed with a curly one, or the reverse."""
    text = ctx.text
    if "‘" in text or "’" in text:
        for m in _SINGLE_MISMATCH_RE.finditer(text):
            o, c = m.start("o"), m.start("c")
            if text[o] == "‘":
                yield Hit(o, c + 1, edits=[(c, c + 1, "’")], args={"open": "‘", "close": "'"})
            else:
                yield Hit(o, c + 1, edits=[(o, o + 1, "‘")], args={"open": "'", "close": "’"})
    for base, line in _doc_lines(ctx):
        for kind, i, j in _paired(line):
            if kind != "mismatch":
                continue
            if line[i] == '"':  # straight opener, curly closer: make the opener curly
                yield Hit(base + i, base + j + 1, edits=[(base + i, base + i + 1, "“")],
                          args={"open": line[i], "close": line[j]})
            else:
                yield Hit(base + i, base + j + 1, edits=[(base + j, base + j + 1, "”")],
                          args={"open": line[i], "close": line[j]})


def _next_paragraph_opening(text: str, base: int, para: str) -> str:
    """The first character of the paragraph after ``para`` (at ``base``), or "": a quotation that
    runs on into the next paragraph reopens it with a quote (P004)."""
    return text[base + len(para):base + len(para) + 200].lstrip()[:1]


def quote_unbalanced(ctx, rule):
    """P004: a quote with no partner in its paragraph. A quotation running over several
    paragraphs leaves each one open and reopens the next one with a quote; that is fine."""
    text = ctx.text
    for base, line in _doc_lines(ctx):
        following = _next_paragraph_opening(text, base, line)
        for kind, i, _ in _paired(line):
            if kind == "unclosed" and following in ('"', "“") and line[i] == following:
                continue
            if kind in ("unopened", "unclosed"):
                yield Hit(base + i, base + i + 1, args={"quote": line[i]})
    yield from single_unclosed(ctx)
    yield from guillemet_unbalanced(ctx)


# single quotes: an opening ' or ‘ before a Bengali letter (not a digit: '২২ সালে is an elided
# century) with no closing ' or ’ after it in its paragraph; a closer may carry a case ending
# ('কসবি'র, ‘পেদ্রো পারামো’র). A closer without an opener is not reported: ’ and ' are also
# apostrophes (ম্যাকডোনাল্ড’স).
_SINGLE_OPEN_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’‘])['‘](?=\p{Bengali})(?![০-৯])")
_SINGLE_CLOSE_RE = regex.compile(r"(?<=[\p{Bengali}\p{P}\p{N}])['’]")


def _paragraphs_with(ctx, a: str, b: str):
    """``(offset, text)`` of the paragraphs holding the mark ``a`` or ``b`` (none, without a look
    at the paragraphs, when the text holds neither)."""
    if a in ctx.text or b in ctx.text:
        for base, para in _doc_paragraphs(ctx):
            if a in para or b in para:
                yield base, para


def single_unclosed(ctx):
    """P004's single quotes: an opener never closed in its paragraph (a quotation running on into
    a paragraph that reopens with a single quote is fine)."""
    text = ctx.text
    for base, line in _paragraphs_with(ctx, "'", "‘"):
        opens = [m.start() for m in _SINGLE_OPEN_RE.finditer(line)]
        if not opens:
            continue
        events = sorted([(i, 0) for i in opens] + [(m.start(), 1) for m in _SINGLE_CLOSE_RE.finditer(line)])
        stack: list[int] = []
        for i, closing in events:
            if not closing:
                stack.append(i)
            elif stack:
                stack.pop()
        if stack and _next_paragraph_opening(text, base, line) in ("'", "‘"):
            stack.pop()
        for i in stack:
            yield Hit(base + i, base + i + 1, args={"quote": line[i]})


def _guillemets(line: str):
    """Indices of the guillemets « » of one paragraph that have no partner (they nest). A »
    opening the paragraph continues the previous paragraph's quotation (Spanish usage): it opens."""
    stack: list[int] = []
    first = len(line) - len(line.lstrip())
    for i, ch in enumerate(line):
        if ch in "«»" and (i == 0 or line[i - 1] in " \t") and (i == len(line) - 1 or line[i + 1] in " \t"):
            continue   # a separator or arrow, a quotation mark touches its words: হোম » রেসিপি (breadcrumbs), আরও পড়ুন »
        if ch == "«" or (ch == "»" and i == first):
            stack.append(i)
        elif ch == "»":
            if stack:
                stack.pop()
            else:
                yield i
    yield from stack


def guillemet_unbalanced(ctx):
    """P004's guillemets: « without », or » without «, in one paragraph. A quotation running over
    several paragraphs (each following paragraph reopened with « or »: Spanish usage) is fine."""
    text = ctx.text
    for base, line in _paragraphs_with(ctx, "«", "»"):
        following = _next_paragraph_opening(text, base, line)
        for i in _guillemets(line):
            if line[i] == "«" and following in ("«", "»"):
                continue
            yield Hit(base + i, base + i + 1, args={"quote": line[i]})


def quote_dangling(ctx, rule):
    """P006: an opening quote glyph at the end of a paragraph (it was meant to close the quote)."""
    for base, line in _doc_lines(ctx):
        for kind, i, opener in _paired(line):
            if kind != "dangling":
                continue
            rep = None
            if opener >= 0:
                rep = '"' if line[opener] == '"' else "”"
                # the closing quote sits against the sentence, not after a space
                j = i
                while j > 0 and line[j - 1] in " \t":
                    j -= 1
                if rep == '"' and "”" in ctx.text:
                    # a straight mark opened it in an article that writes curly quotes ("… খান।“):
                    # the whole quotation is reported and both its marks become curly
                    yield Hit(base + opener, base + i + 1,
                              edits=[(base + opener, base + opener + 1, "“"), (base + j, base + i + 1, "”")])
                    continue
                yield Hit(base + j, base + i + 1, rep)
            else:
                yield Hit(base + i, base + i + 1)


# P014: a paragraph that ends in a comma. The paragraph is followed by a blank line, the end of the
# text or a heading (a short line with no end mark before a long one): where an HTML element
# ended, the translation lost the sentence's end. A line ending in a comma before a line that
# continues it (a hard-wrapped paragraph, a subtitle) is not one; nor a list item (lists are often
# written with commas; a list's lead-in wants a colon, not a danda), nor a lead-in before a
# quotation or a dash. Only the two lines after each candidate are read.
_COMMA_END_RE = regex.compile(r"\p{Bengali}[\p{M}]*[\"”’')]?(,)[ \t]*$", regex.M)
_LIST_ITEM_RE = regex.compile(r"[ \t]*(?:[-*•–]|[0-9০-৯]{1,2}[.)।]|[a-zক-ঢ][.)])[ \t]")
_BLANK_RE = regex.compile(r"[\n \t]*")
# a letter's salutation or closing, which Bengali letters end with a comma too (প্রিয় গ্রাহক,
# ধন্যবাদান্তে,): a short line opening with one of these words
_LETTER_FORMULA_RE = regex.compile(
    r"[ \t]*(?:প্রি{Y}|সুপ্রি{Y}|শ্রদ্ধে{Y}|সম্মানিত|মাননী{Y}|জনাব|হ্যালো|নমস্কার|আসসালামু|সালাম|"
    r"ধন্যবাদান্তে|ধন্যবাদসহ|শুভেচ্ছান্তে|শুভেচ্ছাসহ|শুভেচ্ছা|বিনীত|ইতি|ভবদী{Y}|আপনার\s+বিশ্বস্ত|"
    r"শুভ\s+কামনা{Y}|আন্তরিকভাবে)(?!\p{{Bengali}})[^\n,।]{{0,30}},[ \t]*$".format(Y=Y_ALT), regex.M)


def _line_at(text: str, i: int) -> tuple[str, int]:
    """The line starting at ``i`` (without its break) and where the next one starts."""
    k = text.find("\n", i)
    return (text[i:], len(text)) if k == -1 else (text[i:k], k + 1)


def paragraph_ends_in_comma(ctx, rule):
    text = ctx.text
    if ",\n" not in text and not text.rstrip().endswith(","):
        return
    for m in _COMMA_END_RE.finditer(text):
        bol = text.rfind("\n", 0, m.start()) + 1
        if _LIST_ITEM_RE.match(text, bol) or _LETTER_FORMULA_RE.match(text, bol, m.end()):
            continue
        j = _BLANK_RE.match(text, m.end()).end()
        if j == len(text):
            yield Hit(m.start(1), m.end(1), "।")   # the end of the text
            continue
        if text[j] in _NEW_PARA:
            continue
        if text.count("\n", m.end(), j) > 1:
            yield Hit(m.start(1), m.end(1), "।")   # a blank line
            continue
        line, k = _line_at(text, j)
        line = line.rstrip()
        following = _line_at(text, k)[0].strip() if k < len(text) else ""
        if len(line) < 40 and not line.endswith(_TERMINAL + (",",)) and len(following) >= 40:
            yield Hit(m.start(1), m.end(1), "।")


# C005: one article quoting with both straight ("…") and curly (“…”) double quotes. Each style is
# counted in whole pairs inside one paragraph; the pairs of the less frequent style are reported
# (straight ones on a tie: curly quotes are the typographic form) with a fix to the article's
# style. Inch marks (১২") and unpaired marks (P004, P005) are not pairs.
_STRAIGHT_PAIR_RE = regex.compile(r'(?<![0-9০-৯"])"(?=[^\s"])([^"\n]{1,300}?)(?<=[^\s"])"')
_CURLY_PAIR_RE = regex.compile(r"“[^“”\n]{1,300}?”")


def quote_style_mixed(ctx, rule):
    text = ctx.text
    if '"' not in text or "“" not in text:
        return
    straight: list[tuple[int, int]] = []
    curly: list[tuple[int, int]] = []
    for base, para in _doc_lines(ctx):
        curly.extend((base + m.start(), base + m.end()) for m in _CURLY_PAIR_RE.finditer(para))
        straight.extend((base + m.start(), base + m.end()) for m in _STRAIGHT_PAIR_RE.finditer(para))
    if not straight or not curly:
        return
    if len(straight) <= len(curly):
        pairs, (o, c), style, other = straight, "“”", '"…"', "“…”"
    else:
        pairs, (o, c), style, other = curly, '""', "“…”", '"…"'
    for a, b in pairs:
        yield Hit(a, b, edits=[(a, a + 1, o), (b - 1, b, c)], args={"style": style, "other": other, "text": text[a:b]})

# ---------------------------------------------------------------------------------------------
# Brackets

_OPEN_BR = {"(": ")", "[": "]", "{": "}"}
_CLOSE_BR = {v: k for k, v in _OPEN_BR.items()}
_BR_RE = regex.compile(r"[()\[\]{}]")
# list enumerators and emoticons: "১)", "ক)", "a)", "iv)", ":)", ";-)"
_ENUM_RE = regex.compile(r"(?:^|(?<=[\s(]))(?:[0-9০-৯]{1,3}|[\p{L}\p{M}]{1,3}|[ivxIVX]{1,4})$")


def bracket_unbalanced(ctx, rule):
    """P007: a bracket without its partner in the same paragraph."""
    for base, line in _doc_paragraphs(ctx):
        if not _BR_RE.search(line):
            continue
        stack: list[int] = []
        for b in _BR_RE.finditer(line):
            i = b.start()
            ch = line[i]
            if ch in _OPEN_BR:
                stack.append(i)
                continue
            if stack and line[stack[-1]] == _CLOSE_BR[ch]:
                stack.pop()
                continue
            if stack:  # crossed brackets "( ]": report the inner opener
                yield Hit(base + stack[-1], base + stack[-1] + 1, args={"bracket": line[stack[-1]]})
                stack.pop()
                continue
            # a lone closing bracket: enumerators (ক), 1)) and emoticons are fine
            if ch == ")":
                head = line[:i]
                if _ENUM_RE.search(head) or head.endswith((":", ";", ":-", ";-", "=")):
                    continue
            if in_url(line, i):
                continue
            yield Hit(base + i, base + i + 1, args={"bracket": ch})
        for i in stack:
            if in_url(line, i):
                continue
            yield Hit(base + i, base + i + 1, args={"bracket": line[i]})


# ---------------------------------------------------------------------------------------------
# A hyphen joining a clause to the next one, where English had a dash: "আসবে-এবং এটি"

CLAUSE_STARTERS = frozenset("""
এবং কিন্তু অথবা তবে তবুও তাই সুতরাং কারণ যেহেতু যদিও অর্থাৎ এমনকি যেমন বিশেষত যা যারা যেখানে যখন
""".split())
_HYPHEN_RE = regex.compile(r"(?<=[\u0980-\u09E5][\u0981-\u09CD]?)-(?P<w>[\u0980-\u09E5]+)(?=[\s,।]|$)")


def hyphen_as_dash(ctx, rule):
    text = ctx.text
    for m in _HYPHEN_RE.finditer(text):
        if m.group("w") not in CLAUSE_STARTERS:
            continue
        p = m.start()
        yield Hit(p, p + 1, "—", args={"word": m.group("w")})


# P012: two different end marks in a row, one of them redundant: ?। !। (keep ? !), ,। ;। :।
# (keep ।), ।. .। ৷। (one danda), । । (a spaced double danda; ।। is P009). An ellipsis (... ।,
# ?...) and a doubled dot are left alone.
_MIXED_END_RE = regex.compile(r"(?P<a>[?!,;:।৷.])(?P<sp>[ \t]?)(?P<b>[।৷.])(?![ \t]?\.)")
# a danda followed by a run of dots or an ellipsis (।...... , ।…): padding left by scrapers and
# converters; an ellipsis that trails off replaces the danda, it does not follow it
_DANDA_DOTS_RE = regex.compile(r"(?P<a>[।৷])(?P<sp>[ \t]?)(?P<b>\.{2,}|…+)")


def mixed_end_marks(ctx, rule):
    text = ctx.text
    for m in _MIXED_END_RE.finditer(text):
        a, b, sp = m.group("a"), m.group("b"), m.group("sp")
        s = m.start()
        if a == "." and (b == "." or (s > 0 and text[s - 1] == ".")):
            continue  # .. or the end of ...
        if a in "?!":
            keep = a
        elif a in ",;:":
            if b == ".":
                continue  # ,. may close an abbreviation
            keep = b
        elif a == b:
            if not sp:
                continue  # ।। and ৷৷ are P009
            keep = a
        elif "।" in (a, b):
            keep = "।"
        else:
            continue  # ৷. and .৷: the ৷ is P002's, the dot P001's
        yield Hit(s, m.end(), keep, args={"marks": m.group()})
    for m in (_DANDA_DOTS_RE.finditer(text) if ".." in text or "…" in text else ()):
        yield Hit(m.start(), m.end(), m.group("a"), args={"marks": m.group()})


# --------------------------------------------------------------------------------------
# P017: a yes/no question with the particle কি that ends in a danda (আগে পৌঁছালে কি রুম পাওয়া
# যাবে।): machine translation dropped the question mark, or the FAQ heading lost it. কি is also
# the older spelling of the pronoun কী ("what") in embedded questions, which end in a danda
# rightly (আপনি কি বলছেন আমি বুঝতে পারছি না।), so the sentence is left alone when it has a verb
# of saying, knowing or seeing (the embedding clause), তা/সেটা (কী হবে, তা …), a comma, more
# than twelve words, or a fixed phrase with কি (কি না, কি করে "how", নয় কি, আর কি, কি লজ্জা,
# বান কি মুন).
_KI_RE = regex.compile(r"(?<![\p{Bengali}])কি(?![\p{Bengali}])")
_NOT_YES_NO_RE = regex.compile(
    r"কি\s*না|কিনা|কি-না|কি\s+করে|ন(?:\u09df|\u09af\u09bc)\s+কি|আর\s+কি|কি\s+লজ্জা|চাই\s+কি|নাকি|কি\s+মুন"
    r"|(?<![\p{Bengali}])(?:তা|সেটা|সেটি)(?![\p{Bengali}])"
    r"|(?<![\p{Bengali}])(?:বল|জিজ্ঞাস(?!িত)|জান|শোন|শুন|দেখ(?!া\s+দ[িেও])|বুঝ|ভাব|চিন্তা)(?P<rest>\p{Bengali}*)")
# (দেখা দেওয়া, to appear, is no verb of seeing: লক্ষণ দেখা দিলে কী করা উচিত)
# a long word on one of those stems that is no finite verb is a name or noun (বলিভিয়ার, Bolivia's)
VERB_REST_MAX = 5


# Where the question starts: after an opening quotation mark (তিনি যোগ করেন, "কিন্তু ভোটাররা
# কি … মেনে নেবেন।) or after a verb of asking and its comma (প্রশ্ন তোলেন, এবারও কি …), so
# that the reporting clause's comma does not hide the question.
_OPEN_QUOTE_RE = regex.compile(r'[“‘]|(?<![\p{L}\p{M}\p{N}])"(?=\p{L})')
_ASKED_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:প্রশ্ন\s+(?:তোল|রাখ|কর)|জিজ্ঞেস\s+কর|জিজ্ঞাসা\s+কর)\p{Bengali}*\s*[,:]\s*")
# … but a question word after it makes the rest an indirect question (জিজ্ঞেস করেন, এগুলো কি দিয়ে তৈরি
# এবং কীভাবে টিকে আছে।)
_WH_WORD_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:কী|কেন|কোথায়|কোথায়|কোথা(?=\s+থেকে)|কখন|কবে|কীভাবে|কিভাবে|কোন|কত|কে)(?![\p{Bengali}])")
# a verb of knowing or saying followed by -তে হবে is an obligation (… জানতে হবে), not the
# clause that embeds a question
_OBLIGATION_RE = regex.compile(r"\p{Bengali}*তে\s+(?:হবে|হয়|হয়|হচ্ছে)(?![\p{Bengali}])")
# question words that open a direct question inside quotation marks ("মানুষ কেন এভাবে গাড়ি
# চালায়।): not কী, কোন, কে (also exclamations, "any" and a suffix), not outside quotes, where
# headlines and statements use them without a question (চিনির দাম কেন বাড়ছে)
_QUOTED_WH_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:কেন|কোথায়|কোথায়|কখন|কীভাবে|কিভাবে|কতদিন|কত\s+দিন|কতজন|কতগুলো|কতটা|কারা|কাকে)(?![\p{Bengali}])")
# … and কে (who) right before the quotation's last word, a finite verb (“এই তাঁত কে চালাবে।”): the
# objective -কে is written onto its noun, so a free-standing কে there asks who
_QUOTED_WHO_RE = regex.compile(r"(?<![\p{Bengali}])কে[ \t]+(\p{Bengali}+)[ \t]*$")


# … and a quotation opened by a question word whose one comma leads to a contrast (“কেন আমাদের
# পনির বিদেশে এত দামে বিক্রি হয়, অথচ আমরা এত কম পাই।”: why X when Y).
# An embedded question has a correlative after its comma instead (কেন নোটিস দেওয়া হয়েছে, সেটা
# আমি জানি না।), as all 16 such sentences of the clean corpora that end in a danda do.
_WH_CONTRAST_RE = regex.compile(
    r"^\s*(?:কেন|কীভাবে|কিভাবে|কোথায়|কোথায়|কখন|কবে)[ \t][^,]+,[ \t]*(?:অথচ|কিন্তু|তবু|তবুও)[ \t][^,]+$")
WH_CONTRAST_MAX_WORDS = 20


def _wh_contrast_question(s: str) -> bool:
    return _WH_CONTRAST_RE.match(s) is not None and len(s.split()) <= WH_CONTRAST_MAX_WORDS


def _quoted_question(s: str) -> bool:
    from ..pos import is_finite_verb
    if any(c in s for c in '”"’'):
        return False
    if not _yes_no_sentence(s):
        return _wh_contrast_question(s)
    if _QUOTED_WH_RE.search(s):
        return True
    m = _QUOTED_WHO_RE.search(s)
    return m is not None and is_finite_verb(m.group(1))


_FAQ_QUESTION_RE = regex.compile(r"[ \t]*(?:প্রশ্ন|প্র)\s*[০-৯0-9]*\s*[:ঃ.।)-]")


# a full stop or the look-alike ৷ after a Bengali word ends a sentence too (… কর্মীকে জানান. আপনার
# কি …): P001/P002 report the mark, and the question after it is a sentence of its own
_DOT_END_RE = regex.compile(r"(?<=\p{Bengali})[.৷]\s+")
# a question quoted after প্রশ্ন and a colon (একটাই প্রশ্ন: পানি আবার কবে নিরাপদ হবে।), or an FAQ's
# numbered one (প্রশ্ন ৪: লাগেজ দেরিতে পৌঁছালে কী হবে।)
_QUESTION_COLON_RE = regex.compile(
    r"(?<![\p{Bengali}])প্রশ্ন(?:[ \t]*(?:[০-৯0-9]{1,3}[ \t]*)?[:ঃ]|[ \t]+(?:হলো|হল|হচ্ছে)[ \t]*[,:ঃ])\s*")


def _last_match(pat, text: str, start: int, end: int):
    """The last match of ``pat`` in ``text[start:end]``, or None."""
    m = None
    for m in pat.finditer(text, start, end):
        pass
    return m


def _question_start(text: str, i: int, end: int) -> int:
    """The start of the question around position ``i`` in its sentence, which ends at ``end``
    (-1: an indirect question)."""
    back = SENT_DELIM_BACK_RE.search(text, 0, i)
    start = back.end() if back else 0
    for pat in (_DOT_END_RE, _OPEN_QUOTE_RE):   # after the last sentence end, then the last quote
        m = _last_match(pat, text, start, i)
        if m is not None:
            start = m.end()
    a = _last_match(_ASKED_RE, text, start, i)
    if a is None:
        return start
    return -1 if _WH_WORD_RE.search(text, a.end(), end) else a.end()


def _asks_about_saying(s: str) -> bool:
    """After প্রশ্ন:, a verb of saying or knowing that the question word right before it asks
    about, the sentence's last word and its only such verb (আপনি খেলোয়াড়দের কী বলেছিলেন): the
    question is direct, nothing embeds it."""
    from ..pos import is_finite_verb
    words = s.split()
    if not 2 <= len(words) <= 12 or "," in s or words[-2] not in _WH_BEFORE_VERB:
        return False
    m = list(_NOT_YES_NO_RE.finditer(s))
    return len(m) == 1 and m[0].end() == len(s.rstrip()) and is_finite_verb(words[-1])


_WH_BEFORE_VERB = frozenset(("কী", "কি", "কেন", "কখন", "কবে", "কোথা\u09df", "কোথা\u09af\u09bc", "কীভাবে", "কিভাবে"))


def _yes_no_sentence(s: str) -> bool:
    if "," in s or "…" in s or "..." in s or len(s.split()) > 12:
        return False
    return _not_embedded(s)


def _not_embedded(s: str) -> bool:
    """Does the sentence ``s`` hold nothing that embeds a question (a verb of knowing or saying
    not followed by -তে হবে, তা/সেটা, কি না)?"""
    from ..pos import is_finite_verb
    m = _NOT_YES_NO_RE.search(s)
    while m is not None:
        rest = m.group("rest")
        if not _OBLIGATION_RE.match(s, m.start()) and not (
                rest is not None and len(rest) > VERB_REST_MAX and not is_finite_verb(m.group())):
            return False
        m = _NOT_YES_NO_RE.search(s, m.end())
    return True


# কি right before a verb of knowing, after its subject, asks whether someone knows (আপনি কি জানেন
# …, কেউ কি জানেন … কোথায় পাওয়া যায়।, আপনি কি জানতে চান …), whatever the clause after it holds;
# so does কি, one word, then the sentence's last word, জানে (সন্তান কি সাঁতার জানে।). After a
# finite verb কি is the pronoun কী (আমাকে বলেন কি চান।). The clean corpora hold ten such
# sentences, nine ending in a question mark; the tenth is that pronoun.
_KNOW_STEM = "জান"
_KNOWS_LAST = frozenset(("জানে", "জানেন", "জানো", "জানিস"))


def _asks_if_knows(s: str) -> bool:
    from ..pos import is_finite_verb
    words = s.split()
    if "," in s or len(words) > 14 or "কি" not in words[1:-1]:
        return False
    k = words.index("কি", 1)
    if is_finite_verb(words[k - 1]):
        return False
    return words[k + 1].startswith(_KNOW_STEM) or (k + 3 == len(words) and words[-1] in _KNOWS_LAST)


def question_with_danda(ctx, rule):
    text = ctx.text
    done_ends = set()
    i = text.find("কি")
    done = -1   # the end of the last sentence looked at
    while i != -1:
        if i < done or not _KI_RE.match(text, i):
            i = text.find("কি", i + 2)
            continue
        stop = SENT_DELIM_RE.search(text, i)
        end = stop.start() if stop else len(text)
        start = _question_start(text, i, end)
        done = end
        if start < 0:   # an indirect question after a verb of asking
            i = text.find("কি", end)
            continue
        s = text[start:end]
        if stop is not None and stop.group() == "।":
            if _yes_no_sentence(s) or _asks_if_knows(s):
                done_ends.add(end)
                yield Hit(end, end + 1, "?", args={"text": s.strip()})
        elif (stop is None or stop.group() == "\n") and _yes_no_sentence(s) \
                and _FAQ_QUESTION_RE.match(text, text.rfind("\n", 0, start) + 1) \
                and s.rstrip() and s.rstrip()[-1] not in ".:;৷|":
            # an FAQ line, প্রশ্ন: আমি কি … আবেদন করতে পারি, that lost its question mark
            last = len(s.rstrip()) + start
            yield Hit(last - len(s.rstrip().split()[-1]), last, edits=[(last, last, "?")], args={"text": s.strip()})
        i = text.find("কি", end)
    yield from _questions_after(
        text, _QUESTION_COLON_RE.finditer(text) if "প্রশ্ন" in text else (),
        lambda s: _WH_WORD_RE.search(s := _last_clause(s)) and (_yes_no_sentence(s) or _asks_about_saying(s)),
        done_ends)
    yield from _questions_after(
        text, _OPEN_QUOTE_RE.finditer(text) if "“" in text or '"' in text or "‘" in text else (),
        _quoted_question, done_ends)
    yield from _question_lines(text, done_ends)
    yield from _first_person_questions(text, done_ends)
    if " কে" in text:
        yield from _who_last_questions(text, done_ends)
    if "তাহলে" in text or "কিন্তু" in text:
        yield from _questions_after(text, _THEN_OPENER_RE.finditer(text), _then_question, done_ends)


# A question in running text opened by তাহলে or কিন্তু (তাহলে এই দূষিত বাতাস থেকে মুক্তি মিলবে
# কবে।, কিন্তু এই ক্ষতি কে পূরণ করবে।): the writer turns to the reader with a question and answers
# it. In the clean corpora such sentences with a question word end in a question mark 21 times
# and in a danda twice (a columnist's rhetorical questions, counted as false alarms); a
# sentence opened so without a question word, or with a comma, a verb of knowing or saying or
# তা (an embedded question), is left alone (but not the verb the question word right before it
# asks about, তাহলে ফলাফল কীভাবে জানবেন।), and so is an exclamation opened by কী or কত without
# a finite verb (কিন্তু কী সুন্দর দৃশ্য।).
# the question words of a heading's question (and, below, of one opened by তাহলে/কিন্তু)
_WH_WORDS = (r"কী|কেন(?![\p{Bengali}])(?!\s+যেন)|কোথায়|কোথায়|কবে|কখন|কতটা|কতটুকু|কতদিন|কত\s+দিন|কতজন|কতগুলো|কোনটি"
             r"|কোনটা|কোনগুলো|কারা|কাকে|কোন\s+কোন")
# (after a sentence's end, a Latin full stop written for the danda too: … নষ্ট হয়. তাহলে …)
_THEN_OPENER_RE = regex.compile(r"(?:^|(?<=[।?!\n]|\p{Bengali}\.))[ \t]*(?:তাহলে|কিন্তু)[ \t]+")
# (the heading's question words, and কীভাবে, bare কত and কে, which a heading may use without asking,
# and কোন before a noun with its classifier, "which": কোন ফ্যানটি; not কোন কিছু, "anything")
_THEN_WH_RE = regex.compile(
    rf"(?<![\p{{Bengali}}])(?:{_WH_WORDS}|কীভাবে|কিভাবে|কত|কে|কোন[ \t]+\p{{Bengali}}+(?:টি|টা))(?![\p{{Bengali}}])")
_EXCLAMATION_OPENERS = ("কী", "কত")


def _then_question(s: str) -> bool:
    from ..pos import is_finite_verb
    if not _THEN_WH_RE.search(s) or not (_yes_no_sentence(s) or _asks_about_saying(s)):
        return False
    words = s.split()
    return words[0] not in _EXCLAMATION_OPENERS or is_finite_verb(words[-1])


# A question that stands as a heading or list item of its own, as help pages and FAQs set them
# (ইন্টারনেটের গতি এত কম কেন।, ২. কোন কোন পেমেন্ট পদ্ধতি গ্রহণ করা হয়।), and the last sentence
# of an FAQ's প্রশ্ন: line (প্রশ্ন: আমি লিংকে ক্লিক করেছি, কিন্তু কোনো তথ্য দিইনি। এখন কী করব।): a
# sentence with a question word that ends in a danda. The heading is a block of its own (a blank
# line or the text's edge before and after it), one sentence of two to ten words after an
# optional list marker, without a comma, and the next block is a paragraph of twelve words or
# more (the answer). The answer may follow on the very next line in an FAQ: where the block
# before is a heading or a question with its mark (``_after_heading_or_item``) and two of the
# text's questions laid out so kept theirs (``_FAQ_ITEM_RE``). Not কীভাবে (a how-to heading, কীভাবে আবেদন করবেন), bare কত or কে (an
# exclamation, কত উন্নত; initials, এ কে এম); not a heading opened by কী that has no finite verb
# (an exclamation: কী তেলেসমাতি কাণ্ড।), nor কেন যেন (somehow); nor what ``_yes_no_sentence``
# leaves (a verb of knowing or saying, তা). Headlines and paragraphs are left alone: a news
# headline may carry a question word without asking (চিনির দাম কেন বাড়ছে). The clean corpora are
# one sentence per line, so no heading occurs there; laid out at random in paragraphs of one to
# five sentences (three layouts) they gave 0, 1 and 1 hits: কেন যেন, now excluded, and an
# embedded question (পদক্ষেপ কী হবে।).
_HEAD_WH_RE = regex.compile(rf"(?<![\p{{Bengali}}])(?:{_WH_WORDS})(?![\p{{Bengali}}])")
_NEXT_LINE_RE = regex.compile(r"\S[^\n]*")   # the next non-blank line
_HEAD_MARK_RE = regex.compile(r"[ \t]*(?:[-*•–][ \t]+|[০-৯0-9]{1,2}[.)][ \t]+)?")
HEAD_MAX_WORDS = 10
# a heading that asks what to do if something happens (চালক যদি অন্য পথে যান, তাহলে আমি কী করব।): a
# যদি clause, its comma, and the question opened by তাহলে/তখন; the question alone is then tested
_CONDITIONAL_QUESTION_RE = regex.compile(
    r"[^,]*(?<![\p{Bengali}])যদি(?![\p{Bengali}])[^,]*,[ \t]*(?:তাহলে|তবে|তখন)[ \t]+[^,]+")
COND_HEAD_MAX_WORDS = 16
# an FAQ item: a question of its own line (after a blank line or the text's start) that ends in a
# question mark, its answer on the very next line
_FAQ_ITEM_RE = regex.compile(r"(?:^|\n[ \t]*\n)[^\n?।]{2,120}\?[ \t]*\n[ \t]*\S")
FAQ_MIN_ITEMS = 2
ANSWER_MIN_WORDS = 12
_KI_FIRST = "কী"


def _block_before_end(text: str, ls: int) -> int:
    """The end of the block before the line at ``ls`` (the blank lines between left out)."""
    k = ls
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k


def _after_heading_or_item(text: str, ls: int) -> bool:
    """Does the block before the line at ``ls`` open with a section heading (a short line without
    sentence punctuation) or a question with its question mark?"""
    k = _block_before_end(text, ls)
    bs = text.rfind("\n\n", 0, k) + 1   # its start (0 at the text's start)
    le = text.find("\n", bs + 1, k)
    first = text[bs:le if le >= 0 else k].strip()
    if not first or len(first.split()) > HEAD_MAX_WORDS:
        return False
    return first.endswith("?") or first[-1] not in "।.!:;,৷|\"”’)"


# a section heading that names the questions below it (সাধারণ প্রশ্ন, প্রশ্নোত্তর, FAQ)
_FAQ_HEADING_RE = regex.compile(r"[^\n।?!.]{0,40}(?:প্রশ্ন|প্রশ্নোত্তর|FAQ|জিজ্ঞাসা)[^\n।?!.]{0,20}")


def _after_faq_heading(text: str, ls: int) -> bool:
    """Is the block before the line at ``ls`` an FAQ section's heading (one short line)? Then one
    other question laid out with its mark will do."""
    k = _block_before_end(text, ls)
    bs = text.rfind("\n", 0, k) + 1
    return (bs == 0 or text[:bs].rstrip(" \t").endswith("\n\n")) and _FAQ_HEADING_RE.fullmatch(text[bs:k].strip()) is not None


def _question_lines(text: str, done_ends: set):
    if "।" not in text:
        return
    from ..pos import is_finite_verb
    le = -1   # the end of the line looked at last: each line once, so a long line stays linear
    faq_items = None   # counted when first needed
    for w in _HEAD_WH_RE.finditer(text):   # (question words are fewer than line ends)
        if w.start() < le:
            continue
        ls = text.rfind("\n", 0, w.start()) + 1
        le = text.find("\n", w.end())
        le = len(text) if le < 0 else le
        line = text[ls:le].rstrip(" \t")
        end = ls + len(line) - 1
        if not line.endswith("।") or end in done_ends:
            continue
        faq = _FAQ_QUESTION_RE.match(text, ls)
        if faq is not None:
            # the line's last sentence, when it is not the one after the label (reported above)
            back = SENT_DELIM_BACK_RE.search(text, faq.end(), end)
            if back is None:
                continue
            s = text[back.end():end]
        else:
            s = text[_HEAD_MARK_RE.match(text, ls).end():end]
            cond = _CONDITIONAL_QUESTION_RE.fullmatch(s)
            if SENT_DELIM_RE.search(s) or ("," in s and cond is None) \
                    or not 2 <= len(s.split()) <= (COND_HEAD_MAX_WORDS if cond else HEAD_MAX_WORDS):
                continue
            if cond is not None:
                s = _last_clause(s)   # the question after the condition
            if ls > 0 and text[text.rfind("\n", 0, ls - 1) + 1:ls].strip():
                continue   # not a block of its own: the line before is not blank
            nl = text.find("\n", le + 1)
            if text[le:nl if nl >= 0 else len(text)].strip():
                # the answer follows on the next line: only where other questions are laid out so
                # (an FAQ whose other items keep their question marks)
                if faq_items is None:
                    faq_items = len(_FAQ_ITEM_RE.findall(text))
                if faq_items < (1 if _after_faq_heading(text, ls) else FAQ_MIN_ITEMS) \
                        or not _after_heading_or_item(text, ls):
                    continue
            nxt = _NEXT_LINE_RE.search(text, le)
            if nxt is None or len(nxt.group().split()) < ANSWER_MIN_WORDS:
                continue
            words = s.split()
            if words[0] == _KI_FIRST and not any(is_finite_verb(x) for x in words[1:]):
                continue
        if _HEAD_WH_RE.search(s) and _yes_no_sentence(s):
            done_ends.add(end)
            yield Hit(end, end + 1, "?", args={"text": s.strip()})


# A question about what the speaker will do, anywhere: a question word and, last, a verb in the
# first person future (আমি কীভাবে অ্যাপয়েন্টমেন্ট বাতিল করব।, “মাছ তাহলে কীসে করে বাড়ি নিয়ে যাব।”),
# in a sentence ``_yes_no_sentence`` accepts (no comma, no verb of knowing or saying, no তা that
# embeds it). The future ending -ব is the first person's alone (করব, পাব, যাব; the second and
# third person's are -বে, -বেন), and a sentence that ends in it after a question word asks.
_FIRST_PERSON_WH_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:কীভাবে|কিভাবে|কোথায়|কোথায়|কখন|কবে|কেন|কীসে|কিসে)(?![\p{Bengali}])")
_FIRST_PERSON_FUTURE_RE = regex.compile(r"\p{Bengali}+(?:ব|বো)$")


def _first_person_questions(text: str, done_ends: set):
    if "ব।" not in text and "বো।" not in text:
        return
    from ..pos import is_finite_verb
    done = -1
    for w in _FIRST_PERSON_WH_RE.finditer(text):
        if w.start() < done:
            continue
        stop = SENT_DELIM_RE.search(text, w.end())
        if stop is None:
            return
        done = stop.end()
        if stop.group() != "।" or stop.start() in done_ends:
            continue
        start = _question_start(text, w.start(), stop.start())
        if start < 0:
            continue
        s = text[start:stop.start()]
        words = s.split()
        if len(words) < 2 or not _FIRST_PERSON_FUTURE_RE.fullmatch(words[-1]) \
                or not is_finite_verb(words[-1]) or not _yes_no_sentence(s):
            continue
        done_ends.add(stop.start())
        yield Hit(stop.start(), stop.end(), "?", args={"text": s.strip()})


# A sentence that ends on a finite verb and কে, "who" (বাড়ি ভেঙে পড়লে তার দায় নেবে কে।, পরের
# মৌসুমে তাকে থামাবে কে।): the objective -কে is written onto its noun, so a free-standing কে after
# the verb asks who. The clean corpora end all 27 sentences that close on a free-standing কে
# with a question mark (কাজ করতে বাধ্য করাল কে?, এসব বিষয় আমলে নেবে কে?). Not after a verb of
# knowing or saying, or তা, which embed the question (জানি না দায় নেবে কে।).
# (the standard library's re: found from its literal; the verb is read back from the space)
_WHO_END_RE = re.compile(r"[ \t]+কে[ \t]*।")


def _who_last_questions(text: str, done_ends: set):
    from ..pos import is_finite_verb
    for m in _WHO_END_RE.finditer(text):
        end = m.end() - 1
        verb = word_before(text, m.start())
        if end in done_ends or not verb or not is_finite_verb(verb):
            continue
        vs = m.start() - len(verb)
        start = _question_start(text, vs, end)
        if start < 0 or not _not_embedded(text[start:vs]):
            continue
        done_ends.add(end)
        yield Hit(end, end + 1, "?", args={"text": text[start:end].strip()})


def _last_clause(s: str) -> str:
    """The part of the sentence ``s`` after its last comma: after প্রশ্ন:, the question may follow
    a clause of its own (প্রশ্ন: পেজ খুলছে না, আমি কী করব।)."""
    return s.rsplit(",", 1)[-1]


def _questions_after(text: str, opens, asks, done_ends: set):
    """The danda ending each sentence that starts after one of the matches ``opens`` (প্রশ্ন:, an
    opening quotation mark) when ``asks`` holds for the sentence; a danda already reported
    (``done_ends``) is left alone, and each one reported is added there."""
    for q in opens:
        stop = SENT_DELIM_RE.search(text, q.end())
        if stop is None or stop.group() != "।" or stop.start() in done_ends:
            continue
        s = text[q.end():stop.start()]
        if asks(s):
            done_ends.add(stop.start())
            yield Hit(stop.start(), stop.end(), "?", args={"text": s.strip()})