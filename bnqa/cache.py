"""A per-file result cache, in the manner of ruff's: a file whose bytes, name, rule catalogue,
settings and bnqa version are unchanged is not checked again.

Layout: ``<cache dir>/<version>/<fingerprint>/<key>.json`` where the fingerprint hashes the
bnqa version, the rule catalogue (the bytes of every ``rules/*.yaml``), the package's own
files (size and mtime, so an edited check in a development install invalidates the cache),
the versions of spaCy, wordfreq and regex, and the run's ``Settings``; the key hashes the fingerprint, the file name as
reported and the file's bytes. Entries are JSON (never pickle: a cache directory in a
checked-out repository must not be able to run code).

Fingerprint directories not written to for 14 days are removed when a new one is made.
The cache directory is ``.bnqa_cache/`` in the current directory when that is writable, else
``results`` in bnqa's user cache directory (``$BNQA_CACHE_DIR``, else ``$XDG_CACHE_HOME/bnqa``
or ``~/.cache/bnqa``, where the lexicon is cached too). ``--no-cache`` neither reads nor writes it.

What is never stored: per-file errors, and results of a ``--fix`` run that changed the file
(a later run on the original bytes must write the fix again, not replay a cached "fixed").
A fix run that found nothing to fix is stored, so re-running ``--fix`` on clean files is cheap.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from . import __version__
from .diagnostics import Diagnostic, Edit, Fix

CACHE_DIR_NAME = ".bnqa_cache"


def default_cache_dir() -> Path:
    cwd = Path.cwd()
    if os.access(cwd, os.W_OK):
        return cwd / CACHE_DIR_NAME
    base = os.environ.get("BNQA_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "bnqa")
    return Path(base) / "results"


def catalogue_hash() -> str:
    """Hash of the rule catalogue's content: every rules YAML file, by name and bytes."""
    from .catalog import rules_dir

    h = hashlib.sha256()
    for p in sorted(rules_dir().glob("*.yaml")):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _code_stamp() -> str:
    """Size and mtime of the package's files: cheap, and catches edits in a development install."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for root, dirs, files in os.walk(pkg):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "web"))
        for f in sorted(files):
            if f.endswith((".py", ".tsv", ".yaml", ".json", ".txt")):
                st = os.stat(os.path.join(root, f))
                h.update(f"{os.path.relpath(os.path.join(root, f), pkg)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _versions() -> str:
    """Versions of the libraries whose data or behaviour the rules depend on."""
    from importlib import metadata

    out = []
    for dist in ("spacy", "wordfreq", "regex"):
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover
            out.append(f"{dist}=?")
    return ",".join(out)


def fingerprint(settings) -> str:
    h = hashlib.sha256()
    for part in (__version__, catalogue_hash(), _code_stamp(), _versions(), repr(settings)):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def diagnostic_to_dict(d: Diagnostic) -> dict:
    fix = None
    if d.fix is not None:
        fix = {"applicability": d.fix.applicability, "message": d.fix.message,
               "edits": [[e.offset, e.length, e.content] for e in d.fix.edits]}
    return {"code": d.code, "name": d.name, "category": d.category, "severity": d.severity,
            "message": d.message, "offset": d.offset, "length": d.length, "fix": fix,
            "filename": d.filename, "url": d.url, "extra": d.extra}


def diagnostic_from_dict(o: dict) -> Diagnostic:
    fix = None
    if o["fix"] is not None:
        f = o["fix"]
        fix = Fix(f["applicability"], tuple(Edit(*e) for e in f["edits"]), f["message"])
    return Diagnostic(o["code"], o["name"], o["category"], o["severity"], o["message"], o["offset"],
                      o["length"], fix, o["filename"], o["url"], o["extra"])


class Cache:
    def __init__(self, settings, root: Path | None = None):
        self.root = Path(root) if root is not None else default_cache_dir()
        self.fp = fingerprint(settings)
        self.dir = self.root / __version__ / self.fp[:24]
        self.hits = 0
        self.stores = 0
        self._ready = False

    def key(self, name: str, data: bytes) -> str:
        h = hashlib.sha256(self.fp.encode())
        h.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str):
        """Returns (diagnostics, diff) or None."""
        try:
            with open(self.dir / f"{key}.json", encoding="utf-8") as fh:
                o = json.load(fh)
            diags = [diagnostic_from_dict(d) for d in o["diagnostics"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self.hits += 1
        return diags, o.get("diff")

    def _prune(self, max_age_days: float = 14) -> None:
        """A new fingerprint (new rules, settings or version) leaves old entries unused: remove
        fingerprint directories nobody has written to for ``max_age_days``."""
        import shutil
        import time

        limit = time.time() - max_age_days * 86400
        try:
            for version in self.root.iterdir():
                if not version.is_dir():
                    continue
                for fp in version.iterdir():
                    if fp.is_dir() and fp.stat().st_mtime < limit:
                        shutil.rmtree(fp, ignore_errors=True)
        except OSError:
            pass

    def put(self, key: str, diagnostics, diff) -> None:
        try:
            payload = json.dumps({"diagnostics": [diagnostic_to_dict(d) for d in diagnostics], "diff": diff},
                                 ensure_ascii=False)
        except (TypeError, ValueError):
            return  # something unserialisable in Diagnostic.extra: just do not cache it
        try:
            if not self._ready:
                if not self.dir.exists():
                    self._prune()
                self.dir.mkdir(parents=True, exist_ok=True)
                ignore = self.root / ".gitignore"
                if not ignore.exists():
                    ignore.write_text("# created by bnqa\n*\n", encoding="utf-8")
                self._ready = True
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, self.dir / f"{key}.json")
            self.stores += 1
        except OSError:
            pass  # a read-only or full disk never fails a check run
