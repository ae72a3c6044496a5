"""Register consistency: the reader addressed as আপনি then as তুমি/তুই, a person called তিনি then
সে, and গুরুচণ্ডালী দোষ (সাধু forms inside চলিত prose, or the reverse). Rules in
``rules/register.yaml``. Text inside quotation marks (dialogue, quoted documents) is skipped:
a quoted speaker may use any register."""
from __future__ import annotations

import regex

from ..engine import Hit
from ..lexicon import BN_RUN_BACK_RE, GRAPHEME_RE, TokenDecisions, doc_words, matches_at, nukta_norm, zipf
from ..text import QUOTE_MARKS, SENT_DELIM_BACK_RE, SENT_DELIM_RE, WORD
from ..pos import familiar_imperative, negated_familiar, o_verb_shape
from .translationese import bnpat

NB = r"(?<![\p{Bengali}\u200c\u200d])"
NA = r"(?![\p{Bengali}\u200c\u200d])"

QUOTE_RE = regex.compile(r"[\"“«][^\"”»\n]{0,600}[\"”»]|‘[^’\n]{0,300}’")
SENT_RE = regex.compile(r"[^।?!\n]+[।?!]*")
CLAUSE_RE = regex.compile(r"[^।?!\n,;:—]+[।?!,;:—]*")


def quoted_spans(ctx) -> list[tuple[int, int]]:
    return ctx.once("register.quotes", lambda: [m.span() for m in QUOTE_RE.finditer(ctx.text)])


