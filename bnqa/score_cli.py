"""``bnqa score``: how machine-translated each document reads (``bnqa.score``), for a folder of
articles or a JSON Lines corpus of millions of pages, on one machine or a Dask cluster.

    bnqa score articles/ --output-format table          one row per file
    bnqa score --input corpus.jsonl --text-field text --out scores.jsonl
    bnqa score --input corpus.jsonl --out scores.jsonl --engine dask [--scheduler tcp://host:8786]

Corpus mode streams: one input line is read, scored and written at a time (the dask engine
keeps a bounded number of partitions in flight and writes them in input order), so memory does
not grow with the corpus. Each output line answers the input line at the same position: the
record's ``id`` (``--id-field``) carried over, then ``words``, ``diagnostics``, ``categories``
(counts per category) and ``score``; a line that is not a JSON object with a string text field
gets ``{"id": ..., "error": "..."}`` instead, so positions never shift.
"""
from __future__ import annotations

import json
import sys

import click

from .runner import Settings

DEFAULT_BLOCKSIZE = 4 * 1024 * 1024  # bytes of JSON Lines per dask partition


def _err(msg: str) -> None:
    click.echo(click.style("bnqa: error: ", fg="red", bold=True) + msg, err=True)


def _codes(values) -> tuple[str, ...]:
    return tuple(x.strip() for v in values or () for x in v.split(",") if x.strip())


# ---------------------------------------------------------------- scoring (runs on workers too)

def score_document(text: str, filename: str, kind: str, settings: Settings) -> dict:
    from .runner import linter_for
    from .score import score_text

    return score_text(text, filename=filename, kind=kind, linter=linter_for(settings, filename))


def score_line(line: str, text_field: str, id_field: str, kind: str, settings: Settings) -> str:
    """One JSON Lines record in, one JSON line out (without the newline)."""
    try:
        rec = json.loads(line)
    except ValueError as exc:
        return json.dumps({"error": f"invalid JSON: {exc.msg}"}, ensure_ascii=False)
    if not isinstance(rec, dict):
        return json.dumps({"error": "not a JSON object"}, ensure_ascii=False)
    head = {id_field: rec[id_field]} if id_field in rec else {}
    text = rec.get(text_field)
    if not isinstance(text, str):
        return json.dumps(head | {"error": f"no string field {text_field!r}"}, ensure_ascii=False)
    name = str(rec.get(id_field, "-"))
    res = score_document(text, name, kind, settings)
    res.pop("filename", None)
    return json.dumps(head | res, ensure_ascii=False)


def score_lines(lines, text_field, id_field, kind, settings) -> list[str]:
    return [score_line(ln, text_field, id_field, kind, settings) for ln in lines]


def score_path(path: str, settings: Settings) -> dict:
    from .source import SourceError, kind_for, read_source

    try:
        src = read_source(path)
    except SourceError as exc:
        return {"filename": path, "error": exc.message}
    return score_document(src.text, path, kind_for(path), settings)


# ---------------------------------------------------------------- engines

def _stream_local(fh, out, text_field, id_field, kind, settings) -> int:
    n = 0
    for line in fh:
        out.write(score_line(line, text_field, id_field, kind, settings) + "\n")
        n += 1
    return n


