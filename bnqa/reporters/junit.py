"""``--output-format junit``: JUnit XML for CI test dashboards. One ``<testsuite>`` per file
(named after it), one ``<testcase>`` per diagnostic (``classname`` = file, ``name`` =
``CODE at row:col``) with a ``<failure>`` holding the message; a file without diagnostics
is one passing test case, so clean files show up as green."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

# characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; surrogates; FFFE/FFFF)
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(s: str) -> str:
    return _escape(_INVALID.sub("\ufffd", s))


def quoteattr(s: str) -> str:
    return _quoteattr(_INVALID.sub("\ufffd", s))


def render(results, opts) -> str:
    suites = []
    total = failures = 0
    for r in results:
        cases = []
        for d in r.diagnostics:
            row, col = r.index.location(d.offset)
            msg = f"{d.code} {d.name}: {d.message}"
            cases.append(
                f'    <testcase classname={quoteattr(r.filename)} name={quoteattr(f"{d.code} at {row}:{col}")} '
                f'file={quoteattr(r.filename)} line="{row}">\n'
                f'      <failure type={quoteattr(d.code)} message={quoteattr(d.message)}>'
                f'{escape(f"{r.filename}:{row}:{col}: {msg}")}</failure>\n'
                f"    </testcase>")
        if not cases:
            cases.append(f'    <testcase classname={quoteattr(r.filename)} name="bnqa" file={quoteattr(r.filename)}/>')
        n, nf = max(1, len(r.diagnostics)), len(r.diagnostics)
        total += n
        failures += nf
        suites.append(f'  <testsuite name={quoteattr(r.filename)} tests="{n}" failures="{nf}" errors="0" skipped="0">\n'
                      + "\n".join(cases) + "\n  </testsuite>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="bnqa" tests="{total}" failures="{failures}" errors="0">\n'
            + "".join(s + "\n" for s in suites) + "</testsuites>\n")
