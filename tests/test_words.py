"""Fused words (W) and the lexical seed artefacts; recall on synthetic fused words and the
false-alarm budget of the lexical default rules on the clean corpora."""
from __future__ import annotations

import sys

import pytest
import yaml

from bnqa.catalog import load_catalog, select_rules
from bnqa.checks.words import best_split, case_ending, grammatical_split, verb_left_split
from bnqa.engine import Linter, check_text
from bnqa.fixes import fix_text
from bnqa.lexicon import nfc
from bnqa.source import Source

from .conftest import CLEAN, ROOT, SAMPLES

ARTEFACTS = yaml.safe_load((ROOT / "corpora" / "seed_artefacts" / "lexical.yaml").read_text(encoding="utf-8"))
LEXICAL_DEFAULT = [r.code for r in select_rules() if r.code[0] in "WECL"]


@pytest.fixture(scope="module")
def seed_diags():
    cat = load_catalog()
    lin = Linter([cat[c] for c in sorted({e["code"] for e in ARTEFACTS})])
    out = {}
    for p in sorted(SAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out[p.name] = (text, lin.check_source(Source(p.name, text)))
    return out


def test_seed_list_is_well_formed():
    cat = load_catalog()
    for e in ARTEFACTS:
        assert e["code"] in cat, e
        assert (SAMPLES / e["file"]).read_text(encoding="utf-8").count(e["text"]) == 1, e


@pytest.mark.parametrize("entry", ARTEFACTS, ids=[f"{e['code']}:{e['text'][:16]}" for e in ARTEFACTS])
def test_seed_artefact_found_with_its_fix(entry, seed_diags):
    text, diags = seed_diags[entry["file"]]
    s = text.index(entry["text"])
    e = s + len(entry["text"])
    hits = [d for d in diags if d.code == entry["code"] and d.offset < e and d.end > s]
    assert hits, f"{entry['code']} missed {entry['text']!r} ({entry['what']})"
    if "fix" in entry:
        d = hits[0]
        assert d.fix is not None
        edits = sorted(d.fix.edits, key=lambda x: x.offset)
        out = text
        for ed in reversed(edits):
            out = out[:ed.offset] + ed.content + out[ed.offset + ed.length:]
        lo = min(d.offset, edits[0].offset)
        fixed_span = out[lo: d.end + sum(len(x.content) - x.length for x in edits)]
        assert fixed_span == entry["fix"] or (entry["fix"] == "" and fixed_span.strip() == ""), fixed_span


def test_fused_words_on_the_seeds_are_default_and_unsafe(seed_diags):
    text, diags = seed_diags["003_a57f5849a77e206c.txt"]
    w = [d for d in diags if d.code == "W001"]
    assert len(w) == 6 and all(d.fix.applicability == "unsafe" for d in w)


@pytest.mark.parametrize("fused,split", [
    ("তারাএখন", "তারা এখন"), ("সরকারকেতারা", "সরকারকে তারা"), ("হবেমিসরের", "হবে মিসরের"),
    ("কাজটাভালো", "কাজটা ভালো"), ("আমরাআজ", "আমরা আজ"),
])
def test_new_fused_words_are_split_exactly(fused, split):
    text = f"কাল {fused} বলেছিল।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001", "W002"], preview=True), unsafe=True)
    assert fixed == f"কাল {split} বলেছিল।"


@pytest.mark.parametrize("fused,split", [
    ("করেছেনজুলিয়েটা", "করেছেন জুলিয়েটা"), ("জিতেছেরাফিনহার", "জিতেছে রাফিনহার"),
    ("বাড়ছেপেট্রোলিয়ামের", "বাড়ছে পেট্রোলিয়ামের"), ("নাদেশের", "না দেশের"),
])
def test_a_finite_verb_or_na_before_an_unknown_word_is_split_by_default(fused, split):
    """Joined page elements: a clause-final verb or না run into a name the lexicon lacks."""
    text = f"খবরটি নিশ্চিত {fused} কথায়।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001"]), unsafe=True)
    assert fixed == f"খবরটি নিশ্চিত {split} কথায়।"


