"""Checking (and fixing) files: one function per file, used by the CLI, the pre-commit hook
and the parallel runner, so that results never depend on how files are scheduled."""
from __future__ import annotations

from dataclasses import dataclass, field

from .catalog import select_rules
from .engine import Linter
from .fixes import fix_text, unified_diff
from .reporters import FileResult
from .source import Source, SourceError, kind_for, read_source


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    preview: bool = False
    lang: str = "bn"
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def ignored_for(self, filename: str) -> tuple[str, ...]:
        from .config import Config

        return tuple(Config(per_file_ignores={k: list(v) for k, v in self.per_file_ignores}).ignored_for(filename))


_linters: dict = {}


def linter_for(settings: Settings, filename: str) -> Linter:
    extra = settings.ignored_for(filename) if settings.per_file_ignores else ()
    key = (settings.select, settings.ignore + extra, settings.extend_select, settings.preview, settings.lang)
    lin = _linters.get(key)
    if lin is None:
        rules = select_rules(select=list(settings.select) if settings.select else None,
                             ignore=list(settings.ignore + extra), extend_select=list(settings.extend_select),
                             preview=settings.preview)
        lin = _linters[key] = Linter(rules, lang=settings.lang)
    return lin


def check_source(source: Source, settings: Settings) -> tuple[FileResult, str | None, str | None]:
    """Returns (result, new text if fixes changed it, diff text)."""
    lin = linter_for(settings, source.filename)
    if not (settings.fix or settings.diff):
        return FileResult(source.filename, source.text, lin.check_source(source)), None, None

    def check(t: str):
        return lin.check_source(Source(source.filename, t, source.encoding, source.bom, source.kind))

    new, applied, remaining = fix_text(source.text, check, unsafe=settings.unsafe_fixes)
    res = FileResult(source.filename, new if settings.fix else source.text,
                     remaining if settings.fix else check(source.text), fixed=len(applied))
    if settings.diff and not settings.fix:
        res.diagnostics = check(source.text)
    diff = unified_diff(source.filename, source.text, new) if new != source.text else ""
    return res, (new if new != source.text else None), diff


def process_path(path: str, settings: Settings, display: str | None = None, write: bool = True) -> tuple[FileResult, str | None]:
    """Check one file; with ``settings.fix`` write it back atomically. Never raises for a bad file."""
    from .fixes import atomic_write

    name = display or path
    try:
        source = read_source(path, name)
        source.kind = kind_for(name)
        res, new, diff = check_source(source, settings)
        if new is not None and settings.fix and not settings.diff and write:
            atomic_write(path, source.encode(new))
        return res, diff
    except SourceError as exc:
        return FileResult(name, error=exc.message), None
    except OSError as exc:
        return FileResult(name, error=f"cannot write: {exc.strerror or exc}"), None
