"""Misspellings (E), consistency (C) and transliteration (L) rules beyond their examples."""
from __future__ import annotations

from bnqa.checks.consistency import classify, groups
from bnqa.checks.spelling import candidates, lookup, misspellings
from bnqa.engine import check_text
from bnqa.lexicon import zipf


def codes(text, *sel, preview=True):
    return [d.code for d in check_text(text, select=list(sel), preview=preview)]


def test_listed_forms_are_not_words_and_corrections_are():
    exact, stems = misspellings()
    for wrong, (right, _kind) in {**exact, **stems}.items():
        assert wrong != right
        assert zipf(right) > 0, f"correction {right} not in the lexicon"


def test_stems_take_inflections():
    assert lookup("কারনে") == ("কারণে", "error")
    assert lookup("কারনেই") == ("কারণেই", "error")
    assert lookup("ডিগ্রীর") == ("ডিগ্রির", "academy")
    assert lookup("কারণে") is None
    assert lookup("পুরনো") is None          # পুরন* must not eat পুরনো


def test_e001_fix_keeps_the_inflection():
    d = check_text("এসব কারনেই আমরা পিছিয়ে।", select=["E001"])
    assert [x.fix.edits[0].content for x in d] == ["কারণেই"]


def test_near_neighbour_suggestions_are_ranked():
    c = candidates("সচেস্ট")
    assert c and c[0][0] == "সচেষ্ট"
    assert [z for _, z in c] == sorted((z for _, z in c), reverse=True)


def test_consistency_groups_include_academy_pairs():
    index, table = groups()
    assert classify("ডিগ্রীর")[1] == "ডিগ্রী"
    gid = classify("ডিগ্রি")[0]
    assert table[gid][0] == "ডিগ্রি"
    assert classify("ভবিষ্যতে") is None     # inflects both ভবিষ্যৎ and ভবিষ্যত


def test_consistency_needs_both_forms_nearby():
    assert codes("কিভাবে যাবেন? কিভাবে ফিরবেন?", "C001") == []
    assert codes("কিভাবে যাবেন? কীভাবে ফিরবেন?", "C001") == ["C001"]


def test_c001_suggests_the_standard_even_when_in_minority():
    d = check_text("কিভাবে? কিভাবে? কীভাবে?", select=["C001"])
    assert len(d) == 2 and all(x.fix.edits[0].content == "কীভাবে" for x in d)


def test_the_article_and_names():
    assert codes("দ্য কোম্পানি ইতিবাচকভাবে প্রার্থীদের মূল্য দেয়।", "L001") == ["L001"]
    assert codes("দ্য ইকোনমিস্টের প্রতিবেদনে বলা হয়েছে।", "L001") == []
    assert codes("দ্য হিন্দুর খবরে বলা হয়েছে।", "L001") == []
    assert codes("বাদ্য বাজিয়ে সবাই এল।", "L001") == []


def test_handles():
    assert codes("(@নাথানলেবাচ) জুলাই", "L002") == ["L002"]
    assert codes("(@hootsuite) ও ইমেল info@উদাহরণ", "L002") == []


def test_near_neighbours_cover_phala_and_chandrabindu_slips():
    assert candidates("উজ্জল")[0][0] == "উজ্জ্বল"
    assert candidates("ব্যাক্তি")[0][0] == "ব্যক্তি"
    assert candidates("পৌছাতে")[0][0] == "পৌঁছাতে"
    assert codes("দেশের সাধীনতা দিবস।", "E002") == ["E002"]          # ব-ফলা dropped
    assert codes("সাংসদেরা এলেন।", "E002") == []        # a rare but valid plural is left alone


def test_the_article_before_a_function_word():
    assert codes("দ্য সরকার ঘোষণা করেছে।", "L001") == ["L001"]
    assert codes("দ্য কোম্পানি এবং তার কর্মীরা।", "L001") == ["L001"]
    assert codes("দ্য ডিপ নর্থ উপন্যাসটি পড়ুন।", "L001") == []


def test_fixes_keep_the_tokens_nukta_encoding():
    pre, dec = "\u09df", "\u09af\u09bc"  # য় precomposed / decomposed
    d = check_text(f"মূল্য নি{pre}ন্ত্রনে আনতে হবে।", select=["E001"])
    assert d[0].fix.edits[0].content == f"নি{pre}ন্ত্রণে"
    d = check_text(f"মূল্য নি{dec}ন্ত্রনে আনতে হবে।", select=["E001"])
    assert d[0].fix.edits[0].content == f"নি{dec}ন্ত্রণে"


