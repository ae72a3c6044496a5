"""``--output-format json-lines``: one JSON object a line, each exactly an element of the
``json`` format's array (so ``jq -c '.[]'`` of the json output equals this)."""
from __future__ import annotations

import json


def render(results, opts) -> str:
    return "".join(json.dumps(d.to_json(r.index), ensure_ascii=False) + "\n"
                   for r in results for d in r.diagnostics)