def _client(scheduler: str | None, workers: int | None):
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    from .parallel import cpu_count

    cluster = LocalCluster(n_workers=workers or cpu_count(), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def _ordered(client, delayed_parts, window: int):
    """Compute delayed partitions with at most ``window`` in flight; yield results in order."""
    from collections import deque

    queue: deque = deque()
    it = iter(delayed_parts)
    for part in it:
        queue.append(client.compute(part))
        if len(queue) >= window:
            break
    while queue:
        fut = queue.popleft()
        yield fut.result()
        fut.release()
        nxt = next(it, None)
        if nxt is not None:
            queue.append(client.compute(nxt))


def run_dask_lines(input_path: str, out, text_field, id_field, kind, settings, client,
                   blocksize: int = DEFAULT_BLOCKSIZE) -> int:
    """Score a JSON Lines file with dask.bag over byte-range partitions (split at newlines)."""
    import dask.bag as db

    bag = db.read_text(input_path, blocksize=blocksize, encoding="utf-8")
    parts = bag.map_partitions(score_lines, text_field, id_field, kind, settings).to_delayed()
    window = 2 * max(1, sum(client.nthreads().values()))
    n = 0
    for rows in _ordered(client, parts, window):
        for row in rows:
            out.write(row + "\n")
            n += 1
    return n


def run_dask_paths(paths: list[str], settings, client) -> list[dict]:
    import dask.bag as db

    nparts = max(1, min(len(paths), 4 * max(1, sum(client.nthreads().values()))))
    bag = db.from_sequence(paths, npartitions=nparts).map(score_path, settings)
    out: list[dict] = []
    window = 2 * max(1, sum(client.nthreads().values()))
    for rows in _ordered(client, bag.to_delayed(), window):
        out.extend(rows)
    return out


# ---------------------------------------------------------------- output

def _table(rows: list[dict], color: bool) -> str:
    from .diagnostics import CATEGORIES

    cats = [c for c in CATEGORIES if any(r.get("categories", {}).get(c) for r in rows)]
    head = ["filename", "words", *cats, "score"]
    body = []
    for r in rows:
        if "error" in r:
            body.append([r["filename"], "error: " + r["error"]] + [""] * (len(head) - 2))
        else:
            body.append([r["filename"], str(r["words"]), *(str(r["categories"].get(c, 0)) for c in cats),
                         f"{r['score']:.1f}"])
    if color:
        import io

        from rich.console import Console
        from rich.table import Table

        t = Table(*head)
        for col in t.columns[1:]:
            col.justify = "right"
        for b in body:
            t.add_row(*b)
        buf = io.StringIO()
        Console(file=buf, force_terminal=True, width=Console().width).print(t)
        return buf.getvalue()
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    fmt = lambda row: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))  # noqa: E731
    return "\n".join(fmt(r) for r in [head, *body]) + "\n"


@click.command("score")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--input", "input_path", type=click.Path(), help="A JSON Lines corpus to score ('-' for stdin).")
@click.option("--text-field", default="text", show_default=True, help="Field of each record holding the text.")
@click.option("--id-field", default="id", show_default=True, help="Field carried over to the output.")
@click.option("--kind", type=click.Choice(["text", "markdown", "html"]), default="text", show_default=True,
              help="What the corpus texts are.")
@click.option("--out", "out_path", type=click.Path(), help="Write the JSON Lines scores here (default stdout).")
@click.option("--output-format", type=click.Choice(["table", "json", "json-lines"]), default="table",
              show_default=True, help="For PATHS: a table, one JSON array, or JSON Lines.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Address of a Dask scheduler (default: a local cluster).")
@click.option("--workers", type=int, help="Workers of the local Dask cluster (default: all cores).")
@click.option("--blocksize", type=int, default=DEFAULT_BLOCKSIZE, show_default=True,
              help="Bytes of input per Dask partition.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to enable.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to disable.")
@click.option("--preview", is_flag=True, help="Count preview rules too.")
def score(paths, input_path, text_field, id_field, kind, out_path, output_format, engine, scheduler, workers,
          blocksize, select, ignore, preview):
    """Score documents: weighted translation artefacts per 1,000 words (see bnqa.score)."""
    settings = Settings(select=_codes(select) or None, ignore=_codes(ignore), preview=preview)
    if scheduler and engine != "dask":
        engine = "dask"
    if input_path and paths:
        _err("give either PATHS or --input, not both")
        sys.exit(2)
    if input_path:
        if engine == "dask" and input_path == "-":
            _err("--engine dask needs a file for --input, not stdin")
            sys.exit(2)
        out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
        try:
            if engine == "dask":
                client, cluster = _client(scheduler, workers)
                try:
                    run_dask_lines(input_path, out, text_field, id_field, kind, settings, client, blocksize)
                finally:
                    client.close()
                    if cluster is not None:
                        cluster.close()
            else:
                fh = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")
                with fh:
                    _stream_local(fh, out, text_field, id_field, kind, settings)
        except OSError as exc:
            _err(f"{input_path}: {exc.strerror or exc}")
            sys.exit(2)
        finally:
            if out_path:
                out.close()
        return

    from .config import Config
    from .source import iter_files

    files = iter_files(list(paths) or ["."], Config().extensions)
    todo = [p for p, e in files if e is None and p != "-"]
    if engine == "dask":
        client, cluster = _client(scheduler, workers)
        try:
            scored = dict(zip(todo, run_dask_paths(todo, settings, client)))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        scored = {p: score_path(p, settings) for p in todo}
    rows = [scored[p] if e is None else {"filename": p, "error": e} for p, e in files if p != "-"]
    if output_format == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif output_format == "json-lines":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        text = _table(rows, color=sys.stdout.isatty() and not out_path)
    if out_path:
        with open(out_path, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
    if any("error" in r for r in rows):
        sys.exit(2)
