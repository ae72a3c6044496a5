"""Configuration: ``[tool.bnqa]`` in ``pyproject.toml`` or a ``bnqa.toml``, found by walking
up from the checked path; command-line options override it."""
from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
KNOWN_KEYS = {"select", "ignore", "extend-select", "per-file-ignores", "extensions", "exclude",
              "preview", "lang"}


class ConfigError(Exception):
    pass


@dataclass
class Config:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    exclude: list[str] = field(default_factory=list)
    preview: bool = False
    lang: str | None = None
    path: str | None = None

    def ignored_for(self, filename: str) -> list[str]:
        out = []
        name = filename.replace(os.sep, "/")
        for pat, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(os.path.basename(name), pat) \
                    or fnmatch.fnmatch(name, "*/" + pat):
                out.extend(codes)
        return out


def _as_list(v, key, path):
    if isinstance(v, str):
        return [v]
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return v
    raise ConfigError(f"{path}: '{key}' must be a list of strings")


def parse(data: dict, path: str) -> Config:
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown option(s): {', '.join(sorted(unknown))}")
    cfg = Config(path=path)
    if "select" in data:
        cfg.select = _as_list(data["select"], "select", path)
    if "ignore" in data:
        cfg.ignore = _as_list(data["ignore"], "ignore", path)
    if "extend-select" in data:
        cfg.extend_select = _as_list(data["extend-select"], "extend-select", path)
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{path}: 'per-file-ignores' must be a table of glob = [codes]")
        cfg.per_file_ignores = {k: _as_list(v, "per-file-ignores", path) for k, v in pfi.items()}
    if "extensions" in data:
        cfg.extensions = tuple(e if e.startswith(".") else "." + e for e in _as_list(data["extensions"], "extensions", path))
    if "exclude" in data:
        cfg.exclude = _as_list(data["exclude"], "exclude", path)
    if "preview" in data:
        if not isinstance(data["preview"], bool):
            raise ConfigError(f"{path}: 'preview' must be true or false")
        cfg.preview = data["preview"]
    if "lang" in data:
        if data["lang"] not in ("bn", "en"):
            raise ConfigError(f"{path}: 'lang' must be 'bn' or 'en'")
        cfg.lang = data["lang"]
    return cfg


def load_file(path: str) -> Config:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("bnqa", {})
    elif "tool" in data and "bnqa" in data.get("tool", {}):
        data = data["tool"]["bnqa"]
    return parse(data, path)


def discover(start: str) -> Config:
    """Find the nearest bnqa.toml, or pyproject.toml with [tool.bnqa], from ``start`` upwards."""
    p = Path(start).resolve()
    if not p.is_dir():
        p = p.parent
    for d in [p, *p.parents]:
        cand = d / "bnqa.toml"
        if cand.is_file():
            return load_file(str(cand))
        cand = d / "pyproject.toml"
        if cand.is_file():
            try:
                with open(cand, "rb") as fh:
                    data = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{cand}: invalid TOML: {exc}") from None
            if "bnqa" in data.get("tool", {}):
                return parse(data["tool"]["bnqa"], str(cand))
    return Config()
