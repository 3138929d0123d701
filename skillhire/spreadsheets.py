"""Reading applicant and rating tables from xlsx, xlsm, csv and tsv files, losing no row.

:func:`read_rows` is the one reader: it finds the header row (even below title rows), matches columns to
canonical names case-, space- and punctuation-insensitively (through aliases and the user's column
mapping), and returns every data row with the sheet and row number Excel shows for it, plus a row error
for each row it cannot use. ``rows read = rows kept + rows rejected``, always; blank rows are counted apart.

Reader choice, on figures measured by ``benchmarks/bench_score.py`` on this project's machines:
python-calamine (Rust) reads an xlsx about 8 times faster than openpyxl's read-only mode, so it is the
default; ``engine="openpyxl"`` streams with bounded memory for a workbook too large to hold at once, and
calls ``reset_dimensions()`` first, because openpyxl's read-only mode otherwise trusts the sheet's stored
``<dimension>`` and silently returns a short read when it is wrong. Either way, :func:`skillhire.safety.
inspect_file` checks the file before a reader opens it (zip bomb, entity expansion, wrong suffix,
password-protected or corrupt workbook). CSV and TSV use the standard library's csv module, streaming;
each line is decoded as UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252 (what
Excel writes for "CSV" on Windows). Inputs are opened for reading only.

Cell values come back as Excel holds them: text (stripped of surrounding spaces; empty text is ``None``),
``int`` for whole numbers (``12.0`` in a cell is ``12``), ``float``, ``bool``, ``datetime.date`` /
``datetime.datetime`` for date-formatted cells, and the last saved value of a formula (a formula never
calculated, as in a file written by a script and never opened in Excel, reads as empty). Numbers stored as
text stay text, and a date typed as a bare serial number (no date format) stays a number; the pydantic
row models of :mod:`skillhire.applicants` coerce them.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import itertools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire.errors import (
    InvalidFileError,
    MissingColumnError,
    SkillhireWarning,
    UnknownNameError,
    UnsafeFileError,
)
from skillhire.safety import ReadLimits, file_sha256, inspect_file

__all__ = [
    "CellValue",
    "ReadCounts",
    "RowError",
    "RowsRead",
    "RowStream",
    "SheetRow",
    "column_letter",
    "iter_rows",
    "normalise_header",
    "read_rows",
]

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
Engine = Literal["calamine", "openpyxl"]


def normalise_header(text: object) -> str:
    """The form headers are compared in: case-folded, with spaces, underscores and punctuation removed.

    Example:
        >>> normalise_header("  Applicant_ID ")
        'applicantid'
        >>> normalise_header("Applicant  Id.") == normalise_header("applicant-id")
        True
    """
    return re.sub(r"[\W_]+", "", str(text).casefold())


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column index.

    Example:
        >>> column_letter(0), column_letter(25), column_letter(26), column_letter(701)
        ('A', 'Z', 'AA', 'ZZ')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetRow:
    """One data row: the sheet it is on, its row number as Excel shows it, and its values by column.

    A light class (not a pydantic model) because a file may hold millions of rows: the rows of a table
    share one tuple of column names and each keeps a tuple of its cells. ``values`` maps each column
    (canonical name where matched, else the header as written) to its cell value.

    Example:
        >>> row = SheetRow("Applicants", 7, {"applicant_id": "A-1"})
        >>> row["applicant_id"], row.get("email"), row
        ('A-1', None, SheetRow('Applicants', 7, {'applicant_id': 'A-1'}))
    """

    __slots__ = ("_cells", "_keys", "row", "sheet")

    def __init__(self, sheet: str, row: int, values: Mapping[str, CellValue]) -> None:
        self.sheet = sheet
        self.row = row
        self._keys = tuple(values)
        self._cells = tuple(values.values())

    @classmethod
    def _of(cls, sheet: str, row: int, keys: tuple[str, ...], cells: tuple[CellValue, ...]) -> SheetRow:
        self = cls.__new__(cls)
        self.sheet = sheet
        self.row = row
        self._keys = keys
        self._cells = cells
        return self

    @property
    def values(self) -> dict[str, CellValue]:
        """The row's values by column, in column order (a new dict each time)."""
        return dict(zip(self._keys, self._cells))

    def __getitem__(self, column: str) -> CellValue:
        try:
            return self._cells[self._keys.index(column)]
        except ValueError:
            raise KeyError(column) from None

    def get(self, column: str, default: CellValue = None) -> CellValue:
        """The value in ``column``, or ``default`` when the row has no such column or it is empty."""
        try:
            value = self._cells[self._keys.index(column)]
        except ValueError:
            return default
        return default if value is None else value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SheetRow):
            return NotImplemented
        return (self.sheet, self.row, self.values) == (other.sheet, other.row, other.values)

    __hash__ = None  # type: ignore[assignment]  # equality by value

    def __repr__(self) -> str:
        return f"SheetRow({self.sheet!r}, {self.row}, {self.values!r})"


class RowError(BaseModel):
    """Why one row (or one cell of it) cannot be used; the rest of the table still is.

    Example:
        >>> str(RowError(sheet="Applicants", row=14, column="applicant_id", message="is empty"))
        "Applicants, row 14, column 'applicant_id': is empty"
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    sheet: str | None = Field(None, description="The sheet (or CSV file name) the row is on.")
    row: int = Field(
        description="The row number as Excel shows it (1-based, counting title and header rows)."
    )
    column: str | None = Field(None, description="The column at fault, or None when the whole row is.")
    message: str = Field(description="What is wrong, in words (never the cell's content).")

    def __str__(self) -> str:
        where = f"{self.sheet}, " if self.sheet else ""
        col = f", column {self.column!r}" if self.column else ""
        return f"{where}row {self.row}{col}: {self.message}"


class ReadCounts(BaseModel):
    """How many rows a read found: ``rows_read == rows_kept + rows_rejected``; blank rows are apart.

    Example:
        >>> ReadCounts(rows_read=10, rows_kept=9, rows_rejected=1, blank_rows=2).rows_read
        10
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    rows_read: int = Field(description="Data rows found below the header (blank rows not counted).")
    rows_kept: int = Field(description="Rows returned in `rows`.")
    rows_rejected: int = Field(description="Rows returned in `rejected`, each with at least one row error.")
    blank_rows: int = Field(description="Rows with no value at all, skipped and not counted as read.")


