"""Errors and warnings raised by skillhire.

Every error skillhire raises on purpose is a :class:`SkillhireError`. Each subclass also inherits the
builtin it refines, so ``except LookupError`` or ``except ValueError`` keeps working for callers who do
not know skillhire. Messages name the bad value and, where there is a closed set, list the valid ones.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "AssessmentNotFoundError",
    "CertificateChoiceError",
    "EmptyTextError",
    "InvalidFileError",
    "InvalidGradeError",
    "InvalidRowError",
    "InvalidRowsError",
    "InvalidTitleError",
    "MissingColumnError",
    "OutputExistsError",
    "PassOverRequiredError",
    "PostingCheckError",
    "SelectionError",
    "SkillhireError",
    "SkillhireWarning",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "TemplateRenderError",
    "UnknownChoiceError",
    "UnknownNameError",
    "UnknownRuleError",
    "UnknownSeriesError",
    "UnsafeFileError",
    "UnsafeTemplateError",
]



class SkillhireError(Exception):
    """Base class of every error skillhire raises on purpose."""


class SkillhireWarning(UserWarning):
    """It worked, but check this (for example a low-confidence title match)."""


class UnknownNameError(SkillhireError, LookupError):
    """A name that should pick one of a closed set of things picked none.

    Args:
        kind: What was looked up, in words ("bundled taxonomy").
        name: The name that was given.
        available: Every valid name.
        where: Where it was looked up, after the name ("book.xlsx": "No sheet 'Scores' in book.xlsx.").
        hint: Another way out, after the valid names ("or pass format=").
    """

    def __init__(
        self, kind: str, name: object, available: Iterable[str], where: str | None = None, hint: str | None = None
    ) -> None:
        self.kind = kind
        self.name = name
        self.available = sorted(available)
        self.where = where
        self.hint = hint
        super().__init__(unknown_name_message(kind, name, self.available, where=where, hint=hint))

    def __reduce__(self):  # keep the error picklable (multiprocessing, pytest-xdist)
        extra = (self.where, self.hint) if self.where or self.hint else ()
        return (type(self), (self.kind, self.name, self.available, *extra))


class UnknownChoiceError(UnknownNameError, ValueError):
    """An argument that takes one of a few fixed values (a diff format, the table ``to_pandas`` returns) took
    another. It is a ``ValueError`` too, as it was before it had a class of its own.
    """


class EmptyTextError(SkillhireError, ValueError):
    """Text to read is empty or blank, so there is nothing to read.

    Args:
        what: What the text should be, in words ("posting text").
        text: The text as given.
        expected: What would work, as a sentence fragment ("announcement text with at least a title line").
    """

    def __init__(self, what: str, text: object, expected: str) -> None:
        self.what = what
        self.text = text
        self.expected = expected
        super().__init__(f"The {what} {text!r} is empty or blank; expected {expected}")

    def __reduce__(self):
        return (type(self), (self.what, self.text, self.expected))


class InvalidFileError(SkillhireError, ValueError):
    """A file cannot be used as given: missing, empty, corrupt, or of the wrong kind.

    Args:
        path: The file, as the user named it.
        problem: What is wrong, as a sentence fragment ("is empty").
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self):
        return (type(self), (self.path, self.problem))


class InvalidRowError(SkillhireError, ValueError):
    """One row of a table cannot be used; the rest of the table still can.

    Args:
        row: The row number as the user sees it (1-based, counting the header row, as in Excel).
        column: The column name, or ``None`` when the whole row is at fault.
        message: What is wrong.
        sheet: The sheet or file the row is in, when known.
    """

    def __init__(self, row: int, column: str | None, message: str, sheet: str | None = None) -> None:
        self.row = row
        self.column = column
        self.message = message
        self.sheet = sheet
        where = f"{sheet}, " if sheet else ""
        col = f", column {column!r}" if column else ""
        super().__init__(f"{where}row {row}{col}: {message}")

    def __reduce__(self):
        return (type(self), (self.row, self.column, self.message, self.sheet))


