"""Reporters: one module per output format. Each module has
``render(results: list[FileResult], opts: ReportOptions) -> str``."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, LineIndex

# format name -> module in this package; a new format is one module and one line here.
REPORTERS = {
    "full": "full",
    "concise": "concise",
    "json": "json_",
    "json-lines": "json_lines",
    "grouped": "grouped",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
}


@dataclass
class FileResult:
    filename: str
    text: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    fixed: int = 0

    _index: LineIndex | None = None

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index


@dataclass
class ReportOptions:
    lang: str = "bn"
    color: bool = False
    show_fixes: bool = False
    statistics: bool = False


def get_reporter(name: str):
    mod = REPORTERS.get(name)
    if mod is None:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{mod}").render


def formats() -> list[str]:
    return list(REPORTERS)
