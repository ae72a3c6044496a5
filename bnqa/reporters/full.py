"""``--output-format full``: each diagnostic with its source line, the span underlined by
grapheme cluster (so a Bengali conjunct is one column), and the suggested fix."""
from __future__ import annotations

import click

from ..text import graphemes

LABELS = {
    "bn": {"fix": "সমাধান", "unsafe": "অনিরাপদ সমাধান", "remove": "মুছুন"},
    "en": {"fix": "fix", "unsafe": "unsafe fix", "remove": "remove"},
}


def _style(s, color, **kw):
    return click.style(s, **kw) if color else s


def render(results, opts) -> str:
    lab = LABELS.get(opts.lang, LABELS["en"])
    out: list[str] = []
    for r in results:
        for d in r.diagnostics:
            row, col = r.index.location(d.offset)
            erow, ecol = r.index.location(d.end)
            sev_col = {"error": "red", "warning": "yellow"}.get(d.severity, "blue")
            mark = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
            out.append(f"{_style(r.filename, opts.color, bold=True)}:{row}:{col}: "
                       f"{_style(d.code, opts.color, fg=sev_col, bold=True)}{mark} {d.message}")
            line = r.index.line(row)
            gutter = " " * len(str(row))
            # show at most ~100 graphemes of context around the span
            line_start = d.offset - (col - 1)
            before = graphemes(line[: col - 1])
            span_end_col = (ecol - 1) if erow == row else len(line)
            inside = graphemes(line[col - 1: span_end_col]) or [" "]
            after = graphemes(line[span_end_col:])
            cut_before = max(0, len(before) - 40)
            shown_before = before[cut_before:]
            shown_after = after[:40]
            prefix = "…" if cut_before else ""
            suffix = "…" if len(after) > 40 else ""
            out.append(f"{gutter} |")
            out.append(f"{row} | {prefix}{''.join(shown_before)}{''.join(inside)}{''.join(shown_after)}{suffix}")
            caret = "^" * max(1, len(inside))
            out.append(f"{gutter} | {' ' * (len(prefix) + len(shown_before))}{_style(caret, opts.color, fg=sev_col)}")
            del line_start
            if d.fix is not None:
                label = lab["fix"] if d.fix.applicability == "safe" else lab["unsafe"]
                reps = ", ".join(repr(e.content) if e.content else lab["remove"] for e in d.fix.edits)
                out.append(f"{gutter} = {_style(label, opts.color, fg='green')}: {d.fix.message} → {reps}")
            out.append("")
    return "\n".join(out) + ("\n" if out else "")
