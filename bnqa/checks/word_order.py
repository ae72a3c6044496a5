"""English (SVO) word order: Bengali is verb-final, so a finite main verb followed, inside the
same clause, by its object or adverbials is a strong sign of a word-for-word translation:

    সোশ্যাল মিডিয়া মার্কেটিং এসেছে পেশা হিসেবে এর নিজস্ব।   (has come into its own as a profession)
    আমরা কোথায় শিখতে যাই আমাদের সহকর্মীরা                  (where we go to learn: our peers)

A clause is the stretch between punctuation marks. The finite verb is found by bnlp's CRF
tagger (``bnqa.pos``; morphology when the tagger is unavailable) and checked against finite
endings. Not flagged, because Bengali allows it: questions; quotations and dialogue; a
reporting verb before what is said (বলেন, "…"); যে-complements and other subordinate or
coordinate clauses after the verb (…জানি যে …, … করেছে কারণ …); a second verb after the
first (two clauses run together: another rule's business); particles and negation after the
verb (যাব না, এসেছে তো); embedded questions after an imperative (জানুন কীভাবে …); short
fragments (headings of one or two words, poetry-like lines).

The narrower shapes are flagged by T018, in quotations too (they are not free word
order in any register; none occurs in the clean corpora):

* a postposition opening a clause, used as an English preposition: ``ভাল, মত কাজ কমিউনিটি
  ম্যানেজার …`` (jobs like community manager), ``হিসেবে একজন পেশাদার, …`` (as a professional);
* an existential verb with an infinitive after it: ``কতটা আছে সামাজিক সম্পর্কে জানতে`` (how much
  there is to learn about social), where Bengali says ``জানার আছে``;
* "help" with its infinitive complement after it: ``আপনার টিমকে সাহায্য করতে পারে সামাজিক উন্নতি
  করতে`` (can help your team grow social); the complement of সাহায্য করা comes before it;
* a purpose phrase after an existential verb, a verb of giving before its two objects, a
  clause-final নিজস্ব/নিজের after a verb (has come into its own), and a polite imperative before
  its object (``যোগ করুন ডিমগুলো``, add the eggs): see the functions below.

Preview rule (T016): measured on the clean corpora it stays noisy (see rules/translationese.yaml).
T019 (``verb_as_noun``, at the end) is the verbless shape: an English verb left as its bare noun.
"""
from __future__ import annotations

import heapq
import re

import regex

from .. import pos  # cheap: the tagger (bnlp) is loaded only by pos.tag
from ..engine import Hit
from ..lexicon import (BN_RUN_BACK_RE, GRAPHEME_RE, WORD_BEFORE_RE, TokenDecisions, both_encodings, doc_words, lexicon, matches_at,
                       nfc, nukta_norm as _norm)
from ..text import BN_WORD, QUOTE_MARKS as QUOTES, WORD
from .translationese import SUBJECT_PRONOUNS, bnpat, classified_stem, words_after

CLAUSE_END = set("।?!,;:—–-()[]\"“”'‘’«»…|") | {"॥", "৷", "."}
# after the verb, these start another clause or are particles: Bengali allows them
AFTER_OK = frozenset(_norm(_n) for _n in """
যে যা যিনি যারা যাকে যার যখন যেখানে যেখানেই যেমন যত যদি যদিও কারণ কেননা তাই তাহলে তবে কিন্তু এবং ও আর বা অথবা কিংবা
বলে বলেই যেন পাছে না নি নয় নাকি কি কী তো ই ও বটে মাত্র এমনকি শুধু আবার তখন তবুও তবু সেজন্য সুতরাং ফলে অর্থাৎ
কীভাবে কিভাবে কেন কোথায় কখন কোন কোনো কে কাকে কার কত কতটা কেমন বলেন বললেন জানান এমন
""".split())
# existential and copular verbs: Bengali puts the subject or predicate after them
# (মূলে রয়েছে একটি সত্য; তারা হলেন পেশাদার)
INVERTING = frozenset(_norm(_n) for _n in """
রয়েছে রয়েছেন আছে আছেন আছি ছিল ছিলেন ছিলাম নেই হলো হল হলেন হচ্ছে হচ্ছেন হয়েছে হয়েছেন হয় হন থাকে থাকেন
থাকছে থাকছেন থাকবে থাকবেন থাকল থাকলো
হবে হবেন হব হতো হত
জানি জানেন জানে ভাবি ভাবেন ভেবেছিলাম ভেবেছিলেন মনে করি করি ধারণা বিশ্বাস শুনেছি দেখেছি দেখলাম
""".split())
# a relative pronoun before the verb makes it a relative clause (যা করেছে সেটা ভুল); a
# correlative after it starts the main clause
RELATIVE = frozenset(_norm(_n) for _n in "যে যা যিনি যারা যাঁরা যাকে যার যেখানে যখন যেমন যত যতটা".split())
CORRELATIVE = frozenset(_norm(_n) for _n in "সে সেটা সেটি তা তাতে তিনি তারা সেখানে তখন তেমন তত সেই".split())
REPORTING = frozenset(_norm(_n) for _n in """
বলেন বললেন বলেছেন বলেছিলেন বলল বললো বলে বলেছে জানান জানালেন জানিয়েছেন লিখেছেন লেখেন বলুন জিজ্ঞেস প্রশ্ন
""".split())




# nominative pronouns: with one of these before the verb, what follows the verb cannot be the
# subject (Bengali news inverts subject and verb: চলবে এই উৎসব; that is not flagged)
AMBIGUOUS_VERBS = frozenset(_norm(_n) for _n in "করে বলে দেখে ধরে চলে হয়ে নিয়ে দিয়ে গিয়ে থেকে".split())
SENT_RE = regex.compile(r"[^।?!\n॥৷]+[।?!॥৷]*")
TOKEN_RE = regex.compile(r"[\p{Bengali}\u200c\u200d]+|[\p{L}\p{N}_@#/.:%-]+|[^\s\p{Bengali}\p{L}\p{N}]")


class _Tok:
    __slots__ = ("text", "idx", "i")

    def __init__(self, text, idx, i):
        self.text, self.idx, self.i = text, idx, i


def _clauses(words):
    """Split a sentence (list of tokens) into clauses at punctuation."""
    cur = []
    for t in words:
        if t.text in CLAUSE_END or all(ch in CLAUSE_END for ch in t.text):
            if cur:
                yield cur
            cur = []
            continue
        cur.append(t)
    if cur:
        yield cur


DANGLING_WORDS = frozenset(_norm(_n) for _n in "নিজস্ব নিজের হিসেবে হিসাবে জন্য সাথে সঙ্গে মতো মত দ্বারা".split())


def _dangling(tok, tag) -> bool:
    """A clause cannot end on a modifier or a postposition (… এসেছে পেশা হিসেবে এর নিজস্ব।):
    with such an ending, post-verbal material is broken English order even without a pronoun."""
    w = _norm(tok.text)
    return w in DANGLING_WORDS or tag in ("PP",)


def _candidate(clause, min_after) -> bool:
    """Could this clause hold a verb followed by enough words? (morphology only)"""
    for k in range(1, len(clause) - min_after):
        w = _norm(clause[k].text)
        if BN_WORD.match(w) and w not in AMBIGUOUS_VERBS and w not in INVERTING and w not in REPORTING \
                and pos.is_finite_verb(w):
            return True
    return False


# --------------------------------------------------------------------------------------
# A postposition opening a clause: an English preposition kept in front of its noun
# (like X, as X, by X, about X, against X). মত is also the noun "opinion" (মত প্রকাশ, মত দেন).
# (not সম্পর্কে: "সম্পর্কে সে আমার ভাই", related as, opens a clause in Bengali)
PREPOSITIONS = frozenset(_norm(_n) for _n in "মত মতো মতন হিসেবে হিসাবে দ্বারা বিরুদ্ধে ব্যতীত".split())
MOT_OPINION_NEXT = frozenset(_norm(_n) for _n in """
প্রকাশ বিনিময় দেওয়া দেয়া দিয়েছেন দিয়েছে দেন দিলেন দিন দিয়ে দেবেন দিচ্ছেন দেয় নেওয়া নিয়ে নেন জানান জানিয়েছেন
ও এবং আর বা পার্থক্য বিরোধ ভিন্নতা অনুযায়ী অনুসারে পথ দিয়েছিলেন নিয়েছেন
""".split())


def _preposition_first(clause, text, sent_start):
    first = _norm(clause[0].text)
    if first not in PREPOSITIONS or len(clause) < 2 or not BN_WORD.match(clause[1].text):
        return None
    before = text[sent_start:clause[0].idx].rstrip()
    if before and before[-1] not in ",;:—–":
        return None    # after a parenthesis or a quotation: (ইইউ) দ্বারা হোস্ট করা is Bengali order
    if first == _norm("মত") and _norm(clause[1].text) in MOT_OPINION_NEXT:
        return None
    if _verbish(_norm(clause[1].text)):
        return None
    return clause[0], clause[min(len(clause), 4) - 1]


def _verbish(w: str) -> bool:
    return pos.is_finite_verb(w) or w.endswith(("তে", "লে"))


# An infinitive (-তে) ending the clause after a finite verb that Bengali puts last: existential
# আছে/রয়েছে/নেই (there is … to learn) and সাহায্য/সহায়তা করা (help … to grow). Motion and
# modal verbs are not here: সে গেছে বাজার করতে, কেবল জয়ই পারে দলটাকে চাঙা করতে are Bengali.
EXISTENTIAL = frozenset(_norm(_n) for _n in "আছে আছেন আছি আছো আছিস রয়েছে রয়েছেন রয়েছি নেই".split())
HELP_NOUNS = frozenset(_norm(_n) for _n in "সাহায্য সহায়তা সহযোগিতা".split())
MODALS = frozenset(_norm(_n) for _n in "পারে পারেন পারবে পারবেন পারি পারব পারো".split())
POST_CORRELATIVE = frozenset(_norm(_n) for _n in "সে সেটা সেটি তা তাতে তাকে তার তাদের তাঁকে তাঁর তাঁদের তিনি তারা".split())


