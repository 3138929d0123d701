"""Writing tables to xlsx, CSV or JSON Lines files: safely, atomically, in bounded memory.

:func:`write_tables` is the low-level writer under :func:`skillhire.results_io.write_results`. Each table
is a :class:`Table` (a name, its columns, and an iterable of rows, which may be a generator: rows are
streamed, never held).

- **No cell runs as a formula.** xlsx: xlsxwriter with ``strings_to_formulas``, ``strings_to_urls`` and
  ``strings_to_numbers`` off, so ``=HYPERLINK(...)`` text is stored as text (a shared or inline string,
  never an ``<f>`` element) and shows as typed. CSV: text starting with ``=``, ``+``, ``-``, ``@``, tab or
  carriage return gets a leading apostrophe (OWASP; :func:`skillhire.safety.neutralise_csv_cell`); every
  other value is written unchanged. JSON Lines is data, not a spreadsheet, and is written unchanged.
- **Atomic.** Every file is written to a temporary file in the same folder and moved into place with
  ``os.replace``; an existing file is replaced only with ``overwrite=True``. A failed write leaves the
  old file (or no file) and no temporary file behind.
- **Bounded memory.** xlsxwriter's ``constant_memory`` mode flushes each row to disk as it is written.
  Chosen over openpyxl's write-only mode on figures measured by ``benchmarks/bench_score.py`` (see the
  README's "Applicant spreadsheets" section): faster at the same bounded memory.
- **Readable.** Bold frozen header row, an autofilter over every table, column widths fitted to the first
  1,000 rows (8 to 60 characters), dates as ``yyyy-mm-dd``, per-column number formats on request.
- **Nothing lost.** Excel holds 1,048,576 rows a sheet: a longer table continues on "<name> (2)", ...;
  text longer than Excel's 32,767-character cell limit is cut in the xlsx only, and each cut is reported
  in the returned :class:`WriteReport` (CSV and JSON Lines keep it whole).
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire.errors import InvalidFileError, OutputExistsError, SkillhireError, UnknownNameError
from skillhire.safety import neutralise_csv_cell

__all__ = [
    "OutputFormat",
    "Progress",
    "Table",
    "WriteReport",
    "atomic_output",
    "output_format",
    "write_tables",
]

OutputFormat = Literal["xlsx", "csv", "jsonl"]
_FORMAT_SUFFIXES: dict[str, OutputFormat] = {
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CELL_CHARS = 32_767
_WIDTH_SAMPLE_ROWS = 1_000
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Table:
    """One table to write: a sheet of a workbook, or a file of its own in CSV.

    Args:
        name: Sheet name (cut to Excel's 31 characters; ``[]:*?/\\`` replaced).
        columns: Column headers, in order.
        rows: Rows as sequences (same order as ``columns``) or mappings (by column); may be a generator.
        number_formats: Excel number format by column, e.g. ``{"score": "0.0"}``.
        slug: Name used in a CSV sibling file name (default: from ``name``).

    Example:
        >>> Table("Summary", ["measure", "value"], [("rows read", 3)]).slug
        'summary'
    """

    name: str
    columns: Sequence[str]
    rows: Iterable[Sequence[Any] | Mapping[str, Any]]
    number_formats: Mapping[str, str] = field(default_factory=dict)
    slug: str = ""

    def __post_init__(self) -> None:
        if not self.slug:
            self.slug = re.sub(r"[^0-9a-z]+", "-", self.name.casefold()).strip("-") or "table"


class WriteReport(BaseModel):
    """What :func:`write_tables` wrote.

    Example:
        >>> WriteReport(format="xlsx", files=["out.xlsx"], rows={"Summary": 3}).rows["Summary"]
        3
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: OutputFormat = Field(description="The output format written.")
    files: list[str] = Field(description="Every file written, the main output first.")
    rows: dict[str, int] = Field(description="Data rows written per table (headers not counted).")
    truncated_cells: list[str] = Field(
        default_factory=list,
        description="xlsx cells cut to Excel's 32,767-character limit, as 'sheet!A2 (40,000 characters)'.",
    )


def output_format(path: str | Path, format: str | None = None) -> OutputFormat:
    """The output format named by ``format``, or else by the file suffix.

    Raises:
        UnknownNameError: an unknown format, or a suffix that names none.

    Example:
        >>> output_format("scored.xlsx"), output_format("out.txt", "csv"), output_format("a.ndjson")
        ('xlsx', 'csv', 'jsonl')
    """
    if format is not None:
        name = format.strip().lower().lstrip(".")
        if name == "ndjson":
            name = "jsonl"
        if name not in ("xlsx", "csv", "jsonl"):
            raise UnknownNameError("output format", format, ["csv", "jsonl", "xlsx"])
        return name  # type: ignore[return-value]
    suffix = Path(path).suffix.lower()
    if suffix not in _FORMAT_SUFFIXES:
        raise UnknownNameError(
            "output format for the file suffix", suffix or "(none)", list(_FORMAT_SUFFIXES),
            hint="or choose one with format= (--format)",
        )
    return _FORMAT_SUFFIXES[suffix]


def refuse_input_as_output(output: str | Path, inputs: Sequence[str | Path]) -> None:
    """Raise :class:`InvalidFileError` when ``output`` is one of ``inputs``: skillhire never writes over its inputs
    (every command that writes a file calls this before reading anything)."""
    target = Path(output).resolve()
    for source in inputs:
        if target == Path(source).resolve():
            which = "the input file" if len(inputs) == 1 else "an input file"
            raise InvalidFileError(output, f"is {which}; skillhire never writes over its inputs")


@contextlib.contextmanager
def atomic_output(path: str | Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Give a temporary path beside ``path``; on success move it into place, on failure remove it.

    Args:
        path: The final file.
        overwrite: Replace ``path`` if it exists; otherwise an existing file raises at once.

    Raises:
        OutputExistsError: ``path`` exists and ``overwrite`` is false.
        SkillhireError: the folder does not exist or ``path`` is a folder.

    Example:
        >>> with atomic_output("report.csv", overwrite=True) as temporary:  # doctest: +SKIP
        ...     temporary.write_text("a,b\\n")
    """
    path = Path(path)
    _check_target(path, overwrite)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        if not overwrite and path.exists():  # appeared while we wrote
            raise OutputExistsError(path)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _check_target(path: Path, overwrite: bool) -> None:
    if path.is_dir():
        raise SkillhireError(f"{path}: is a folder; give a file name for the output")
    if not path.parent.is_dir():
        raise SkillhireError(f"{path}: the folder {path.parent} does not exist")
    if path.exists() and not overwrite:
        raise OutputExistsError(path)


Progress = Callable[[str, int], None]
_PROGRESS_EVERY = 1_000


def write_tables(
    tables: Iterable[Table],
    path: str | Path,
    *,
    format: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> WriteReport:
    """Write tables to one xlsx workbook (a sheet each), CSV files (a file each) or one JSON Lines file.

    Args:
        tables: The tables, in order; the first is the main one (CSV writes it to ``path`` and each other
            table to ``<stem>-<slug>.csv`` beside it).
        path: The output file.
        format: ``"xlsx"``, ``"csv"`` or ``"jsonl"``; default from the suffix of ``path``.
        overwrite: Replace existing files; otherwise any existing output file raises before anything is
            written.
        progress: Called as ``progress(table name, rows written)`` every 1,000 rows and at the end of each
            table (for a progress bar; the library itself never prints).

    Returns:
        A :class:`WriteReport`.

    Raises:
        OutputExistsError: an output exists and ``overwrite`` is false.
        UnknownNameError: unknown format or suffix.

    Example:
        >>> write_tables([Table("People", ["name"], [["=1+1"]])], "people.csv")  # doctest: +SKIP
        WriteReport(format='csv', files=['people.csv'], rows={'People': 1}, truncated_cells=[])
    """
    path = Path(path)
    kind = output_format(path, format)
    tables = [_with_progress(table, progress) for table in tables] if progress else list(tables)
    if kind == "xlsx":
        return _write_xlsx(tables, path, overwrite)
    if kind == "jsonl":
        return _write_jsonl(tables, path, overwrite)
    return _write_csv(tables, path, overwrite)


def _with_progress(table: Table, progress: Progress) -> Table:
    def rows() -> Iterator[Any]:
        count = 0
        for row in table.rows:
            yield row
            count += 1
            if count % _PROGRESS_EVERY == 0:
                progress(table.name, count)
        progress(table.name, count)

    return Table(table.name, table.columns, rows(), table.number_formats, table.slug)


# ----------------------------------------------------------------------------------------------- values


def _row_values(row: Sequence[Any] | Mapping[str, Any], columns: Sequence[str]) -> Sequence[Any]:
    if isinstance(row, Mapping):
        return [row.get(column) for column in columns]
    return row


_PLAIN = (str, int, bool, type(None))
_NONE = type(None)


def _xlsx_value(value: Any) -> Any:
    """A value xlsxwriter's write() stores as itself (text stays text: formulas are switched off)."""
    kind = type(value)
    if kind in _PLAIN:
        if kind is int and abs(value) >= 2**53:  # Excel keeps 15 significant digits
            return str(value)
        return value
    if kind is float:
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Enum):
        return _xlsx_value(value.value)
    if isinstance(value, datetime):
        return value.isoformat() if value.tzinfo else value
    if isinstance(value, date):
        return value
    if isinstance(value, (time, timedelta, Decimal)):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(_text(item)) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, default=str, ensure_ascii=False)
    return str(value)


