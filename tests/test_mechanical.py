"""Mechanical artefacts: every annotated artefact of the seeds is found with the right fix,
the rules stay quiet on clean text, and the per-rule behaviour that examples cannot show."""
from __future__ import annotations

import pytest
import yaml

from bnqa.catalog import load_catalog, select_rules
from bnqa.engine import Linter
from bnqa.fixes import apply_once
from bnqa.source import Source

from .conftest import ROOT, SAMPLES, clean_files

ARTEFACTS = yaml.safe_load((ROOT / "corpora" / "seed_artefacts" / "mechanical.yaml").read_text(encoding="utf-8"))
FAMILIES = ("P", "S", "N", "U", "M", "D")


def _codes():
    return [c for c in load_catalog() if c[0] in FAMILIES]


_cache: dict = {}


def _diags(name: str):
    if name not in _cache:
        text = (SAMPLES / name).read_text(encoding="utf-8")
        lin = Linter(select_rules(select=_codes(), preview=True))
        _cache[name] = (text, lin.check_source(Source(name, text)))
    return _cache[name]


def _locate(text: str, sub: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(sub, pos + 1)
        assert pos >= 0, f"{sub!r} does not occur {occurrence} times"
    return pos


def test_artefact_list_is_well_formed():
    for a in ARTEFACTS:
        text = (SAMPLES / a["file"]).read_text(encoding="utf-8")
        if "occurrence" not in a:
            assert text.count(a["text"]) == 1, f"not unique: {a['text']!r}"
        assert a["code"] in load_catalog(), a["code"]
    families = {a["code"][0] for a in ARTEFACTS}
    assert {"P", "N", "M", "D"} <= families


@pytest.mark.parametrize("art", ARTEFACTS, ids=[f"{a['code']}-{i}" for i, a in enumerate(ARTEFACTS)])
def test_seed_artefact_found_with_fix(art):
    text, diags = _diags(art["file"])
    pos = _locate(text, art["text"], art.get("occurrence", 1))
    end = pos + len(art["text"])
    hits = [d for d in diags if d.code == art["code"] and d.offset < end and d.end > pos]
    assert hits, f"{art['code']} missed {art['what']}: {art['text']!r}"
    if "fix" not in art:
        return
    with_fix = [d for d in hits if d.fix is not None]
    assert with_fix, f"{art['code']} found {art['text']!r} but offers no fix"
    ok = []
    for d in with_fix:
        if all(pos <= e.offset and e.end <= end for e in d.fix.edits):
            new, applied = apply_once(text, [d], unsafe=True)
            ok.append(new == text[:pos] + art["fix"] + text[end:])
    assert any(ok), f"{art['code']} fix of {art['text']!r} does not give {art['fix']!r}"


def test_default_rules_are_quiet_on_clean_text():
    """Budget: the mechanical rules together at most 0.4 false alarms per 1,000 words."""
    files = clean_files()
    if not files:
        pytest.skip("clean corpora not available")
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.false_alarms import measure

    res = measure(files[0].parent, select=[c for c in _codes() if not load_catalog()[c].preview])
    assert res["per_1000_words"] <= 0.4, res["per_rule"]


def _check(code, text, kind="text"):
    return Linter([load_catalog()[code]]).check_source(Source("t", text, kind=kind))


def test_markup_residue_only_in_plain_text():
    assert _check("M003", "রহিম &amp; সন্স")
    assert not _check("M003", "<p>রহিম &amp; সন্স</p>", kind="html")


def test_bnqa_comments_are_not_markup_residue():
    assert not _check("M004", "<!-- bnqa: disable P001 -->\nতিনি বললেন.\n<!-- bnqa: enable -->")


def test_mixed_digits_names_the_dominant_system():
    d = Linter([load_catalog()["N001"]], lang="en").check_source(Source("t", "১২ আর ১৫ আর ১৮ আর 20।"))
    assert len(d) == 1 and "Bengali" in d[0].message and d[0].fix.applicability == "unsafe"


def test_repeated_single_sentence_is_not_structure():
    assert not _check("D001", "আমি তোমাকে ভালোবাসি খুব।\nকিছু কথা।\nআমি তোমাকে ভালোবাসি খুব।")


def test_period_as_danda_spares_ellipsis_abbreviation_decimal_url():
    text = "ড. রহমান ১২.৫ শতাংশ পেলেন, দেখুন www.example.com. তারপর... চুপ।"
    assert not _check("P001", text)


def test_joiner_in_conjunct_and_emoji_is_fine():
    assert not _check("U002", "র\u200d্যাব আর ক্\u200cষ আর 👨\u200d👩\u200d👧 পরিবার")


UNSEEN = """সূচিপত্র
রান্নাঘরে নতুনদের জন্য সাতটি সহজ কৌশল

রান্নাঘরে নতুনদের জন্য সাতটি সহজ কৌশল

3। মসলা চেনা
রাঁধুনি বললেন, "লবণ শেষে দিন।” তারপর হাসলেন।
আমার দাদি "ধৈর্য রাখো"১৯৯০ সাল থেকে বলে আসছেন।
ভাত রান্না হয়ে যাবে-কিন্তু ঢাকনা খুলবেন না।
তিনি বললেন, রান্না শেখা কঠিন নয়। . . শুধু অভ্যাস লাগে।
একটি **গুরুত্বপূর্ণ** কথা: চুলা বন্ধ করুন।।
ডাল&nbsp;আর ভাত একসঙ্গে রাখুন।
— রাঁধুনি রহিম (@rahim_cooks) মার্চ 14, 201
প্রকাশিত: মার্চ 14, 2019
*
আপনার মন্তব্য লিখুন
"""


def test_unseen_article_variants_are_found():
    """Artefacts of the same kinds in words the seeds do not contain."""
    lin = Linter(select_rules(select=_codes()))
    found = {d.code for d in lin.check_source(Source("u.txt", UNSEEN))}
    expected = {"D002", "D001", "P003", "P005", "S003", "P010", "P008", "M001", "P009", "M003",
                "N002", "N003", "M002", "N001"}
    assert expected <= found, expected - found


def test_quotes_and_brackets_pair_across_hard_wrapped_lines():
    text = ('তিনি বললেন, "আমরা অনেক দূর এগিয়েছি এবং সামনে আরও অনেক পথ বাকি আছে\n'
            'বলে আমি মনে করি।" তারপর (যদিও কেউ শুনছিল না এবং সবাই ব্যস্ত ছিল নিজের কাজে\n'
            'তখন) চলে গেলেন।\n')
    lin = Linter(select_rules(select=["P004", "P005", "P006", "P007"]))
    assert not lin.check_source(Source("w.txt", text))
    # a paragraph that ends (terminal punctuation) does not lend its quote to the next one
    assert Linter(select_rules(select=["P004"])).check_source(Source("w.txt", 'তিনি বললেন, "আমি যাব।\nসে বলল, আমিও যাব।"\n'))


def test_n011_regroups_western_thousands_the_bengali_way():
    from bnqa.checks.numerals import lakh_grouping
    from bnqa.engine import check_text
    assert [lakh_grouping(d) for d in ("1000", "100000", "384400", "12345678")] == \
        ["1,000", "1,00,000", "3,84,400", "1,23,45,678"]
    d = check_text("দূরত্ব ৩৮৪,৪০০ কিমি; সীমা ১,২০০,০০০ টাকা; আসন ৫০,০০০; ১,০০,০০০ জন।", select=["N011"])
    assert [(x.fix.edits[0].content, x.fix.applicability) for x in d] == [("৩,৮৪,৪০০", "safe"), ("১২,০০,০০০", "safe")]
