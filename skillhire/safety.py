"""Checks that run before a spreadsheet is read, and the neutralising of text that would run as a formula.

Reading a workbook means unzipping it and parsing XML, and no reader limits either: a 7 MB xlsx can
declare a 2 GiB sheet (a zip bomb; python-calamine took 3.1 GB on one), and an XML document type
declaration can define entities that expand exponentially. So before any reader touches a file,
:func:`inspect_file` looks at its first bytes (is it really what its name says?), and for a workbook at the
archive's central directory (declared sizes and compression ratios, which cost nothing to read) and at the
first bytes of every XML part (a ``<!DOCTYPE`` is refused). The limits are fields of :class:`ReadLimits`.

Writing is the other direction: a cell whose text starts with ``=``, ``+``, ``-``, ``@``, tab or carriage
return is run as a formula by Excel when it opens a CSV file (OWASP "CSV injection").
:func:`neutralise_csv_cell` prefixes such text with an apostrophe, as OWASP recommends; xlsx output stores
text as text and needs no change (see :mod:`skillhire.workbook`).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhire.errors import InvalidFileError, UnsafeFileError

__all__ = [
    "FileKind",
    "ReadLimits",
    "file_sha256",
    "inspect_file",
    "neutralise_csv_cell",
]

FileKind = Literal["xlsx", "csv", "tsv"]

#: File suffixes read, and the kind of reading each gets (xlsm is an xlsx with macros; macros never run).
SUFFIXES: dict[str, FileKind] = {".csv": "csv", ".tsv": "tsv", ".xlsm": "xlsx", ".xlsx": "xlsx"}

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
# Compound File Binary (OLE2): an encrypted (password-protected) xlsx, or a legacy .xls workbook.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)|<\x00!\x00(D\x00O\x00C|E\x00N\x00T)")
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"')


class ReadLimits(BaseModel):
    """How much a reader accepts before it refuses a file (each limit guards the machine, not the data).

    Example:
        >>> ReadLimits(max_rows=5_000_000).max_rows
        5000000
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_rows: int = Field(
        2_000_000,
        ge=1,
        description="Most data rows read from one sheet or file; more is refused, never silently cut short.",
    )
    max_uncompressed_bytes: int = Field(
        1 << 30,
        ge=1,
        description="Most bytes a workbook's archive may declare uncompressed, all parts together (1 GiB).",
    )
    max_compression_ratio: float = Field(
        250.0,
        gt=1,
        description=(
            "Highest uncompressed/compressed size ratio of any workbook part over 1 MiB; real sheets stay "
            "well under 100, deflate bombs reach about 1,000."
        ),
    )
    header_search_rows: int = Field(
        30, ge=1, description="How many non-blank rows at the top are searched for the header row."
    )
    max_field_chars: int = Field(
        10_000_000,
        ge=1,
        description="Longest CSV field accepted, in characters (Python's csv default is 131,072).",
    )


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes, as lowercase hex (for the audit trail).

    Example:
        >>> file_sha256(path)  # doctest: +SKIP
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inspect_file(path: str | Path, *, limits: ReadLimits | None = None) -> FileKind:
    """Check that a file is what its name says and safe to read, and return how to read it.

    Args:
        path: The file.
        limits: The limits to apply (defaults: :class:`ReadLimits`).

    Returns:
        ``"xlsx"`` (also for ``.xlsm``), ``"csv"`` or ``"tsv"``.

    Raises:
        InvalidFileError: missing, a folder, empty, an unsupported suffix, contents that do not match the
            suffix, a password-protected or corrupt workbook.
        UnsafeFileError: a zip bomb, an XML document type declaration, or more rows declared than allowed.

    Example:
        >>> inspect_file("applicants.xlsx")  # doctest: +SKIP
        'xlsx'
    """
    limits = limits or ReadLimits()
    path = Path(path)
    if not path.exists():
        raise InvalidFileError(path, "does not exist")
    if path.is_dir():
        raise InvalidFileError(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind is None:
        hint = ""
        if suffix == ".xls":
            hint = " (the old Excel 97-2003 format: open it in Excel and save it as .xlsx)"
        elif suffix in {".txt", ".text"}:
            hint = " (if it is comma- or tab-separated, rename it to .csv or .tsv)"
        raise InvalidFileError(
            path, f"unsupported file type {suffix or '(no suffix)'!r}{hint}; supported: {', '.join(SUFFIXES)}"
        )
    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise InvalidFileError(path, "is empty (0 bytes)")
    if head.startswith(_OLE_MAGIC):
        what = (
            "is password-protected (encrypted) or an old .xls workbook"
            if kind == "xlsx"
            else "is an Excel binary file (password-protected xlsx or .xls), not text"
        )
        raise InvalidFileError(path, f"{what}; remove the password or save it as a plain .xlsx and try again")
    if kind == "xlsx":
        if not head.startswith(_ZIP_MAGIC):
            looks = (
                "text (perhaps a CSV file: rename it to .csv)"
                if _looks_like_text(path)
                else "not a zip archive"
            )
            raise InvalidFileError(path, f"is not an Excel workbook: its content is {looks}")
        _inspect_archive(path, limits)
    elif head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        raise InvalidFileError(
            path, f"is a zip archive (perhaps an Excel workbook: rename it to .xlsx), not {kind} text"
        )
    return kind


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as handle:
        sample = handle.read(4096)
    return b"\x00" not in sample


def _inspect_archive(path: Path, limits: ReadLimits) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InvalidFileError(path, f"is corrupt: not a readable zip archive ({error})") from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            raise InvalidFileError(path, "is a zip archive but not an Excel workbook (no xl/workbook.xml)")
        if "xl/workbook.bin" in names:
            raise InvalidFileError(path, "is a binary .xlsb workbook; save it as .xlsx")
        total = sum(info.file_size for info in infos)
        if total > limits.max_uncompressed_bytes:
            raise UnsafeFileError(
                path,
                f"declares {_size(total)} uncompressed, more than the {_size(limits.max_uncompressed_bytes)} "
                "limit (a zip bomb, or a sheet too large for xlsx: export it as CSV, or raise "
                "ReadLimits.max_uncompressed_bytes)",
            )
        for info in infos:
            if info.file_size > (1 << 20):
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_compression_ratio:
                    raise UnsafeFileError(
                        path,
                        f"part {info.filename} expands {ratio:,.0f} times ({_size(info.compress_size)} to "
                        f"{_size(info.file_size)}), past the limit of {limits.max_compression_ratio:,.0f} "
                        "(a zip bomb; ReadLimits.max_compression_ratio)",
                    )
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(info) as part:
                    prolog, declared_type = _read_prolog(part)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
                raise InvalidFileError(
                    path, f"is corrupt: part {info.filename} cannot be read ({error})"
                ) from None
            if declared_type:
                raise UnsafeFileError(
                    path,
                    f"part {info.filename} has an XML document type declaration (<!DOCTYPE or <!ENTITY), "
                    "which Excel never writes and which can expand entities without bound; refused",
                )
            if info.filename.startswith("xl/worksheets/"):
                match = _DIMENSION.search(prolog)
                if match:
                    declared = int(match.group(2) or match.group(1))
                    if declared > limits.max_rows + 1_000:
                        raise UnsafeFileError(
                            path,
                            f"sheet part {info.filename} declares {declared:,} rows, more than the limit of "
                            f"{limits.max_rows:,} (ReadLimits.max_rows)",
                        )


_PROLOG_LIMIT = 1 << 20


def _read_prolog(part) -> tuple[bytes, bool]:
    """Read an XML part up to its root element; return what was read and whether a DTD came first.

    The prolog is skipped item by item (XML declaration, processing instructions, comments, spaces) so
    that a long comment cannot hide a ``<!DOCTYPE`` from a fixed-size look. A prolog longer than 1 MiB
    is itself refused as a DTD would be.
    """
    data = part.read(4096)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 part: decode what we have and look
        while len(data) < _PROLOG_LIMIT:
            more = part.read(65536)
            if not more:
                break
            data += more
        text = data.decode("utf-16", errors="ignore").encode("utf-8")
        return text, _prolog_doctype(text) is not False
    position = 0
    while True:
        verdict = _prolog_doctype(data, position)
        if verdict is not None:
            return data, verdict
        if len(data) >= _PROLOG_LIMIT:
            return data, True
        more = part.read(65536)
        if not more:
            return data, False
        data += more


def _prolog_doctype(data: bytes, position: int = 0) -> bool | None:
    """True: a DTD precedes the root element; False: the root element comes first; None: need more bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        position = max(position, 3)
    while True:
        while position < len(data) and data[position : position + 1] in b" \t\r\n":
            position += 1
        rest = data[position:]
        if len(rest) < 9:
            return None
        if rest.startswith(b"<?"):
            end = data.find(b"?>", position + 2)
            if end < 0:
                return None
            position = end + 2
        elif rest.startswith(b"<!--"):
            end = data.find(b"-->", position + 4)
            if end < 0:
                return None
            position = end + 3
        elif rest.startswith(b"<!"):
            return True
        else:
            return False


def _size(count: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,} bytes"


_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_csv_cell(text: str) -> str:
    """Make text safe for a CSV cell: an apostrophe before a leading ``=``, ``+``, ``-``, ``@``, tab or CR.

    Excel and other spreadsheet programs run such text as a formula when they open a CSV file (OWASP,
    "CSV Injection"). Every other text is returned unchanged.

    Example:
        >>> neutralise_csv_cell('=HYPERLINK("http://x","click")')
        '\\'=HYPERLINK("http://x","click")'
        >>> neutralise_csv_cell("Jane Doe")
        'Jane Doe'
    """
    if text.startswith(_FORMULA_TRIGGERS):
        return "'" + text
    return text
