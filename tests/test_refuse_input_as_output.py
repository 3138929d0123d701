"""skillhire never writes over its inputs: the one check score, render, rewrite and translate-title share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from skillhire.errors import InvalidFileError, SkillhireError
from skillhire.workbook import refuse_input_as_output


@pytest.mark.parametrize(
    "output, inputs, expected",
    [
        ("in.csv", ["in.csv"], "in.csv: is the input file; skillhire never writes over its inputs"),
        ("./in.csv", ["in.csv"], "./in.csv: is the input file; skillhire never writes over its inputs"),
        ("sub/../r.csv", ["a.csv", "r.csv"], "sub/../r.csv: is an input file; skillhire never writes over its inputs"),
    ],
)
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, monkeypatch, output, inputs, expected) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    with pytest.raises(InvalidFileError) as caught:
        refuse_input_as_output(output, inputs)
    assert str(caught.value) == expected
    assert isinstance(caught.value, SkillhireError)


@pytest.mark.parametrize("output, inputs", [("out.csv", ["in.csv"]), ("in.csv.bak", ["in.csv", "r.csv"]), ("x", [])])
def test_other_outputs_pass(tmp_path: Path, monkeypatch, output, inputs) -> None:
    monkeypatch.chdir(tmp_path)
    assert refuse_input_as_output(output, inputs) is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_the_input_is_the_input(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("a\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(source)
    with pytest.raises(InvalidFileError, match="is the input file"):
        refuse_input_as_output(link, [source])
