"""skillhire: skills-first federal hiring.

Rewrite job postings into plain language, map postings and resumes to a CX, data and AI skills taxonomy,
generate USAJOBS-structured postings from templates, and score pooled-hiring candidates against shared
assessments.
"""

from importlib.metadata import PackageNotFoundError, version

from skillhire.adverse_impact import AdverseImpactReport, AdverseImpactRow
from skillhire.applicants import (
    ApplicantRecords,
    ApplicantRow,
    RatingRecords,
    RatingRow,
    read_applicants,
    read_ratings,
)
from skillhire.assessment import Assessment, assessment_schema, list_assessments, load_assessment
from skillhire.batch import BatchSummary, score_spreadsheets
from skillhire.certificates import Certificate, CertificateEntry, CertificateRecord, PassOver
from skillhire.demo import DemoReport, run_demo
from skillhire.errors import (
    AssessmentNotFoundError,
    CertificateChoiceError,
    EmptyTextError,
    InvalidFileError,
    InvalidGradeError,
    InvalidRowError,
    InvalidRowsError,
    InvalidTitleError,
    MissingColumnError,
    OutputExistsError,
    PassOverRequiredError,
    PostingCheckError,
    SelectionError,
    SkillhireError,
    SkillhireWarning,
    TaxonomyNotFoundError,
    TemplateNotFoundError,
    TemplateRenderError,
    UnknownChoiceError,
    UnknownNameError,
    UnknownRuleError,
    UnknownSeriesError,
    UnsafeFileError,
    UnsafeTemplateError,
)
from skillhire.lint import Finding, LintOptions, lint_posting
from skillhire.plain_language import Rule, Severity, list_rules
from skillhire.plots import plot_adverse_impact, plot_categories, plot_rater_agreement, plot_readability
from skillhire.posting import JobPosting, ParticipatingAgency, Salary, load_posting, parse_posting
from skillhire.rater_agreement import RaterAgreementReport
from skillhire.readability import Readability, score_readability
from skillhire.rendering import (
    BatchRenderResult,
    EvaluationSection,
    RenderedPosting,
    check_html_structure,
    describe_templates,
    evaluation_from_assessment,
    list_sample_announcements,
    list_sample_postings,
    list_templates,
    load_sample_announcement,
    load_sample_posting,
    posting_overview,
    render_posting,
    render_postings,
    write_rendered,
)
from skillhire.results_io import write_results
from skillhire.rewrite import Change, RewriteOptions, RewriteResult, rewrite_posting
from skillhire.safety import ReadLimits
from skillhire.scoring import ApplicantOutcome, PoolResult, score_pool
from skillhire.series import SeriesInfo, list_series, series_info
from skillhire.skill_profile import ProfileComparison, SkillProfile, compare_profiles, profile_skills
from skillhire.skills import MatchOptions, SkillMatch, SkillMatches, map_skills, map_skills_batch
from skillhire.spreadsheets import RowError, RowsRead, RowStream, SheetRow, iter_rows, read_rows
from skillhire.synthetic import generate_pool
from skillhire.taxonomy import Skill, Taxonomy, list_taxonomies, load_taxonomy
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
    "BatchRenderResult",
    "BatchSummary",
    "Certificate",
    "CertificateChoiceError",
    "CertificateEntry",
    "CertificateRecord",
    "Change",
    "DemoReport",
    "EmptyTextError",
    "EvaluationSection",
    "Finding",
    "InvalidFileError",
    "InvalidGradeError",
    "InvalidRowError",
    "InvalidRowsError",
    "InvalidTitleError",
    "JobPosting",
    "LintOptions",
    "MatchOptions",
    "MissingColumnError",
    "OutputExistsError",
    "ParticipatingAgency",
    "PassOver",
    "PassOverRequiredError",
    "PoolResult",
    "PostingCheckError",
    "ProfileComparison",
    "RaterAgreementReport",
    "RatingRecords",
    "RatingRow",
    "ReadLimits",
    "Readability",
    "RenderedPosting",
    "RewriteOptions",
    "RewriteResult",
    "RowError",
    "RowStream",
    "RowsRead",
    "Rule",
    "Salary",
    "SelectionError",
    "SeriesInfo",
    "Severity",
    "SheetRow",
    "Skill",
    "SkillMatch",
    "SkillMatches",
    "SkillProfile",
    "SkillhireError",
    "SkillhireWarning",
    "Table",
    "Taxonomy",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "TemplateRenderError",
    "TitleMatch",
    "TitleMatches",
    "TitleOptions",
    "TitleSheetResult",
    "UnknownChoiceError",
    "UnknownNameError",
    "UnknownRuleError",
    "UnknownSeriesError",
    "UnsafeFileError",
    "UnsafeTemplateError",
    "WriteReport",
    "__version__",
    "assessment_schema",
    "check_html_structure",
    "compare_profiles",
    "describe_templates",
    "evaluation_from_assessment",
    "generate_pool",
    "iter_rows",
    "lint_posting",
    "list_assessments",
    "list_rules",
    "list_sample_announcements",
    "list_sample_postings",
    "list_series",
    "list_taxonomies",
    "list_templates",
    "load_assessment",
    "load_posting",
    "load_sample_announcement",
    "load_sample_posting",
    "load_taxonomy",
    "map_skills",
    "map_skills_batch",
    "parse_posting",
    "parse_title",
    "plot_adverse_impact",
    "plot_categories",
    "plot_rater_agreement",
    "plot_readability",
    "posting_overview",
    "profile_skills",
    "read_applicants",
    "read_ratings",
    "read_rows",
    "render_posting",
    "render_postings",
    "rewrite_posting",
    "run_demo",
    "score_pool",
    "score_readability",
    "score_spreadsheets",
    "series_info",
    "translate_title",
    "translate_title_sheet",
    "translate_titles",
    "write_rendered",
    "write_results",
    "write_tables",
]