# "there are questions to be answered" as আছে … উত্তর দেওয়ার জন্য: a purpose phrase (verbal noun
# + জন্য) ending the clause after an existential verb, the -তে infinitive's other English shape
_PURPOSE_NOUN_RE = regex.compile(_norm(r"\p{Bengali}{2,}(?:ার|ানোর|ওয়ার|বার)$"))


def _existential_purpose(clause):
    """(verb token, last token) for আছে/রয়েছে/নেই … <verbal noun> জন্য ending the clause."""
    if len(clause) < 4 or _norm(clause[-1].text) != "জন্য" or not _PURPOSE_NOUN_RE.search(_norm(clause[-2].text)):
        return None
    for k, t in enumerate(clause[:-2]):
        if _norm(t.text) in EXISTENTIAL and k >= 1:
            between = clause[k + 1:-2]
            if not all(BN_WORD.match(a.text) for a in between) or len(between) > 3:
                return None
            if any(_norm(a.text) in AFTER_OK or _norm(a.text) in POST_CORRELATIVE for a in between):
                return None
            return t, clause[-1]
    return None


def _verb_then_infinitive(clause, tag_of):
    """(verb token, last token) when the clause ends on an infinitive placed after an existential
    verb or after সাহায্য/সহায়তা করা, else None."""
    if _norm(clause[-1].text) == "জন্য":
        return _existential_purpose(clause)
    last = clause[-1]
    # the tagger may confirm a causative (ঘুমাতে) but not veto: it tags some infinitives NC (বাড়তে)
    tag = tag_of.get(last.i)
    if len(clause) < 3:
        return None
    strict = pos.is_infinitive(last.text, tag if tag in ("VM", "VAUX") else None)
    # a causative (সরাতে) without the tagger could be a locative (ঢাকাতে); after "help" with the
    # helped one in -কে between (সাহায্য করে আপনার পাকস্থলীকে … সরাতে) it is the infinitive
    causative = not strict and pos.is_infinitive(last.text, "VM")
    if not (strict or causative):
        return None
    for k, t in enumerate(clause[:-2]):
        w = _norm(t.text)
        helped = any(_norm(a.text).endswith("কে") for a in clause[k + 1:-1])
        if causative and not (helped and k >= 1 and _norm(clause[k - 1].text) in HELP_NOUNS):
            continue
        if w in EXISTENTIAL:
            pass
        elif k >= 1 and _norm(clause[k - 1].text) in HELP_NOUNS and w.startswith("কর") and pos.is_finite_verb(w):
            pass
        elif k >= 1 and _norm(clause[k - 1].text) in HELP_NOUNS and w == "করে" and helped:
            pass   # সাহায্য করে আপনার পাকস্থলীকে … সরাতে: the helped one after করে makes it finite
        elif k >= 2 and w in MODALS and _norm(clause[k - 2].text) in HELP_NOUNS and _norm(clause[k - 1].text) == "করতে":
            pass
        else:
            continue
        between = clause[k + 1:-1]
        if not between or not all(BN_WORD.match(a.text) for a in between):
            return None
        if any(_norm(a.text) in AFTER_OK or _norm(a.text) in POST_CORRELATIVE
               or tag_of.get(a.i) in ("VM", "VAUX") for a in between):
            return None
        return t, last
    return None


# "its own" left at the clause end after the verb (… এসেছে পেশা হিসেবে এর নিজস্ব।: has come into
# its own as a profession). Clause-final নিজস্ব/নিজের never occurs in the clean or noisy corpora;
# Bengali ends a clause on it only as a predicate (বাড়িটা ছিল তার নিজের), hence not after a
# copula or existential verb.
OWN = frozenset(_norm(_n) for _n in "নিজস্ব নিজের".split())


def _own_at_end(clause):
    """(verb token, last token) for a finite verb followed by words and a clause-final নিজস্ব."""
    if len(clause) < 3 or _norm(clause[-1].text) not in OWN:
        return None
    for k, t in enumerate(clause[:-2]):
        w = _norm(t.text)
        if k >= 1 and BN_WORD.match(w) and w not in AMBIGUOUS_VERBS and w not in INVERTING \
                and w not in REPORTING and pos.is_finite_verb(w):
            between = clause[k + 1:-1]
            if all(BN_WORD.match(a.text) and _norm(a.text) not in AFTER_OK for a in between):
                return t, clause[-1]
            return None
    return None


def _tags(words) -> dict[int, str]:
    """Token index -> POS tag for the words of one sentence."""
    return {t.i: tg for t, tg in zip(words, pos.tag(t.text for t in words))}


# every narrow shape holds one of these words: in narrow mode, sentences without one are skipped
# before they are tokenised. The words are found among the document's word tokens (in C:
# lexicon.DocWords.occurrences), then the context each shape needs is matched at the word.
def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_PREP_FORMS = both_encodings(PREPOSITIONS)
_TAIL_FORMS = both_encodings(EXISTENTIAL | HELP_NOUNS)
# after আছে/নেই/সাহায্য: a clause ending on a -তে word or a purpose phrase, looked for within 150
# characters (an unbounded lazy scan would make a long line without punctuation quadratic)
# a clause end right after a word: punctuation, a bracket, a quote or the line end
# the characters that end a clause (as in CLAUSE_END), as a regex class body; "." is added where
# it is needed
_CLAUSE_END_CLASS = r"।?!\n,;:—–\-()\[\]\"“”'‘’«»…|॥৷"
_CLAUSE_END_AFTER = rf"[ \t]*(?:[{_CLAUSE_END_CLASS}.]|$)"
_CLAUSE_END_AFTER_RE = regex.compile(_CLAUSE_END_AFTER, regex.M)
_TAIL_RE = regex.compile(bnpat(
    r"[^।?!\n,;:—–]{0,150}?\p{Bengali}(?:তে|(?:ার|ানোর|ওয়ার|বার)[ \t]+জন্য)") + f"(?={_CLAUSE_END_AFTER})", regex.M)
_PREP_BEFORE = set("।?!,;:—–\n")
_HINT_FORMS = _PREP_FORMS | _TAIL_FORMS | OWN   # (নিজস্ব, নিজের: no nukta letter)


def _narrow_hints(ctx) -> list[int]:
    """Offsets of the words a narrow shape needs: a postposition opening a clause (at a line start
    or after ।?!,;:—–), an existential verb or help noun with a clause-final -তে word or purpose
    phrase after it, a clause-final নিজস্ব/নিজের."""
    text = ctx.text
    out = []
    for s, e, w in doc_words(ctx).occurrences(_HINT_FORMS):
        if w in _PREP_FORMS:
            i = s
            while i > 0 and text[i - 1] in " \t":
                i -= 1
            if i == 0 or text[i - 1] in _PREP_BEFORE:
                out.append(s)
                continue
        if (w in _TAIL_FORMS and _TAIL_RE.match(text, e)) or (w in OWN and _CLAUSE_END_AFTER_RE.match(text, e)):
            out.append(s)
    return out


# English double-object order: a verb of giving or showing, then the recipient (-কে or a plural
# pronoun), then an indefinite thing, and the clause ends (দেয় আপনাকে একটি নিখুঁত কাপ কফি।):
# Bengali puts both objects before the verb (আপনাকে একটি নিখুঁত কাপ কফি দেয়)
_GIVE_VERBS = ("দেয়|দেন|দিয়েছে|দিয়েছেন|দেবে|দেবেন|দিচ্ছে|দিচ্ছেন|দেখায়|দেখাবে|পাঠায়|জানায়|"
               "অফার করে|প্রদান করে|এনে দেয়")
DOUBLE_OBJECT_RE = regex.compile(bnpat(
    rf"(?<![\p{{Bengali}}])(?P<verb>{_GIVE_VERBS})[ \t]+(?P<after>(?:\p{{Bengali}}+কে|আমাদের|তাদের|আপনাদের|তোমাদের)"
    r"[ \t]+(?:একটি|একটা|এক|কিছু|অনেক)[ \t]+[^,।?!\n;:\"“”]{1,50}?)(?=[ \t]*[।?!])"))


# the verbs' first words: the pattern is tried only where one of them occurs (lexicon.matches_at)
_GIVE_FIRST = both_encodings({_norm(v.split()[0]) for v in _GIVE_VERBS.split("|")})


def _object_hit(start: int, end: int, verb: str, after: str, msg: str | None) -> Hit:
    """T018's hit for a verb and the words after it, with the rule's object message if given."""
    a = {"verb": verb, "after": after}
    return Hit(start, end, args=a, message=msg.format(**a) if msg else None)


def _double_object(ctx, msg: str | None):
    text = ctx.text
    for m in matches_at(text, DOUBLE_OBJECT_RE, [s for s, _e, _w in doc_words(ctx).occurrences(_GIVE_FIRST)]):
        yield _object_hit(m.start(), m.end(), m.group("verb"), m.group("after"), msg)


