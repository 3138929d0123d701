"""Build ``second-annotation-c.jsonl``, sample C of the blind second annotation of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_c_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_c_build.py                    # texts + the GOLD below -> jsonl
    python evaluation/skills/second_annotation_c_build.py --show             # every gold span in its context

Why (HELDOUT.md, "Second annotation of the dev set", "Sample C"): the matcher is being fixed on the errors of
samples A and B, so neither measures it blind any more. Sample C is other announcement text, labelled blind and
committed before any matcher runs on it, so that the fixes can be measured on text nobody tuned on.

Sample (fixed before any text was read): sample B's rule (``second_annotation_build.sample_records`` with the
same ``WEIGHTS``, Efraimidis-Spirakis keys, whole fields in key order until ``TARGET_CHARS`` without passing
``MAX_CHARS``, a field longer than ``MAX_FIELD_CHARS`` skipped) with seed ``SEED_C``, over the announcements
that have **no field in sample A nor in sample B** (they are removed before any key is drawn).

The dev set is read only through ``second_annotation_build._dev_fields``, which drops ``spans``.

Gold: ``GOLD`` below, in sample A's format (``(phrase, skill_id)`` or ``(phrase, skill_id, n)``; ``[...]``
marks the span inside context words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "second-annotation-c.jsonl"
SEED_C = 20261126


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


B = _module("second_annotation_b_build")
A = B.A
MAX_FIELD_CHARS = B.MAX_FIELD_CHARS


def sample_ab_ids() -> frozenset[str]:
    """The announcements of samples A and B (all of their fields are excluded from sample C)."""
    return B.sample_a_ids() | frozenset(r["id"] for r in B.sample_b_records())


def sample_c_records(skipped: list[dict] | None = None) -> list[dict]:
    """Sample C (module docstring), in the dev set's order; ``skipped`` collects the fields over 6,000 chars."""
    return A.sample_records(A._dev_fields(), seed=SEED_C, exclude_ids=sample_ab_ids(),
                            max_field_chars=MAX_FIELD_CHARS, skipped=skipped)


def skipped_fields() -> list[dict]:
    """The fields whose turn came before the target was reached and that were skipped for their length."""
    skipped: list[dict] = []
    sample_c_records(skipped)
    return skipped


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write sample C with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return A.build_sample(argv, records=sample_c_records(), gold=GOLD, out=out)