class InvalidRowsError(InvalidFileError):
    """A file whose rows must all be good (a taxonomy sheet) has bad ones: every one is listed, not the first.

    Args:
        path: The file, as the user named it.
        errors: One :class:`InvalidRowError` per bad cell, in row order.
        limit: How many the message lists; the rest are counted ("and 3 more").
    """

    def __init__(self, path: object, errors: Iterable[InvalidRowError], limit: int = 20) -> None:
        self.errors = list(errors)
        self.limit = limit
        rows = len({error.row for error in self.errors})
        listed = "; ".join(
            f"row {e.row}" + (f", column {e.column!r}" if e.column else "") + f": {e.message}"
            for e in self.errors[:limit]
        )
        hidden = len(self.errors) - limit  # problems, not rows: a row can have several ("3 bad rows: ...")
        more = f"; and {hidden} more problem{'s' if hidden != 1 else ''}" if hidden > 0 else ""
        super().__init__(path, f"{rows} bad row{'s' if rows != 1 else ''}: {listed}{more}")

    def __reduce__(self):
        return (type(self), (self.path, self.errors, self.limit))


def unknown_name_message(
    kind: str, name: object, available: Iterable[str], *, where: str | None = None, hint: str | None = None
) -> str:
    """Build the standard "no such thing; here are the valid ones" message: the bad name first, then where
    it was looked up, a close match, the valid names (only the close ones when the list is long), and another way
    out.

    >>> unknown_name_message("bundled template", "usajobs-htm", ["plain-text", "usajobs-html"])
    "No bundled template 'usajobs-htm'. Did you mean 'usajobs-html'? Available: plain-text, usajobs-html"
    >>> unknown_name_message("sheet", "Scores", ["Applicants"], where="book.xlsx")
    "No sheet 'Scores' in book.xlsx. Available: Applicants"
    """
    names = sorted(available)
    message = f"No {kind} {name!r}" + (f" in {where}." if where else ".")
    close = difflib.get_close_matches(name, names, n=MAX_CLOSE_MATCHES) if isinstance(name, str) else []
    if close:
        message += f" Did you mean {close[0]!r}?"
    listing = ", ".join(names) if names else "(none)"
    if len(listing) > MAX_LISTING_CHARS:  # the 438 skill ids of a taxonomy: only the close ones, and how many
        others = (f"Close: {', '.join(close)} ({len(names)} valid names)" if close
                  else f"{len(names)} valid names, none close")
        return f"{message} {others}" + (f"; {hint}" if hint else "")
    return f"{message} Available: {listing}" + (f"; {hint}" if hint else "")


#: The longest list of valid names a message gives in full (the 65 series numbers fit, a taxonomy's skill ids do
#: not); past it the message names only the close matches, at most ``MAX_CLOSE_MATCHES`` of them.
MAX_LISTING_CHARS = 600
MAX_CLOSE_MATCHES = 5


# --- Bundled data: taxonomies, templates, assessments, series, rules ------------------------------


class TaxonomyNotFoundError(UnknownNameError):
    """No bundled taxonomy (or taxonomy file) by that name."""


class TemplateNotFoundError(UnknownNameError):
    """No bundled or user template by that name.

    With folders of the user's own templates searched (``kind`` "template"), the message also says how a
    template file must be named, the usual reason a file the user can see is not found.
    """

    def __init__(self, kind: str, name: object, available: Iterable[str]) -> None:
        super().__init__(kind, name, available)
        if kind == "template":
            self.args = (f"{self.args[0]} (a template is a file named <name>.md.j2, <name>.html.j2 or <name>.txt.j2)",)


class AssessmentNotFoundError(UnknownNameError):
    """No bundled assessment (or assessment file) by that name."""


class UnknownSeriesError(UnknownNameError):
    """No OPM occupational series by that number in skillhire's bundled series crosswalk."""


class UnknownRuleError(UnknownNameError):
    """No plain-language rule by that id (skillhire.plain_language.list_rules lists them)."""