# A polite imperative followed by its object (যোগ করুন ডিমগুলো একবারে একটি করে; পান করুন এক গ্লাস
# জল; নির্বাচন করুন সদস্যের নাম): written Bengali ends the clause on the imperative (ডিমগুলো যোগ
# করুন), English puts the object after it. The clean and noisy corpora hold 573 such imperatives
# (-ুন of a verb whose -তে infinitive is a frequent word, or নিন), 86 of them with words after
# them in the clause: questions and embedded questions (বলুন কি ঘটেছিলো), vocatives (থাকুন
# পাঠক), cross-references (দেখুন রবীন্দ্রনাথ ঠাকুর), coordinated clauses (করুন এবং …),
# adverbial phrases (যোগ করুন রাশিয়ার প্রতি …) and the presentative এই নিন আপনার চাবি (here is
# your key). So the words after the imperative must open an object: a numeral or indefinite
# (এক, একটি), a possessive or demonstrative (আপনার, এই), a classifier or plural (ডিমগুলো), or a
# genitive before a noun, not before a postposition (সদস্যের নাম, not রাশিয়ার প্রতি); and they must
# run to the clause end (twelve words at most; digits or Latin only after three words: চার্জ
# করুন আপনার গাড়ি রাত 11 PM থেকে …) with no verb, conjunction, question word or negation among them.
# Measured: none of the 573 is reported; the probe's three how-to, recipe and manual sentences are.
PRESENTATIVE = frozenset(_norm(_n) for _n in "এই এ ও ওই নিন ধরুন নাও ধরো".split())
_OBJ_OPENERS = frozenset(_norm(_n) for _n in """
এক একটি একটা দুটি দুটো তিনটি কয়েকটি দুই তিন চার পাঁচ আপনার আপনাদের তোমার তোমাদের তার তাঁর তাদের
তাঁদের আমাদের আমার এই সেই ওই এসব সব সমস্ত প্রতিটি প্রচুর যেকোনো পর্যাপ্ত কিছু""".split())
_OBJ_CLASSIFIERS = tuple(_norm(_n) for _n in "টি টা টিকে টাকে গুলো গুলি গুলোকে গুলিকে".split())
_POSTPOSITIONS = frozenset(_norm(_n) for _n in """
প্রতি জন্য সঙ্গে সাথে মধ্যে কাছে উপর ওপর বিরুদ্ধে পক্ষে দিকে পরে আগে মতো মত হয়ে থেকে দ্বারা বিষয়ে সম্পর্কে
ক্ষেত্রে ব্যাপারে অংশ পাশাপাশি মাধ্যমে কারণে""".split())
_IMP_TAIL_STOP = AFTER_OK | {_norm("যাতে")}   # (অথবা, না, নি are in AFTER_OK)
# a coordinator before a second imperative clause ends the object (ভিজিট করুন আমাদের ওয়েবসাইট অথবা …
# যোগাযোগ করুন; আশ্রয় নিন একটি মজবুত টেবিলের নিচে এবং … ঢেকে রাখুন); not one inside the object
# (শুনুন তাঁদের ছেলে বা মেয়েটি কীভাবে … চিৎকার করছে); one with no verb after it joins two nouns
# of the object (রাখুন এই ওষুধ শিশুদের নাগালের ও দৃষ্টির বাইরে); with nothing before it a new clause
# follows (কল করুন এবং …)
_IMP_CONJ_WORDS = frozenset(_norm(_n) for _n in "এবং অথবা কিংবা বা ও আর".split())
_IMP_CONJ_RE = regex.compile(r"(?<![\p{Bengali}])(?:" + "|".join(_IMP_CONJ_WORDS) + r")(?![\p{Bengali}])")
# দিন closes an imperative clause too (… বাকিদের বুঝিয়ে দিন), though it is also "day" (নিন is
# ``_imperative``'s)
_DIN = _norm("দিন")
# two literal scans (the standard library's re finds a literal prefix fast; an alternation of the
# two is six times slower)
_IMP_RES = (re.compile("ুন[ \t]+"), re.compile("নিন[ \t]+"))
_BN_CHAR_RE = regex.compile(r"[\p{Bengali}\u200c\u200d]")
_NON_BN_RE = regex.compile(r"(?<!\S)[^\s\p{Bengali}]")
_SENT_END_RE = regex.compile(r"[।?!\n॥৷]")
# (a hyphen inside a word, ই-মেইল, কো-ফাউন্ডার, ends no clause; a full stop before a digit is a
# decimal point)
_IMP_CLAUSE_END_RE = regex.compile(
    rf"[{_CLAUSE_END_CLASS.replace(chr(92) + '-', '')}]|\.(?!\d)|(?<![\p{{L}}\p{{M}}\p{{N}}])-|-(?![\p{{L}}\p{{M}}\p{{N}}])")


def _clause_end(text: str, at: int) -> int:
    """Where the clause that goes on at ``at`` ends (its punctuation, else the text's end)."""
    stop = _IMP_CLAUSE_END_RE.search(text, at)
    return stop.start() if stop else len(text)


def _question_at(text: str, end: int) -> bool:
    """Does the sentence that goes on at ``end`` (a clause end) close with a question mark?"""
    sent_end = _SENT_END_RE.search(text, end)
    return sent_end is not None and sent_end.group() == "?"


_imperative = pos.is_polite_imperative   # (nukta-normalised words)


def _frequent_stem_with_classifier(word: str) -> bool:
    """Does ``word`` (nukta-normalised) end with a classifier or plural (ফোনটি, কাজগুলো) after a
    frequent stem of two graphemes or more (not কোটি)? (T012's ``classified_stem``, plurals too)"""
    return classified_stem(word, _OBJ_CLASSIFIERS) is not None


def _stops_noun_phrase(w: str, stops) -> bool:
    """Is ``w`` (nukta-normalised), after a verb, no part of a noun phrase: one of ``stops``
    (conjunctions, particles, relatives), an imperative, an infinitive or a finite verb?"""
    return (w in stops or _imperative(w) or pos.is_infinitive(w)
            or (pos.is_finite_verb(w) and w not in AMBIGUOUS_VERBS))


def _opens_object(words: list[str]) -> bool:
    """Do ``words`` open with an object noun phrase (see above)?"""
    w = words[0]
    if w in _OBJ_OPENERS:
        return True
    if w.endswith(_OBJ_CLASSIFIERS):
        return _frequent_stem_with_classifier(w)
    lex = lexicon()
    if len(words) > 1 and words[1] not in _POSTPOSITIONS:
        stem = w[:-2] if w.endswith("ের") else w[:-1] if w.endswith("র") else None
        return stem is not None and len(GRAPHEME_RE.findall(stem)) >= 2 and lex.get(nfc(stem), 0) >= 3.5
    return False


# A negated polite request followed by "it" at the clause end, in English order (খাবেন না এটি।
# = do not eat it; ব্যবহার করবেন না এগুলো।): Bengali puts the object first (এটি খাবেন না). After a
# negated past or present the clean news postposes a genitive (অভিজ্ঞতা ছিল না তাদের), never a
# demonstrative after a polite -বেন না.
_NEG_REQUEST_OBJECT_RE = regex.compile(bnpat(
    r"বেন[ \t]+না[ \t]+(?P<o>এটি|এটা|এগুলো|এগুলি|সেটি|সেটা|সেগুলো|ওটা|ওটি)(?![\p{Bengali}])(?=[ \t]*[।!,;])"))
# (found from its literal বেন না; the verb is read back from there)


def _negated_request_object(text: str, msg: str | None):
    if "বেন" not in text:
        return
    for m in _NEG_REQUEST_OBJECT_RE.finditer(text):
        vs = BN_RUN_BACK_RE.match(text, 0, m.start()).start()
        verb = text[vs:m.start() + 3]
        if vs < m.start() and pos.is_known_finite_verb(verb):
            yield _object_hit(vs, m.end(), text[vs:m.start("o")].rstrip(), m.group("o"), msg)


def _imperative_object(text: str, msg: str | None):
    for m in heapq.merge(*(r.finditer(text) for r in _IMP_RES), key=lambda m: m.start()):
        if not _BN_CHAR_RE.match(text, m.end()):
            continue
        vs = BN_RUN_BACK_RE.match(text, 0, m.start()).start()
        verb = text[vs:m.start() + len(m.group().rstrip(" \t"))]
        if not _imperative(_norm(verb)):
            continue
        before = WORD.findall(text, max(0, vs - 30), vs)
        if before and _norm(before[-1]) in PRESENTATIVE:
            continue   # এই নিন আপনার চাবি: here is your key
        end = _clause_end(text, m.end())
        tail_text = text[m.end():end].rstrip()
        joined = frozenset()   # coordinators inside the object
        conj = _IMP_CONJ_RE.search(tail_text)
        if conj is not None:
            rest = [_norm(w) for w in WORD.findall(tail_text, conj.end())]
            if rest and (rest[-1] == _DIN or any(_imperative(w) for w in rest)):
                tail_text = tail_text[:conj.start()].rstrip()   # the next imperative clause opens
            elif rest and not any(w in _IMP_TAIL_STOP or pos.is_infinitive(w) or pos.is_finite_verb(w)
                                  for w in rest):
                joined = _IMP_CONJ_WORDS   # two nouns of one object (শিশুদের নাগালের ও দৃষ্টির বাইরে)
        tail = WORD.findall(tail_text)
        if not tail or len(tail) > 12:
            continue   # nothing after it, or a long stretch
        # other material (Latin, digits, symbols: রাত 11 PM থেকে) only after three words of the object
        other = _NON_BN_RE.search(tail_text)
        head = tail_text[:other.start()] if other is not None else tail_text
        head_words = WORD.findall(head)
        if len(" ".join(head_words)) != len(" ".join(head.split())) or (other is not None and len(head_words) < 3):
            continue
        words = [_norm(t) for t in tail]
        # (the object opens with a determiner, or holds a noun with a classifier among its first four
        # words: পূরণ করুন অনলাইন আবেদন ফরমটি সতর্কতার সঙ্গে)
        if not (_opens_object(words) or any(w.endswith(_OBJ_CLASSIFIERS) and _frequent_stem_with_classifier(w)
                                            for w in words[:4])) \
                or any(w not in joined and _stops_noun_phrase(w, _IMP_TAIL_STOP) for w in words):
            continue
        if _question_at(text, end):
            continue   # a question (the clause may end on its ?)
        yield _object_hit(vs, m.end() + len(tail_text), verb, tail_text, msg)


