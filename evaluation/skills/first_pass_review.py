"""Record of how evaluation/skills/dev-set.jsonl was first produced (kept for transparency; not re-run).

The dev set is frozen: dev-set.jsonl is the gold standard, and this script is NOT part of evaluation. It was
run once, on 2026-11-23, to speed up annotation:

1. proposals: every mention the matcher of that day found with all of its filters switched off (boilerplate,
   negation and organisation-name filters off, negated mentions kept, fuzzy matching on), so that the
   reviewer saw the candidates the filters would hide;
2. review: the annotator read each distinct (text, skill) proposal with its contexts and every proposal the
   filters would have dropped, and recorded below which are not skill mentions (REJECT) and which have the
   wrong span or skill (RELABEL), following GUIDELINES.md;
3. misses: the annotator read a list of phrases the matcher did not propose (noun phrases ending in
   analysis/design/data/software/... and capitalised or camel-case technical tokens, about 1,800 distinct
   phrases) and added the skill mentions it found (ADD), including mentions of skills that the taxonomy did
   not have at the time.

Usage (needs the shared data): python evaluation/skills/first_pass_review.py > evaluation/skills/dev-set.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from skillhire.skills import MatchOptions, map_skills

FIELDS = ["title", "summary", "qualifications", "education", "requirements", "evaluations"]
POSTINGS = Path("/work/shared/data/usajobs-postings-dev.jsonl")

# (skill id or None for any, regex that must match the text within 90 characters around the mention)
REJECT: list[tuple[str | None, str]] = [
    ("sap", r"."),  # "SAP" here is always Special Access Programs
    ("cybersecurity", r"Cyber Workforce Positions"),  # the name of a hiring authority
    ("cybersecurity", r"Chief Information Security Officer"),
    ("data-analysis", r"Technology Assessment, & Analytics|Applied Analytics, and Statistics \(RAAS\)"),
    ("statistics", r"Applied Analytics, and Statistics \(RAAS\)|Bureau of Labor Statistics|Unemployment Statistics|Employment Statistics\."),
    ("change-management", r"Change Management & Strategic Planning"),
    ("prototyping", r"prototype through production"),
    ("it-operations", r"Special Technical Operations|ITOPS"),
    ("system-administration", r"Directorate System Administration section"),
    ("network-administration", r"National Telecommunications and Information Administration"),
    ("section-508-compliance", r"analytics skills, accessibility"),
    ("it-policy-planning", r"Division of Information Resources Management"),
    ("stakeholder-engagement", r"Office of Customer and Stakeholder Engagement|Office of Community Engagement"),
    ("data-management", r"Data Management Division|Division of Information Management"),
    ("agile", r"Agile Weapons Division"),
    ("data-governance", r"Office of Data Strategy"),
    ("change-management", r"Organizational Change Management Division"),
    ("customer-service", r"Customer Service Division"),
    ("business-analysis", r"Business Process Modernization \(BPM\)"),
    ("ms-access", r"Special Access Programs"),
    ("r-language", r"a programing language such as"),  # relabelled below
]

# (regex for the span, skill id): mentions the proposals missed or labelled with the wrong skill
ADD: list[tuple[str, str]] = [
    (r"\bprograming language\b", "software-development"),
    (r"(?<=e\.g\. )C(?=, C\+\+)|(?<=such as )C(?=, C\+\+)|(?<=AJAX, )C(?=\.)", "c-cpp"),
    (r"\bC Shell\b", "shell-scripting"),
    (r"(?<=Agile, )Assembly\b", "legacy-languages"),
    (r"\bSci-Kit Learn\b", "scikit-learn"),
    (r"\b(?:Microsoft )?Office 365\b", "system-administration"),
    (r"\bExchange Online\b", "system-administration"),
    (r"(?<=SharePoint Online, )Teams\b", "microsoft-teams"),
    (r"\bOnline Analytical Processing\b|\bOLAP\b", "business-intelligence"),
    (r"\bdistributed ledger\b|\bblockchain\b", "blockchain"),
    (r"\bInternet of Things\b", "internet-of-things"),
    (r"\bvirtual/augmented realities\b", "extended-reality"),
    (r"\bCKAN\b|\bCollibra\b|\bdata cataloging service\b", "data-catalog"),
    (r"\bIBM RPG\b", "legacy-languages"),
    (r"\bOracle\b(?! SQL Server)", "oracle-database"),
    (r"(?<=such as )r(?=, Stata)", "r-language"),
]


def main() -> None:
    raw = MatchOptions(include_negated=True, skip_boilerplate=False, skip_organization_names=False)
    postings = [json.loads(line) for line in POSTINGS.read_text(encoding="utf-8").splitlines()]
    for posting in postings:
        for field in FIELDS:
            text = posting.get(field)
            if not text:
                continue
            spans = []
            for match in map_skills(text, options=raw):
                window = text[max(0, match.start - 90) : match.end + 90]
                if any((sid is None or sid == match.skill_id) and re.search(rx, window) for sid, rx in REJECT):
                    continue
                spans.append({"start": match.start, "end": match.end, "text": match.text, "skill_id": match.skill_id})
            for rx, skill_id in ADD:
                for found in re.finditer(rx, text):
                    if any(s["start"] < found.end() and found.start() < s["end"] for s in spans):
                        continue
                    spans.append({"start": found.start(), "end": found.end(), "text": found.group(0), "skill_id": skill_id})
            spans.sort(key=lambda s: (s["start"], s["end"]))
            record = {"id": posting["id"], "field": field, "title": posting["title"], "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
