"""``--output-format github``: GitHub Actions workflow commands, one annotation a diagnostic::

    ::error file=article.md,line=3,col=5,endLine=3,endColumn=9,title=P001 (full-stop-for-danda)::message

error → ``::error``, warning → ``::warning``, info → ``::notice``. Property values escape
``%``, CR, LF, ``:`` and ``,``; the message escapes ``%``, CR and LF (the workflow-command
encoding). Columns are 1-based code points, as in the other formats.
"""
from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results, opts) -> str:
    lines = []
    for r in results:
        for d in r.diagnostics:
            row, col = r.index.location(d.offset)
            erow, ecol = r.index.location(d.end)
            props = [("file", r.filename), ("line", str(row)), ("col", str(col)),
                     ("endLine", str(erow)), ("endColumn", str(ecol)), ("title", f"{d.code} ({d.name})")]
            head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
            mark = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
            lines.append(f"::{COMMANDS.get(d.severity, 'warning')} {head}::{escape_data(f'{d.code}{mark} {d.message}')}")
    return "\n".join(lines) + ("\n" if lines else "")
