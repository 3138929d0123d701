"""skillhire's error hierarchy and messages."""

from __future__ import annotations

import pickle

import pytest

from skillhire.errors import (
    InvalidFileError,
    InvalidRowError,
    InvalidRowsError,
    SkillhireError,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    UnknownNameError,
)


@pytest.mark.parametrize(
    "error_type, builtin",
    [
        (UnknownNameError, LookupError),
        (TaxonomyNotFoundError, LookupError),
        (TemplateNotFoundError, LookupError),
        (InvalidFileError, ValueError),
        (InvalidRowError, ValueError),
    ],
)
def test_each_error_is_a_skillhire_error_and_its_builtin(error_type: type, builtin: type) -> None:
    assert issubclass(error_type, SkillhireError)
    assert issubclass(error_type, builtin)


@pytest.mark.parametrize(
    "error, message",
    [
        (
            TemplateNotFoundError("bundled template", "usajobs-htm", ["usajobs-html", "plain-text"]),
            "No bundled template 'usajobs-htm'. Did you mean 'usajobs-html'? Available: plain-text, usajobs-html",
        ),
        (
            TaxonomyNotFoundError("bundled taxonomy", "zzz", ["cx-data-ai"]),
            "No bundled taxonomy 'zzz'. Available: cx-data-ai",
        ),
        (TaxonomyNotFoundError("bundled taxonomy", 3, []), "No bundled taxonomy 3. Available: (none)"),
        (InvalidFileError("applicants.xlsx", "is empty"), "applicants.xlsx: is empty"),
        (
            InvalidRowError(14, "interview_score", "Input should be a valid number", sheet="Ratings"),
            "Ratings, row 14, column 'interview_score': Input should be a valid number",
        ),
        (InvalidRowError(3, None, "blank applicant id"), "row 3: blank applicant id"),
    ],
)
def test_messages_name_the_bad_value_and_the_valid_ones(error: Exception, message: str) -> None:
    assert str(error) == message


@pytest.mark.parametrize(
    "error",
    [
        TemplateNotFoundError("bundled template", "x", ["a", "b"]),
        InvalidFileError("f.csv", "is corrupt"),
        InvalidRowError(2, "email", "bad", sheet="Applicants"),
        InvalidRowsError("t.csv", [InvalidRowError(2, "id", "is empty", "t.csv")] * 3, limit=2),
        UnknownNameError("sheet", "Scores", ["Applicants"], where="book.xlsx", hint="or pass sheet="),
    ],
)
def test_errors_survive_pickling(error: Exception) -> None:
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error)
    assert str(clone) == str(error)


def test_every_error_class_is_a_skillhire_error_and_refines_a_builtin() -> None:
    import skillhire.errors as errors

    classes = [getattr(errors, name) for name in errors.__all__ if isinstance(getattr(errors, name), type)]
    for cls in classes:
        if cls in (SkillhireError, errors.SkillhireWarning):
            continue
        assert issubclass(cls, SkillhireError), cls.__name__
        assert issubclass(cls, (LookupError, ValueError, OSError)), cls.__name__
    assert errors.__all__ == sorted(errors.__all__)
