"""The lexicon layer: canonical form, frequencies, tokens, cached loading."""
from __future__ import annotations

import time

from bnqa.lexicon import WORD_RE, DocWords, both_encodings, known, lexicon, nfc, productivity, split_points, words, zipf


def test_nfc_makes_nukta_letters_one_form():
    precomposed = "প\u09c7\u09df\u09c7\u099b\u09c7"          # পেয়েছে with U+09DF
    decomposed = "প\u09c7\u09af\u09bc\u09c7\u099b\u09c7"     # য + nukta
    assert nfc(precomposed) == nfc(decomposed) == decomposed  # U+09DF is a composition exclusion
    assert zipf(precomposed) == zipf(decomposed) > 4


def test_both_encodings_takes_any_iterable_in_either_encoding():
    pre, dec = "কতিপ\u09df", "কতিপ\u09af\u09bc"   # কতিপয়
    for given in ([pre], [dec], (w for w in [pre]), (w for w in [dec])):
        assert both_encodings(given) == {pre, dec}


def test_frequencies_are_zipf_and_bengali_only():
    lex = lexicon()
    assert len(lex) > 200_000
    assert zipf("এবং") > 6 > zipf("সংগঠন") > 4
    assert zipf("দিনএই") == 0.0 and not known("দিনএই")
    assert all(WORD_RE.fullmatch(w) for w in list(lex)[:5000])
    assert "the" not in lex


def test_joiners_are_ignored_when_the_lexicon_lacks_them():
    assert zipf("র\u200d্যালি") > 0


def test_words_keep_original_offsets():
    text = "আমি ভাত খাই। SMMExpert-এর দিন"
    toks = list(words(text))
    assert [t for _, _, t in toks] == ["আমি", "ভাত", "খাই", "এর", "দিন"]
    assert all(text[s:e] == t for s, e, t in toks)


def test_split_points_do_not_break_conjuncts_or_signs():
    w = "প্রস্তাব"
    for p in split_points(w):
        assert w[p - 1] != "\u09cd" and not ("\u09be" <= w[p] <= "\u09d7")


def test_productivity_counts_suffixes_and_compound_members():
    mod, head = productivity()
    assert head["ও"] > 1000 and head["কে"] > 1000      # clitics join everything
    assert head.get("আপনি", 0) < 5                      # a pronoun does not


def test_cached_lexicon_loads_fast():
    lexicon.cache_clear()
    t = time.perf_counter()
    lexicon()
    assert time.perf_counter() - t < 2.0


def test_doc_words_are_the_word_re_tokens_with_their_offsets():
    text = "৫০টির দিনএই\u200cকাজ, আরও (আরো) abc আরও।\nয়ে ৳ ক্ষ্\u200dম\n"
    spans = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    dw = DocWords(text)
    assert dw.tokens == [t for _, _, t in spans]
    assert list(dw.distinct) == list(dict.fromkeys(t for _, _, t in spans))
    assert dw.occurrences(set(dw.distinct)) == spans
    assert dw.occurrences({"আরও"}) == [x for x in spans if x[2] == "আরও"]
    assert dw.occurrences(set()) == [] and DocWords("").occurrences({"আরও"}) == []


def test_docwords_repeats():
    from bnqa.lexicon import DocWords

    text = "ক কোম্পানির কোম্পানির আয়। দিন দিন\nদিন বাড়ে, হাজার  হাজার"
    got = DocWords(text).repeats()
    assert [(text[s:e], w) for s, e, w in got] == [
        ("কোম্পানির কোম্পানির", "কোম্পানির"), ("দিন দিন", "দিন"), ("হাজার  হাজার", "হাজার")]


def test_docwords_phrase_repeats():
    from bnqa.lexicon import DocWords

    text = "দয়া করে দয়া করে কল করুন। বড় বড় বড় বড় দোকান। হাইপ মেশিন\nহাইপ মেশিন; জয় বাংলা জয় বাংলা জয় বাংলা"
    got = DocWords(text).phrase_repeats()
    assert [(text[s:m], text[m:e], p) for s, m, e, p in got] == [
        ("দয়া করে ", "দয়া করে", "দয়া করে"), ("জয় বাংলা ", "জয় বাংলা", "জয় বাংলা"), ("বাংলা জয় ", "বাংলা জয়", "বাংলা জয়"),
        ("জয় বাংলা ", "জয় বাংলা", "জয় বাংলা")]


def test_a_phrase_said_three_times_is_one_finding():
    from bnqa.catalog import select_rules
    from bnqa.engine import Linter
    from bnqa.source import Source

    text = "আমরা জয় বাংলা জয় বাংলা জয় বাংলা বলে এগোলাম।"
    diags = Linter(select_rules(select=["T014"])).check_source(Source("-", text))
    assert [(d.offset, text[d.offset:d.end]) for d in diags] == [(5, "জয় বাংলা জয় বাংলা")]


def test_decisions_that_skip_frequent_words_decide_none_for_them():
    """W001, C003, C004 and E002 set the lexicon's frequent words aside without deciding them
    (``TokenDecisions(skip_frequent=True)``): each of them must decide None for every one."""
    import random

    from bnqa.checks.consistency import _common_variants, _near_spellings
    from bnqa.checks.spelling import _near
    from bnqa.checks.words import _split
    from bnqa.lexicon import frequent_words

    words = sorted(frequent_words())
    for w in random.Random(5).sample(words, 3000):
        assert _split(w) is None and _common_variants(w) is None and _near(w, 1.5, 2.5, 3.0) is None, w
        assert _near_spellings(w) is None, w


def test_token_decisions_decide_each_distinct_token_once_and_share_the_document_sets():
    from bnqa.lexicon import DocWords, TokenDecisions, frequent_words

    calls = []

    def decide(tok):
        calls.append(tok)
        return len(tok) if tok != "আর" else None

    text = "এবং আর দিনএই আর দিনএই কোম্পানিটির"
    dw = DocWords(text)
    assert dw.distinct_set() == set(dw.distinct)
    assert dw.distinct_set(rare=True) == set(dw.distinct) - frequent_words()
    assert dw.distinct_set(rare=True) is dw.distinct_set(rare=True)   # built once per document
    plain = TokenDecisions(decide)
    assert plain.found(dw) == {t: len(t) for t in dw.distinct if t != "আর"}
    assert plain.found(DocWords(text)) == {t: len(t) for t in dw.distinct if t != "আর"}
    assert sorted(calls) == sorted(dw.distinct)          # the second document decided nothing
    calls.clear()
    rare = TokenDecisions(decide, skip_frequent=True)
    assert set(rare.found(dw)) == set(dw.distinct) - frequent_words() - {"আর"}
    assert "এবং" not in calls and "এবং" in frequent_words()


def test_nfc_of_words_and_of_long_strings_agree_with_unicodedata():
    import unicodedata

    for s in ("প\u09c7\u09df\u09c7\u099b\u09c7", "ক\u09c7\u09be", "আমার", "য\u09bc" * 30, "এ" * 41 + "\u09df"):
        assert nfc(s) == nfc(s) == unicodedata.normalize("NFC", s)
