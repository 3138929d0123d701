"""Running the ``skillhire`` command in-process, for the CLI tests."""

from __future__ import annotations

import pytest

from skillhire.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``skillhire ARGS``; return its exit code, standard output and standard error."""
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    out, err = capsys.readouterr()
    return caught.value.code or 0, out, err
