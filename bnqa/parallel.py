"""Checking many files at speed: a result cache, worker processes and a progress bar.

``run_files`` returns exactly what ``runner.process_path`` returns for every path, whatever
the number of jobs: each file is checked by the same function in some process, results are
collected by path and returned in the order the paths were given. Parallelism is by
processes (the rules are Python and regex code that holds the GIL); each worker builds its
spaCy pipeline and linter once (``nlp.get_nlp`` and ``runner.linter_for`` are cached per
process) and then checks many files.

Small runs stay in one process: starting a worker costs about as much as checking a long
article (a spaCy import), so with the default ``jobs`` a run fans out only when there are at
least two files to check and ``PARALLEL_MIN_BYTES`` of them; an explicit ``-j N`` always fans
out when there are two files or more.
"""
from __future__ import annotations

import hashlib
import os
import sys
import threading

from .runner import Settings, process_path

# below this much text to check (about 20,000 Bengali words, half a second of checking), workers cost more than they save
PARALLEL_MIN_BYTES = 400_000
# show a progress bar on a terminal when at least this many files need checking
PROGRESS_MIN_FILES = 8

_settings: Settings | None = None


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _init_worker(settings: Settings) -> None:
    global _settings
    _settings = settings


def _work(paths: list[str]) -> list[tuple[str, object, str | None]]:
    return [(p, *process_path(p, _settings)) for p in paths]


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _mp_context():
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    # fork is fastest (workers inherit the imported modules) but unsafe once threads exist
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


class _Progress:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""

    def __init__(self, total: int, enabled: bool):
        self.bar = None
        if enabled and total >= PROGRESS_MIN_FILES and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("bnqa"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("check", total=total)
            self.bar.start()

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run_files(paths, settings: Settings, jobs: int | None = None, use_cache: bool = True,
              quiet: bool = False, cache_dir=None) -> dict:
    """Check ``paths``; returns ``{path: (FileResult, diff)}`` in the order of ``paths``."""
    paths = list(dict.fromkeys(paths))
    done: dict = {}
    cache = None
    pending: dict[str, tuple[str, str]] = {}  # path -> (cache key, hash of the decoded text)
    if use_cache:
        from .cache import Cache
        from .reporters import FileResult
        from .source import MAX_FILE_BYTES, SourceError, decode

        cache = Cache(settings, cache_dir)
        for p in paths:
            try:
                if os.stat(p).st_size > MAX_FILE_BYTES:
                    continue
                with open(p, "rb") as fh:
                    data = fh.read()
                src = decode(data, p)
            except (OSError, SourceError):
                continue  # the runner reports it
            key = cache.key(p, data)
            hit = cache.get(key)
            if hit is not None:
                diags, diff = hit
                done[p] = (FileResult(p, src.text, diags), diff)
            else:
                pending[p] = (key, _text_hash(src.text))
    todo = [p for p in paths if p not in done]

    def store(p, res, diff):
        if cache is None or p not in pending or res.error is not None or res.fixed:
            return
        key, th = pending[p]
        if _text_hash(res.text) == th:  # the file did not change under us
            cache.put(key, res.diagnostics, diff)

    n_jobs = jobs if jobs and jobs > 0 else cpu_count()
    parallel = n_jobs > 1 and len(todo) > 1
    if parallel and not jobs:
        size = 0
        for p in todo:
            try:
                size += os.stat(p).st_size
            except OSError:
                pass
        parallel = size >= PARALLEL_MIN_BYTES
    progress = _Progress(len(todo), not quiet)
    try:
        if not parallel:
            for p in todo:
                res, diff = process_path(p, settings)
                done[p] = (res, diff)
                store(p, res, diff)
                progress.advance()
        else:
            _run_pool(todo, settings, min(n_jobs, len(todo)), done, store, progress)
    finally:
        progress.close()
    return {p: done[p] for p in paths}


def _run_pool(todo, settings, n_jobs, done, store, progress) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    def size(p):
        try:
            return os.stat(p).st_size
        except OSError:
            return 0

    # largest files first, in small chunks: the pool then balances itself
    order = sorted(todo, key=lambda p: (-size(p), p))
    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        # Check the smallest file here first: that builds the linter and loads the rules' lazy
        # data (lexicon, compiled patterns) once, and the forked workers inherit it all warm
        # instead of each paying about a second of CPU for it.
        first = order.pop()
        res, diff = process_path(first, settings)
        done[first] = (res, diff)
        store(first, res, diff)
        progress.advance()
        if not order:
            return
    chunk = max(1, len(order) // (n_jobs * 16))
    chunks = [order[i:i + chunk] for i in range(0, len(order), chunk)]
    ex = ProcessPoolExecutor(max_workers=n_jobs, mp_context=ctx,
                             initializer=_init_worker, initargs=(settings,))
    try:
        futures = {ex.submit(_work, c) for c in chunks}
        while futures:
            finished, futures = wait(futures, return_when=FIRST_COMPLETED)
            for f in finished:
                rows = f.result()
                for p, res, diff in rows:
                    done[p] = (res, diff)
                    store(p, res, diff)
                progress.advance(len(rows))
    except BaseException:
        ex.shutdown(wait=False, cancel_futures=True)
        raise
    ex.shutdown(wait=True)
