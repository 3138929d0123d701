"""Build ``second-annotation.jsonl``, an independent second annotation of a sample of the dev set's fields.

Run from the repository root (build time only)::

    python evaluation/skills/second_annotation_build.py --texts-only DIR   # the sample's texts, no spans
    python evaluation/skills/second_annotation_build.py                    # texts + the GOLD below -> jsonl

Why (HELDOUT.md, "Second annotation of the dev set"): ``dev-set.jsonl`` was annotated by the matcher's author,
starting from the matcher's proposals. This sample was labelled again, blind, by an annotator who had not seen
the matcher's output on these texts nor the dev set's spans for them.

Sample (fixed, seed ``SEED``): the dev set's records that are not ``title`` and whose text is not empty, at
most one field per announcement, drawn without replacement with probability proportional to ``WEIGHTS[field]``
(Efraimidis-Spirakis keys ``u ** (1 / w)`` from ``random.Random(SEED)``, records in file order), taken in key
order while the running total stays at or under ``MAX_CHARS``, until it reaches ``TARGET_CHARS``. A field
that would push the total over ``MAX_CHARS`` is skipped (whole fields only, so both annotations cover the same
text). The weights favour the fields where announcements ask for skills: ``qualifications`` (specialized
experience, KSAs) most, then ``evaluations`` and ``summary``, then ``education`` and ``requirements``
(mostly degree rules and conditions of employment).

The dev set is read only through ``_dev_fields``, which drops ``spans``: the second annotator never saw them.

Gold: ``GOLD[key]`` lists ``(phrase, skill_id)`` (every whole-word, case-sensitive occurrence of the phrase in
the record is labelled) or ``(phrase, skill_id, n)`` (only the n-th occurrence, counting from 0), as in the
held-out sets' build scripts; ``[...]`` in a phrase marks the span inside context words (``_pattern``).
``_spans`` finds the offsets, so ``text[start:end] == span["text"]`` always holds, and refuses overlapping
spans.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "dev-set.jsonl"
OUT = HERE / "second-annotation.jsonl"
SEED = 20261124
TARGET_CHARS = 40_000
MAX_CHARS = 42_000
WEIGHTS = {"qualifications": 4.0, "evaluations": 2.0, "summary": 2.0, "education": 1.0, "requirements": 1.0}


def _dev_fields(path: Path = DEV_SET) -> list[dict]:
    """The dev set's records without their ``spans`` (the only place this script reads the dev set)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records.append({key: record[key] for key in ("id", "field", "title", "text")})
    return records


def sample_records(records: list[dict], *, seed: int = SEED, exclude_ids: frozenset[str] = frozenset(),
                   max_field_chars: int | None = None, skipped: list[dict] | None = None) -> list[dict]:
    """The fixed weighted sample described in the module docstring, in the dev set's order.

    ``exclude_ids`` (announcement ids) are left out before any key is drawn; a field longer than
    ``max_field_chars`` is skipped when its turn comes (and appended to ``skipped`` when a list is given).
    The defaults are sample A's rule; ``second_annotation_b_build.py`` draws sample B with other values.
    """
    rng = random.Random(seed)
    keyed = []
    for index, record in enumerate(records):
        if record["field"] == "title" or not record["text"].strip() or record["id"] in exclude_ids:
            continue
        weight = WEIGHTS[record["field"]]
        keyed.append((rng.random() ** (1.0 / weight), index))
    keyed.sort(reverse=True)
    chosen: list[int] = []
    announcements: set[str] = set()
    total = 0
    for _, index in keyed:
        record = records[index]
        if record["id"] in announcements:
            continue
        if max_field_chars is not None and len(record["text"]) > max_field_chars:
            if skipped is not None:
                skipped.append(record)
            continue
        if total + len(record["text"]) > MAX_CHARS:
            continue
        chosen.append(index)
        announcements.add(record["id"])
        total += len(record["text"])
        if total >= TARGET_CHARS:
            break
    return [records[index] for index in sorted(chosen)]


