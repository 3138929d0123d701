"""The package's public surface: version, exports."""

from __future__ import annotations

import importlib.metadata

import skillhire


def test_version_is_the_installed_metadata_version() -> None:
    assert skillhire.__version__ == importlib.metadata.version("skillhire")


def test_all_is_sorted_and_every_name_exists() -> None:
    assert skillhire.__all__ == sorted(skillhire.__all__)
    missing = [name for name in skillhire.__all__ if not hasattr(skillhire, name)]
    assert missing == []


def test_importing_skillhire_does_not_import_the_cli_framework() -> None:
    import subprocess
    import sys

    code = "import sys, skillhire; print('typer' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
