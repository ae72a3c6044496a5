"""Applying fixes: deterministic overlap resolution, a bounded fixed-point loop, and
atomic writes that keep encoding, BOM, line endings and permissions."""
from __future__ import annotations

import os
import tempfile
from typing import Callable

from .diagnostics import Diagnostic, Edit


def applicable(d: Diagnostic, unsafe: bool) -> bool:
    return d.fix is not None and (unsafe or d.fix.applicability == "safe")


def apply_once(text: str, diagnostics: list[Diagnostic], unsafe: bool = False) -> tuple[str, list[Diagnostic]]:
    """Apply non-overlapping fixes in one pass. Fixes are taken in order of their start,
    then shorter first, then rule code; a fix that overlaps an accepted one waits for the
    next pass. Returns the new text and the diagnostics whose fixes were applied."""
    cands = sorted((d for d in diagnostics if applicable(d, unsafe)),
                   key=lambda d: (d.fix.start, d.fix.end, d.code))
    taken: list[tuple[int, int]] = []
    applied: list[Diagnostic] = []
    edits: list[Edit] = []
    for d in cands:
        ok = True
        for e in d.fix.edits:
            for s, t in taken:
                # overlap, treating insertions at the same point as conflicting
                if (e.offset < t and e.end > s) or (e.length == 0 and s < e.offset < t) \
                        or (e.offset == s and (e.length == 0 or t == s)):
                    ok = False
                    break
            if not ok:
                break
        if not ok:
            continue
        for e in d.fix.edits:
            taken.append((e.offset, e.end))
            edits.append(e)
        applied.append(d)
    out = text
    for e in sorted(edits, key=lambda e: (e.offset, e.length), reverse=True):
        out = out[:e.offset] + e.content + out[e.end:]
    return out, applied


def fix_text(text: str, check: Callable[[str], list[Diagnostic]], unsafe: bool = False,
             max_passes: int = 10) -> tuple[str, list[Diagnostic], list[Diagnostic]]:
    """Re-check and fix until nothing more is fixable (at most ``max_passes``).
    Returns (fixed text, fixes applied, remaining diagnostics)."""
    all_applied: list[Diagnostic] = []
    diags = check(text)
    for _ in range(max_passes):
        new, applied = apply_once(text, diags, unsafe)
        if not applied or new == text:
            break
        all_applied.extend(applied)
        text = new
        diags = check(text)
    return text, all_applied, diags


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename,
    keeping the original file's permissions."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=".bnqa-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def unified_diff(filename: str, old: str, new: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"a/{filename}", tofile=f"b/{filename}"))
