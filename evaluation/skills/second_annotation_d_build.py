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
}


if __name__ == "__main__":
    sys.exit(build())