def _text(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_csv_cell(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    converted = _xlsx_value(value)
    if isinstance(converted, str):
        return neutralise_csv_cell(converted)
    return converted


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Enum):
        return _json_value(value.value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, BaseModel):
        return _json_value(value.model_dump(mode="json"))
    return str(value)


# ------------------------------------------------------------------------------------------------- xlsx


def _sheet_names(tables: Sequence[Table]) -> list[str]:
    names: list[str] = []
    for table in tables:
        base = _SHEET_NAME_BAD.sub("_", table.name).strip("'")[:31] or "Sheet"
        name, number = base, 2
        while name.casefold() in (n.casefold() for n in names):
            suffix = f" ({number})"
            name = base[: 31 - len(suffix)] + suffix
            number += 1
        names.append(name)
    return names


_STRING_CACHE_SIZE = 2_048  # per column: repeated texts (reasons, statuses) are escaped once


def _fast_worksheet_class() -> type:
    """A worksheet whose constant-memory rows are serialised faster, to the same bytes.

    xlsxwriter writes each cell of a flushed row through several calls (the cell reference, its style,
    three regular-expression passes over the text, one file write per cell). This subclass writes a row
    with one file write, and escapes each distinct text once per column (the Applicants sheet repeats
    its reasons word for word across applicants). Every piece of XML is made by xlsxwriter's own
    functions, in xlsxwriter's order; any cell or row it does not know (rich strings, formulas, row
    formats, comments) goes to xlsxwriter unchanged. ``tests/test_write_results.py`` compares the bytes of
    both on every kind of value.
    """
    import xlsxwriter
    import xlsxwriter.utility
    import xlsxwriter.worksheet

    # The subclass leans on xlsxwriter internals that its byte-equality tests pin for the 3.x line. Any other
    # major version, or a 3.x missing one of them, gets the stock worksheet: slower, never wrong.
    needed = ("_write_single_row", "_write_cell", "_write_row", "_escape_data", "_escape_control_characters")
    if (
        not xlsxwriter.__version__.startswith("3.")
        or not all(hasattr(xlsxwriter.worksheet.Worksheet, name) for name in needed)
        or not all(
            hasattr(module, name)
            for module, name in [
                (xlsxwriter.utility, "_preserve_whitespace"),
                (xlsxwriter.utility, "xl_rowcol_to_cell_fast"),
                (xlsxwriter.worksheet, "CellBooleanTuple"),
                (xlsxwriter.worksheet, "CellNumberTuple"),
                (xlsxwriter.worksheet, "CellStringTuple"),
            ]
        )
    ):
        return xlsxwriter.worksheet.Worksheet

    from xlsxwriter.utility import _preserve_whitespace, xl_rowcol_to_cell_fast
    from xlsxwriter.worksheet import CellBooleanTuple, CellNumberTuple, CellStringTuple, Worksheet

    class _FastWorksheet(Worksheet):
        def __init__(self) -> None:
            super().__init__()
            self._text_xml: dict[int, dict[str, str | None]] = {}
            # per column, the hashes of texts seen once: a text is kept escaped only once it repeats, so
            # a column of unique texts (ids, emails, a resume of 1.5 KB a cell) keeps no text at all
            self._text_seen: dict[int, set[int]] = {}

        def _write_values(self, row: int, cells: Sequence[Any], formats: Mapping[int, Any]) -> None:
            """``write_row(row, 0, cells)`` then each formatted, non-blank cell again with its format.

            For values already made plain by :func:`_xlsx_value` (formulas, URLs and numbers-in-text are
            off); anything else (dates, empty or very long text) goes through xlsxwriter's ``write``.
            """
            stored: dict[int, Any] = {}
            other: list[int] = []
            half = self.xls_strmax // 2
            for col, value in enumerate(cells):
                kind = value.__class__
                if kind is str:
                    if value and len(value) <= half:
                        stored[col] = CellStringTuple(value, formats.get(col))
                    elif value:
                        other.append(col)
                    elif col in formats:
                        other.append(col)
                elif kind is float or kind is int:
                    stored[col] = CellNumberTuple(value, formats.get(col))
                elif kind is bool:
                    stored[col] = CellBooleanTuple(1 if value else 0, formats.get(col))
                elif value is not None:
                    other.append(col)
            if stored:
                self._check_dimensions(row, min(stored))
                self._check_dimensions(row, max(stored))
                if row > self.previous_row:
                    self._write_single_row(row)
                self.table[row].update(stored)
            for col in other:
                self._write(row, col, cells[col], formats.get(col))

        def _write_single_row(self, current_row_num: int = 0) -> None:
            row_num = self.previous_row
            cells = self.table.get(row_num)
            if not self.constant_memory or not cells or row_num in self.row_info or row_num in self.comments:
                super()._write_single_row(current_row_num)
                return
            self.previous_row = current_row_num
            self._write_row(row_num, None)
            parts: list[str] = []
            column_info = self.col_info
            fh = self.fh
            for col_num in range(self.dim_colmin, self.dim_colmax + 1):
                cell = cells.get(col_num)
                if cell is None:
                    continue
                kind = cell.__class__.__name__
                if kind not in ("String", "Number", "Datetime", "Boolean"):
                    fh.write("".join(parts))
                    parts.clear()
                    self._write_cell(row_num, col_num, cell)
                    continue
                head = '<c r="' + xl_rowcol_to_cell_fast(row_num, col_num) + '"'
                cell_format = cell.format
                if cell_format:
                    head += f' s="{cell_format._get_xf_index()}"'
                elif col_num in column_info:
                    column_format = column_info[col_num].column_format
                    if column_format is not None:
                        head += f' s="{column_format._get_xf_index()}"'
                if kind == "Boolean":
                    parts.append(f'{head} t="b"><v>{cell.boolean}</v></c>')
                    continue
                if kind != "String":
                    parts.append(f"{head}><v>{cell.number:.16G}</v></c>")
                    continue
                cache = self._text_xml.get(col_num)
                if cache is None:
                    cache = self._text_xml[col_num] = {}
                text = cell.string
                tail = cache.get(text, "")
                if tail == "":
                    tail = self._inline_text(text, _preserve_whitespace)
                    seen = self._text_seen.get(col_num)
                    if seen is None:
                        seen = self._text_seen[col_num] = set()
                    key = hash(text)
                    if key in seen:  # seen before (or a hash collision: then only kept, never wrong)
                        if len(cache) >= _STRING_CACHE_SIZE:
                            cache.clear()
                        cache[text] = tail
                    else:
                        if len(seen) >= _STRING_CACHE_SIZE:
                            seen.clear()
                        seen.add(key)
                if tail is None:  # a rich string: xlsxwriter's own path
                    fh.write("".join(parts))
                    parts.clear()
                    self._write_cell(row_num, col_num, cell)
                    continue
                parts.append(head + tail)
            parts.append("</row>")
            fh.write("".join(parts))
            self.table.clear()

        def _forget_texts(self) -> None:
            """Drop the escaped texts: the sheet's rows are written (a later miss only escapes again).

            The workbook holds every worksheet until it closes, so each certificate sheet's cache (up to
            ``_STRING_CACHE_SIZE`` ids, emails and names per column, escaped) would otherwise stay to the
            end of the run, while the sheets after it are written.
            """
            self._text_xml = {}
            self._text_seen = {}

        def _inline_text(self, text: str, preserve_whitespace: Callable[[str], Any]) -> str | None:
            escaped = self._escape_control_characters(text)
            if escaped.startswith("<r>") and escaped.endswith("</r>"):
                return None
            space = ' xml:space="preserve"' if preserve_whitespace(escaped) else ""
            return f' t="inlineStr"><is><t{space}>{self._escape_data(escaped)}</t></is></c>'

    return _FastWorksheet


def _write_xlsx(tables: list[Table], path: Path, overwrite: bool) -> WriteReport:
    import xlsxwriter

    counts: dict[str, int] = {}
    truncated: list[str] = []
    with atomic_output(path, overwrite=overwrite) as temporary:
        workbook = xlsxwriter.Workbook(
            str(temporary),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "nan_inf_to_errors": False,
                "default_date_format": "yyyy-mm-dd",
                "tmpdir": str(path.parent),
            },
        )
        # A workbook over 4 GB (about 1,000,000 applicants with their reasons) needs ZIP64; without it
        # xlsxwriter raises FileSizeError at close, after all the work. Small files are written as before.
        workbook.use_zip64()
        workbook.worksheet_class = _fast_worksheet_class()
        try:
            bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": False})
            used_names: list[str] = []
            for table, name in zip(tables, _sheet_names(tables)):
                counts[table.name] = _write_sheet(workbook, table, name, bold, truncated, used_names)
        finally:
            workbook.close()
    return WriteReport(format="xlsx", files=[str(path)], rows=counts, truncated_cells=truncated)


