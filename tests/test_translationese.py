"""Translationese rules: the annotated seed list is found, the rules generalise to inflected
variants, and the clean corpora stay under the false-alarm budget."""
from __future__ import annotations

import pytest
import yaml

from bnqa.catalog import load_catalog
from bnqa.engine import Linter, check_text
from bnqa.source import Source

from .conftest import CLEAN, ROOT, SAMPLES

ARTEFACTS = yaml.safe_load((ROOT / "corpora" / "seed_artefacts" / "translationese.yaml").read_text(encoding="utf-8"))
FOUND = [e for e in ARTEFACTS if not e.get("missed")]


def codes(text, *sel):
    return [d.code for d in check_text(text, select=list(sel), preview=True)]


@pytest.fixture(scope="module")
def seed_diags():
    cat = load_catalog()
    used = sorted({e["code"] for e in ARTEFACTS})
    lin = Linter([cat[c] for c in used])
    out = {}
    for p in sorted(SAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out[p.name] = (text, lin.check_source(Source(p.name, text)))
    return out


def test_seed_list_is_well_formed():
    cat = load_catalog()
    for e in ARTEFACTS:
        assert e["code"] in cat, e
        text = (SAMPLES / e["file"]).read_text(encoding="utf-8")
        assert text.count(e["text"]) == 1, f"not unique in {e['file']}: {e['text']}"
    assert len(FOUND) >= 40


@pytest.mark.parametrize("entry", FOUND, ids=[f"{e['code']}:{e['text'][:20]}" for e in FOUND])
def test_seed_artefact_found(entry, seed_diags):
    text, diags = seed_diags[entry["file"]]
    s = text.index(entry["text"])
    e = s + len(entry["text"])
    hits = [d for d in diags if d.code == entry["code"] and d.offset < e and d.offset + max(d.length, 1) > s]
    assert hits, f"{entry['code']} missed {entry['text']!r} ({entry['what']})"


def test_no_unlisted_default_translationese_on_seeds(seed_diags):
    """Every default-rule T/R diagnostic on a seed is an annotated artefact (precision on seeds)."""
    cat = load_catalog()
    for name, (text, diags) in seed_diags.items():
        listed = [(text.index(e["text"]), text.index(e["text"]) + len(e["text"]), e["code"])
                  for e in ARTEFACTS if e["file"] == name]
        for d in diags:
            if cat[d.code].preview:
                continue
            assert any(c == d.code and d.offset < e and d.offset + d.length > s for s, e, c in listed), \
                f"{name}: unlisted {d.code} at {text[d.offset:d.offset + 40]!r}"


@pytest.mark.parametrize("text,code", [
    ("এটা সুপারিশ করা হচ্ছে যে সবাই আগে আসুন।", "T001"),
    ("ইহা পরামর্শ দেওয়া হয় যে রোগীরা বিশ্রাম নিন।", "T001"),
    ("এটা অত্যন্ত গুরুত্বপূর্ণ যে তুমি সময়মতো আসো।", "T002"),
    ("যাই হোক, দাম কমেনি।", "T004"),
    ("ছাত্র থেকে শিক্ষক থেকে অভিভাবক, সবাই খুশি।", "T005"),
    ("একটি দক্ষ কোচের অধীনে খেলোয়াড়েরা উন্নতি করে।", "T012"),
    ("একটি বিক্রেতার সঙ্গে কথা বলুন।", "T012"),
    ("আপনি যদি দলের সদস্য হন, একটি মডারেটর আপনার জন্য পোস্টটি সরাতে পারেন।", "T012"),
    ("তারা ফোন হারিয়ে ফেলেছে ফেলেছে।", "T014"),
    ("বাজারের উন্নয়ন এবং উন্নয়ন দরকার।", "T013"),
    ("আয় কমেছে, রয়টার্স অনুযায়ী প্রতিবেদন।", "T015"),
    ("তারা নতুন চাকরি পেতে খুঁজছে।", "T010"),
    ("যখন এটা স্বাস্থ্যের বিষয়ে আসে, আমরা সতর্ক।", "T009"),
    ("সরকার গুজবটিকে কুঁড়ে ফেলেছে।", "T006"),
    ("সমস্যাটি কুঁড়িতেই দমন করা দরকার।", "T006"),
    ("যে কেউ পাঁচ বছর ধরে ব্লগ লিখছে, আমরা জানি পাঠক কী চায়।", "T006"),
    ("যদি আপনি নতুন হন, এটি একটি কাজ যার জন্য ধৈর্য লাগে।", "T008"),
])
def test_variants_generalise(text, code):
    assert code in codes(text, code)


@pytest.mark.parametrize("text,code", [
    ("এটা সত্য যে দাম বেড়েছে।", "T002"),
    ("একটি শিশু হাসছে।", "T012"),
    ("একজন দক্ষ কোচের অধীনে খেলোয়াড়েরা উন্নতি করে।", "T012"),
    ("একটি কৃষক সমবায় গঠিত হয়েছে।", "T012"),
    ("যদি সময় পাও, একটি শিক্ষক সমিতির সভা দেখো।", "T012"),
    ("ধীরে ধীরে মাঝে মাঝে বারবার কাছে কাছে হাঁটে।", "T014"),
    ("ঢাকা থেকে খুলনা পর্যন্ত রাস্তা।", "T005"),
    ("পোকায় গাছের কুঁড়ি নষ্ট করে।", "T006"),
    ("যে কেউ এটা করেছে, আমি তাকে খুঁজে বের করব।", "T006"),
    ("যে কেউ ভুল করতে পারে।", "T006"),
    ("আমাদের মনোভাব হল, এটি একটি ভালো সুযোগ যা হারানো উচিত নয়।", "T008"),
    ("আমি বললাম, এটি একটি বই যার দাম বেশি।", "T008"),
])
def test_idiomatic_not_flagged(text, code):
    assert code not in codes(text, code)


def test_both_nukta_encodings():
    composed = "এটি সুপারিশ করা হ\u09df যে আপনি আসুন।"
    decomposed = "এটি সুপারিশ করা হ\u09af\u09bc যে আপনি আসুন।"
    assert codes(composed, "T001") == codes(decomposed, "T001") == ["T001"]


@pytest.mark.skipif(not CLEAN.is_dir(), reason="clean corpora absent")
def test_default_translationese_and_register_under_budget():
    """Default T and R rules together: at most 0.3 false alarms per 1,000 clean words."""
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.false_alarms import measure

    res = measure(CLEAN, select=["T", "R"])
    assert res["per_1000_words"] <= 0.3, res["per_rule"]


def test_idiom_prefilter_literals():
    from bnqa.checks.translationese import literal_groups

    def strings(p):
        return [[x for x, _ in g] for g in literal_groups(p)]

    # (Python's parser factors the common prefix of আমি|আমরা out of the alternation)
    assert strings(r"(?:আমি|আমরা)\s+চলেছি\s+যাব") == [["আম"], ["চলেছি"], ["যাব"]]
    assert strings(r"(?:স্পর্শে|যোগাযোগে)\s+থাকুন") == [["থাকুন"], ["স্পর্শে", "যোগাযোগে"]]
    # optional parts and lookarounds are not required
    assert strings(r"(?:খুব\s+)?ভালো?") == [["ভাল"]]
    assert strings(r"(?<=আজ\s)কাল") == [["কাল"]]
    # য় (two encodings) is never part of a literal
    assert strings(r"নয়") == []
    assert all("\u09df" not in n and "\u09bc" not in n for g in strings(r"পায়ে\s+হাঁটা") for n in g)
    # which strings begin a word in every match (looked up among the word tokens): the pattern's
    # start and what follows mandatory whitespace, not a branch's rest nor what follows an
    # optional part or a cut at য়
    assert literal_groups(r"(?:আমি|আমরা)\s+চলেছি\s+যাব") == [[("আম", True)], [("চলেছি", True)], [("যাব", True)]]
    assert literal_groups(r"(?:নিজস্ব|নিজের)\s+ডিভাইসে") == [[("নিজ", True)], [("ডিভাইসে", True)], [("স্ব", False), ("ের", False)]]
    assert literal_groups(r"(?:খুব\s+)?ভালো?") == [[("ভাল", False)]]
    assert literal_groups(r"সময়ের\s*কাজ") == [[("সম", True)], [("ের", False)], [("কাজ", False)]]


def test_idioms_are_found_whatever_else_the_text_holds():
    """T006 looks a word-initial literal up among the document's sorted word tokens: an idiom
    opening the text, after other sentences, or written with precomposed য় is still found."""
    for text in ("এটা কেকের একটি টুকরো।", "১০টি কাজ বাকি। তবু এটা কেকের একটি টুকরো।",
                 "এই দিনে এবং যুগে সবাই অনলাইনে।", "এটি একটি জ\u09df-জ\u09df পরিস্থিতি।",
                 "এটি একটি জয়-জয় পরিস্থিতি।"):
        assert any(d.code == "T006" for d in check_text(text, select=["T006"])), text


def test_n010_fix_names_the_currency_and_is_unsafe_for_the_dollar_sign():
    from bnqa.engine import check_text
    d = check_text("ফি মাত্র $৪৯; ফ্ল্যাটের ভাড়া ৬০০ €।", select=["N010"])
    assert [(x.fix.edits[0].content, x.fix.applicability) for x in d] == [("৪৯ ডলার", "unsafe"), ("৬০০ ইউরো", "safe")]


def test_t012_counts_people_with_a_numeral():
    from bnqa.engine import check_text
    d = check_text("প্রকল্পে পাঁচটি গবেষক প্রায় তিন বছর কাজ করেছেন।", select=["T012"])
    assert [x.fix.edits[0].content for x in d] == ["পাঁচজন"]
    assert not check_text("বিজেপি ৪২টি আসনেই প্রার্থী দিয়েছে।", select=["T012"])