# A finite verb followed by its object and more words up to the clause end: English order (আপনি
# পাবেন একটি নিশ্চিতকরণ ইমেইল আপনার ঠিকানায়; আমরা পরীক্ষা করেছি ফোনটি বিভিন্ন আলোতে; সরকার
# ঘোষণা করেছে একটি নতুন চুক্তি বড় চেইনগুলোর সঙ্গে). Bengali news also puts an indefinite noun after
# the verb, as its subject (ছিনতাই করছে একটি চক্র; হত্যা করেছেন এক যুবক) or for emphasis (প্রকাশ
# করেছিলেন একটি বিনোদন পত্রিকা): the clean corpora hold about fifty. So one of two signs that the
# noun is the object and the clause goes on in English order must hold:
# - a personal pronoun before the verb, its subject (not এটি/সেটা, often the object: সেটা দিয়ে দেবেন
#   একজন ঠিকাদারকে; not সে, also "that": সে ব্যাপারেও নিশ্চয়তা চেয়েছে অপারেটরগুলো), and after the
#   verb either a noun with a classifier (ফোনটি, কাজগুলো) and one word or more, or an indefinite
#   and two words or more, the clause not ending on a locative (আমরা রওনা দিলাম একটা ঝা চকচকে
#   মাইক্রোবাসে; আপনারা শুনবেন একটা কথা is Bengali emphasis);
# - an indefinite, and a postposition later in the clause that governs another noun phrase: two
#   words or more that are not genitives between the indefinite and the genitive before the
#   postposition (একটি সমঝোতা স্মারক কৃষক উন্নয়ন ব্যাংকের সঙ্গে; not একটি কার্গো জাহাজের সঙ্গে
#   or এক ইতিহাসবিদের কাছ থেকে, where the postposition governs the indefinite noun itself).
# Imperatives are ``_imperative_object``'s; খুব একটা (not much) is not a determiner.
_INDEFINITES = frozenset(_norm(_n) for _n in "একটি একটা এক আরেকটি আরেকটা কয়েকটি কয়েকটা দুটি দুটো তিনটি চারটি দুই তিন চার পাঁচ যেকোনো".split())
_PERSONAL = SUBJECT_PRONOUNS - frozenset(_norm(_n) for _n in "সে এটি এটা ইহা এগুলো এগুলি এরা সেটি সেটা".split())
# a noun that a postposition takes before it (ইতিহাসবিদের কাছ থেকে)
_POSTPOSITION_NOUNS = frozenset(_norm(_n) for _n in "কাছ দিক পাশ ভেতর ভিতর".split())
_LOCATIVE_ENDS = (_norm("তে"), _norm("য়"), "\u09c7")
_CLAUSE_START_RE = regex.compile(_IMP_CLAUSE_END_RE.pattern, regex.REVERSE)
_CLAUSE_WINDOW = 300


# the document's nouns with a classifier (not একটি, an indefinite), decided once per distinct token
# of a run
_CLASSIFIED_NOUNS = TokenDecisions(
    lambda tok: True if (w := _norm(tok)) not in _INDEFINITES and _frequent_stem_with_classifier(w) else None)
_INDEFINITE_FORMS = both_encodings(_INDEFINITES)


_OBJ_TAIL_STOP = AFTER_OK | RELATIVE
# (a hyphenated word, ই-মেইল, is one token: its ই is no particle)
_HYPHENATED_TOKEN_RE = regex.compile(r"[\p{Bengali}\u200c\u200d]+(?:-[\p{Bengali}\u200c\u200d]+)*|" + TOKEN_RE.pattern.split("|", 1)[1])
# a modal or aspect verb after its -তে infinitive (পরিবর্তন করতে পারেন, শেয়ার করতে যাচ্ছি): the
# verb complex is complete, so an object after it is English order (… পারেন এটি আপনার কুকুরছানার
# স্বাস্থ্য অনুযায়ী); its object may be a demonstrative pronoun
_AFTER_INFINITIVE = frozenset(_norm(_n) for _n in """
পারি পারো পারেন পারে পারবেন পারবে পারব পারবো চাই চান চায় চাও যাচ্ছি যাচ্ছে যাচ্ছেন যাচ্ছিলাম যাচ্ছিল
""".split())
# (not সেটা/সেটি, correlatives: কতটা ভয়াবহ হতে পারে সেটা আমি …; not after হতে/হয়ে উঠতে, "can
# be", whose predicate follows in Bengali too: হতে পারে একটি গেইম চেঞ্জার)
_PRONOUN_OBJECTS = frozenset(_norm(_n) for _n in "এটি এটা এগুলো এগুলি".split())
_COPULAR_INFINITIVES = frozenset(_norm(_n) for _n in "হতে উঠতে".split())
_PRONOUN_OBJECT_FORMS = both_encodings(_PRONOUN_OBJECTS)
_RELATIVE_OPENERS = RELATIVE | frozenset(_norm(_n) for _n in "যেগুলো যেগুলি যেটি যেটা".split())
_NEGATIONS = frozenset(_norm(_n) for _n in "না নি".split())
_MAX_RELATIVE_OBJECT = 3   # the indefinite and at most two words before a relative (T018)
_JOKHON = _norm("যখন")
# the relative pronouns: the openers but যখন, যেখানে, যেমন, যত (an adverbial clause may follow a
# clause in Bengali; but right after a short indefinite object, যখন is English "when": আপনি পাবেন
# একটি এসএমএস সতর্কবার্তা যখন …, none in the clean corpora)
_RELATIVE_PRONOUNS = _RELATIVE_OPENERS - frozenset(_norm(_n) for _n in "যখন যেখানে যেমন যত যতটা".split())


def _governs_other_phrase(tail: list[str]) -> bool:
    for j, w in enumerate(tail):
        if w in _POSTPOSITIONS and j >= 1:
            g = j - 1
            while g >= 0 and (tail[g].endswith("র") or tail[g] in _POSTPOSITION_NOUNS):
                g -= 1
            return g >= 1
    return False


def _object_broken(words: list[str]) -> bool:
    """Does a word of ``words`` (after a verb's object opener) end the noun phrase? A coordinator
    followed by no verb, particle or relative joins two nouns of the object (একটি নিশ্চিতকরণ
    ই-মেইল ও এসএমএস) and does not."""
    for j, x in enumerate(words):
        if _stops_noun_phrase(x, _OBJ_TAIL_STOP):
            if x in _IMP_CONJ_WORDS and j + 1 < len(words) and not any(
                    _stops_noun_phrase(y, _OBJ_TAIL_STOP) for y in words[j + 1:]):
                continue
            return True
    return False


# a possessive or demonstrative after the indefinite opens a second noun phrase: a clause-final
# locative is then an adjunct of its own, not the indefinite's noun (আপনি পাবেন একটি ছয় অঙ্কের কোড
# আপনার নিবন্ধিত নম্বরে; but আমরা রওনা দিলাম একটা ঝা চকচকে মাইক্রোবাসে), whatever the subject
# (ক্যামেরা পাঠাবে একটি সতর্কবার্তা আপনার ফোনে): none of the 13 finite verbs before একটি/একটা in
# the clean corpora has one
_SECOND_PHRASE_OPENERS = frozenset(_norm(_n) for _n in "আপনার আপনাদের আমার আমাদের তোমার তোমাদের তার তাঁর তাদের তাঁদের এই সেই ওই".split())
# হয়ে before the verb (হয়ে যায়, হয়ে ওঠে: becomes), a copula whose predicate may follow it
_BECOME_RE = regex.compile(bnpat(r"(?<![\p{Bengali}])(?:হয়ে|হইয়া)[ \t]+$"))
# the indefinite noun phrase is the antecedent of a relative clause after a comma (ঘোষণা করেছে একটি
# নতুন সময়সূচি, যা …; প্রকাশ করেছে একটি বিবৃতি, যেখানে …; পাবেন একটি এসএমএস, সেখানে …, the
# correlative standing for English "where"): English "announced a new schedule,
# which …"; Bengali news puts an indefinite subject after the verb (ছিনতাই করছে একটি চক্র।) but
# does not go on with a relative clause about it
_RELATIVE_AFTER_COMMA_RE = regex.compile(bnpat(r",[ \t]*(?:যা|যেখানে|সেখানে|যার|যাতে|যেটি|যেটা)(?![\p{Bengali}])"))


def _new_phrase_before_end(after: list[str]) -> bool:
    return any(x in _SECOND_PHRASE_OPENERS for x in after[2:-1])


# করি is an inverting verb after a noun of thinking or wishing (আশা করি, মনে করি: a clause follows);
# after another noun it is a light verb of action whose object may trail (আমরা অফার করি দুই ধরনের
# হার)
_KORI = _norm("করি")
_THINKING_NOUNS = frozenset(_norm(_n) for _n in """
মনে আশা বিশ্বাস কামনা প্রার্থনা অনুরোধ অনুমান ধারণা সন্দেহ আশঙ্কা ভয় দাবি স্বীকার প্রত্যাশা মনেপ্রাণে""".split())


def _light_verb_of_action(text: str, at: int) -> bool:
    """Is the word before ``at`` (where করি begins) a Bengali noun other than one of thinking?"""
    m = WORD_BEFORE_RE.search(text, max(0, at - 40), at)
    return m is not None and (w := _norm(m.group(1))) not in _THINKING_NOUNS and w not in SUBJECT_PRONOUNS


# a plural noun opening the clause (ইউনিয়নগুলো, কৃষকেরা) is its subject, as a personal pronoun is:
# the indefinite phrase after the verb is then its object (ইউনিয়নগুলো দাবি করছে তিন হাজার নতুন
# কর্মীর নিয়োগ). Not a singular noun with টি/টা, which is as often a fronted object (বাকিটা দেবে
# কয়েকটি দাতব্য সংস্থা: the rest will be given by several charities; সেটা … চেয়েছে এক চলচ্চিত্র)
_PLURAL_ENDS = tuple(_norm(_n) for _n in "রা গুলো গুলি".split())


