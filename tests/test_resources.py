"""Bundled data is found the same way from a wheel and from an editable install."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest

from skillhire import _resources
from skillhire.errors import UnknownNameError


@pytest.mark.parametrize("kind", ["assessments", "samples", "templates", "taxonomies"])
def test_every_bundled_file_is_found_and_readable(kind: str) -> None:
    files = _resources.list_data(kind)
    assert files, f"no bundled {kind}"
    for name, entry in files:
        assert _resources.data_file(kind, name).read_bytes() == entry.read_bytes()
        assert entry.read_bytes(), f"{kind}/{name} is empty"


def test_provenance_carries_the_onet_attribution() -> None:
    text = _resources.data_file("taxonomies", "PROVENANCE.md").read_text(encoding="utf-8")
    assert "O*NET 29.2 Database by the U.S. Department of Labor" in text
    assert "CC BY 4.0" in text


def test_an_unknown_file_names_itself_and_the_bundled_ones() -> None:
    with pytest.raises(UnknownNameError) as caught:
        _resources.data_file("taxonomies", "no-such-file.json")
    message = str(caught.value)
    assert "'no-such-file.json'" in message
    assert "PROVENANCE.md" in message


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(LookupError, match=r"No bundled data folder 'pictures'. Available: assessments, samples, taxonomies, templates"):
        _resources.data_location("pictures")  # type: ignore[arg-type]


def test_the_location_matches_how_skillhire_was_installed() -> None:
    """A wheel install finds data inside the package; an editable one in the checkout, by design."""
    _, how = _resources.data_location("taxonomies")
    package = resources.files("skillhire")
    expected = os.environ.get("SKILLHIRE_EXPECT_INSTALL")
    if expected == "wheel":
        assert how == "package"
        assert "site-packages" in str(package)
    elif (Path(str(package)) / "taxonomies").is_dir():
        assert how == "package"
    else:
        assert how == "checkout"
        assert (Path(str(package)).parent / "pyproject.toml").is_file()


def test_the_checkout_fallback_refuses_a_folder_that_is_not_a_skillhire_checkout(tmp_path: Path) -> None:
    fake_package = tmp_path / "skillhire"
    fake_package.mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert _resources._checkout_root(fake_package) is None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "skillhire"\n', encoding="utf-8")
    assert _resources._checkout_root(fake_package) == tmp_path
