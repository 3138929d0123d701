"""Build ``second-annotation-b.jsonl``, sample B of the blind second annotation of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_b_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_b_build.py                    # texts + the GOLD below -> jsonl
    python evaluation/skills/second_annotation_b_build.py --show             # every gold span in its context

Why (HELDOUT.md, "Second annotation of the dev set", "Sample B"): sample A (``second_annotation_build.py``)
showed that the dev set's gold misses many mentions, and the matcher is being fixed on sample A's errors.
Sample B is other announcement text, labelled blind and committed before any matcher runs on it, so that the
fixes can be measured on text nobody tuned on.

Sample (fixed before any text was read): sample A's rule (``second_annotation_build.sample_records``: not
``title``, not empty, at most one field per announcement, the same ``WEIGHTS``, Efraimidis-Spirakis keys, whole
fields in key order until ``TARGET_CHARS`` without passing ``MAX_CHARS``) with seed ``SEED_B``, over the
announcements that have **no field in sample A** (they are removed before any key is drawn), and a field
longer than ``MAX_FIELD_CHARS`` is skipped so that one field cannot dominate (``skipped_fields`` lists them).

The dev set is read only through ``second_annotation_build._dev_fields``, which drops ``spans``.

Gold: ``GOLD`` below, in sample A's format (``(phrase, skill_id)`` or ``(phrase, skill_id, n)``; ``[...]``
marks the span inside context words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "second-annotation-b.jsonl"
SEED_B = 20261125
MAX_FIELD_CHARS = 6_000


def _sample_a_module():
    spec = importlib.util.spec_from_file_location("second_annotation_build", HERE / "second_annotation_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


A = _sample_a_module()


def sample_a_ids() -> frozenset[str]:
    """The announcements of sample A (all of their fields are excluded from sample B)."""
    return frozenset(r["id"] for r in A.sample_records(A._dev_fields()))


def sample_b_records(skipped: list[dict] | None = None) -> list[dict]:
    """Sample B (module docstring), in the dev set's order; ``skipped`` collects the fields over 6,000 chars."""
    return A.sample_records(A._dev_fields(), seed=SEED_B, exclude_ids=sample_a_ids(),
                            max_field_chars=MAX_FIELD_CHARS, skipped=skipped)


def skipped_fields() -> list[dict]:
    """The fields whose turn came before the target was reached and that were skipped for their length."""
    skipped: list[dict] = []
    sample_b_records(skipped)
    return skipped


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write sample B with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return A.build_sample(argv, records=sample_b_records(), gold=GOLD, out=out)


