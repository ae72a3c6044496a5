"""Transliteration artefacts (L codes): English written in Bengali letters where Bengali prose
needs either a translation or the original Latin form.

L001: the English article «the» as দ্য before an ordinary Bengali word (দ্য কোম্পানি ...). A title
or name (দ্য ডেইলি স্টার, দ্য হিন্দুর, দ্য পোস্ট অফিস) is left alone: দ্য is only reported when the
next word is a lexicon word (Zipf >= options.min_zipf, 3) that carries no case ending and the word
after it is Bengali prose: a function word, light verb or common native adjective or adverb
(``PROSE_WORDS``: নতুন, সম্প্রতি, নিজস্ব …), a number, or a frequent word with a Bengali inflection
(…ভাবে, …েছে, …ের, …কে). In the clean corpora every দ্য X is followed by another English word or a
genre noun (দ্য ক্রেসেন্ট মুন, দ্য গার্ডিয়ান পত্রিকার), never by one of these.
L002: a social-media handle or a web address written in Bengali letters (@নাথানলেবাচ,
উদাহরণ.কম): handles and URLs only work in their original Latin spelling.
L003 (preview): the English conjunction «and» transliterated (অ্যান্ড/এন্ড) between two
Bengali-script words, outside quotes; often a name, hence preview.
L008: the same «and» beside a Bengali word no English word is transliterated into (শিক্ষা অ্যান্ড
শিশুকল্যাণ): not a name; default.
L007: the Spanish conjunction «y» left as ই between two words (সয়াবিন ই ভুট্টা), see below.
"""
from __future__ import annotations

import regex

from ..engine import Hit
from ..lexicon import GRAPHEME_RE, WORD_BEFORE_RE, nfc, zipf
from ..pos import is_known_finite_verb  # morphology only (the tagger is loaded by pos.tag alone)

_BN = r"[\u0980-\u09FF\u200c\u200d]"
THE_RE = regex.compile(rf"(?<!{_BN}|[-‐])দ্য (?P<x>{_BN}+) (?P<y>{_BN}+)")
# Bengali inflections that mark the following word as Bengali prose, not part of an English title
PROSE_ENDINGS = regex.compile(
    r"(?:ভাবে|েছে|েছেন|েছিল|েছিলেন|ছেন|ছিল|ছে|বেন|বে|তেন|তে|লেন|লে|েন|ের|দের|কে|গুলো|গুলি|টি)$")
# Bengali function words and light verbs that cannot continue an English title
PROSE_WORDS = frozenset("""
ও এবং আর যে যা থেকে জন্য সঙ্গে সাথে করে করা করতে হয় হয়ে হবে ছিল আছে নয় না কি কী তার তাদের তাঁর এই সেই একটি
এক অনেক খুব আরও সব সবাই প্রায় কেবল শুধু ঘোষণা মনে দিয়ে নিয়ে দেয় নেয়
নতুন পুরোনো পুরনো বড় ছোট ভালো ভাল খারাপ সম্প্রতি এখন আজ গত আগামী ইতিমধ্যে ইতিমধ্যেই সবসময় সর্বদা
কখনো কখনও প্রতি প্রতিটি কোনো কোন নিজস্ব নিজের আমাদের আপনার আপনাদের তাদের বিভিন্ন কিছু অন্য অন্যান্য
মোট বর্তমানে দ্রুত সহজেই সহজে সাধারণত প্রতিবছর প্রতিদিন বলেছে বলেন জানিয়েছে জানায়
""".split())
# a number after the noun (দ্য কোম্পানি ২০২০ সালে): prose, not a title
_NUMBER = regex.compile(r"[০-৯0-9]+")
CASE_ENDINGS = regex.compile(r"(?:ের|র|রা|কে|দের|তে|য়|এ|ে)$")
HANDLE_RE = regex.compile(rf"(?<![\w@])@(?P<h>{_BN}[\u0980-\u09FF\u200c\u200d_.0-9]*)")
# a web address in Bengali letters: ডব্লিউডব্লিউডব্লিউ.উদাহরণ.কম, উদাহরণ.কম/ব্লগ (a domain of three
# letters or more before .কম/.অর্গ/.নেট; abbreviations such as লে.গভ. are not domains)
URL_RE = regex.compile(
    r"(?<![\w.])(?:(?:এইচটিটিপিএস?|এইচটিটিপি)://)?(?:(?:ডব্লিউ|ডাব্লিউ){3}\.)?"
    r"(?:[\u0980-\u09FF\u200c\u200d-]{3,}\.)+(?:কম|অর্গ|নেট)(?![\u0981-\u09E3\u09F0\u09F1])(?:/[^\s।,]*)?")
