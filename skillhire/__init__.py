"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.errors import (
    InvalidFileError,
    InvalidRowError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    UnknownNameError,
)
from skillhire.posting import JobPosting, Salary, load_posting, parse_posting

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "InvalidFileError",
    "InvalidRowError",
    "JobPosting",
    "Salary",
    "SkillhireError",
    "SkillhireWarning",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "UnknownNameError",
    "__version__",
    "load_posting",
    "parse_posting",
]