def _plural_subject(before: list[str]) -> bool:
    return bool(before) and before[0].endswith(_PLURAL_ENDS) and not pos.is_finite_verb(before[0])


def _verb_then_object(ctx, msg: str | None):
    text = ctx.text
    words = doc_words(ctx)
    objects = words.occurrences(_INDEFINITE_FORMS | _PRONOUN_OBJECT_FORMS | _CLASSIFIED_NOUNS.found(words).keys())
    for s, e, w in objects:
        vs = BN_RUN_BACK_RE.match(text, 0, max(0, s - 1))
        if s < 2 or text[s - 1] not in " \t" or vs.start() == s - 1:
            continue
        if _norm(vs.group()) in _NEGATIONS:   # (the verb before না: তাঁরা পান না একটি …)
            ve = vs.start() - 1
            if ve < 1 or text[ve] not in " \t":
                continue
            vs = BN_RUN_BACK_RE.match(text, 0, ve)
            if vs.start() == ve:
                continue
        verb = _norm(vs.group())
        if (verb in _POSTPOSITIONS or verb in AFTER_OK or verb in REPORTING
                or verb in AMBIGUOUS_VERBS or _imperative(verb) or not pos.is_finite_verb(verb)):
            continue
        if verb in INVERTING and not (verb == _KORI and _light_verb_of_action(text, vs.start())):
            continue
        if _BECOME_RE.search(text, max(0, vs.start() - 12), vs.start()):
            continue   # হয়ে যায়, হয়ে ওঠে (becomes): the predicate may follow, as after a copula
        prev = BN_RUN_BACK_RE.match(text, 0, vs.start() - 1) if vs.start() > 1 and text[vs.start() - 1] in " \t" else None
        complex_verb = verb in _AFTER_INFINITIVE and prev is not None and prev.start() < vs.start() - 1 \
            and _complement_infinitive(pw := _norm(prev.group())) and pw not in _COPULAR_INFINITIVES
        pronoun = _norm(w) in _PRONOUN_OBJECTS
        if pronoun and not complex_verb:
            continue
        # (the clause is looked for within a window: a line with no punctuation at all costs no more)
        lo = max(0, vs.start() - _CLAUSE_WINDOW)
        start = _CLAUSE_START_RE.search(text, lo, vs.start())
        stop = _IMP_CLAUSE_END_RE.search(text, e, e + _CLAUSE_WINDOW)
        if stop is None and e + _CLAUSE_WINDOW < len(text):
            continue   # no clause end within reach: no shape of a clause
        ce = stop.start() if stop else len(text)
        if _question_at(text, ce):
            continue
        before = [_norm(x) for x in TOKEN_RE.findall(text, start.end() if start else lo, vs.start())]
        after = [_norm(x) for x in _HYPHENATED_TOKEN_RE.findall(text, s, ce)]
        indefinite = _norm(w) in _INDEFINITES
        relative_next = False
        if complex_verb or indefinite:
            # (a relative clause after the object: সাতটি অভ্যাস যেগুলো আমার জীবন বদলে দিয়েছে; after
            # an indefinite one or two words long, with no comma, English "seize any firecracker
            # that …": পুলিশ বাজেয়াপ্ত করবে যেকোনো পটকা যা …)
            rel = next((j for j, x in enumerate(after) if j >= 2 and x in _RELATIVE_OPENERS), None)
            relative_next = (rel is not None and indefinite and rel <= _MAX_RELATIVE_OBJECT
                             and (after[rel] in _RELATIVE_PRONOUNS or after[rel] == _JOKHON)
                             and pos.is_known_finite_verb(verb))
            if rel is not None and (complex_verb or relative_next):
                after = after[:rel]
                ce = list(_HYPHENATED_TOKEN_RE.finditer(text, s, ce))[rel - 1].end()
        if not before or any(x in RELATIVE for x in before) or _object_broken(after[1:]):
            continue
        if not (complex_verb and len(after) >= 2 and not after[-1].endswith(_LOCATIVE_ENDS)) and not relative_next:
            if pronoun:
                continue
            ok = (any(x in _PERSONAL for x in before) or _plural_subject(before)) and (
                len(after) >= 3 and (not after[-1].endswith(_LOCATIVE_ENDS) or after[-1] in _POSTPOSITIONS)
                if indefinite else len(after) >= 2)
            # (an indefinite before a possessive's phrase counts whatever the subject, below)
            if not (ok or (indefinite and (_governs_other_phrase(after[1:]) or _new_phrase_before_end(after)
                                           or len(after) >= 2 and _RELATIVE_AFTER_COMMA_RE.match(text, ce)))):
                continue
        tail = text[s:ce].rstrip()
        yield _object_hit(vs.start(), s + len(tail), text[vs.start():s - 1], tail, msg)


# An intention (আশা/পরিকল্পনা/সিদ্ধান্ত/চেষ্টা + a finite form of করা/নেওয়া) followed by its -তে
# infinitive and then the infinitive's object and more words up to the clause end (গবেষকরা আশা
# করছেন প্রকাশ করতে প্রাথমিক ফলাফল চলতি বছরের শেষ নাগাদ: hope to publish the results by …).
# Bengali puts the object and the infinitive first (… ফলাফল প্রকাশ করার আশা করছেন). In the clean
# corpora such a verb is followed by an infinitive twice, each time with one word after it at most
# (আশা করি উপলব্ধি করতে পারবেন; চেষ্টা করে দেখতে চাই). So two words or more must follow the
# infinitive, none of them a verb, conjunction, particle or relative; করে before a vector verb
# (করে দিতে, করে নিতে) is one compound verb, not "hopes to".
_INTENT_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:আশা|পরিকল্পনা|সিদ্ধান্ত|চেষ্টা)[ \t]+(?P<v>(?:কর|নি|নে)\p{Bengali}*)[ \t]+"
    r"(?P<inf>(?:\p{Bengali}+[ \t]+)?\p{Bengali}+তে)(?=[ \t])")
_VECTOR_INFINITIVES = frozenset(_norm(_n) for _n in "দিতে নিতে ফেলতে রাখতে যেতে উঠতে বসতে".split())


def _intent_then_infinitive(text: str, msg: str | None):
    for m in _INTENT_RE.finditer(text):
        verb, inf = _norm(m.group("v")), m.group("inf").split()
        if not pos.is_finite_verb(verb) or not _complement_infinitive(_norm(inf[-1])):
            continue   # (a causative too: আশা করছে কমাতে সড়কের যানজট)
        if verb in pos.NON_FINITE_WORDS and _norm(inf[0]) in _VECTOR_INFINITIVES:
            continue   # করে দিতে: one compound verb
        end = _clause_end(text, m.end())
        tail = text[m.end():end].rstrip()
        words = [_norm(w) for w in WORD.findall(tail)]
        if not 2 <= len(words) <= 12 or any(_stops_noun_phrase(w, _OBJ_TAIL_STOP) for w in words) \
                or _question_at(text, end):
            continue
        yield _object_hit(m.start(), m.end() + len(tail), text[m.start():m.start("inf")].rstrip() + " " + m.group("inf"),
                          tail.lstrip(), msg)


# An obligation (an infinitive + হবে/হয়: দেখাতে হবে, must show) followed by its object and more
# words up to the clause end (অতিথিদের অবশ্যই দেখাতে হবে একটি বৈধ পরিচয়পত্র চেক-ইনের সময়). Bengali
# puts the object before the infinitive (… একটি বৈধ পরিচয়পত্র দেখাতে হবে). Bengali news also puts
# the person obliged after it (মাঠ ছাড়তে হয় সেভিয়ার এক ডিফেন্ডারকে, খেলতে হয় অতিথিদের) or a place
# (পড়তে হবে আরেকটি পাত্রে), and in rhetoric a noun phrase (গাইতে হবে সেই পুরোনো কীর্তন). So the
# words after it must open an object (an indefinite or count, সব/সমস্ত/সকল/প্রতিটি, আপনার/তোমার,
# a noun with a classifier but not অনেকটা/কিছুটা), run two to twelve words to the clause end with
# no verb, conjunction or relative, and hold no case-marked word: -কে, -তে, -দের, a locative -এ on
# a frequent stem or -য় after আ-কার/ও-কার, a postposition or a genitive before one. A causative
# infinitive (দেখাতে, জানাতে) counts when its verbal noun (দেখানো) is a frequent word; ঢাকাতে is
# not one. The clean and noisy corpora have no such clause.
# (found from its literal তে + হ…; the infinitive's start is read backwards from there)
_OBLIGATION_RE = regex.compile(bnpat(
    r"তে[ \t]+(?:হবে|হয়|হচ্ছে|হয়েছে|হতো|হলো|হল)[ \t]+(?=\p{Bengali})"))
# (the imperative's object openers and the counts, less the demonstratives, which open rhetoric, and
# the other persons' genitives, which name the person obliged: পড়তে হবে আমাদের, করতে হবে তাদের)
_OBLIGED_OPENERS = (_OBJ_OPENERS | _INDEFINITES | {_norm("সকল")}) - frozenset(
    _norm(_n) for _n in "এই সেই ওই এসব আমার আমাদের তার তাঁর তাদের তাঁদের".split())
_QUANTITY_STEMS = frozenset(_norm(_n) for _n in "অনেক কিছু খানিক কোন কোনো একটু বেশ".split())
_CASE_ENDS = tuple(_norm(_n) for _n in "কে তে দের".split())
_A_O_LOCATIVE = tuple(_norm(_n) for _n in "ায় োয়".split())
_CAUSATIVE_INF, _CAUSATIVE_NOUN = _norm("াতে"), _norm("ানো")


def _quantity(word: str) -> bool:
    """Is ``word`` (nukta-normalised) a quantity with a classifier (অনেকটা, কিছুটা, কোনোটি)?"""
    return any(word.endswith(c) and word[:-len(c)] in _QUANTITY_STEMS for c in _OBJ_CLASSIFIERS)


