"""The command line, modelled on ruff: ``bnqa check``, ``bnqa rules``, ``bnqa rule CODE``.
Further commands (``score``, ``serve``, ``report``) live in their own modules and are
imported only when invoked."""
from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from . import __version__

# command name -> "module:attribute", imported on use so `bnqa check` pays only for itself
LAZY_COMMANDS = {
    "score": "bnqa.score_cli:score",
    "serve": "bnqa.server:serve_command",
    "report": "bnqa.reporters.html_report:report_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        names = set(super().list_commands(ctx))
        for name, target in LAZY_COMMANDS.items():
            if importlib.util.find_spec(target.split(":")[0]) is not None:
                names.add(name)
        return sorted(names)

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is None and name in LAZY_COMMANDS:
            mod, _, attr = LAZY_COMMANDS[name].partition(":")
            try:
                cmd = getattr(importlib.import_module(mod), attr)
            except ModuleNotFoundError as exc:
                if exc.name == mod:
                    return None
                raise
        return cmd


def _codes(values) -> list[str]:
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _err(msg: str) -> None:
    click.echo(click.style("bnqa: error: ", fg="red", bold=True) + msg, err=True)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bnqa")
def main():
    """bnqa: find machine-translation artefacts in Bengali text."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--stdin-filename", help="Name to report for text read from stdin ('-').")
@click.option("--select", multiple=True, help="Rule codes or prefixes to enable (comma-separated); ALL for every rule.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to disable.")
@click.option("--extend-select", multiple=True, help="Rule codes or prefixes to enable on top of the selection.")
@click.option("--preview", is_flag=True, default=None, help="Enable preview rules (noisier; off by default).")
@click.option("--output-format", "output_format", default="full", show_default=True,
              help="full, concise, json, or another installed reporter (see `bnqa check --help-formats`).")
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of each diagnostic.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even if diagnostics are found.")
@click.option("--lang", type=click.Choice(["bn", "en"]), default=None, help="Language of messages (default bn).")
@click.option("--config", "config_path", type=click.Path(), help="Config file (bnqa.toml or pyproject.toml).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes; write nothing.")
@click.option("--show-fixes", is_flag=True, help="List the fixes that were applied or are available.")
@click.option("-j", "--jobs", type=int, default=None, help="Parallel worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary line.")
@click.option("-o", "--output-file", type=click.Path(), help="Write the report to this file.")
def check(paths, stdin_filename, select, ignore, extend_select, preview, output_format, statistics, exit_zero,
          lang, config_path, fix, unsafe_fixes, diff, show_fixes, jobs, no_cache, quiet, output_file):
    """Check Bengali files (folders recursively; '-' reads stdin) for translation artefacts."""
    from .config import ConfigError, discover, load_file
    from .reporters import FileResult, ReportOptions, formats, get_reporter
    from .runner import Settings, check_source
    from .source import SourceError, decode, iter_files

    paths = list(paths) or ["."]
    try:
        cfg = load_file(config_path) if config_path else discover(next((p for p in paths if p != "-"), "."))
    except ConfigError as exc:
        _err(str(exc))
        sys.exit(2)
    try:
        render = get_reporter(output_format)
    except KeyError:
        _err(f"unknown output format {output_format!r}; choose one of: {', '.join(formats())}")
        sys.exit(2)
    from .catalog import find_rule, load_catalog

    sel = _codes(select) or cfg.select
    for code in (sel or []) + _codes(ignore) + _codes(extend_select):
        if code.upper() != "ALL" and find_rule(code) is None and not any(c.startswith(code.upper()) for c in load_catalog()):
            _err(f"unknown rule selector {code!r}")
            sys.exit(2)
    settings = Settings(
        select=tuple(sel) if sel else None,
        ignore=tuple(cfg.ignore + _codes(ignore)),
        extend_select=tuple(cfg.extend_select + _codes(extend_select)),
        preview=cfg.preview if preview is None else preview,
        lang=lang or cfg.lang or "bn",
        fix=fix, unsafe_fixes=unsafe_fixes, diff=diff,
        per_file_ignores=tuple((k, tuple(v)) for k, v in cfg.per_file_ignores.items()),
    )
    results: list[FileResult] = []
    diffs: list[str] = []
    files = iter_files(paths, cfg.extensions, cfg.exclude)
    todo = [p for p, e in files if e is None and p != "-"]
    parallel = _run_parallel(todo, settings, jobs, no_cache, quiet) if todo else {}
    for p, e in files:
        if e is not None:
            results.append(FileResult(p, error=e))
        elif p == "-":
            name = stdin_filename or "-"
            try:
                src = decode(sys.stdin.buffer.read(), name)
                res, new, d = check_source(src, settings)
                if fix and not diff:
                    # the whole text, fixed or not, byte for byte (BOM, line endings)
                    sys.stdout.flush()
                    sys.stdout.buffer.write(src.encode(new if new is not None else src.text))
                    sys.stdout.buffer.flush()
                results.append(res)
                if d:
                    diffs.append(d)
            except SourceError as exc:
                results.append(FileResult(name, error=exc.message))
        else:
            res, d = parallel[p]
            results.append(res)
            if d:
                diffs.append(d)

    opts = ReportOptions(lang=settings.lang, color=sys.stdout.isatty() and not output_file,
                         show_fixes=show_fixes, statistics=statistics)
    ok = [r for r in results if r.error is None]
    for r in results:
        if r.error is not None:
            _err(f"{r.filename}: {r.error}")
    if diff:
        out = "".join(diffs)
    elif statistics:
        out = _statistics(ok, settings.lang, output_format, tty=sys.stdout.isatty() and not output_file)
    else:
        out = render(ok, opts)
        if show_fixes:
            out += _fix_listing(ok, fix, settings.lang)
    if output_file:
        with open(output_file, "w", encoding="utf-8") as fh:
            fh.write(out)
    elif not (fix and paths == ["-"]):
        click.echo(out, nl=False)
    n = sum(len(r.diagnostics) for r in ok)
    fixed = sum(r.fixed for r in ok)
    if not quiet and output_format in ("full", "concise") and not diff and sys.stderr.isatty():
        click.echo(_summary(ok, fixed if fix else None, settings.lang), err=True)
    if any(r.error for r in results):
        sys.exit(2)
    if diff:
        sys.exit(1 if diffs and not exit_zero else 0)
    sys.exit(0 if n == 0 or exit_zero else 1)


SUMMARY = {
    "bn": ("{files}টি ফাইলে {n}টি সমস্যা", "; {fixed}টি ঠিক করা হয়েছে",
           "; [*] {fixable}টি --fix দিয়ে নিরাপদে ঠিক করা যায়"),
    "en": ("{n} diagnostic(s) in {files} file(s)", "; {fixed} fixed", "; [*] {fixable} fixable with --fix"),
}


def _summary(results, fixed: int | None, lang: str) -> str:
    """The closing line on a terminal, as ruff prints it: how many, how many safely fixable."""
    diags = [d for r in results for d in r.diagnostics]
    fixable = sum(1 for d in diags if d.fix is not None and d.fix.applicability == "safe")
    head, done, can = SUMMARY.get(lang, SUMMARY["en"])
    tail = done if fixed is not None else (can if fixable else "")
    return (head + tail).format(n=len(diags), files=len(results), fixed=fixed, fixable=fixable)


def _run_parallel(paths, settings, jobs, no_cache, quiet):
    """Check files, in parallel where it pays; returns {path: (FileResult, diff)}."""
    try:
        from .parallel import run_files
    except ImportError:
        run_files = None
    if run_files is not None:
        return run_files(paths, settings, jobs=jobs, use_cache=not no_cache, quiet=quiet)
    from .runner import process_path

    return {p: process_path(p, settings) for p in paths}


def _statistics(results, lang, fmt, tty: bool = False) -> str:
    import collections
    import json

    from .catalog import load_catalog

    counts = collections.Counter(d.code for r in results for d in r.diagnostics)
    fixable = collections.Counter(d.code for r in results for d in r.diagnostics
                                  if d.fix is not None and d.fix.applicability == "safe")
    cat = load_catalog()
    rows = [{"code": c, "name": cat[c].name, "count": n, "fixable": fixable[c], "message": cat[c].msg(lang)}
            for c, n in counts.most_common()]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "json-lines":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if tty and rows:  # a table on a terminal; plain columns when piped or written to a file
        import io

        from rich.console import Console
        from rich.table import Table

        heads = {"bn": ("সংখ্যা", "কোড", "সমাধানযোগ্য", "নাম", "বার্তা"),
                 "en": ("Count", "Code", "Fixable", "Name", "Message")}[lang if lang in ("bn", "en") else "en"]
        table = Table(*heads, show_lines=False)
        table.columns[0].justify = "right"
        for r in rows:
            table.add_row(str(r["count"]), r["code"], str(r["fixable"]) if r["fixable"] else "", r["name"],
                          cat[r["code"]].msg(lang).split("{")[0].rstrip(" :;«'\"‘“("))
        buf = io.StringIO()
        Console(file=buf, force_terminal=True, width=Console().width).print(table)
        return buf.getvalue()
    return "".join(f"{r['count']:>6}  {r['code']:<6} {'[*]' if r['fixable'] else '   '} {r['name']}\n" for r in rows)


def _fix_listing(results, applied, lang) -> str:
    lines = []
    head = {"bn": "প্রয়োগ করা সমাধান" if applied else "সম্ভাব্য সমাধান",
            "en": "Fixes applied" if applied else "Available fixes"}[lang]
    for r in results:
        for d in r.diagnostics:
            if d.fix is not None:
                row, col = r.index.location(d.offset)
                lines.append(f"  {r.filename}:{row}:{col} {d.code} ({d.fix.applicability}) {d.fix.message}")
        if applied and r.fixed:
            lines.append(f"  {r.filename}: {r.fixed}")
    return (f"\n{head}:\n" + "\n".join(lines) + "\n") if lines else ""


@main.command("rules")
@click.option("--output-format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["bn", "en"]), default="bn")
@click.option("--all", "show_all", is_flag=True, help="Include preview rules.")
def rules_cmd(output_format, lang, show_all):
    """List the rule catalogue."""
    import json

    from .catalog import load_catalog

    rules = [r for r in load_catalog().values() if show_all or not r.preview or output_format == "json"]
    if output_format == "json":
        click.echo(json.dumps([r.summary(lang) for r in rules], ensure_ascii=False, indent=2))
        return
    for r in rules:
        flags = ("fix " if r.fix else "    ") + ("preview" if r.preview else ("on" if r.default else "off"))
        click.echo(f"{r.code:<6} {r.name:<36} {r.category:<15} {r.severity:<8} {flags:<12} {r.msg(lang)}")


@main.command("rule")
@click.argument("code")
@click.option("--lang", type=click.Choice(["bn", "en"]), default="bn")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text")
def rule_cmd(code, lang, output_format):
    """Explain one rule, with its examples."""
    import json

    from .catalog import find_rule

    r = find_rule(code)
    if r is None:
        _err(f"unknown rule {code!r}")
        sys.exit(2)
    if output_format == "json":
        d = r.summary(lang) | {"explanation": r.explanation, "examples": r.examples}
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    state = {"bn": ("প্রিভিউ (--preview দিয়ে চালু)" if r.preview else ("চালু" if r.default else "বন্ধ")),
             "en": ("preview (enable with --preview)" if r.preview else ("on by default" if r.default else "off by default"))}[lang]
    fixl = {"bn": {"safe": "নিরাপদ সমাধান আছে", "unsafe": "অনিরাপদ সমাধান আছে", None: "স্বয়ংক্রিয় সমাধান নেই"},
            "en": {"safe": "safe fix available", "unsafe": "unsafe fix available", None: "no automatic fix"}}[lang]
    click.echo(f"# {r.code} {r.name}\n")
    click.echo(f"{r.category} · {r.severity} · {state} · {fixl[r.applicability if r.fix else None]}\n")
    click.echo(r.explain(lang) + "\n")
    label = {"bn": ("ভুল", "ঠিক", "যা ধরা হয় না"), "en": ("Bad", "Good", "Not flagged")}[lang]
    bad = [e for e in r.examples if "bad" in e]
    ok = [e for e in r.examples if "ok" in e]
    if bad or ok:
        click.echo("---")
    for e in bad:
        click.echo(f"{label[0]}: {e['bad']}")
        if "good" in e:
            click.echo(f"{label[1]}: {e['good']}")
    for e in ok:
        click.echo(f"{label[2]}: {e['ok']}")


if __name__ == "__main__":  # pragma: no cover
    main()
