"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.errors import (
    InvalidFileError,
    InvalidGradeError,
    InvalidRowError,
    InvalidTitleError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    UnknownNameError,
    UnknownSeriesError,
)
from skillhire.series import SeriesInfo, list_series, series_info
from skillhire.titles import (
    TitleMatch,
    TitleMatches,
    TitleOptions,
    TitleSheetResult,
    parse_title,
    translate_title,
    translate_title_sheet,
    translate_titles,
)

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "InvalidFileError",
    "InvalidGradeError",
    "InvalidRowError",
    "InvalidTitleError",
    "SeriesInfo",
    "SkillhireError",
    "SkillhireWarning",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "TitleMatch",
    "TitleMatches",
    "TitleOptions",
    "TitleSheetResult",
    "UnknownNameError",
    "UnknownSeriesError",
    "__version__",
    "list_series",
    "parse_title",
    "series_info",
    "translate_title",
    "translate_title_sheet",
    "translate_titles",
]
