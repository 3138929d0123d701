"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.adverse_impact import AdverseImpactReport, AdverseImpactRow
from skillhire.applicants import ApplicantRecords, ApplicantRow, RatingRecords, RatingRow, read_applicants, read_ratings
from skillhire.assessment import Assessment, assessment_schema, list_assessments, load_assessment
from skillhire.certificates import Certificate, CertificateEntry, PassOver
from skillhire.errors import (
    AssessmentNotFoundError,
    CertificateChoiceError,
    InvalidFileError,
    InvalidGradeError,
    InvalidRowError,
    InvalidTitleError,
    PassOverRequiredError,
    PostingCheckError,
    SelectionError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    TemplateRenderError,
    UnknownNameError,
    UnknownSeriesError,
    UnsafeTemplateError,
)
from skillhire.posting import JobPosting, ParticipatingAgency, Salary, load_posting, parse_posting
from skillhire.rater_agreement import RaterAgreementReport
from skillhire.rendering import (
    BatchRenderResult,
    EvaluationSection,
    RenderedPosting,
    check_html_structure,
    describe_templates,
    evaluation_from_assessment,
    list_sample_postings,
    list_templates,
    load_sample_posting,
    posting_overview,
    render_posting,
    render_postings,
    write_rendered,
)
from skillhire.scoring import ApplicantOutcome, PoolResult, score_pool
from skillhire.series import SeriesInfo, list_series, series_info
from skillhire.synthetic import generate_pool
from skillhire.titles import TitleMatch, TitleMatches, TitleOptions, parse_title, translate_title, translate_titles

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
    "BatchRenderResult",
    "Certificate",
    "CertificateChoiceError",
    "CertificateEntry",
    "EvaluationSection",
    "InvalidFileError",
    "InvalidGradeError",
    "InvalidRowError",
    "InvalidTitleError",
    "JobPosting",
    "ParticipatingAgency",
    "PassOver",
    "PassOverRequiredError",
    "PoolResult",
    "PostingCheckError",
    "RaterAgreementReport",
    "RatingRecords",
    "RatingRow",
    "RenderedPosting",
    "Salary",
    "SelectionError",
    "SeriesInfo",
    "SkillhireError",
    "SkillhireWarning",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "TemplateRenderError",
    "TitleMatch",
    "TitleMatches",
    "TitleOptions",
    "UnknownNameError",
    "UnknownSeriesError",
    "UnsafeTemplateError",
    "__version__",
    "assessment_schema",
    "check_html_structure",
    "describe_templates",
    "evaluation_from_assessment",
    "generate_pool",
    "list_assessments",
    "list_sample_postings",
    "list_series",
    "list_templates",
    "load_assessment",
    "load_posting",
    "load_sample_posting",
    "parse_posting",
    "parse_title",
    "posting_overview",
    "read_applicants",
    "read_ratings",
    "render_posting",
    "render_postings",
    "score_pool",
    "series_info",
    "translate_title",
    "translate_titles",
    "write_rendered",
]
