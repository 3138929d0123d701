"""The taxonomy gaps the blind annotators met (evaluation/skills/HELDOUT.md, "Taxonomy gaps closed"): each new
skill and surface form maps in sentences written for this test (not copied from a held-out set or sample), and
the near misses next to them stay silent: the common words the new forms contain ("transfer", "archive",
"queries", "edge", "verification", "simulation", "migration", "RFI") in their ordinary senses."""

from __future__ import annotations

import pytest

from skillhire import load_taxonomy, map_skills

NEW_SKILLS = {"edge-computing", "system-migration", "learning-management-systems"}

POSITIVE = [
    # moving data between systems -> data-integration
    (
        "Schedules nightly data transfers to the state partners and checks every data upload for missing rows.",
        [("data-integration", "data transfers"), ("data-integration", "data upload")],
    ),
    (
        "Sets up secure file transfer (SFTP) accounts for grantees who submit their reports.",
        [("data-integration", "secure file transfer"), ("data-integration", "SFTP")],
    ),
    (
        "Automates data downloads from the vendor portal.",
        [("data-integration", "data downloads")],
    ),
    # data archiving -> records-management
    (
        "Defines retention rules for data archiving of closed case files.",
        [("records-management", "data archiving")],
    ),
    (
        "Oversees the archival of data from retired survey systems.",
        [("records-management", "archival of data")],
    ),
    # querying data -> sql
    (
        "Spends part of each week querying databases to answer leadership's ad hoc questions.",
        [("sql", "querying databases")],
    ),
    (
        "Tunes slow database queries in the benefits system.",
        [("sql", "database queries")],
    ),
    # analytical models -> data-analysis; simulation -> operations-research
    (
        "Builds analytical models of staffing needs for each field office.",
        [("data-analysis", "analytical models")],
    ),
    (
        "Runs computer simulations of port traffic and maintains the simulation models.",
        [("operations-research", "computer simulations"), ("operations-research", "simulation models")],
    ),
    # verification -> software-testing
    (
        "Plans requirements verification and design verification for the new payment system.",
        [("software-testing", "requirements verification"), ("software-testing", "design verification")],
    ),
    (
        "Manages the independent verification and validation (IV&V) contractor.",
        [("software-testing", "independent verification and validation"), ("software-testing", "IV&V")],
    ),
    # 5G, telecommunications, computer communication, network optimization -> network-administration
    (
        "Pilots 5G networks at two ports of entry.",
        [("network-administration", "5G networks")],
    ),
    (
        "Supports the bureau's telecommunications systems and computer communications.",
        [("network-administration", "telecommunications systems"), ("network-administration", "computer communications")],
    ),
    (
        "Leads network optimization for the regional offices.",
        [("network-administration", "network optimization")],
    ),
    # data structures -> software-development
    (
        "Coursework in data structures and algorithms is preferred.",
        [("software-development", "data structures and algorithms")],
    ),
    # RFIs -> it-acquisition
    (
        "Drafts RFIs for a new permitting system and summarizes the vendor answers to each RFI.",
        [("it-acquisition", "RFIs"), ("it-acquisition", "RFI")],
    ),
    # new skill: edge computing
    (
        "Designs sensor pipelines that use edge computing where bandwidth is poor.",
        [("edge-computing", "edge computing")],
    ),
    (
        "Knowledge of edge and cloud computing.",
        [("edge-computing", "edge"), ("cloud-computing", "cloud computing")],
    ),
    (
        "Evaluates fog computing for the field laboratories.",
        [("edge-computing", "fog computing")],
    ),
    # new skill: system migration
    (
        "Plans the server migration and application migration for the office move.",
        [("system-migration", "server migration"), ("system-migration", "application migration")],
    ),
    (
        "Has experience migrating applications to a government hosting provider.",
        [("system-migration", "migrating applications")],
    ),
    # new skill: learning management systems
    (
        "Serves as LMS administrator for the agency's Moodle site.",
        [("learning-management-systems", "LMS administrator"), ("learning-management-systems", "Moodle")],
    ),
    (
        "Configures the learning management system for new courses.",
        [("learning-management-systems", "learning management system")],
    ),
]

