"""Build ``heldout4-questionnaires.jsonl``, the fourth (last) blind held-out skills set (HELDOUT.md, "Set 4").

Run from the repository root (build time only; it reads ``/work/shared``, the library never does)::

    python evaluation/skills/heldout4_build.py [--texts-only DIR]

Sample: every 4th file of ``usastaffing-questionnaires/*.txt`` in sorted name order, starting with the fourth
(indexes 3, 7, ..., 27: the last 7 of 31 files, none of them in set 1 (from index 0), set 2 (from index 2) or
set 3 (from index 1)). The excerpts follow sets 1-3's rule exactly (``excerpts`` in ``heldout_build.py``,
unchanged): ``preferences`` at most 1,500 characters, ``questionnaire`` from ``Assessment 1`` at most 6,000
characters, each cut back to a line break.

The gold labels below were written by reading each excerpt before the matcher was run on any of them. Each
entry is ``(phrase, skill_id)`` (every whole-word occurrence of the phrase in the record is labelled) or
``(phrase, skill_id, n)`` (only the n-th occurrence, counting from 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_build import build, sample_files

OUT = Path(__file__).resolve().parent / "heldout4-questionnaires.jsonl"
FIRST = 3

GOLD: dict[str, list[tuple]] = {
    # Operations Research Analyst (GS-14): education, specialized experience and OR task questions.
    "usq-12750087:questionnaire": [
        ("Operations Research", "operations-research"),
        ("operations research", "operations-research"),
        ("statistics", "statistics"),
        ("analytical", "data-analysis"),
        ("predictive models", "predictive-analytics"),
        ("data visualization", "data-visualization"),
        ("dashboards", "dashboards"),
        ("PowerBI", "power-bi"),
        ("Tableau", "tableau"),
        ("Translating complex data insights", "data-storytelling"),
        ("Managing", "data-management"),
        ("querying large complex datasets", "sql"),
        ("data collection", "data-collection"),
        ("accuracy of the data", "data-quality"),
        ("data analytics", "data-analysis"),
        ("extract relevant information from historical datasets", "data-mining"),
        ("methods of scientific inquiry", "research-methods"),
    ],
    # Human Capital Program Analyst (Treasury): HR data analysis, customer relationships, survey research.
    "usq-12754616:questionnaire": [
        ("analyzing", "data-analysis"),
        ("maintain relationships with customers", "customer-relationship-management"),
        ("survey operations", "survey-design"),
        ("research methods", "research-methods"),
        ("collecting statistical data", "data-collection"),
        ("multivariate analyses", "statistics"),
        ("descriptive statistical analyses", "statistics"),
        ("descriptive statistics", "statistics"),
        ("analyze information", "data-analysis"),
        ("Oracle Business Intelligence", "oracle-bi"),
        ("OBIE", "oracle-bi"),
        ("reporting tools", "business-intelligence"),
        ("ServiceNow", "servicenow"),
    ],
    # IT Specialist (application system administrator): COTS/GOTS software, requirements, SDLC, design.
    "usq-12756954:questionnaire": [
        ("Application System Administrator", "system-administration"),
        ("designing", "software-development"),
        ("documenting", "technical-communication"),
        ("developing", "software-development", 0),
        ("testing", "software-testing", 0),
        ("Commercial off-the-shelf", "enterprise-applications"),
        ("COTS", "enterprise-applications"),
        ("Government off-the-shelf", "enterprise-applications"),
        ("GOTS", "enterprise-applications"),
        ("Azure DevOps", "devops"),
        ("application lifecycle management", "software-development-lifecycle"),
        ("System Administration", "system-administration"),
        ("patching", "vulnerability-management"),
        ("UNIX", "unix"),
        ("Linux", "linux"),
        ("Windows operating systems", "windows-server"),
        ("MS IIS", "microsoft-internet-information-services"),
        ("Analyze technical requirements", "requirements-analysis"),
        ("gathered the technical requirements", "requirements-analysis"),
        ("analyzed technical requirements", "requirements-analysis"),
        ("analyze technical requirements", "requirements-analysis"),
        ("written guidance documents", "technical-communication"),
        ("Develop functional or technical requirements", "requirements-analysis"),
        ("development of functional or technical requirements", "requirements-analysis"),
        ("translating stakeholder needs into an IT solution", "requirements-analysis"),
        ("developed functional or technical requirements", "requirements-analysis"),
        ("Evaluate requirements", "requirements-analysis"),
        ("Requests For Information", "it-acquisition"),
        ("RFIs", "it-acquisition"),
        ("RFI", "it-acquisition"),
        ("IT systems lifecycle", "software-development-lifecycle"),
        ("Requirements gathering", "requirements-analysis"),
        ("Analyze software problems", "help-desk-support"),
        ("software testing", "software-testing"),
        ("software troubleshooting", "help-desk-support"),
        ("Design software solutions", "software-architecture"),
        ("designed software solutions", "software-architecture"),
        ("design software solutions", "software-architecture"),
        ("database architecture", "database-design"),
    ],
    # Operations Research Analyst (Army, GS-13): education, specialized experience and OR task questions.
    "usq-12761506:questionnaire": [
        ("Operations Research", "operations-research"),
        ("operations research", "operations-research"),
        ("statistics", "statistics"),
        ("systems analysis", "systems-analysis"),
        ("quantitative", "quantitative-analysis"),
        ("qualitative research", "qualitative-research"),
        ("system analysis", "systems-analysis"),
        ("ad-hoc analysis", "data-analysis"),
        ("technical papers", "technical-communication"),
    ],
    # IT Specialist (APPSW), DoD health IT: testing, requirements, the four IOR competency definitions.
    "usq-12766531:questionnaire": [
        ("APPSW", "software-development"),
        ("test activities", "software-testing"),
        ("information technology (IT) projects", "project-management"),
        ("reviewing requirements", "requirements-analysis"),
        ("developing test cases and scenarios", "software-testing"),
        ("HL7 data standards", "data-integration"),
        ("Interface Control Documents", "systems-analysis"),
        ("plan and execute tests", "software-testing"),
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("complaints", "complaint-handling"),
        ("working relationships with customers", "customer-relationship-management"),
        ("quality of services", "quality-monitoring"),
        ("customer satisfaction", "customer-satisfaction"),
        ("engaging appropriate stakeholders", "stakeholder-engagement"),
    ],
    # Information Technology Specialist (INFOSEC), Defense Media Activity: IOR competencies and IA tasks.
    "usq-12773376:questionnaire": [
        ("INFOSEC", "cybersecurity"),
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("Leading IT infrastructure, software and cloud projects", "project-management"),
        ("protect IT systems", "cybersecurity"),
        ("monitoring and evaluating vulnerabilities", "vulnerability-management"),
        ("assess and resolve risks", "risk-management-framework"),
        ("firewalls", "network-security"),
        ("security policies", "cybersecurity"),
        ("IT network systems performance", "network-administration"),
        ("technology rollout planning", "it-service-management"),
        ("cybersecurity", "cybersecurity"),
        ("Information Assurance", "cybersecurity"),
        ("IA", "cybersecurity"),
        ("Information Security", "cybersecurity"),
        ("IS", "cybersecurity"),
        ("risk", "risk-management-framework"),
        ("threat and vulnerability", "vulnerability-management"),
        ("network and system scanning", "vulnerability-management"),
        ("virus", "cybersecurity"),
        ("web security", "cybersecurity"),
        ("security countermeasures", "cybersecurity"),
        ("security system integration", "cybersecurity"),
        ("certification and accreditation", "risk-management-framework"),
        ("continuous assessment", "risk-management-framework"),
        ("Information architecture", "enterprise-architecture"),
        ("technology infrastructure", "it-operations"),
    ],
    # IT Specialist (database / systems, GS-13): one specialized-experience statement.
    "usq-12789173:questionnaire": [
        ("analysis of operating systems compatibility", "system-administration"),
        ("evaluation of database application problems", "database-administration"),
        ("Analyzing database and system capabilities", "systems-analysis"),
        ("determining overall design and structure", "database-design"),
        ("user manuals", "technical-communication"),
        ("authentication procedures", "identity-access-management"),
        ("installation procedures", "technical-communication"),
        ("systems administrator", "system-administration"),
        ("IT security", "cybersecurity"),
    ],
}


def main(argv: list[str] | None = None) -> int:
    return build(argv, paths=sample_files(first=FIRST), gold=GOLD, out=OUT)


if __name__ == "__main__":
    sys.exit(main())