def in_spans(pos: int, spans) -> bool:
    import bisect

    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _blank_spans(part: str, offset: int, spans) -> str:
    """``part`` (which starts at ``offset`` of the text) with the characters of ``spans`` blanked."""
    import bisect

    chars = list(part)
    end = offset + len(part)
    for s, e in spans[max(bisect.bisect_right(spans, (offset, float("inf"))) - 1, 0):]:
        if s >= end:
            break
        for i in range(max(s - offset, 0), min(e - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _window(text: str, pos: int, lines: int) -> tuple[int, int]:
    """The span of ``lines`` lines either side of pos: the 'article' for long concatenated files."""
    s = pos
    for _ in range(lines + 1):
        s = text.rfind("\n", 0, s - 1) if s > 0 else -1
        if s < 0:
            s = 0
            break
    e = pos
    for _ in range(lines + 1):
        e = text.find("\n", e + 1)
        if e < 0:
            e = len(text)
            break
    return s, e


# The register patterns are alternations behind a lookbehind, which the regex engine tries at
# every character of the text (~0.1 s per MB each). Their matches all start at a run of Bengali
# letters and (but for a few forms joined by ``\s+``) are whole ``WORD_RE`` tokens, so the
# tokens that can start a match are picked once per distinct token (``candidate``) and the
# pattern is tried only where they occur: the same matches as ``finditer`` over the whole text.


def _finditer_at(ctx, pattern, candidates: TokenDecisions, run_start: bool = False):
    """``pattern.finditer(ctx.text)``, given that every match starts at the start of the
    Bengali run (letters and joiners) holding an occurrence of a token that ``candidates``
    accepts (at that token itself unless ``run_start``)."""
    words = doc_words(ctx)
    wanted = candidates.found(words)
    if not wanted:
        return
    text = ctx.text
    starts = {BN_RUN_BACK_RE.match(text, 0, s).start() if run_start else s
              for s, _, _ in words.occurrences(wanted)}
    yield from matches_at(text, pattern, sorted(starts))


# --------------------------------------------------------------------------------------
# R001: আপনি-text with তুমি/তুই forms.
# the reader addressed as আপনি: the pronoun, or a polite imperative in -উন (করুন, দেখুন, জানুন;
# not the nouns in -উন: নতুন, আগুন, জুন, বেলুন). The imperatives are found from their ending (a
# pattern opening with a run of letters is tried at every character).
# the pronouns of আপনি and of তুমি/তুই (the paragraph-switch test below reads these alone; R001's
# main test also আপনাদেরকে, তোমায় and the familiar verbs)
APNI_PRONOUNS = "আপনি|আপনার|আপনাকে|আপনারা|আপনাদের"
TUMI_PRONOUNS = "তুমি|তোমার|তোমাকে|তোমরা|তোমাদের|তুই|তোর|তোকে|তোরা|তোদের"
APNI_RE = regex.compile(bnpat(rf"{NB}(?:{APNI_PRONOUNS}|আপনাদেরকে){NA}"), regex.V1)
_UN_END_RE = regex.compile(r"ুন(?![\p{Bengali}\u200c\u200d])")
_UN_NOUNS = frozenset(nukta_norm(w) for w in """
নতুন আগুন জুন খুন কানুন ফাল্গুন শকুন বেগুন বেলুন সেলুন স্যালুন কার্টুন প্লাটুন হানিমুন মুন টুন দুন
""".split())


def _apni_positions(text: str) -> list[int]:
    """Where the reader is addressed as আপনি, in order."""
    out = [m.start() for m in APNI_RE.finditer(text)]
    if "ুন" in text:
        for m in _UN_END_RE.finditer(text):
            s = BN_RUN_BACK_RE.match(text, 0, m.start()).start()
            if m.start() - s >= 2 and nukta_norm(text[s:m.end()]) not in _UN_NOUNS:
                out.append(s)
        out.sort()
    return out


_EO_IMPERATIVES = ("যেও", "খেও", "পেও", "চেও", "গেও")
TUMI_RE = regex.compile(bnpat(
    rf"{NB}(?P<w>{TUMI_PRONOUNS}|তোমায়"
    # familiar imperatives, incl. the future imperative in -ইও/-িও (তাকিও না, ভুলিও না)
    rf"|\p{{Bengali}}{{2,}}িও(?=\s+না{NA})"
    # and in -য়ো (যেয়ো না, খেয়ো না, দিয়ো না): no চলিত word but these ends so
    rf"|\p{{Bengali}}+য়ো(?=\s+না{NA})"
    # and its other spelling for the verbs of a vowel root (যেও না, খেও না; -েও after a longer word
    # is a participle with -ও: দেখেও না দেখার ভান)
    rf"|(?:{'|'.join(_EO_IMPERATIVES)})(?=\s+না{NA})"
    # (নাও before an infinitive is না-ও, "may not": কাজ নাও করতে পারে, নাও হতে পারে)
    rf"|নাও(?!\s+\p{{Bengali}}+তে{NA})"
    rf"|করো|কোরো|বোলো|দেখো|দেখাও|যাও|এসো|বসো|খাও|বলো|শোনো|দাও|রাখো|থাকো|পড়ো|লেখো|ভাবো|তাকাও|শেখো|"
    rf"ভুলো|ছাড়ো|খোঁজো|চেষ্টা\s+করো|জানাও|পাঠাও|ধরো|ঘুমাও|জাগো|হও|"
    # and the present of the modal and mental verbs (you can, know, want)
    rf"পারো|জানো|চাও"
    # any other word in -ো before না, a তুমি verb only if ``negated_familiar`` says so (ঢুকো না)
    rf"|(?P<n>\p{{Bengali}}{{2,}}ো)(?=[ \t]+না{NA})"
    # any other word in -ো, a familiar imperative only if ``familiar_imperative`` says so
    rf"|(?P<g>\p{{Bengali}}{{2,}}ো)){NA}"), regex.V1)


# words ending in -িও that are not verbs
IO_NOUNS = frozenset(nukta_norm(w) for w in """
রেডিও স্টুডিও অডিও ভিডিও পোর্টফোলিও ক্যামিও রোডিও ট্রিও প্যাটিও স্কর্পিও ম্যারিও মারিও অন্টারিও সিনারিও
রিও ফিও পিও ইটালিও হোরাসিও আন্তোনিও সার্জিও ডেলিও ক্লডিও ফ্লাভিও লুসিও ভিনিসিও
""".split())


def not_tumi(m) -> bool:
    """Is the TUMI_RE match ``m`` no তুমি form after all (a noun in -িও, a word in -ো that is no
    familiar imperative)?"""
    return nukta_norm(m.group("w")) in IO_NOUNS or (m.group("g") is not None and not familiar_imperative(m.group("g"))) \
        or (m.group("n") is not None and not negated_familiar(m.group("n")))


def _sentence_start(text: str, pos: int) -> int:
    """The last sentence delimiter (or line break) before ``pos``, -1 when there is none: the same
    for every word of one sentence."""
    m = regex.search(r"[।?!\n][^।?!\n]*\Z", text[:pos])
    return m.start() if m else -1


# TUMI_RE can only match across a line break through ``\s+`` after চেষ্টা or -িও (চেষ্টা\nকরো,
# তাকিও\nনা). Without such a place every match lies inside one line, so a window of whole lines
# sees exactly the matches of the whole text that start in it.
_TUMI_CROSS_LINE_RE = regex.compile(r"(?:চেষ্টা|িও|\u09af\u09bc\u09cb|\u09df\u09cb)\s*\n")


def _tumi_candidate(tok: str) -> bool | None:
    # a listed form (the whole token); a word in -িও (the run may start earlier: ৫০টিও না);
    # চেষ্টা (of চেষ্টা করো)
    return (tok == "চেষ্টা" or tok in _EO_IMPERATIVES or tok.endswith(("িও", "\u09af\u09bc\u09cb", "\u09df\u09cb"))
            or ((m := TUMI_RE.fullmatch(tok)) is not None and not not_tumi(m)) or negated_familiar(tok)) or None


_TUMI_CANDIDATES = TokenDecisions(_tumi_candidate)


def _tumi_matches(ctx):
    """``TUMI_RE.finditer(ctx.text)``."""
    return _finditer_at(ctx, TUMI_RE, _TUMI_CANDIDATES, run_start=True)


# A verb of the তুমি register in the clause of the subject আপনি itself (আপনি যদি গেম খেলতে
# ভালোবাসো): any verb, not only R001's listed ones, known by its ending, -ো or -াও, whose আপনি form
# (-েন, -ান) is a frequent word. Not -লো, -তো (third person past: আপনি কি জানেন ও কী বললো), -বো
# (first person future), and the clause ends at a verb in -েন or another subject pronoun.
_APNI_SUBJECT_RE = regex.compile(bnpat(rf"{NB}(?:আপনি|আপনারা){NA}"), regex.V1)
_CLAUSE_AFTER_RE = regex.compile(r"[^।?!\n,;:“”\"«»]{1,100}")
_OTHER_SUBJECTS = frozenset(nukta_norm(w) for w in """
আমি আমরা সে তিনি তারা তাঁরা ও উনি এরা ওরা তুমি তোমরা তুই কেউ যে যিনি যারা
""".split())
_SHORT_POLITE = frozenset(nukta_norm(w) for w in "দেন নেন".split())
# the verb ends its clause (Bengali is verb-final): a mark, the line's end, or না/a conjunction
_CLAUSE_END_RE = regex.compile(bnpat(rf"\s*(?:[,।?!;:\n]|$|(?:না|আর|এবং|কিন্তু|তবে|তাহলে|তো|যে){NA})"), regex.V1)
_NOT_TUMI = frozenset(nukta_norm(w) for w in "তাও".split())
_TUMI_VERB_MIN_ZIPF = 3.0


def _tumi_verb(word: str) -> bool:
    w = nukta_norm(word)
    if w in _NOT_TUMI:
        return False
    if w.endswith("াও") and len(w) > 2:
        polite = w[:-1] + "ন"
    elif o_verb_shape(w):   # (-ো, not -লো, -তো, -বো)
        polite = w[:-1] + "েন"
    else:
        return False
    return zipf(polite) >= _TUMI_VERB_MIN_ZIPF


def _tumi_verb_after_apni(text, apni):
    """``apni``: where the reader is addressed as আপনি outside quotations (``_apni_positions``)."""
    for pos in apni:
        a = _APNI_SUBJECT_RE.match(text, pos)
        if a is None:
            continue
        c = _CLAUSE_AFTER_RE.match(text, a.end())
        if c is None:
            continue
        for w in WORD.finditer(text, c.start(), c.end()):
            word = nukta_norm(w.group())
            if word in _OTHER_SUBJECTS or (word.endswith("েন") and (word in _SHORT_POLITE
                                                                  or len(GRAPHEME_RE.findall(word)) >= 3)):
                break      # (ট্রেন, প্লেন are nouns)
            if _tumi_verb(word) and _CLAUSE_END_RE.match(text, w.end()):
                yield Hit(w.start(), w.end(), args={"word": w.group()})
                break


# A conditional clause that addresses the reader with আপনি's verb and no subject of its own
# (যদি … জানতে চান, / যদি কখনো মেক্সিকো সিটিতে আসেন,), then a তুমি/তুই form in the main clause of
# the same sentence (তাহলে … যোগাযোগ করো): one sentence, two registers. Not when the clause names
# another subject (যদি তিনি চান, …), whose verb has the same ending. No sentence of the clean or
# noisy corpora has one.
_IF_POLITE_RE = regex.compile(bnpat(
    rf"{NB}যদি{NA}(?P<c>[^।?!\n,;:“”\"«»]{{1,120}}?)(?P<v>\p{{Bengali}}+(?:েন|ান)){NA}\s*,(?P<m>[^।?!\n]{{1,150}})"), regex.V1)
_IF_POLITE_MIN_ZIPF = 3.0


def _tumi_after_polite_if(text, quotes):
    if "যদি" not in text:
        return
    for m in _IF_POLITE_RE.finditer(text):
        if in_spans(m.start(), quotes) or zipf(nukta_norm(m.group("v"))) < _IF_POLITE_MIN_ZIPF \
                or any(nukta_norm(w) in _OTHER_SUBJECTS for w in m.group("c").split()):
            continue
        t = next((t for t in TUMI_RE.finditer(text, m.start("m"), m.end("m")) if not not_tumi(t)), None)
        if t is not None:
            yield Hit(t.start(), t.end(), args={"word": t.group("w")})


def tumi_in_apni(ctx, rule):
    # (a তুমি form that fails several tests is reported once: the engine drops a rule's repeated span)
    text = ctx.text
    quotes = quoted_spans(ctx)
    yield from _switch_in_quotation(text, quotes)
    yield from _tumi_after_polite_if(text, quotes)
    apni = [x for x in _apni_positions(text) if not in_spans(x, quotes)]
    if not apni:
        return
    yield from _tumi_verb_after_apni(text, apni)
    yield from _switch_in_paragraph(ctx, quotes)
    if len(apni) >= 3:
        yield from _tumi_in_apni_windows(ctx, quotes, apni, rule.options.get("window_lines", 30))


def _tumi_in_apni_windows(ctx, quotes, apni, lines):
    """R001's main test: every তুমি form in a window of ``lines`` lines either side that
    addresses the reader as আপনি three times as often as তুমি (counted once per sentence)."""
    import bisect

    text = ctx.text
    if _TUMI_CROSS_LINE_RE.search(text):
        yield from _tumi_in_apni_rescan(text, quotes, apni, lines)
        return
    # every match once: (start, end, word, sentence key); the key (where _sentence_start puts the
    # match's sentence; -1 for none) is None for a noun in -িও, which never counts
    delims = [m.start() for m in SENT_DELIM_RE.finditer(text)]
    tumi = []
    for m in _tumi_matches(ctx):
        w = m.group("w")
        st = m.start()
        if not_tumi(m):
            key = None
        else:
            # what _sentence_start finds: the last delimiter before the match
            i = bisect.bisect_left(delims, st)
            key = delims[i - 1] if i else -1
        tumi.append((st, m.end(), w, key))
    starts = [t[0] for t in tumi]
    for st, end, w, key in tumi:
        if key is None or in_spans(st, quotes):
            continue
        s, e = _window(text, st, lines)
        n_apni = bisect.bisect_left(apni, e) - bisect.bisect_left(apni, s)
        # তুমি-forms are counted once per sentence (তোমার বন্ধুদের বলো is one switch, not two); a
        # window starts at a line break (or the text's start), so a sentence is cut at most there
        n_tumi = len({max(k, s) for _, _, _, k in tumi[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
                      if k is not None})
        if n_apni >= 3 * n_tumi:
            yield Hit(st, end, args={"word": w})


# Any text, with few আপনি forms or with many তুমি forms elsewhere, may switch within a paragraph:
# a তুমি/তুই pronoun after an আপনি pronoun in the sentences just before it on the same line, with
# no তুমি/তুই form earlier on that line (আপনি যদি কাউকায় যান, … । সেখানে তুমি নিজের হাতে কফি তুলতে
# পারবে). No line of the clean corpora has one outside quotations; one of the noisy subtitles does.
# (with the clitic -ও or -ই: তোমারও, আপনিই)
_TUMI_PRONOUN_RE = regex.compile(rf"(?:{TUMI_PRONOUNS})[ওই]?{NA}")
_TUMI_PRONOUN_WORDS = frozenset(w + c for w in TUMI_PRONOUNS.split("|") for c in ("", "ও", "ই"))
_APNI_PRONOUN_RE = regex.compile(rf"{NB}(?:{APNI_PRONOUNS})[ওই]?{NA}")
_WORD_CHAR_RE = regex.compile(r"[\p{Bengali}\u200c\u200d]")
SWITCH_SPAN = 300


def _tumi_pronouns(text, quotes, start=0, end=None):
    """The তুমি/তুই pronouns of ``text[start:end]`` outside quotations (whole words: the
    pattern, which opens with its literals, checks only the end)."""
    for m in _TUMI_PRONOUN_RE.finditer(text, start, len(text) if end is None else end):
        st = m.start()
        if not (st and _WORD_CHAR_RE.match(text, st - 1)) and not in_spans(st, quotes):
            yield m


def _switch_in_paragraph(ctx, quotes):
    text = ctx.text
    if doc_words(ctx).distinct_set().isdisjoint(_TUMI_PRONOUN_WORDS):
        return      # no তুমি/তুই pronoun among the text's tokens
    for m in _tumi_pronouns(text, quotes):
        st = m.start()
        ls = text.rfind("\n", 0, st) + 1
        a = [x for x in _APNI_PRONOUN_RE.finditer(text, max(ls, st - SWITCH_SPAN), st) if not in_spans(x.start(), quotes)]
        if a and next(_tumi_pronouns(text, quotes, ls, a[0].start()), None) is None:
            yield Hit(st, m.end(), args={"word": m.group()})


def _switch_in_quotation(text, quotes):
    """A speaker may say তুমি, but not to the one just called আপনি: a তুমি/তুই pronoun after an আপনি
    pronoun in one quotation, with no তুমি/তুই form before it there ("আপনি যদি কখনো আসেন, তুমি
    আমাদের চাম্পুরাদো না খেয়ে যেও না।"). No quotation of the clean or noisy corpora has one."""
    if "আপ" not in text:
        return
    for qs, qe in quotes:
        a = _APNI_PRONOUN_RE.search(text, qs, qe)
        if a is None or next(_tumi_pronouns(text, (), qs, a.start()), None) is not None:
            continue
        m = next(_tumi_pronouns(text, (), a.end(), qe), None)
        if m is not None:
            yield Hit(m.start(), m.end(), args={"word": m.group()})


def _tumi_in_apni_rescan(text, quotes, apni, lines):
    """R001 re-scanning each window: exact when a match may cross a line break."""
    import bisect

    for m in TUMI_RE.finditer(text):
        w = m.group("w")
        if not_tumi(m) or in_spans(m.start(), quotes):
            continue
        s, e = _window(text, m.start(), lines)
        n_apni = bisect.bisect_left(apni, e) - bisect.bisect_left(apni, s)
        win = text[s:e]
        # তুমি-forms are counted once per sentence (তোমার বন্ধুদের বলো is one switch, not two)
        n_tumi = len({_sentence_start(win, t.start()) for t in TUMI_RE.finditer(win)
                      if not not_tumi(t)})
        if n_apni >= 3 * n_tumi:
            yield Hit(m.start(), m.end(), args={"word": w})


# --------------------------------------------------------------------------------------
# R002: a person called তিনি, then সে in a reporting clause after a quotation (", সে বলে।").
SE_REPORT_RE = regex.compile(bnpat(
    rf"[\"”’,]\s*(?P<se>সে)\s+(?:বলে|বলল|বললো|বলেছে|বলেছিল|জানায়|জানাল|জানালো|যোগ\s+করে|ব্যাখ্যা\s+করে|মনে\s+করে){NA}"),
    regex.V1)
TINI_REPORT_RE = regex.compile(bnpat(
    rf"{NB}(?:তিনি|তিনিও|উনি)\s+(?:\p{{Bengali}}+\s+)?(?:বলেন|বললেন|বলেছেন|বলেছিলেন|জানান|জানালেন|জানিয়েছেন|ব্যাখ্যা\s+করেন|করেছিলেন|যোগ\s+করেন){NA}"),
    regex.V1)


def tini_then_se(ctx, rule):
    text = ctx.text
    tini = [m.start() for m in TINI_REPORT_RE.finditer(text)]
    if not tini:
        return
    import bisect

    lines = rule.options.get("window_lines", 30)
    for m in SE_REPORT_RE.finditer(text):
        s, e = _window(text, m.start(), lines)
        if bisect.bisect_left(tini, e) - bisect.bisect_left(tini, s) >= 1:
            yield Hit(m.start("se"), m.end("se"), "তিনি", args={"word": "সে"})


# --------------------------------------------------------------------------------------
# R003: গুরুচণ্ডালী দোষ.
_CONS = ("কর|দেখ|বল|থাক|পার|আস|লিখ|পড়|শুন|বুঝ|রাখ|চল|ধর|ফির|জান|ভাব|উঠ|বস|কাঁদ|ছাড়|খুঁজ|ডাক|"
         "ফেল|শিখ|জাগ|বাঁচ|চাহ|কহ|পৌঁছ|ঘট|জিত|হার|গড়|টান|খেল|দৌড়|ঘুর|ছুঁ|বের\\s+কর|"
         # (not the roots whose -ি form is a noun, বাড়ি-তে, চিনি-তে, ছুটি-তে, গলি-তে, nor হাসিল "achieved", সাজিয়া, a name)
         "বাজ|নাচ|কাট|মার|লাগ|ভাঙ|মিল|ঢুক|নাম|জ্বল|পুড়|ভুল|ঝর|মুছ|ফুট")
_VOW = "হই|যাই|খাই|পাই|লই|দেখাই|পাঠাই|শোনাই|বানাই|জানাই|করাই|ঘুমাই|দাঁড়াই|তাকাই|হারাই|চালাই|লাগাই|ফুরাই"
_SADHU_END = "য়া|য়াছে|য়াছেন|য়াছিল|য়াছিলেন|য়াছি|ল|লেন|লাম|লে|বে|বেন|ব|তে|তেন|তাম|তেছে|তেছেন|তেছিল|তেছি|তেছিলেন|বার"
_SADHU_LISTED_RE = regex.compile(bnpat(
    rf"{NB}(?:(?:{_CONS})ি|(?:{_VOW}))(?:{_SADHU_END})ই?{NA}"   # (with the emphatic clitic: করিলেই, হইতেই)
    # the perfect of any root: no চলিত word ends in -িয়াছে/-ইয়াছিল (চলিত -েছে, -িয়েছে)
    rf"|{NB}\p{{Bengali}}{{1,8}}(?:ি|ই)য়া(?:ছে|ছেন|ছিল|ছিলেন|ছিলাম|ছি){NA}"
    # and the progressive of any root (চলিত -ছে, -চ্ছে); two letters before -ি, not the চলিত
    # perfect of a root in -ত (জিতেছে, জিতেছিল)
    rf"|{NB}(?:\p{{Bengali}}{{2,8}}ি|\p{{Bengali}}{{1,8}}ই)তেছ(?:ে|েন|ি|িল|িলেন|িলাম|িলে|িস){NA}"
    rf"|{NB}(?:গিয়া|গিয়াছে|গিয়াছিল|দিয়াছে|দিয়াছিল|লইয়া|কহিল|খুলিয়া|তুলিয়া|দিবার|নিবার)"   # (roots whose -ি form is a noun too: খুলি, তুলি)
    # (and the roots left out above for their -ি noun, in the endings no noun takes: বাড়িয়া যায়,
    # ছুটিল, চিনিবেন; হাস only with -িয়া, as হাসিল is a word; আন not with -িয়া, -িল, the names
    # Ania, Anil: আনিবে, আনিতে)
    rf"{NA}|{NB}(?:(?:বাড়|চিন|ছুট|গল)ি(?:য়া|ল|লেন|লাম|বে|বেন)|হাসিয়া|আনি(?:লেন|লাম|লে|বে|বেন|তে|তেন|তাম|বার))"
    rf"{NA}|{NB}(?:তাহা|তাহার|তাহাকে|তাহারা|তাহাদের|তাহাতে|তাঁহার|তাঁহারা|তাঁহাকে|তাঁহাদের|তাঁহাতে|ইহা|ইহার|ইহাকে|ইহারা|ইহাদের|ইহাতে|"
    rf"উহা|উহার|উহাকে|যাহা|যাহার|যাহারা|যাহাকে|যাহাতে|কাহার|কাহাকে|কেহ|ইঁহার|উঁহার|সকলে|হইতে|হইতেই){NA}"),
    regex.V1)
# causatives of any root (নামাইয়া, জানাইলেন, পৌঁছাইবার; চলিত নামিয়ে, জানালেন, পৌঁছাবার) whose চলিত participle is a
# lexicon word (not the names ভেঙ্কাইয়া, কোরাইয়া); not -াইল, -াইতে, which end মোবাইল, মুম্বাইতে
CAUSATIVE_SADHU_RE = regex.compile(bnpat(
    r"(\p{Bengali}{2,8})াই(?:য়া|য়াছে|য়াছেন|য়াছিল|য়াছিলেন|লেন|লাম|বে|বেন|বার)"), regex.V1)
SADHU_RE = regex.compile(f"{_SADHU_LISTED_RE.pattern}|{NB}(?:{CAUSATIVE_SADHU_RE.pattern}){NA}", regex.V1)
CHALIT_RE = regex.compile(bnpat(
    rf"{NB}(?:{_CONS})(?:ছে|ছেন|ছি|ছিল|ছিলেন|েছে|েছেন|েছিল|েছিলেন|েছি|তে|ল|লেন|লাম|লো|ব|বে|বেন|লে|ত|তেন|তাম){NA}"
    # progressive/perfect of any verb (not the সাধু -িতেছে/-িয়াছে, not আছে/কাছে/মিছে)
    rf"|{NB}\p{{Bengali}}{{2,}}(?<!তে|য়া|য়া|া|ি)(?:ছে|ছেন|ছি){NA}"
    rf"|{NB}(?:হচ্ছে|হয়েছে|হয়েছিল|হয়ে|হলো|হল|হবে|হতে|হত|যাচ্ছে|যেতে|খেতে|পেতে|দিয়ে|নিয়ে|গিয়ে|পেয়ে|খেয়ে|"
    rf"গেছে|দেবে|নেবে|এটা|ওটা|সেটা|তার|তাদের|তাকে|তাঁর|তাঁদের|তাঁকে|যার|যারা|যাকে|কার|কাকে|এদের|ওদের|থেকে){NA}"),
    regex.V1)


# a stray সাধু form may have one other সাধু form within its ``stray_lines`` lines (a second stray
# a few paragraphs on: তিনি জানাইলেন … তাহার শিষ্যার), when it is its sentence's only one and the
# চলিত forms there are twice ``stray_min_chalit``; more make a সাধু passage (an unmarked quotation)
STRAY_MAX_OTHERS = 1

# what shows the prose around a sentence is চলিত (``stray_sentence``): CHALIT_RE's forms, and the
# futures and negated pasts of any verb (লাগবে, পারবেন, হয়নি, করেনি: সাধু লাগিবে, হয় নাই) and নেই
CHALIT_EVIDENCE_RE = regex.compile(
    CHALIT_RE.pattern + bnpat(rf"|{NB}\p{{Bengali}}{{2,}}(?<![িই])(?:বে|বেন){NA}|{NB}\p{{Bengali}}{{2,}}(?:েনি|য়নি){NA}|{NB}নেই{NA}"),
    regex.V1)


SADHU_PRONOUNS = frozenset(nukta_norm(w) for w in """
তাহা তাহার তাহাকে তাহারা তাহাদের তাহাতে তাঁহার তাঁহারা তাঁহাকে তাঁহাদের তাঁহাতে ইহা ইহার ইহাকে ইহারা ইহাদের
ইহাতে উহা উহার উহাকে যাহা যাহার যাহারা যাহাকে যাহাতে কাহার কাহাকে কেহ ইঁহার উঁহার সকলে হইতে
""".split())
# a sentence that quotes a document or a poem: the সাধু there is the source's (the words of a frame
# also open words that frame nothing: উল্লেখযোগ্য, ধারাবাহিক, বিধিনিষেধ)
FRAME_RE = regex.compile(
    r"বলা\s+(?:হয়|হয়)|লেখা\s+(?:আছে|রয়েছে|রয়েছে|হয়েছে|হয়েছে)|উল্লেখ(?!যোগ্য)|অনুচ্ছেদ|ধারা(?!বাহিক)|বিধি(?!নিষেধ)|আইনে|সংবিধান|"
    r"কবি|কবিতা|গানে(?!\p{Bengali})|লিখেছেন|লিখেছিলেন|বলেছেন|বলেছিলেন|বলেন|ভাষায়|ভাষায়|[—\"“”‘’'«»]"
    # (a colon, but not a clock time's, 9:30, nor one that ends the line before a list)
    r"|(?<![0-9০-৯]):(?![0-9০-৯]|[ \t]*(?:\n|$))")
# a label opening the sentence (প্রশ্ন:, উত্তর: in an interview) frames nothing
_LABEL_RE = regex.compile(r"\s*\p{Bengali}{1,12}:\s")
_LEADING_CLOSE_RE = regex.compile(r"\s*[”’»]+")


LOOSE_SADHU_RE = regex.compile(r"\p{Bengali}{2,}ি(?:য়া|য়া|লে|লেই|বে|বেন|ল|লেন|তেছে|তে)(?!\p{Bengali})")
# a word of that shape the lexicon knows well is a চলিত noun or a name (বাতিল, মিছিলে, বাড়িতে,
# সুনীল), not a সাধু verb, unless SADHU_RE lists it (হইল, করিতে)
LOOSE_SADHU_MAX_ZIPF = 3.5


def _loose_sadhu(sentence: str) -> int:
    """How many words of ``sentence`` look like সাধু verbs (``LOOSE_SADHU_RE``)."""
    return sum(1 for m in LOOSE_SADHU_RE.finditer(sentence)
               if zipf(nukta_norm(m.group())) < LOOSE_SADHU_MAX_ZIPF or SADHU_RE.fullmatch(m.group()))


_IYE = nukta_norm("িয়ে")

# চলিত words that look like সাধু verb forms
SADHU_LOOKALIKES = frozenset(nukta_norm(w) for w in "পাইল পাইলে খেলিল খাইবার মারিয়া ঝরিয়া".split())   # (and the names Maria, Jharia)


def _sadhu_candidate(tok: str) -> bool | None:
    # a listed form is a whole token; বের starts বের করিয়া
    if tok == "বের" or _SADHU_LISTED_RE.fullmatch(tok):
        return True
    m = CAUSATIVE_SADHU_RE.fullmatch(tok)
    return (m is not None and zipf(nukta_norm(m.group(1)) + _IYE) >= 2.5) or None


_SADHU_CANDIDATES = TokenDecisions(_sadhu_candidate)


def _sadhu_matches(ctx):
    """``SADHU_RE.finditer(ctx.text)``."""
    return _finditer_at(ctx, SADHU_RE, _SADHU_CANDIDATES)


_SPEECH_FRAMES = frozenset(("বলেছেন", "বলেছিলেন", "বলেন"))


def _frames(unquoted: str, start: int, at: int, lone: bool = False) -> bool:
    """Does ``FRAME_RE`` find a frame in the sentence ``unquoted`` from ``start``, for the সাধু
    form at ``at``? A quotation mark after the form cannot hold it (… উয়ামানি বলিয়াছেন, “আমরা …
    with the quotation never closed). For a ``lone`` সাধু verb, a speech verb frames nothing:
    reported speech is the reporter's চলিত (দুজনেই বলেছেন, … ফেলে রাখিবেন না), and a speaker quoted
    in সাধু without marks speaks more than one সাধু form."""
    return any((m.group() not in QUOTE_MARKS or m.start() < at) and not (lone and m.group() in _SPEECH_FRAMES)
               for m in FRAME_RE.finditer(unquoted, start))


def _minority(sad, cha, doc: str | None = None):
    """Hits on the intruding register of a clause with সাধু forms ``sad`` and চলিত forms ``cha``:
    the register the surrounding text is not written in (``doc``: "sadhu", "chalit" or None when
    it is not clearly in one), else the minority of the clause."""
    if doc == "chalit" or (doc is None and len(sad) <= len(cha)):
        for x in sad:
            yield Hit(x.start(), x.end(), args={"word": x.group(), "register": "সাধু", "other": "চলিত",
                                               "register_en": "sadhu", "other_en": "chalit"})
    else:
        for x in cha:
            yield Hit(x.start(), x.end(), args={"word": x.group(), "register": "চলিত", "other": "সাধু",
                                               "register_en": "chalit", "other_en": "sadhu"})


def _mixed_in_quotations(text, quotes, quoted_sad):
    """A quotation may be in সাধু (a poem, an old document), but a clause of one quotation with
    both registers is গুরুচণ্ডালী all the same ("খাবার গ্রহণ করিয়া … শরীর তার কাজ শুরু করে"):
    no quotation of the clean or noisy corpora has one."""
    import bisect

    by_span: dict[tuple[int, int], list] = {}
    for x in quoted_sad:
        k = bisect.bisect_right(quotes, (x.start(), float("inf"))) - 1
        by_span.setdefault(quotes[k], []).append(x)
    for (qs, qe), sad in by_span.items():
        for c in CLAUSE_RE.finditer(text, qs, qe):
            here = [x for x in sad if c.start() <= x.start() < c.end()]
            if here:
                cha = list(CHALIT_RE.finditer(text, c.start(), c.end()))
                if cha:
                    yield from _minority(here, cha)
                    continue
                # a clause with no form that tells the registers apart (ভিডিও করিয়া পোস্ট করেন:
                # করেন is both) takes its quotation's: one or two সাধু forms, as many চলিত ones
                if len(sad) <= 2:
                    cha = list(CHALIT_RE.finditer(text, qs, qe))
                    if len(cha) >= len(sad):
                        yield from _minority(here, cha)


def sadhu_chalit_mix(ctx, rule):
    text = ctx.text
    quotes = quoted_spans(ctx)
    # judged per clause: a clause after "বলা হয়েছে," may quote a সাধু document without quote marks
    import bisect

    all_sad, quoted_sad = [], []
    for x in _sadhu_matches(ctx):
        if nukta_norm(x.group()) not in SADHU_LOOKALIKES:
            (quoted_sad if in_spans(x.start(), quotes) else all_sad).append(x)
    if quoted_sad:
        yield from _mixed_in_quotations(text, quotes, quoted_sad)
    if not all_sad:
        return      # no সাধু form at all: nothing can be mixed (the common case)
    sad_pos = [x.start() for x in all_sad]
    clauses = [m.span() for m in CLAUSE_RE.finditer(text)]
    cha_cache: dict[int, list] = {}

    def chalit(k):
        """চলিত forms of clause k, computed only where needed (সাধু forms are rare)."""
        if k < 0 or k >= len(clauses):
            return []
        if k not in cha_cache:
            cs, ce = clauses[k]
            cha_cache[k] = [x for x in CHALIT_RE.finditer(text, cs, ce) if not in_spans(x.start(), quotes)]
        return cha_cache[k]

    def sadhu(k):
        if k < 0 or k >= len(clauses):
            return []
        cs, ce = clauses[k]
        return all_sad[bisect.bisect_left(sad_pos, cs):bisect.bisect_left(sad_pos, ce)]

    n_lines = int(rule.options.get("stray_lines", 0))
    min_cha = int(rule.options.get("stray_min_chalit", 6))
    bounds: list[int] = []       # sentence ends (after each ।?! or line break), built on first use
    decided: dict[int, bool] = {}
    built = False

    doc_chalit: list[bool] = []

    def chalit_document() -> bool:
        """Is the whole text চলিত with at most two সাধু forms (outside quotations)? Its চলিত forms,
        outside quotations, must be at least three times ``stray_min_chalit`` (counted once, and
        only until there are enough): then a সাধু form is a stray even where the prose around it
        has no form that tells the registers apart (আমরা রেকর্ড সংরক্ষণ করিয়া থাকি; এর পর মুছে ফেলা হয়)."""
        if not doc_chalit:
            n, need = 0, 3 * min_cha
            if len(all_sad) <= 2:
                for y in CHALIT_EVIDENCE_RE.finditer(text):   # counted until there are enough
                    if not in_spans(y.start(), quotes):
                        n += 1
                        if n >= need:
                            break
            doc_chalit.append(n >= need)
        return doc_chalit[0]

    def framed_before(pos: int) -> bool:
        """Does the sentence before the one holding ``pos`` frame it (a law's article, অনুচ্ছেদ।,
        then its text unquoted)? Asked only where the whole text's evidence decides."""
        m = SENT_DELIM_BACK_RE.search(text, 0, pos)
        end = m.start() if m else 0           # the end mark before the sentence
        while end and (text[end - 1].isspace() or text[end - 1] in "।?!"):
            end -= 1                         # (and any blank lines before it)
        if not end:
            return False
        m = SENT_DELIM_BACK_RE.search(text, 0, end)
        # (a quotation closed within its paragraph is spoken words, not a document: “… দরকার।”
        # গবেষকরা মনে করেন, … পিছাইয়া দিলে … হইবে। is a stray; its marks and text are blanked)
        start = m.end() if m else 0
        # (a label opening it, উত্তর: in a FAQ, frames nothing, as in ``stray_sentence``)
        label = _LABEL_RE.match(text, start, end)
        if label:
            start = label.end()
        return FRAME_RE.search(_blank_spans(text[start:end], start, quotes)) is not None

    def stray_sentence(pos: int) -> bool:
        """Is the sentence around ``pos`` a stray সাধু sentence in চলিত prose (see below)? Decided
        once per sentence; the surroundings are n_lines lines either side, at most 3,000
        characters, so that a long line of many sentences stays linear."""
        nonlocal built
        if not built:
            bounds.extend(m.end() for m in SENT_DELIM_RE.finditer(text))
            built = True
        k = bisect.bisect_right(bounds, pos)
        if k in decided:
            return decided[k]
        ss = bounds[k - 1] if k else 0
        se = bounds[k] if k < len(bounds) else len(text)
        sentence = text[ss:se]
        ok = False
        # (a short line is verse or a saying: আইতে যাইতে কত দিন; a sentence with three সাধু-looking
        # words is a সাধু passage, forms SADHU_RE does not list included: শুনিলেই, ছুটিয়া)
        # (the closing quote of the sentence before, “…।” তিনি, frames nothing either)
        label = _LABEL_RE.match(sentence) or _LEADING_CLOSE_RE.match(sentence)
        # (a quotation closed within its paragraph is spoken words, not a document the sentence
        # frames: তাহাদের একজন বলিলেন, «আমরা জল নষ্ট করি না।»; its marks and text are blanked)
        unquoted = _blank_spans(sentence, ss, quotes)
        n_sadhu = bisect.bisect_left(sad_pos, se) - bisect.bisect_left(sad_pos, ss)
        if len(sentence.split()) >= 8 and _loose_sadhu(sentence) < 3 \
                and not _frames(unquoted, label.end() if label else 0, pos - ss, n_sadhu == 1) \
                and n_sadhu <= 3:
            starts = ctx.lines.starts
            row = bisect.bisect_right(starts, ss) - 1
            ws = max(starts[max(0, row - n_lines)], ss - 3000)
            end_row = bisect.bisect_right(starts, se) - 1 + n_lines + 1
            we = min(starts[end_row] if end_row < len(starts) else len(text), se + 3000)
            around = sad_pos[bisect.bisect_left(sad_pos, ws):bisect.bisect_left(sad_pos, we)]
            others = sum(1 for y in around if not ss <= y < se)
            if not others or others <= STRAY_MAX_OTHERS and len(around) - others == 1:
                n_cha = sum(1 for y in CHALIT_EVIDENCE_RE.finditer(text, ws, we)
                            if not (ss <= y.start() < se) and not in_spans(y.start(), quotes))
                ok = n_cha >= min_cha * (1 + others) or (not others and chalit_document() and not framed_before(pos))
        decided[k] = ok
        return ok

    def register(pos: int) -> str | None:
        """The register of the text around ``pos`` (2,000 characters either side, quotations left
        out), when one outnumbers the other three to one: a mixed clause of a চলিত article is
        flagged at its সাধু forms even where they are the clause's majority (গাড়ি নিয়ে আসিলে আগে
        থেকে জানাইতে হইবে)."""
        ws, we = max(0, pos - 2000), min(len(text), pos + 2000)
        n_cha = sum(1 for y in CHALIT_EVIDENCE_RE.finditer(text, ws, we) if not in_spans(y.start(), quotes))
        n_sad = bisect.bisect_left(sad_pos, we) - bisect.bisect_left(sad_pos, ws)
        return "chalit" if n_cha >= max(5, 3 * n_sad) else "sadhu" if n_sad >= max(5, 3 * n_cha) else None

    for i in range(len(clauses)):
        sad = sadhu(i)
        if not sad:
            continue
        cha = chalit(i)
        if cha:
            # a mixed clause; the surrounding text's register decides which side intrudes when the
            # সাধু forms are a few of this clause's own (not a সাধু passage: four or more forms, or
            # সাধু forms in the clauses around, as in an unmarked quotation)
            alone = len(sad) <= 3 and not sadhu(i - 1) and not sadhu(i + 1)
            yield from _minority(sad, cha, register(clauses[i][0]) if alone else None)
            continue
        # a sentence wholly in সাধু between চলিত neighbours (not a quoted passage): a stray form
        if len(sad) == 1 and chalit(i - 1) and chalit(i + 1) and not sadhu(i - 1) and not sadhu(i + 1):
            x = sad[0]
            yield Hit(x.start(), x.end(), args={"word": x.group(), "register": "সাধু", "other": "চলিত",
                                               "register_en": "sadhu", "other_en": "chalit"})
            continue
        # one to three সাধু verbs in a sentence with no চলিত-only form (দুর্বল থাকিলে কোড আসিতে …
        # হইতে পারে), inside চলিত prose: at least
        # ``stray_min_chalit`` চলিত forms within ``stray_lines`` lines around and no other সাধু form
        # there (or one, and twice as many চলিত forms: ``STRAY_MAX_OTHERS``); not in a quoted
        # document (a reporting frame: বলা হয়েছে, লেখা আছে, অনুচ্ছেদ …), not a সাধু pronoun (তাহা,
        # ইহা: legal quotations)
        if not n_lines or len(sad) > 3:
            continue
        # (a সাধু pronoun only in a চলিত text with at most two সাধু forms, and not after a sentence
        # that frames a quoted document: তাহা সত্ত্বেও তিনি …)
        verbs = [x for x in sad if nukta_norm(x.group()) not in SADHU_PRONOUNS]
        if len(verbs) < len(sad) and chalit_document() and not framed_before(clauses[i][0]):
            verbs = sad
        if verbs and stray_sentence(clauses[i][0]):
            for x in verbs:
                yield Hit(x.start(), x.end(), args={"word": x.group(), "register": "সাধু", "other": "চলিত",
                                                   "register_en": "sadhu", "other_en": "chalit"})
