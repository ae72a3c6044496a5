"""``bnqa score``: per-file scores, streaming JSON Lines, and the Dask engine giving exactly
the single-process output (same lines, same order) on a real ``distributed`` cluster."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from bnqa.cli import main
from bnqa.runner import Settings
from bnqa.score import score_text

from .conftest import SEEDS, clean_files

pytestmark = pytest.mark.skipif(not SEEDS, reason="no seed articles")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A JSON Lines corpus: paragraphs of the seeds, some clean lines when present, ids of
    mixed types, records without an id, and broken lines."""
    recs = []
    for s in SEEDS:
        recs.extend(p for p in s.read_text(encoding="utf-8").split("\n") if p.strip())
    for f in clean_files()[:1]:
        recs.extend(f.read_text(encoding="utf-8").splitlines()[:150])
    lines = []
    for i, text in enumerate(recs):
        rec = {"text": text} if i % 7 == 3 else {"id": f"doc-{i}" if i % 2 else i, "text": text, "url": "x"}
        lines.append(json.dumps(rec, ensure_ascii=False))
    lines[5:5] = ["{not json", json.dumps({"id": "no-text"}), json.dumps([1, 2]), ""]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _local(corpus) -> str:
    from bnqa.score_cli import _stream_local

    out = io.StringIO()
    with open(corpus, encoding="utf-8") as fh:
        _stream_local(fh, out, "text", "id", "text", Settings())
    return out.getvalue()


def test_stream_lines_match_input(corpus, tmp_path):
    out = tmp_path / "scores.jsonl"
    r = CliRunner().invoke(main, ["score", "--input", str(corpus), "--text-field", "text", "--out", str(out)])
    assert r.exit_code == 0, r.output
    src = corpus.read_text(encoding="utf-8").splitlines()
    got = out.read_text(encoding="utf-8").splitlines()
    assert len(got) == len(src)
    for s, g in zip(src, got):
        g = json.loads(g)
        try:
            rec = json.loads(s)
        except ValueError:
            assert "error" in g
            continue
        if not isinstance(rec, dict) or "text" not in rec:
            assert "error" in g
            continue
        assert g.get("id", "<none>") == rec.get("id", "<none>")  # carried over, same type
        want = score_text(rec["text"], filename=str(rec.get("id", "-")))
        assert {k: g[k] for k in ("words", "diagnostics", "categories", "score")} == \
               {k: want[k] for k in ("words", "diagnostics", "categories", "score")}
    assert sum(json.loads(g)["diagnostics"] for g in got if "error" not in json.loads(g)) > 0
    assert out.read_text(encoding="utf-8") == _local(corpus)


def test_dask_equals_single_process(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    from bnqa.score_cli import run_dask_lines

    expected = _local(corpus)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        out = io.StringIO()
        # small partitions, so that order across many partitions is really tested
        run_dask_lines(str(corpus), out, "text", "id", "text", Settings(), client, blocksize=4096)
        assert out.getvalue() == expected
        # the CLI against that cluster (--scheduler ADDRESS) writes the same file
        dest = tmp_path / "dask.jsonl"
        r = CliRunner().invoke(main, ["score", "--input", str(corpus), "--out", str(dest), "--engine", "dask",
                                      "--scheduler", cluster.scheduler_address, "--blocksize", "8192"])
        assert r.exit_code == 0, r.output
        assert dest.read_text(encoding="utf-8") == expected
        # folder mode on the cluster equals folder mode in one process
        args = ["score", *map(str, SEEDS), "--output-format", "json"]
        one = CliRunner().invoke(main, args)
        many = CliRunner().invoke(main, args + ["--engine", "dask", "--scheduler", cluster.scheduler_address])
        assert one.exit_code == many.exit_code == 0
        assert one.output == many.output


def test_folder_scores(tmp_path):
    r = CliRunner().invoke(main, ["score", *map(str, SEEDS), "--output-format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [x["filename"] for x in rows] == list(map(str, SEEDS))
    for row, path in zip(rows, SEEDS):
        assert set(row) >= {"filename", "words", "categories", "score"}
        assert row == score_text(path.read_text(encoding="utf-8"), filename=str(path))
        assert row["score"] > 0  # the seeds are machine translations
    table = CliRunner().invoke(main, ["score", *map(str, SEEDS)])
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split()[:2] == ["filename", "words"]
    assert len(table.output.splitlines()) == len(SEEDS) + 1
    bad = CliRunner().invoke(main, ["score", str(tmp_path / "missing.txt"), "--output-format", "json"])
    assert bad.exit_code == 2 and "error" in json.loads(bad.output)[0]
