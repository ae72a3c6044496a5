"""Reading bytes into text, and segmenting prose from markup with an offset map.

Data flows one way: ``read_source`` turns a path into a ``Source`` (decoded text plus
what is needed to write it back byte-for-byte: encoding, BOM, line endings);
``segment`` turns a ``Source`` into a ``TextView``: the prose the rules see, with a
map from every view offset back to the source offset.
"""
from __future__ import annotations

import bisect
import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MiB: larger files are refused, with a clear error

TEXT_KINDS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


class SourceError(Exception):
    """A per-file problem: the file is reported and the run goes on."""

    def __init__(self, filename: str, message: str):
        super().__init__(f"{filename}: {message}")
        self.filename = filename
        self.message = message


@dataclass
class Source:
    filename: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    kind: str = "text"  # text | markdown | html

    @property
    def newline(self) -> str:
        i = self.text.find("\n")
        return "\r\n" if i > 0 and self.text[i - 1] == "\r" else "\n"

    def encode(self, text: str | None = None) -> bytes:
        data = (self.text if text is None else text).encode(self.encoding)
        return (codecs.BOM_UTF8 + data) if self.bom else data


def kind_for(filename: str) -> str:
    return TEXT_KINDS.get(os.path.splitext(filename)[1].lower(), "text")


def decode(data: bytes, filename: str, kind: str | None = None) -> Source:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        raise SourceError(filename, "UTF-16 text is not supported; save the file as UTF-8")
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[3:] if bom else data
    if b"\x00" in body[:8192]:
        raise SourceError(filename, "binary file (contains NUL bytes); not checked")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            filename,
            f"not valid UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start + (3 if bom else 0)}); "
            "bnqa reads UTF-8 with or without a BOM",
        ) from None
    return Source(filename, text, "utf-8", bom, kind or kind_for(filename))


def read_source(path: str | os.PathLike, display: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Source:
    name = display or str(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise SourceError(name, f"file too large ({size} bytes; the limit is {max_bytes})")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(name, "no such file (it may have been removed during the run)") from None
    except IsADirectoryError:
        raise SourceError(name, "is a directory") from None
    except PermissionError:
        raise SourceError(name, "permission denied") from None
    except OSError as exc:
        raise SourceError(name, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SourceError(name, f"file too large (over {max_bytes} bytes)")
    return decode(data, name)


@dataclass
class TextView:
    """The prose that rules see, and a map back into the source text.

    ``spans`` is a sorted list of ``(view_start, source_start, length)``: view text
    ``text[vs:vs+n]`` is a verbatim copy of ``source[ss:ss+n]``. Text between spans
    (separators that markup segmentation inserts, e.g. blank lines between blocks)
    maps to the nearest preceding source position and can never be edited.
    """

    text: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    source_text: str = ""

    @classmethod
    def identity(cls, text: str) -> "TextView":
        return cls(text, [(0, 0, len(text))], text)

    def _span(self, offset: int) -> int:
        starts = [s[0] for s in self.spans]
        return bisect.bisect_right(starts, offset) - 1

    def to_source(self, offset: int) -> int:
        if not self.spans:
            return offset
        i = self._span(offset)
        if i < 0:
            return self.spans[0][1]
        vs, ss, n = self.spans[i]
        return ss + min(offset - vs, n)

    def to_source_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Source range for view range [start, end) if it lies inside one verbatim span."""
        if not self.spans:
            return start, end
        i = self._span(start)
        if i < 0:
            return None
        vs, ss, n = self.spans[i]
        if end > vs + n:
            return None
        return ss + start - vs, ss + end - vs


def segment(source: Source) -> TextView:
    """Segment the source into prose; markup-aware views come from ``bnqa.markup``."""
    if source.kind in ("markdown", "html"):
        try:
            from . import markup
        except ImportError:  # pragma: no cover - markup module is part of the package
            return TextView.identity(source.text)
        return markup.segment(source)
    return TextView.identity(source.text)


def iter_files(paths, extensions, exclude=()) -> list[tuple[str, str | None]]:
    """Expand paths into (path, error) pairs, folders recursively, in a stable order."""
    import fnmatch

    out: list[tuple[str, str | None]] = []
    exts = {e if e.startswith(".") else "." + e for e in extensions}

    def excluded(p: str) -> bool:
        parts = Path(p).parts
        return any(fnmatch.fnmatch(p, pat) or any(fnmatch.fnmatch(part, pat) for part in parts) for pat in exclude)

    for p in paths:
        if p == "-":
            out.append(("-", None))
            continue
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(root, d))
                                 and d not in ("node_modules", "__pycache__"))
                for f in files:
                    fp = os.path.join(root, f)
                    if os.path.splitext(f)[1].lower() in exts and not excluded(fp):
                        found.append(fp)
            out.extend((f, None) for f in sorted(found))
        elif os.path.exists(p):
            out.append((p, None))
        else:
            out.append((p, "no such file or directory"))
    return out
