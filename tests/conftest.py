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


# In CI (.ci/run exports BNQA_NO_SKIPS=1) every test must run: a test skipped for a missing
# browser, model, corpus or extra would otherwise pass CI silently while proving nothing.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("BNQA_NO_SKIPS") == "1" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped, but BNQA_NO_SKIPS=1 forbids skips: {reason}"
