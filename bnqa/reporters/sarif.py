"""``--output-format sarif``: a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
Format, Version 2.1.0, errata 01) for code-scanning dashboards such as GitHub's.

One run; ``tool.driver.rules`` holds a reportingDescriptor for every rule that reported
something (with its message, explanation and examples from the catalogue as help text), each
result points at its rule by ``ruleId`` and ``ruleIndex``. Columns count Unicode code points
(``run.columnKind = unicodeCodePoints``, as bnqa's JSON does), regions also carry
``charOffset``/``charLength`` and fixes become SARIF ``fix`` objects with ``artifactChanges``.
Severities map to levels: error → error, warning → warning, info → note.
"""
from __future__ import annotations

import json
import os
from urllib.parse import quote

from .. import __version__

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/bnqa/"


def artifact_uri(filename: str) -> dict:
    """A relative path stays a relative URI reference (resolved against the checkout root);
    an absolute one becomes a file URI. Non-ASCII names are percent-encoded (RFC 3986)."""
    path = filename.replace(os.sep, "/")
    if os.path.isabs(filename):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _region(index, offset: int, length: int) -> dict:
    row, col = index.location(offset)
    erow, ecol = index.location(offset + length)
    return {"startLine": row, "startColumn": col, "endLine": erow, "endColumn": ecol,
            "charOffset": offset, "charLength": length}


EXAMPLE_LABELS = {"bn": ("ভুল", "ঠিক", "যা ধরা হয় না"), "en": ("Bad", "Good", "Not flagged")}


def _help(rule, lang: str, text: str) -> tuple[str, str]:
    """The rule's explanation ``text`` and its examples from the catalogue, as plain text and
    Markdown."""
    bad, good, ok = EXAMPLE_LABELS.get(lang, EXAMPLE_LABELS["en"])
    plain, md = [text, ""], [text, ""]
    for e in rule.examples[:3]:
        for key, label in (("bad", bad), ("good", good), ("ok", ok)):
            if key in e:
                plain.append(f"{label}: {e[key]}")
                md.append(f"- **{label}:** `{e[key]}`")
    return "\n".join(plain).strip(), "\n".join(md).strip()


def _descriptor(rule, lang: str) -> dict:
    full = rule.explain(lang)
    text, md = _help(rule, lang, full)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": full.splitlines()[0] if full else rule.name},
        "fullDescription": {"text": full or rule.name},
        "help": {"text": text or rule.name, "markdown": md or rule.name},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning"),
                                 "enabled": bool(rule.default and not rule.preview)},
        "properties": {"category": rule.category, "tags": [rule.category] + (["preview"] if rule.preview else []),
                       "fix": rule.applicability if rule.fix else None},
    }


def build(results, opts) -> dict:
    from ..catalog import load_catalog

    cat = load_catalog()
    codes = sorted({d.code for r in results for d in r.diagnostics})
    rules = []
    index_of = {}
    for code in codes:
        rule = cat.get(code)
        index_of[code] = len(rules)
        if rule is not None:
            rules.append(_descriptor(rule, opts.lang))
        else:  # a diagnostic from outside the catalogue (should not happen): still a valid descriptor
            rules.append({"id": code})
    out = []
    for r in results:
        loc = artifact_uri(r.filename)
        for d in r.diagnostics:
            res = {
                "ruleId": d.code,
                "ruleIndex": index_of[d.code],
                "level": LEVELS.get(d.severity, "warning"),
                "kind": "fail",
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {"artifactLocation": dict(loc),
                                                    "region": _region(r.index, d.offset, d.length)}}],
                "properties": {"name": d.name, "category": d.category, "severity": d.severity},
            }
            if d.fix is not None:
                res["fixes"] = [{
                    "description": {"text": d.fix.message or d.message},
                    "artifactChanges": [{
                        "artifactLocation": dict(loc),
                        "replacements": [{"deletedRegion": _region(r.index, e.offset, e.length),
                                          "insertedContent": {"text": e.content}} for e in d.fix.edits],
                    }],
                }]
                res["properties"]["fixApplicability"] = d.fix.applicability
            out.append(res)
    run = {
        "tool": {"driver": {"name": "bnqa", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFO_URI, "language": opts.lang, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The directory bnqa was run in."}}},
        "results": out,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results, opts) -> str:
    return json.dumps(build(results, opts), ensure_ascii=False, indent=2) + "\n"