def _pattern(phrase: str) -> str:
    """A whole-word, case-sensitive pattern for ``phrase``; ``[...]`` marks the span inside context words.

    ``"Detail[Customer Service]"`` finds "Customer Service" only right after "Detail" (competency names the
    source glued together, "Attention to DetailCustomer Service"), and the span is the bracketed part.
    """
    left, _, rest = phrase.partition("[")
    if rest:
        inner, _, right = rest.partition("]")
    else:
        left, inner, right = "", phrase, ""
    return (r"(?<![A-Za-z0-9])" + re.escape(left) + "(?P<span>" + re.escape(inner) + ")" + re.escape(right)
            + r"(?![A-Za-z0-9])")


def _spans(text: str, entries: list[tuple], key: str) -> list[dict]:
    spans = []
    for entry in entries:
        phrase, skill_id = entry[0], entry[1]
        hits = [m.span("span") for m in re.finditer(_pattern(phrase), text)]
        if not hits:
            raise SystemExit(f"{key}: {phrase!r} not found")
        if len(entry) == 3:
            if entry[2] >= len(hits):
                raise SystemExit(f"{key}: {phrase!r} has {len(hits)} occurrences, not {entry[2] + 1}")
            hits = [hits[entry[2]]]
        for start, end in hits:
            spans.append({"start": start, "end": end, "text": text[start:end], "skill_id": skill_id})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise SystemExit(f"{key}: overlapping spans {a} and {b}")
    return spans


def build(argv: list[str] | None = None, *, out: Path = OUT) -> int:
    """Write the sample with its ``GOLD`` spans to ``out`` (``--texts-only DIR``: the texts, no spans)."""
    return build_sample(argv, records=sample_records(_dev_fields()), gold=GOLD, out=out)


