"""Build ``second-annotation-b.jsonl``, sample B of the blind second annotation of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_b_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_b_build.py                    # texts + the GOLD below -> jsonl
    python evaluation/skills/second_annotation_b_build.py --show             # every gold span in its context

Why (HELDOUT.md, "Second annotation of the dev set", "Sample B"): sample A (``second_annotation_build.py``)
showed that the dev set's gold misses many mentions, and the matcher is being fixed on sample A's errors.
Sample B is other announcement text, labelled blind and committed before any matcher runs on it, so that the
fixes can be measured on text nobody tuned on.

Sample (fixed before any text was read): sample A's rule (``second_annotation_build.sample_records``: not
``title``, not empty, at most one field per announcement, the same ``WEIGHTS``, Efraimidis-Spirakis keys, whole
fields in key order until ``TARGET_CHARS`` without passing ``MAX_CHARS``) with seed ``SEED_B``, over the
announcements that have **no field in sample A** (they are removed before any key is drawn), and a field
longer than ``MAX_FIELD_CHARS`` is skipped so that one field cannot dominate (``skipped_fields`` lists them).

The dev set is read only through ``second_annotation_build._dev_fields``, which drops ``spans``.

Gold: ``GOLD`` below, in sample A's format (``(phrase, skill_id)`` or ``(phrase, skill_id, n)``; ``[...]``
marks the span inside context words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "second-annotation-b.jsonl"
SEED_B = 20261125
MAX_FIELD_CHARS = 6_000


def _sample_a_module():
    spec = importlib.util.spec_from_file_location("second_annotation_build", HERE / "second_annotation_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


A = _sample_a_module()


def sample_a_ids() -> frozenset[str]:
    """The announcements of sample A (all of their fields are excluded from sample B)."""
    return frozenset(r["id"] for r in A.sample_records(A._dev_fields()))


def sample_b_records(skipped: list[dict] | None = None) -> list[dict]:
    """Sample B (module docstring), in the dev set's order; ``skipped`` collects the fields over 6,000 chars."""
    return A.sample_records(A._dev_fields(), seed=SEED_B, exclude_ids=sample_a_ids(),
                            max_field_chars=MAX_FIELD_CHARS, skipped=skipped)


def skipped_fields() -> list[dict]:
    """The fields whose turn came before the target was reached and that were skipped for their length."""
    skipped: list[dict] = []
    sample_b_records(skipped)
    return skipped


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write sample B with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return A.build_sample(argv, records=sample_b_records(), gold=GOLD, out=out)


GOLD: dict[str, list[tuple]] = {}


if __name__ == "__main__":
    sys.exit(build())
