"""Shared fixtures and options for skillhire's tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore new random inputs on every local run (that is how they find bugs: "CISO" was found so).
# On CI (`CI` set, as `.ci/run` does) they run derandomized: the same examples every run, so a landing is never
# refused by a draw no one has seen; what they once found is pinned with @example.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# jupyter_core warns (DeprecationWarning, an error under filterwarnings=error) unless it is told to use the
# platformdirs locations it is migrating to; the executed notebooks need nothing else from it.
os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files from the current output instead of comparing against them.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own that ``tempfile`` uses, so a test can see that spills are removed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
