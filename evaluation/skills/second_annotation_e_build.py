"""Build ``second-annotation-e.jsonl``, sample E of the blind second annotation of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_e_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_e_build.py                    # texts + the GOLD below -> jsonl
    python evaluation/skills/second_annotation_e_build.py --show             # every gold span in its context

Why (HELDOUT.md, "Second annotation of the dev set", "Sample E"): the taxonomy gaps that sample D's annotator
listed were closed, so sample D no longer measures the matcher blind either. Sample E is other announcement
text, labelled blind and committed before any matcher runs on it.

Sample (fixed before any text was read): sample D's rule (``second_annotation_build.sample_records`` with the
same ``WEIGHTS``, Efraimidis-Spirakis keys, whole fields in key order, a field longer than ``MAX_FIELD_CHARS``
skipped) with seed ``SEED_E``, over the announcements that have **no field in sample A, B, C nor D** (they
are removed before any key is drawn), until ``TARGET_CHARS_E`` (about 25,000) characters without passing
``MAX_CHARS_E`` (the same 5% allowance as A's 40,000 / 42,000). The code is sample D's build's (and through it
C's, B's and A's), imported, not copied; A's ``sample_records`` reads its target from the module constants
``TARGET_CHARS`` and ``MAX_CHARS``, so ``_target`` sets them for E's draw only and restores A's values after
(A-D's own draws, which give the exclusion, run with A's values). If the announcements left cannot reach the
target, the rule takes every field it allows (``shortfall`` says by how much).

The dev set is read only through ``second_annotation_build._dev_fields``, which drops ``spans``.

Gold: ``GOLD`` below, in sample A's format (``(phrase, skill_id)`` or ``(phrase, skill_id, n)``; ``[...]``
marks the span inside context words).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "second-annotation-e.jsonl"
SEED_E = 20261124
TARGET_CHARS_E = 25_000
MAX_CHARS_E = 26_250


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


D = _module("second_annotation_d_build")
A = D.A
MAX_FIELD_CHARS = D.MAX_FIELD_CHARS


def sample_abcd_ids() -> frozenset[str]:
    """The announcements of samples A, B, C and D (all of their fields are excluded from sample E)."""
    return D.sample_abc_ids() | frozenset(r["id"] for r in D.sample_d_records())


@contextmanager
def _target(target: int, maximum: int) -> Iterator[None]:
    """A's ``sample_records`` with another character target and ceiling, restored afterwards."""
    saved = A.TARGET_CHARS, A.MAX_CHARS
    A.TARGET_CHARS, A.MAX_CHARS = target, maximum
    try:
        yield
    finally:
        A.TARGET_CHARS, A.MAX_CHARS = saved


def sample_e_records(skipped: list[dict] | None = None) -> list[dict]:
    """Sample E (module docstring), in the dev set's order; ``skipped`` collects the fields over 6,000 chars."""
    exclude = sample_abcd_ids()
    with _target(TARGET_CHARS_E, MAX_CHARS_E):
        return A.sample_records(A._dev_fields(), seed=SEED_E, exclude_ids=exclude,
                                max_field_chars=MAX_FIELD_CHARS, skipped=skipped)


def skipped_fields() -> list[dict]:
    """The fields whose turn came before the target was reached and that were skipped for their length."""
    skipped: list[dict] = []
    sample_e_records(skipped)
    return skipped


def shortfall() -> int:
    """Characters by which sample E falls short of ``TARGET_CHARS_E`` (0 when the target was reached)."""
    return max(0, TARGET_CHARS_E - sum(len(r["text"]) for r in sample_e_records()))


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write sample E with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return A.build_sample(argv, records=sample_e_records(), gold=GOLD, out=out)


GOLD: dict[str, list[tuple]] = {
    # IT Specialist (INET) (Web Developer), CFPB: the role noun (rule 4) and the life-cycle list (rule 1, a span
    # per item by skill). "development and evolution of CFPB technology solutions" is not labelled (generic).
    "jp-441132200:summary": [
        ("Web Developer", "web-development"),  # rule 4
        ("project planning", "project-management"),
        ("requirements management", "requirements-analysis"),
        ("interface design", "user-interface-design"),
        ("construction", "software-development"),  # list item, software construction (borderline, new)
        ("testing", "software-testing"),  # list item
        ("deployment", "ci-cd"),  # list item, "software deployment" (borderline, new)
        ("maintenance", "software-development"),  # list item, "software maintenance"
    ],
    # IT Specialist (INFOSEC), GS-12/13: IT security and IA, the systems it is applied to, OPM competencies.
    "jp-438866500:qualifications": [
        ("confidentiality, integrity and availability", "cybersecurity"),  # twice; set 1's call (borderline)
        ("IT security", "cybersecurity"),  # three times
        ("information assurance", "cybersecurity"),  # twice
        ("network and telecommunication systems", "network-administration"),  # one mention, one skill
        ("mainframe", "legacy-languages"),  # the taxonomy's home of mainframes (borderline, new)
        ("video-conferencing", "network-administration"),  # "video conferencing systems" (borderline, new)
        ("server support", "system-administration"),  # rule 8, closest skill (borderline, new)
        ("customer service", "customer-service"),  # the competency list (rule 3)
        ("Customer Service", "customer-service"),  # the numbered competency (rule 3)
        ("Works with clients and customers", "customer-service"),  # rule 9
    ],
    # IRS IT Specialist (Security): the parenthetical specialty (rule 4), projects, security review, integration.
    "jp-439327800:summary": [
        ("([SECURITY])", "cybersecurity"),  # rule 4, the plain-word INFOSEC parenthetical (borderline, new)
        ("([Security])", "cybersecurity"),
        ("project leader", "project-management"),  # rule 4, role noun
        ("lead major national level projects", "project-management"),  # rules 6/7 (C's "lead significant projects")
        ("software designs", "software-development"),  # reviewed for security risks (C's plural; borderline)
        ("security risks", "risk-management-framework"),  # security risk assessment (set 1; borderline, new)
        ("[integration]issues", "systems-analysis"),  # "resolving integrationissues" of new systems (borderline)
    ],
    # Senior IT Specialist (DATAMGT), FDIC: storage, Office 365 administration and its products (rule 2).
    "ac-622090500:evaluations": [
        ("enterprise storage technologies", "it-operations"),  # D's storage call (borderline)
        ("storage and backup technologies", "it-operations"),  # "backup and recovery" (borderline)
        ("Microsoft Office 365 architecture", "system-administration"),  # rule 2's own example
        ("Azure Active Directory", "azure"),  # the taxonomy's home of the product
        ("Exchange Online", "system-administration"),
        ("SharePoint Online", "sharepoint"),
        ("Online, [Teams],", "microsoft-teams"),
        ("Azure Information Protection", "azure"),  # an Azure product, as Azure AD (borderline, new)
        ("Office 365 platform", "system-administration"),  # rule 2's own example
        ("storage management", "it-operations"),  # D's storage call (borderline)
        ("technical procedures and documentation guidelines", "technical-communication"),  # A's call (borderline)
    ],
    # IT Specialist (Systems Analysis/ Data Management): the 2210 parentheticals (rule 4).
    "ac-622441900:summary": [
        ("([Systems Analysis]/", "systems-analysis"),
        ("Analysis/ [Data Management])", "data-management"),
    ],
    # Strategic policy analyst (0301, Special Access Programs): one data-analysis KSA; SAP is a program.
    "ac-622929900:qualifications": [
        ("analyze data and information", "data-analysis"),  # one mention (sets 3-4's "analyze information")
    ],
}


if __name__ == "__main__":
    sys.exit(build())