@pytest.mark.parametrize("word", ["নিলামদর", "হয়রানিটি", "পাচ্ছেননা", "ফিরেছিলাম", "নারাজি", "নাচল"])
def test_verb_left_split_leaves_nouns_prefixes_and_verb_forms(word):
    """নিলাম is also a noun (-লাম is not an ending for this test), হয়রানি + টি is a known word with
    a classifier, পাচ্ছেন|না has a one-grapheme rest, ফিরেছিলাম is a verb form the lexicon
    lacks, না- is a prefix before a bare word."""
    assert verb_left_split(nfc(word)) is None


@pytest.mark.parametrize("fused,split", [
    ("তাঁকেফোন", "তাঁকে ফোন"), ("তাদেরগ্রাম", "তাদের গ্রাম"), ("মাঠেছিল", "মাঠে ছিল"),
    ("হিসাবকরা", "হিসাব করা"), ("প্রায়চার", "প্রায় চার"), ("ওপ্রধান", "ও প্রধান"),
])
def test_a_grammatical_word_split_off_below_the_threshold(fused, split):
    """The model scores these under W001's threshold; a pronoun that never opens a compound, a
    case form of a frequent stem or an auxiliary that never closes one makes them fused words."""
    t = nfc(fused)
    res = best_split(t)
    assert res[0] < 2.7 and grammatical_split(res) == len(nfc(split.split()[0]))
    text = f"কাল {fused} বলেছিল।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001"]), unsafe=True)
    assert fixed == f"কাল {split} বলেছিল।"


@pytest.mark.parametrize("word", ["নাকেমুখে", "চেকেস্লোভাকিয়া", "ওরলেন্সের", "মানেসারে", "দায়দেনার",
                                  "নির্বাহকরা", "এগিয়েছিলাম", "ওবুচি", "বাতোরে"])
def test_grammatical_split_leaves_aluk_compounds_and_names(word):
    """One case ending on both parts (নাকে|মুখে) is an aluk compound; a two-grapheme stem before
    -ে (চেক|ে) and a short pronoun before a rare word (ওর|লেন্সের) open names; দায় is not
    দা + -য়; -করা after a rare word is an agent noun's plural (নির্বাহক|রা); ও, বা, এ before a
    rare word open names, and a verb form is not এ + verb."""
    res = best_split(nfc(word))
    assert res is None or grammatical_split(res) is None


@pytest.mark.parametrize("fused,split", [
    ("স্বপ্নসেই", "স্বপ্ন সেই"), ("কোটিপতিউনি", "কোটিপতি উনি"), ("জানেতাই", "জানে তাই"), ("হনআর", "হন আর"),
    ("চলেএ", "চলে এ"), ("করেসে", "করে সে"), ("ব্যবসাখুলতে", "ব্যবসা খুলতে"), ("কফিখেতে", "কফি খেতে"),
    ("গবেষণাটিসফল", "গবেষণাটি সফল"), ("সাতটিপর্বে", "সাতটি পর্বে"), ("তেরোজনলোক", "তেরোজন লোক"),
    ("বৈশিষ্ট্যসমূহমাত্র", "বৈশিষ্ট্যসমূহ মাত্র"), ("রাষ্ট্রছিল", "রাষ্ট্র ছিল"), ("নেতৃত্বদেন", "নেতৃত্ব দেন"),
    ("শাকখায়", "শাক খায়"), ("দুইসপ্তাহ", "দুই সপ্তাহ"), ("চারদশকে", "চার দশকে"), ("দুমিনিট", "দু মিনিট"),
    ("সবশ্রমিক", "সব শ্রমিক"), ("বিভিন্নদেশের", "বিভিন্ন দেশের"), ("ক্ষেত্রেকী", "ক্ষেত্রে কী"), ("এরদাম", "এর দাম"),
    # a pronoun before the question particle, unknown (উনিকি) or a rare lexicon word (আপনিকি)
    ("উনিকি", "উনি কি"), ("আপনিকি", "আপনি কি"), ("তুমিকী", "তুমি কী"),
    # the conjunction বা after a word, তা after a finite verb
    ("ডলারবা", "ডলার বা"), ("বললেনতা", "বললেন তা")])