GOLD: dict[str, list[tuple]] = {
    # IT Specialist (DATAMGT): the one competency of the assessment (rule 3).
    "ac-619749500:evaluations": [
        ("Data Management", "data-management"),
    ],
    # Interdisciplinary computer engineer / scientist: emerging technologies, DevSecOps.
    "ac-621566500:qualifications": [
        ("technical leadership", "team-leadership"),
        ("distributed ledger", "blockchain"),  # "distributed ledger (blockchain)": two spans, as B's OLAP
        ("blockchain", "blockchain"),
        ("Internet of Things", "internet-of-things"),
        ("robotic process automation", "robotic-process-automation"),
        ("RPA", "robotic-process-automation"),
        ("virtual/augmented realities", "extended-reality"),
        ("5G technologies", "network-administration"),  # rule 8, closest skill (new call; borderline)
        ("DevSecOps", "devsecops"),
        ("deployment", "ci-cd"),  # "deployment, configuration, hardening, and pipeline integration of ..."
        ("configuration", "system-administration"),  # borderline
        ("hardening", "cybersecurity"),
        ("pipeline integration", "ci-cd"),
        ("cloud", "cloud-computing"),  # "cloud, web, as well as open-source services": items sharing the head
        ("web", "apis"),  # web services
        ("open-source services", "open-source"),
        ("Agile development", "agile"),
    ],
    # Management analyst: tracking and compiling data (borderline, new call).
    "ac-621798500:qualifications": [
        ("tracking data", "data-collection"),
        ("tracking and compiling", "data-collection"),  # "... responses and other data"
    ],
    # Supervisory program analyst (data scientist): systems for data, projects, methods, languages.
    "ac-622165900:qualifications": [
        ("data scientist", "data-science"),  # role noun (rule 4)
        ("leading and coordinating the efforts of a team", "team-leadership"),  # borderline, new call
        ("data management", "data-management"),
        ("developing", "software-development"),  # "Planning, developing, implementing, and administering systems"
        ("implementing, and administering systems", "system-administration"),  # one mention, one skill
        ("acquisition", "data-collection"),  # "acquisition, storage, and retrieval of data": list items
        ("storage, and retrieval", "data-management"),  # borderline
        ("Implementing, managing, tracking, and evaluating", "project-management"),  # "... data analysis projects"
        ("data analysis", "data-analysis"),
        ("statistical", "statistics", 0),  # "mathematical, statistical, econometric": list item
        ("econometric", "forecasting"),  # the taxonomy's home of econometrics
        ("leading teams", "team-leadership"),  # borderline, new call
        ("analytic studies", "data-analysis"),  # borderline
        ("programming languages", "software-development"),
        ("statistical tools", "statistics"),
        ("data ingestion", "data-engineering"),
        ("analysis, and interpretation", "data-analysis"),  # one mention, one skill
        ("Python", "python"),
        ("SQL", "sql"),
        ("R", "r-language"),
        ("SAS", "sas"),
        ("JavaScript", "javascript"),
        ("full-stack", "web-development"),
        ("Scala", "scala"),
        ("Sci-Kit Learn", "scikit-learn"),  # rule 6's own example
    ],
    # Supervisory data analytics specialist: analytical methods, program evaluation, BI systems.
    "ac-622293200:qualifications": [
        ("analytical", "data-analysis"),  # "analytical and evaluative methods" (the dev set's own call)
        ("evaluate programs", "experimental-design"),  # program evaluation (A's call; borderline)
        ("process improvement", "business-analysis"),
        ("change management", "change-management"),
        ("business data systems", "business-intelligence"),  # borderline, new call
    ],
    # Data scientist (1530): the degree rule; statistics is in scope (rule 5), actuarial science is not.
    "ac-622388700:education": [
        ("statistics", "statistics"),
    ],
    # Computer scientist/engineer: KSAs on test data, systems, projects, technical communication.
    "ac-622460000:qualifications": [
        ("software development", "software-development"),
        ("[analysis], evaluation, and investigative techniques", "data-analysis"),  # the dev set's "analytical" call
        ("synthesize data", "data-analysis"),  # borderline
        ("process test data", "data-engineering"),  # data processing (A's call; borderline)
        ("analyze, interpret, and evaluate", "data-analysis"),  # "... technical data": one mention, one skill
        ("systems operations", "it-operations"),
        ("systems architecture", "software-architecture"),
        ("real-time analyses", "data-analysis"),  # borderline
        ("plan and execute complex, multi-faceted projects", "project-management"),
        ("data processing", "data-engineering"),
        ("communicate effectively, both orally and in writing, complex technical issues",
         "technical-communication"),
    ],
    # Lead IT specialist (network/data management): the PMP certification requirement.
    "ac-622466400:education": [
        ("Project Management Professional", "project-management"),
        ("PMP", "project-management"),  # "(PMP)"
        ("current[PMP]", "project-management"),  # glued by the source
    ],
    # Operations research analyst: the role noun and trend analysis.
    "ac-622511800:qualifications": [
        ("Operations Research Analyst", "operations-research"),
        ("trend analysis", "forecasting"),
    ],
    # Data analytics specialist: data from business systems, databases, tools, reports.
    "ac-622704900:qualifications": [
        ("generating, gathering, and compiling data", "data-collection"),  # one mention, one skill
        ("business data systems", "business-intelligence"),  # twice; borderline, new call
        ("Creating and/or customizing existing databases", "database-design"),
        ("relational database management system", "database-design"),  # creating databases (new call)
        ("Oracle", "oracle-database"),
        ("Microsoft Access", "ms-access"),
        ("MySQL", "mysql"),
        ("SQL Server", "sql"),
        ("Python", "python"),
        ("qualitative", "qualitative-research"),  # "qualitative and quantitative techniques" (B's call)
        ("quantitative techniques", "quantitative-analysis"),
        ("Written and oral presentation of highly technical business data reports", "technical-communication"),
        ("data visualization tools", "data-visualization"),
        ("Tableau", "tableau"),
        ("MicroStrategy", "microstrategy"),
    ],
    # Computer scientist (armament): modeling and simulation (A's M&S call).
    "ac-622708900:summary": [
        ("modeling and simulation", "operations-research"),
    ],
    # Computer scientist (Census, 1550): software and system development, four grades of nearly the same text.
    "ac-622894400:qualifications": [
        ("statistics", "statistics"),  # twice, field of study (rule 5)
        ("software and system development", "software-development"),  # four times
        ("software and system solutions", "software-development"),
        ("survey processing", "data-engineering"),  # borderline
        ("large volumes of data", "big-data"),  # four times (A's "large data sets")
        ("development of innovative software solutions", "software-development"),  # three times
        ("developing, with assistance,software systems", "software-development"),  # glued by the source
        ("developing, with assistance, software systems", "software-development"),  # three times
        ("data structures", "software-development"),  # four times; rule 8, closest skill (borderline)
        ("service oriented architecture", "apis"),  # four times; the taxonomy's home of SOA
        ("software engineering", "software-development"),  # four times
        ("softwareengineering", "software-development"),  # twice, glued by the source (rule 6)
        ("computer communication", "network-administration"),  # four times; borderline
        ("programming, software development", "software-development"),  # three times; one mention
        ("analyzing needs and product requirements", "requirements-analysis"),  # twice
        ("software designs and code", "software-development"),  # twice
        ("investigating system concepts and system interactions", "systems-analysis"),  # borderline
        ("[investigating system concepts and system interactions]in", "systems-analysis"),  # glued
    ],
    # Interdisciplinary engineers / computer scientist: competency list glued by the source (rule 3).
    "ac-623069600:evaluations": [
        ("OTHERS[ENGINEERING PROJECT MANAGEMENT]PARTNERINGPROBLEM", "project-management"),
        ("MANAGEMENTPARTNERINGPROBLEM SOLVING[SYSTEMS DESIGN] AND", "software-architecture"),
        ("AND [INTEGRATION]SYSTEMS ENGINEERING", "systems-analysis"),  # systems integration: list item
        ("INTEGRATION[SYSTEMS ENGINEERING]", "systems-analysis"),
    ],
    # Interdisciplinary (Data Analytics Officer): the role noun (rule 4).
    "ac-623172200:summary": [
        ("Data Analytics", "data-analysis"),
    ],
    # IT Specialist (Data Management): OPM competencies (rules 3, 9) and database work; RAAS is an office.
    "ac-623395400:qualifications": [
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("[analytical], statistical, and technology services", "data-analysis"),
        ("analytical, [statistical], and technology services", "statistics"),
        ("Data Management", "data-management"),  # "(IT) Specialist (Data Management)"
        ("develop, modify", "database-design"),  # "develop, modify, and administer ... databases"
        ("administer", "database-administration"),
        ("standards for the handling of data", "data-governance"),  # borderline
        ("lead significant projects", "project-management"),
        ("administration of databases", "database-administration"),
        ("modification of data elements", "data-modeling"),  # borderline
        ("reporting of information", "business-intelligence"),  # "... to customers from the databases" (borderline)
        ("security of data", "data-security"),  # rule 7
    ],
    # IT Specialist (SysAnalysis/DataMgt): the 2210 competency definitions.
    "ac-623722100:evaluations": [
        ("enhance the value of data and information assets", "data-management"),  # borderline
        ("Information Technology strategy, policy, guidance, and plans", "it-policy-planning"),
        ("management of information resources", "it-policy-planning"),  # rule 7
        ("configuration", "it-service-management"),  # "configuration/requirement changes"
        ("requirement changes", "requirements-analysis"),  # requirements management (borderline)
        ("information systems/services life cycle", "it-service-management"),  # one mention
        ("Protect and defend information and information systems", "cybersecurity"),
        ("Information Assurance", "cybersecurity"),
    ],
}


if __name__ == "__main__":
    sys.exit(build())
