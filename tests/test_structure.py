"""structure.py: the cheap counts D001 takes on the raw line equal those on the normalised one."""
from __future__ import annotations

import random
import sys

import pytest

from bnqa.checks.structure import _ENDERS_RE, _norm


def test_norm_keeps_whitespace_and_sentence_marks():
    """The premises: regex's \\s is str.split whitespace, casefold makes no space, quote or mark."""
    import regex

    ws = regex.compile(r"\s")
    marks = set("।৷?!.\"”’'")
    for c in map(chr, range(sys.maxunicode + 1)):
        if ws.match(c):
            assert c.isspace()
        f = c.casefold()
        assert f
        if not c.isspace():
            assert not any(x.isspace() for x in f)
        if c not in marks:
            assert not any(x in marks for x in f)


@pytest.mark.parametrize("seed", range(5))
def test_raw_line_counts_equal_normalised_counts(seed):
    rng = random.Random(seed)
    alphabet = ["ক", "খা", "য\u09bc", "।", "৷", "?", "!", ".", "\"", "”", "’", "'", " ", "  ", "\t", "\u00a0",
                "\x1c", "\x1f", "\u2003", "\r", "A", "ß", "İ", "\u200c"]
    for _ in range(2000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        n = _norm(line)
        assert len(line.split()) == len(n.split())
        assert len(_ENDERS_RE.findall(line.rstrip())) == len(_ENDERS_RE.findall(n))


def test_related_block_takes_its_link_titles_as_one_finding():
    """D002: a related-articles label and the link titles under it (short lines without an end
    mark, no blank line between) are one finding; a footer after them stays a finding of its own,
    and a paragraph after a blank line is the article's."""
    from bnqa.engine import check_text

    text = ("নদীর পানি বাড়ছে।\n\nসম্পর্কিত খবর\nআমনের বীজতলা নিয়ে দুশ্চিন্তায় কৃষক\n"
            "সারের দাম বাড়ল কেজিতে ৫ টাকা\n© ২০২৪ দৈনিক খবর | সর্বস্বত্ব সংরক্ষিত\n\nকৃষকেরা আজ মাঠে নেমেছেন\n")
    d = check_text(text, select=["D002"])
    spans = [text[x.offset:x.offset + x.length] for x in d]
    assert spans == ["সম্পর্কিত খবর\nআমনের বীজতলা নিয়ে দুশ্চিন্তায় কৃষক\nসারের দাম বাড়ল কেজিতে ৫ টাকা",
                     "© ২০২৪ দৈনিক খবর | সর্বস্বত্ব সংরক্ষিত"]
    fused = "লেখা শেষ।\n\nআরও পড়ুনপাকো দে লুসিয়া: এক দশক পরেও\nসেপ্টেম্বরে শুরু হচ্ছে বিয়েনাল\n"
    d = check_text(fused, select=["D002"])
    assert [fused[x.offset:x.offset + x.length] for x in d] == [
        "আরও পড়ুনপাকো দে লুসিয়া: এক দশক পরেও\nসেপ্টেম্বরে শুরু হচ্ছে বিয়েনাল"]
