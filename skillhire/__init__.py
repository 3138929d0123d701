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

from skillhire.skill_profile import ProfileComparison, SkillProfile, compare_profiles, profile_skills
from skillhire.skills import MatchOptions, SkillMatch, SkillMatches, map_skills, map_skills_batch
from skillhire.taxonomy import Skill, Taxonomy, list_taxonomies, load_taxonomy

try:
    __version__ = version("skillhire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "InvalidFileError",
    "InvalidRowError",
    "MatchOptions",
    "ProfileComparison",
    "Skill",
    "SkillMatch",
    "SkillMatches",
    "SkillProfile",
    "SkillhireError",
    "SkillhireWarning",
    "Taxonomy",
    "TaxonomyNotFoundError",
    "TemplateNotFoundError",
    "UnknownNameError",
    "__version__",
    "compare_profiles",
    "list_taxonomies",
    "load_taxonomy",
    "map_skills",
    "map_skills_batch",
    "profile_skills",
]
