"""Write the bundled sample announcement ``samples/usajobs-599023000-it-specialist-datamgt.md``.

It is a real USAJOBS announcement (US government work, public domain, 17 U.S.C. 105) from skillhire's
development corpus ``usajobs-postings-dev.jsonl`` (see ``shared/data/PROVENANCE.md``: abigailhaddad/usajobs_historical,
Adrewcav/USAJobs-Data-Analysis-). The text fields are copied unchanged into skillhire's posting text layout
(Markdown headings, ``Label: value`` header lines); the source is recorded in an HTML comment at the top, which
``parse_posting`` skips. The series (2210) comes from the corpus's ``series_from_title`` field, and the pay plan
(GS), which the corpus record leaves empty, from the grades the announcement's own text names ("GS-9 level", "the
GS-12 level"): the script checks that the text names both ends of the record's grade range as GS grades.

Run from the repository root: ``python scripts/build_rewrite_sample.py [--source DIR]``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTING_ID = "ac-599023000"
OUT = ROOT / "samples" / "usajobs-599023000-it-specialist-datamgt.md"


def main() -> None:
    default = ROOT.parent / "shared" / "data"
    if not default.is_dir():
        default = Path("/work/shared/data")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=default)
    args = parser.parse_args()
    import sys

    sys.path.insert(0, str(ROOT))
    from skillhire.posting import posting_from_usajobs_record

    records = [json.loads(line) for line in (args.source / "usajobs-postings-dev.jsonl").read_text("utf-8").splitlines()]
    record = next(r for r in records if r["id"] == POSTING_ID)
    record = {**record, "series": record["series"] or record["series_from_title"]}
    if not record["pay_plan"]:
        named = {int(grade) for grade in re.findall(r"\bGS-0?(\d{1,2})\b", record["qualifications"])}
        ends = {int(float(record["grade_low"])), int(float(record["grade_high"]))}
        if not ends <= named:
            raise SystemExit(f"{POSTING_ID}: the text names GS grades {sorted(named)}, not {sorted(ends)}")
        record["pay_plan"] = "GS"
    posting = posting_from_usajobs_record(record)
    source = record["source"]
    comment = (
        f"<!-- Source: USAJOBS announcement {record['announcement_number']} (control number "
        f"{record['control_number']}), {record['url']}. US government work, public domain (17 U.S.C. 105). "
        f"Copied from {source['repo']} {source['path']} @ {source['commit']} via skillhire's development corpus "
        "(shared/data/usajobs-postings-dev.jsonl); series 2210 from the title, pay plan GS from the grades the "
        "text names. Built by "
        "scripts/build_rewrite_sample.py. -->\n"
    )
    OUT.write_text(comment + posting.to_text(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
