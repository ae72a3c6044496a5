"""Translationese checks: English (or Spanish) constructions carried word for word into
Bengali, classifier errors, and repetitions left by two English synonyms collapsing into one
Bengali word. Rules are in ``rules/translationese.yaml``; the lexicons below are documented
there and in the README (section "Translationese")."""
from __future__ import annotations

import bisect
import re

import regex

from ..engine import Hit, finditer_lines, hinted_finditer
from ..lexicon import (CLITICS, GRAPHEME_RE, INDEPENDENT_VOWELS, NUKTA_PAIRS, WORD_BEFORE_RE, WORD_RE, both_encodings, doc_words, nukta_norm,
                       zipf)
from ..pos import (VOWEL_SIGNS, familiar_imperative, has_verb_ending, is_finite_verb, is_infinitive,
                   is_verbal_noun)  # morphology only: the tagger (bnlp) is loaded by pos.tag alone

BW = r"[\p{Bengali}\u200c\u200d]"



def bnpat(p: str) -> str:
    """Make a pattern written with য়/ড়/ঢ় (either form, outside character classes) match both forms."""
    p = nukta_norm(p)
    for seq, single in NUKTA_PAIRS:
        p = p.replace(seq, f"(?:{seq}|{single})")
    return p


# what a rule's options compile to (its pattern, hint, idiom table), made once per run
_per_rule: dict[tuple[str, str], object] = {}


def _rule_cached(rule, what: str, make):
    key = (rule.code, what)
    if key not in _per_rule:
        _per_rule[key] = make()
    return _per_rule[key]


def compiled(rule) -> regex.Pattern:
    o = rule.options
    return _rule_cached(rule, "regex", lambda: regex.compile(
        bnpat(o["regex"]), regex.V1 | (regex.M if "m" in o.get("flags", "m") else 0)))


def _hint(rule):
    """The compiled ``options.hint`` of a rule (see ``engine.hinted_finditer``), or None."""
    hint = rule.options.get("hint")
    return _rule_cached(rule, "hint", lambda: regex.compile(bnpat(hint), regex.V1)) if hint else None


def pattern(ctx, rule):
    """Generic regex rule whose pattern (``options.regex``) is written naturally and matches both
    encodings of য়/ড়/ঢ়. A ``span`` group narrows the flagged span; ``options.replacement`` is a
    ``Match.expand`` template for the fix; ``options.hint`` (optional) is a fast pattern that the
    line of every match contains, so that the full pattern runs on those lines only."""
    pat = compiled(rule)
    tmpl = rule.options.get("replacement")
    g = "span" if "span" in pat.groupindex else 0
    for m in hinted_finditer(ctx, pat, _hint(rule)):
        s, e = m.span(g)
        if s < 0:
            continue
        yield Hit(s, e, m.expand(tmpl) if tmpl is not None else None,
                  args={k: v for k, v in m.groupdict().items() if v is not None} | {"text": m.group(g)})
NB = rf"(?<!{BW})"   # start of a Bengali word
NA = rf"(?!{BW})"    # end of a Bengali word

# --------------------------------------------------------------------------------------
# Idiom calques: an English idiom translated word by word. The table is data, in the options of
# T006 (rules/translationese.yaml): ``idioms`` (pattern, english, bengali) and ``openers``
# (sentence-initial words before a comma: "Well, …", "At the end of the day, …").


