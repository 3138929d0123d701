"""Write assessments/assessment.schema.json, the published JSON Schema of assessment files.

Run ``python scripts/gen_assessment_schema.py`` after changing ``skillhire.assessment.Assessment``;
``tests/test_assessment.py`` fails when the committed file drifts from the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from skillhire.assessment import assessment_schema

TARGET = Path(__file__).resolve().parents[1] / "assessments" / "assessment.schema.json"

if __name__ == "__main__":
    TARGET.write_text(json.dumps(assessment_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
