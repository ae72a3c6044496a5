"""Structure checks: repeated headings/paragraphs and scraped web-page boilerplate."""
from __future__ import annotations

import difflib
import re
from itertools import islice

import regex

from ..engine import Hit
from ..text import BN_WORD, WORD, Y_ALT
from .numerals import MONTH

_LINE_RE = regex.compile(r"[^\n]+")
_WS_RE = regex.compile(r"\s+")


def _norm(line: str) -> str:
    return _WS_RE.sub(" ", line.replace("\u09AF\u09BC", "\u09DF")).strip().casefold()


def _delete_line(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Edits deleting the line [s, e) with its line break, and one of two blank lines it separated."""
    if e < len(text) and text[e] == "\n":
        end = e + 1
        blank_before = s >= 2 and text[s - 1] == "\n" and (text[s - 2] == "\n" or text[s - 2:s] == "\r\n"
                                                          and s >= 3 and text[s - 3] == "\n")
        start = s
        if blank_before:
            if text.startswith("\r\n", end):
                end += 2
            elif text.startswith("\n", end):
                end += 1
            elif end == len(text):
                start = s - 1 - (text[s - 2] == "\r")
        return [(start, end, "")]
    # last line: take the line break before it
    start = s
    if start > 0 and text[start - 1] == "\n":
        start -= 1
        if start > 0 and text[start - 1] == "\r":
            start -= 1
    return [(start, e, "")]


def _lines(text: str):
    for m in _LINE_RE.finditer(text):
        line = m.group()
        if line.strip():
            yield m.start(), m.end(), line


def _doc_lines(ctx) -> list[tuple[int, int, str]]:
    """``_lines(ctx.text)``, listed once per document (D001 and D002 both walk them)."""
    return ctx.once("structure.lines", lambda: list(_lines(ctx.text)))


_ENDERS_RE = regex.compile(r"[।৷?!.](?=\s|$|[\"”’'])")


def repeated_block(ctx, rule):
    """D001: a heading or paragraph that appears again in the same article (exactly, or nearly
    for long paragraphs). The later copy is reported; deleting it is offered as an unsafe fix."""
    text = ctx.text
    min_words = int(rule.options.get("min_words", 4))
    window = int(rule.options.get("window_lines", 150))
    seen: dict[str, int] = {}
    seen_row: dict[str, int] = {}
    by_head: dict[str, list[str]] = {}
    for row, (s, e, line) in enumerate(_doc_lines(ctx)):
        # counted on the raw line, before _norm (most lines stop here): _norm keeps the number
        # of words and of sentence ends (its \s is a subset of str.split's whitespace, casefold
        # makes no space, quote or sentence mark; tests/test_mechanical.py checks this)
        n_words = len(line.split())
        if n_words < min_words:
            continue
        # a heading (no sentence end) or a paragraph of several sentences; one repeated sentence
        # is as often a refrain, a reply or a sign-off as a scraping artefact
        enders = len(_ENDERS_RE.findall(line.rstrip()))
        if enders and not (enders >= 2 and n_words >= 12):
            continue
        n = _norm(line)
        words = n.split()
        if n in seen and row - seen_row[n] > window:
            del seen[n]
        if n in seen:
            row = ctx.lines.location(seen[n])[0]
            yield Hit(s, e, edits=_delete_line(text, s, e), args={"row": row})
            continue
        seen[n] = s
        seen_row[n] = row
        if len(words) >= 8:
            head = " ".join(words[:4])
            cands = by_head.setdefault(head, [])
            for prev in cands[:5]:
                if difflib.SequenceMatcher(None, prev, n, autojunk=False).ratio() >= 0.8:
                    yield Hit(s, e, args={"row": ctx.lines.location(seen[prev])[0]}, message=None)
                    break
            cands.append(n)


# D003: one long sentence that appears again, word for word, in another paragraph of the same
# article, where at least one of the two paragraphs has other sentences too (a sentence pasted
# into a second paragraph by the page's template or the scraper). A one-sentence line repeated
# whole is a refrain, a reply or a joke's set-up as often as an artefact (and D001's, when it
# is a heading or paragraph).
# … a sentence ends at a danda, ৷, ? or !, and at a Latin full stop written for the danda between
# Bengali words (… সই করেছে. চুক্তি অনুযায়ী …), the machine's usual slip, after a word of three
# letters or more (not after ড., মো., লি.: abbreviations) or after the short verb-final না, নয়, হয়
# (… মানতে চায় না. নিম্নমানের …), each lookbehind of fixed width for the standard library's split
_DOT_AFTER = "|".join([r"(?<=[\u0980-\u09FF]{3}\.)"] + [
    rf"(?<=(?<![\u0980-\u09FF]){w}\.)" for w in ("না", "ন\u09df", "হ\u09df", "ন\u09af\u09bc", "হ\u09af\u09bc")])
_BN_DOT = rf"\.(?:{_DOT_AFTER})(?=\s+[\u0980-\u09FF])"
_SENTENCE_RE = regex.compile(rf"[^।৷?!\s](?:(?!{_BN_DOT})[^।৷?!])*(?:[।৷?!]+|{_BN_DOT}|$)")
_SENTENCE_END_RE = re.compile(r"(?<=[।৷?!])\s*")
_SENTENCE_END_DOT_RE = re.compile(rf"(?<=[।৷?!])\s*|(?<=\.)(?:{_DOT_AFTER})\s+(?=[\u0980-\u09FF])")   # (a line with a dot)
_SENTENCE_KEY_STRIP = "।৷?!.\"'“”‘’ "


def _sentence_key(sentence: str) -> str:
    """A sentence as D003 compares it: one space between words, no end marks or quotes around."""
    return " ".join(sentence.split()).strip(_SENTENCE_KEY_STRIP)


# a list item's number or bullet before its first sentence (৬. X। X।)
_LIST_MARK_RE = re.compile(r"(?:[0-9০-৯]{1,3}[.)]|[-–•*])")


# the marks after which a sentence's last clause begins (… জানিয়েছে, X; তিনি বলেন: X)
_CLAUSE_MARKS = ",:—"


def _said_again(a: str, b: str) -> bool:
    """Is the sentence ``b``, of three words or more, the sentence ``a`` before it again, or the
    clause ``a`` ends with after a comma, colon or dash, or after a list item's number?"""
    if b.count(" ") < 2:
        return False
    if a == b:
        return True
    if not a.endswith(b):
        return False
    before = a[:-len(b)].rstrip()
    return before.endswith(tuple(_CLAUSE_MARKS)) or _LIST_MARK_RE.fullmatch(before) is not None


# D004: a phrase of two to eight words written twice in a row across a comma (সমস্যা চলতে থাকলে,
# সমস্যা চলতে থাকলে আমাদের জানান): a segment translated or pasted twice. Not a contrast, where the
# copy goes on with a negation (কোনো দিন হয়, কোনো দিন হয় না; কেউ এল, কেউ এল না), and not one
# word (খুব, খুব), which is emphasis and T014's business. Found from the commas (a literal scan);
# the words either side are compared, so no pattern is tried at every character.
# Measured: no hit on the clean or noisy corpora.
_COMMA_RE = re.compile(r",[ \t]+")
_AFTER_WORD_RE = regex.compile(r"\s*(?P<w>[^\s।৷,;:!?]+)(?P<p>[।৷,;:!?]*)")
_CONTRAST_NEXT = frozenset(("না", "নি", "ন\u09af\u09bc", "ন\u09df", "নে"))   # নয় in both encodings
PHRASE_MAX_WORDS = 8


def repeated_phrase(ctx, rule):
    text = ctx.text
    for c in _COMMA_RE.finditer(text):
        first = WORD.match(text, c.end())
        w = first.group() if first else None
        if w is None or text.find(w, max(0, c.start() - 160), c.start()) < 0:
            continue   # the word after the comma is not among the words before it
        before = text[max(0, c.start() - 160):c.start()].split()
        # the phrase lengths whose first word is the word after the comma (2 to 8 words; the
        # window's first word may be cut)
        lengths = [n for n in range(2, min(PHRASE_MAX_WORDS, len(before) - (c.start() > 160)) + 1)
                   if before[-n] == w]
        if not lengths:
            continue
        after = list(islice(_AFTER_WORD_RE.finditer(text, c.end(), min(len(text), c.end() + 200)),
                            lengths[-1] + 1))
        for n in lengths:
            if n > len(after):
                break
            a = before[-n:]
            if a != [m.group("w") for m in after[:n]]:
                continue
            if not all(BN_WORD.match(x) for x in a) or any(m.group("p") for m in after[:n - 1]) \
                    or "\n" in text[c.end():after[n - 1].end("w")]:
                break   # punctuation or a line break inside the copy: leave it
            # no contrast follows (… হয় না)
            if not after[n - 1].group("p") and len(after) > n and after[n].group("w") in _CONTRAST_NEXT:
                break
            e = after[n - 1].end("w")
            yield Hit(c.end(), e, edits=[(c.start(), e, "")], args={"phrase": " ".join(a)})
            break


_TAIL_RE = regex.compile(rf"[{_CLAUSE_MARKS}]\s+([^{_CLAUSE_MARKS}]+)$")
_HEAD_END_RE = re.compile(rf"[{_CLAUSE_MARKS}]\s")   # (the standard library's scan: the first clause's end)


def repeated_sentence(ctx, rule):
    min_spaces = int(rule.options.get("min_words", 8)) - 1
    window = int(rule.options.get("window_lines", 150))
    seen: dict[str, tuple[int, int, str]] = {}   # sentence -> (row, sentences in its line, line)
    # the clause a sentence ends with after a comma, colon or dash (… জানিয়েছে, সারা দেশে প্রায় ৩০
    # লাখ মানুষ অংশ নিয়েছেন।), or the clause it opens with before one (বছরের তিনশো দিনেরও বেশি
    # সময় এখানকার আকাশ থাকে মেঘমুক্ত, আর সে কারণেই …), said again later as a sentence of its own
    clauses: dict[str, tuple[int, int, str]] = {}
    lines = _doc_lines(ctx)
    for row, (ls, le, line) in enumerate(lines):
        if line.count(" ") < min_spaces:   # fewer spaces than a sentence of min_words has
            continue
        stripped = line.strip()
        sents = [x for x in (_SENTENCE_END_DOT_RE if "." in stripped else _SENTENCE_END_RE).split(stripped) if x]
        # a sentence of three words or more said twice in a row in one paragraph (X। X।), or
        # after the reporting clause it ends (তিনি বলেন, X। X।): a segment translated twice (0 in
        # the clean and noisy corpora)
        if len(sents) > 1 and any(_said_again(a, b) for a, b in zip(sents, sents[1:])):
            ms = list(_SENTENCE_RE.finditer(line))
            for a, b in zip(ms, ms[1:]):
                if _said_again(_sentence_key(a.group()), _sentence_key(b.group())):
                    s, e = ls + b.start(), ls + b.end()
                    gap = ls + a.end()
                    yield Hit(s, e, edits=[(gap, e, "")], args={"row": ctx.lines.location(ls)[0]})
        for sent in sents:
            if sent.count(" ") < min_spaces:
                continue
            key = _sentence_key(sent)
            if key.count(" ") < min_spaces:
                continue
            prev = seen.get(key) or clauses.get(key)
            seen[key] = (row, len(sents), stripped)
            tail, head = _TAIL_RE.search(key), _HEAD_END_RE.search(key)
            for part in (tail.group(1) if tail else None, key[:head.start()] if head else None):
                if part is not None and part.count(" ") >= min_spaces:
                    clauses.setdefault(part, (row, len(sents), stripped))
            if prev is None or row - prev[0] > window or prev[0] == row or prev[2] == stripped:
                continue
            if len(sents) < 2 and prev[1] < 2:
                continue
            # the copy's span in the line as written (rare: only here are sentences matched one by one)
            m = next((m for m in _SENTENCE_RE.finditer(line) if _sentence_key(m.group()) == key), None)
            if m is None:
                continue
            s, e = ls + m.start(), ls + m.end()
            end = e
            while end < le and ctx.text[end] in " \t":
                end += 1
            yield Hit(s, e, edits=[(s, end, "")], args={"row": ctx.lines.location(lines[prev[0]][0])[0]})


_Y = Y_ALT  # য় precomposed or with nukta
# the buttons of a post's sharing row
_SHARE_BUTTONS = (rf"ফেসবুক|টুইটার|এক্স|হো{_Y}াটসঅ্যাপ|লিংকডইন|লিঙ্কডইন|ই-?মেই?ল|পিন্টারেস্ট|রেডিট|টেলিগ্রাম|মেসেঞ্জার"
                  rf"|ম্যাসেঞ্জার|টুইট|পিন(?:\s+করুন)?|প্রিন্ট(?:\s+করুন)?|(?:লিংক|লিঙ্ক)\s+কপি(?:\s+করুন)?|কপি\s+(?:লিংক|লিঙ্ক)"
                  r"|facebook|twitter|whatsapp|linkedin|e-?mail|pinterest|reddit|telegram|messenger|instagram|threads"
                  r"|x(?![\w.])|print|copy\s+link")   # (X, the renamed Twitter, as a whole word)
BOILERPLATE_LINES = [
    # a table-of-contents word standing alone
    rf"(?:সূচিপত্র|সুচিপত্র|সূচীপত্র|সুচীপত্র|বিষ{_Y}সূচি|বিষ{_Y}সূচী|সূচি|সূচী|table of contents|contents)",
    # comment forms
    # (with the form's prompt after a colon: মন্তব্য করুন: এই প্রতিবেদন সম্পর্কে আপনার মতামত জানান)
    r"(?:আপনার )?(?:মন্তব্য|কমেন্ট) (?:দিন|লিখুন|করুন|পোস্ট করুন|পাঠান|জমা দিন)(?:\s*:[^\n]{1,150})?|আপনার (?:মন্তব্য|কমেন্ট)",
    # the form's field labels, each on a line of its own (আপনার নাম, আপনার ই-মেইল *)
    rf"আপনার\s+(?:নাম|ই-?মেই?ল|ইমেই?ল|ও{_Y}েবসাইট)\s*\*?",
    r"একটি (?:উত্তর|জবাব) (?:দিন|রেখে যান|লিখুন)|(?:উত্তর|জবাব) রেখে যান",
    # (the share label may name what it shares: এই পোস্টটি শেয়ার করুন:)
    rf"(?:(?:(?:এই\s+)?(?:নিবন্ধ|লেখা|পোস্ট|খবর|রেসিপি|পাতা)টি\s+)?শে{_Y}ার করুন|আরও পড়ুন|আরো পড়ুন|(?:সম্পর্কিত|সংশ্লিষ্ট) (?:পোস্ট|খবর|সংবাদ|নিবন্ধ|লেখা)(?:সমূহ|গুলো)?|share this|related posts?)",
    # a newsletter e-mail's "view in browser" link (এই ই-মেইলটি ঠিকমতো দেখা যাচ্ছে না? ব্রাউজারে দেখুন)
    rf"(?:[^\n]{{0,80}}?(?:দেখা যাচ্ছে না|সমস্যা হচ্ছে|সমস্যা হলে)\s*[?।,]?\s*)?(?:ও{_Y}েব\s+)?ব্রাউজারে\s+(?:দেখুন|খুলুন|পড়ুন)|view (?:it )?in (?:your )?browser",
    # a "read more" / "related" link with its title (the title may run into the next paragraph)
    r"(?:আরও|আরো)\s+পড়ুন\s*[:：»–—-][^\n]*|(?:সম্পর্কিত|সংশ্লিষ্ট)\s+(?:খবর|সংবাদ|পোস্ট|নিবন্ধ)\s*[:：»–—-][^\n]{0,200}|read more\s*:[^\n]*",
    # a post's sharing buttons and tag list
    rf"(?:ফেসবুকে|টুইটারে|হো{_Y}াটসঅ্যাপে|লিংকডইনে|লিঙ্কডইনে)\s+শে{_Y}ার\s+করুন",
    rf"(?:(?:এই\s+)?(?:নিবন্ধ|লেখা|পোস্ট|খবর|রেসিপি|পাতা)টি\s+)?(?:শে{_Y}ার(?:\s+করুন)?|share(?:\s+(?:this|on))?)\s*:?\s*(?:(?:{_SHARE_BUTTONS})[\s,|•·/]*){{2,}}",
    # … or the buttons alone, three or more (Facebook Twitter WhatsApp লিংক কপি করুন), or two or
    # more with the label after them (ফেসবুক টুইটার ইমেইল শেয়ার করুন)
    rf"(?:(?:{_SHARE_BUTTONS})[\s,|•·/]*){{3,}}",
    rf"(?:(?:{_SHARE_BUTTONS})[\s,|•·/]*){{2,}}(?:শে{_Y}ার(?:\s+করুন)?|share)\s*[:.]?",
    r"(?:ট্যাগ|ট্যাগস|ট্যাগসমূহ|tags?)\s*:\s*[^\n।]{0,120}",
    # navigation: "click here", "back to top", previous/next post, "skip to content", breadcrumbs,
    # "search:", "follow us", "posted in: …", reading time, "you may also like", "about the author"
    r"(?:[^\n।]{0,40}\s)?এখানে\s+ক্লিক\s+করুন|click here",
    r"(?:উপরে|শীর্ষে)\s+ফিরে\s+(?:যান|চলুন)|শীর্ষে\s+যান|back to top|scroll to top",
    r"(?:পূর্ববর্তী|পরবর্তী|আগের|পরের)\s+(?:পোস্ট|নিবন্ধ|আর্টিকেল)(?:\s*[:»]\s*[^\n]{0,100})?|(?:previous|next) post",
    rf"(?:সামগ্রীতে|বিষ{_Y}বস্তুতে|কন্টেন্টে|মূল\s+বিষ{_Y}বস্তুতে)\s+(?:এড়ি{_Y}ে\s+)?যান|skip to (?:main )?content",
    r"(?:হোম|প্রচ্ছদ|প্রথম\s+পাতা|মূল\s+পাতা|home)\s*[»>›|/]\s*[^\n]{1,80}",
    r"(?:(?:এর\s+জন্য\s+)?(?:অনুসন্ধান|সার্চ)(?:\s+করুন)?|search(?: for)?)\s*:",
    r"আমাদের\s+(?:অনুসরণ|ফলো)\s+করুন(?:\s*:[^\n]{0,80})?|follow us(?:\s*:[^\n]{0,80})?",
    rf"(?:এতে|এর\s+অধীনে)\s+পোস্ট\s+করা\s+(?:হ{_Y}েছে|হ{_Y}েছিল)\s*:?[^\n।]{{0,60}}",
    rf"(?:পড়ার|পড়তে)\s+সম{_Y}(?:\s+লাগবে)?\s*:?\s*[০-৯0-9]+\s*মিনিট|[০-৯0-9]+\s*মিনিট(?:ে)?\s+(?:পড়া|পড়ুন|পড়ার\s+সম{_Y}|পাঠ)",
    r"(?:আপনি|আপনার)\s+(?:আরও\s+|আরো\s+)?(?:পছন্দ\s+করতে\s+পারেন|ভালো\s+লাগতে\s+পারে)|you may also like",
    r"লেখক\s+সম্পর্কে|about the author",
    # a news byline on a line of its own: staff reporter or desk, with the place (নিজস্ব প্রতিবেদক, রংপুর)
    # (a place after a comma; a dateline after a bar: স্বাস্থ্য ডেস্ক | প্রকাশিত: মার্চ ১৫, ২০২৪)
    # (or the author's name after লেখক: / প্রতিবেদক: / লিখেছেন, up to four words, with the place after a comma and the date after a bar; a
    # byline ends in no danda: লেখক: আমি মনে করি, … । is an interview's answer)
    r"(?![^\n]*[।?!]\s*$)(?:(?:লেখক|লিখেছেন|প্রতিবেদক|প্রতিবেদন)\s*:|লিখেছেন)\s*[^\s|।:,]+(?:\s+[^\s|।:,]+){0,3}(?:\s*,\s*[^\n,|।]{1,30})?(?:\s*\|\s*[^\n|।]{1,40}){0,2}",
    r"(?:(?:নিজস্ব|স্টাফ)\s+(?:প্রতিবেদক|সংবাদদাতা|রিপোর্টার)"
    rf"|(?:অনলাইন|আন্তর্জাতিক|বিনোদন|খেলা|ক্রীড়া|বার্তা|নিউজ|স্বাস্থ্য|অর্থনীতি|বাণিজ্য|প্রযুক্তি|শিক্ষা|জাতী{_Y}|রাজনীতি|লাইফস্টাইল|ফিচার)\s+ডেস্ক)"
    r"(?:\s*[,/]\s*[^\n,|।]{1,30})?(?:\s*\|\s*[^\n|।]{1,40})?",
    # an author's bio that ends in a link to the author's page (a bio alone is part of many articles)
    r"লেখক\s+(?:পরিচিতি|সম্পর্কে)\s*:[^\n]{0,300}?(?:পড়তে|দেখতে|জানতে)\s+(?:এখানে\s+)?ক্লিক\s+করুন[।.!]?",
    # "Was this article helpful?" under help-centre pages and posts
    # (the article, or the page's information: এই পাতার তথ্য কি …; with its yes/no buttons, their
    # labels often run together when scraped: হ্যাঁনা)
    rf"(?:এই\s+)?(?:(?:নিবন্ধ|লেখা|আর্টিকেল|পোস্ট|উত্তর|পৃষ্ঠা|পাতা|তথ্য)টি|(?:পাতা|পৃষ্ঠা|নিবন্ধ|লেখা)র\s+তথ্য)\s+কি\s+"
    rf"(?:আপনার\s+)?(?:সহা{_Y}ক|উপকারী|দরকারি|কাজে\s+লেগেছে)"
    r"(?:\s+(?:ছিল|হয়েছে|হয়েছে))?\s*\??(?:\s*(?:হ্যাঁ|yes)\s*(?:[|/•]\s*)?(?:না|no))?|was this (?:article|page|answer) helpful\??",
    # (or the buttons on a line of their own: হ্যাঁনা, হ্যাঁ | না; never prose, unlike হ্যাঁ না)
    r"(?:হ্যাঁ|yes)\s*(?:[|/•]\s*)?(?:না|no)(?<!হ্যাঁ\s+না|yes\s+no)",
    # an ad label, a "last updated" line (with a print button), a newsletter box opening with its name
    r"বিজ্ঞাপন|advertisement|স্পনসরড|sponsored",
    rf"(?:সর্বশেষ\s+|শেষ\s+)?(?:হালনাগাদ|আপডেট)(?:\s+করা\s+হ{_Y}েছে)?\s*:\s*[^\n।]{{1,40}}?(?:\s*[|•]\s*(?:প্রিন্ট|শে{_Y}ার)(?:\s+করুন)?)?",
    r"(?:নিউজলেটার|newsletter)\s*:[^\n]{0,200}|নিউজলেটার|newsletter",
    r"(?:সব|সকল|সমস্ত)\s+মন্তব্য\s+দেখুন",
    r"আপনার\s+(?:ই-?মেই?ল|ইমেই?ল)\s+(?:ঠিকানা\s+)?(?:লিখুন|দিন|প্রবেশ\s+করান)",
    # … with what it brings, and its button (নিউজলেটার পেতে আপনার ই-মেইল ঠিকানা দিন পাঠান)
    r"[^\n।]{1,80}?\s+পেতে\s+আপনার\s+(?:ই-?মেই?ল|ইমেই?ল)\s+(?:ঠিকানা\s+)?(?:লিখুন|দিন)"
    r"(?:\s*[|•]?\s*(?:পাঠান|সাবস্ক্রাইব(?:\s+করুন)?|জমা\s+দিন|সাইন\s+আপ(?:\s+করুন)?|যোগ\s+দিন))?",
    r"সাবস্ক্রাইব\s+করুন\s*!?|subscribe",
    # a cookie notice: "this website uses cookies …" ("we use cookies …": BOILERPLATE_HINTED_LINES)
    rf"(?:এই|আমাদের)\s+(?:ও{_Y}েবসাইট|সাইট)\p{{Bengali}}*\s+[^\n]{{0,80}}?কুকি[^\n]{{0,120}}|[^\n]{{0,40}}uses cookies[^\n]{{0,120}}",
    # a newsletter sign-up box
    # (with its promise after a comma or a dash: …, সর্বশেষ খবর পৌঁছে যাবে আপনার ইনবক্সে)
    r"(?:আমাদের\s+)?(?:নিউজলেটার|নিউজলেটারে|নিউজলেটারের)\s+(?:সদস্যতা\s+নিন|সাবস্ক্রাইব\s+করুন|সাইন\s+আপ\s+করুন|যোগ\s+দিন|যুক্ত\s+(?:হোন|হন))\s*!?(?:\s*[,।—–]\s*[^\n]{1,160})?",
    # the page footer: copyright and "all rights reserved"
    r"(?:কপিরাইট|copyright|©)[^\n]{0,80}?(?:(?:সমস্ত|সকল|সব)\s+(?:অধিকার|স্বত্ব)\s+সংরক্ষিত|সর্বস্বত্ব\s+সংরক্ষিত)"
    r"(?:\s*[।.]?\s*[|•][^\n]{0,120})?"
    # a footer line that opens with © or কপিরাইট: what follows the reservation is footer too
    r"|(?:কপিরাইট|copyright|©)[^\n]{0,80}?(?:সংরক্ষিত|reserved)[^\n]{0,160}"
    r"|সর্বস্বত্ব\s+সংরক্ষিত"
    # … or with © and a year (© ২০২৪ স্বাস্থ্য মন্ত্রণালয় | গোপনীয়তা নীতি | সাইট ম্যাপ)
    r"|(?:কপিরাইট\s*|copyright\s*)?©\s*[0-9০-৯]{4}(?:\s*[-–]\s*[0-9০-৯]{2,4})?(?:\s[^\n]{0,160})?",
]
_BOILER_LINE_RE = regex.compile(r"^\s*(?:" + "|".join(BOILERPLATE_LINES) + r")\s*[:।৷]?\s*$", regex.IGNORECASE)
# Lines matched only where a hint shows they could be (a scan of the whole text, not a pattern
# with a leading wildcard tried at every line start): "we use cookies" notices, rows of links
BOILERPLATE_HINTED_LINES = [
    # "we use cookies to improve your experience", with a word for the site or the browsing
    rf"(?=[^\n]{{0,300}}(?:ও{_Y}েবসাইট|সাইট|ব্রাউজ|অভিজ্ঞতা))[^\n]{{0,120}}কুকি(?:জ|স)?\s+ব্যবহার\s+কর[^\n]{{0,300}}",
    # … or with the banner's own buttons (আমরা কুকি ব্যবহার করি। সব গ্রহণ করুন › সেটিংস)
    r"[^\n]{0,120}কুকি(?:জ|স)?\s+ব্যবহার\s+কর\p{Bengali}*[।.]?[^\n]{0,40}?"
    r"(?:গ্রহণ\s+করুন|সম্মত|মেনে\s+নিন|ঠিক\s+আছে|accept)[^\n]{0,80}",
    # a row of navigation links: three or more short items (five words at most) between | or •
    # (a line of short sentences typed with | for the danda ends in | and is not matched)
    # (possessive: a line of prose fails at its first word run instead of backtracking)
    r"[^\s|•।?!]++(?:[ \t][^\s|•।?!]++){0,4}+(?:[ \t]+[|•][ \t]+[^\s|•।?!]++(?:[ \t][^\s|•।?!]++){0,4}+){2,}",
]
_BOILER_HINTED_LINE_RE = regex.compile(r"^\s*(?:" + "|".join(BOILERPLATE_HINTED_LINES) + r")\s*[:।৷]?\s*$",
                                       regex.IGNORECASE)
_BOILER_HINTED_HINT_RE = regex.compile(r"[|•]|কুকি")
_SHARE_SITES = rf"ফেসবুক|টুইটার|এক্স|হো{_Y}াটসঅ্যাপ|লিংকডইন|লিঙ্কডইন|ই-?মেই?ল|টেলিগ্রাম|মেসেঞ্জার|পিন্টারেস্ট"
_BOILER_IN_LINE_RE = regex.compile(
    r"(?:ই-?মেই?ল|ইমেই?ল|email) ঠিকানা (?:প্রকাশ(?:িত)? (?:করা )?হবে না|প্রকাশিত হবে না)"
    rf"|(?:প্র{_Y}োজনী{_Y}|আবশ্যক|বাধ্যতামূলক) (?:ক্ষেত্র|ঘর)\S* .{{0,40}}চিহ্নিত"
    r"|^\s*(?:বোনাস|bonus)\s*:"
    # a row of share buttons whose line runs on into the next paragraph (the element joined to it:
    # শেয়ার করুন: ফেসবুক টুইটার হোয়াটসঅ্যাপআন্দিজ …); only the label and the buttons are flagged
    # (or after a byline and date, the row's last item: প্রেস বিভাগ | ১৮ মার্চ | শেয়ার করুন: …)
    rf"|(?:^|(?<=[|•]))\s*(?P<share>শে{_Y}ার\s+করুন\s*:\s*(?:{_SHARE_SITES})(?:[\s,|•·/]+(?:{_SHARE_SITES}))+)"
    # an embedded social-media post: "— Name (@handle) month day, year"
    rf"|^\s*[—–]\s*[^\n]{{1,80}}\(@[\w\u0980-\u09FF.]+\)\s*(?:{MONTH}|[A-Z][a-z]+)\s+[0-9০-৯]",
    regex.IGNORECASE)
# a call to action: a short sentence asking to download, subscribe, sign up or request a demo
_CTA_RE = regex.compile(
    r"(?:^|(?<=[।!?৷]\s*))(?P<s>[^।!?৷\n]{0,60}?(?:(?:এখনই|আজই)\s+(?:[^\s।!?৷]+\s+){0,3}"
    r"(?:(?:ডাউনলোড|সাবস্ক্রাইব|সাইন আপ|নিবন্ধন|রেজিস্টার|অর্ডার)\s*করুন|কিনুন)"
    r"|ডেমো(?:র)? (?:জন্য )?অনুরোধ করুন)[।!৷]?)", regex.MULTILINE)
# (the standard library's re: for this alternation of literals it scans about twice as fast)
_CTA_WORDS_RE = re.compile(r"ডাউনলোড|সাবস্ক্রাইব|সাইন আপ|নিবন্ধন|রেজিস্টার|অর্ডার|কিনুন|ডেমো")
# a list of data-protection notices (GDPR) under a comment form
_GDPR_RE = regex.compile(r"(?:ডেটা|ডাটা|তথ্যের?)(?:র)? (?:জন্য দা{_Y}বদ্ধ|উদ্দেশ্য|স্টোরেজ|সংরক্ষণ)\s*:".format(_Y=_Y))
_NUMBERED_RE = regex.compile(r"^\s*(?:[0-9০-৯]{1,2}[.)।]|[-*•])\s+\S[^:\n]{0,40}:")


# Every match of _BOILER_IN_LINE_RE holds one of these (same flags): lines without one are
# skipped without trying the pattern (found in one scan of the text instead of one per line)
_BOILER_IN_LINE_HINT_RE = regex.compile(r"ঠিকানা|চিহ্নিত|বোনাস|bonus|\(@|ার করুন:|ার করুন :", regex.IGNORECASE)


def _rows_with(text: str, lines, pattern) -> set[int]:
    """Indices in ``lines`` of the lines holding a match of ``pattern`` (which never spans a
    line break)."""
    import bisect

    starts = [s for s, _, _ in lines]
    rows = set()
    for m in pattern.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= lines[k][1]:
            rows.add(k)
    return rows


_DIGIT_RE = regex.compile(r"[0-9০-৯]")


def _table_rows(text: str, lines, rows) -> set[int]:
    """The rows among ``rows`` that are a data table's, not a bar of links: two or more lines in
    a row (no blank line between) with the same number of | cells, one of them holding a digit
    (তারিখ | বার | সময় over ২০/০৬/২০২৪ | বৃহস্পতিবার | সকাল ৯টা)."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if k not in rows or lines[k][2].count("|") < 2:
            k += 1
            continue
        j, n = k, lines[k][2].count("|")
        while (j + 1 in rows and lines[j + 1][2].count("|") == n
               and text.count("\n", lines[j][1], lines[j + 1][0]) <= 1):
            j += 1
        if j > k and any(_DIGIT_RE.search(lines[i][2]) for i in range(k, j + 1)):
            out.update(range(k, j + 1))
        k = j + 1
    return out


# A "read more" / "related" block lists several links, one title a line: the lines right after
# its label (no blank line between) that read as titles, short and without a sentence's end mark,
# are the block's too (আরও পড়ুন: পাকো দে লুসিয়া … / সেপ্টেম্বরে শুরু হচ্ছে সেভিয়ার ফ্লামেঙ্কো
# বিয়েনাল). The label may have lost its separator where the first title was joined to it
# (আরও পড়ুনপাকো দে লুসিয়া …, W001's fused word).
_RELATED_LABEL_RE = regex.compile(
    r"^\s*(?:(?:আরও|আরো)\s+পড়ুন|(?:সম্পর্কিত|সংশ্লিষ্ট)\s+(?:খবর|সংবাদ|পোস্ট|নিবন্ধ|লেখা)(?:সমূহ|গুলো)?"
    r"|read more|related posts?)", regex.IGNORECASE)
_RELATED_FUSED_RE = regex.compile(r"^\s*(?:আরও|আরো)\s+পড়ুন(?![ইও](?![\p{Bengali}]))\p{Bengali}")   # (not the clitics: পড়ুনই)
_TITLE_END_RE = regex.compile(r"[।৷?!.:;,]\s*$")
RELATED_TITLE_MAX_WORDS = 15


def _related_end(text: str, lines, k: int, done: set) -> int:
    """The end of the related block whose label is on line ``k``: the end of its last link title
    (see above), or of line ``k``; the titles' rows are added to ``done``."""
    j = k + 1
    while j < len(lines) and j not in done and text.count("\n", lines[j - 1][1], lines[j][0]) == 1:
        line = lines[j][2]
        if not 1 <= len(line.split()) <= RELATED_TITLE_MAX_WORDS or _TITLE_END_RE.search(line) \
                or _BOILER_LINE_RE.match(line) or _BOILER_IN_LINE_RE.search(line):
            break   # (furniture of another kind: a footer, a newsletter box, reported on its own)
        done.add(j)
        j += 1
    return lines[j - 1][1]


def boilerplate(ctx, rule):
    """D002: scraped page furniture (comment forms, calls to action, tables of contents,
    share/related blocks, embedded post attributions)."""
    text = ctx.text
    lines = _doc_lines(ctx)
    in_line_rows = _rows_with(text, lines, _BOILER_IN_LINE_HINT_RE)
    cta_rows = _rows_with(text, lines, _CTA_WORDS_RE)
    hinted_rows = _rows_with(text, lines, _BOILER_HINTED_HINT_RE)
    done: set[int] = _table_rows(text, lines, hinted_rows)
    # GDPR notice blocks: a run of numbered "label: ..." lines with a data-protection label
    i = 0
    while i < len(lines):
        s, e, line = lines[i]
        if _NUMBERED_RE.match(line):
            j = i
            while j + 1 < len(lines) and _NUMBERED_RE.match(lines[j + 1][2]):
                j += 1
            if any(_GDPR_RE.search(lines[k][2]) for k in range(i, j + 1)):
                yield Hit(lines[i][0] + len(lines[i][2]) - len(lines[i][2].lstrip()), lines[j][1],
                          args={"what": "data-protection notice"})
                done.update(range(i, j + 1))
            i = j + 1
            continue
        i += 1
    for k, (s, e, line) in enumerate(lines):
        if k in done:
            continue
        if _BOILER_LINE_RE.match(line) or (k in hinted_rows and _BOILER_HINTED_LINE_RE.match(line)):
            if _RELATED_LABEL_RE.match(line):   # the block: its label and the titles after it
                e = _related_end(text, lines, k, done)
            yield Hit(s, e, edits=_delete_line(text, s, e), args={"what": line.strip()})
            continue
        if _RELATED_FUSED_RE.match(line):
            # a label run into its first title (আরও পড়ুনএসি কেনার আগে …), and any more titles after it
            end = _related_end(text, lines, k, done)
            yield Hit(s, end, edits=_delete_line(text, s, end), args={"what": line.strip()})
            continue
        m = _BOILER_IN_LINE_RE.search(line) if k in in_line_rows else None
        if m:
            # an embedded post: flag its "(@handle) date" attribution, not the author's name
            at = line.find("(@") if m.group().lstrip()[:1] in "—–" else -1
            if m.group("share"):
                yield Hit(s + m.start("share"), s + m.end("share"), args={"what": m.group("share")})
                continue
            yield Hit(s + at if at >= 0 else s, e, args={"what": line.strip()[:40]})
            continue
        if k not in cta_rows:  # no call-to-action word in the line
            continue
        for m in _CTA_RE.finditer(line):
            ss = m.start("s") + len(m.group("s")) - len(m.group("s").lstrip())
            if len(m.group("s").split()) <= 8:
                yield Hit(s + ss, s + m.end("s"), args={"what": m.group("s").strip()})
