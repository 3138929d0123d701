"""skillhire's command line, a thin skin over the library.

Each feature registers its commands on :data:`app` from a module of its own in this package; importing
this package imports them all. Every command parses arguments, calls one library function and prints.
"""

from skillhire.cli._app import app, main

# Command modules register themselves on `app` when imported; keep this list sorted.
from skillhire.cli import assessment  # noqa: F401  isort: skip
from skillhire.cli import demo  # noqa: F401  isort: skip
from skillhire.cli import info  # noqa: F401  isort: skip
from skillhire.cli import render  # noqa: F401  isort: skip
from skillhire.cli import rewrite  # noqa: F401  isort: skip
from skillhire.cli import score  # noqa: F401  isort: skip
from skillhire.cli import skills  # noqa: F401  isort: skip
from skillhire.cli import titles  # noqa: F401  isort: skip

__all__ = ["app", "main"]