# an address that opens with www in letter names has any top-level domain (ডব্লিউডব্লিউডব্লিউ.এমেত.ইএস,
# a Spanish site's .es spelled as letter names); a hyphen after it is the case ending's (-এ)
WWW_URL_RE = regex.compile(
    r"(?<![\w.])(?:ডব্লিউ|ডাব্লিউ){3}\.(?:[\u0980-\u09FF\u200c\u200d]+\.)*[\u0980-\u09FF\u200c\u200d]+(?:/[^\s।,]*)?")
# a domain with a country or other top-level domain in letter names and a path after it
# (সিডিআলমেনারা.ইএস/টিকিট): without the path such a pair may be an abbreviation (লে.গভ.)
_LETTER_TLDS = "ইএস|বিডি|ইন|ইউকে|এমএক্স|এআর|সিও|কো|আইও|গভ|জিওভি|জিওবি|এডু|ইনফো|টিভি|ডিই|এফআর|ইইউ|অ্যাপ"
PATH_URL_RE = regex.compile(rf"(?<![\w.])(?:[\u0980-\u09FF\u200c\u200d-]{{3,}}\.)+(?:{_LETTER_TLDS})/[^\s।,]*")
_PATH_URL_HINT_RE = regex.compile(rf"\.(?:{_LETTER_TLDS})/")
# … or a government, academic or company second-level domain under a country (সেদেমা.সিডিএমএক্স.গব.এমএক্স,
# সাইট.গভ.বিডি): two such labels in a row end no abbreviation
_SECOND_LEVEL = "গভ|গব|জিওভি|জিওবি|এডু|এসি|কম|অর্গ|নেট|কো"
_COUNTRY_TLDS = "বিডি|ইন|ইউকে|ইএস|এমএক্স|এআর|সিও|পে|সিএল|ইউওয়াই|এইউ"
COUNTRY_URL_RE = regex.compile(
    rf"(?<![\w.@])(?:[\u0980-\u09FF\u200c\u200d-]{{3,}}\.)+(?:{_SECOND_LEVEL})\.(?:{_COUNTRY_TLDS})"
    r"(?![\u0980-\u09FF\u200c\u200d])(?:/[^\s।,]*)?")
_COUNTRY_URL_HINT_RE = regex.compile(rf"\.(?:{_SECOND_LEVEL})\.(?:{_COUNTRY_TLDS})")
# an e-mail address in Bengali letters: ইনফো@মুসেও.জিওবি.এমএক্স (any domain: the @ and the dots
# between Bengali letters are an address, whatever its top-level domain); matched from the @
EMAIL_DOMAIN_RE = regex.compile(rf"@{_BN}[\u0980-\u09FF\u200c\u200d-]*(?:\.[\u0980-\u09FF\u200c\u200d-]*{_BN})+")
EMAIL_LOCAL_RE = regex.compile(r"[\u0980-\u09FF\u200c\u200d._-]*[\u0980-\u09FF\u200c\u200d]", regex.REVERSE)
# the same read aloud: ডব্লিউডব্লিউডব্লিউ ডট সাইট ডট কম, এইচআর অ্যাট হাসপাতাল ডট কম, সাইট ডট কম স্ল্যাশ
# সাপোর্ট (a speech-style rendering of "www.site.com", "hr@site.com", "site.com/support"), with as many
# labels as the host has (ডব্লিউডব্লিউডব্লিউ ডট পোর্টাল ডট জিওভি ডট ইন, www.portal.gov.in)
SPOKEN_URL_RE = regex.compile(
    # after a spoken www or "name at", any domain (ডব্লিউডব্লিউডব্লিউ ডট মাচুপিচু ডট গব ডট পে)
    r"(?<![\u0980-\u09FF])(?:(?:(?:ডব্লিউ|ডাব্লিউ){3}\s+ডট|[\u0980-\u09FF]+\s+(?:অ্যাট|এট))\s+[\u0980-\u09FF]{2,}"
    r"(?:\s+ডট\s+[\u0980-\u09FF]{2,})+(?:\s+স্ল্যাশ\s+[\u0980-\u09FF]+)*(?![\u0981-\u09E3\u09F0\u09F1])|"
    # else, with no such opening, a host ending in a listed top-level domain
    rf"(?:[\u0980-\u09FF]{{2,}}\s+ডট\s+)+(?:কম|অর্গ|নেট|ইন্ট|এসি|{_LETTER_TLDS})"
    r"(?:\s+ডট\s+(?:বিডি|ইন|ইউকে|ইএস|এইউ|এমএক্স|এআর|সিও))?(?:\s+স্ল্যাশ\s+[\u0980-\u09FF]+)*(?![\u0981-\u09E3\u09F0\u09F1]))")
