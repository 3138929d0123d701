"""The examples in the scoring modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "skillhire._models",
    "skillhire.adverse_impact",
    "skillhire.applicants",
    "skillhire.assessment",
    "skillhire.hurdles",
    "skillhire.rater_agreement",
    "skillhire.scoring",
    "skillhire.synthetic",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, tests = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert tests > 0, f"{name} has no examples"
    assert failures == 0