def test_c004_reports_one_of_two_spellings_and_leaves_c003_its_tokens():
    # two spellings of a name the lexicon does not know: only the one written second is reported,
    # whichever order the article uses
    for first, second in (("কোডানশা", "কোদানশা"), ("কোদানশা", "কোডানশা")):
        text = f"{first} প্রকাশনী জানায়। {first} বই ছাপে। পরে {second} বলেছে।"
        got = [(d.code, text[d.offset:d.end], d.fix.edits[0].content) for d in check_text(text, select=["C004"])]
        assert got == [("C004", second, first)], got
    # the article's more frequent spelling wins over the first one
    text = "ফ্ল্যানাগেন এলেন। ফ্ল্যানাগান বলেন। ফ্ল্যানাগানের বই।"
    assert [text[d.offset:d.end] for d in check_text(text, select=["C004"])] == ["ফ্ল্যানাগেন"]
    # a rare spelling of a frequent word that C003 reports is not reported again
    text = "বিশেষজ্ঞরা বলেন। বিশেসজ্ঞের মতে ঝুঁকি আছে।"
    codes = sorted(d.code for d in check_text(text, select=["C003", "C004"]))
    assert codes == ["C003"], codes
    # two letters apart, or a final া/ে (grammar), is not one word spelled two ways
    assert not check_text("বাঁধে পানি ঠেকল। আমরা থাকলে হতো। মহোদয়া ও মহোদয়েরা এলেন।", select=["C004"])


def test_c007_transliterations_alike_but_for_vowels_hasanta_and_ya_phala():
    # vowel signs, an inner vowel letter, hasanta and ya-phala: one name spelled two ways
    text = "গায়িকা ভ্যালেন্টিনা বলেন, অ্যালবাম তৈরি। ভালেন্তিনার মতে এটি সেরা। প্রোটিন খান। প্রোটেইন পেশি গড়ে।"
    got = [(text[d.offset:d.end], d.fix.edits[0].content) for d in check_text(text, select=["C007"])]
    assert got == [("ভালেন্তিনার", "ভ্যালেন্টিনার"), ("প্রোটেইন", "প্রোটিন")], got
    # not: two forms of a verb, another word ending or suffix, another opening letter, a pair
    # more than two edits apart as written, or the one-letter pair C004 reports
    for text in ("সে কাঁদছিলেন না; পরে কেঁদেছিলেন।", "কায়েমি স্বার্থবাদ আর স্বার্থবাদী দল।",
                 "গাছের ডালসমূহ ভেঙে পড়ে, দলসমূহ সরে যায়।", "ফ্ল্যানাগান বলেন। ফ্ল্যানাগেনের মতে।"):
        assert not check_text(text, select=["C007"]), text
    assert [d.code for d in check_text("ফ্ল্যানাগান বলেন। ফ্ল্যানাগেনের মতে।", select=["C004", "C007"])] == ["C004"]


def test_e002_leaves_a_frequent_word_with_a_classifier():
    """পাড়াটা (পাড়া + টা) is not in the lexicon, and the bread পারাটা is one edit away: a
    frequent word with a classifier is a word; a misspelled stem with one is still reported."""
    from bnqa.engine import check_text

    assert check_text("সেই সময় পাড়াটা ছিল প্রায় একটা গ্রামের মতো।", select=["E002"]) == []
    assert [d.code for d in check_text("সুরক্ষীত তথ্য রাখুন।", select=["E002"])] == ["E002"]


def test_e006_ta_class_conjunct_only_for_tatsama_words():
    from bnqa.checks.spelling import natva_spelling

    assert natva_spelling("কারাদন্ড") == "কারাদণ্ড"
    assert natva_spelling("উপকন্ঠে") == "উপকণ্ঠে"
    for w in ("ঠান্ডা", "ইন্ডিয়া", "প্যান্ট", "ফান্ড", "খন্ড"):
        assert natva_spelling(w) is None, w


def test_c007_ba_bha_and_closing_ja_sa_only_as_letter_variants():
    """ব/ভ and a closing জ/স (Spanish b/v and -z) pair two spellings only where the two differ in
    such letters alone, letter for letter; a name ending like a classifier is compared whole."""
    from bnqa.checks.consistency import _letter_variants

    assert _letter_variants("বিদাল", "ভিদাল") and _letter_variants("কাডিজ", "কাদিস")
    assert _letter_variants("মেন্দোজা", "মেন্দোসা")   # the last consonant, a vowel sign after it
    assert not _letter_variants("বাসাবাড়ি", "বাসাভাড়া")   # another vowel too: two words
    assert not _letter_variants("জাসা", "সাসা")   # জ/স only at the end
    text = "চিরিগোতা দলগুলো গান গায়। এবারের সেরা চিরিগোটা জনপ্রিয় হয়েছে।"
    assert [text[d.offset:d.end] for d in check_text(text, select=["C007"])] == ["চিরিগোটা"]
    assert not check_text("বাসাবাড়ি ছেড়ে দিতে হলো, কারণ বাসাভাড়া বেড়েছে।", select=["C007"])
