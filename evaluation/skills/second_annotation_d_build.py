"""Build ``second-annotation-d.jsonl``, sample D of the blind second annotation of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_d_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_d_build.py                    # texts + the GOLD below -> jsonl
    python evaluation/skills/second_annotation_d_build.py --show             # every gold span in its context

Why (HELDOUT.md, "Second annotation of the dev set", "Sample D"): the matcher's next round of fixes studies
samples A, B and C, so none of them measures it blind any more. Sample D is other announcement text, labelled
blind and committed before any matcher runs on it, so that the round can be measured on text nobody tuned on.

Sample (fixed before any text was read): sample C's rule (``second_annotation_build.sample_records`` with the
same ``WEIGHTS``, Efraimidis-Spirakis keys, whole fields in key order until ``TARGET_CHARS`` without passing
``MAX_CHARS``, a field longer than ``MAX_FIELD_CHARS`` skipped) with seed ``SEED_D``, over the announcements
that have **no field in sample A, B nor C** (they are removed before any key is drawn). The code is sample
C's build's, imported, not copied.

The dev set is read only through ``second_annotation_build._dev_fields``, which drops ``spans``.

Gold: ``GOLD`` below, in sample A's format (``(phrase, skill_id)`` or ``(phrase, skill_id, n)``; ``[...]``
marks the span inside context words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "second-annotation-d.jsonl"
SEED_D = 20261127


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


C = _module("second_annotation_c_build")
A = C.A
MAX_FIELD_CHARS = C.MAX_FIELD_CHARS


def sample_abc_ids() -> frozenset[str]:
    """The announcements of samples A, B and C (all of their fields are excluded from sample D)."""
    return C.sample_ab_ids() | frozenset(r["id"] for r in C.sample_c_records())


def sample_d_records(skipped: list[dict] | None = None) -> list[dict]:
    """Sample D (module docstring), in the dev set's order; ``skipped`` collects the fields over 6,000 chars."""
    return A.sample_records(A._dev_fields(), seed=SEED_D, exclude_ids=sample_abc_ids(),
                            max_field_chars=MAX_FIELD_CHARS, skipped=skipped)


def skipped_fields() -> list[dict]:
    """The fields whose turn came before the target was reached and that were skipped for their length."""
    skipped: list[dict] = []
    sample_d_records(skipped)
    return skipped


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write sample D with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return A.build_sample(argv, records=sample_d_records(), gold=GOLD, out=out)


