"""Property tests over arbitrary Unicode text (hypothesis): the checker never crashes, fixes
change only the spans they claim, and fixing is idempotent with no safe fix left behind."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bnqa.catalog import select_rules
from bnqa.engine import Linter
from bnqa.fixes import applicable, apply_once, fix_text
from bnqa.source import Source

FRAGMENTS = [
    "জুলাই 26, 2021", "জুলাই 26, 202", "4। উদ্যোগ", "\"", "“", "”", " . . .", "। . .", "&amp;", "&nbsp;",
    "*শব্দ*", "৷", "।।", ",,", "আসবে-এবং", "5 টি", "\r\n", "\n", "\n\n", "  ", "(", ")", "[", "]",
    "সুচিপত্র", "আপনার মন্তব্য দিন", "*", "<br>", "## ", "য়", "য\u09bc", "\u200b", "\u200d", "\u200c",
    "ে", "া", "ি", "্", "২০২০", "2020", "করুন!সামাজিক", "হবে.", "ড.", "১২.৫", "www.x.com.", "...",
    "কীভাবে কমিউনিটি ম্যানেজার হবেন", "বোনাস: আমাদের", "এখনই ডাউনলোড করুন", "(@x) মে 3, 2021",
    "— ", "\t", "\u00a0", "a", "Z", "😀", "👩\u200d💻", " ", "।", ",", "?", "!", ":", "'",
]
BN = st.characters(min_codepoint=0x0980, max_codepoint=0x09FF)
ANY = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(st.one_of(BN, ANY), max_size=6)),
                max_size=40).map("".join)

LINTER = Linter(select_rules(preview=True))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str):
    return LINTER.check_source(Source("prop.txt", text))


@SETTINGS
@given(TEXT)
def test_checker_never_crashes(text):
    for d in check(text):
        assert 0 <= d.offset <= d.end <= len(text)
        if d.fix is not None:
            assert d.fix.applicability in ("safe", "unsafe")
            for e in d.fix.edits:
                assert 0 <= e.offset <= e.end <= len(text)


@SETTINGS
@given(TEXT, st.booleans())
def test_fixes_change_only_their_edits(text, unsafe):
    diags = check(text)
    new, applied = apply_once(text, diags, unsafe=unsafe)
    edits = sorted((e for d in applied for e in d.fix.edits), key=lambda e: (e.offset, e.length))
    # rebuild the result from the untouched gaps and the edits' contents
    out, pos = [], 0
    for e in edits:
        assert e.offset >= pos, "applied edits overlap"
        out.append(text[pos:e.offset])
        out.append(e.content)
        pos = e.end
    out.append(text[pos:])
    assert new == "".join(out)
    # every edit stays next to what its diagnostic flagged (same or adjacent line)
    for d in applied:
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        row = max(i for i, s in enumerate(starts) if s <= d.offset)
        erow = max(i for i, s in enumerate(starts) if s <= d.end)
        lo = starts[max(0, row - 1)]
        hi = starts[erow + 2] if erow + 2 < len(starts) else len(text)
        for e in d.fix.edits:
            assert lo <= e.offset and e.end <= hi, (d.code, d.offset, e)


@SETTINGS
@given(TEXT, st.booleans())
# found by hypothesis: N006 (Latin token) against N004 (mixed number), N001 and N003's date
@example("a১২.৫", False)
@example("a১২.৫", True)
@example('জুলাই 26, 2021"a১২.৫', True)
@example("১২.৫জুলাই 26, 2021a১২.৫", True)
def test_fix_is_idempotent_and_leaves_no_safe_fix(text, unsafe):
    once, applied, remaining = fix_text(text, check, unsafe=unsafe)
    if not unsafe:
        assert not [d.code for d in remaining if applicable(d, False)]
    twice, applied2, _ = fix_text(once, check, unsafe=unsafe)
    assert twice == once
    assert not applied2


DATE_PARTS = ["জানুয়ারি", "ফেব্রুয়ারী", "জানু\u09dfারি", "মে", "আমে", "জুলাই", "ডিসেম্বর", "১৫", "15", "২০২",
              "202", "2021", "২০২১", ",", " ", "\t", "।", "তারিখে", "সালে", "\n", "ক", "\u200c", "\u200d", "৫"]


@SETTINGS
@given(st.lists(st.sampled_from(DATE_PARTS), max_size=14).map("".join))
def test_date_patterns_tried_at_month_words_find_what_a_full_scan_finds(text):
    """N002 and N003 try their patterns only where the document has a month name (a word
    token, or a piece after a stray joiner): the same matches as scanning the whole text."""
    from bnqa.checks import numerals as N
    from bnqa.engine import CheckContext
    from bnqa.source import TextView

    ctx = CheckContext(TextView(text))
    for pat in (N.TRUNCATED_YEAR_RE, N.TRUNCATED_DMY_RE, N.EN_DATE_RE):
        new = [m.span() for m in N._date_matches(ctx, pat)]
        old = [m.span() for m in pat.finditer(text)]
        if pat is N.TRUNCATED_DMY_RE:   # N002 keeps a day-month-year only after its day
            new, old = ([x for x in spans if N._DAY_BEFORE_RE.search(text, max(0, x[0] - 8), x[0])]
                        for spans in (new, old))
        assert new == old


def test_day_month_year_is_not_tried_inside_a_word():
    """The day-month-year pattern alone also matches a month inside a word (আমে), where no day
    can precede it: trying it at month words drops only such matches."""
    from bnqa.checks import numerals as N
    from bnqa.engine import CheckContext
    from bnqa.source import TextView

    assert list(N.TRUNCATED_DMY_RE.finditer("আমে ২০২,"))
    assert not list(N._date_matches(CheckContext(TextView("আমে ২০২,")), N.TRUNCATED_DMY_RE))


REPEAT_PARTS = ["এবং", "জন্য", "হয়েছে", "হ\u09dfেছে", "যেমন", "কিন্তু", "ক", "৫", " ", "\n", "\t", "\u200c", "।", ","]


@SETTINGS
@given(st.lists(st.sampled_from(REPEAT_PARTS), max_size=12).map("".join))
def test_repeated_function_words_from_token_pairs_match_a_full_scan(text):
    """T014 finds its repeated function words among the document's pairs of equal adjacent tokens
    (DocWords.repeats, in C); that must equal a scan of the whole text for one of the words, spaces
    or tabs, and the same word again."""
    import regex

    from bnqa.checks import translationese as T
    from bnqa.engine import CheckContext
    from bnqa.source import TextView

    # (the function words only: a tensed verb such as হয়েছে is reported on its own grounds too)
    only = [w for w in T.NEVER_REDUP if not (T._tensed_verb(w) or T._inflected_noun(w))]
    words = "|".join(T.bnpat(w) for w in sorted(only, key=len, reverse=True))
    scan = regex.compile(rf"{T.NB}(?P<w>{words})[ \t]+(?P=w){T.NA}", regex.V1)
    ctx = CheckContext(TextView(text))
    found = [(h.start, h.end) for h in T.repeated_word(ctx, None) if T.nukta_norm(h.args["word"]) in only]
    assert found == [m.span() for m in scan.finditer(text)]


WORD_PARTS = ["ক", "কথা", "আর", "আরও", "দিন", "এই", " ", "  ", "\n", "।", ",", "\u200c", "a", "৫"]


@SETTINGS
@given(st.lists(st.sampled_from(WORD_PARTS), max_size=60).map("".join),
       st.sets(st.sampled_from(["ক", "কথা", "আর", "আরও", "দিন", "এই", "নেই"]), max_size=7))
def test_occurrences_match_a_scan_of_every_token(text, wanted):
    """DocWords.occurrences gathers a few tokens from its index, merges several, or walks every
    token in C when they are many: always every occurrence, in text order."""
    from bnqa.lexicon import WORD_RE, DocWords

    scan = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text) if m.group() in wanted]
    dw = DocWords(text)
    assert dw.occurrences(wanted) == scan
    assert dw.occurrences(frozenset(wanted)) == scan   # a second call reuses the index


SPACE_PARTS = ["কথা", "5", "”", ")", " ", "\t", "\u00a0", "\n", ",", "।", "৷", "?", ".", "%", ":", "a"]


@SETTINGS
@given(st.lists(st.sampled_from(SPACE_PARTS), max_size=30).map("".join))
def test_a_regex_rule_with_a_hint_finds_what_a_full_scan_finds(text):
    """S001's pattern runs only on the lines its ``pattern.hint`` finds: the same matches as
    running it over the whole text."""
    from bnqa.engine import CheckContext, hinted_finditer
    from bnqa.source import TextView

    rule = select_rules(select=["S001"])[0]
    assert rule.compiled_hint is not None
    ctx = CheckContext(TextView(text))
    assert [m.span() for m in hinted_finditer(ctx, rule.compiled, rule.compiled_hint)] == \
        [m.span() for m in rule.compiled.finditer(text)]


GIVE_PARTS = ["দেয়", "দে\u09af\u09bc", "দেন", "অফার", "করে", "প্রদান", "আপনাকে", "তাদের", "একটি", "কিছু", "কফি",
              "ক", " ", "\t", "।", "?", ",", "\n", "\u200c"]


@SETTINGS
@given(st.lists(st.sampled_from(GIVE_PARTS), max_size=14).map("".join))
@example("এটি দেয় আপনাকে একটি কফি। আর দে\u09af\u09bc তাদের কিছু কফি? অফার করে আপনাকে একটি কফি।")
def test_double_object_tried_at_its_verbs_finds_what_a_full_scan_finds(text):
    """T018's double-object pattern is tried only where a verb's first word is a word token."""
    from bnqa.checks import word_order as W
    from bnqa.engine import CheckContext
    from bnqa.source import TextView

    ctx = CheckContext(TextView(text))
    spans = [m.span() for m in W.DOUBLE_OBJECT_RE.finditer(text)]
    assert [(h.start, h.end) for h in W._double_object(ctx, None)] == spans
    if text.startswith("এটি দেয়"):
        assert len(spans) == 3   # the example: both encodings of দেয়, and the two-word অফার করে
