"""Register consistency: আপনি/তুমি, তিনি/সে, সাধু/চলিত."""
from __future__ import annotations

import pytest

from bnqa.engine import check_text


def codes(text, code):
    return [d for d in check_text(text, select=[code])]


APNI = "আপনি কি কোর্স খুঁজছেন? আপনার জন্য অনেক কোর্স আছে। আপনাকে শুধু বেছে নিতে হবে। "


@pytest.mark.parametrize("tail", ["সামনে তাকিও না।", "তোমার বন্ধুদেরও বলো।", "এখনই দেখো।"])
def test_tumi_in_apni(tail):
    hits = codes(APNI + tail, "R001")
    assert len(hits) >= 1


def test_tumi_in_quote_or_tumi_text_ok():
    assert not codes(APNI + "তিনি বললেন, \"তুমি এসো।\"", "R001")
    assert not codes("তুমি কোথায়? তোমার বাড়ি কোথায়? তোমাকে ডাকছি।", "R001")
    assert not codes("রেডিও আর ভিডিও দুটোই আছে। " + APNI, "R001")


def test_tini_then_se():
    t = "\"আমরা তৈরি,\" তিনি বলেন।\nতারপর আলোচনা চলে।\n\"আমরা শিখছি,\" সে বলে।"
    assert codes(t, "R002")
    assert not codes("\"আমি যাব,\" সে বলল। \"আমিও,\" সে বলল।", "R002")


@pytest.mark.parametrize("text", [
    "তিনি কাজটি শেষ করিয়া বাড়ি ফিরেছেন।",
    "আমরা তাহাদের কথা শুনছি।",
    "সে বই পড়িতেছে আর হাসছে।",
    "নাম উল্লেখ করতে হইবে।",
])
def test_guruchandali(text):
    assert codes(text, "R003")


@pytest.mark.parametrize("text", [
    "তিনি কাজটি শেষ করিয়া গৃহে ফিরিলেন। তাহার পর তিনি আহার করিলেন।",
    "তিনি কাজটি শেষ করে বাড়ি ফিরেছেন। তারপর খেলেন।",
    "সে বাড়িতে ছুটিতে এসেছে। মারিয়া আর সিরিয়া থেকে খবর এসেছে।",
    "তিনি বললেন, \"তাহা হইবে না।\"",
])
def test_consistent_register_ok(text):
    assert not codes(text, "R003")


TRICKY = [
    "আপনি আপনার আপনাকে। তুমি তোমায় তোমায় ৫০টিও না। টিও\u200cটিও না। চেষ্টা করো।\nচেষ্টা করো",
    "তিনি বের করিয়া আনিলেন। বের\tকরিল। তাহার ৫তাহার তাহার৫ পড়িল পড়িল গিয়া\u200c। রেডিও না",
    "\"তুমি এসো।\" দেখো ভুলিও না\nআপনি আপনার আপনাকে আপনারা। সকলে হইতে কহিল ঘুমাইয়াছে।",
]


def _ctx(text):
    from bnqa.engine import CheckContext
    from bnqa.source import TextView

    return CheckContext(TextView.identity(text))


@pytest.mark.parametrize("text", TRICKY)
def test_register_matches_found_at_candidate_tokens_equal_finditer(text):
    from bnqa.checks import register as R

    for pat, found in ((R.TUMI_RE, R._tumi_matches), (R.SADHU_RE, R._sadhu_matches)):
        ctx = _ctx(text)
        assert [(m.span(), m.group()) for m in found(ctx)] == [(m.span(), m.group()) for m in pat.finditer(text)]


@pytest.mark.parametrize("lines", [0, 1, 30])
def test_tumi_window_counts_equal_rescanning_each_window(lines):
    """R001 counts the তুমি-forms of each window from one scan of the text; without a line-
    crossing match that is what re-scanning every window finds (incl. ``$`` before a line break)."""

    from bnqa.checks import register as R

    text = "\n".join([APNI * 3, "তোমার বন্ধুদেরও বলো।। তারা জিতলো। ", "এখনই দেখো! ", APNI * 4 + "তুমি যাও।",
                      "রেডিও না আর ভিডিও।", "\"তুমি এসো।\" " + APNI, "তোমার বাড়ি?\nদেখো। " + APNI * 3])
    ctx = _ctx(text)
    assert not R._TUMI_CROSS_LINE_RE.search(text)
    apni = [m.start() for m in R.APNI_RE.finditer(text) if not R.in_spans(m.start(), R.quoted_spans(ctx))]
    fast = [(h.start, h.end, h.args) for h in R._tumi_in_apni_windows(ctx, R.quoted_spans(ctx), apni, lines)]
    slow = [(h.start, h.end, h.args) for h in R._tumi_in_apni_rescan(text, R.quoted_spans(ctx), apni, lines)]
    assert fast == slow and fast


def test_tumi_sentence_after_blank_line_counts_once():
    # paragraphs separated by a blank line: the তুমি-forms of one sentence are one switch, whether
    # or not the sentence opens its line (a line-start match used to get its own sentence key)
    text = ("আপনার ব্যবসার জন্য সঠিক সরঞ্জাম বেছে নিন। আপনি যদি শুরু করতে চান, প্রথমে একটি পরিকল্পনা করুন।\n\n"
            "তুমি যদি আরও জানতে চাও, আমাদের ব্লগ পড়ো।\n\n"
            "আপনি আপনার দলকে প্রশিক্ষণ দিন।\n")
    found = [d for d in check_text(text, select=["R001"])]
    assert [text[d.offset:d.end] for d in found] == ["তুমি", "চাও", "পড়ো"]


CHALIT_ARTICLE = ("হোটেলের নিজস্ব পার্কিং আছে। অতিথিরা বিনামূল্যে গাড়ি রাখতে পারবেন। জায়গা কম থাকে, "
                  "তাই আগে জানাবেন। ভ্যালেট সেবা রাত পর্যন্ত চালু থাকে। সকালে নাশতা দেওয়া হবে।\n"
                  "রুমে ঢোকার আগে পরিচয়পত্র দেখাতে হবে। শিশুরা বাবা-মায়ের সঙ্গে থাকতে পারবে। পোষা প্রাণী "
                  "নিয়ে আসা যাবে না। বাতিল করতে চাইলে আমাদের ফোন করুন। আমরা দ্রুত উত্তর দিচ্ছি।\n")


def test_r003_flags_the_sadhu_side_of_a_clause_in_a_chalit_article():
    # three সাধু forms and two চলিত forms in one clause: in a চলিত article the সাধু forms intrude,
    # though they are the clause's majority
    text = CHALIT_ARTICLE + "গাড়ি নিয়ে আসিলে আগে থেকে রিসেপশনকে জানাইতে হইবে।\n"
    words = {d.extra.get("word") or text[d.offset:d.offset + d.length] for d in codes(text, "R003")}
    assert words == {"আসিলে", "জানাইতে", "হইবে"}


def test_r003_keeps_the_clause_minority_for_a_sadhu_passage():
    # four or more সাধু forms in the clause: a quoted সাধু passage, its চলিত words are the odd ones
    text = CHALIT_ARTICLE + ("কবি বলেছিলেন লাইব্রেরি খুঁজিতে খুঁজিতে একটি পুঁথি পাওয়া গিয়াছে তাহা হইতে "
                             "পদ কপি করিয়া আনিয়াছি।\n")
    flagged = {text[d.offset:d.offset + d.length] for d in codes(text, "R003")}
    assert "বলেছিলেন" in flagged and "খুঁজিতে" not in flagged