GOLD: dict[str, list[tuple]] = {
    # IT Specialist (Data Management), VA pharmacy: the role's parenthetical specialty; databases, OLAP.
    "ac-598293000:summary": [
        ("Data Management", "data-management"),
        ("development", "database-design"),  # "development, implementation and maintenance of ... databases"
        ("implementation and maintenance", "database-administration"),  # one mention, one skill
        ("SQL Server", "sql"),
        ("Online Analytical Processing", "business-intelligence"),
        ("OLAP", "business-intelligence"),
    ],
    # Data analyst (development finance): database programs, DBMS, statistics and visualization tools.
    "ac-622988700:qualifications": [
        ("data analysis", "data-analysis"),
        ("monitoring and evaluation", "experimental-design"),  # program evaluation (A's call; borderline)
        ("M&E", "experimental-design"),
        ("[analysis], design, development", "systems-analysis"),  # "... of automated computer programs"
        ("analysis, [design], development", "software-architecture"),
        ("development, and maintenance", "software-development"),  # one mention, one skill
        ("database management systems", "database-administration"),  # A's call on DBMS
        ("[analysis], design, programming", "systems-analysis"),
        ("analysis, [design], programming", "database-design"),  # techniques for DBMS
        ("programming", "software-development"),
        ("documentation", "technical-communication"),
        ("statistical analysis", "statistics"),
        ("data aggregation", "data-engineering"),
        ("enterprise data warehouse", "data-warehousing"),
        ("r", "r-language"),  # lower-case r in a list of statistics packages, rule 6
        ("Stata", "stata"),
        ("[Microsoft] / Oracle", "sql"),  # "Microsoft / Oracle SQL Server": list item sharing the head
        ("Oracle", "oracle-database"),
        ("SQL Server", "sql"),
        ("data visualization tools", "data-visualization"),
        ("Microsoft Visio", "business-analysis"),  # the taxonomy's home of Visio
        ("Tableau", "tableau"),
    ],
    # Information security specialist (INFOSEC), GS-13/14: the same text twice.
    "jp-439328500:qualifications": [
        ("Customer Service", "customer-service"),  # twice, competency list (rule 3)
        ("IT system design", "software-architecture"),  # twice
        ("security requirements", "cybersecurity"),  # twice (INFOSEC; borderline)
        ("infrastructure protection", "cybersecurity"),  # four times (borderline)
    ],
    # IT Specialist (Data Management), GS-11/12: database and data management work, OPM competencies.
    "ac-623743600:qualifications": [
        ("database logical and physical design", "database-design"),
        ("normalization", "data-modeling"),
        ("storage capacity management and backup and recovery", "database-administration"),  # one skill
        ("maintaining databases", "database-administration"),
        ("managing systems", "system-administration"),
        ("developing", "database-design"),  # "developing, implementing or administering the databases systems"
        ("implementing or administering the databases systems", "database-administration"),
        ("data management", "data-management"),  # four times
        ("documentation", "technical-communication"),  # twice, "documentation of data management process"
        ("operations research", "operations-research"),  # field of study, rule 5
        ("statistics", "statistics"),
        ("development or adaptation", "software-development"),  # "... of applications, systems or networks"
        ("systems analysis", "systems-analysis"),
        ("analysis and [design]", "software-architecture"),  # "systems analysis and design techniques"
        ("[data] and process modeling", "data-modeling"),
        ("process modeling", "business-analysis"),
        ("configuration management", "it-service-management"),
        ("data automation", "data-engineering"),  # borderline
        ("application system development", "software-development"),
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
    ],
    # Supervisory data analytics program analyst (DLA), GS-15: data governance and data management programs.
    "ac-623054200:qualifications": [
        ("Data Analytics", "data-analysis"),  # the title's parenthetical specialty (rule 4)
        ("information governance", "data-governance"),
        ("[data] and analytics management", "data-management"),  # list item sharing the head
        ("analytics management", "data-analysis"),  # borderline
        ("standards and governance", "data-governance"),
        ("data management services", "data-management"),
        ("manage assigned projects", "project-management"),
        ("strategic data guidance", "data-governance"),  # data strategy (A's call; borderline)
        ("data and analytics skills", "data-literacy"),  # one mention, one skill
    ],
    # Operations research analyst (financial data scientist), Band 60: the same criteria as A's ac-621539300.
    "ac-621541800:qualifications": [
        ("Analyzing data", "data-analysis"),
        ("statistical", "statistics", 0),  # "statistical and mathematical techniques": list item
        ("evaluate program effectiveness", "experimental-design"),  # program evaluation (A's call)
        ("writing code", "software-development"),  # A's own conclusion: a miss of A (see HELDOUT.md)
        ("statistical", "statistics", 1),  # "a statistical or computer programming language": list item
        ("computer programming", "software-development"),
        ("SAS", "sas"),
        ("R", "r-language"),
        ("Python", "python"),
    ],
    # Computer scientist, GS-11/NH-2: the systems engineering process.
    "ac-619369300:qualifications": [
        ("systems engineering", "systems-analysis"),
        ("test planning and test engineering", "software-testing"),  # one mention, one skill
        ("requirements analysis", "requirements-analysis"),
        ("requirements verification", "software-testing"),  # verification (borderline)
        ("functional analysis", "systems-analysis"),
        ("functional verification", "software-testing"),
        ("design verification", "software-testing"),
        ("systems analysis", "systems-analysis"),
        ("system engineering", "systems-analysis"),  # "system engineering artifacts"
    ],
    # Computer scientist (FAA), 1550: statistics courses; software design, development and test.
    "ac-623298400:qualifications": [
        ("statistics", "statistics"),  # twice, field of study (rule 5)
        ("software design", "software-development"),  # the taxonomy's home of "software design"
        ("software design, [development]", "software-development"),
        ("development, [test]", "software-testing"),
    ],
    # Computer scientist (NIST biometrics), 1550: statistics courses, data collection, programming languages.
    "ac-623369100:qualifications": [
        ("statistics", "statistics"),  # twice
        ("maintaining operating systems", "system-administration"),
        ("scientific data collection", "data-collection"),
        ("metadata analysis", "metadata-management"),
        ("software programming", "software-development"),
        ("C", "c-cpp", 0),  # "C, C++" (the pattern also finds the C of "C++")
        ("C++", "cpp"),
        ("R", "r-language"),
        ("Python", "python"),
        ("Java", "java"),
    ],
    # Interdisciplinary computer scientist/engineer (Air Force), GS-13: systems engineering, KSAs.
    "ac-622438200:qualifications": [
        ("[projects] and programs", "project-management"),  # "planning, ... directing ... projects" (borderline)
        ("projects and [programs]", "program-management"),
        ("systems engineering", "systems-analysis"),
        ("network optimization", "network-administration"),  # borderline
        ("cyber weapon systems analysis", "systems-analysis"),
        ("software developers", "software-development"),  # role noun of other people (A's call; borderline)
        ("statistical analysis", "statistics"),
        ("modeling/simulation", "operations-research"),  # A's call
        ("analytical", "data-analysis"),  # "analytical and evaluative techniques" (the dev set's own call)
    ],
    # Management analyst (Army), GS-11: business process planning, reporting data, stakeholders; OPM list.
    "ac-623013500:qualifications": [
        ("business process planning", "business-analysis"),  # borderline
        ("analyzing reporting system data", "data-analysis"),
        ("communicating study findings", "technical-communication"),  # in written reports or briefings (borderline)
        ("working with a variety of different stakeholders", "stakeholder-engagement"),  # borderline
        ("Analytics", "data-analysis"),  # field of study in scope (rule 5)
        ("Statistics", "statistics"),
        ("[Customer Service]Manages", "customer-service"),  # competency name glued by the source (rule 3)
    ],
    # Program analyst, GS-13: service delivery, stakeholders, customer surveys, reports and forecasts.
    "ac-623266300:qualifications": [
        ("service delivery", "service-design"),  # "enhance, improve, and coordinate service delivery" (borderline)
        ("liaising with contractors, project managers, and other stakeholders", "stakeholder-engagement"),
        ("customer service surveys", "customer-feedback"),  # "creating, implementing and evaluating ..."
        ("creating reports", "business-intelligence"),  # reports to monitor performance (borderline)
        ("forecast performance", "forecasting"),  # borderline
    ],
    # Management and program analyst (VHA risk management), GS-13: methods, SharePoint, OPM competencies.
    "ac-623099300:qualifications": [
        ("qualitative", "qualitative-research"),  # "qualitative and/or quantitative methods": list item
        ("quantitative methods", "quantitative-analysis"),
        ("assessment and improvement of program effectiveness", "experimental-design"),  # program evaluation
        ("SharePoint", "sharepoint"),  # twice ("SharePoint to serve as a SharePoint administrator")
        ("Customer Service", "customer-service"),  # competency list (rule 3)
        ("Project Management", "project-management"),
    ],
}


if __name__ == "__main__":
    sys.exit(build())
