"""English word order (T016 preview, T018 default) and the POS layer: offline, lazy, with a fallback."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bnqa import pos
from bnqa.engine import check_text


def t016(text):
    return [d for d in check_text(text, select=["T016"], preview=True)]


def t018(text):
    return [d for d in check_text(text, select=["T018"])]


def test_bnqa_check_does_not_import_bnlp():
    # the default rules (T018 among them) use word shapes only: bnlp is never imported, not even
    # on a sentence that T018 reports
    code = ("import sys; from bnqa.engine import check_text; "
            "d = check_text('আমি যাই। এটি সুপারিশ করা হয় যে আপনি আসুন। এখনও অনেক কিছু আছে এই বিষয়ে শিখতে।');"
            "print('bnlp' in sys.modules, any(x.code == 'T018' for x in d))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_finite_verb_morphology():
    for w in ("এসেছে", "করছেন", "যাবে", "বললেন", "করুন", "যাই", "আছে", "গিয়েছিল"):
        assert pos.is_finite_verb(w), w
    for w in ("করতে", "করলে", "বাড়ি", "পেশা", "নিজস্ব"):
        assert not pos.is_finite_verb(w), w
    # words that end like verbs (-বে, -লো, -ুন) but are an adverb, a plural, nouns
    for w in ("নিয়মিতভাবে", "সহজভাবে", "দেশগুলো", "বইগুলো", "নতুন", "আগুন", "দ্বিগুণ"):
        assert not pos.is_finite_verb(w), w
    # a verb tag from the tagger is believed
    assert pos.is_finite_verb("নতুন", "VM")


def test_verb_ending_needs_a_verb_stem():
    endings = ("লে", "লেন")
    assert pos.has_verb_ending("বললে", endings) and pos.has_verb_ending("হলেন", endings)
    assert pos.has_verb_ending("যাচ্ছে", ("চ্ছে",))   # যা is a verb stem, whatever যাতে is
    # তাতে, হাতে, রাতে are a pronoun and locative nouns, not infinitives: তালে, হালে are nouns
    for w in ("তালে", "হালে", "রালে"):
        assert not pos.has_verb_ending(w, endings), w


def test_fallback_tags():
    assert pos.fallback_tag("।") == "PU"
    assert pos.fallback_tag("এসেছে") == "VM"
    assert pos.fallback_tag("এবং") == "CCD"
    assert pos.fallback_tag("পেশা") == "NC"


def test_tagger_loads_offline_when_model_present():
    if pos.model_path() is None:
        pytest.skip("bnlp POS model absent")
    tagger = pos.get_tagger()
    assert tagger is not None
    tags = pos.tag(["তিনি", "বাড়ি", "গেলেন", "।"])
    assert tags[2] == "VM" and tags[3] == "PU"


@pytest.mark.parametrize("text", [
    "আমরা কোথায় শিখতে যাই আমাদের সহকর্মীরা",
    "তারা খুঁজে পেয়েছে নতুন একটি পথ বাজারে।",
])
def test_svo_found(text):
    assert t016(text)


@pytest.mark.parametrize("text", [
    # a postposition opening a clause (English preposition)
    "তো, মতো প্রতিষ্ঠান আমাদের অফিস অনেক সুবিধা দেয়।",
    "হিসেবে একজন শিক্ষক, আমি ছাত্রদের কথা শুনি।",
    # an infinitive after an existential verb, in a quotation too
    "“সবসময় অনেক কিছু আছে নতুন প্রযুক্তি সম্পর্কে শিখতে,” তিনি বলেন।",
    "কিছুই নেই এখানে ভয় পেতে।",
    # an infinitive after "help"
    "জানুন কীভাবে আমাদের টুল আপনার ব্যবসাকে সাহায্য করতে পারে দ্রুত বাড়তে।",
])
def test_narrow_english_order_found_by_default(text):
    assert t018(text)
    assert not t016(text)   # reported once, by the default rule


def test_causative_infinitive_needs_the_tagger():
    # ঘুমাতে ends like a noun's locative; only the tagger knows it is an infinitive, so the
    # tagger-free default rule leaves it and the preview rule reports it
    text = "এই অ্যাপ সাহায্য করবে রাতে ভালো ঘুমাতে।"
    assert not t018(text)
    if pos.model_path() is not None:
        assert t016(text)
    # ... unless the helped one, in -কে, stands between: then "help X to" is plain
    assert t018("এই অ্যাপ সাহায্য করবে আপনাকে ভালো ঘুমাতে।")


@pytest.mark.parametrize("text", [
    "তিনি বলেন, \"আমরা কাল যাব।\"",
    "আমি জানি যে সে আসবে।",
    "তুমি কি যাবে আমার সঙ্গে?",
    "এই সমস্ত বক্তৃতার মূলে রয়েছে একটি মৌলিক সত্য।",
    "সামাজিক বিপণনকারীরা হলেন দক্ষ পেশাদার।",
    "জানুন কীভাবে আপনার দল উন্নতি করতে পারে।",
    "আমি যাব না।",
    "সে গেছে বাজার করতে।",
    "কেবল জয়ই পারে দলটাকে আবার চাঙা করতে।",
    "তাঁর বাড়ি রয়েছে ঢাকাতে।",
    "যা আছে তা জানতে হবে।",
    "এই কোর্স আপনাকে দ্রুত উন্নতি করতে সাহায্য করবে।",
    "সম্পর্কে সে আমার মামা হয়।",
    "বৈঠকে সবাই মত দিয়েছেন, মত প্রকাশ করেছেন।",
    "ওসেন্টাস নেটওয়ার্কস (ইইউ) দ্বারা হোস্ট করা ডেটাবেস।",
])
def test_svo_allowed_orders(text):
    assert not t016(text) and not t018(text)


def test_infinitive_morphology():
    for w in ("করতে", "জানতে", "শিখতে", "হতে", "পেতে", "যেতে", "দিতে"):
        assert pos.is_infinitive(w), w
    for w in ("ভারতে", "রাতে", "হাতে", "ছবিতে", "মতে", "রক্তে", "বাড়িতে", "ঢাকাতে"):
        assert not pos.is_infinitive(w), w
    assert pos.is_infinitive("জানাতে", "VM") and not pos.is_infinitive("জানাতে")
    assert not pos.is_infinitive("করতে", "NC")


def t019(text):
    return [d for d in check_text(text, select=["T019"])]


@pytest.mark.parametrize("text, span", [
    # an English verb as a bare noun, its object after it, no verb anywhere
    ("গ্রাহকরা সবসময় প্রশংসা একটি দ্রুত এবং সৎ উত্তর।", "প্রশংসা একটি দ্রুত এবং"),
    ("শিক্ষকেরা নিয়মিতভাবে সমর্থন তাদের শিক্ষার্থীদের নতুন ধারণা.", "সমর্থন তাদের শিক্ষার্থীদের নতুন"),
    # sentence-final after a nominative pronoun, in the middle of a paragraph
    ("এই নীতি সবার জন্য। আমরা সত্যিই আপনার মতামত মূল্য। যোগাযোগ করুন।", "মূল্য"),
])
def test_verb_as_noun_found(text, span):
    hits = t019(text)
    assert [text[d.offset:d.end] for d in hits] == [span.split()[0]] if " " not in span else \
        [text[d.offset:d.end] for d in hits] == [span]


@pytest.mark.parametrize("text", [
    "এই বাড়ির মূল্য একটি গাড়ির সমান।",              # genitive: a noun
    "দলের সবচেয়ে বড় সমর্থন একটি ছোট গ্রাম।",            # adjective before it
    "গ্রাহকরা সবসময় প্রশংসা করেন একটি দ্রুত উত্তরের।",  # a verb in the sentence
    "গ্রাহকরা কি প্রশংসা একটি দ্রুত উত্তর",             # no full stop: a heading or question
    "পানি, গ্যাস, ব্যবহার একটি খাতায় লেখা হয়।",         # list, and a verb
    "আমরা সবাই তাঁর প্রতি সম্মান।",                      # the noun after a postposition
    "দুই দেশের পারস্পরিক বিশ্বাস একটি সম্পর্কের ভিত্তি।",  # copular: no subject or adverb before
])
def test_verb_as_noun_not_found(text):
    assert not t019(text)


def test_verb_as_noun_long_line_is_linear():
    # one 200,000-character line with a candidate every few words and no sentence end: the
    # sentence is looked for within a bounded window, so this stays fast and reports nothing
    import time
    line = "আমরা সত্যিই মূল্য একটি বিষয় " * 8000
    t = time.perf_counter()
    assert not t019(line)
    assert time.perf_counter() - t < 5


def test_its_own_at_clause_end_is_t018_not_t016():
    text = "গত এক দশকে, সোশ্যাল মিডিয়া মার্কেটিং এসেছে পেশা হিসেবে এর নিজস্ব।"
    codes = [(d.code, text[d.offset:d.end]) for d in check_text(text, select=["T016", "T018"], preview=True)]
    assert codes == [("T018", "এসেছে পেশা হিসেবে এর নিজস্ব")]
    # নিজস্ব as a predicate after a copula is Bengali
    assert not t018("বাড়িটা ছিল তার নিজের।")


def test_imperative_before_object():
    # the span runs from the imperative to the clause end; the message speaks of the object
    # order, not of the -তে complement (the rule's default message)
    text = "৪. যোগ করুন ডিমগুলো একবারে একটি করে, প্রতিবার ভালোভাবে ফেটিয়ে নিন।"
    [d] = check_text(text, select=["T018"], lang="en")
    assert text[d.offset:d.end] == "করুন ডিমগুলো একবারে একটি করে"
    assert "before the verb" in d.message and "-তে" not in d.message
    # the double-object shape says the same
    [d] = check_text("এই মেশিন দেয় আপনাকে একটি নিখুঁত কাপ কফি।", select=["T018"], lang="en")
    assert "-তে" not in d.message
    # -ুন nouns and names are not imperatives
    from bnqa.checks.word_order import _imperative
    assert all(_imperative(w) for w in ("করুন", "দেখুন", "রাখুন", "নিন"))
    assert not any(_imperative(w) for w in ("নতুন", "আগুন", "জুন", "দ্বিগুণ", "মামুন"))
    # a presentative, a genitive before a postposition, a question, a verb in the tail
    for ok in ("এই নিন আপনার চাবি।", "এর সঙ্গে যোগ করুন ভারতের প্রতি তাঁর আগ্রহ।",
               "আপনি কি চান আমরা শুরু করুন এই কাজ?", "নিশ্চিত করুন আপনার দল প্রস্তুত আছে।"):
        assert not check_text(ok, select=["T018"]), ok


def test_a_hyphen_inside_a_word_ends_no_clause():
    from bnqa.checks.word_order import _CLAUSE_START_RE, _clause_end
    text = "যোগ করুন আপনার ই-মেইল ঠিকানা - তারপর পাঠান।"
    # the clause runs over ই-মেইল to the spaced dash
    assert text[:_clause_end(text, 0)].rstrip() == "যোগ করুন আপনার ই-মেইল ঠিকানা"
    assert text[:_clause_end(text, text.index("তারপর"))].endswith("পাঠান")
    # a dash after or before a space, and a full stop not before a digit, do end one
    assert _clause_end("কাজ -শেষ", 0) == 4 and _clause_end("২.৫ কেজি. তারপর", 0) == 8
    start = _CLAUSE_START_RE.search(text, 0, text.index("তারপর"))
    assert text[start.start()] == "-" and text[start.start() - 1] == " "
