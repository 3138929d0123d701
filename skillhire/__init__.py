"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.errors import (
    InvalidFileError,
    InvalidRowError,
    MissingColumnError,
    OutputExistsError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    UnknownNameError,
    UnsafeFileError,
)
from skillhire.safety import ReadLimits
from skillhire.spreadsheets import RowError, RowsRead, SheetRow, read_rows
from skillhire.workbook import Table, WriteReport, write_tables

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "InvalidFileError",
    "InvalidRowError",
    "MissingColumnError",
    "OutputExistsError",
    "ReadLimits",
    "RowError",
    "RowsRead",
    "SheetRow",
    "SkillhireError",
    "SkillhireWarning",
    "Table",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "UnknownNameError",
    "UnsafeFileError",
    "WriteReport",
    "__version__",
    "read_rows",
    "write_tables",
]
