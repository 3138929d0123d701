"""The build script's generated spelling variants ("life cycle" / "lifecycle", "IT" / "information technology")
and the surface forms that the held-out-set-1 fixes must keep in the bundled taxonomy, with their owners."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from skillhire import load_taxonomy
from skillhire.taxonomy import normalize_form

REPO = Path(__file__).resolve().parent.parent


def _build_module():
    spec = importlib.util.spec_from_file_location("build_taxonomy", REPO / "scripts" / "build_taxonomy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize(
    "forms, expected",
    [
        (["system development life cycle"], ["system development life cycles", "system development lifecycle",
                                             "system development lifecycles"]),
        (["Software lifecycle"], ["Software lifecycles", "Software life cycle", "Software life cycles"]),
        (["IT security"], ["information technology security"]),
        (["IT projects"], ["information technology projects"]),
        (["ITSM"], []),  # all capitals: an acronym, no variants
        (["IT"], []),  # too short for the expansion rule, all capitals
    ],
)
def test_generated_variants(forms: list[str], expected: list[str]) -> None:
    assert _build_module().generate_variants(forms) == expected


@pytest.mark.parametrize(
    "form, skill_id",
    [
        ("desktop support", "help-desk-support"),
        ("troubleshooting computer hardware and software", "help-desk-support"),
        ("IT asset lifecycle management", "it-service-management"),
        ("Windows 10", "windows-server"),
        ("Windows operating systems", "windows-server"),
        ("anti-virus software", "network-security"),
        ("security design", "cybersecurity"),
        ("risk assessment", "risk-management-framework"),
        ("user access provisioning", "identity-access-management"),
        ("sprints", "scrum"),
        ("data extraction and transformation", "etl"),
        ("contact representative", "customer-service"),
        ("system development lifecycle", "software-development-lifecycle"),
        ("information technology security", "cybersecurity"),
    ],
)
def test_new_forms_have_one_owner(form: str, skill_id: str) -> None:
    owners = {
        skill.id
        for skill in load_taxonomy().skills
        for f in skill.surface_forms()
        if normalize_form(f.text) == normalize_form(form)
    }
    assert owners == {skill_id}


def test_names_with_skill_words_are_blockers() -> None:
    blockers = {normalize_form(b) for b in load_taxonomy().blockers}
    for name in ("Cyber Excepted Service", "NSA/CSS", "Central Security Service", "customer support office"):
        assert normalize_form(name) in blockers


# the curated ``verbs``' inflections (review 25b): -y after a consonant, -ch/-sh/-s/-x, a doubled final consonant;
# the verbs in use (liaise, partner, consult, forecast) as before
@pytest.mark.parametrize("lemma, expected", [
    ("study", ("study", "studies", "studied", "studying")),
    ("carry", ("carry", "carries", "carried", "carrying")),
    ("survey", ("survey", "surveys", "surveyed", "surveying")),
    ("research", ("research", "researches", "researched", "researching")),
    ("approach", ("approach", "approaches", "approached", "approaching")),
    ("publish", ("publish", "publishes", "published", "publishing")),
    ("plan", ("plan", "plans", "planned", "planning")),
    ("refer", ("refer", "refers", "referred", "referring")),
    ("manage", ("manage", "manages", "managed", "managing")),
    ("liaise", ("liaise", "liaises", "liaised", "liaising")),
    ("partner", ("partner", "partners", "partnered", "partnering")),
    ("consult", ("consult", "consults", "consulted", "consulting")),
    ("audit", ("audit", "audits", "audited", "auditing")),
    ("review", ("review", "reviews", "reviewed", "reviewing")),
    ("forecast", ("forecast", "forecasts", "forecast", "forecasted", "forecasting")),
])
def test_verb_inflections(lemma: str, expected: tuple[str, ...]) -> None:
    assert _build_module().verb_inflections(lemma) == expected
