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
from skillhire.lint import Finding, LintOptions, lint_posting
from skillhire.plain_language import Rule, Severity, list_rules
from skillhire.posting import JobPosting, Salary, load_posting, parse_posting
from skillhire.readability import Readability, score_readability
from skillhire.rewrite import Change, RewriteOptions, RewriteResult, rewrite_posting
from skillhire.series import SeriesInfo, list_series, series_info
from skillhire.titles import TitleMatch, TitleMatches, TitleOptions, parse_title, translate_title, translate_titles

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Change",
    "Finding",
    "InvalidFileError",
    "InvalidGradeError",
    "InvalidRowError",
    "InvalidTitleError",
    "JobPosting",
    "LintOptions",
    "Readability",
    "RewriteOptions",
    "RewriteResult",
    "Rule",
    "Salary",
    "SeriesInfo",
    "Severity",
    "SkillhireError",
    "SkillhireWarning",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "TitleMatch",
    "TitleMatches",
    "TitleOptions",
    "UnknownNameError",
    "UnknownSeriesError",
    "__version__",
    "lint_posting",
    "list_rules",
    "list_series",
    "load_posting",
    "parse_posting",
    "parse_title",
    "rewrite_posting",
    "score_readability",
    "series_info",
    "translate_title",
    "translate_titles",
]