def build_sample(argv: list[str] | None, *, records: list[dict], gold: dict[str, list[tuple]], out: Path) -> int:
    """Write ``records`` with their ``gold`` spans to ``out`` (shared by the builds of samples A and B)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts-only", help="write the sample's texts (no spans) to DIR, one file per field")
    parser.add_argument("--show", action="store_true", help="print every gold span in its context")
    args = parser.parse_args(argv)
    if args.texts_only:
        folder = Path(args.texts_only)
        folder.mkdir(parents=True, exist_ok=True)
        for r in records:
            (folder / f"{r['id']}.{r['field']}.txt").write_text(r["text"], encoding="utf-8")
        with (folder / "sample.jsonl").open("w", encoding="utf-8") as handle:
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{len(records)} records, {sum(len(r['text']) for r in records)} characters -> {folder}")
        return 0
    from skillhire import load_taxonomy

    ids = {s.id for s in load_taxonomy().skills}
    keys = {f"{r['id']}:{r['field']}" for r in records}
    unknown = sorted(set(gold) - keys)
    if unknown:
        raise SystemExit(f"gold for records not in the sample: {unknown}")
    lines = []
    n_spans = 0
    for r in records:
        r = dict(r)
        key = f"{r['id']}:{r['field']}"
        entries = gold.get(key, [])
        bad = [e[1] for e in entries if e[1] not in ids]
        if bad:
            raise SystemExit(f"{key}: unknown skill ids {bad}")
        r["spans"] = _spans(r["text"], entries, key)
        if args.show:
            for s in r["spans"]:
                left = r["text"][max(0, s["start"] - 50) : s["start"]].replace("\n", " ")
                right = r["text"][s["end"] : s["end"] + 30].replace("\n", " ")
                print(f"{key:<34} {s['skill_id']:<30} ...{left}[[{s['text']}]]{right}...")
        n_spans += len(r["spans"])
        lines.append(json.dumps(r, ensure_ascii=False))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"{len(records)} records, {sum(len(r['text']) for r in records)} characters, "
          f"{n_spans} spans -> {out}")
    return 0


GOLD: dict[str, list[tuple]] = {
    # 1550 (computer science) education rule: statistics is a field of study in scope (rule 5); mathematics,
    # computer science and calculus are broad disciplines.
    "ac-609328200:education": [
        ("statistics", "statistics"),
    ],
    # Statistician-type specialized experience (Band 60).
    "ac-621539300:qualifications": [
        ("Analyzing data", "data-analysis"),
        ("statistical", "statistics", 0),  # "statistical and mathematical techniques": list item
        ("evaluate program effectiveness", "experimental-design"),  # program evaluation (closest skill)
        ("statistical", "statistics", 1),  # "a statistical or computer programming language": list item
        ("computer programming", "software-development"),
        ("SAS", "sas"),
        ("R", "r-language"),
        ("Python", "python"),
    ],
    # HR systems analyst (HRIT): testing, project management, business practices, requirements.
    "ac-621978600:qualifications": [
        ("job aids", "technical-communication", 0),  # drafting job aids for an HR system's staff
        ("test scripts", "software-testing"),
        ("project planning and management", "project-management"),  # one mention, one skill
        ("Documenting business practices", "business-analysis"),
        ("process documentation", "technical-communication"),
        ("define system requirements", "requirements-analysis"),
        ("processes/workflows", "business-analysis"),
        ("functional specifications", "requirements-analysis"),
        ("Leading projects", "project-management"),
        ("Analyzing and documenting business practices", "business-analysis"),
        ("Consulting with customers", "customer-service"),  # like the dev set's "Advising customers"
    ],
    # Data scientist (DoD): mandatory and desirable criteria, the OPM 1530 education rule.
    "ac-622074300:qualifications": [
        ("applied programming", "software-development"),
        ("manipulation of data", "etl"),  # data wrangling
        ("programing language", "software-development"),  # misspelling, rule 6
        ("Python", "python"),
        ("R", "r-language"),
        ("SQL", "sql"),
        ("Java", "java"),
        ("developing and deploying automated processes", "data-engineering"),  # automated data pipelines
        ("collect", "data-collection"),  # "identify, collect, process, and analyze large data sets"
        ("[process], and analyze", "data-engineering"),  # data processing
        ("analyze", "data-analysis", 0),
        ("large data sets", "big-data"),
        ("data visualizations", "data-visualization"),
        ("exploratory comparative analysis", "data-analysis"),
        ("scripts", "scripting"),
        ("predictive models", "predictive-analytics"),
        ("cleaning, filtering", "data-cleaning"),  # two items of one skill: one mention
        ("transforming data", "etl"),
        ("enriching data", "data-integration"),
        ("Data Science", "data-science"),
        ("Geographic Information Science", "geospatial-analysis"),
        ("statistics", "statistics", 0),  # "6 semester hours in statistics"
        ("statistical", "statistics", 0),  # "statistical course requirements"
        ("statistical methods", "statistics"),  # twice
        ("research methods", "research-methods"),
        ("processing mass statistical data", "data-engineering"),
        ("electronic data processing", "data-engineering"),
        ("statistical work", "statistics"),
        ("statistics", "statistics", 1),  # "intermediate and/or advanced statistics"
        ("linear, semi-linear, and/or non-linear models", "regression-analysis"),  # one mention
        ("data visualization", "data-visualization"),
        ("communicate technically complex methods and solutions to non-technical audiences",
         "technical-communication"),
        ("geospatial", "geospatial-analysis"),  # "geospatial or imagery analyst" (role nouns, rule 4)
        ("imagery analyst", "remote-sensing"),
        ("cloud services", "cloud-computing"),
        ("visualization techniques", "data-visualization"),
        ("Tableau", "tableau"),
        ("matplotlib", "matplotlib"),
        ("analytic techniques", "data-analysis"),
        ("classification", "supervised-learning"),
        ("regression", "regression-analysis"),
        ("similarity matching", "data-mining"),
        ("clustering", "clustering"),
        ("co-occurrence grouping", "data-mining"),
        ("profiling", "data-mining"),
        ("link prediction", "data-mining"),
        ("data reduction", "dimensionality-reduction"),
        ("causal modeling", "experimental-design"),
    ],
    # IT specialist (Blackboard LMS and databases, DCIPS): OPM IT competency definitions and examples.
    "ac-622385200:qualifications": [
        ("Blackboard Learning Management System (LMS) administration", "system-administration"),
        ("database management", "database-administration"),
        ("LMS systems administration", "system-administration"),
        ("technical support and troubleshooting issues", "help-desk-support"),
        ("Developing", "database-design"),  # "Developing, implementing and troubleshooting databases"
        ("implementing and troubleshooting databases", "database-administration"),
        ("Customer Service", "customer-service", 0),
        ("Works with clients and customers", "customer-service"),
        ("complaints", "complaint-handling"),
        ("working relationships with customers", "customer-relationship-management"),
        ("quality of services", "quality-monitoring"),
        ("customer satisfaction", "customer-satisfaction"),
        ("engaging appropriate stakeholders", "stakeholder-engagement"),
        ("Computer Programming", "software-development"),
        ("Software Engineering", "software-development"),
        ("[Computer Languages]Database", "software-development"),
        ("Languages[Database Management Systems]Information", "database-administration"),
        ("Systems[Information Technology Architecture]System", "enterprise-architecture"),
        ("Architecture[System Administration]", "system-administration"),
    ],
    # IT Specialist (Data Management) for a print shop: the role's parenthetical specialty; EFI Pace is the
    # print MIS (closest skill: enterprise applications).
    "ac-622757500:qualifications": [
        ("Data Management", "data-management"),
        ("EFI Pace", "enterprise-applications"),
    ],
    # Competency list, glued by the source (rule 3).
    "ac-623340700:evaluations": [
        ("[Customer Service]Database", "customer-service"),
        ("Service[Database Administration]Database", "database-administration"),
        ("Administration[Database Management Systems]Problem", "database-administration"),
    ],
    # Statistical analysis and modeling/simulation (ISR wing).
    "ac-623458000:summary": [
        ("statistical analysis", "statistics"),
        ("modeling/simulation", "operations-research"),  # M&S, one mention (closest: simulation modeling)
    ],
    # Competency list, glued by the source (rule 3).
    "ac-623512700:evaluations": [
        ("Detail[Customer Service]", "customer-service"),
        ("[Database Administration]Information", "database-administration"),
        ("Administration[Information Management]Oral", "data-management"),
    ],
    # OPM IT competencies (rule 9) and a data strategy documentation task.
    "ac-623544800:qualifications": [
        ("Customer Service", "customer-service"),
        ("Works with clients and customers", "customer-service"),
        ("written content/documentation", "technical-communication"),
        ("data strategy", "data-governance"),
    ],
    # Office work with customer service and complaint tracking (GS-07/09).
    "ac-623617300:qualifications": [
        ("complaints", "complaint-handling"),
        ("Providing customer service", "customer-service"),  # twice
        ("research, [analyze]", "data-analysis"),  # "research, analyze, and communicate information"
        ("seeing customer issues through to resolution", "customer-service"),
        ("Tracking customer issues", "case-management"),
    ],
    # IT specialist (database and application software, Army).
    "ac-623791800:qualifications": [
        ("database management", "database-administration"),
        ("management, [design]", "database-design"),
        ("normalization", "data-modeling"),
        ("normalization, [development]", "database-design"),
        ("installation", "database-administration"),
        ("application software", "software-development"),
        ("life cycle development", "software-development-lifecycle"),
        ("project management", "project-management"),
        ("Customer Service", "customer-service"),
        ("Work with clients and customers", "customer-service"),
        ("[Data Management]Oral", "data-management"),
        ("Evaluating[Project Management]", "project-management"),
    ],
}


if __name__ == "__main__":
    sys.exit(build())
