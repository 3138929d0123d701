"""Postings from spreadsheet rows: one :class:`~skillhire.posting.JobPosting` per row of an xlsx or csv file.

Used by :func:`skillhire.rendering.render_postings`. Columns are posting field names, matched ignoring case,
spaces and hyphens (``Announcement Number`` is ``announcement_number``); ``salary.min`` (or ``salary min``,
``salary_min``), ``salary.max`` and ``salary.per`` fill the salary. A cell of ``duties`` with several lines
and no bullets gives one duty per line; ``locations`` and ``hiring_paths`` take one item per line or
``;``-separated items; ``participating_agencies`` takes a JSON list. Empty cells leave the field out.

A column that is not a posting field is an error for the whole file (it is most likely a misspelling, and
ignoring it would drop what the user typed); a bad value is an error for its row only.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from skillhire.errors import InvalidFileError, InvalidRowError

__all__ = ["posting_columns", "posting_from_row", "read_posting_rows"]

_SALARY_COLUMNS = {
    "salary.min": "min",
    "salary.max": "max",
    "salary.per": "per",
    "salary.currency": "currency",
}


def _normalise(header: str) -> str:
    text = re.sub(r"[\s\-]+", "_", str(header).strip().lower())
    return re.sub(r"^salary_(min|max|per|currency)$", r"salary.\1", text)


def posting_columns() -> list[str]:
    """The column names a posting spreadsheet may use, sorted.

    Example:
        >>> "salary.min" in posting_columns() and "title" in posting_columns()
        True
    """
    from skillhire.posting import JobPosting

    fields = [
        name for name in JobPosting.model_fields if name not in ("salary", "extra_fields", "extra_sections")
    ]
    return sorted([*fields, *_SALARY_COLUMNS])


def read_posting_rows(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Read a posting spreadsheet (xlsx, xlsm, csv or tsv): ``(row number, {column: value})`` per data row.

    The file is read by :func:`skillhire.spreadsheets.read_rows`, with its checks (zip bombs, XML entity
    expansion, encodings, a header below title rows). Row numbers are as the spreadsheet shows them.
    Entirely blank rows are skipped.

    Raises:
        InvalidFileError: the file is missing, empty, of another kind, corrupt, has no header, or has a
            column that is not a posting field (the message lists the valid ones).
    """
    from skillhire.spreadsheets import read_rows

    valid = posting_columns()
    table = read_rows(path, columns=valid)
    unknown = [header for column, header in table.headers.items() if column not in valid]
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(_normalise(name), valid, n=1)
            hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise InvalidFileError(
            path,
            f"has columns that are not posting fields: {', '.join(hints)}. Valid columns: {', '.join(valid)}",
        )
    if "title" not in table.headers:
        raise InvalidFileError(path, "has no 'title' column; every posting needs a title")
    headers = dict(table.headers)
    for row in table.rows:
        record = {column: row[column] for column in headers if _present(row[column])}
        if record:
            yield row.row, {**record, "_columns": headers}


def posting_from_row(
    record: Mapping[str, Any], *, row_number: int, sheet: str | None = None
) -> tuple[Any, list[InvalidRowError]]:
    """Validate one row into a :class:`~skillhire.posting.JobPosting`.

    Args:
        record: ``{column: value}``; column names as in :func:`posting_columns` (case, spaces and hyphens
            do not matter).
        row_number: The row's number as the spreadsheet shows it, for error messages.
        sheet: The file or sheet name, for error messages.

    Returns:
        ``(posting, [])``, or ``(None, errors)`` with one :class:`InvalidRowError` per problem.

    Example:
        >>> row = {"Title": "Data Scientist", "Salary Min": "99,200"}
        >>> posting, errors = posting_from_row(row, row_number=2)
        >>> posting.salary.min, errors
        (99200.0, [])
    """
    from skillhire.posting import WRITTEN, JobPosting, validation_problem

    headers: dict[str, str] = dict(record.get("_columns", {}))
    data: dict[str, Any] = {}
    salary: dict[str, Any] = {}
    errors: list[InvalidRowError] = []
    for key, value in record.items():
        if key == "_columns":
            continue
        column = _normalise(key)
        headers.setdefault(column, str(key))
        if not _present(value):
            continue
        if column in _SALARY_COLUMNS:
            salary[_SALARY_COLUMNS[column]] = _cell_number(value)
            continue
        if column not in JobPosting.model_fields:
            errors.append(InvalidRowError(row_number, str(key), "is not a posting field", sheet=sheet))
            continue
        try:
            data[column] = _cell_value(column, value)
        except ValueError as error:
            errors.append(InvalidRowError(row_number, headers[column], str(error), sheet=sheet))
    if salary:
        data["salary"] = salary
    if errors:
        return None, errors
    try:
        return JobPosting.model_validate(data, context=WRITTEN), []
    except ValidationError as error:
        for item in error.errors():
            loc = [str(part) for part in item["loc"]]
            column = None
            if loc and loc[0] == "salary" and len(loc) > 1 and f"salary.{loc[1]}" in headers:
                column = headers[f"salary.{loc[1]}"]
            elif loc:
                column = headers.get(loc[0], loc[0])
            errors.append(InvalidRowError(row_number, column, validation_problem(item), sheet=sheet))
        return None, errors


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _cell_number(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("$", "")
        try:
            return float(text)
        except ValueError:
            return value.strip()
    return value


def _cell_value(column: str, value: Any) -> Any:
    if column == "participating_agencies":
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError as error:
                raise ValueError(f"must be a JSON list of agencies ({error.msg})") from None
        return value
    if column == "duties" and isinstance(value, str):
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        if len(lines) > 1 and not any(re.match(r"^([-*\u2022]|\d{1,2}[.)])\s", line) for line in lines):
            return lines
        return value
    if isinstance(value, dt.datetime) and column in ("open_date", "close_date"):
        return value.date()
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)) and column not in ("open_date", "close_date"):
        return str(value)
    return value