# --- Spreadsheets and output files (issue 9) ------------------------------------------------------


class MissingColumnError(InvalidFileError):
    """A table lacks a column it needs (after aliases and the user's column mapping were applied).

    Args:
        path: The file, as the user named it.
        problem: Which column is missing, the headers that would have matched it, and the headers found.
    """


class UnsafeFileError(InvalidFileError):
    """A file was refused before reading because reading it could exhaust the machine.

    A zip bomb (an archive whose declared uncompressed size or compression ratio is past the limits), an XML
    document type declaration (the door to entity expansion), or more rows than the row cap.
    """


class OutputExistsError(SkillhireError, FileExistsError):
    """An output file exists already and replacing it was not asked for (``overwrite=True``, ``--overwrite``).

    Args:
        path: The existing file.
    """

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(f"{path}: already exists; pass overwrite=True (--overwrite) to replace it")

    def __reduce__(self):
        return (type(self), (self.path,))


# --- Job titles (issue 5) -------------------------------------------------------------------------


class InvalidTitleError(SkillhireError, ValueError):
    """A job title that cannot be translated: empty, or nothing but spaces, punctuation or codes.

    Args:
        title: The title as given.
        problem: What is wrong, as a sentence fragment ("is empty").
    """

    def __init__(self, title: object, problem: str) -> None:
        self.title = title
        self.problem = problem
        super().__init__(f"Job title {title!r} {problem}")

    def __reduce__(self):
        return (type(self), (self.title, self.problem))


class InvalidGradeError(SkillhireError, ValueError):
    """A grade that is not a grade ('GS-16', 'banana'); the message shows the accepted forms.

    Args:
        grade: The grade as given.
        problem: What is wrong, as a sentence fragment.
    """

    def __init__(self, grade: object, problem: str) -> None:
        self.grade = grade
        self.problem = problem
        super().__init__(f"Grade {grade!r} {problem}")

    def __reduce__(self):
        return (type(self), (self.grade, self.problem))


# --- Posting templates (issue 7) ------------------------------------------------------------------


class TemplateRenderError(SkillhireError, ValueError):
    """A posting template cannot render: a syntax error, a missing or misspelled field, or a forbidden operation.

    Args:
        template: The template file name.
        line: The line in that template where it went wrong, when known.
        problem: What is wrong, as a sentence.
    """

    def __init__(self, template: str, line: int | None, problem: str) -> None:
        self.template = template
        self.line = line
        self.problem = problem
        where = f"template {template!r}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):
        return (type(self), (self.template, self.line, self.problem))


class UnsafeTemplateError(TemplateRenderError):
    """A template tried something the sandbox forbids: reaching Python internals or producing too much output."""


class PostingCheckError(SkillhireError, ValueError):
    """A rendered posting failed its checks in strict mode.

    Args:
        template: The template that was rendered.
        findings: The findings at or above the strict threshold (objects with ``rule`` and ``message``).
    """

    def __init__(self, template: str, findings: Iterable[object]) -> None:
        self.template = template
        self.findings = list(findings)
        listed = "; ".join(
            f"{getattr(f, 'rule', getattr(f, 'rule_id', '?'))}: {getattr(f, 'message', f)}" for f in self.findings
        )
        super().__init__(
            f"the posting rendered with template {template!r} failed {len(self.findings)} check(s): {listed}"
        )

    def __reduce__(self):
        return (type(self), (self.template, self.findings))


# --- Pooled-hiring scoring (issue 8) --------------------------------------------------------------


class CertificateChoiceError(SkillhireError, ValueError):
    """A certificate was asked for without saying which one, or for a grade/agency/location not in the pool.

    The message lists the valid choices.
    """


class SelectionError(SkillhireError, ValueError):
    """A selection from a certificate is not allowed (already selected, not referred, outside the window)."""


class PassOverRequiredError(SelectionError):
    """Selecting this applicant would pass over a preference eligible who stands ahead (5 U.S.C. 3318(c)).

    Record a pass-over with reasons (``Certificate.record_pass_over``) first.
    """
