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
}


if __name__ == "__main__":
    sys.exit(build())
