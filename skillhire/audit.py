"""The reconstruction record of a scored pool (5 CFR 337.303(e): documentation "for reconstruction purposes").

The audit holds input hashes, the assessment's name, version and fingerprint, the rules version, every
setting, every decision with its reason, every rejected row, and the certificate events (pass-overs,
selections, shares) as they happen. It holds no names or emails. :meth:`Audit.to_json` is byte-identical
for the same inputs and settings (sorted keys, no clock, no randomness).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["RULES_VERSION", "Audit", "hash_records", "hash_rows"]

RULES_VERSION = (
    "skillhire-rules 2025-11-07: 5 U.S.C. 3319 and 5 CFR 337.304 (category rating); 5 CFR 332.401 and "
    "5 U.S.C. 3317(a) as amended by Pub. L. 115-232 sec. 1107, OPM final rule 90 FR 43135 (rule of many); "
    "5 U.S.C. 3318(b)-(c) (sharing, pass-over); SME-QA (usds/SME-QA-Website fecd6939); 29 CFR 1607.4(D)"
)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"not JSON-serialisable in an audit: {type(value).__name__}")


def hash_rows(rows: list[dict[str, Any]]) -> str:
    """SHA-256 of rows as canonical JSON (for in-memory inputs that have no file bytes to hash)."""
    text = json.dumps(rows, sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_records(records: Iterable[Any], fields: tuple[str, ...]) -> str:
    """SHA-256 over the named attributes of each record, one line each (fast, for large in-memory inputs).

    Each line is the JSON of the attribute values in ``fields`` order, so the hash changes whenever any
    value, the order of records, or their number changes.
    """
    digest = hashlib.sha256()
    for record in records:
        values = [getattr(record, name) for name in fields]
        digest.update(json.dumps(values, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


class Audit(BaseModel):
    """Everything needed to reconstruct a scoring run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    skillhire_version: str = Field(description="skillhire version that produced the result.")
    rules_version: str = Field(description="The rules (and their sources) the engine implements.")
    assessment: dict[str, str] = Field(description="Assessment name, version and SHA-256 fingerprint.")
    inputs: dict[str, dict[str, Any]] = Field(description="Per input: source, SHA-256, rows in, scored, rejected.")
    settings: dict[str, Any] = Field(description="Every setting that affects the result.")
    decisions: list[dict[str, Any]] = Field(description="Every hurdle, score, category and preference decision.")
    rejected_rows: list[dict[str, Any]] = Field(description="Every rejected row: input, row, column, message.")
    events: list[dict[str, Any]] = Field(default_factory=list, description="Pass-overs, selections, shares, in order.")

    def to_json(self) -> str:
        """The audit as canonical JSON (sorted keys, 1-space indent, trailing newline)."""
        data = {name: getattr(self, name) for name in type(self).model_fields}  # JSON-ready values already
        return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False, default=_json_default) + "\n"

    def sha256(self) -> str:
        """SHA-256 of :meth:`to_json`."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()
