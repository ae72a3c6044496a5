from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BNQA_SHARED", ROOT.parent / "shared"))
CLEAN = SHARED / "corpora" / "clean"
NOISY = SHARED / "corpora" / "noisy"
SAMPLES = ROOT / "corpora" / "samples"
SEEDS = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


def clean_files() -> list[Path]:
    return sorted(CLEAN.glob("*.txt")) if CLEAN.is_dir() else []