def test_a_grammatically_marked_part_is_split_off(fused, split):
    # a clause-opening pronoun or conjunction, an infinitive, a classifier: never inside a compound
    text = f"কথা হলো {fused} বিষয়ে।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001"]), unsafe=True)
    assert fixed == f"কথা হলো {split} বিষয়ে।"


@pytest.mark.parametrize("word", ["আভাসে", "ভালোকে", "সম্ভবতার", "প্লেনএ", "আইনকানুনকে", "ওয়াটারবোর্ডিং",
                                  "ভোটকেন্দ্রগুলোতেই", "পালটাবেন", "সর্বজনগ্রহণযোগ্য", "করাভূত",
                                  # a verb's own auxiliary, nouns ending like verbs, a count word
                                  "করেছিল", "গিয়েছিল", "দেখছিল", "স্বাস্থ্যসচিব", "শ্রমিকবান্ধব", "ছোঁয়াবেন",
                                  "কদিনের",
                                  # quantifiers and এর before suffixes, কী ending a word
                                  "অনেকগুলোই", "এরশাদের", "নানামুখী", "সবসময়ের", "এরকমই", "তুর্কী", "বাকী",
                                  # colloquial verbs in -বা, -তা after a noun or adjective
                                  "ঘুরবা", "জিতবা", "করাবা", "লেখকতা"])
def test_marked_split_leaves_suffixes_and_locatives(word):
    from bnqa.checks.words import candidate_splits, marked_split

    assert marked_split(list(candidate_splits(word))) is None


@pytest.mark.parametrize("word,ending", [("দেশের", "ের"), ("শিক্ষকদের", "দের"), ("ঢাকায়", "য়"), ("কর্মীর", "র"),
                                         ("দায়", None), ("চির", None), ("বিজয়", None)])
def test_case_ending_needs_a_frequent_stem_and_the_right_vowel(word, ending):
    assert case_ending(nfc(word)) == (nfc(ending) if ending else None)


@pytest.mark.parametrize("fused,split", [("করাহয়েছে", "করা হয়েছে"), ("এরআগে", "এর আগে"), ("লেখাছিল", "লেখা ছিল")])
def test_rare_lexicon_words_that_are_two_common_words_are_split(fused, split):
    """wordfreq holds some web-common pairs without their space; a rare one far less probable
    than its two words is still a fused word (W001, by default)."""
    text = f"কাল {fused} বলেছিল।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001"]), unsafe=True)
    assert fixed == f"কাল {split} বলেছিল।"


@pytest.mark.parametrize("word", ["এজন্য", "সেজন্য", "মিত্রশক্তির", "আওয়ামীলীগের", "তারপরও",
                                  # interjections and a name, not a pronoun with কি
                                  "সেকি", "একি", "তারাকি"])
def test_lexicon_words_more_probable_than_their_parts_are_kept(word):
    assert not check_text(f"তিনি {word} বললেন।", select=["W001"])


@pytest.mark.parametrize("word", [
    "প্রোঅ্যাকটিভ", "ইউএসসি", "মহাসচিবও", "সরকারগুলোর", "রাজনীতিকেও", "দুর্নীতিও", "সিএমওরা",
    "প্রতিদিন", "এসএমএমই", "বাংলাদেশের",
])
def test_words_that_are_not_fused(word):
    assert not check_text(f"তিনি {word} নিয়ে বললেন।", select=["W001"])