class RowsRead(BaseModel):
    """Everything :func:`read_rows` found in one sheet or file.

    Example:
        >>> result = read_rows("applicants.csv", required=["applicant_id"])  # doctest: +SKIP
        >>> result.counts  # doctest: +SKIP
        ReadCounts(rows_read=3, rows_kept=3, rows_rejected=0, blank_rows=0)
    """

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    source: str = Field(description="The file as given, or '<rows>' for in-memory rows.")
    sheet: str = Field(description="The sheet read (a CSV file's name for CSV and TSV).")
    header_row: int = Field(description="The header's row number as Excel shows it.")
    headers: dict[str, str] = Field(
        description="Each key of the row values, in column order, mapped to its header as written in the file."
    )
    rows: list[SheetRow] = Field(description="The rows kept, in file order.")
    rejected: list[SheetRow] = Field(description="The rows rejected (see `errors`), in file order.")
    errors: list[RowError] = Field(
        description="One error per problem found; a rejected row has at least one."
    )
    blank_rows: int = Field(0, description="Rows with no value at all, skipped.")
    reader: str = Field(description="What read the file: 'calamine', 'openpyxl', 'csv' or 'rows'.")
    encoding: str | None = Field(None, description="The text encoding detected, for CSV and TSV.")
    sha256: str | None = Field(None, description="SHA-256 of the file's bytes, for the audit trail.")

    @property
    def columns(self) -> list[str]:
        """The keys of the row values, in column order."""
        return list(self.headers)

    @property
    def counts(self) -> ReadCounts:
        """Rows read, kept, rejected, and blank."""
        return ReadCounts(
            rows_read=len(self.rows) + len(self.rejected),
            rows_kept=len(self.rows),
            rows_rejected=len(self.rejected),
            blank_rows=self.blank_rows,
        )


def read_rows(
    source: str | Path | Iterable[Mapping[str, Any]],
    *,
    columns: Iterable[str] | None = None,
    required: Iterable[str] = (),
    aliases: Mapping[str, Iterable[str]] | None = None,
    column_map: Mapping[str, str] | None = None,
    unique: Sequence[str] = (),
    sheet: str | int | None = None,
    max_rows: int | None = None,
    engine: Engine = "calamine",
    strip: bool = True,
    limits: ReadLimits | None = None,
) -> RowsRead:
    """Read every row of an xlsx, xlsm, csv or tsv file (or an iterable of dicts), matching its columns.

    Args:
        source: A path, or an iterable of dicts (one per row, keys are headers; row numbers count from 2
            as if row 1 held the headers).
        columns: Canonical column names to match headers to. A header matches a name, or one of the name's
            ``aliases``, when both are equal after :func:`normalise_header` ("Applicant ID" matches
            ``applicant_id``). Other columns are kept under their header as written.
        required: Columns that must be present; a row whose value there is empty is rejected.
        aliases: Other headers accepted for a canonical column, ``{"applicant_id": ["Application Number"]}``.
        column_map: The user's own mapping, header in the file -> column name, applied first
            (``{"Cand No": "applicant_id"}``); a header named here that the file lacks is an error.
        unique: Columns whose values together must be unique (``("applicant_id",)``). Every row sharing a
            value with another is rejected, each error naming the other rows: skillhire never picks one.
        sheet: Sheet name or 0-based index; default: the first visible worksheet that has the required
            columns (the first worksheet when none is required). Ignored for CSV and TSV.
        max_rows: Most data rows accepted (default ``limits.max_rows``); more raises, never a short read.
        engine: xlsx reader: ``"calamine"`` (fast, default) or ``"openpyxl"`` (streaming, bounded memory).
        strip: Strip spaces around text values (and read whitespace-only text as empty).
        limits: Safety limits (:class:`skillhire.safety.ReadLimits`).

    Returns:
        A :class:`RowsRead` with rows kept, rows rejected, row errors, and counts.

    Raises:
        InvalidFileError: missing, empty, corrupt, password-protected, wrong-suffix file; no header row.
        MissingColumnError: a required column (or a ``column_map`` header) is not in the file.
        UnsafeFileError: zip bomb, XML entity declarations, more rows than allowed.
        UnknownNameError: no sheet by that name or index.

    Example:
        >>> result = read_rows("applicants.xlsx", columns=["applicant_id", "email"],
        ...                    required=["applicant_id"], unique=["applicant_id"])  # doctest: +SKIP
        >>> result.rows[0]  # doctest: +SKIP
        SheetRow('Applicants', 3, {'applicant_id': 'A-1', 'email': 'ann@example.gov'})
    """
    limits = limits or ReadLimits()
    if max_rows is not None:
        limits = limits.model_copy(update={"max_rows": max_rows})
    matcher = _ColumnMatcher(columns, required, aliases, column_map)
    if engine not in ("calamine", "openpyxl"):
        raise UnknownNameError("spreadsheet engine", engine, ["calamine", "openpyxl"])
    if not isinstance(source, (str, Path)):
        return _collect(
            "<rows>",
            _dict_tables(source),
            matcher,
            unique,
            limits,
            strip,
            reader="rows",
            encoding=None,
            sha256=None,
        )
    path = Path(source)
    kind = inspect_file(path, limits=limits)
    sha256 = file_sha256(path)
    if kind == "xlsx":
        tables = _xlsx_tables(path, sheet, engine)
        collected = _collect(
            str(source), tables, matcher, unique, limits, strip, reader=engine, encoding=None, sha256=sha256
        )
        _warn_uncalculated(path, collected.sheet, stacklevel=2)
        return collected
    text = _CsvText(path)
    delimiter = "\t" if kind == "tsv" else _sniff_delimiter(path, text, matcher)
    table = (path.name, _csv_rows(path, text, delimiter, limits))
    result = _collect(
        str(source), iter([table]), matcher, unique, limits, strip, reader="csv", encoding=None, sha256=sha256
    )
    encoding = text.encoding_name()
    if text.mixed:
        warnings.warn(
            f"{path}: mixed text encodings: {text.mixed} line(s) were Windows-1252 among UTF-8 lines; "
            "each line was decoded on its own, check names with accents",
            SkillhireWarning,
            stacklevel=2,
        )
    return result.model_copy(update={"encoding": encoding})