def _write_sheet(
    workbook: Any, table: Table, name: str, bold: Any, truncated: list[str], used: list[str]
) -> int:
    from skillhire.spreadsheets import column_letter

    columns = list(table.columns)
    formats = {
        index: workbook.add_format({"num_format": table.number_formats[column]})
        for index, column in enumerate(columns)
        if column in table.number_formats
    }
    widths = [len(str(column)) for column in columns]
    written = 0
    part = 1
    sheet, row_index = _new_sheet(workbook, name, columns, bold, used), 1
    fast = hasattr(sheet, "_write_values")  # the worksheet class of _fast_worksheet_class()

    def finish(sheet: Any, last_row: int) -> None:
        sheet.autofilter(0, 0, max(last_row - 1, 0), max(len(columns) - 1, 0))
        for index, width in enumerate(widths):
            sheet.set_column(index, index, min(max(width + 2, 8), 60), formats.get(index))
        if fast:
            sheet._forget_texts()  # its rows are written: the escaped texts are not needed to the end

    for row in table.rows:
        if row_index >= EXCEL_MAX_ROWS:
            finish(sheet, row_index)
            part += 1
            sheet, row_index = _new_sheet(workbook, f"{name[:26]} ({part})", columns, bold, used), 1
        cells = list(_row_values(row, columns))
        for index, value in enumerate(cells):  # one pass: convert what xlsxwriter would not store as is
            kind = value.__class__
            if kind is not str:
                if kind is _NONE or kind is bool:
                    continue
                value = cells[index] = _xlsx_value(value)
                if value.__class__ is not str:
                    continue
            if len(value) > EXCEL_MAX_CELL_CHARS // 2 and _utf16_units(value) > EXCEL_MAX_CELL_CHARS:
                cells[index] = _cut_to_utf16_units(value, EXCEL_MAX_CELL_CHARS)
                truncated.append(
                    f"{sheet.name}!{column_letter(index)}{row_index + 1} ({len(value):,} characters)"
                )
        if written < _WIDTH_SAMPLE_ROWS:
            for index, value in enumerate(cells[: len(widths)]):
                if value is not None:
                    size = 10 if isinstance(value, (date, datetime)) else len(str(value))
                    if size > widths[index]:
                        widths[index] = size
        if fast:
            sheet._write_values(row_index, cells, formats)
        else:
            sheet.write_row(row_index, 0, cells)  # None is left blank, as write() leaves it
            for index, cell_format in formats.items():  # the row is still open: write formatted cells again
                if index < len(cells) and cells[index] is not None:
                    sheet.write(row_index, index, cells[index], cell_format)
        row_index += 1
        written += 1
    finish(sheet, row_index)
    return written