NEGATIVE = [
    # transfer, upload, archive in their ordinary senses
    "Processes electronic funds transfers and wire transfers for vendors.",
    "Supports technology transfer agreements and knowledge transfer between teams.",
    "Coordinates the transfer of function to the new office.",
    "Supervises the transfer of records to the National Archives.",
    "Keeps an archive of newsletters for the communications office.",
    "Applicants must upload a resume and transcripts.",
    # queries from people are no database queries
    "Answers customer queries and queries from the public by phone.",
    # edge in its ordinary senses
    "Keeps the inbox tray at the edge of the desk.",
    "Brings cutting-edge computing ideas to the team.",
    # verification of identity, employment and documents
    "Selectees complete Personal Identity Verification and employment verification.",
    "Transcripts are required for verification purposes.",
    # simulation that is no modelling
    "Takes part in flight simulation training and tabletop exercises.",
    # requests for information from people, and radio-frequency interference
    "Responds to congressional requests for information.",
    "Tests radios for EMI/RFI shielding.",
    "Measures radio frequency interference (RFI) near the antenna.",
    # the migration of people and animals; LMS alone
    "Studies migration patterns of birds along the coast.",
    "Data sources include payroll, LMS and survey exports.",
]


# Precision review of the added forms (HELDOUT.md, "Precision review of the added forms"): the wrong kinds found
# when the forms were run over text they were not written for, one fresh sentence each (every one matched the
# skill shown before the review), and the positives beside them that must still match.
REVIEW_NEGATIVE = [
    # RFI as radio-frequency interference (was it-acquisition)
    "The electronics engineer locates RFI sources that degrade the approach radar.",
    # RFIs of a construction contract (was it-acquisition)
    "Tracks RFIs and submittals from the general contractor on the clinic renovation.",
    # case files and folders moved between offices (was data-integration 'file transfers')
    "Completes file transfers of claims folders to other regional offices.",
    # data moved by hand (was data-integration 'transfers data', 'uploading data', 'Downloading data')
    "The nurse transfers data from paper flow sheets into the patient chart.",
    "Clerks are uploading data from timesheets every pay period.",
    "Downloading data from the badge reader is done by the guard supervisor.",
]

REVIEW_POSITIVE = [
    (
        "Writes an RFI for cloud hosting services and scores the vendor responses.",
        [("it-acquisition", "RFI"), ("cloud-computing", "cloud")],
    ),
    (
        "Issues RFIs to vendors before the solicitation for the case management software.",
        [("it-acquisition", "RFIs"), ("case-management", "case management")],
    ),
    (
        "Data transfers between the grants system and the finance system run nightly.",
        [("data-integration", "Data transfers")],
    ),
    (
        "Configures managed file transfer and SFTP for the payroll feeds.",
        [("data-integration", "managed file transfer"), ("data-integration", "SFTP")],
    ),
    (
        "Data uploads and data downloads to the partner agencies are logged.",
        [("data-integration", "Data uploads"), ("data-integration", "data downloads")],
    ),
]

@pytest.mark.parametrize("text, expected", POSITIVE + REVIEW_POSITIVE)
def test_gap_forms_map_to_their_skill(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE + REVIEW_NEGATIVE)
def test_gap_near_misses_give_no_skill(text: str) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == []


def test_new_skills_are_complete() -> None:
    skills = {skill.id: skill for skill in load_taxonomy().skills}
    found = {
        skill_id: (skills[skill_id].domain, skills[skill_id].group, bool(skills[skill_id].definition),
                   bool(skills[skill_id].sources))
        for skill_id in NEW_SKILLS
    }
    assert found == {
        "edge-computing": ("digital", "devops-cloud", True, True),
        "system-migration": ("digital", "devops-cloud", True, True),
        "learning-management-systems": ("digital", "devops-cloud", True, True),
    }