GOLD: dict[str, list[tuple]] = {
    # IT project manager (2210): IT operations and projects, data analysis, the four OPM competencies (rules 3, 9).
    "jp-441027400:qualifications": [
        ("operation of Information Technology", "it-operations"),  # rule 7 of "IT operations" (new call; borderline)
        ("planning, organizing, and conducting IT projects", "project-management"),  # one mention, one skill
        ("analyzing data", "data-analysis"),
        ("Customer Service", "customer-service"),  # twice: the list and the numbered definition
        ("Works with clients and customers", "customer-service"),  # rule 9
    ],
    # IT Specialist (INFOSEC): the 2210 parenthetical (rule 4); the OCISO is an office.
    "jp-438900300:summary": [
        ("INFOSEC", "cybersecurity"),
    ],
    # Senior data analyst: competency list glued by the source (rule 3).
    "ac-623367700:evaluations": [
        ("[Customer Service]Decision", "customer-service"),
        ("Solving[Project Management]Writing", "project-management"),
    ],
    # IT Specialist (DATAMGT), Air Force: the 2210 DATAMGT wording, SharePoint, data policy.
    "ac-622843800:qualifications": [
        ("Customer Service", "customer-service"),
        ("database logical and physical design", "database-design"),  # B's CLEAR call
        ("normalization", "data-modeling"),  # A's call
        ("storage capacity management and backup and recovery", "it-operations"),  # one skill (borderline, new)
        ("SharePoint", "sharepoint"),
        ("knowledge management", "knowledge-management"),  # "... and sharing tools"
        ("data policy", "data-governance"),  # "develop and implement data policy, guidance, tools"
    ],
    # IT Specialist (DATAMGT), Army DCIPS: databases, OPM definitions (rule 9), competency list glued (rule 3).
    "ac-622998800:qualifications": [
        ("[managing], developing", "database-administration"),  # "managing, developing and maintaining databases"
        ("managing, [developing] and", "database-design"),
        ("maintaining databases", "database-administration"),
        ("hardware and software security programs", "cybersecurity"),  # "... to secure communications" (borderline)
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("[Data Management]Database", "data-management"),
        ("Data Management[Database Administration]Information", "database-administration"),
        ("Administration[Information Systems]/Network", "cybersecurity"),  # information systems security (list item)
        ("Systems/[Network Security]", "network-security"),
    ],
    # IT Specialist (NETWORK/DATAMGT): the 2210 parentheticals (rule 4); "DHA for Cyber Workforce" is an authority.
    "ac-597722300:summary": [
        ("[NETWORK]/DATAMGT", "network-administration"),
        ("NETWORK/[DATAMGT]", "data-management"),
    ],
    # Supervisory IT Specialist (DATAMGT): the data management process and its listed examples, projects, OPM.
    "ac-623054100:qualifications": [
        ("supervising or leading employees", "team-leadership"),  # of a data management team (C's call; borderline)
        ("data management", "data-management"),  # "information technology data management process"
        ("data transfers, data uploads, data downloads", "data-integration"),  # one skill, rule 8 (borderline, new)
        ("archival of data", "records-management"),  # the taxonomy's home of archiving (borderline, new)
        ("data validation", "data-cleaning"),
        ("data reporting", "business-intelligence"),
        ("data analytics", "data-analysis"),  # "preparing data analytics"
        ("developing and managing project plans", "project-management"),
        ("Customer Service", "customer-service"),
        ("anticipates and meets the needs of both internal and external customers", "customer-service"),  # rule 9
        ("manages customer relationships", "customer-relationship-management"),  # rule 9
    ],
    # Financial management analyst (data analytics): reports, data extracts, predictive analytics, warehousing.
    "ac-621450200:qualifications": [
        ("provides reports from various systems", "business-intelligence"),  # borderline (C's "reporting of ...")
        ("process improvements", "business-analysis"),  # C's call
        ("analysis of data extracts", "data-analysis"),  # rule 7
        ("monitor or coordinate projects", "project-management"),  # borderline
        ("evaluate and interpret data extracts", "data-analysis"),  # one mention (A's and C's call; see HELDOUT)
        ("assessing information validity and reliability", "data-quality"),  # borderline, new
        ("predictive analytics", "predictive-analytics"),
        ("data sampling", "sampling"),
        ("data warehousing", "data-warehousing"),
        ("analytical reports", "data-analysis"),  # rule 6, modifier + generic head
        ("identify trends", "forecasting"),  # trend analysis (C's call; borderline)
    ],
    # Operations research analyst (1515): degree and courses (rule 5), supply-chain data work.
    "ac-621060600:qualifications": [
        ("Operations Research", "operations-research"),  # the degree
        ("operations research", "operations-research"),  # the course list
        ("statistics", "statistics"),  # twice; probability, mathematical logic, calculus are not labelled
        ("dashboards", "dashboards"),  # "Designing metrics or dashboards"
        ("platforms, [architecture], coding", "enterprise-architecture"),  # IT architecture (A's call; borderline)
        ("coding", "software-development"),
        ("Manipulate different datasets", "etl"),  # A's "manipulation of data"
        ("analyzing manufacturer, distributor, and point of care data", "data-analysis"),
        ("Communicating with stakeholders", "stakeholder-engagement"),  # "stakeholder communication" (rule 7)
    ],
    # Computer scientist (1550): the course rule (rule 5) and the KSAs.
    "ac-615452900:qualifications": [
        ("statistics", "statistics"),  # twice
        ("systems architecture", "software-architecture"),  # "digital computer systems architecture" (C's call)
    ],
    # Computer scientist (1550): the course rule.
    "ac-621849700:education": [
        ("statistics", "statistics"),  # twice
    ],
    # Computer scientist / data engineer: the role noun (rule 4), architecture, cloud, data exchange.
    "ac-621725900:summary": [
        ("Data Engineer", "data-engineering"),
        ("software architecture", "software-architecture"),
        ("cloud", "cloud-computing"),  # "across vehicles, edge, and cloud"
        ("exchanging data", "data-integration"),  # rule 7 of "data exchange" (borderline)
    ],
    # Supervisory statistician (data scientist): A's call on "writing code in a statistical or ... language".
    "ac-621484000:qualifications": [
        ("formulating research questions", "research-methods"),  # borderline, new
        ("evaluating statistical results", "statistics"),
        ("a [statistical] or computer", "statistics"),  # list item (A's call)
        ("computer programming", "software-development"),
        ("SAS", "sas"),
        ("Statistical Analysis System", "sas"),  # expansion and acronym: two spans
        ("R", "r-language"),
        ("Python", "python"),
        ("predictive modelling", "predictive-analytics"),
        ("querying", "sql"),  # "querying large data sets": rule 8, closest skill (borderline, new)
        ("large data sets", "big-data"),  # A's call
        ("communicating research achievements, objectives and results to a wide variety of audiences",
         "technical-communication"),  # borderline (A's "communicate ... to non-technical audiences")
    ],
}


if __name__ == "__main__":
    sys.exit(build())