class RowStream:
    """A table whose header row :func:`iter_rows` has found: iterate it once for its data rows, in order.

    Each item is ``(row, errors)``: a :class:`SheetRow` as :func:`read_rows` returns it, and the
    :class:`RowError` s found in that row alone (empty for a row :func:`read_rows` keeps). Blank rows are
    counted, not yielded. The counts are final once the rows are all iterated:
    ``rows_read == rows_kept + rows_rejected``. Duplicate checks (``unique``) need every row at once, so
    they are :func:`read_rows`' alone.

    Example:
        >>> stream = iter_rows("ratings.csv", required=["applicant_id"])  # doctest: +SKIP
        >>> kept = sum(1 for row, errors in stream if not errors)  # doctest: +SKIP
        >>> stream.counts.rows_read == stream.counts.rows_kept + stream.counts.rows_rejected  # doctest: +SKIP
        True
    """

    def __init__(
        self, source: str, sheet: str, table: _OpenTable, reader: str, sha256: str | None,
        text: _CsvText | None, finish: Callable[[], None],
    ) -> None:  # fmt: skip
        self.source = source
        self.sheet = sheet
        self.header_row = table.header_row
        self.reader = reader
        self.sha256 = sha256
        self._table = table
        self._text = text
        self._finish = finish
        self._rows = self._iterate()

    def _iterate(self) -> Iterator[tuple[SheetRow, tuple[RowError, ...]]]:
        try:
            yield from self._table.rows
        finally:
            self._finish()

    def __iter__(self) -> Iterator[tuple[SheetRow, tuple[RowError, ...]]]:
        return self._rows

    def close(self) -> None:
        """Stop reading (closes the file); iterating to the end closes it too."""
        self._rows.close()

    @property
    def headers(self) -> dict[str, str]:
        """Each key of the row values, in column order, mapped to its header as written (grows when data
        appears under no header, as :attr:`RowsRead.headers` does)."""
        return self._table.ordered_headers()

    @property
    def columns(self) -> list[str]:
        """The keys of the row values, in column order."""
        return list(self.headers)

    @property
    def encoding(self) -> str | None:
        """The text encoding detected, for CSV and TSV (final once the rows are all read)."""
        return self._text.encoding_name() if self._text is not None else None

    @property
    def counts(self) -> ReadCounts:
        """Rows read, kept, rejected, and blank, so far (final once the rows are all iterated)."""
        table = self._table
        return ReadCounts(
            rows_read=table.data_rows,
            rows_kept=table.data_rows - table.rejected_rows,
            rows_rejected=table.rejected_rows,
            blank_rows=table.blank_rows,
        )


def iter_rows(
    source: str | Path | Iterable[Mapping[str, Any]],
    *,
    columns: Iterable[str] | None = None,
    required: Iterable[str] = (),
    aliases: Mapping[str, Iterable[str]] | None = None,
    column_map: Mapping[str, str] | None = None,
    sheet: str | int | None = None,
    max_rows: int | None = None,
    engine: Engine = "calamine",
    strip: bool = True,
    limits: ReadLimits | None = None,
) -> RowStream:
    """:func:`read_rows`, one row at a time: the header is found now, the data rows as they are iterated.

    The same header search, column matching, row numbers, row errors and counts as :func:`read_rows`
    (which is this function with every row collected, plus the ``unique`` check), without holding the
    rows: for a table too large to hold, such as a million rating rows. A file problem (missing, unsafe,
    no header, a required column missing) raises here; one found further down (more rows than
    ``max_rows``, a corrupt CSV line) raises while iterating.

    Args:
        source: As :func:`read_rows`.
        columns: As :func:`read_rows`.
        required: As :func:`read_rows`.
        aliases: As :func:`read_rows`.
        column_map: As :func:`read_rows`.
        sheet: As :func:`read_rows`.
        max_rows: As :func:`read_rows`.
        engine: As :func:`read_rows`.
        strip: As :func:`read_rows`.
        limits: As :func:`read_rows`.

    Returns:
        A :class:`RowStream`: header row, headers, and the rows to iterate once.

    Raises:
        InvalidFileError: as :func:`read_rows`.
        MissingColumnError: as :func:`read_rows`.
        UnsafeFileError: as :func:`read_rows` (more rows than allowed: while iterating).
        UnknownNameError: as :func:`read_rows`.

    Example:
        >>> stream = iter_rows([{"Applicant ID": "A-1"}, {"Applicant ID": None}], columns=["applicant_id"],
        ...                    required=["applicant_id"])
        >>> [(row.row, [error.message for error in errors]) for row, errors in stream]
        [(2, []), (3, ['required value is empty'])]
        >>> stream.counts
        ReadCounts(rows_read=2, rows_kept=1, rows_rejected=1, blank_rows=0)
    """
    limits = limits or ReadLimits()
    if max_rows is not None:
        limits = limits.model_copy(update={"max_rows": max_rows})
    matcher = _ColumnMatcher(columns, required, aliases, column_map)
    if engine not in ("calamine", "openpyxl"):
        raise UnknownNameError("spreadsheet engine", engine, ["calamine", "openpyxl"])
    if not isinstance(source, (str, Path)):
        label, tables, reader, sha256, text = "<rows>", _dict_tables(source), "rows", None, None
    else:
        path = Path(source)
        kind = inspect_file(path, limits=limits)
        sha256 = file_sha256(path)
        label = str(source)
        if kind == "xlsx":
            tables, reader, text = _xlsx_tables(path, sheet, engine), engine, None
        else:
            text = _CsvText(path)
            delimiter = "\t" if kind == "tsv" else _sniff_delimiter(path, text, matcher)
            tables, reader = iter([(path.name, _csv_rows(path, text, delimiter, limits))]), "csv"
    found = _open_first(label, tables, matcher, limits, strip)

    def finish() -> None:
        close = getattr(tables, "close", None)
        if close is not None:
            close()
        if text is not None and text.mixed:
            warnings.warn(
                f"{label}: mixed text encodings: {text.mixed} line(s) were Windows-1252 among UTF-8 lines; "
                "each line was decoded on its own, check names with accents",
                SkillhireWarning,
                stacklevel=3,
            )

    if found is None:  # no rows at all (an empty iterable of dicts)
        empty = _OpenTable(label, 1, _Layout([], {}, []), lambda table: iter(()))
        return RowStream(label, label, empty, reader, sha256, text, finish)
    sheet_name, table = found
    if reader in ("calamine", "openpyxl"):
        _warn_uncalculated(Path(label), sheet_name, stacklevel=2)
    return RowStream(label, sheet_name, table, reader, sha256, text, finish)


def _open_first(
    source: str, tables: Iterator[_Table], matcher: _ColumnMatcher, limits: ReadLimits, strip: bool
) -> tuple[str, _OpenTable] | None:
    """The first table (sheet) with a header row, as :func:`read_rows` picks it; None for no rows at all
    from an iterable of dicts."""
    first_problem: Exception | None = None
    searched: list[str] = []
    for sheet_name, numbered in tables:
        searched.append(sheet_name)
        try:
            return sheet_name, _open_table(source, sheet_name, numbered, matcher, limits, strip)
        except _NoHeaderHere as problem:
            first_problem = first_problem or problem.error
    if first_problem is None:
        if source == "<rows>":
            return None
        raise InvalidFileError(source, "has no worksheet")
    if len(searched) > 1 and isinstance(first_problem, InvalidFileError):
        raise type(first_problem)(
            source, f"{first_problem.problem} (sheets searched: {', '.join(searched)})"
        ) from None
    raise first_problem


# --------------------------------------------------------------------------------------------- matching