@pytest.mark.parametrize("word", ["যেকোনোভাবেই", "ঢাকায়ও", "সময়মতোই", "বড়দিনেও", "প্রশ্নপত্রও"])
def test_a_word_with_the_clitic_i_or_o_is_not_split_even_in_preview(word):
    """যেকোনোভাবে + ই is one word, not যে + কোনোভাবেই (W001 flagged it in a translated text); the
    same for -ও (W002 split ঢাকায়ও as ঢাকায় ও on clean news)."""
    assert not check_text(f"তিনি {word} বললেন।", select=["W001", "W002"], preview=True)


def test_a_clitic_after_a_fused_word_does_not_hide_it():
    """Only a lexicon word + clitic is exempt: দিনএই (দিন + এই) still splits."""
    assert [d.code for d in check_text("তাহলে দিনএই ব্লগ পড়া।", select=["W001"])] == ["W001"]


def test_split_is_at_a_grapheme_boundary():
    score, p, left, right = best_split("দিনএই")
    assert (left, right) == ("দিন", "এই")


def _fused_module():
    sys.path.insert(0, str(ROOT))
    import benchmarks.fused_recall as fr  # noqa: E402

    return fr


@pytest.mark.skipif(not CLEAN.is_dir(), reason="clean corpora not available")
def test_fused_word_recall_on_clean_sentences():
    """The issue's target (90% found, 85% exact split) holds for W001+W002 (--preview; measured
    92.4% / 91.3% on 2,000 samples, seed 4); the default rule alone, held to the false-alarm
    budget, finds 78.7% (see the README, section "Lexicon rules"). Floors on 400 other samples
    (seed 7: 77.3% and 93.0% found)."""
    fr = _fused_module()
    samples = fr.sample(400, seed=7, clean_dir=CLEAN)
    default = fr.measure(samples, ["W001"])
    both = fr.measure(samples, ["W001", "W002"], preview=True)
    assert default["recall"] >= 0.75 and default["exact_recall"] >= 0.75, default["recall"]
    assert both["recall"] >= 0.90 and both["exact_recall"] >= 0.85, both["recall"]


@pytest.mark.skipif(not CLEAN.is_dir(), reason="clean corpora not available")
def test_fused_word_recall_on_element_joins():
    """Fused words of the seeds' kind (a line's last word run into the next line's first, as
    when HTML elements are joined): measured 81.5% found by W001 and 95.9% with W002 on 2,000
    joins (seed 5); 84.1% this round. Floors on 300 other joins (seed 8: 81.3%
    and 94.3%)."""
    fr = _fused_module()
    samples = fr.sample_joins(300, seed=8, clean_dir=CLEAN)
    for s in samples:
        assert s["fused"][:s["space_at"]].endswith(s["left"]) and s["fused"][s["space_at"]:].startswith(s["right"])
        assert s["fused"][s["start"]:s["end"]] == s["left"] + s["right"]
    default = fr.measure(samples, ["W001"])
    both = fr.measure(samples, ["W001", "W002"], preview=True)
    assert default["recall"] >= 0.79 and both["recall"] >= 0.91, (default["recall"], both["recall"])