def _case_marked(w: str, nxt: str | None) -> bool:
    """Is ``w`` (nukta-normalised; ``nxt`` the word after it) case-marked (see above)?"""
    if w in _POSTPOSITIONS or w.endswith(_CASE_ENDS) or w.endswith(_A_O_LOCATIVE):
        return True
    if w.endswith("র") and nxt in _POSTPOSITIONS:
        return True
    return w.endswith("\u09c7") and not w.endswith(_OBJ_CLASSIFIERS) and lexicon().get(nfc(w[:-1]), 0) >= 3.0


def _obligation_then_object(text: str, msg: str | None):
    for m in _OBLIGATION_RE.finditer(text):
        inf_start = BN_RUN_BACK_RE.match(text, 0, m.start()).start()
        inf = _norm(text[inf_start:m.start() + 2])
        if not (pos.is_infinitive(inf) or (inf.endswith(_CAUSATIVE_INF) and lexicon().get(
                nfc(inf[:-len(_CAUSATIVE_INF)] + _CAUSATIVE_NOUN), 0) >= 3.0)):
            continue
        end = _clause_end(text, m.end())
        tail = text[m.end():end].rstrip()
        words = [_norm(w) for w in WORD.findall(tail)]
        if not 2 <= len(words) <= 12 or _question_at(text, end):
            continue
        first = words[0]
        if not (first in _OBLIGED_OPENERS or (_frequent_stem_with_classifier(first) and not _quantity(first))):
            continue
        if any(_stops_noun_phrase(w, _OBJ_TAIL_STOP) or _case_marked(w, words[i + 1] if i + 1 < len(words) else None)
               for i, w in enumerate(words)):
            continue
        yield _object_hit(inf_start, m.end() + len(tail), text[inf_start:m.end()].rstrip(), tail, msg)


# "should" before its verb: উচিত followed by a verbal noun and then the verb's object or
# adverbials up to the clause end (আপনার উচিত এড়িয়ে চলা অ্যালকোহল এই ওষুধ চলাকালীন; you should
# avoid alcohol). Bengali puts উচিত last (… অ্যালকোহল এড়িয়ে চলা উচিত). Clean Bengali opens a
# clause with উচিত only before its negation or tense (উচিত নয়, উচিত ছিল), a যে-clause or the
# object itself (সরকারের উচিত নির্বাচনী প্রতিশ্রুতি … পূরণ করা): the clean and noisy corpora
# never have a verbal noun right after it. A verbal noun is an -া form whose -তে infinitive is a
# frequent word (করা/করতে, চলা/চলতে), a causative -ানো whose -াতে form is, or one of the
# irregular ones (হওয়া, নেওয়া, …); one word may come before it (যোগাযোগ করা, এড়িয়ে চলা).
_SHOULD_RE = regex.compile(bnpat(
    r"(?<![\p{Bengali}])উচিত[ \t]+(?P<vn>(?:\p{Bengali}+[ \t]+)?(?P<last>\p{Bengali}+))[ \t]+(?=\p{Bengali})"))
def _should_then_object(text: str, msg: str | None):
    for m in _SHOULD_RE.finditer(text):
        if not pos.is_verbal_noun(_norm(m.group("last"))):
            continue
        end = _clause_end(text, m.end())
        tail = text[m.end():end].rstrip()
        words = [_norm(w) for w in WORD.findall(tail)]
        if not 1 <= len(words) <= 12 or _question_at(text, end) or _object_broken(words) \
                or any(pos.is_verbal_noun(w) for w in words):
            continue   # (a second verbal noun: উচিত মাপ নেওয়া এবং … পরামর্শ নেওয়া, coordinated verbs)
        yield _object_hit(m.start(), m.end() + len(tail), text[m.start():m.end("vn")], tail, msg)


# A relative clause in English order, its verb before a place (বাড়ির মালিক, যিনি থাকেন মাদ্রিদে,
# …; ক্রেতারা যাঁরা আসনটি কিনেছেন অনলাইনে, …: who lives in Madrid, who bought online): যিনি,
# যারা or যাঁরা, at most one word, a finite verb, then one word in a locative ending that closes
# the clause before a comma or danda. Bengali ends the relative clause on its verb (যিনি মাদ্রিদে
# থাকেন). Not a postposition or participle there (থেকে, করে, নিয়ে), nor a verb. The clean and
# noisy corpora have no such clause.
_RELATIVE_PLACE_RE = regex.compile(bnpat(
    r"(?<![\p{Bengali}])(?P<rel>যিনি|যারা|যাঁরা)[ \t]+(?:\p{Bengali}+[ \t]+)?(?P<v>\p{Bengali}+)"
    r"[ \t]+(?P<loc>\p{Bengali}+(?:ে|য়|তে))(?=[ \t]*[,।])"))
_NOT_PLACES = _POSTPOSITIONS | frozenset(_norm(w) for w in """
করে ধরে নিয়ে দিয়ে গিয়ে বলে মতে জন্যে ভেতরে বাইরে নিচে ওপরে উপরে সামনে পেছনে
""".split())


def _relative_then_place(text: str, msg: str | None):
    if "যিনি" not in text and "যারা" not in text and "যাঁরা" not in text:
        return
    for m in _RELATIVE_PLACE_RE.finditer(text):
        v, loc = _norm(m.group("v")), _norm(m.group("loc"))
        if not pos.is_finite_verb(v) or pos.is_finite_verb(loc) or loc in _NOT_PLACES \
                or loc.endswith(("িয়ে", "েয়ে")):
            continue
        yield _object_hit(m.start("v"), m.end("loc"), m.group("v"), m.group("loc"), msg)


# A question in English order with a condition after it: the question word and its verb first,
# then a personal pronoun subject and an if-clause (কী করবেন আপনি সাইরেন বাজলে? = what will you do
# when the siren sounds; কী করব আমি যদি টায়ার পাংচার হয়?). Bengali puts the condition first and
# the question word before the verb at the end (সাইরেন বাজলে আপনি কী করবেন?). Dialogue may put a
# pronoun after the verb (কী করছ তুমি? কোথায় যাচ্ছ তুমি এত রাতে?), but not a condition after the
# pronoun: the clean and noisy corpora never have one, with or without a condition.
_SUBJECT_PRONOUN = r"(?:আমি|আমরা|তুমি|তোমরা|আপনি|আপনারা|তিনি|তারা|তাঁরা)"
_QUESTION_REST = r"[ \t]+(?P<rest>[^।?!\n॥৷.]{2,120})\?"   # the rest of the question, up to its ?
_WH_WORDS = "কী|কোথায়|কখন|কীভাবে|কিভাবে|কেন|কাকে"


def _wh_head(wh: str) -> str:
    """A question word of ``wh`` and the head after it: its verb, one word before it at most."""
    return rf"(?<![\p{{Bengali}}])(?:{wh})[ \t]+(?P<head>(?:\p{{Bengali}}+[ \t]+)?\p{{Bengali}}+)"


_QUESTION_ORDER_RE = regex.compile(bnpat(_wh_head("কি|" + _WH_WORDS) + r"[ \t]+" + _SUBJECT_PRONOUN + _QUESTION_REST))
# "what" before the subject pronoun, as English puts it (কী আপনি করতে পারেন যখন …? = what can you
# do when …); Bengali puts কী after the subject, before its verb (আপনি কী করতে পারেন). The clean and
# noisy corpora never write কী right before a personal pronoun.
_WHAT_FIRST_RE = regex.compile(bnpat(r"(?<![\p{Bengali}])কী[ \t]+(?P<head>" + _SUBJECT_PRONOUN + ")" + _QUESTION_REST))
# … and a question word, its verb and then the condition, the pronoun before them or none (আমি কী
# করব যদি চারাটি মারা যায়? = what do I do if the sapling dies?): the condition follows the verb, as
# in English. Not কি, also the yes/no particle. The clean and noisy corpora never have one.
_WH_VERB_IF_RE = regex.compile(bnpat(_wh_head(_WH_WORDS) + r"[ \t]+যদি" + _QUESTION_REST))
_IF = _norm("যদি")
_CONDITIONAL_END = _norm("লে")
# A question word first, then the subject pronoun, its verb and the object after the verb, as an
# English question runs (কোথায় আমি খুঁজে পাব আমার ধার নেওয়া বইগুলো? = where can I find my borrowed
# books; কখন আমি পাব আমার টাকা ফেরত?): Bengali puts the subject first and the question word and
# the object before the verb (আমার ধার নেওয়া বইগুলো আমি কোথায় পাব?). A question word before the
# pronoun alone is Bengali too when the verb ends the question (কিভাবে তুমি বাচ্চা পালবে?), and কেন
# is fronted freely (কেন তুমি যাবে না ওখানে?), so কেন is left out and two words or more must follow
# the verb, none of them a verb. The question ends with ?, or with । on a line of its own (a
# "প্রশ্ন:" heading). The clean and noisy corpora never have one. A genitive subject before উচিত
# is the same order (কী আপনার করা উচিত …? কখন আমার উচিত খাওয়া …? for আপনার কী করা উচিত).
_FRONTED_WH = "কোথায়|কখন|কবে|কীভাবে|কিভাবে"
# (what may open the line before such a question: a label, প্রশ্ন:)
_QUESTION_LABEL_RE = regex.compile(r"[ \t]*(?:\p{Bengali}+[ \t]*:[ \t]*)?")
_FRONTED_WH_RE = regex.compile(bnpat(
    r"(?<![\p{Bengali}])(?:" + _FRONTED_WH + r")[ \t]+" + _SUBJECT_PRONOUN
    + r"[ \t]+(?P<rest>[^।?!\n॥৷.]{2,120})(?:\?|(?P<danda>।)[ \t]*(?=\n|$))"))
