"""The one Diagnostic type and the one Fix type, with their JSON contract."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Literal

Applicability = Literal["safe", "unsafe"]
SEVERITIES = ("error", "warning", "info")
CATEGORIES = (
    "punctuation", "spacing", "numerals", "spelling", "consistency",
    "translationese", "structure", "markup", "unicode",
)


@dataclass(frozen=True)
class Edit:
    """Replace ``length`` code points at ``offset`` of the source text with ``content``."""

    offset: int
    length: int
    content: str

    @property
    def end(self) -> int:
        return self.offset + self.length


@dataclass(frozen=True)
class Fix:
    applicability: Applicability
    edits: tuple[Edit, ...]
    message: str = ""

    @property
    def start(self) -> int:
        return min(e.offset for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


@dataclass
class Diagnostic:
    code: str
    name: str
    category: str
    severity: str
    message: str
    offset: int
    length: int
    fix: Fix | None = None
    filename: str = "-"
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def end(self) -> int:
        return self.offset + self.length

    def sort_key(self) -> tuple:
        return (self.filename, self.offset, self.length, self.code)

    def to_json(self, index: "LineIndex") -> dict[str, Any]:
        row, col = index.location(self.offset)
        erow, ecol = index.location(self.end)
        fix = None
        if self.fix is not None:
            fix = {
                "applicability": self.fix.applicability,
                "message": self.fix.message,
                "edits": [
                    {
                        "content": e.content,
                        "offset": e.offset,
                        "length": e.length,
                        "location": dict(zip(("row", "column"), index.location(e.offset))),
                        "end_location": dict(zip(("row", "column"), index.location(e.end))),
                    }
                    for e in self.fix.edits
                ],
            }
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "filename": self.filename,
            "location": {"row": row, "column": col},
            "end_location": {"row": erow, "column": ecol},
            "offset": self.offset,
            "length": self.length,
            "fix": fix,
            "url": self.url,
        }


class LineIndex:
    """Maps code-point offsets to 1-based (row, column); columns count code points."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def location(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self.starts, offset) - 1
        return row + 1, offset - self.starts[row] + 1

    def line(self, row: int) -> str:
        start = self.starts[row - 1]
        end = self.starts[row] - 1 if row < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