AND_RE = regex.compile(rf"(?<={_BN}) (?P<w>অ্যান্ড|অ্যান্ড|এন্ড) (?={_BN})")


def _inflected(word: str) -> bool:
    """Does ``word`` end in a case ending after a known stem (হিন্দু-র, রেডক্রস-এর)? A name
    inflected like a Bengali noun is used as a name, not as an English article's noun."""
    m = CASE_ENDINGS.search(word)
    return bool(m) and zipf(word[:m.start()]) >= 3.0


def english_article(ctx, rule):
    min_z = float(rule.options.get("min_zipf", 4.5))
    for m in THE_RE.finditer(ctx.text):
        x, y = nfc(m.group("x")), nfc(m.group("y"))
        if zipf(x) < min_z or _inflected(x):
            continue
        if not (y in PROSE_WORDS or _NUMBER.fullmatch(y) or (PROSE_ENDINGS.search(y) and zipf(y) >= 3.0)):
            continue
        s = m.start()
        yield Hit(s, s + len("দ্য "), "", args={"word": "দ্য", "next": m.group("x")})


def bengali_handle(ctx, rule):
    text = ctx.text
    if "@" in text:
        emails = []
        i = text.find("@")
        while i != -1:
            d = EMAIL_DOMAIN_RE.match(text, i)
            loc = EMAIL_LOCAL_RE.match(text, 0, i) if d else None
            if loc and not (loc.start() and (text[loc.start() - 1].isalnum() or text[loc.start() - 1] == ".")):
                emails.append((loc.start(), d.end()))
            i = text.find("@", i + 1)
        for s, e in emails:
            yield Hit(s, e, args={"handle": text[s:e]})
        for m in HANDLE_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in emails):
                yield Hit(m.start(), m.end(), args={"handle": m.group()})
    # web addresses in letters: each kind only where its cue occurs (one scan for the rare case),
    # an address not reported again by a later kind that starts inside it
    urls: list[tuple[int, int]] = []
    for cue, pattern in ((_COUNTRY_URL_HINT_RE.search(text) is not None, COUNTRY_URL_RE),
                         (".কম" in text or ".অর্গ" in text or ".নেট" in text, URL_RE),
                         ("উডব্লিউ." in text or "উডাব্লিউ." in text, WWW_URL_RE),
                         (_PATH_URL_HINT_RE.search(text) is not None, PATH_URL_RE)):
        if not cue:
            continue
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in urls):
                urls.append(m.span())
                yield Hit(m.start(), m.end(), args={"handle": m.group()})
    if " ডট " in text:
        for m in SPOKEN_URL_RE.finditer(text):
            yield Hit(m.start(), m.end(), args={"handle": m.group()})


def _inside_quotes(text: str, s: int) -> bool:
    """Is offset ``s`` inside a quotation opened earlier on its line?"""
    before = text[text.rfind("\n", 0, s) + 1:s]
    return bool(before.count("\"") % 2 or before.count("“") > before.count("”") or before.count("‘") > before.count("’"))