class _ColumnMatcher:
    def __init__(
        self,
        columns: Iterable[str] | None,
        required: Iterable[str],
        aliases: Mapping[str, Iterable[str]] | None,
        column_map: Mapping[str, str] | None,
    ) -> None:
        self.required = list(dict.fromkeys(required))
        self.columns = list(dict.fromkeys([*(columns or ()), *self.required]))
        self.aliases = {name: list(aliases.get(name, ())) if aliases else [] for name in self.columns}
        self.column_map = dict(column_map or {})
        # header (normalised) -> (column, priority): the name itself 0, its aliases 1, 2, ... in list order
        lookup: dict[str, tuple[str, int]] = {}
        for name in self.columns:
            for priority, header in enumerate([name, *self.aliases[name]]):
                key = normalise_header(header)
                if key not in lookup or priority < lookup[key][1]:
                    lookup[key] = (name, priority)
        self.lookup = {key: name for key, (name, _) in lookup.items()}
        self.priority = {key: priority for key, (_, priority) in lookup.items()}
        self.user = {normalise_header(header): target for header, target in self.column_map.items()}
        known = {normalise_header(name): name for name in self.columns}
        for target in self.column_map.values():
            # a name no column has renames an extra column; one a letter or two from a column's name is a typo
            # ("first_name=frist_name"), which would leave the column it meant missing or silently unread
            if self.columns and target not in self.columns and (
                    normalise_header(target) in known
                    or difflib.get_close_matches(normalise_header(target), list(known), n=1, cutoff=0.8)):
                raise UnknownNameError(
                    "column to map to", target, self.columns,
                    hint="column_map (--column-map HEADER=COLUMN) maps a header to one of these names, or to a "
                         "name of your own that is not close to one",
                )

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """The words headers are made of here: the common ones and those of every name and alias (error path only)."""
        return _COMMON_HEADER_WORDS | {
            word for header in [*self.columns, *(a for names in self.aliases.values() for a in names),
                                *self.column_map, *self.column_map.values()]
            for word in _header_words(header)
        }

    def header_like(self, text: str) -> bool:
        """Whether every word of a header cell is a word headers are made of ("Mail", "Submitted Date"): a cell
        that is not ("Alex", "Haddad") is never echoed in an error from a row no known header was found in."""
        words = _header_words(text)
        return bool(words) and all(word in self.vocabulary or word.isdigit() for word in words) and not all(
            word.isdigit() for word in words)

    def score(self, cells: Sequence[CellValue]) -> int:
        found = set()
        for cell in cells:
            if isinstance(cell, str) and cell.strip():
                key = normalise_header(cell)
                name = self.user.get(key) or self.lookup.get(key)
                if name:
                    found.add(name)
        return len(found)

    def has_required(self, cells: Sequence[CellValue]) -> bool:
        names = {
            self.user.get(k) or self.lookup.get(k)
            for k in (normalise_header(c) for c in cells if c is not None)
        }
        return all(name in names for name in self.required)

    def keys(self, source: str, cells: Sequence[CellValue]) -> tuple[list[str | None], dict[str, str]]:
        """Map header cells to row-value keys; ``None`` for a blank header (data there gets a letter)."""
        texts = [_header_text(cell) for cell in cells]
        # every header that matches a known column, with its priority (the user's column_map first)
        claims: dict[str, list[tuple[int, int]]] = {}
        used_user = set()
        for index, text in enumerate(texts):
            if not text:
                continue
            normal = normalise_header(text)
            if normal in self.user:
                used_user.add(normal)
                claims.setdefault(self.user[normal], []).append((-1, index))
            elif normal in self.lookup:
                claims.setdefault(self.lookup[normal], []).append((self.priority[normal], index))
        winner: dict[int, str] = {}
        for name, found in claims.items():
            found.sort()
            if len(found) > 1 and found[0][0] == found[1][0]:
                raise InvalidFileError(
                    source,
                    f"columns {column_letter(found[0][1])} and {column_letter(found[1][1])} both match column "
                    f"{name!r}; remove one or map them apart with column_map (--column-map)",
                )
            winner[found[0][1]] = name  # the others stay, under their own header
        keys: list[str | None] = []
        headers: dict[str, str] = {}
        for index, text in enumerate(texts):
            if not text:
                keys.append(None)
                continue
            name = winner.get(index, text)
            if name in headers:  # the same header text twice (or equal to a matched column's name)
                name = f"{text} ({column_letter(index)})"
            keys.append(name)
            headers[name] = text
        missing_user = [header for header in self.column_map if normalise_header(header) not in used_user]
        if missing_user:
            raise MissingColumnError(
                source,
                f"column_map names header(s) {', '.join(repr(h) for h in missing_user)} that the header row does "
                f"not have; headers found: {', '.join(headers.values()) or '(none)'}",
            )
        missing = [name for name in self.required if name not in headers]
        if missing:
            parts = []
            for name in missing:
                accepted = ", ".join(dict.fromkeys([name, *self.aliases.get(name, [])]))
                parts.append(f"{name!r} (headers accepted: {accepted})")
            if winner or not headers:
                found = f"headers found: {', '.join(headers.values()) or '(none)'}"
            elif _looks_like_data(texts):  # no known header, and an email or a number: the first data row
                found = (
                    f"no cell of the header row is a header skillhire knows, so the header row may be missing "
                    f"(its {len(headers)} cells are not shown: they may be applicant data)"
                )
            else:  # no known header: echo only cells made of header words; a row of names ("Alex, Haddad")
                # may be the first applicant, and errors never carry applicant data
                shown = [text for text in headers.values() if self.header_like(text)]
                hidden = len(headers) - len(shown)
                cells = f"{hidden} cell{'s' if hidden != 1 else ''}"
                if not shown:
                    found = (f"no cell of the header row is a header skillhire knows (its {cells} "
                             f"{'are' if hidden != 1 else 'is'} not shown: the row may be an applicant's data)")
                elif hidden:
                    found = (f"headers found: {', '.join(shown)} and {hidden} other {cells.split()[1]} not shown "
                             f"(no header skillhire knows is in the row, so it may be an applicant's data)")
                else:
                    found = f"headers found: {', '.join(shown)}"
            raise MissingColumnError(
                source,
                f"missing required column {'; '.join(parts)}; {found}; map a header with column_map (--column-map)",
            )
        return keys, headers


#: Words column headers are made of, beyond the names and aliases a reader is given: a header cell made only of these
#: (and numbers) is echoed in a missing-column error even when no header is known; any other cell may be applicant
#: data and is counted, not shown.
_COMMON_HEADER_WORDS = frozenset(
    "a about address agency all applicant applicants application applied apply area assessment birth candidate case "
    "category cell certificate city code column comment comments contact country county current date day degree "
    "department description disability division e education email employee employment end ethnicity experience "
    "fax field first flag full gender given grade group hire hired home hours id identifier in info information "
    "job key last level line location mail middle mobile name names no note notes number of office on or org "
    "organization other pay person phone place points position postal preference program question rank rater "
    "rating reason received record reference region remarks result review round row salary schedule school score "
    "series sex source start state status street submission submitted surname tel telephone time title to total "
    "type unit updated user value veteran veterans vet year years zip".split()
)


