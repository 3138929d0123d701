"""Golden file: every outcome, reason and certificate of a small synthetic pool, reviewed in diffs.

Rewrite with ``pytest tests/test_scoring_golden.py --update-golden`` after an intended change, and read the
diff: each changed line is a changed decision or reason.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

from skillhire import generate_pool, score_pool

GOLDEN = Path(__file__).parent / "golden" / "scoring_small_pool.json"


def snapshot() -> str:
    applicants, ratings = generate_pool(n_applicants=60, n_agencies=3, grades=(13, 14), seed=11, messy_rows=4,
                                        pending_applicants=2, strong_share=0.5)
    result = score_pool(applicants, ratings, "smeqa-standard", issued_on=dt.date(2026, 1, 5))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        certificates = result.certificates()
    audit = json.loads(result.audit.to_json())
    data = {
        "decisions": [{k: d[k] for k in ("applicant_id", "status", "hurdle", "score", "category", "preference",
                                         "grades", "reasons")} for d in audit["decisions"]],
        "rejected_rows": audit["rejected_rows"],
        "certificates": {
            c.key: [[e.position, e.applicant_id, e.category, e.preference, e.reason] for e in c.entries]
            for c in certificates
        },
        "pending_not_on_certificates": {c.key: c.pending for c in certificates if c.pending},
        "warnings": [str(w.message) for w in caught],
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def test_small_pool_matches_golden(update_golden):
    text = snapshot()
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