def literal_groups(p: str) -> list[list[tuple[str, bool]]]:
    """What every match of the idiom pattern ``p`` contains, as groups of literal strings: each
    group holds alternatives, one of which occurs in any match. A text lacking every string of a
    group cannot match, so the pattern is not run on it: a few ``str.__contains__`` calls instead
    of a regex scan, for most of the ~80 idioms on most texts. Computed from the parse tree of the
    pattern: literal runs that are mandatory (not under an optional repeat, a lookaround or an
    alternation), and mandatory alternations whose every branch has such a run. Runs are cut at
    য়/ড়/ঢ়, which texts write in two encodings. An empty list: no guarantee found.

    Each string comes with whether it begins a word in every match: it starts the pattern (which
    T006 anchors at a word start) or follows mandatory whitespace. Such a string occurs in a text
    only as the beginning of a word token."""
    from re import _constants as c
    from re import _parser

    def is_space(op, av) -> bool:
        return (op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)]) or (op is c.LITERAL and chr(av).isspace())

    def walk(seq, at_start: bool):
        runs, alts, cur = [], [], []
        initial = at_start   # does the pending run begin a word?
        at = at_start        # is the current position a word start?

        def flush():
            if cur:
                runs.append(("".join(cur), initial))
                cur.clear()

        for op, av in seq:
            if op is c.LITERAL and not is_space(op, av):
                ch = chr(av)
                if ch == "\u09bc":   # nukta: drop its base letter too (য় has two encodings)
                    if cur:
                        cur.pop()
                    flush()
                else:
                    if not cur:
                        initial = at
                    cur.append(ch)
                at = False
                continue
            flush()
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue      # zero-width: the position stays what it was
            if is_space(op, av) or (op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1
                                    and len(av[2]) == 1 and is_space(*av[2][0])):
                at = True
                continue
            if op is c.SUBPATTERN:
                r, a = walk(av[3], at)
                runs += r
                alts += a
            elif op is c.BRANCH:
                opts = []
                for branch in av[1]:
                    r, _ = walk(branch, at)
                    r = [x for x in r if len(x[0]) >= 2]
                    if not r:
                        opts = None
                        break
                    opts.append(max(r, key=lambda x: len(x[0])))
                if opts:
                    alts.append(opts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                r, a = walk(av[2], at)
                runs += r
                alts += a
            at = False
        flush()
        return runs, alts

    try:
        tree = _parser.parse(nukta_norm(p).replace(r"\p{Bengali}", "[\u0980-\u09ff]"))
        runs, alts = walk(list(tree), True)
    except Exception:  # a construct Python's parser does not know: no prefilter
        return []
    return [[r] for r in dict.fromkeys(r for r in runs if len(r[0]) >= 2)] + alts


class _IdiomTable:
    """T006's idioms and openers, compiled once per run."""

    def __init__(self, options):
        rows = options.get("idioms", [])
        # each idiom's literal groups, the most selective (longest shortest string) first: the
        # presence test stops at the first group missing from the text, usually the first
        # (each string with whether it begins a word: those are looked up among the document's
        # word tokens, the others searched in the text)
        self.idioms = [(regex.compile(f"{NB}{bnpat(r['pattern'])}{NA}", regex.V1 | regex.M),
                        [list(dict.fromkeys((x, initial and WORD_RE.fullmatch(x) is not None) for x, initial in g))
                         for g in sorted(literal_groups(r["pattern"]), key=lambda g: -min(len(x) for x, _ in g))],
                        r["english"], r["bengali"]) for r in rows]
        openers = options.get("openers", {})
        self.openers = {nukta_norm(k): (v["english"], v["bengali"]) for k, v in openers.items()}
        # the openers as they are written (one space between words), alternatives longest first,
        # at a sentence's start, after a quotation's opening mark too (“দিনের শেষে, …), and after
        # the full stop or ৷ machine translation ends a sentence with (… দরকার নেই. দিনের শেষে, …)
        self.opener_re = regex.compile(
            r"(?:^|(?<=(?:[।?!]|(?<=\p{Bengali})[.৷])\s*)|(?<=[“\"‘]\s*)|(?<=(?:^|[।?!]\s*)(?:কিন্তু|তবে|আর|তবু|তবুও|এবং)\s+))(?P<w>" + "|".join(bnpat(k.replace(" ", r"\s+")) for k in sorted(openers, key=len, reverse=True))
            + r")\s*,(?=\s)", regex.V1 | regex.M) if openers else None


def _lines_with(ctx, strings, cap: int) -> list[int] | None:
    """0-based rows of the lines holding one of ``strings``, or None after ``cap`` occurrences
    (then a scan of the whole text is cheaper)."""
    text, starts = ctx.text, ctx.lines.starts
    rows: set[int] = set()
    n = 0
    for s in strings:
        i = text.find(s)
        while i != -1:
            n += 1
            if n > cap:
                return None
            rows.add(bisect.bisect_right(starts, i) - 1)
            i = text.find(s, i + len(s))
    return sorted(rows)


def idiom_calque(ctx, rule):
    taken: list[tuple[int, int]] = []
    text = ctx.text
    cap = max(8, len(ctx.lines.starts) // 4)
    table = _rule_cached(rule, "idioms", lambda: _IdiomTable(rule.options))
    starts = ctx.once("lexicon.sorted_words", lambda: sorted(doc_words(ctx).distinct))
    seen: dict[str, bool] = {}
    line_rows: dict[tuple, list[int] | None] = {}

    def present(x: str, initial: bool) -> bool:
        if x not in seen:
            if initial:   # the start of some word token: a binary search in the sorted tokens
                i = bisect.bisect_left(starts, x)
                seen[x] = i < len(starts) and starts[i].startswith(x)
            else:
                seen[x] = x in text
        return seen[x]

    for pat, needles, en, bn in table.idioms:
        if not all(any(present(x, initial) for x, initial in group) for group in needles):
            continue
        # run the pattern only on the lines holding its most selective literal (the group whose
        # shortest string is longest); an idiom does not cross a line break
        if needles:
            key = tuple(x for x, _ in needles[0])
            if key not in line_rows:   # several idioms share a literal (একটি, বলা)
                line_rows[key] = _lines_with(ctx, key, cap)
            rows = line_rows[key]
        else:
            rows = None
        matches = pat.finditer(text) if rows is None else finditer_lines(ctx, pat, rows)
        for m in matches:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue   # an earlier (more specific) idiom already covers this text
            taken.append(m.span())
            yield Hit(m.start(), m.end(), args={"english": en, "suggestion": bn, "text": m.group()})
    for m in (table.opener_re.finditer(text) if table.opener_re else ()):
        en, bn = table.openers[nukta_norm(" ".join(m.group("w").split()))]
        yield Hit(m.start("w"), m.end(), args={"english": en, "suggestion": bn, "text": m.group()})


# --------------------------------------------------------------------------------------
# Cleft sentences: "It is the specialist who …" = এটি সেই বিশেষজ্ঞ যিনি …; "It is not only X that …"
# = এটি শুধুমাত্র X নয় যা …. A sentence that opens with এটি/এটা and, within a few words, a
# relative pronoun, where the words between hold no verb.
CLEFT_RE = regex.compile(
    rf"(?:^|(?<=[।?!:]\s*)|(?<=[।?!]\s*[\"“'‘])|(?P<comma>(?<=,\s*)))(?P<it>এটি|এটা|ইহা|এটাই|এটিই)\s+"
    rf"(?P<mid>(?:\p{{Bengali}}+[\s,]+){{1,5}}?)(?P<rel>যিনি|যারা|যাঁরা|যা|যাকে|যাঁকে|যার|যাঁর){NA}",
    regex.V1 | regex.M,
)
# "এটা সেই/এমন এক …" is a normal Bengali demonstrative; the calque needs a noun phrase that is
# simply identified with "it". Finite verbs between এটি and the relative mean it is no cleft.
FINITE_END_RE = regex.compile(
    r"(?:ছে|ছেন|ছি|ছিল|ছিলেন|েছে|েছেন|েছিল|েছিলেন|বে|বেন|লেন|লাম|তেন|ছিলাম|চ্ছে|চ্ছেন)$"
    r"|^(?:করে|করেন|হয়|হন|আছে|আছেন|দেখায়|বলে|বলেন|থাকে|যায়|নেয়|দেয়|পারে|পারেন|দেন|চায়|চান|জানে|জানেন)$"
)
CLEFT_BLOCK = {"যে", "যদি", "কারণ", "হলো", "হল", "হলেও", "তবে", "কি", "কী", "বলে", "মনে", "বলা", "আসলে"}
# After a comma, only when the comma closes a fronted subordinate clause (যেহেতু …, এটি একটি X যার …:
# "Since …, it is a specialisation that …"): then এটি opens the main clause as at a sentence start.
# Elsewhere ", এটি একটি X যা …" continues a sentence (… মনোভাব হল, এটি একটি সুযোগ যাকে …).
SUBORDINATORS = frozenset(nukta_norm(w) for w in "যেহেতু যদি যখন যদিও যতক্ষণ যতদিন যেখানে কারণ".split())


_FIRST_WORD_RE = regex.compile(r"[\s\"“'‘]*([\p{Bengali}\u200c\u200d]+)")


def _after_subordinate_clause(text: str, pos: int) -> bool:
    start = max(text.rfind(c, 0, pos) for c in "।?!\n") + 1
    first = _FIRST_WORD_RE.match(text, start, pos)
    return bool(first) and nukta_norm(first.group(1)) in SUBORDINATORS and text.count(",", start, pos) == 1


def cleft_it(ctx, rule):
    text = ctx.text
    for m in CLEFT_RE.finditer(text):
        if m.group("comma") is not None and not _after_subordinate_clause(text, m.start("it")):
            continue
        if "," in m.group("mid") or text[m.end("rel"):m.end("rel") + 1] in "-‐":
            continue    # ", যা …" is a non-restrictive relative; "যা-ই হোক" an idiom
        mid = nukta_norm(m.group("mid")).split()
        if not mid or any(w in CLEFT_BLOCK for w in mid):
            continue
        # a finite verb between "it" and the relative: not a cleft (এটা দেখায় যা …)
        if any(FINITE_END_RE.search(w) and w not in NOT_VERBS for w in mid if w not in ("নয়", "না", "নয়")):
            continue
        yield Hit(m.start("it"), m.end("rel"), args={"text": m.group()})


# words ending like a finite verb that are nouns/adjectives/determiners in this position
NOT_VERBS = frozenset("""
সেই একটি একজন এমন এক শুধুমাত্র শুধু কেবল কেবলমাত্র বিশেষজ্ঞ এই সেটা সেটি একমাত্র প্রধান প্রথম
মূল সবচেয়ে সব সকল আসল বড় ছোট ভালো ভাল নতুন পুরনো পুরোনো সেরা প্রক্রিয়া ব্যবস্থা
""".split())


# --------------------------------------------------------------------------------------
# Classifier: একটি (for things) with a noun for a person. Bengali counts people with একজন.
PERSON_WORDS = frozenset("""
ম্যানেজার শিক্ষক শিক্ষিকা ছাত্র ছাত্রী শিক্ষার্থী বিশেষজ্ঞ ডাক্তার চিকিৎসক প্রকৌশলী ইঞ্জিনিয়ার লেখক লেখিকা
কবি শিল্পী গায়ক গায়িকা অভিনেতা অভিনেত্রী পরিচালক নেতা নেত্রী কর্মী কর্মকর্তা কর্মচারী সাংবাদিক রাজনীতিবিদ
বিজ্ঞানী গবেষক প্রার্থী ভোটার ক্রেতা বিক্রেতা ব্যবসায়ী উদ্যোক্তা মালিক সদস্য সভাপতি সম্পাদক মন্ত্রী
প্রধানমন্ত্রী রাষ্ট্রপতি বিচারক আইনজীবী উকিল সৈনিক কৃষক শ্রমিক চালক ড্রাইভার রোগী নার্স ব্যক্তি মহিলা
পুরুষ নারী ভদ্রলোক ভদ্রমহিলা বন্ধু অতিথি পর্যটক যাত্রী খেলোয়াড় কোচ প্রশিক্ষক পরামর্শদাতা উপদেষ্টা
বক্তা শ্রোতা দর্শক পাঠক গ্রাহক ক্লায়েন্ট ডিজাইনার ডেভেলপার প্রোগ্রামার মার্কেটার বিপণনকারী অংশীদার
প্রতিনিধি অফিসার কর্মকর্তা পেশাদার প্রতিষ্ঠাতা সহকর্মী সহযোগী মুখপাত্র কর্মী ইন্টার্ন স্পেশালিস্ট কনসালট্যান্ট
এক্সিকিউটিভ সিইও সিএমও নির্বাহী ব্লগার ইনফ্লুয়েন্সার ফটোগ্রাফার আলোকচিত্রী সম্পাদিকা অধ্যাপক প্রভাষক
গবেষিকা বিজ্ঞানী চাকরিজীবী পেশাজীবী কর্মজীবী শ্রমজীবী বুদ্ধিজীবী আইনপ্রণেতা
থেরাপিস্ট ফার্মাসিস্ট সাইকোলজিস্ট মনোবিজ্ঞানী ডেন্টিস্ট অ্যানালিস্ট বিশ্লেষক জার্নালিস্ট আর্টিস্ট
সায়েন্টিস্ট রিসার্চার অ্যাসিস্ট্যান্ট সহকারী শেফ বারিস্তা বারিস্টা রাঁধুনি ওয়েটার পাইলট মেকানিক
টিউটর প্রতিবেদক ভাষ্যকার মুখপাত্রী ডায়েটিশিয়ান নিউট্রিশনিস্ট ট্রেইনার ট্রেনার মেন্টর উপস্থাপক
উপস্থাপিকা সঞ্চালক রিপোর্টার এডিটর রাইটার কপিরাইটার টিচার প্রফেসর চেয়ারম্যান প্রেসিডেন্ট ডিরেক্টর
স্বেচ্ছাসেবক সার্জন ব্যাংকার সাংসদ কাউন্সিলর মেয়র গভর্নর রাষ্ট্রদূত কূটনীতিক গোয়েন্দা সাক্ষী
অভিবাসী শরণার্থী ফুটবলার ক্রিকেটার অ্যাথলেট দৌড়বিদ অ্যাডমিন এডমিন অ্যাডমিনিস্ট্রেটর প্রশাসক মডারেটর
বৃদ্ধ বৃদ্ধা রেঞ্জার ভারোত্তোলক সাঁতারু কারিগর তাঁতি বাসিন্দা নাগরিক ভাড়াটিয়া দোকানি দোকানদার প্রহরী
নিরাপত্তারক্ষী দর্জি মিস্ত্রি মিস্ত্রী রাজমিস্ত্রি কাঠমিস্ত্রি প্লাম্বার ভলান্টিয়ার মালী মালি দারোয়ান পিয়ন
রাইডার ডেলিভারিম্যান কুরিয়ারম্যান হকার জেলে মাঝি কুলি রিকশাচালক গাইড পুলিশকর্মী সেবিকা ধাত্রী
দোভাষী অনুবাদক সহযাত্রী সহপাঠী প্রশিক্ষণার্থী পরীক্ষার্থী
""".split())
PERSON_SUFFIXES = ("কারী", "কারিণী", "জীবী", "বিদ", "দাতা", "গ্রহীতা", "বিশেষজ্ঞ", "ম্যানেজার", "পরিচালক",
                   "কর্মী", "কর্মকর্তা", "প্রার্থী", "শিক্ষক", "নেতা", "বিজ্ঞানী", "চিকিৎসক", "শিল্পী",
                   "প্রকৌশলী", "চালক", nukta_norm("শিয়ান"), nukta_norm("ওয়ালা"),
                   nukta_norm("ওয়ালি"))
BN_DIGITS = frozenset("০১২৩৪৫৬৭৮৯")
# (the emphatic and inclusive clitics, lexicon.CLITICS, close the noun phrase too: দুটি খেলোয়াড়ই,
# তিনটি যাত্রীও)
CASE_SUFFIXES = ("দেরকে", "দের", "েরা", "রা", "কে", "ের", "এর", "র", "টির", "টিকে", "টি") + CLITICS
# একটি, and a numeral or কয়েক with -টি (তিনটি কৃষক, ৫টি গবেষক, কয়েকটি ব্যবহারকারী: তিনজন, ৫জন,
# কয়েকজন); found from the classifier
# (a pattern that opens with the numeral is tried at every character), the numeral read before it
CLASSIFIER_RE = regex.compile(r"টি(?=\s)")
# the numeral words a classifier follows (T012, T020): the units and কয়েক, the teens and tens in
# their common spellings, and the hundreds (দুইশটি, তিনশোটি)
_NUMBER_WORDS = ("এক|দু|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|কয়েক"
                 "|এগারো|বারো|তেরো|চৌদ্দ|চোদ্দ|পনেরো|পনের|ষোলো|ষোল|সতেরো|আঠারো|উনিশ|বিশ|কুড়ি|পঁচিশ|ত্রিশ|তিরিশ"
                 "|চল্লিশ|পঞ্চাশ|ষাট|সত্তর|আশি|নব্বই|(?:এক|দু|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়)?(?:শ|শো|শত)")
# (and আরেক, "one more": আরেকটি রাইডার for আরেকজন রাইডার)
_CLASSIFIER_COUNT_RE = regex.compile(bnpat(rf"(?:^|(?<![\p{{Bengali}}\u200c\u200d]))(?:{_NUMBER_WORDS}|আরেক|[০-৯]+)$"), regex.V1)
# after a person noun: the noun phrase ends here (so the person is its head)
NP_END_NEXT = frozenset(nukta_norm(w) for w in """
এবং ও আর বা হিসেবে হিসাবে হয়ে হন হলেন প্রায় ছিলেন হবেন হতে যিনি যে যার যাকে নন নয় হয়েছেন আছেন রয়েছেন
হওয়ার হওয়া হওয়াটা খুঁজে নিয়ে দিয়ে ডেকে রেখে পেয়ে পাঠিয়ে নিয়োগ জানান
অবশ্যই সবসময় সবসময়ই প্রায়ই প্রায়শই সম্প্রতি ইতিমধ্যে নিজেই নিজেও
কোনো কোন কোনও সব সকল প্রতিটি নিজের তার তাঁর তাদের তাঁদের আমার আমাদের আপনার
যদি যখন যেহেতু তো কি কী দরকার প্রয়োজন
একসঙ্গে একসাথে একযোগে মিলে
""".split())
GEN_ACC = ("দেরকে", "দের", "েরা", "রা", "কে", "ের", "এর", "র")
# (and the postpositions that close a phrase of time or place: সন্ধ্যা ৭টা পর্যন্ত দর্শনার্থীরা, a
# clock time, not a count)
NP_BREAK = frozenset(nukta_norm(w) for w in """
এবং ও বা অথবা কিংবা আর হল হলো হয় হয়েছে ছিল ছিলেন হলেন হন যে যা যিনি নয় না
পর্যন্ত থেকে ধরে আগে পরে মধ্যে নাগাদ
""".split())


# case endings that close a noun phrase (of a non-person word before T012's person noun, of an
# adjective before T020's counted noun); nukta_norm's য়, a case ending only after -া or -ো (ঢাকায়;
# বিশ্ববিদ্যালয়, বিষয় end in য় of their own)
NP_CASE_ENDINGS = ("ে", "র", "কে", "তে", "ায়", "োয়")
# a demonstrative opens a new noun phrase
_DEMONSTRATIVES = frozenset(nukta_norm(w) for w in "এই সেই ওই ঐ এ সে".split())


_AGENT_SUFFIXES = ("কারী", "কারিণী")


def _agent_of(stem: str) -> bool:
    """Is ``stem`` a person noun only by its agent suffix -কারী (পরিবর্তনকারী, not ব্যবহারকারী
    in PERSON_WORDS)? After another word such a noun may name a thing (a game changer)."""
    return stem.endswith(_AGENT_SUFFIXES) and stem not in PERSON_WORDS


# English agent nouns that also name programs, and the nouns that make them one (a password
# manager, a printer driver; a community manager and a taxi driver are people)
_SOFTWARE_AGENTS = frozenset("ম্যানেজার ড্রাইভার".split())
_SOFTWARE_OBJECTS = frozenset(nukta_norm(w) for w in """
পাসওয়ার্ড ফাইল ডাউনলোড টাস্ক প্যাকেজ ডিভাইস প্রিন্টার প্রিন্ট গ্রাফিক্স সাউন্ড অডিও ভিডিও নেটওয়ার্ক
ইউএসবি ব্লুটুথ ক্লিপবোর্ড উইন্ডো ডেটাবেস ডাটাবেস বুট পার্টিশন ডিস্ক মেমোরি
""".split())


def _software_agent(before: str, stem: str) -> bool:
    """Is ``before stem`` a program (পাসওয়ার্ড ম্যানেজার), not a person?"""
    return stem in _SOFTWARE_AGENTS and before in _SOFTWARE_OBJECTS


def _person_stem(word: str) -> str | None:
    """The case ending ("" if none) when ``word`` is a person noun, else None."""
    for suf in ("",) + CASE_SUFFIXES:
        if suf and not word.endswith(suf):
            continue
        stem = word[: len(word) - len(suf)] if suf else word
        if len(stem) < 2:
            continue
        if stem in PERSON_WORDS or (stem.endswith(PERSON_SUFFIXES) and len(stem) > 4):
            return suf
    return None


# the next word after spaces or tabs (``words_after``, T020)
_NEXT_WORD_RE = regex.compile(r"[ \t]+(\p{Bengali}+)")


def words_after(text: str, pos: int, n: int) -> list[tuple[str, int, int]]:
    """The next ``n`` (or fewer) Bengali words after ``pos``, each after spaces or tabs only."""
    out = []
    for _ in range(n):
        m = _NEXT_WORD_RE.match(text, pos, pos + 200)
        if not m:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
    return out


# a clause that ends in an honorific finite verb (বলেছেন, দেখলেন, দিয়েছেন, করবেন)
_HONORIFIC_END_RE = regex.compile(r"\p{Bengali}+(?:েছেন|েছিলেন|লেন|ছেন|তেন|বেন|েন)\s*[।!]")
_CLAUSE_STOP_RE = regex.compile(r"[।!?\n,;]")


# a conditional or temporal clause and its comma may come first: the main clause opens after it
# (আপনি যদি কোনো টিমের সদস্য হন, একটি অ্যাডমিন আপনার জন্য … করতে পারেন)
_CONDITIONAL_BEFORE_RE = regex.compile(r"(?:^|[।?!:])[^।?!:,]*(?<![\p{Bengali}])(?:যদি|যখন)(?![\p{Bengali}])[^।?!:,]*,$")


def _honorific_subject(text: str, start: int, end: int) -> bool:
    """Does ``একটি <person>`` (text[start:end]) open its sentence as the subject of an honorific
    verb (একটি ডাক্তার রোগীকে দেখলেন)? Then the person noun heads the phrase even with a noun after
    it: a compound (একটি শিক্ষক সমিতি) does not take an honorific verb. The clause must open the
    sentence or follow a যদি/যখন clause and its comma, and be one clause (no comma) of at most
    eight words."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    if before and before[-1] not in "।?!:\"“'‘" and not _CONDITIONAL_BEFORE_RE.search(before):
        return False
    stop = _CLAUSE_STOP_RE.search(text, end)
    if stop is None or text[stop.start()] not in "।!":
        return False
    clause = text[end:stop.end()]
    return len(clause.split()) <= 8 and bool(_HONORIFIC_END_RE.search(clause))


# a name in apposition (একটি পুষ্টিবিদ লরা হেনড্রিক্স বলেন) or an object pronoun (একটি উপদেষ্টা
# আমাকে বলেছিলেন): one to three words without a case ending (but for those pronouns), then an
# honorific finite verb in the same clause; a compound noun (একটি শিক্ষক সমিতি)
# takes a non-honorific verb (বলেছে), and a noun with a case ending (সমিতির সভাপতি বলেন) stops it
_NAMED_SUBJECT_RE = regex.compile(
    r"(?:[ \t]+(?:আমাকে|আমাদের|আমাদেরকে|তাকে|তাঁকে|আপনাকে|আপনাদের|তোমাকে|তাদের|তাঁদের|তাদেরকে"
    r"|(?!\p{Bengali}*(?:ের|র|কে|তে|য়|য়|ে)(?![\p{Bengali}]))[\p{Bengali}\p{L}.]+)){1,3}"
    r"[ \t]+(?P<verb>\p{Bengali}+(?:েছেন|েছিলেন|লেন|ছেন|তেন|বেন|েন|ান))(?![\p{Bengali}])")


def _named_subject(text: str, end: int) -> bool:
    m = _NAMED_SUBJECT_RE.match(text, end)
    return bool(m) and is_finite_verb(nukta_norm(m.group("verb")))


# The counted person phrase may also stand inside its sentence (তিনি জানান, পূর্ব রেঞ্জে এখন মাত্র
# চারটি রেঞ্জার দিনরাত পাহারা দেন; আর তিনটি কৃষক ঋণ শোধ করতে না পেরে জমি বিক্রি করে দিয়েছেন):
# it is the clause's subject when nothing before it in the clause can be one (only adverbs,
# conjunctions, case-marked words and phrases closed by a postposition) and the clause ends in an
# honorific finite verb with no subject pronoun of its own
_SUBJECT_LEAD_WORDS = frozenset(nukta_norm(w) for w in """
আর এবং কিন্তু তবে তাই ফলে এখন তখন মাত্র প্রায় অন্তত মোট সর্বোচ্চ কমপক্ষে প্রতি এবার আজ গত এ এই সেই ওই আরও
""".split())
_CLOSING_POSTPOSITIONS = frozenset(nukta_norm(w) for w in """
নিয়ে থেকে জন্য সঙ্গে সাথে পর পরে আগে মধ্যে দিয়ে ধরে পর্যন্ত কাছে বাদে ছাড়া
""".split())
# the pronouns that can be a clause's subject (also T018's, in word_order.py)
SUBJECT_PRONOUNS = frozenset(nukta_norm(w) for w in """
আমি আমরা তুমি তোমরা আপনি আপনারা সে তিনি তারা তাঁরা উনি ওরা এটি এটা ইহা এগুলো এগুলি এরা সেটি সেটা
""".split())
_CLAUSE_WORD_RE = regex.compile(r"[\p{Bengali}\p{L}]+")
# the mark that opens the clause, searched back from the count: only as far as the clause's start
_CLAUSE_OPEN_BACK_RE = regex.compile(r'[।?!\n,;:"“]', regex.REVERSE)


def _subject_inside_clause(text: str, start: int, end: int) -> bool:
    m = _CLAUSE_OPEN_BACK_RE.search(text, 0, start)
    cs = m.end() if m else 0
    open_bare = False
    for w in _CLAUSE_WORD_RE.findall(text, cs, start):
        w = nukta_norm(w)
        if not regex.fullmatch(r"\p{Bengali}+", w) or w in SUBJECT_PRONOUNS or is_finite_verb(w):
            return False
        if w in _SUBJECT_LEAD_WORDS:
            continue
        open_bare = not (w in _CLOSING_POSTPOSITIONS or w.endswith(NP_CASE_ENDINGS + ("য়",)))
    if open_bare:
        return False        # a bare noun just before may be the subject (মন্ত্রী একটি শিক্ষক …)
    stop = _CLAUSE_STOP_RE.search(text, end)
    if stop is None:
        return False
    words = [nukta_norm(w) for w in _CLAUSE_WORD_RE.findall(text, end, stop.start())]
    if not words or len(words) > 10 or SUBJECT_PRONOUNS.intersection(words):
        return False
    if words[0].endswith(("র", "ের")):
        return False        # একটি শিক্ষক সমিতির সভাপতি বলেন: the person noun is a compound's first part
    return words[-1].endswith(("েন", "ান")) and is_finite_verb(words[-1])


# a relative genitive before the numeral, with an optional "at least" (যার অন্তত দুটি): partitive
_PARTITIVE_BEFORE_RE = regex.compile(
    r"(?<![\p{Bengali}])(?:যার|যেগুলোর|যেগুলির|যেটির|যেসবের)(?:[ \t]+(?:অন্তত|অন্ততপক্ষে|কমপক্ষে|মাত্র|প্রায়))?[ \t]+$")


# the singular classifiers with their case endings, longest first (nukta-normalised)
_SINGULAR_CLASSIFIERS = tuple(sorted((nukta_norm(e) for e in "টিকে টাকে টিতে টির টার টায় টি টা".split()),
                                     key=len, reverse=True))


def classified_stem(word: str, endings: tuple = _SINGULAR_CLASSIFIERS) -> str | None:
    """The stem of ``word`` (nukta-normalised) when it carries one of ``endings``, by default a
    singular classifier (টি, টির, টাকে …), after a frequent stem of two graphemes or more
    (প্রতিষ্ঠানটির, ট্যাংকটি; not কোটি), else None; the first ending that fits decides. Not a
    plural by default (৪টি কৃষক সমবায়গুলো: the counted noun's own plural, T020's error)."""
    for c in endings:
        if word.endswith(c):
            stem = word[:-len(c)]
            return stem if len(GRAPHEME_RE.findall(stem)) >= 2 and zipf(stem) >= 3.0 else None
    return None


def classifier_person(ctx, rule):
    text = ctx.text
    for c in CLASSIFIER_RE.finditer(text):
        count = _CLASSIFIER_COUNT_RE.search(text, max(0, c.start() - 8), c.start())
        if count is None:
            continue   # not a count (প্রত্যেকটি, কোনটি)
        ms, me = count.start(), c.end()
        words = words_after(text, me, 4)
        for k, (w, ws, we) in enumerate(words[:3]):
            wn = nukta_norm(w)
            suf = _person_stem(wn)
            if suf is None:
                if wn in NP_BREAK or wn.rstrip("ইও").endswith(NP_CASE_ENDINGS + ("রা",)) \
                        or (k and wn in _DEMONSTRATIVES) or (wn.endswith("ও") and zipf(wn[:-1]) >= 3.0):
                    break   # the noun phrase ended (case ending, conjunction, verb, the clitic ও:
                    #         কয়েকটি ক্লাবও এই খেলোয়াড়ের) on a non-person, or another one opens
                continue
            if suf in ("দেরকে", "দের", "েরা", "রা"):
                break       # একটি with a plural is another error (a stray classifier)
            stem = wn[:len(wn) - len(suf)] if suf else wn
            if k and _agent_of(stem):
                break       # একটি খেলা পরিবর্তনকারী, একটি ব্যথা উপশমকারী: a noun + -কারী names a thing too
            if k and _software_agent(nukta_norm(words[k - 1][0]), stem):
                break       # ৫টি ফ্রি পাসওয়ার্ড ম্যানেজার, একটি প্রিন্টার ড্রাইভার: a program
            if k and suf in ("কে", "টিকে") and not all(_adjective(words[j][0]) for j in range(k)):
                break       # একটি চিঠি মন্ত্রীকে: the person is the recipient of the counted thing
                #             (not after adjectives alone: একটি প্রশিক্ষিত মিস্ত্রিকে)
            if suf in ("ের", "এর", "র") and (
                    k + 1 < len(words) and words[k + 1][1] == we + 1
                    and nukta_norm(words[k + 1][0]).endswith(("র", "ের"))
                    or _PARTITIVE_BEFORE_RE.search(text, max(0, ms - 40), ms)):
                break       # একটি হিসাব রোগীর শয্যার পাশে: the person's genitive opens a chain that
                #             modifies another noun; যার অন্তত দুটি শিক্ষকের কাছ থেকে: the numeral counts
                #             the relative's antecedent (letters, two of which from teachers)
            # the person noun must end the noun phrase: it carries a case ending, or what follows
            # is punctuation or a word that closes the phrase (not another noun: একটি শিক্ষক সমিতি)
            by_verb = False   # the person noun has a noun after it, but heads an honorific subject
            if suf not in GEN_ACC + CLITICS:
                nxt = words[k + 1][0] if k + 1 < len(words) and words[k + 1][1] == we + 1 else None
                # a Bengali numeral opens the next phrase (একটি সহায়তাকর্মী ২৪ ঘণ্টার মধ্যে …): no compound
                # so does a noun with a classifier of its own (তিনটি গবেষক প্রতিষ্ঠানটির গবেষণাগারে):
                # the count's টি is not its classifier too
                nn = nukta_norm(nxt) if nxt is not None else None
                next_phrase = nxt is not None and (nxt[0] in BN_DIGITS or classified_stem(nn) is not None)
                if nxt is not None and not next_phrase and nn not in NP_END_NEXT \
                        and not is_finite_verb(nn) and not familiar_imperative(nxt):
                    if not (_honorific_subject(text, ms, we) or _named_subject(text, we)
                            or _subject_inside_clause(text, ms, we)):
                        break
                    by_verb = True
                if nxt is None:
                    after = text[we:we + 1]
                    if after and after not in ",।?!;:)\"”’\n" and not after.isspace():
                        break
                    if after.isspace() and after != "\n":
                        # a non-Bengali word follows (an English name, a number): unclear
                        break
            # with a genitive (একটি শিক্ষকের পদ) একটি may count the following thing: the fix is unsafe
            # and when only the verb shows the person heads the phrase (একটি বিশেষজ্ঞ দল … is a team)
            unsafe = suf in ("ের", "এর", "র") or by_verb
            yield Hit(ms, me, text[ms:me - 2] + "জন", applicability="unsafe" if unsafe else None,
                      args={"text": text[ms:we]})
            break


# --------------------------------------------------------------------------------------
# A numeral with a classifier counts its noun, which then takes no plural: ছয়টি মাইক্রোফোনগুলো,
# তিনজন সহপাঠীরা (English "six microphones", "three classmates" carried over with both markers).
# Genitive plurals are left alone: they modify the counted noun (একটি বাচ্চাদের দোকান).
_COUNT = bnpat(f"(?:[০-৯0-9]+|{_NUMBER_WORDS})")
# (the genitive of -গুলো/-সমূহ too: ৩০টি দেশগুলোর; not -দের, which modifies the counted noun: একটি
# বাচ্চাদের দোকান)
_PLURALS = ("গুলোকে", "গুলিকে", "গুলোতে", "গুলিতে", "গুলোর", "গুলির", "সমূহের", "গুলোই", "গুলিই", "গুলোও",
            "গুলো", "গুলি", "েরাও", "রাও", "েরাই", "রাই", "েরা", "রা", "দেরকে", "সমূহ", "বৃন্দ", "গণ")
_GULO = ("গুলো", "গুলি")
_CASE_OF_PLURAL = {"গুলোকে": "কে", "গুলিকে": "কে", "গুলোতে": "তে", "গুলিতে": "তে", "গুলোই": "ই", "গুলিই": "ই",
                   "গুলোও": "ও", "েরাও": "ও", "রাও": "ও", "েরাই": "ই", "রাই": "ই", "দেরকে": "কে", "গুলোর": "র", "গুলির": "র", "সমূহের": "র", "দের": "র"}
# found from the classifier and the one to three words after it (a pattern that opens with the
# numeral's lookbehind is tried at every character); the numeral is then read before it
# (and "more than N": ৩২০টিরও বেশি বস্ত্রসমূহ)
COUNTED_PLURAL_RE = regex.compile(
    r"(?:টি|টা|জন|খানা|খানি)(?:(?:রও|র|এরও|ের)[ \t]+(?:বেশি|অধিক|কম))?[ \t]+(\p{Bengali}+(?:-\p{Bengali}+)?)"
    r"(?:[ \t]+(\p{Bengali}+(?:-\p{Bengali}+)?))?(?:[ \t]+(\p{Bengali}+(?:-\p{Bengali}+)?))?")
_COUNT_BEFORE_RE = regex.compile(rf"(?:^|(?<!{BW})){_COUNT}\s?$", regex.V1)
# a number in digits with no classifier, then a plural (প্রায় ৪০০ পরিবারগুলো); not a date, time,
# decimal or code (১২/০৩, ১০:৩০, ৩.৫, ২-৩)
# (the standard library's re: a pattern opening with a character class is scanned fast; the
# character before the number and the plural ending are tested apart)
DIGITS_PLURAL_RE = re.compile(r"[0-9০-৯]{1,3}(?:,[0-9০-৯]{2,3})*[ \t]+([\u0980-\u09ff]+)")


RARE_PLURAL_MARGIN = 0.8


def _plural_ending(word: str) -> str | None:
    """The plural ending of ``word`` when it is a frequent noun (Zipf >= 3, two graphemes or
    more, more frequent than the plural form) with a nominative, accusative, locative or (-গুলো,
    -সমূহ) genitive plural: ধারা, চেহারা, মারা end in -রা but are words of their own."""
    w = nukta_norm(word).rsplit("-", 1)[-1]   # a hyphenated compound by its last part (উপ-পথগুলো)
    for suf in _PLURALS:
        if w.endswith(suf) and len(w) > len(suf):
            stem = w[: -len(suf)]
            zs = zipf(stem)
            # a collective (-গণ, -বৃন্দ) on a short stem is a word of its own: জনগণ; -গুলো/-গুলি
            # end no word but plurals, so they take a conjunct of one grapheme too (স্ক্রু|গুলো;
            # not the pronouns যেগুলো, সেগুলো)
            min_graphemes = 3 if suf in ("গণ", "বৃন্দ") else 1 if suf.startswith(_GULO) and "\u09cd" in stem else 2
            n = len(GRAPHEME_RE.findall(stem))
            if zs >= 3 and n >= min_graphemes and zipf(w) < zs:
                return suf
            # a person noun is often more frequent in the plural (চাষি 3.0, চাষিরা 3.5): -রা after
            # a vowel sign on a stem of two graphemes or more
            if suf == "রা" and zs >= 2.8 and n >= 2 and stem[-1] in VOWEL_SIGNS and zipf(w) < zs + 0.8:
                return suf
            # a compound noun the lexicon knows less well, in a plural it does not know at all
            # (কুকুরছানা|রা): a word of its own ending so would be a lexicon word
            # (or in one it knows far less: ট্রেকার 2.2, ট্রেকাররা 1.2)
            if zs >= 2 and n >= 3 and zipf(w) <= zs - RARE_PLURAL_MARGIN:
                return suf
            # a compound person noun (দমকলকর্মী|রা, Zipf 1.8): its last member is one
            if suf in ("রা", "েরা") and stem.endswith(PERSON_SUFFIXES) and n >= 3:
                return suf
            # -গুলো/-গুলি on a long stem the lexicon hardly knows (সুপারিশপত্র|গুলো): they end no
            # word but plurals
            if suf.startswith(_GULO) and n >= 4 and zs >= 1 and not zipf(w):
                return suf
            if suf.startswith("ে"):
                continue   # the ে may be the stem's: মেয়ে|রা, not মেয়|েরা
            return None
    return None


def _singular(word: str, suf: str) -> str:
    """``word`` without its plural ending ``suf``, the case it carried kept."""
    stem = word[:len(word) - len(suf)]   # no nukta in a plural ending
    case = _CASE_OF_PLURAL.get(suf, "")
    if case == "তে" and stem[-1] not in VOWEL_SIGNS:
        case = "ে"   # the locative after a consonant: প্রকল্পগুলোতে -> প্রকল্পে
    if case == "র" and stem[-1] not in VOWEL_SIGNS:
        # the genitive after a consonant or an independent vowel: দেশগুলোর -> দেশের, বইগুলোর -> বইয়ের
        case = "য়ের" if stem[-1] in INDEPENDENT_VOWELS else "ের"
    return stem + case


def _plural_hit(text: str, start: int, ws: int, we: int, suf: str) -> Hit:
    """T020's and T025's finding: the plural word at ``ws:we``, its phrase (from the count or
    quantifier at ``start``) quoted, the singular as the fix."""
    w = text[ws:we]
    fix = _singular(w, suf)
    return Hit(ws, we, fix, args={"text": text[start:we], "word": w, "suggestion": fix})


_GLUED_TO_NUMBER = BN_DIGITS | frozenset("0123456789.,:/-")   # a date, time, decimal or code
# a numeral word with no classifier, then a plural (দুই শিশুরা, তিন বন্ধুরা): not এক, and not নয়,
# which is also "is not" (শুধু তারা নয় ছাত্ররাও)
NUMERAL_WORDS = ("দুই দু তিন চার পাঁচ ছয় সাত আট দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ বিশ পঁচিশ "
                 "ত্রিশ তিরিশ চল্লিশ পঞ্চাশ ষাট সত্তর আশি নব্বই").split()
_NUMERAL_WORD_FORMS = both_encodings(NUMERAL_WORDS)
# … and a count in thousands, lakhs or crores, its multiplier between (আঠারো হাজার পরিবারগুলো, ১৮
# হাজার পরিবারগুলো)
_MULTIPLIER_RE = regex.compile(r"[ \t]+(?:হাজার|লাখ|লক্ষ|কোটি)(?=[ \t])")


def _past_multiplier(text: str, pos: int) -> int:
    """The position after a multiplier word right after ``pos`` (``_MULTIPLIER_RE``), else ``pos``."""
    m = _MULTIPLIER_RE.match(text, pos)
    return m.end() if m else pos


def classifier_plural(ctx, rule):
    text = ctx.text
    for m in DIGITS_PLURAL_RE.finditer(text):
        if m.start() and text[m.start() - 1] in _GLUED_TO_NUMBER:
            continue
        suf = _counted_plural(m.group(1))
        if suf:
            yield _plural_hit(text, m.start(), *m.span(1), suf)
        elif _MULTIPLIER_RE.match(text, m.start(1) - 1):
            hit = _plural_after(text, m.start(), m.end(1))
            if hit:
                yield hit
    for ns, ne, _n in doc_words(ctx).occurrences(_NUMERAL_WORD_FORMS):
        hit = _plural_after(text, ns, _past_multiplier(text, ne))
        if hit:
            yield hit
    if "বেশি" in text or "অধিক" in text:
        yield from _more_than_plurals(ctx, text)
    seen = set()
    # (overlapped: the second word of one match may be the next count, প্রতিটি দলে চারজন কর্মীরা)
    for m in COUNTED_PLURAL_RE.finditer(text, overlapped=True):
        person = text.startswith("জন", m.start()) and m.group(1).endswith(_DER)
        if not person and not _ends_plural(m):   # a cheap string test before the count is read
            continue
        count = _COUNT_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()])
        if not count:
            continue
        found = _plural_noun(m, genitive=True, verb_ends=True)
        if found is None and person and nukta_norm(count.group().strip()) not in _ONE:
            found = _person_genitive_plural(m)
        if found and found[:2] not in seen:
            seen.add(found[:2])
            yield _plural_hit(text, m.start() - len(count.group()), *found)


# "more than N" with no classifier, then a plural (সাড়ে তিনশোর বেশি দমকলকর্মীরা, ১০০-এর বেশি
# শিক্ষার্থীরা): found from বেশি/অধিক, the amount read before it. None of the 43 such phrases of the
# clean corpora has a plural.
_MORE_WORDS = both_encodings(["বেশি", "অধিক"])
_AMOUNT_BEFORE_RE = regex.compile(bnpat(
    r"(?:^|(?<![\p{Bengali}\u200c\u200d0-9০-৯]))(?:[0-9০-৯][0-9০-৯,]*-?"
    r"|(?:এক|দু|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|কয়েক)?(?:শো|শ|শত)|হাজার|লাখ|লক্ষ|কোটি)"
    r"(?:এর|র|ের)ও?[ \t]+$"), regex.V1)


def _more_than_plurals(ctx, text: str):
    for ms, me, _w in doc_words(ctx).occurrences(_MORE_WORDS):
        amount = _AMOUNT_BEFORE_RE.search(text, max(0, ms - 40), ms)
        hit = _plural_after(text, amount.start(), me) if amount else None
        if hit:
            yield hit


def _counted_plural(word: str) -> str | None:
    """The plural ending of ``word`` after a count with no classifier (``_plural_ending``; of the
    genitive plurals only -গুলোর, -গুলির, -সমূহের, since -দের modifies the counted noun), or None."""
    if not word.endswith(_PLURALS):
        return None   # (a cheap string test first)
    suf = _plural_ending(word)
    return suf if suf and (suf not in _GENITIVE_PLURALS or suf in _MARKER_GENITIVES) else None


def _plural_after(text: str, start: int, pos: int) -> Hit | None:
    """T020's finding when the word right after ``pos`` is a counted plural (``_counted_plural``),
    its phrase quoted from ``start``; else None."""
    m = _NEXT_WORD_RE.match(text, pos)
    suf = _counted_plural(m.group(1)) if m else None
    return _plural_hit(text, start, *m.span(1), suf) if suf else None


# -দের on the noun right after a person count (চারজন মানুষদের, তিনজন শিক্ষার্থীদের) or a
# distributive (প্রতিটি শিক্ষার্থীদের): the person counted or distributed, not a noun that modifies
# another (একজন শিশুদের ডাক্তার, a children's doctor, counts the doctor: not after এক). Not the
# pronouns (কয়েকজন নিজেদের), and the stem a frequent word. Neither occurs in the clean corpora.
_ONE = frozenset(("এক", "১", "1"))
_DER = "দের"
DER_PRONOUNS = frozenset(nukta_norm(w) for w in
                         "আমাদের তোমাদের আপনাদের তাদের তাঁদের এদের ওদের যাদের কাদের নিজেদের সবাইদের ওঁদের এঁদের".split())


def _person_genitive_plural(m) -> tuple[int, int, str] | None:
    """``(start, end, "দের")`` of the word in ``m``'s group 1 when it is a frequent noun with the
    genitive plural -দের (see above), else None."""
    w = m.group(1)
    wn = nukta_norm(w)
    if not wn.endswith(_DER) or wn in DER_PRONOUNS:
        return None
    stem = wn[:-len(_DER)]
    if len(GRAPHEME_RE.findall(stem)) < 2 or zipf(stem) < 3 or zipf(wn) >= zipf(stem):
        return None
    return (*m.span(1), _DER)


def _ends_plural(m) -> bool:
    """Does one of the words after a count or quantifier (``m``'s groups) end in a plural
    ending?"""
    return any(w and w.endswith(_PLURALS) for w in m.groups())


def _plural_noun(m, genitive: bool, verb_ends: bool, genitives: tuple = ()) -> tuple[int, int, str] | None:
    """``(start, end, plural ending)`` of the counted or quantified noun in ``m``'s group 1, or in
    a later group after an adjective or a compound's first word (ছয়টি শক্তিশালী মাইক্রোফোনগুলো,
    অনেক প্রাদেশিক সভাপতিগণ; after a count, three words: তিনটি নতুন ওয়াচ ফেসগুলো), when it
    carries a plural (a genitive plural too if ``genitive``, else only those in ``genitives``);
    None when the noun phrase ends first
    (a case ending, a conjunction, an unknown word, and if ``verb_ends`` a finite verb)."""
    last = len(m.groups())
    for g in range(1, last + 1):
        w = m.group(g)
        if w is None:
            return None
        suf = _plural_ending(w)
        if suf and (genitive or suf not in _GENITIVE_PLURALS or suf in genitives):
            return (*m.span(g), suf)
        wn = nukta_norm(w)
        # (a finite verb ends the phrase; not one in bare -ব, which no verb has after a
        # classifier and nouns have: দুটি উৎসব বোনাসগুলো, একটি সচিব)
        # (a person noun is the head, never an adjective before it: ৮০০ জন স্বেচ্ছাসেবক স্টেশনগুলোতে)
        if g == last or suf or wn.rstrip("ইও").endswith(NP_CASE_ENDINGS) or wn in NP_BREAK or not zipf(wn) \
                or wn.endswith(_HEAD_PERSON_SUFFIXES) \
                or (verb_ends and is_finite_verb(wn) and not wn.endswith("ব")):
            return None


# --------------------------------------------------------------------------------------
# T025: a quantifier that already makes the noun plural, and a plural ending on the noun too:
# অনেক কৃষকেরা, সমস্ত নথিগুলো, বিভিন্ন দুর্বলতাগুলো (English "many farmers", "all the documents"
# carried over with both markers; বাহুল্য in Bengali grammar). Not সব (আমার সব বন্ধুরা is
# everyday Bengali) nor অধিকাংশ (a partitive), and not the genitive plural in -দের (অনেক শিক্ষকদের),
# which is common in edited prose; the genitives of -গুলো, -গুলি, -সমূহ are not (অনেক পরিবারগুলোর:
# no quantifier of the clean corpora has one).
QUANTIFIER_WORDS = "অনেক বহু অসংখ্য প্রচুর নানা বিভিন্ন সমস্ত সকল কতিপয় কিছু".split()
_QUANTIFIERS = both_encodings(QUANTIFIER_WORDS)
QUANTIFIER_PLURAL_RE = regex.compile(
    "(?:" + "|".join(bnpat(w) for w in QUANTIFIER_WORDS) + r")[ \t]+(\p{Bengali}+)(?:[ \t]+(\p{Bengali}+))?")
_GENITIVE_PLURALS = ("দের", "গুলোর", "গুলির", "সমূহের")
_HEAD_PERSON_SUFFIXES = PERSON_SUFFIXES + ("সেবক", "সেবী")
_MARKER_GENITIVES = _GENITIVE_PLURALS[1:]


# the distributives, which take a singular noun: every plural after them is wrong, -দের too
# (প্রতিটি শিক্ষার্থীদের, প্রত্যেক নাগরিকেরা); not the bare প্রতি, also a postposition (তরুণদের প্রতি
# আমাদের দায়)
DISTRIBUTIVE_WORDS = "প্রতিটি প্রতিটা প্রত্যেক প্রত্যেকটি".split()
_DISTRIBUTIVES = both_encodings(DISTRIBUTIVE_WORDS)
DISTRIBUTIVE_PLURAL_RE = regex.compile(
    "(?:" + "|".join(bnpat(w) for w in DISTRIBUTIVE_WORDS) + r")[ \t]+(\p{Bengali}+)(?:[ \t]+(\p{Bengali}+))?")


def quantifier_plural(ctx, rule):
    text = ctx.text
    words = doc_words(ctx)
    # the quantifiers' positions from the document's tokens (a set test, then one scan in C)
    for qs, _qe, _q in words.occurrences(_QUANTIFIERS):
        m = QUANTIFIER_PLURAL_RE.match(text, qs)
        if m is None or not _ends_plural(m):
            continue
        found = _plural_noun(m, genitive=False, verb_ends=False, genitives=_MARKER_GENITIVES)
        if found:
            yield _plural_hit(text, m.start(), *found)
    for qs, _qe, _q in words.occurrences(_DISTRIBUTIVES):
        m = DISTRIBUTIVE_PLURAL_RE.match(text, qs)
        if m is None:
            continue
        found = (_plural_noun(m, genitive=True, verb_ends=False) if _ends_plural(m) else None) \
            or _person_genitive_plural(m)
        if found:
            yield _plural_hit(text, m.start(), *found)


# --------------------------------------------------------------------------------------
# T026: the indefinite একটি/একটা and, on the very next word, the definite classifier too:
# একটি বাঁশিটি, একটা অ্যাপটি (English "a whistle" given both Bengali markers). The noun must be a
# known word of two graphemes or more without the classifier, more frequent so than with it
# (মাটি, বাটি, রুটি, ত্রুটি end in -টি of their own), and not a pronoun or determiner that takes
# -টি as a word of its own (একটি অন্যটির চেয়ে বড়, একটা আরেকটার মতো). Only adjacent words: with a
# word between, the second classifier belongs to another phrase (একটি নদীর নাম বইটির).
# (found from the indefinite among the document's word tokens, the noun matched after it: a
# pattern that opens with a lookbehind is tried at every character)
# (and the distributive প্রতিটি, which counts with its own classifier too: প্রতিটি জারটির)
_INDEFINITES = both_encodings("একটি একটা একখানা প্রতিটি প্রতিটা প্রত্যেকটি".split())
_BN_CHAR_RE = regex.compile(r"\p{Bengali}")
_DOUBLE_CLASSIFIER_RE = regex.compile(
    r"[ \t]+(?P<noun>(?P<stem>\p{Bengali}+?)(?P<cl>টি|টা)(?P<case>কে|র|তে)?)(?![\p{Bengali}])")
_OWN_CLASSIFIER_STEMS = frozenset(nukta_norm(w) for w in """
অন্য অপর আরেক আর প্রতি প্রত্যেক কোন কোনো যে সে এ ও এক নয় কয়েক অনেক বেশ কত যত তত এত অত খানিক কিছু শেষ প্রথম
""".split() + NUMERAL_WORDS)
DOUBLE_CLASSIFIER_MIN_ZIPF = 3.0
# One adjective may stand between (একটি ছোট টর্চটি): a common plain one or a learned one by its
# ending (একটি বৈদ্যুতিক পাম্পটি); not a genitive or a noun, after which the second classifier
# belongs to another phrase (একটি নদীর নাম বইটির, একটি ধর্ষণ লেখাটি)
_PLAIN_ADJECTIVES = frozenset(nukta_norm(w) for w in """
ছোট ছোটো বড় নতুন পুরোনো পুরনো ভালো ভাল খারাপ সুন্দর লম্বা সহজ কঠিন আলাদা সাধারণ বিশেষ হালকা ভারী
শক্ত নরম গরম ঠান্ডা পরিষ্কার সাদা কালো লাল নীল সবুজ হলুদ চমৎকার দারুণ বিশাল মোটা পাতলা ছোট্ট""".split())
_ADJ_BETWEEN_RE = regex.compile(r"[ \t]+(\p{Bengali}+)(?=[ \t])")


def _adjective(word: str) -> bool:
    w = nukta_norm(word)
    return w in _PLAIN_ADJECTIVES or _learned_adjective(w, len(GRAPHEME_RE.findall(w)))


def doubled_classifier(ctx, rule):
    text = ctx.text
    for s, e, _w in doc_words(ctx).occurrences(_INDEFINITES):
        m = _DOUBLE_CLASSIFIER_RE.match(text, e)
        if m is None and (a := _ADJ_BETWEEN_RE.match(text, e)) is not None and _adjective(a.group(1)):
            m = _DOUBLE_CLASSIFIER_RE.match(text, a.end())
        if m is None or (s and _BN_CHAR_RE.match(text, s - 1)):
            continue   # (not after a Bengali digit or sign: ৫একটি)
        stem = nukta_norm(m.group("stem"))
        if stem in _OWN_CLASSIFIER_STEMS or len(GRAPHEME_RE.findall(stem)) < 2:
            continue
        zs = zipf(stem)
        if zs < DOUBLE_CLASSIFIER_MIN_ZIPF or zipf(stem + nukta_norm(m.group("cl"))) >= zs:
            continue
        # the fix drops the noun's classifier when no case ending follows it
        fix = text[s:m.start("noun")] + m.group("stem") if not m.group("case") else None
        yield Hit(s, m.end(), fix, args={"text": text[s:m.end()], "noun": m.group("noun"), "suggestion": fix})


# T027: জন, the classifier that counts people, on an animal, a vehicle or a machine (একজন
# কুকুর, দুইজন ভেড়া, ৪০ জন গাড়ি, তিনজন নৌকা): English counts every noun alike, and machine
# translation carries the person classifier over to things. Bengali counts them with টি/টা
# (একটি কুকুর, ৪০টি গাড়ি). The noun comes right after the count or after one adjective (একজন পোষা
# প্রাণী); it is not flagged when a person noun follows it, the head of a compound (একজন রিকশা
# চালক, দুজন মাছ ব্যবসায়ী), or when it is a genitive (দুজন গাড়ির মালিক). The nouns are a closed
# list of animals, vehicles and machines (below), not the article's words.
# (found from the literal জন; the count is read back from there, with or without a space: ৪০ জন)
_JON_RE = re.compile("জন(?=[ \t])")
THING_WORDS = frozenset(nukta_norm(w) for w in """
কুকুর বিড়াল বেড়াল গরু ছাগল ভেড়া মহিষ ঘোড়া গাধা খচ্চর উট হাতি বাঘ সিংহ ভালুক হরিণ বানর শিয়াল
শেয়াল নেকড়ে খরগোশ ইঁদুর কাঠবিড়ালি শূকর শুয়োর সাপ কুমির কচ্ছপ ব্যাঙ পাখি মুরগি হাঁস কবুতর পায়রা
টিয়া ময়না কাক চড়ুই ময়ূর মাছ তিমি ডলফিন হাঙর প্রাণী পশু জন্তু কুকুরছানা বিড়ালছানা বাছুর
গাড়ি বাস ট্রাক নৌকা জাহাজ বিমান উড়োজাহাজ হেলিকপ্টার ট্রেন মোটরসাইকেল সাইকেল রিকশা অ্যাম্বুলেন্স লঞ্চ
ফেরি স্কুটার ট্রলার স্পিডবোট ট্যাক্সি ভ্যান
যন্ত্র মেশিন ডিভাইস কম্পিউটার ল্যাপটপ মোবাইল রোবট কুকার
""".split())
_THING_ENDINGS = ("কে", "ও", "ই")
# the person a thing noun may qualify (একজন রিকশা চালক), beyond T012's person nouns, which
# ``_person_stem`` recognises first (চালক, মালিক, যাত্রী, রোগী, ডাক্তার, …)
_THING_COMPOUND_HEADS = frozenset(nukta_norm(w) for w in """
আরোহী প্রেমী সওয়ার পালক খামারি নাবিক জেলে শিকারি চোর রক্ষক ক্যাপ্টেন
""".split())
_THING_ADJECTIVES = frozenset(nukta_norm(w) for w in "পোষা বন্য গৃহপালিত অসুস্থ আহত".split())
# a participle or infinitive after the noun: জন counts the person who handles it (একজন রিকশা
# চালিয়ে সংসার চালান)
_PARTICIPLE_ENDS = tuple(nukta_norm(e) for e in ("িয়ে", "য়ে"))
_PARTICIPLES = frozenset(nukta_norm(w) for w in "করে কিনে চড়ে ধরে রেখে বেচে".split())
_COUNT_TO_TI = {nukta_norm(k): v for k, v in (("এক", "একটি"), ("দু", "দুটি"), ("দুই", "দুটি"))}


def _thing(word: str) -> bool:
    w = nukta_norm(word)
    return w in THING_WORDS or any(w.endswith(e) and w[:-len(e)] in THING_WORDS for e in _THING_ENDINGS)


def classifier_thing(ctx, rule):
    text = ctx.text
    if "জন" not in text:
        return
    for c in _JON_RE.finditer(text):
        at = c.start()
        count = _CLASSIFIER_COUNT_RE.search(text, max(0, at - 8), at)
        if count is None and at > 1 and text[at - 1] == " ":
            count = _CLASSIFIER_COUNT_RE.search(text, max(0, at - 9), at - 1)
        if count is None:
            continue   # not a count (প্রয়োজন, জন কেরি)
        words = words_after(text, c.end(), 3)
        if not words:
            continue
        k = 0
        w0 = nukta_norm(words[0][0])
        if not _thing(w0) and (w0 in _THING_ADJECTIVES or _adjective(w0)) and len(words) > 1 \
                and words[1][1] == words[0][2] + 1:
            k = 1
        noun, _, ne = words[k]
        if not _thing(noun):
            continue
        nxt = words[k + 1] if k + 1 < len(words) and words[k + 1][1] == ne + 1 else None
        if nxt is not None:
            nn = nukta_norm(nxt[0])
            if _person_stem(nn) is not None or nn in _THING_COMPOUND_HEADS:
                continue   # একজন রিকশা চালক: the thing qualifies a person
            if nn.endswith(_PARTICIPLE_ENDS) or nn in _PARTICIPLES or is_infinitive(nn):
                continue   # একজন রিকশা চালিয়ে …, একজন কুকুর নিয়ে: the person handles the thing
        num = text[count.start():count.end()]
        fix = _COUNT_TO_TI.get(nukta_norm(num), num + "টি")
        yield Hit(count.start(), c.end(), fix, args={"text": text[count.start():ne], "suggestion": fix})


# --------------------------------------------------------------------------------------
# X এবং X: two English synonyms (skills and abilities) rendered by one Bengali word.
# (found from the conjunction, with the first X in a lookbehind: a pattern that starts with any
# Bengali word is tried at every letter, one that starts with এবং/ও only at those words)
# (the second X may carry the coordination's case ending before a postposition: কর্মী এবং
# কর্মীদের প্রতি; a noun after the genitive is a compound: দেশ ও দেশের মানুষ, সড়ক ও সড়কের মোড়;
# so is the second X opening a hyphenated compound: দক্ষিণ ও দক্ষিণ-পূর্ব এশিয়া)
REPEAT_COORD_RE = regex.compile(
    rf"(?P<conj>\s+(?:এবং|ও)\s+)(?<={NB}(?P<x>\p{{Bengali}}{{3,}})(?P=conj))(?P=x)"
    rf"(?:(?P<case>দের|ের|র)(?=\s+(?:প্রতি|জন্য|সঙ্গে|সাথে|কাছে|মধ্যে|বিরুদ্ধে|পক্ষে|উপর|ওপর|দ্বারা|মাধ্যমে){NA})|{NA}(?!-{BW}))"
    rf"(?P<after>\s*\S*)", regex.V1)
PRONOUNS = frozenset("""
তার তাঁর তাদের তাঁদের আমার আমাদের তোমার তোমাদের আপনার আপনাদের এর ওর ওদের এদের যার যাদের সে তিনি
আমি আমরা তুমি তোমরা আপনি আপনারা তারা তাঁরা এটি এটা ওটা সেটি সেটা এই ওই সেই আরও আরো বারবার
""".split())


def repeated_coordination(ctx, rule):
    for m in REPEAT_COORD_RE.finditer(ctx.text):
        x = m.group("x")
        if nukta_norm(x) in PRONOUNS:
            continue
        if m.group("case"):
            s, e = m.start("x"), m.end("case")
            yield Hit(s, e, x + m.group("case"), args={"word": x, "text": ctx.text[s:e]})
            continue
        after = m.group("after").strip()
        if after.startswith("মাত্র"):
            continue   # মানুষ এবং মানুষ মাত্রই …: a proverb shape
        if regex.search(r"\p{Bengali}(?:ের|র|দের)$", after) and len(after) > 3:
            continue   # X and X-compound: গাড়ি ও গাড়ি চালকদের, সংবাদ ও সংবাদ শিরোনামের
        s = m.start("x")
        e = s + 2 * len(x) + len(m.group("conj"))
        # fix: keep one X (unsafe: the editor may want the second English synonym instead)
        yield Hit(s, e, x, args={"word": x, "text": ctx.text[s:e]})


# --------------------------------------------------------------------------------------
# Immediately repeated word that is not Bengali reduplication (preview: Bengali repeats
# words grammatically: ধীরে ধীরে, মাঝে মাঝে, বড় বড়, কে কে, যে যে …). Flags only function words
# that never reduplicate (এবং এবং, যে যে is fine) and long words whose repetition is not a
# distributive/iterative shape.
NEVER_REDUP = frozenset(nukta_norm(w) for w in """
এবং ও অথবা কিংবা কিন্তু তবে যদি তাহলে তবুও এর জন্য মধ্যে উপর ওপর দ্বারা কর্তৃক এই
হয়েছে করেছে ছিলেন যেমন অর্থাৎ অন্তত সবচেয়ে প্রায় শুধুমাত্র কেবল কেবলমাত্র বরং অবশ্যই সম্ভবত হয়তো পর্যন্ত
বিরুদ্ধে মাধ্যমে হিসেবে হিসাবে সম্পর্কে বিষয়ে ইতিমধ্যে এখনও এখনো আবারও কারণে যাতে অনুযায়ী অনুসারে প্রতিটি বিভিন্ন
আমি আমরা তুমি তোমরা আপনি আপনারা তিনি তারা তাঁরা আমার আমাদের তোমার আপনার তাঁর তাদের তাঁদের
প্রতিদিন প্রতিবার প্রতিবছর প্রতিমাসে প্রতিসপ্তাহে প্রতিজন প্রত্যেক প্রত্যেকে প্রত্যেকটি সবসময় সর্বদা প্রায়ই
বর্তমানে সম্প্রতি অবশেষে সাধারণত বিশেষত মূলত দুবার তিনবার মাত্র যেন
করা হওয়া দেওয়া নেওয়া থাকা রাখা
সব সকল সমস্ত শেষ সবার সবাই সবাইকে
গত আগামী বিগত চলতি
""".split())
# (the quantifiers that reduplicate are কিছু কিছু, কোনো কোনো, অনেক অনেক, and প্রথম প্রথম "at
# first"; সব, সকল, সমস্ত, শেষ and সবার, সবাই are never doubled: সব সব ডেটা, শেষ শেষ কিলোমিটারে,
# সবার সবার ওপর)
# (words that are distributive already, প্রতিদিন, প্রত্যেকে, সবসময়, are not doubled for a
# distributive sense either)
# (personal pronouns: the distributive doubles are the relative and reflexive ones, যার যার, নিজ নিজ)
# (the time determiners গত, আগামী, বিগত, চলতি "last, next, current": গত গত বছর is a slip)
# (sentence adverbs, বর্তমানে, সম্প্রতি, and the multiplicatives দুবার, তিনবার: the idiom is বারবার)
# (the verbal nouns of the light and auxiliary verbs, করা, হওয়া, থাকা: the participles Bengali
# doubles are the descriptive ones, ভাজা ভাজা, ভেজা ভেজা)
# (not সঙ্গে সঙ্গে, সাথে সাথে "at once", শুধু শুধু "for nothing", থেকে থেকে "now and then", কাছে কাছে,
# একটি একটি করে / একজন একজন করে "one by one": idioms)
_NEVER_REDUP_FORMS = both_encodings(NEVER_REDUP)


# A noun carrying a genitive, plural or accusative ending, twice in a row (কোম্পানির কোম্পানির;
# the document's word tokens are compared pairwise, in C: DocWords.repeats).
# Bengali reduplicates bare and locative forms (দিন দিন, ঘরে ঘরে, হাজার হাজার) and pronouns
# (যার যার, নিজের নিজের), not a noun with these endings. -র and -রা follow a vowel (কোম্পানি-র;
# after a consonant they are -এর, -েরা), which keeps অন্তর অন্তর and বাজার out; the stem must be
# a word of the lexicon.
REDUP_PRONOUNS = frozenset(nukta_norm(w) for w in """
যার কার আমার তোমার তোর তার তাঁর তাদের তাঁদের আমাদের তোমাদের কারো কারোর কারও নিজের নিজেদের
যাদের যাঁদের কাকে যাকে যাঁকে তাকে তাঁকে কারা যারা যাঁরা তারা তাঁরা এর ওর ওদের এদের আপনার আপনাদের
সবার সবাইকে প্রত্যেকের একেকজনের
""".split())
_VOWELS = VOWEL_SIGNS | INDEPENDENT_VOWELS


def _inflected_noun(word: str) -> bool:
    w = nukta_norm(word)
    if w in REDUP_PRONOUNS:
        return False
    for suf, min_zipf in (("গুলোর", 2.5), ("গুলির", 2.5), ("দের", 2.5), ("ের", 2.5), ("গুলো", 2.5),
                          ("গুলি", 2.5), ("কে", 3.0), ("রা", 3.0), ("র", 3.0)):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[:-len(suf)]
            if suf in ("র", "রা") and stem[-1] not in _VOWELS:
                continue
            if zipf(stem) >= min_zipf:   # any reading will do: চাঁদের is চাঁদ-ের, not চাঁ-দের
                return True
    # a noun with a classifier (ট্যাংকটি ট্যাংকটি, বইটার বইটার): not a count or a quantifier, which
    # doubles for "one by one" or "each" (একটা একটা, দুটি দুটি, কোনটা কোনটা, অনেকটা)
    stem = classified_stem(w)
    return stem is not None and stem not in _COUNTING_STEMS


_COUNTING_STEMS = frozenset(nukta_norm(w) for w in """
এক দু দুই তিন চার পাঁচ ছয় সাত আট নয় দশ কয়েক কোন অনেক খানিক বেশ অল্প কিছু প্রত্যেক প্রতি একেক অর্ধেক আধ
আরেক কত যত তত এত অত""".split())


# a word that is itself a reduplication (সরাসরি, পাশাপাশি, মুখোমুখি, বারবার) or an adjective
# derived with a learned suffix (বিস্তারিত, সামাজিক, and of three graphemes, জাতীয়, স্থানীয়):
# Bengali doubles plain words for a distributive sense (বড় বড়, নতুন নতুন), never these
_ECHO_WORD_RE = regex.compile(r"^(.{2,4})[াোে]?\1")
_LEARNED_ADJ_ENDINGS = tuple(nukta_norm(e) for e in "িত ীয় িক মূলক পূর্ণ জনক শীল".split())
# … and, for doubling only, the learned adjectives in -ীন and -ৃত (স্বাধীন, প্রাচীন, প্রকৃত, বিস্তৃত):
# none is doubled in the clean corpora (T026 keeps the list above: একটি প্রাচীন মন্দির is fine)
_UNDOUBLED_ADJ_ENDINGS = _LEARNED_ADJ_ENDINGS + tuple(nukta_norm(e) for e in "ীন ৃত".split())


def _learned_adjective(w: str, graphemes: int, endings: tuple = _LEARNED_ADJ_ENDINGS) -> bool:
    """Is ``w`` (nukta-normalised, of ``graphemes`` graphemes) a known adjective with a learned
    suffix among ``endings`` (see above; also T026's adjective between একটি and its noun)?"""
    return w.endswith(endings) and graphemes >= 3 and zipf(w) >= 2.5


# … nor a plain word of four graphemes or more (সংক্রমণ সংক্রমণ, অ্যামাজন অ্যামাজন: a heading run
# into its paragraph, or a word typed twice): the plain words Bengali doubles are short (দিন দিন,
# নতুন নতুন, হাজার হাজার); the long ones it doubles are locatives, -তে forms and participles
# (এলাকায় এলাকায়, হাঁটতে হাঁটতে, দৌড়ে দৌড়ে, all ending in -ে, -য় or -তে) and a few adverbs.
# Measured: 7 doubled words of four graphemes in the clean corpora, of which the one name
# (আবদুল্লাহ আবদুল্লাহ, an Afghan politician) is the false alarm.
LONG_DOUBLED_MIN_GRAPHEMES = 4
_DOUBLED_ADVERBS = frozenset(nukta_norm(w) for w in "কখনও কখনো মাঝেমধ্যে একেবারে".split())
_DOUBLING_ENDINGS = tuple(nukta_norm(e) for e in ("ে", "য়", "তে"))
_BHABE = nukta_norm("ভাবে")


# English nouns in -ing and -tion (বুকিং, পার্কিং, সেশন, স্টেশন) are not doubled either, however
# short their graphemes (বু + কিং): not a sound word (টিং টিং), which has one letter before -িং.
# The clean and noisy corpora double none.
_ENGLISH_NOUN_END_RE = regex.compile(r"\p{Bengali}{3,}(?:িং|শন)$")


def _never_doubled_word(word: str) -> bool:
    w = nukta_norm(word)
    if _ECHO_WORD_RE.match(w) or _ENGLISH_NOUN_END_RE.match(w):
        return True
    n = len(GRAPHEME_RE.findall(w))
    if _learned_adjective(w, n, _UNDOUBLED_ADJ_ENDINGS):
        return True
    if w.endswith(_BHABE) and n >= 4:
        return True   # a -ভাবে adverb (ভালোভাবে, নিয়মিতভাবে): Bengali doubles its plain word instead
    return n >= LONG_DOUBLED_MIN_GRAPHEMES and not w.endswith(_DOUBLING_ENDINGS) and w not in _DOUBLED_ADVERBS


# A finite verb in a tense Bengali does not reduplicate, or a conditional (দেরি হলে হলে), twice
# in a row (হারিয়ে ফেলেন ফেলেন: a repeated block of the source). Bengali doubles simple-present
# and future forms for "about to" (যাই যাই, হয় হয়, হবে হবে) and imperatives for urgency (দেখো
# দেখো), which are not in the list; the stem must be a verb: the lexicon has its -তে infinitive
# (ফেলতে, করতে), which keeps nouns ending like verbs out (ট্রেন, কেন).
_NO_REDUP_VERB_ENDINGS = tuple(sorted((nukta_norm(e) for e in """
েছে েছেন েছি েছিল েছিলেন েছিলাম ছিল ছিলেন ছিলাম চ্ছে চ্ছেন চ্ছি চ্ছিল চ্ছিলেন লেন লাম েন লে
""".split()), key=len, reverse=True))


def _tensed_verb(word: str) -> bool:
    """Is ``word`` a verb form in one of the tenses above (its stem's -তে infinitive is a word)?"""
    return has_verb_ending(word, _NO_REDUP_VERB_ENDINGS)


# the light verb of a conjunct verb (পার্ক করুন, আবেদন করবেন), which an urgent imperative does not
# double (দেখো দেখো, আসুন আসুন are simple verbs)
LIGHT_VERB_FORMS = both_encodings("করুন করবেন করবে করল করলো".split())


# A doubled -তে infinitive is the progressive participle (হাঁটতে হাঁটতে "while walking"), but not
# before the modal or auxiliary that takes an infinitive (দিতে দিতে হয়, করতে করতে পারেন): there
# the word was written twice. And the polite "please", অনুগ্রহ করে / দয়া করে, never doubles its করে.
_MODAL_AFTER_RE = regex.compile(bnpat(
    r"[ \t]+(?:হয়|হবে|হচ্ছে|হলো|হল|হয়েছে|হতো|পারে|পারেন|পারি|পারবে|পারবেন|পারবো|পারব|চাই|চান|চায়|চেয়েছেন)(?![\p{Bengali}])"))
_PLEASE_RE = regex.compile(bnpat(r"(?:অনুগ্রহ|দয়া)[ \t]+$"))
# The "about to" doubling (সন্ধ্যা হয় হয়, বৃষ্টি হবে হবে) follows a noun, or a verbal noun before
# করে (কাজটা করা হয় হয় করেও হলো না); else, after a verbal noun, the auxiliary of a passive was
# written twice (জ্যাকেট দেওয়া হয় হয়, জানানো হবে হবে).
_PASSIVE_AUX = both_encodings("হয় হবে হচ্ছে হলো হল".split())
_ABOUT_TO_AFTER_RE = regex.compile(r"[ \t]+(?:কর|অবস্থা)")
_INFINITIVE_END = nukta_norm("তে")
_KARE = nukta_norm("করে")


def repeated_word(ctx, rule):
    # a token said twice in a row (found in C), when it is a word that never reduplicates (not
    # glued to a Bengali digit: ৫এবং), an inflected noun or a tensed verb
    text = ctx.text
    last_end = -1
    for s, e, w in doc_words(ctx).repeats():
        if s < last_end:
            continue   # a word said three times (এবং এবং এবং) is one finding, as a scan finds it
        glued = (s and text[s - 1] in BN_DIGITS) or (e < len(text) and text[e] in BN_DIGITS)
        if (w in _NEVER_REDUP_FORMS and not glued) or _inflected_noun(w) or _tensed_verb(w) \
                or w in LIGHT_VERB_FORMS or _never_doubled_word(w) \
                or (w.endswith(_INFINITIVE_END) and _MODAL_AFTER_RE.match(text, e)) \
                or (w == _KARE and _PLEASE_RE.search(text, max(0, s - 12), s)) \
                or (w in _PASSIVE_AUX and (b := WORD_BEFORE_RE.search(text, max(0, s - 40), s)) is not None
                    and is_verbal_noun(nukta_norm(b.group(1))) and not _ABOUT_TO_AFTER_RE.match(text, e)):
            last_end = e
            yield Hit(s, e, w, args={"word": w})
    # a phrase of two words said twice (দয়া করে দয়া করে, a heading run into its paragraph's first
    # words): Bengali reduplicates words, not phrases
    # (said three times, জয় বাংলা জয় বাংলা জয় বাংলা, it is one finding: the later overlapping pairs
    # are skipped, as a scan would)
    last_end = -1
    for s, _, e, phrase in doc_words(ctx).phrase_repeats():
        if s >= last_end:
            last_end = e
            yield Hit(s, e, phrase, args={"word": phrase})


# --------------------------------------------------------------------------------------
# "according to a CMO survey" kept in English order: X অনুসারে <noun>। The source noun must
# come before অনুসারে (… সিএমও-র জরিপ অনুসারে). Flags অনুসারে/অনুযায়ী/মতে followed by a single
# word that ends the clause when that word is not a verb.
# (found from অনুসারে/অনুযায়ী, with the source in a lookbehind: a pattern that opens with the
# source word is tried at every character)
ACCORDING_RE = regex.compile(bnpat(
    r"(?<=,\s*(?P<src>[^\s,]+)\s+)(?P<acc>অনুসারে|অনুযায়ী|অনুযায়ী)\s+(?P<noun>\p{Bengali}+)\s*(?=[.।;]|$)"), regex.V1 | regex.M)
VERBISH_RE = regex.compile(
    r"(?:ছে|ছেন|ছি|ছিল|ছিলেন|েছে|েছেন|েছিল|বে|বেন|ল|লেন|লাম|তেন|তো|ত|য়|য়|েন|ান|ুন|ো|ি|ই|চলে|হয়|নয়|হয়|নয়|উচিত|প্রয়োজন|দরকার|হবে|আছে|নেই|চলবে|করে|হয়ে|যায়|যায়)$")


def according_to_order(ctx, rule):
    for m in ACCORDING_RE.finditer(ctx.text):
        noun = m.group("noun")
        if VERBISH_RE.search(nukta_norm(noun)) or len(noun) < 3:
            continue
        yield Hit(m.start("acc"), m.end("noun"),
                  args={"src": m.group("src"), "noun": noun, "acc": m.group("acc"),
                        "suggestion": f"{m.group('src')}-এর {noun} {m.group('acc')}"})