def _utf16_units(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units, so a character outside the BMP (an emoji) counts 2."""
    return len(text) + sum(1 for char in text if char > "\uffff")


def _cut_to_utf16_units(text: str, limit: int) -> str:
    """The longest prefix of ``text`` within ``limit`` UTF-16 units, never splitting a character."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if char > "\uffff" else 1
        if units > limit:
            return text[:index]
    return text


def _new_sheet(workbook: Any, name: str, columns: list[str], bold: Any, used: list[str]) -> Any:
    base, number = name, 2
    while name.casefold() in (n.casefold() for n in used):
        name = f"{base[:26]} ({number})"
        number += 1
    used.append(name)
    sheet = workbook.add_worksheet(name)
    for index, column in enumerate(columns):
        sheet.write_string(0, index, str(column), bold)
    sheet.freeze_panes(1, 0)
    return sheet


# -------------------------------------------------------------------------------------------------- csv


def _csv_paths(tables: list[Table], path: Path) -> list[Path]:
    paths = [path]
    for table in tables[1:]:
        paths.append(path.with_name(f"{path.stem}-{table.slug}{path.suffix or '.csv'}"))
    if len(set(paths)) != len(paths):
        raise SkillhireError(
            f"{path}: two tables would be written to the same CSV file; give them distinct slugs"
        )
    return paths


def _write_csv(tables: list[Table], path: Path, overwrite: bool) -> WriteReport:
    paths = _csv_paths(tables, path)
    for target in paths:  # refuse before writing anything
        _check_target(target, overwrite)
    counts: dict[str, int] = {}
    for table, target in zip(tables, paths):
        with atomic_output(target, overwrite=overwrite) as temporary:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                columns = list(table.columns)
                writer.writerow([_csv_value(column) for column in columns])
                count = 0
                for row in table.rows:
                    writer.writerow([_csv_value(value) for value in _row_values(row, columns)])
                    count += 1
            counts[table.name] = count
    return WriteReport(format="csv", files=[str(p) for p in paths], rows=counts)


# ----------------------------------------------------------------------------------------------- jsonl


def _write_jsonl(tables: list[Table], path: Path, overwrite: bool) -> WriteReport:
    counts: dict[str, int] = {}
    with atomic_output(path, overwrite=overwrite) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            for table in tables:
                columns = list(table.columns)
                count = 0
                for row in table.rows:
                    record = {"_table": table.slug}
                    record.update(
                        (column, _json_value(value))
                        for column, value in zip(columns, _row_values(row, columns))
                    )
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
                counts[table.name] = count
    return WriteReport(format="jsonl", files=[str(path)], rows=counts)