@pytest.mark.skipif(not CLEAN.is_dir(), reason="clean corpora not available")
def test_lexical_default_rules_stay_under_their_false_alarm_share():
    """The lexical family's share of the 1-per-1,000-words budget of all default rules: 0.4
    (measured 0.345: W001 0.168, C001 0.123, E002 0.055; the mechanical family 0, the
    translationese and register rules 0.200)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.false_alarms import measure

    res = measure(CLEAN, select=LEXICAL_DEFAULT)
    assert res["per_1000_words"] <= 0.4, res["per_rule"]


def test_precomposed_nukta_letters_keep_original_offsets():
    text = "তারা খুঁজে পে\u09df\u09c7ছেসংগঠন তারা।"       # য় as U+09DF, not NFC
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001"]), unsafe=True)
    assert fixed == "তারা খুঁজে পে\u09df\u09c7ছে সংগঠন তারা।"


def test_three_words_run_together_get_every_space():
    text = "তাহলে দিনএইব্লগ একটি পড়া।"
    fixed, *_ = fix_text(text, lambda t: check_text(t, select=["W001", "W002"], preview=True), unsafe=True)
    assert fixed == "তাহলে দিন এই ব্লগ একটি পড়া।"
    d = check_text("প্রোগ্রাম আছে যেখানেআপনিসরাসরি শিখতে পারেন।", select=["W001"])
    assert len(d) == 1 and len(d[0].fix.edits) == 2


@pytest.mark.parametrize("word", ["এনআরসিপি", "সিএমওরা", "এসএমএমইর", "বিএনএফএর"])
def test_abbreviations_are_not_fused_words_even_in_preview(word):
    assert not check_text(f"তিনি {word} নিয়ে বললেন।", select=["W001", "W002"], preview=True)


def test_long_tokens_are_not_searched():
    # the split search is quadratic in the token: a scraped blob is skipped, a real join is not
    from bnqa.checks.words import MAX_TOKEN_CHARS, _split

    assert _split("ক" * (MAX_TOKEN_CHARS + 1)) is None
    assert _split("আমিভাতখাই" * 20) is None
    assert _split("দিনএই") is not None
    text = "এখানে " + "ক" * 50_000 + " আছে।"
    assert not [d for d in check_text(text, select=["W001", "W002", "E002"], preview=True)]


def test_long_tokens_are_not_given_letter_variants():
    # C003 would copy the token once per variable letter: a blob of fused words is skipped
    from bnqa.checks.consistency import _common_variants

    assert _common_variants("রুটীন") == ("রুটিন",)
    assert _common_variants("রুটিনসময়পরিকল্পনা" * 5) is None


def test_letter_variant_with_another_ending_in_the_article():
    # C003: the frequent spelling may occur with another case ending (বিশেষজ্ঞরা … বিশেসজ্ঞের),
    # and স/ষ/শ are variable letters too
    text = "বিশেষজ্ঞরা বলছেন, শুরু করুন। সিদ্ধান্তের আগে একজন বিশেসজ্ঞের পরামর্শ নিন।"
    d = [x for x in check_text(text, select=["C003"])]
    assert [(text[x.offset:x.end], x.fix.edits[0].content) for x in d] == [("বিশেসজ্ঞের", "বিশেষজ্ঞের")]
    # without a frequent spelling in the article, nothing is said
    assert not check_text("একজন বিশেসজ্ঞের পরামর্শ নিন।", select=["C003"])


def test_a_pair_the_lexicon_holds_solid_with_another_ending_is_attested():
    from bnqa.checks.words import attested
    from bnqa.lexicon import nfc

    # the lexicon has পোশাকশিল্প and পোশাকশিল্পে: পোশাক|শিল্পের is a compound written solid
    assert attested(nfc("পোশাক"), nfc("শিল্পের"))
    # no form of দিন+এই is a word
    assert not attested(nfc("দিন"), nfc("এই"))


@pytest.mark.parametrize("fused,split", [
    ("বিধিভঙ্গের|জন্য", 1), ("অ্যাভবেরি|এবং", 1), ("কিন্তু|চালহীন", 1), ("আসলে|ম্যানেজারই", 1),
    ("অনেক|অনেক", 1), ("বিশেষ|বিশেষ", 1),
    ("আইনপ্রণেতারা", 0), ("মহাব্যবস্থাপকরা", 0), ("তারকাসুলভ", 0), ("আরোপকারী", 0), ("এইচআইভিএইডস", 0),
    ("দাঁড়িয়েছিলেন", 0), ("হইহই", 0), ("টিমটিম", 0), ("সবর্জনগ্রহণযোগ্য", 0),
])
def test_one_side_split_needs_a_function_word_beside_an_unknown_word(fused, split):
    """A function word that never ends (জন্য, এবং) or opens (কিন্তু, আসলে) a word, beside a word
    the lexicon lacks, and a doubled word of three graphemes or more; not the agent plurals
    -তারা/-করা, a pronoun that opens many words (তার-, আরো-), letter names, an auxiliary after
    a participle, onomatopoeia, a misplaced reph."""
    from bnqa.checks.words import one_side_split

    word = nfc(fused.replace("|", ""))
    assert one_side_split(word) == (len(nfc(fused.split("|")[0])) if split else None)


@pytest.mark.parametrize("word", ["দেখিনি", "ধীরেধীরে"])
def test_bound_endings_and_doubled_words_are_not_split_off(word):
    """The negative নি is written on its verb (দেখি|নি is no split, though both are lexicon
    tokens), and a doubled word is one reduplicated word."""
    from bnqa.checks.words import _lexicon_splits
    from bnqa.lexicon import nfc

    assert not list(_lexicon_splits(nfc(word)))


def test_c006_reports_the_less_used_hyphenation_with_the_others_form():
    from bnqa.engine import check_text
    text = "চেক-ইন দুপুর ২টা থেকে। চেক-ইনের সময় পাসপোর্ট লাগবে। আগে চেকইনের জন্য রিসেপশনে জানান।"
    d = check_text(text, select=["C006"])
    assert [text[x.offset:x.offset + x.length] for x in d] == ["চেকইনের"]
    assert d[0].fix.edits[0].content == "চেক-ইনের"


def test_l002_bengali_letter_email_any_domain():
    from bnqa.engine import check_text
    text = "আরও তথ্যের জন্য ইনফো@জাদুঘর.জিওবি.এমএক্স ঠিকানায় লিখুন, অথবা info@museo.mx।"
    d = check_text(text, select=["L002"])
    assert [text[x.offset:x.offset + x.length] for x in d] == ["ইনফো@জাদুঘর.জিওবি.এমএক্স"]


def test_c008_reports_the_less_used_of_solid_and_spaced_with_either_fix():
    # the solid form used less: split it where the article puts the space (another ending too)
    text = "শান্তি কুটির নামের বাড়িটি পুরোনো। শান্তি কুটিরে অতিথি আসেন। শান্তিকুটিরের বারান্দায় তিনি লেখেন।"
    d = check_text(text, select=["C008"])
    assert [text[x.offset:x.offset + x.length] for x in d] == ["শান্তিকুটিরের"]
    fixed = fix_text(text, lambda t: check_text(t, select=["C008"]), unsafe=True)[0]
    assert fixed.count("শান্তি কুটির") == 3
    # the spaced form used less, the solid forms in two endings counted together: join it
    text = "রূপসা টেক্সটাইলস কারখানা খুলেছে। রূপসাটেক্সটাইলসের মালিক জানান, রূপসাটেক্সটাইলস রপ্তানি বাড়াবে।"
    d = check_text(text, select=["C008"])
    assert [text[x.offset:x.offset + x.length] for x in d] == ["রূপসা টেক্সটাইলস"]
    fixed = fix_text(text, lambda t: check_text(t, select=["C008"]), unsafe=True)[0]
    assert "রূপসা টেক্সটাইলস" not in fixed and fixed.count("রূপসাটেক্সটাইলস") == 3
    # a participle closing a compound is not the verbal noun written apart; nor a lexicon word
    for ok in ("ইট ভাঙার কাজ করতেন তিনি। এক ইটভাঙা শ্রমিক জানান।", "সব সময় তিনি হাসেন; সবসময় হাসিখুশি থাকেন।"):
        assert check_text(ok, select=["C008"]) == []


def test_doc_words_pairs_after_single_space_only():
    from bnqa.lexicon import DocWords
    w = DocWords("নীল দলের সভা। নীল  দলের নয়, নীল\nদল।")
    assert [(a, b) for _s, _e, a, b in w.pairs_after({"নীল"})] == [("নীল", "দলের")]
    s, e, _a, _b = w.pairs_after({"নীল"})[0]
    assert w.text[s:e] == "নীল দলের"


def test_w001_number_run_into_a_word_but_not_its_classifier():
    text = "১৯৭৪সালের বন্যায় ৫০টিরও বেশি গ্রাম ডোবে; ২১শে ফেব্রুয়ারি ৩য় দিনে ৳১০০ঢাকার বাইরে।"
    d = check_text(text, select=["W001"])
    assert [text[x.offset:x.offset + x.length] for x in d] == ["১৯৭৪সালের", "১০০ঢাকার"]


def _assert_cue_split(fused: str, split: int):
    """``fused`` (its parts marked with |) gets W001's structural cut at the mark when ``split``;
    otherwise neither a structural cut nor a default-threshold model split."""
    from bnqa.checks.words import _split

    word = fused.replace("|", "")
    res = _split(word)
    if split:
        assert res is not None and res[2] == len(nfc(fused.split("|")[0]))
    else:
        assert res is None or (res[0] < 2.7 and res[2] is None)


@pytest.mark.parametrize("fused,split", [
    ("পর্যবেক্ষক|না", 1), ("মঙ্গলবার|না", 1), ("পাচ্ছেন|না", 1), ("আমি|তাকে", 1), ("তিনি|বলেন", 1),
    ("যে|যুদ্ধক্ষেত্রেও", 1), ("জাতপাতের|ভেদাভেদ", 1),
    ("ওয়াইনা", 0), ("গায়েনা", 0), ("মারিনা", 0), ("সেমোর", 0), ("তারাসুন্দরী", 0), ("বিজয়যাত্রা", 0),
    ("কারবারেটস", 0),
])
def test_clause_cues_split_words_that_never_make_a_compound(fused, split):
    """The negation না after a consonant or a finite verb, a subject pronoun before a word, the
    relative যে, a rarer inflected first part; not names that end in -না after a vowel sign or
    open with সে/তারা, not a stem in -য় read as a locative, nor a case form before a short word."""
    _assert_cue_split(fused, split)


@pytest.mark.parametrize("fused,split", [
    ("আছে|আমরা", 1), ("ঠিকানা|এনক্রিপ্ট", 1), ("বিশ্বমঞ্চে|ইসাবেল", 1), ("ঠিকানা|আবেদনপত্রের", 1),
    ("ট্রেজারিওয়ালা", 0), ("অধিউপাত্ত", 0), ("আইপিইউর", 0), ("সৃষ্টিউৎকর্ষের", 0),
    ("কাস্তেইওন", 0), ("পৌঁছাইবার", 0),
])
def test_an_independent_vowel_after_a_vowel_sign_marks_two_words(fused, split):
    """An independent vowel letter opening the second part right after a vowel sign: Bengali
    spells that meeting with য় inside a word; a rarer second part when it is long; not before ওয়
    (a loanword's w), after a prefix that opens many words, in a run of letter names, or before a
    short rare part (a name's ইও, a সাধু ending)."""
    _assert_cue_split(fused, split)


@pytest.mark.parametrize("fused,split", [
    ("লক্ষণসমূহ|কিডনিতে", 1), ("নির্দেশাবলি|পড়ুন", 1), ("ফলাফলসমূহ|দেখুন", 1),
    ("বইগুলোসহ", 0), ("জনসংখ্যাগুলোতেও", 0), ("গুণাবলিসম্পন্ন", 0),
])
def test_a_plural_or_collective_marker_closes_the_first_word(fused, split):
    """After -সমূহ, -গুলো or -াবলি only a case ending, a clitic or a word written onto a phrase
    (-সহ, -সম্পন্ন) goes on inside the word; any other word opens the next one."""
    _assert_cue_split(fused, split)
