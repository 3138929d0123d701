"""Classes of federal IT, CX and data vocabulary added after held-out set 1 (see evaluation/skills/HELDOUT.md):
each row is a realistic sentence, written for this test (not copied from the held-out set), with the exact
matches expected; and the false-positive classes that must now give nothing."""

from __future__ import annotations

import pytest

from skillhire import map_skills

CLASSES = [
    # desktop support and troubleshooting (OPM 2210 CUSTSPT)
    (
        "Provides desktop support and troubleshoots computer hardware and software for 300 field staff.",
        [("help-desk-support", "desktop support"), ("help-desk-support", "troubleshoots computer hardware and software")],
    ),
    (
        "I have troubleshot hardware and software problems for end-user devices at a regional office.",
        [("help-desk-support", "troubleshot hardware and software"), ("help-desk-support", "end-user devices")],
    ),
    # IT asset life cycle: bare "lifecycle management" needs technical context, IT-qualified forms do not
    (
        "The specialist applies lifecycle management to workstations, servers and network hardware.",
        [("it-service-management", "lifecycle management"), ("network-administration", "network hardware")],
    ),
    (
        "Leads the technology refresh and hardware lifecycle planning for the bureau.",
        [("it-service-management", "technology refresh"), ("it-service-management", "hardware lifecycle planning")],
    ),
    ("Supports lifecycle management of technical orders for aircraft maintenance.", []),
    # Windows operating systems
    (
        "Images laptops with Windows 11 and supports users on Windows operating systems and Windows Server 2019.",
        [("windows-server", "Windows 11"), ("windows-server", "Windows operating systems"),
         ("windows-server", "Windows Server 2019")],
    ),
    # antivirus, IT systems security, security design, IA next to a security word
    (
        "Manages anti-virus software and endpoint detection and response (EDR) tools on agency laptops.",
        [("network-security", "anti-virus software"), ("network-security", "endpoint detection and response"),
         ("network-security", "EDR")],
    ),
    (
        "Reviews security design decisions and enforces IT systems security standards.",
        [("cybersecurity", "security design"), ("cybersecurity", "IT systems security")],
    ),
    (
        "Advises program offices on IA and cybersecurity controls for new systems.",
        [("cybersecurity", "IA"), ("cybersecurity", "cybersecurity")],
    ),
    ("Duty station: Des Moines, IA, with occasional travel.", []),
    # risk assessment; non-IT risk assessments are not this skill
    (
        "Conducts risk assessments of information systems following NIST SP 800-30.",
        [("risk-management-framework", "risk assessments"), ("risk-management-framework", "NIST SP 800-30")],
    ),
    ("Performs a fraud risk assessment of grant payments each year.", []),
    # access provisioning
    (
        "Handles user provisioning and deprovisioning and reviews privileged access monthly.",
        [("identity-access-management", "user provisioning"), ("identity-access-management", "deprovisioning"),
         ("identity-access-management", "privileged access")],
    ),
    ("Escorts visitors and enforces physical access controls at the data center entrance.", [("it-operations", "data center")]),
    ("The guard staffs the access control point at the main gate.", []),
    ("Performs fraud risk assessments of grant programs.", []),
    # sprints, ETL wording, life cycle spelling
    (
        "Plans two-week sprints and loads results after data extraction and transformation.",
        [("scrum", "sprints"), ("etl", "data extraction and transformation")],
    ),
    (
        "Maintains the authorization throughout the system development lifecycle.",
        [("software-development-lifecycle", "system development lifecycle")],
    ),
    (
        "Leads IT infrastructure projects across three regions.",
        [("project-management", "IT infrastructure projects")],
    ),
    # acronym defined right after its expansion
    (
        "Knowledge of reinforcement methods, deep learning (DL) and computer vision.",
        [("deep-learning", "deep learning"), ("deep-learning", "DL"), ("computer-vision", "computer vision")],
    ),
    ("Send the roster to the team DL by Friday.", []),
    # certifications and hardening (DoD 8140 baseline certifications, DISA STIGs)
    (
        "Holds CompTIA Security+ or CISSP and applies DISA STIGs to every server build.",
        [("cybersecurity", "CompTIA Security+"), ("cybersecurity", "CISSP"), ("cybersecurity", "DISA STIGs")],
    ),
    (
        "Must obtain IAM Level II certification within six months.",
        [("cybersecurity", "IAM Level II")],
    ),
    (
        "The technician replaces network hardware and reviews security logs after each outage.",
        [("network-administration", "network hardware"), ("incident-response", "security logs")],
    ),
    # acronyms that are other words elsewhere: only next to their expansion or technical context
    (
        "The team uses reinforcement learning (RL) and knowledge management (KM) tools.",
        [("reinforcement-learning", "reinforcement learning"), ("reinforcement-learning", "RL"),
         ("knowledge-management", "knowledge management"), ("knowledge-management", "KM")],
    ),
    ("Cultural Resource Management (CRM) staff review each permit.", []),
    ("The park is 12 KM from the visitor center.", []),
    # customer-service wording of contact-representative work (OPM 0962)
    (
        "As a Contact Representative you will provide information to the public by phone and in person.",
        [("customer-service", "Contact Representative"), ("customer-service", "provide information to the public")],
    ),
    (
        "The representative calms irate callers and handles difficult customers on the phone.",
        [("customer-service", "irate callers"), ("customer-service", "difficult customers")],
    ),
    (
        "Maps the customer journey for people with limited English proficiency who call the agency.",
        [("customer-journey-mapping", "customer journey"), ("language-access", "limited English proficiency")],
    ),
    (
        "Listens to customers and explains benefits in plain terms.",
        [("customer-service", "Listens to customers")],
    ),
]

FALSE_POSITIVE_CLASSES = [
    "How did you hear about this job? A. USAJOBS B. The agency's Social Media (Facebook, LinkedIn, Twitter) C. A friend",
    "Plans installations while representing the customer support office at change meetings.",
    "This position is in the DoD Cyber Excepted Service (CES) personnel system.",
    "Appointments are made under the CYBER EXCEPTED SERVICE authority.",
    "Handles classified material in line with NSA/CSS Policy 6-22.",
    "Filled under the Direct Hire Authority for Cyber Workforce Positions.",
]


@pytest.mark.parametrize("text, expected", CLASSES)
def test_vocabulary_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == expected


@pytest.mark.parametrize("text", FALSE_POSITIVE_CLASSES)
def test_names_and_recruitment_options_give_no_skill(text: str) -> None:
    assert [(m.skill_id, m.text) for m in map_skills(text)] == []
