"""``--output-format json``: one JSON array of diagnostics (the stable contract)."""
from __future__ import annotations

import json


def diagnostics_json(results) -> list[dict]:
    return [d.to_json(r.index) for r in results for d in r.diagnostics]


def render(results, opts) -> str:
    return json.dumps(diagnostics_json(results), ensure_ascii=False, indent=2) + "\n"
