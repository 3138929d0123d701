"""Write the published JSON Schemas of every file users hand skillhire, into docs/schemas/.

- ``assessment.schema.json``: assessment files (TOML or JSON), from ``skillhire.assessment.Assessment``;
- ``posting.schema.json``: posting files (TOML or JSON), from ``skillhire.posting.JobPosting``;
- ``taxonomy.schema.json``: skillhire's JSON taxonomy format, from ``skillhire.taxonomy.Taxonomy``.

Run ``python scripts/gen_schemas.py`` after changing one of those models; ``tests/test_docs.py`` fails while a
published file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from skillhire.assessment import assessment_schema
from skillhire.rendering import posting_json_schema
from skillhire.taxonomy import Taxonomy

TARGET = Path(__file__).resolve().parents[1] / "docs" / "schemas"


def schemas() -> dict[str, dict]:
    """File name -> schema, for every published schema."""
    return {
        "assessment.schema.json": assessment_schema(),
        "posting.schema.json": posting_json_schema(),
        "taxonomy.schema.json": Taxonomy.model_json_schema(),
    }


def dump(schema: dict) -> str:
    """The schema as it is published (stable key order from the model, two-space indent)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (TARGET / name).write_text(dump(schema), encoding="utf-8")
        print(f"wrote {TARGET / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