# L008 is the part of L003 that is no name: «and» beside a word English is never transliterated
# into. English words in Bengali letters use the letters of English sounds; the retroflex ণ and
# ষ, the vowel sign ৃ, the conjuncts ক্ষ and জ্ঞ, ৎ, ঃ, the diphthongs ঐ/ৈ and ঔ/ৌ, ড়/ঢ়, the
# aspirates ঘ ঝ ছ ধ ঢ and the dental ত (English t is written ট) belong to Bengali and Sanskrit
# words (শিক্ষা, ক্ষতি, ভ্রমণসূচি, কৃমিনাশক, বর্তমান), and so does the adverb ending -ভাবে. A
# transliterated name joins English words (স্কুল অ্যান্ড কলেজ, চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রি);
# a firm's name may join a Bengali surname to a firm word (চৌধুরী অ্যান্ড সন্স), which is skipped.
# A finite verb before «and» (বৈঠকে বসবেন অ্যান্ড দাবি …, ``pos.is_known_finite_verb``) ends no name.
_NATIVE_RE = regex.compile("[ণঋৃৎঃঐৈঔৌঘঝছধঢত]|ষ(?!\u09cd[টঠ])|ক্ষ|জ্ঞ|[ডঢ]\u09bc|\u09dc|\u09dd")
_FIRM_WORDS = frozenset(nfc(w) for w in """
কোং কো কোম্পানি কোম্পানির সন্স সন্সের ব্রাদার্স ব্রাদার্সের অ্যাসোসিয়েটস অ্যাসোসিয়েটসের পার্টনার্স
পার্টনার্সের লিমিটেড
""".split())
_AND_RIGHT_RE = regex.compile(rf"[ \t]+({_BN}+)")
# … and so does a negation, which closes a clause after its verb (খরচ লাগবে না অ্যান্ড …)
_NEGATIONS = frozenset(nfc(w) for w in ("না", "নি", "নেই", "ন\u09df"))   # (NFC writes য় as য + nukta)
ADVERB_STEM_MIN_ZIPF = 3.0


def _native(word: str) -> bool:
    """Is ``word`` a Bengali word that no English word is transliterated into? (ষ before ট/ঠ
    is the older spelling of English loans too: ষ্টেশন, মাষ্টার.)"""
    w = nfc(word)
    return bool(_NATIVE_RE.search(w)) or (w.endswith("ভাবে") and zipf(w[:-4]) >= ADVERB_STEM_MIN_ZIPF)


def english_and(ctx, rule):
    """L003 (``beside_bengali: false``) reports what L008 (``true``) does not."""
    want = bool(rule.options.get("beside_bengali", False))
    text = ctx.text
    if "ন্ড" not in text:
        return   # every spelling AND_RE knows holds it: one C scan instead of a regex one
    for m in AND_RE.finditer(text):
        s = m.start("w")
        if _inside_quotes(text, s):
            continue  # inside a quoted title
        lm = WORD_BEFORE_RE.search(text, max(0, s - 60), s)
        rm = _AND_RIGHT_RE.match(text, m.end("w"))
        left = lm.group(1) if lm else ""
        right = rm.group(1) if rm else ""
        beside = nfc(right) not in _FIRM_WORDS and (_native(left) or _native(right) or is_known_finite_verb(left)
                                                    or nfc(left) in _NEGATIONS)
        if beside == want:
            yield Hit(s, m.end("w"), "ও", args={"word": m.group("w")})


# L007: Spanish «y» (and) transliterated as a word of its own, ই, between two words (সয়াবিন ই
# ভুট্টা, বড় জাদুঘর ই ছোট). Bengali has no word ই: the emphatic -ই is written onto its word, and a
# ই standing alone in the clean corpora is an initial (র ই কামাল) or follows a dash (তা–ই, যে–ই).
# So: a ই with a space on each side, a Bengali word of two graphemes or more on each side (not an
# initial, not ই. of a name), outside quotes, and one of the two words a frequent word of the
# lexicon (Zipf >= 3): between two names it is the name's own «y» (কাস্তিয়া ই লেওন, a festival
# called সাবোরেস ই সোনিদোস), which a transliteration may keep.
Y_RE = regex.compile(r"(?<=[ \t])ই(?=[ \t])")
_WORD_BEFORE_RE = regex.compile(rf"(?<![^\s]){_BN}+[ \t]+$")
_WORD_AFTER_RE = regex.compile(rf"[ \t]+({_BN}+)(?![^\s,;:।?!])")
Y_MIN_ZIPF = 3.0


def spanish_y(ctx, rule):
    text = ctx.text
    for m in Y_RE.finditer(text):
        s = m.start()
        lm = _WORD_BEFORE_RE.search(text[max(0, s - 60):s])
        rm = _WORD_AFTER_RE.match(text, m.end())
        if lm is None or rm is None:
            continue   # an initial (উইলিয়াম ই. ট্রোটার), a dash (তা–ই), no word on one side
        left, right = lm.group().rstrip(), rm.group(1)
        if len(GRAPHEME_RE.findall(left)) < 2 or len(GRAPHEME_RE.findall(right)) < 2:
            continue
        if max(zipf(nfc(left)), zipf(nfc(right))) < Y_MIN_ZIPF:
            continue   # two names: the name's own «y»
        if _inside_quotes(text, s):
            continue  # inside a quoted title
        yield Hit(s, m.end(), "ও", args={"left": left, "right": right})