def _header_words(text: str) -> list[str]:
    """The words of a header, split at punctuation, spaces and camelCase: 'ApplicantID' -> ['applicant', 'id']."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(text))
    return re.findall(r"[a-z]+|\d+", spaced.casefold())


_DATA_LIKE = re.compile(r"[\d\s.,;:/$%+-]*\d[\d\s.,;:/$%+-]*")


def _looks_like_data(texts: Sequence[str]) -> bool:
    """Whether a row taken for the header holds an email address or a bare number or date: data, not headers."""
    return any("@" in text or _DATA_LIKE.fullmatch(text) for text in texts if text)


def _header_text(cell: CellValue) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).split())


# ----------------------------------------------------------------------------------------------- collect

_Table = tuple[str, Iterator[tuple[int, Sequence[CellValue]]]]


def _collect(
    source: str,
    tables: Iterator[_Table],
    matcher: _ColumnMatcher,
    unique: Sequence[str],
    limits: ReadLimits,
    strip: bool,
    *,
    reader: str,
    encoding: str | None,
    sha256: str | None,
) -> RowsRead:
    found = _open_first(source, tables, matcher, limits, strip)
    if found is None:
        return RowsRead.model_construct(
            source=source,
            sheet=source,
            header_row=1,
            headers={},
            rows=[],
            rejected=[],
            errors=[],
            blank_rows=0,
            reader=reader,
            encoding=None,
            sha256=None,
        )
    sheet_name, opened = found
    rows: list[SheetRow] = []
    errors_by_row: dict[int, list[RowError]] = {}
    for row, problems in opened.rows:
        if problems:
            errors_by_row[len(rows)] = list(problems)
        rows.append(row)
    if unique:
        _find_duplicates(rows, list(unique), sheet_name, errors_by_row)
    kept: list[SheetRow] = []
    rejected: list[SheetRow] = []
    errors: list[RowError] = []
    for index, row in enumerate(rows):
        problems = errors_by_row.get(index)
        if problems:
            rejected.append(row)
            errors.extend(problems)
        else:
            kept.append(row)
    return RowsRead.model_construct(
        source=source,
        sheet=sheet_name,
        header_row=opened.header_row,
        headers=opened.ordered_headers(),
        rows=kept,
        rejected=rejected,
        errors=errors,
        blank_rows=opened.blank_rows,
        reader=reader,
        encoding=encoding,
        sha256=sha256,
    )


class _NoHeaderHere(Exception):
    def __init__(self, error: Exception) -> None:
        self.error = error


class _OpenTable:
    """One table whose header row is found and matched; ``rows`` yields each data row once, in order.

    ``rows`` yields ``(row, errors)``: the row as :func:`read_rows` keeps it, and the row errors found in it
    alone (a required value empty); blank rows are counted in ``blank_rows``, not yielded.
    """

    def __init__(
        self, label: str, header_row: int, layout: _Layout, rows_from: Callable[[_OpenTable], Iterator[Any]]
    ) -> None:
        self.label = label
        self.header_row = header_row
        self.layout = layout
        self.blank_rows = 0
        self.data_rows = 0
        self.rejected_rows = 0
        self.rows: Iterator[tuple[SheetRow, tuple[RowError, ...]]] = rows_from(self)

    def ordered_headers(self) -> dict[str, str]:
        headers = self.layout.headers
        return {key: headers[key] for key in self.layout.keys if key is not None and key in headers}


def _open_table(
    source: str,
    sheet_name: str,
    numbered: Iterator[tuple[int, Sequence[CellValue]]],
    matcher: _ColumnMatcher,
    limits: ReadLimits,
    strip: bool,
) -> _OpenTable:
    """Find and match the header row now (raising ``_NoHeaderHere`` when this table has none); the data
    rows are read as the returned table's ``rows`` are iterated."""
    label = (
        source if sheet_name == Path(source).name or source == "<rows>" else f"{source} (sheet {sheet_name})"
    )
    # 1. find the header row among the first non-blank rows (blank and title rows above it are not data)
    window: list[tuple[int, Sequence[CellValue]]] = []
    header_at: int | None = None
    seen = 0
    for number, cells in numbered:
        window.append((number, cells))
        if _is_blank(cells):
            continue
        seen += 1
        if matcher.required and matcher.has_required(cells):
            header_at = len(window) - 1
            break
        if seen >= limits.header_search_rows:
            break
    candidates = [index for index, (_, cells) in enumerate(window) if not _is_blank(cells)]
    if not candidates:
        raise _NoHeaderHere(InvalidFileError(label, "has no rows at all (no header row)"))
    if header_at is None:
        header_at = candidates[_best_header([window[i] for i in candidates], matcher)]
    header_number, header_cells = window[header_at]
    try:
        keys, headers = matcher.keys(label, header_cells)
    except MissingColumnError as error:
        raise _NoHeaderHere(error) from None
    remaining = window[header_at + 1 :]
    del window
    # The row's cells at the named columns, in order; unnamed columns are watched for data (which gets a
    # letter name). Rows share one tuple of names until a new column appears.
    layout = _Layout(keys, headers, matcher.required)

    def rows_from(table: _OpenTable) -> Iterator[tuple[SheetRow, tuple[RowError, ...]]]:
        # Short texts repeat (codes, grades, agencies, raters): equal ones are one string, from a table that
        # lives as long as this reading and holds at most _SHARED_TEXTS of them (the first seen). Not
        # sys.intern: the interpreter's table of interned strings never shrinks, and with one id and one
        # email per row it grew by about 0.15 KB per row for the rest of the run.
        intern = _SharedTexts().__getitem__

        no_errors: tuple[RowError, ...] = ()
        for number, cells in itertools.chain(remaining, numbered):
            watched = layout.watch(cells)
            if watched:  # data under no header: the column gets a letter name from here on
                layout.grow(cells)
            size = len(cells)
            if strip and size == layout.width and layout.contiguous:  # the common case, in one comprehension
                cells_tuple = tuple(
                    ((intern(text) if len(text) <= 32 else text) if (text := cell.strip()) else None)
                    if cell.__class__ is str
                    else (None if cell is None else _clean(cell, strip))
                    for cell in cells
                )
            else:
                values = []
                for index in layout.positions:
                    if index < size:
                        cell = cells[index]
                        if cell.__class__ is str:
                            if strip:
                                cell = cell.strip()
                            cell = (intern(cell) if len(cell) <= 32 else cell) if cell else None
                        elif cell is not None:
                            cell = _clean(cell, strip)
                        values.append(cell)
                    else:
                        values.append(None)
                cells_tuple = tuple(values)
            blank = cells_tuple.count(None) == len(cells_tuple) if strip else _is_blank(cells)
            if blank and not watched:
                table.blank_rows += 1
                continue
            table.data_rows += 1
            if table.data_rows > limits.max_rows:
                raise UnsafeFileError(
                    label,
                    f"has more than {limits.max_rows:,} data rows (ReadLimits.max_rows / max_rows); refused",
                )
            problems = no_errors
            for name, position in layout.required:
                if cells_tuple[position] is None:
                    problems = (
                        *problems,
                        RowError(sheet=sheet_name, row=number, column=name, message="required value is empty"),
                    )
            if problems:
                table.rejected_rows += 1
            yield SheetRow._of(sheet_name, number, layout.names, cells_tuple), problems

    return _OpenTable(label, header_number, layout, rows_from)


