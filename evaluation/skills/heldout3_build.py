"""Build ``heldout3-questionnaires.jsonl``, the third blind held-out skills set (HELDOUT.md, "Set 3").

Run from the repository root (build time only; it reads ``/work/shared``, the library never does)::

    python evaluation/skills/heldout3_build.py [--texts-only DIR]

Sample: every 4th file of ``usastaffing-questionnaires/*.txt`` in sorted name order, starting with the second
(indexes 1, 5, ..., 29: 8 of 31 files, none of them in set 1 (from index 0) or set 2 (from index 2); indexes
3, 7, ..., 27 are kept unread for a future set 4). The excerpts follow sets 1 and 2's rule exactly
(``excerpts`` in ``heldout_build.py``, unchanged): ``preferences`` at most 1,500 characters, ``questionnaire``
from ``Assessment 1`` at most 6,000 characters, each cut back to a line break. 12721894 uses the newer preview
layout with no ``Preferences`` section (questionnaire record only, as set 2's 12789063 and 12809588), and
12764722 has neither a ``Preferences`` nor an ``Assessment 1`` section (its preview holds only eligibility and
conditions-of-employment questions), so the rule gives it no record: 13 records from 8 files.

The gold labels below were written by reading each excerpt before the matcher was run on any of them. Each
entry is ``(phrase, skill_id)`` (every whole-word occurrence of the phrase in the record is labelled) or
``(phrase, skill_id, n)`` (only the n-th occurrence, counting from 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_build import build, sample_files

OUT = Path(__file__).resolve().parent / "heldout3-questionnaires.jsonl"
FIRST = 1

GOLD: dict[str, list[tuple]] = {
    # DATA SCIENTIST (Army): education (fields of study) and one specialized-experience statement.
    "usq-12721894:questionnaire": [
        ("Data Scientist", "data-science"),
        ("statistics", "statistics"),
        ("data science", "data-science"),
        ("Analyzes human resources data", "data-analysis"),
    ],
    # Management & Program Analyst (workforce planning): analysis, forecasting and change tasks.
    "usq-12752909:questionnaire": [
        ("analyzed financial or statistical information", "data-analysis"),
        ("cost-benefit", "quantitative-analysis"),
        ("explained technical material", "technical-communication"),
        ("program evaluations", "experimental-design"),
        ("management surveys", "survey-design"),
        ("forecast", "forecasting"),
        ("forecasting", "forecasting"),
        ("collection", "data-collection"),
        ("analysis of data", "data-analysis"),
        ("analyzing data", "data-analysis"),
        ("collect", "data-collection"),
        ("analyze data", "data-analysis"),
        ("used this data to present detailed reports", "data-storytelling"),
        ("agent of change", "change-management"),
    ],
    # Management & Program Analyst (contact-centre operations): the specialized-experience examples.
    "usq-12755848:questionnaire": [
        ("Analyzes program performance data", "data-analysis"),
        ("forecasting", "forecasting"),
        ("scheduling", "workforce-management-cc"),
        ("analytical and evaluating techniques", "data-analysis"),
        ("Collects", "data-collection"),
        ("analyzes and distributes data", "data-analysis"),
        ("record databases", "database-design"),
        ("collecting", "data-collection"),
        ("reporting data", "business-intelligence"),
        ("Real Time Adherence", "workforce-management-cc"),
        ("RTA", "workforce-management-cc"),
        ("contact centers", "contact-center-operations"),
    ],
    # Operations Research Analyst: basic education requirement and OR task questions.
    "usq-12759079:questionnaire": [
        ("Operations Research", "operations-research"),
        ("operations research", "operations-research"),
        ("statistics", "statistics"),
        ("quantitative", "quantitative-analysis"),
        ("qualitative studies", "qualitative-research"),
        ("statistical", "statistics"),
        ("econometric", "forecasting"),
        ("design of experiments", "experimental-design"),
    ],
    # IT Specialist (APPSW): select-all-that-apply application-development items.
    "usq-12771679:questionnaire": [
        ("software configuration", "version-control"),
        ("application development", "software-development"),
        ("requirements analysis", "requirements-analysis"),
        ("architectures", "software-architecture"),
        ("Software Development Life Cycle", "software-development-lifecycle"),
        ("SDLC", "software-development-lifecycle"),
        ("application performance tuning and monitoring", "it-operations"),
        ("Maintained applications", "software-development"),
        ("continuous integration", "ci-cd"),
        ("continuous deployment", "ci-cd"),
        ("pipelines", "ci-cd"),
        ("working with clients and customers", "customer-service"),
        ("resolved user issues", "help-desk-support"),
        ("end user training", "help-desk-support"),
        ("User manuals", "technical-communication"),
        ("Installation instructions", "technical-communication"),
        ("Help manuals", "technical-communication"),
        ("Operation manuals", "technical-communication"),
        ("orally expressing technical information", "technical-communication"),
        ("infrastructure architecture", "software-architecture"),
        ("user manuals", "technical-communication"),
        ("development of applications", "software-development"),
        ("maintenance on applications", "software-development"),
        ("presenting technical solutions and information", "technical-communication"),
    ],
    # IT Specialist (CUSTSPT): one specialized-experience statement (end-user support).
    "usq-12788103:questionnaire": [
        ("installs and troubleshoots customer hardware and software", "help-desk-support"),
        ("Diagnoses and resolves problems in response to customer IT problems", "help-desk-support"),
        ("Loads customer computers with the required software", "help-desk-support"),
        ("customer satisfaction", "customer-satisfaction"),
        ("user training", "help-desk-support"),
    ],
    # Information Technology Specialist (INFOSEC), Navy: competency definitions and IA task questions.
    "usq-12795922:questionnaire": [
        ("INFOSEC", "cybersecurity"),
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("HELPING END USERS CHANGE THE DESKTOP DISPLAY CONFIGURATIONS", "help-desk-support"),
        ("PRESENTING TRAINING TO END USERS", "help-desk-support"),
        ("RESOLVING COMMON ISSUES END USERS HAVE", "help-desk-support"),
        ("cyber security", "cybersecurity"),
        ("network(s) designs", "network-administration"),
        ("cyber vulnerability solutions", "vulnerability-management"),
        ("IAVAs", "vulnerability-management"),
        ("security design", "cybersecurity"),
        ("information assurance", "cybersecurity"),
        ("IA", "cybersecurity"),
        ("security vulnerabilities", "vulnerability-management"),
        ("identify vulnerabilities", "vulnerability-management"),
        ("security awareness programs", "cybersecurity"),
        ("security principles", "cybersecurity"),
    ],
}


def main(argv: list[str] | None = None) -> int:
    return build(argv, paths=sample_files(first=FIRST), gold=GOLD, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
