"""The probe articles (corpora/probe/): recall on planted artefacts must not go back, and a
diagnostic that matches no annotation is a false alarm to look at."""
from __future__ import annotations

import importlib.util

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("probe_recall", ROOT / "benchmarks" / "probe_recall.py")
probe_recall = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe_recall)

# default rules: measured 814 of 993 after set G's round (sets A-F 680 of 832, set G 95 of 154 at
# its first measurement -> 134 of 161 after N011, R003's causatives and document register, R001's
# paragraph switch, C004's wider pairs, T014/T020/T025/P001/P014/D002/W001 changes and the
# T006/L002/L006/E001 additions); 951 of 1,152 after set H's round (set H 112 of 157 at its
# first measurement -> 135 of 159 after E005, T020's numeral words, N001's slash dates, L002's
# www addresses, T014's distributive words, R001's কোরো/বোলো and the list additions); a little
# room for a rule made stricter on clean text; 1,353 of 1,627 after set K's round (set K 120 of
# 156 at its first measurement -> 131 of 159); 1,493 of 1,783 after set L's round (set L 109 of
# 156 at its first measurement -> 136 of 156); 1,906 of 2,264 after set O's round (set O 113 of
# 157 at its first measurement -> 140 of 162); 2,048 of 2,424 after set P's round (set P 116 of
# 157 at its first measurement -> 139 of 160); 2,173 of 2,581 after set Q's round (set Q 114 of
# 157 at its first measurement -> 125 of 157); 2,443 of 2,896 after set S's round; 2,575 of 3,053
# after set T's round (set T 105 of 154 at its first measurement -> 123 of 157); 2,707 of 3,210 after
# set U's round (set U 113 of 156 at its first measurement -> 129 of 157); 2,843 of 3,369 after
# set V's round (set V 122 of 157 at its first measurement -> 133 of 159); 2,986 of 3,526 after
# set W's round (set W 122 of 156 at its first measurement -> 139 of 157); 3,124 of 3,685 after
# set X's round (set X 116 of 156 at its first measurement -> 133 of 159); 3,274 of 3,845 after
# set Y's round (set Y 126 of 157 at its first measurement -> 144 of 160); 3,420 of 4,002 after
# set Z's round (set Z 128 of 157 at its first measurement -> 140 of 157); 3,563 of 4,160 after
# set AA's round (set AA 117 of 158 at its first measurement -> 137 of 158); 3,697 of 4,318 after
# set AB's round (set AB 124 of 158 at its first measurement -> 134 of 158); 3,841 of 4,472 after
# set AC's round (set AC 119 of 154 at its first measurement -> 138 of 154); 3,990 of 4,632 after
# set AD's round (set AD 121 of 159 at its first measurement -> 133 of 160); 4,149 of 4,790 after
# set AE's round (set AE 129 of 158 at its first measurement -> 139 of 158); 4,299 of 4,952 after
# set AF's round (set AF 129 of 162 at its first measurement -> 146 of 162); 4,448 of 5,123 after
# set AG's round (set AG 137 of 171 at its first measurement -> 149 of 171); 4,617 of 5,300 after
# set AH's round (set AH 144 of 176 at its first measurement -> 154 of 176); 4,773 of 5,477 after
# set AI's round (set AI 122 of 177 at its first measurement -> 136 of 177); 4,928 of 5,649 after
# set AJ's round (set AJ 132 of 171 at its first measurement -> 147 of 172); 5,085 of 5,825 after
# set AK's round (set AK 135 of 175 at its first measurement -> 155 of 176); 5,245 of 6,000 after
# set AL's round (set AL 142 of 174 at its first measurement -> 154 of 175); 5,399 of 6,173 after
# set AM's round (set AM 135 of 172 at its first measurement -> 148 of 173); 5,553 of 6,345 after
# set AN's round (set AN 134 of 172 at its first measurement -> 145 of 172); 5,725 of 6,519 after
# set AO's round (set AO 145 of 174 at its first measurement -> 160 of 174); 5,884 of 6,687 after
# set AP's round (set AP 141 of 168 at its first measurement -> 153 of 168); 6,050 of 6,860 after
# set AQ's round (set AQ 148 of 173 at its first measurement -> 157 of 173)
FLOOR_DEFAULT = 6000


def test_probe_annotations_are_in_their_files():
    texts = {p.name: p.read_text(encoding="utf-8") for p in probe_recall.PROBE.glob("*.txt")}
    anns = probe_recall.annotations()
    assert len(anns) >= 402
    for a in anns:
        # once; a repeated sentence annotated whole twice, read at the repeat (probe_recall)
        n = texts[a["file"]].count(a["text"])
        assert n == 1 or (n == 2 and a["family"] == "repetition"), a


def test_probe_recall_does_not_go_back():
    r = probe_recall.measure()
    found = sum(r["found"].values())
    assert found >= FLOOR_DEFAULT, [a["text"] for a in r["misses"]]
    # every planted spacing and quote artefact is found (set C's straight-quote pairs in articles
    # that use curly quotes since C005)
    assert r["found"]["spacing"] == r["total"]["spacing"]
    assert [a["text"] for a in r["misses"] if a["family"] == "quotes"] == []


def test_probe_no_unannotated_diagnostics():
    r = probe_recall.measure()
    assert [(f, d.code, d.offset) for f, d in r["unmatched"]] == []


def test_probe_known_false_alarms_still_fire():
    """Each false alarm listed in corpora/probe/false_alarms.tsv is still reported (a fixed one
    must leave the list, so that the list stays a measurement)."""
    r = probe_recall.measure()
    known = probe_recall.known_false_alarms()
    silent = [k for k in known if not any(
        f == k["file"] and d.code == k["code"] and k["text"] in r["texts"][f][d.offset:d.offset + d.length]
        for f, d in r["false_alarms"])]
    assert silent == []