class _Layout:
    """Which cells of a row are kept, under which names; grows when data appears in an unnamed column."""

    def __init__(self, keys: list[str | None], headers: dict[str, str], required: list[str]) -> None:
        self.keys = keys
        self.headers = headers
        self.required_names = required
        self._update()

    def _update(self) -> None:
        self.positions = [index for index, key in enumerate(self.keys) if key is not None]
        self.names = tuple(self.keys[index] for index in self.positions)  # type: ignore[misc]
        self.unnamed = [index for index, key in enumerate(self.keys) if key is None]
        self.width = len(self.keys)
        self.required = [(name, self.names.index(name)) for name in self.required_names if name in self.names]
        self.contiguous = self.positions == list(range(self.width))

    def watch(self, cells: Sequence[CellValue]) -> bool:
        """Whether the row has data where no column is named yet."""
        size = len(cells)
        for index in self.unnamed:
            if index < size and not _empty(cells[index]):
                return True
        return size > self.width and any(not _empty(cell) for cell in cells[self.width :])

    def grow(self, cells: Sequence[CellValue]) -> None:
        if len(cells) > self.width:
            self.keys.extend([None] * (len(cells) - self.width))
        for index, cell in enumerate(cells):
            if self.keys[index] is None and not _empty(cell):
                name = f"column {column_letter(index)}"
                self.keys[index] = name
                self.headers[name] = ""
        self._update()


