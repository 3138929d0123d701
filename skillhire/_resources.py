"""The one place that finds skillhire's bundled data folders.

The folders sit at the repository root, beside ``skillhire/``: ``templates/`` (posting templates and
sample postings), ``taxonomies/`` (skills taxonomy, title and series maps, plain-language word lists),
``assessments/`` (bundled assessment definitions) and ``samples/`` (sample announcements for the demo).
The wheel build copies them into the package (hatchling ``force-include`` in ``pyproject.toml``), so an
installed skillhire finds them with ``importlib.resources`` as ``skillhire/<folder>``.

Development fallback: an editable install (``pip install -e .``) does not apply ``force-include``, so the
package folder has no data folders. Then, and only then, this module looks one level above the package,
and accepts that folder only if it is a skillhire checkout (it holds a ``pyproject.toml`` naming the
project ``skillhire``). Nothing else in skillhire builds paths to bundled data, and nothing writes into
the installed package.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from skillhire.errors import UnknownNameError

__all__ = ["DataKind", "data_dir", "data_file", "data_location", "list_data"]

DataKind = Literal["assessments", "samples", "templates", "taxonomies"]
_KINDS: tuple[str, ...] = ("assessments", "samples", "templates", "taxonomies")


@functools.cache
def data_location(kind: DataKind) -> tuple[Traversable, str]:
    """Where the bundled ``kind`` folder is, and how it was found (``"package"`` or ``"checkout"``).

    Raises:
        UnknownNameError: ``kind`` is not a bundled data folder.
        FileNotFoundError: neither the installed package nor a development checkout has the folder.
    """
    if kind not in _KINDS:
        raise UnknownNameError("bundled data folder", kind, _KINDS)
    package_root = resources.files("skillhire")
    inside = package_root / kind
    if inside.is_dir():
        return inside, "package"
    checkout = _checkout_root(package_root)
    if checkout is not None and (checkout / kind).is_dir():
        return checkout / kind, "checkout"
    raise FileNotFoundError(
        f"skillhire's bundled {kind!r} folder is missing from {package_root}: the installation is broken; "
        "reinstall skillhire"
    )


def data_dir(kind: DataKind) -> Traversable:
    """The bundled ``kind`` folder (see :func:`data_location`)."""
    return data_location(kind)[0]


def list_data(kind: DataKind, *, suffixes: tuple[str, ...] = ()) -> list[tuple[str, Traversable]]:
    """Bundled files of ``kind`` (optionally only those ending in one of ``suffixes``), sorted by name.

    Returns:
        ``(file name, traversable)`` pairs; hidden files and folders are left out.
    """
    files = [
        (entry.name, entry)
        for entry in data_dir(kind).iterdir()
        if entry.is_file() and not entry.name.startswith(".") and (not suffixes or entry.name.endswith(suffixes))
    ]
    return sorted(files, key=lambda pair: pair[0])


def data_file(kind: DataKind, filename: str) -> Traversable:
    """One bundled file by its exact file name.

    Raises:
        UnknownNameError: no bundled file of that name; the message lists the bundled ones.
    """
    entry = data_dir(kind) / filename
    if not entry.is_file():
        raise UnknownNameError(f"bundled {kind} file", filename, [name for name, _ in list_data(kind)])
    return entry


def _checkout_root(package_root: Traversable) -> Path | None:
    """The repository root above an editable install's package folder, if this is a skillhire checkout."""
    if not isinstance(package_root, Path):
        return None
    root = package_root.parent
    pyproject = root / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return None
    return root if 'name = "skillhire"' in text else None
