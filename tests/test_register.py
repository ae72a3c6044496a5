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
