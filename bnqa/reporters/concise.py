"""``--output-format concise``: one line a diagnostic, ``path:row:col: CODE message``."""
from __future__ import annotations


def render(results, opts) -> str:
    lines = []
    for r in results:
        for d in r.diagnostics:
            row, col = r.index.location(d.offset)
            mark = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
            lines.append(f"{r.filename}:{row}:{col}: {d.code}{mark} {d.message}")
    return "\n".join(lines) + ("\n" if lines else "")
