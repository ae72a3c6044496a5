"""bnqa: a quality checker for machine-translated Bengali articles.

The public API is small and imports nothing heavy until used::

    from bnqa import check_text
    diagnostics = check_text("কাজ করে.")
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_file", "Linter"]


def __getattr__(name: str):
    if name in {"check_text", "check_file", "Linter"}:
        from . import engine

        return getattr(engine, name)
    raise AttributeError(name)