_GEN_PRONOUN = r"(?:আমার|আমাদের|আপনার|আপনাদের|তোমার|তোমাদের)"
_FRONTED_SHOULD_RE = regex.compile(bnpat(
    r"(?<![\p{Bengali}])(?:" + _FRONTED_WH + r"|কী)[ \t]+(?P<head>" + _GEN_PRONOUN
    + r"[ \t]+(?:\p{Bengali}+[ \t]+)?উচিত)(?![\p{Bengali}])" + r"(?P<rest>[^।?!\n॥৷.]{0,120})\?"))


def _english_question_order(text: str, msg: str | None):
    def hit(m):   # from the question word to the question mark, the head being what opens it
        return _object_hit(m.start(), m.end() - 1, text[m.start():m.end("head")],
                           text[m.end("head"):m.end() - 1].strip(), msg)

    def finite_head(m) -> bool:   # the head ends in a finite verb
        verb = _norm(m.group("head").split()[-1])
        return pos.is_finite_verb(verb) and verb not in AMBIGUOUS_VERBS

    for m in _QUESTION_ORDER_RE.finditer(text):
        if not finite_head(m):
            continue
        rest = [_norm(w) for w in WORD.findall(m.group("rest"))]
        if _IF in rest or (len(rest) >= 2 and rest[-1].endswith(_CONDITIONAL_END) and rest[-1] not in AMBIGUOUS_VERBS):
            yield hit(m)
    for m in _WH_VERB_IF_RE.finditer(text):
        if finite_head(m):
            yield hit(m)
    for m in _FRONTED_WH_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("danda") and not _QUESTION_LABEL_RE.fullmatch(text, line_start, m.start()):
            continue   # (। ends a question only on a question's own line)
        words = list(WORD.finditer(m.group("rest")))
        for i, w in enumerate(words[:2]):
            verb = _norm(w.group())
            if not pos.is_finite_verb(verb) or verb in AMBIGUOUS_VERBS:
                continue
            after = [_norm(a.group()) for a in words[i + 1:]]
            if len(after) >= 2 and not any(pos.is_finite_verb(a) for a in after):
                head_end = m.start("rest") + w.end()
                end = m.end("rest")
                yield _object_hit(m.start(), end, text[m.start():head_end], text[head_end:end].strip(), msg)
            break
    for m in _FRONTED_SHOULD_RE.finditer(text):
        end = m.start("rest") + len(m.group("rest").rstrip())
        yield _object_hit(m.start(), end, text[m.start():m.end("head")], text[m.end("head"):end].strip(), msg)
    for m in _WHAT_FIRST_RE.finditer(text):
        if any(pos.is_finite_verb(w) and w not in AMBIGUOUS_VERBS for w in map(_norm, WORD.findall(m.group("rest")))):
            yield hit(m)


def svo_word_order(ctx, rule):
    text = ctx.text
    min_after = int(rule.options.get("min_after", 2))
    need_subject = bool(rule.options.get("require_pronoun_subject", True))
    prep_msg = rule.options.get("preposition_message", {})
    own_msg = rule.options.get("own_message", {})
    # "narrow": the postposition-first and trailing-infinitive shapes only; "broad": the verb
    # followed by its object only; "all": both
    shapes = rule.options.get("shapes", "all")
    narrow, broad = shapes in ("narrow", "all"), shapes in ("broad", "all")
    # without the tagger the narrow shapes rest on morphology alone (no bnlp import at all)
    use_tagger = bool(rule.options.get("tagger", True))
    hints = None
    if narrow:
        obj_msg = rule.options.get("object_message", {})
        obj_msg = obj_msg.get(ctx.lang) or obj_msg.get("en")
        yield from _double_object(ctx, obj_msg)
        yield from _imperative_object(text, obj_msg)
        yield from _negated_request_object(text, obj_msg)
        yield from _verb_then_object(ctx, obj_msg)
        yield from _intent_then_infinitive(text, obj_msg)
        yield from _obligation_then_object(text, obj_msg)
        yield from _should_then_object(text, obj_msg)
        yield from _relative_then_place(text, obj_msg)
        q_msg = rule.options.get("question_message", {})
        yield from _english_question_order(text, q_msg.get(ctx.lang) or q_msg.get("en"))
    if not broad:
        import bisect

        hints = _narrow_hints(ctx)   # in text order
        if not hints:
            return
    for sm in SENT_RE.finditer(text):
        if hints is not None:
            k = bisect.bisect_left(hints, sm.start())
            if k == len(hints) or hints[k] >= sm.end():
                continue  # no word a narrow shape needs
        stext = sm.group().strip()
        if not stext or stext.endswith("?"):
            continue  # questions
        words = [_Tok(m.group(), m.start(), k) for k, m in enumerate(TOKEN_RE.finditer(text, sm.start(), sm.end()))]
        if len(words) < 3:
            continue
        # the narrow shapes, in quotations too
        hit_clauses = set()
        tag_of = None
        # (computed in every mode: a clause with a narrow shape is not reported again as broad)
        for clause in _clauses(words):
            span = _preposition_first(clause, text, sm.start())
            if span:
                hit_clauses.add(clause[0].i)
                a = {"prep": span[0].text, "verb": span[0].text,
                     "after": " ".join(x.text for x in clause[1:min(len(clause), 4)])}
                msg = prep_msg.get(ctx.lang) or prep_msg.get("en")
                if narrow:
                    yield Hit(span[0].idx, span[1].idx + len(span[1].text), args=a,
                              message=msg.format(**a) if msg else None)
                continue
            own = _own_at_end(clause)
            if own:
                hit_clauses.add(clause[0].i)
                if narrow:
                    a = {"verb": own[0].text, "after": " ".join(x.text for x in clause if own[0].i < x.i <= own[1].i)}
                    msg = own_msg.get(ctx.lang) or own_msg.get("en")
                    yield Hit(own[0].idx, own[1].idx + len(own[1].text), args=a,
                              message=msg.format(**a) if msg else None)
                continue
            if len(clause) >= 3 and (_norm(clause[-1].text).endswith("তে") or _norm(clause[-1].text) == "জন্য") \
                    and any(_norm(x.text) in EXISTENTIAL or _norm(x.text) in HELP_NOUNS for x in clause):
                if tag_of is None:
                    tag_of = _tags(words) if use_tagger else {}
                vt = _verb_then_infinitive(clause, tag_of)
                if vt:
                    hit_clauses.add(clause[0].i)
                    # in broad mode, report only what the tagger-free narrow rule (T018) misses
                    # (an infinitive only the tagger recognises: ঘুমাতে)
                    if narrow or not _verb_then_infinitive(clause, {}):
                        yield Hit(vt[0].idx, vt[1].idx + len(vt[1].text),
                                  args={"verb": vt[0].text, "after": " ".join(
                                      x.text for x in clause if vt[0].i < x.i <= vt[1].i)})
        if not broad or any(q in stext for q in QUOTES):
            continue  # quotations and dialogue
        if len(words) < 4:
            continue  # headings of a word or two, fragments
        if not any(_candidate(c, min_after) for c in _clauses(words)):
            continue  # no finite verb with words after it: skip the (slower) tagger
        if not tag_of:
            tag_of = _tags(words)
        for clause in _clauses(words):
            if len(clause) < 3 or clause[0].i in hit_clauses:
                continue
            # the first finite main verb of the clause that is not its last word
            for k, t in enumerate(clause[:-1]):
                w = _norm(t.text)
                if not BN_WORD.match(w) or w in AMBIGUOUS_VERBS or not pos.is_finite_verb(w, tag_of.get(t.i)):
                    continue
                after = clause[k + 1:]
                if k == 0:
                    break   # verb-first (imperatives, headings like "জানুন কীভাবে …"): not this rule
                if need_subject and not any(_norm(b.text) in SUBJECT_PRONOUNS for b in clause[:k]) \
                        and not _dangling(clause[-1], tag_of.get(clause[-1].i)):
                    break
                if _norm(after[0].text) in AFTER_OK or w in REPORTING or w in INVERTING:
                    break
                # a second verb after this one: two clauses run together, or a serial verb
                if any(tag_of.get(a.i) in ("VM", "VAUX") or pos.is_finite_verb(_norm(a.text)) and tag_of.get(a.i) is None
                       for a in after):
                    break
                content = [a for a in after if BN_WORD.match(a.text) and tag_of.get(a.i) not in ("PU", "RDS", "CIN")]
                if len(content) < min_after or len(content) != len(after):
                    break   # too short, or non-Bengali material (names in Latin script, numbers)
                if any(_norm(a.text) in AFTER_OK or _norm(a.text) in CORRELATIVE for a in after) \
                        or any(_norm(b.text) in RELATIVE for b in clause[:k]):
                    break
                yield Hit(t.idx, after[-1].idx + len(after[-1].text), args={"verb": t.text,
                                                                           "after": " ".join(a.text for a in after)})
                break


