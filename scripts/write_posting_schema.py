"""Write the published JSON Schema of posting files: docs/schemas/posting.schema.json.

Run after changing skillhire.posting.JobPosting:  python scripts/write_posting_schema.py
tests/test_rendering.py fails while the published file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from skillhire.rendering import posting_json_schema

TARGET = Path(__file__).resolve().parents[1] / "docs" / "schemas" / "posting.schema.json"

if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(posting_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