def _best_header(window: list[tuple[int, Sequence[CellValue]]], matcher: _ColumnMatcher) -> int:
    if matcher.columns or matcher.column_map:
        scores = [matcher.score(cells) for _, cells in window]
        best = max(scores)
        if best > 0:
            return scores.index(best)
    # No known column: the first row that is as wide as the widest row in the window and all text
    # (a title row above a table fills one or two cells; a merged title cell fills one).
    widths = [sum(1 for cell in cells if not _empty(cell)) for _, cells in window]
    widest = max(widths)
    for index, (_, cells) in enumerate(window):
        filled = [cell for cell in cells if not _empty(cell)]
        if len(filled) >= max(2, widest // 2) and all(isinstance(cell, str) for cell in filled):
            return index
    return 0


def _find_duplicates(
    rows: list[SheetRow], unique: list[str], sheet_name: str, errors_by_row: dict[int, list[RowError]]
) -> None:
    seen: dict[tuple[str, ...], list[int]] = {}
    for index, row in enumerate(rows):
        key = tuple(_key_text(row.get(name)) for name in unique)
        if all(part == "" for part in key):
            continue
        seen.setdefault(key, []).append(index)
    label = " + ".join(unique)
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        numbers = [rows[i].row for i in indexes]
        for index in indexes:
            others = ", ".join(str(n) for n in numbers if n != rows[index].row)
            errors_by_row.setdefault(index, []).append(
                RowError(
                    sheet=sheet_name,
                    row=rows[index].row,
                    column=unique[0] if len(unique) == 1 else None,
                    message=f"duplicate {label}: the same value is on row(s) {others}; "
                    "every row sharing it is rejected",
                )
            )


def _key_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().casefold()


def _empty(cell: CellValue) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


class _SharedTexts(dict):
    """Text -> the one string kept for it: the first ``limit`` distinct texts looked up are kept (a
    lookup of a kept text is a plain dict lookup); past that, a new text is its own string."""

    limit = 20_000

    def __missing__(self, text: str) -> str:
        if len(self) < self.limit:
            self[text] = text
        return text


def _is_blank(cells: Sequence[CellValue]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _clean(cell: CellValue, strip: bool) -> CellValue:
    if isinstance(cell, str):
        if strip:
            cell = cell.strip()
        return cell or None
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 2**53:
        return int(cell)
    return cell


# ------------------------------------------------------------------------------------------------ xlsx


def _xlsx_tables(path: Path, sheet: str | int | None, engine: Engine) -> Iterator[_Table]:
    if engine == "openpyxl":
        return _openpyxl_tables(path, sheet)
    return _calamine_tables(path, sheet)


def _pick_sheets(path: Path, names: list[str], visible: list[bool], sheet: str | int | None) -> list[int]:
    if sheet is None:
        order = [i for i, shown in enumerate(visible) if shown] or list(range(len(names)))
        return order
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(names):
            return [sheet]
        raise UnknownNameError("sheet index", sheet, [str(i) for i in range(len(names))], where=path.name)
    for index, name in enumerate(names):
        if name == sheet:
            return [index]
    for index, name in enumerate(names):
        if name.strip().casefold() == str(sheet).strip().casefold():
            return [index]
    raise UnknownNameError("sheet", sheet, names, where=path.name)


# A cell's formula (<f>...</f> or a shared <f .../>) and the saved value after it, if any (<v>...</v>, <v/>):
# the schema orders a cell's children f, v, is (ECMA-376 Part 1, 18.3.1.4 c). Formula text never holds "<" (it
# is escaped), so "[^<]*" reads it whole.
_FORMULA_AND_VALUE = re.compile(
    rb"<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*(<(?:\w+:)?v\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?v>))?"
)
_CELL_START = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_CELL_REFERENCE = re.compile(rb'\br="([A-Za-z]+[0-9]+)"')
_TEXT_RESULT = re.compile(rb"""\bt\s*=\s*["']str["']""")
_ERROR_RESULT = re.compile(rb"""\bt\s*=\s*["']e["']""")
_SCAN_CHUNK = 1 << 20  # bytes of sheet XML read at a time by uncalculated_formulas


def uncalculated_formulas(path: str | Path, sheet: str, *, limit: int = 5) -> tuple[int, list[str]]:
    """Cells of worksheet ``sheet`` holding a formula with no saved value, or whose saved result is an error
    (``#REF!``, ``#N/A``: python-calamine, the default reader, reads an error as empty): (how many, the first
    ``limit`` cell references, e.g. ``"E2"``). A saved empty text result (``t="str"``, ``<v></v>``, as
    ``=IF(A2="","",...)`` leaves) was calculated and is not reported.

    Such a cell reads as empty (a workbook written by a script, or saved with calculation off, stores the
    formula and no result), and an empty cell can mean something (an empty veterans' preference is "no
    preference"), so the readers warn about them. One pass of byte searches over the sheet's XML, whole rows
    at a time; only a window holding a formula is searched cell by cell (a sheet with a formula in every row
    of 200,000 costs about as much as reading it, not the seconds an XML parse would).
    """
    import xml.etree.ElementTree as ET
    import zipfile

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    count, cells = 0, []

    def scan(window: bytes) -> None:
        nonlocal count
        if b"<f" not in window and b":f" not in window:
            return
        for found in _FORMULA_AND_VALUE.finditer(window):
            saved = (found.group(2) or b"").strip()
            if found.group(1) is not None and saved:
                if not saved.startswith(b"#") or not _is_error_cell(window, found.start()):
                    continue  # a saved value; an error result (#REF!, #N/A: t="e") is reported
            elif found.group(1) is not None:
                tag = window.rfind(b"<", 0, found.start())  # the cell's start tag, just before its formula
                if (window.find(b"str", tag, found.start()) >= 0 and _CELL_START.match(window, tag, found.start())
                        and _TEXT_RESULT.search(window, tag, found.start())):  # fmt: skip
                    continue  # a saved empty text result (=IF(A2="","",...)): Excel writes t="str", <v></v>
            count += 1
            if len(cells) < limit:
                starts = list(_CELL_START.finditer(window, max(0, found.start() - 512), found.start()))
                reference = _CELL_REFERENCE.search(starts[-1].group(1)) if starts else None
                cells.append(reference.group(1).decode("ascii") if reference else "?")

    try:
        with zipfile.ZipFile(path) as archive:
            book = ET.fromstring(archive.read("xl/workbook.xml"))
            rid = next((s.get(rel) for s in book.iter(f"{main}sheet") if s.get("name") == sheet), None)
            rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
            if rid is None or target is None:
                return 0, []
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            with archive.open(member) as handle:
                tail = b""
                while chunk := handle.read(_SCAN_CHUNK):
                    window = tail + chunk
                    # search whole rows only, so no cell is cut between its formula and its value
                    cut = max(window.rfind(b"</row>"), window.rfind(b":row>"))
                    if cut < 0:
                        tail = window
                        continue
                    cut = window.index(b">", cut) + 1
                    scan(window[:cut])
                    tail = window[cut:]
                scan(tail)
            return count, cells
    except (KeyError, OSError, zipfile.BadZipFile, ET.ParseError):  # a hint only: the reader reports bad files
        return 0, []


def _is_error_cell(window: bytes, formula_at: int) -> bool:
    """Whether the cell whose formula starts at ``formula_at`` saved an error result (``t="e"``)."""
    tag = window.rfind(b"<", 0, formula_at)
    return bool(_CELL_START.match(window, tag, formula_at) and _ERROR_RESULT.search(window, tag, formula_at))


def _warn_uncalculated(path: Path, sheet: str, stacklevel: int) -> None:
    count, cells = uncalculated_formulas(path, sheet)
    if count:
        more = ", ..." if count > len(cells) else ""
        warnings.warn(
            f"{path.name} (sheet {sheet}): {count} cell(s) hold a formula with no saved value or an error result "
            f"such as #REF! or #N/A ({', '.join(cells)}{more}) and read as empty; fix the formulas, then open the "
            "workbook in Excel and save it so they are calculated",
            SkillhireWarning,
            stacklevel=stacklevel + 1,
        )


def workbook_sheet_names(path: str | Path) -> list[str]:
    """The visible worksheets of an .xlsx/.xlsm workbook, in book order ([] for any other file, or one that
    cannot be opened: this is for hints in messages, never a read)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception:  # a hint only: the reader reports a bad file itself
        return []
    try:
        return [
            item.name for item in workbook.sheets_metadata
            if str(item.typ).endswith("WorkSheet") and "Hidden" not in str(item.visible)
        ]  # fmt: skip
    finally:
        workbook.close()


def _calamine_tables(path: Path, sheet: str | int | None) -> Iterator[_Table]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        metadata = workbook.sheets_metadata
    except PasswordError:
        raise InvalidFileError(path, "is password-protected; remove the password and try again") from None
    except (CalamineError, OSError, ValueError) as error:
        raise InvalidFileError(
            path, f"is corrupt or not a readable workbook ({type(error).__name__}: {error})"
        ) from None
    names = [item.name for item in metadata]
    visible = [
        str(item.visible).endswith("Visible") and "Hidden" not in str(item.visible) for item in metadata
    ]
    worksheet = [str(item.typ).endswith("WorkSheet") for item in metadata]
    try:
        indexes = _pick_sheets(path, names, [v and w for v, w in zip(visible, worksheet)], sheet)
    except BaseException:
        workbook.close()
        raise

    def tables() -> Iterator[_Table]:
        try:
            yield from _calamine_sheets(workbook, path, names, indexes)
        finally:
            workbook.close()

    return tables()


def _calamine_sheets(workbook: Any, path: Path, names: list[str], indexes: list[int]) -> Iterator[_Table]:
    from python_calamine import CalamineError

    for index in indexes:
        try:
            data = workbook.get_sheet_by_index(index)
            start_row = data.start[0] if data.start else 0
            start_col = data.start[1] if data.start else 0
            height = data.height
            iterator = data.iter_rows()
        except (CalamineError, OSError, ValueError) as error:
            raise InvalidFileError(
                path, f"sheet {names[index]!r} is corrupt or unreadable ({type(error).__name__}: {error})"
            ) from None
        yield names[index], _calamine_numbered(path, names[index], iterator, start_row, start_col, height)


def _calamine_numbered(
    path: Path, name: str, iterator: Iterator[list[CellValue]], start_row: int, start_col: int, height: int
) -> Iterator[tuple[int, Sequence[CellValue]]]:
    """A calamine sheet's rows one at a time, numbered as Excel shows them.

    ``iter_rows`` yields the empty rows above the sheet's used range first (``to_python`` skips them),
    then the used range's rows, its columns starting at the range's first column (padded back here).
    Every row of the range must come: a short read is refused, never passed on.
    """
    count = 0
    pad: list[CellValue] = [None] * start_col
    for position, cells in enumerate(iterator):
        if position < start_row:
            continue
        count += 1
        yield position + 1, (pad + cells if start_col else cells)
    if count != height and height:
        raise InvalidFileError(path, f"sheet {name!r}: the reader returned {count} of {height} rows; refused")


def _openpyxl_tables(path: Path, sheet: str | int | None) -> Iterator[_Table]:
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        from defusedxml.common import DefusedXmlException
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        DefusedXmlException = ValueError  # type: ignore[assignment,misc]

    def guard(action):
        try:
            return action()
        except DefusedXmlException as error:
            raise InvalidFileError(
                path, f"has XML entity declarations, refused as a possible XML bomb ({type(error).__name__})"
            ) from None
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
            cause: BaseException | None = error
            while cause is not None:  # openpyxl wraps what its XML parser raised in a ValueError
                if isinstance(cause, DefusedXmlException):
                    raise InvalidFileError(
                        path,
                        f"has XML entity declarations, refused as a possible XML bomb ({type(cause).__name__})",
                    ) from None
                cause = cause.__cause__ or cause.__context__
            first_line = str(error).splitlines()[0] if str(error) else ""
            raise InvalidFileError(
                path, f"is corrupt or not a readable workbook ({type(error).__name__}: {first_line})"
            ) from None

    handle = open(path, "rb")  # noqa: SIM115  # closed when the tables are done (openpyxl leaks it on errors)
    try:
        workbook = guard(
            lambda: openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        )
    except BaseException:
        handle.close()
        raise
    names = list(workbook.sheetnames)
    visible = [workbook[name].sheet_state == "visible" for name in names]
    try:
        indexes = _pick_sheets(path, names, visible, sheet)
    except BaseException:
        workbook.close()
        handle.close()
        raise

    def tables() -> Iterator[_Table]:
        try:
            for index in indexes:
                worksheet = workbook[names[index]]
                # openpyxl's read-only mode trusts the stored <dimension>; a wrong one silently cuts the read.
                worksheet.reset_dimensions()
                iterator = guard(lambda ws=worksheet: ws.iter_rows())

                def numbered(iterator=iterator) -> Iterator[tuple[int, Sequence[CellValue]]]:
                    number = 0
                    while True:
                        cells = guard(lambda: next(iterator, None))
                        if cells is None:
                            return
                        number += 1
                        real = [c for c in cells if getattr(c, "row", None)]
                        if not real:
                            yield number, []
                            continue
                        number = real[0].row
                        values: list[CellValue] = [None] * (max(c.column for c in real))
                        for c in real:
                            values[c.column - 1] = c.value
                        yield number, values

                yield names[index], numbered()
        finally:
            workbook.close()
            handle.close()

    return tables()


# ------------------------------------------------------------------------------------------------- csv


class _CsvText:
    """Decodes a CSV file's lines: UTF-8 (BOM or not), each line falling back to Windows-1252."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            head = handle.read(4)
        self.bom = head.startswith(b"\xef\xbb\xbf")
        self.utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        self.utf8_lines = 0
        self.mixed = 0
        self.cp1252_lines = 0

    def encoding_name(self) -> str:
        if self.utf16:
            return "utf-16"
        if self.cp1252_lines and not self.utf8_lines:
            return "cp1252"
        if self.cp1252_lines:
            return "utf-8+cp1252"
        return "utf-8-sig" if self.bom else "utf-8"

    def lines(self, path: Path, keep: list[str] | None = None) -> Iterator[str]:
        """The file's lines, decoded; each is also appended to ``keep`` when given."""
        keep_line = keep.append if keep is not None else None
        if self.utf16:
            with open(path, encoding="utf-16", newline="") as handle:
                for line in handle:
                    if keep_line is not None:
                        keep_line(line)
                    yield line
            return
        with open(path, "rb") as handle:
            if self.bom:
                handle.read(3)
            for raw in handle:
                try:
                    line = raw.decode("utf-8")
                    if not raw.isascii():
                        self.utf8_lines += 1
                except UnicodeDecodeError:
                    try:
                        line = raw.decode("cp1252")
                    except UnicodeDecodeError:
                        line = raw.decode("latin-1")
                    self.cp1252_lines += 1
                if keep_line is not None:
                    keep_line(line)
                yield line
        self.mixed = self.cp1252_lines if self.utf8_lines and self.cp1252_lines else 0


def _sniff_delimiter(path: Path, text: _CsvText, matcher: _ColumnMatcher | None = None) -> str:
    """The delimiter of a CSV file (``,``, ``;``, tab or ``|``), from its first 20 non-blank lines.

    First, the delimiter(s) under which some line (the header row) splits into the most known columns
    (``matcher``'s names, aliases and column map): a comma-separated file whose cells hold ``;`` lists
    (grades ``13;GS-14``) has a header that only commas split into known columns, however many ``;`` a
    row holds. Among those (or all four, when no delimiter finds a known column), the one that splits the
    most lines into the widest rows.
    """
    sample: list[str] = []
    for line in text.lines(path):
        if line.strip():
            sample.append(line)
        if len(sample) >= 20:
            break
    text.utf8_lines = text.cp1252_lines = 0
    parsed = {delimiter: _sample_rows(sample, delimiter) for delimiter in (",", ";", "\t", "|")}
    candidates = list(parsed)
    if matcher is not None and (matcher.columns or matcher.column_map):
        known = {
            delimiter: max((matcher.score(row) for row in rows), default=0) for delimiter, rows in parsed.items()
        }
        most = max(known.values())
        if most > 0:
            candidates = [delimiter for delimiter in candidates if known[delimiter] == most]
    best, best_score = candidates[0], 0
    for delimiter in candidates:
        widths = [len(row) for row in parsed[delimiter]]
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        score = max(widths) * sum(1 for w in widths if w == max(widths))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample_rows(sample: list[str], delimiter: str) -> list[list[str]]:
    """The sample's rows split by ``delimiter``, or none when it cannot split them: a quoted line break
    (``A1,"\r"``) is text in a quoted field for the right delimiter but an error for the others, which
    must rule that delimiter out rather than end the read (the read itself reports a file no delimiter
    splits, with its row number)."""
    try:
        return list(csv.reader(io.StringIO("".join(sample)), delimiter=delimiter))
    except csv.Error:
        return []


def _csv_rows(
    path: Path, text: _CsvText, delimiter: str, limits: ReadLimits
) -> Iterator[tuple[int, list[str]]]:
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.max_field_chars)
    try:
        pending: list[str] = []  # the lines of the row being read (a quoted cell may hold line breaks)
        reader = csv.reader(text.lines(path, keep=pending), delimiter=delimiter)
        number = 0
        try:
            for cells in reader:
                number += 1
                if len(pending) > 1 and _quote_never_closes(pending, delimiter):
                    # csv.reader (not strict) ends a quoted cell that is still open at the end of the file
                    # there: every row after it would be read as text of that one cell, and lost as rows.
                    raise InvalidFileError(
                        path,
                        f"row {number}: a quoted cell opens on this row and never closes, so the rest of the file "
                        f"({len(pending)} lines) would be one cell; close the quote (\") or remove it",
                    )
                pending.clear()
                yield number, cells
        except csv.Error as error:
            raise InvalidFileError(
                path, f"row {number + 1}: not valid {delimiter!r}-separated text ({error})"
            ) from None
    finally:
        csv.field_size_limit(old_limit)


def _quote_never_closes(lines: list[str], delimiter: str) -> bool:
    """Whether the row these lines make ends inside a quoted cell: only the end of the file does that."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


# ------------------------------------------------------------------------------------------ dict input


def _dict_tables(rows: Iterable[Mapping[str, Any]]) -> Iterator[_Table]:
    iterator = iter(rows)
    try:
        first = next(iterator)
    except StopIteration:
        return iter([])
    headers: list[str] = list(first.keys())

    def numbered() -> Iterator[tuple[int, Sequence[CellValue]]]:
        yield 1, list(headers)
        number = 2
        yield number, [first.get(h) for h in headers]
        for row in iterator:
            number += 1
            for key in row:
                if key not in headers:
                    raise InvalidFileError(
                        "<rows>", f"row {number} has column {key!r} that the first row lacks"
                    )
            yield number, [row.get(h) for h in headers]

    return iter([("<rows>", numbered())])