# --------------------------------------------------------------------------------------
# T019: an English verb rendered as its bare noun (value -> মূল্য, respect -> সম্মান) in a
# sentence that has no verb at all, with the verb's object after it in English order:
#     দ্য কোম্পানি ইতিবাচকভাবে প্রার্থীদের উদ্যোগ … মূল্য একটি নির্বাচন প্রক্রিয়ায় …
#     (the company positively values candidates' initiative …)
# or, after a nominative pronoun, ending the sentence (আমরা আপনার গোপনীয়তা সম্মান।). Bengali
# needs the light verb (মূল্য দেয়, সম্মান করি). A noun used as a noun is left alone: after a
# genitive, a determiner or an adjective (তার মূল্য একটি বাড়ির সমান, সবচেয়ে বড় সমর্থন …), in
# a sentence with any verb form, in questions and headings (no sentence-final punctuation).
# Nouns that are also predicate adjectives (তৈরি, নিশ্চিত, উন্নত) are not in the list.
VERBAL_NOUNS = frozenset(_norm(_n) for _n in """
মূল্য সম্মান সমর্থন ব্যবহার উপভোগ অনুসরণ ঘৃণা বিশ্বাস সাহায্য সহায়তা প্রশংসা প্রচার পরিচালনা গ্রহণ
প্রদান শেয়ার অ্যাক্সেস পরিদর্শন আবিষ্কার অন্বেষণ উপেক্ষা মূল্যায়ন প্রতিনিধিত্ব সংগ্রহ বিকাশ রক্ষা
প্রত্যাখ্যান পরিবর্তন নিয়ন্ত্রণ পর্যবেক্ষণ অফার সুপারিশ আপডেট ডাউনলোড হ্রাস বৃদ্ধি বিক্রি অর্জন
""".split())
# what opens the object after the would-be verb: an indefinite article or a possessive pronoun
_VN_OBJECT_OPENERS = frozenset(_norm(_n) for _n in """
একটি একটা একজন তার তাদের আপনার আপনাদের আমাদের তাঁর তাঁদের আমার তোমার তোমাদের
""".split())
# a word before the noun that makes it a noun phrase (তার মূল্য, এই সমর্থন, বড় সমর্থন, তাঁর প্রতি সম্মান)
_VN_MODIFIERS = frozenset(_norm(_n) for _n in """
এই সেই ওই এ সে কোনো কোন প্রতিটি প্রত্যেক সব সকল সমস্ত বড় ছোট নতুন পুরোনো পুরনো সবচেয়ে অনেক কিছু বিশেষ
ভালো ভাল খারাপ প্রধান মূল প্রথম শেষ বেশি কম সঠিক যথাযথ আরও আরো যথেষ্ট পূর্ণ সম্পূর্ণ ব্যাপক সরাসরি
প্রতি জন্য সঙ্গে সাথে থেকে মধ্যে উপর ওপর পর আগে বিষয়ে ক্ষেত্রে কাছে দিকে মতো মত হিসেবে হিসাবে বিরুদ্ধে দ্বারা
""".split()) | _VN_OBJECT_OPENERS
_VN_SUBJECTS = frozenset(_norm(_n) for _n in "আমি আমরা তুমি তোমরা আপনি আপনারা তিনি তারা তাঁরা".split())
# what shows the noun stands where a verb should: a nominative subject (a pronoun, a plural
# -রা/-গুলো) or an adverb (-ভাবে, সবসময়, নিয়মিত …) before it
_VN_ADVERBS = frozenset(_norm(_n) for _n in "সবসময় সর্বদা নিয়মিত সত্যিই প্রায়ই আসলে সত্যি সবাই".split())
_VN_AGENT_ENDINGS = tuple(_norm(_e) for _e in ("ভাবে", "রা", "গুলো", "গুলি"))
# verb forms is_finite_verb does not list: negative perfect (করেনি, যায়নি), 3rd person past
# (করল, বলল, গেল), imperative 3rd person (করুক)
_VN_OTHER_VERB_RE = regex.compile(_norm(r"(?:[েি\u09af\u09bc]নি|ুক|[^\u09cd](?:রল|লল))$|^(?:গেল|এল|হল|পেল|দিল|নিল)$"))
# what follows the noun: the object's opener, or the sentence's end (the nouns themselves are
# found among the document's word tokens, in C: lexicon.DocWords.occurrences)
_VN_AFTER_RE = regex.compile(bnpat(
    rf"[ \t]+(?P<obj>{_alternation(_VN_OBJECT_OPENERS)})(?![\p{{Bengali}}])|[ \t]*(?=[।৷.](?!\p{{N}}))"))
_VN_FORMS = both_encodings(VERBAL_NOUNS)
_VN_STOP_RE = regex.compile(r"[।?!\n॥৷]|\.(?!\p{N})")


def _has_verb(words) -> bool:
    for w in words:
        if pos.is_finite_verb(w) or w in AMBIGUOUS_VERBS or _VN_OTHER_VERB_RE.search(w) or pos.is_infinitive(w):
            return True
    return False


def verb_as_noun(ctx, rule):
    text = ctx.text
    min_words = int(rule.options.get("min_words", 5))
    seen = set()   # sentences already reported
    for ns, ne, noun in doc_words(ctx).occurrences(_VN_FORMS):
        am = _VN_AFTER_RE.match(text, ne)
        if am is None:
            continue
        # the sentence around the match, looked for within 600 characters either way (a longer
        # sentence is not this rule's business, and a bounded look keeps a huge line linear)
        lo = max(0, ns - 600)
        starts = list(_VN_STOP_RE.finditer(text, lo, ns))
        if not starts and lo > 0:
            continue
        s0 = starts[-1].end() if starts else 0
        stop = _VN_STOP_RE.search(text, ne, ne + 600)
        if stop is None and ne + 600 < len(text):
            continue
        s1 = stop.end() if stop else len(text)
        if s0 in seen:
            continue
        sent = text[s0:s1].strip()
        if not sent or sent[-1] not in "।৷.":
            continue   # questions, headings, a sentence cut by a line break
        before = text[s0:ns]
        words_before = [_norm(w) for w in WORD.findall(before)]
        words = [_norm(w) for w in WORD.findall(sent)]
        if len(words) < min_words or len(words_before) < 2 or _has_verb(words):
            continue
        if not regex.search(r"[\p{Bengali}\u200c\u200d][ \t]+$", before):
            continue   # punctuation right before the noun: a list or an apposition
        prev = words_before[-1]
        if prev.endswith("র") or prev in _VN_MODIFIERS:
            continue   # a noun phrase: তার মূল্য, সবচেয়ে বড় সমর্থন
        if am.group("obj") is None and not any(w in _VN_SUBJECTS for w in words_before):
            continue   # sentence-final: only after a nominative pronoun (আমরা … সম্মান।)
        if not any(w in _VN_SUBJECTS or w in _VN_ADVERBS or w.endswith(_VN_AGENT_ENDINGS) for w in words_before):
            continue   # "X একটি Y" with no subject or adverb before it is a copular sentence
            #            (দুই দেশের পারস্পরিক বিশ্বাস একটি সম্পর্কের ভিত্তি)
        seen.add(s0)
        if am.group("obj") is None:
            yield Hit(ns, ne, args={"noun": noun, "after": "—"})
            continue
        # the object's first three words, inside the sentence
        tail = list(WORD.finditer(text, am.start("obj"), s1))[:3]
        yield Hit(ns, tail[-1].end(), args={"noun": noun, "after": text[am.start("obj"):tail[-1].end()]})


# ---------------------------------------------------------------------------------------------
# T023: a modal before its infinitive (English "you can download it", "they want to see"):
# আপনি পারেন ডাউনলোড করতে … / বাড়িওয়ালা চান দেখতে …, where Bengali puts the -তে complement
# first and পারা / চাওয়া last (ডাউনলোড করতে পারেন, দেখতে চান). The infinitive must follow
# within five words (পারি আমার সিভি পরে হালনাগাদ করতে: a noun and its light verb are two), none
# of them a verb, negation, conjunction, relative or correlative pronoun (তুমি যেটা চাও সেটা যখন
# করতে পারো না is a correlative clause). Not after an infinitive (করতে পারেন, যেতে চান: the
# Bengali order, whatever follows) or after an emphatic -ই (কেবল জয়ই পারে দলটাকে চাঙা করতে:
# rhetoric, not translation). Measured: one hit in the clean corpora before the correlative
# guard, none after; none in the noisy corpora or seeds. Six words would reach a subtitle's
# relative clause (পারি যেটার মাধ্যমে সমস্ত মানবজাতি মুক্ত হতে).
MODAL_FORMS = frozenset(_norm(_n) for _n in """
পারি পারো পারেন পারে পারিস পারবেন পারবে পারব পারবো পারলাম পারলেন পারল পারলো
চাই চাও চান চায় চাস চাইব চাইবো চাইবেন চাইবে চাইলাম চাইলেন চাইল চাইলো""".split())
_MODAL_TOKENS = both_encodings(MODAL_FORMS)
MODAL_WINDOW = 5   # words after the modal in which its infinitive is looked for
_MODAL_BREAK = AFTER_OK | RELATIVE | CORRELATIVE | frozenset(_norm(_n) for _n in "সেটা সেটি যেটা যেটি".split())


CAUSATIVE_MARGIN = 0.75


def _complement_infinitive(word: str) -> bool:
    """Is ``word`` an infinitive? The causative shape (পৌঁছাতে) only when its verbal noun
    (পৌঁছানো) is a common word and its stem is no common noun (ঢাকাতে is a locative), or a
    less common one than the verbal noun by far (বাড়াতে: বাড়ানো 4.4, বাড়া 3.6)."""
    if pos.is_infinitive(word):
        return True
    if not pos.is_infinitive(word, "VM"):
        return False
    lex = lexicon()
    stem = nfc(word[:-2])
    noun, verbal_noun = lex.get(stem, 0), lex.get(stem + "নো", 0)
    return verbal_noun >= 3.0 and (noun < 3.5 or verbal_noun >= noun + CAUSATIVE_MARGIN)


def modal_first(ctx, rule):
    text = ctx.text
    for s, e, w in doc_words(ctx).occurrences(_MODAL_TOKENS):
        if s > 0 and text[s - 1] not in " \t\n":
            continue
        prev = BN_RUN_BACK_RE.match(text, pos=0, endpos=s - 1) if s > 1 and text[s - 1] in " \t" else None
        pw = _norm(prev.group()) if prev else ""
        if pw and (pos.is_infinitive(pw) or pw.endswith("ই") and len(pw) > 2):
            continue
        for nxt, _ns, ne in words_after(text, e, MODAL_WINDOW):
            nw = _norm(nxt)
            if nw in _MODAL_BREAK or nw in MODAL_FORMS:
                break
            if _complement_infinitive(nw):
                yield Hit(s, ne, args={"modal": w, "infinitive": nxt})
                break
            if pos.is_finite_verb(nw):
                break
