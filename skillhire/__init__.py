"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.adverse_impact import AdverseImpactReport, AdverseImpactRow
from skillhire.applicants import ApplicantRecords, ApplicantRow, RatingRecords, RatingRow, read_applicants, read_ratings
from skillhire.assessment import Assessment, assessment_schema, list_assessments, load_assessment
from skillhire.batch import BatchSummary, score_spreadsheets
from skillhire.certificates import Certificate, CertificateEntry, PassOver
from skillhire.errors import (
    AssessmentNotFoundError,
    CertificateChoiceError,
    InvalidFileError,
    InvalidRowError,
    MissingColumnError,
    OutputExistsError,
    PassOverRequiredError,
    SelectionError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    UnknownNameError,
    UnsafeFileError,
)
from skillhire.rater_agreement import RaterAgreementReport
from skillhire.results_io import write_results
from skillhire.safety import ReadLimits
from skillhire.scoring import ApplicantOutcome, PoolResult, score_pool
from skillhire.spreadsheets import RowError, RowsRead, SheetRow, read_rows
from skillhire.synthetic import generate_pool
from skillhire.workbook import Table, WriteReport, write_tables

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "AdverseImpactReport",
    "AdverseImpactRow",
    "ApplicantOutcome",
    "ApplicantRecords",
    "ApplicantRow",
    "Assessment",
    "AssessmentNotFoundError",
    "BatchSummary",
    "Certificate",
    "CertificateChoiceError",
    "CertificateEntry",
    "InvalidFileError",
    "InvalidRowError",
    "MissingColumnError",
    "OutputExistsError",
    "PassOver",
    "PassOverRequiredError",
    "PoolResult",
    "RaterAgreementReport",
    "RatingRecords",
    "RatingRow",
    "ReadLimits",
    "RowError",
    "RowsRead",
    "SelectionError",
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
    "assessment_schema",
    "generate_pool",
    "list_assessments",
    "load_assessment",
    "read_applicants",
    "read_ratings",
    "read_rows",
    "score_pool",
    "score_spreadsheets",
    "write_results",
    "write_tables",
]
