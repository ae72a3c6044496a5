"""``--output-format grouped``: diagnostics grouped under their file name, one line each
(``  row:col CODE message``), with a count per file; files without diagnostics are omitted."""
from __future__ import annotations

import click

LABELS = {"bn": "টি সমস্যা", "en": " diagnostic(s)"}


def render(results, opts) -> str:
    out = []
    for r in results:
        if not r.diagnostics:
            continue
        name = click.style(r.filename, bold=True, underline=True) if opts.color else r.filename
        out.append(f"{name}: {len(r.diagnostics)}{LABELS.get(opts.lang, LABELS['en'])}")
        locs = [r.index.location(d.offset) for d in r.diagnostics]
        wr = max(len(str(a)) for a, _ in locs)
        wc = max(len(str(b)) for _, b in locs)
        for d, (row, col) in zip(r.diagnostics, locs):
            code = click.style(d.code, fg={"error": "red", "warning": "yellow"}.get(d.severity, "blue"),
                               bold=True) if opts.color else d.code
            mark = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
            out.append(f"  {row:>{wr}}:{col:<{wc}} {code}{mark} {d.message}")
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
