"""Agreement between two annotations of the same fields (HELDOUT.md, "Second annotation of the dev set").

Run from the repository root::

    python evaluation/skills/compare_annotations.py            # dev-set gold vs second-annotation.jsonl
    python evaluation/skills/compare_annotations.py --list     # also every disagreement, by kind
    python evaluation/skills/compare_annotations.py --subset-out PATH   # the dev gold of the same fields
    python evaluation/skills/compare_annotations.py --second evaluation/skills/second-annotation-b.jsonl --list

Each annotation is scored as the other's reference, with ``scripts/evaluate_skills.py``'s matching: loose (a
span agrees with an overlapping span of the same skill, each span used once) or strict (identical offsets),
and span only (any skill). Precision of A against B is B's recall against A, so one table gives both.

Disagreements are listed by kind, on loose matching:

* ``only in second``: a second-annotation span that overlaps no first-annotation span (a mention the first
  annotation missed, or one the second labelled and the first did not think a mention);
* ``only in first``: the reverse (a mention the second annotation missed or left out on purpose);
* ``different skill``: spans that overlap but name different skills (each side's span, both skills).

``CLEAR`` (sample A), ``CLEAR_B`` (sample B, ``--second evaluation/skills/second-annotation-b.jsonl``),
``CLEAR_C`` (sample C, ``--second evaluation/skills/second-annotation-c.jsonl``), ``CLEAR_D`` (sample D,
``--second evaluation/skills/second-annotation-d.jsonl``) and ``CLEAR_E`` (sample E,
``--second evaluation/skills/second-annotation-e.jsonl``) list
the second annotation's spans that the first annotation left out although ``GUIDELINES.md``
clearly requires them (the rule, or the same field's own labels, cited for each). ``--adjudicated-out`` writes
the first annotation plus only those spans: an indicative gold for the lead, not a change to
``dev-set.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = HERE / "dev-set.jsonl"
SECOND = HERE / "second-annotation.jsonl"


# (field key, span text, skill id) -> why the first annotation's omission is clearly against GUIDELINES.md.
CLEAR: dict[tuple[str, str, str], str] = {
    ("ac-622074300:qualifications", "R", "r-language"):
        "rule 2: a named language in 'Python, R, SQL or Java', whose other items are labelled",
    ("ac-623512700:evaluations", "Database Administration", "database-administration"):
        "rule 3: its own example, also when glued by the source",
    ("ac-623544800:qualifications", "Customer Service", "customer-service"):
        "rule 3: its own example; the definition after it is labelled (rule 9)",
    ("ac-622385200:qualifications", "Computer Languages", "software-development"):
        "rule 3: a digital competency in a list whose other three items are labelled",
    ("ac-622074300:qualifications", "predictive models", "predictive-analytics"):
        "a named practice (a taxonomy label), rule 1",
    ("ac-622074300:qualifications", "cleaning, filtering", "data-cleaning"):
        "rule 1: list items sharing 'data' with 'transforming data', which is labelled",
    ("ac-622074300:qualifications", "manipulation of data", "etl"):
        "rule 7: word-order variant ('analysis of data' is the rule's own example)",
    ("ac-622074300:qualifications", "exploratory comparative analysis", "data-analysis"):
        "a named practice (exploratory data analysis)",
    ("ac-622074300:qualifications", "analytic techniques", "data-analysis"):
        "rule 6: modifier + generic head, the dev set's own 'analytical techniques' precedent",
    ("ac-622074300:qualifications", "classification", "supervised-learning"):
        "rule 1: item of a list whose 'regression', 'clustering', 'causal modeling' are labelled",
    ("ac-622074300:qualifications", "similarity matching", "data-mining"):
        "rules 1 and 8: item of the same list, closest skill",
    ("ac-622074300:qualifications", "co-occurrence grouping", "data-mining"):
        "rules 1 and 8: item of the same list, closest skill",
    ("ac-622074300:qualifications", "profiling", "data-mining"):
        "rules 1 and 8: item of the same list, closest skill",
    ("ac-622074300:qualifications", "link prediction", "data-mining"):
        "rules 1 and 8: item of the same list, closest skill",
    ("ac-622074300:qualifications", "data reduction", "dimensionality-reduction"):
        "rules 1 and 8: item of the same list, closest skill",
    ("ac-622074300:qualifications", "linear, semi-linear, and/or non-linear models", "regression-analysis"):
        "rule 1: a statistical method in a list whose 'statistics' and 'statistical methods' are labelled",
    ("ac-622074300:qualifications",
     "communicate technically complex methods and solutions to non-technical audiences",
     "technical-communication"):
        "rule 9's own kind ('Presenting technical information to non-technicians')",
    ("ac-623791800:qualifications", "development", "database-design"):
        "rule 1: item of 'database management, design, normalization, development' ('design' is labelled)",
    ("ac-622385200:qualifications", "Blackboard Learning Management System (LMS) administration",
     "system-administration"):
        "the same practice as the same field's labelled 'LMS systems administration'",
    ("ac-621978600:qualifications", "Leading projects", "project-management"):
        "a verb-phrase form of project management (rules 6/7); the field's 'project planning' is labelled",
}


# Sample B (second-annotation-b.jsonl): the same test, applied by sample B's annotator after its gold was
# committed (HELDOUT.md, "Sample B").
CLEAR_B: dict[tuple[str, str, str], str] = {
    ("ac-622988700:qualifications", "development, and maintenance", "software-development"):
        "rule 1: items of 'analysis, design, development, and maintenance of automated computer programs' "
        "('software maintenance' is a form; the field's 'programming' is labelled)",
    ("ac-623743600:qualifications", "database logical and physical design", "database-design"):
        "the skill's own words (rules 1 and 7: database ... design)",
    ("ac-623743600:qualifications", "application system development", "software-development"):
        "rule 6: a variant of 'application development'",
    ("ac-619369300:qualifications", "test planning and test engineering", "software-testing"):
        "a named practice ('test plans' is a form), item of a list whose other items are labelled",
    ("ac-619369300:qualifications", "system engineering", "systems-analysis"):
        "rule 6: singular variant of 'systems engineering', labelled earlier in the same field",
    ("ac-623298400:qualifications", "development", "software-development"):
        "rule 1: item of 'software design, development, test' whose 'software design' is labelled",
    ("ac-623298400:qualifications", "test", "software-testing"):
        "rule 1: item of the same list (software test)",
    ("ac-623369100:qualifications", "maintaining operating systems", "system-administration"):
        "rules 6/7: verb-phrase variant of 'operating systems administration' (the dev set's 'administering "
        "systems' precedent)",
    ("ac-623099300:qualifications", "qualitative", "qualitative-research"):
        "rule 1's own example ('quantitative and qualitative analysis'); 'quantitative methods' is labelled",
}
# Sample C (second-annotation-c.jsonl): the same test, applied by sample C's annotator after its gold was
# committed (HELDOUT.md, "Sample C"). A key covers every span of the field with that text and skill, so a
# clear omission whose text and skill also occur where the first annotation has the mention is left out:
# "software and system development" (ac-622894400, the GS-07 paragraph; the dev gold labels "software" in the
# other three occurrences).
CLEAR_C: dict[tuple[str, str, str], str] = {
    ("ac-622704900:qualifications", "qualitative", "qualitative-research"):
        "rule 1's own example ('quantitative and qualitative analysis'); 'quantitative techniques' is labelled",
    ("ac-622704900:qualifications", "Written and oral presentation of highly technical business data reports",
     "technical-communication"):
        "rules 6/7: the form 'technical reports' (revision 1) with modifiers between, named as a practice",
    ("ac-622165900:qualifications", "statistical", "statistics"):
        "rule 1: item of 'mathematical, statistical, econometric and other scientific methods'",
    ("ac-622165900:qualifications", "econometric", "forecasting"):
        "rule 1: item of the same list; econometrics is a named practice (the taxonomy files it under forecasting)",
    ("ac-622165900:qualifications", "acquisition", "data-collection"):
        "rules 1 and 7: item of 'acquisition, storage, and retrieval of data' (the form 'data acquisition')",
    ("ac-623395400:qualifications", "lead significant projects", "project-management"):
        "rules 6/7: verb phrase with words between, the dev set's 'manage assigned projects' precedent",
    ("ac-622460000:qualifications", "plan and execute complex, multi-faceted projects", "project-management"):
        "rules 6/7: as 'manage assigned projects'",
    ("ac-622894400:qualifications", "developing, with assistance, software systems", "software-development"):
        "rules 6/7: the form 'developing software' with words between (x3)",
    ("ac-622894400:qualifications", "developing, with assistance,software systems", "software-development"):
        "rules 6/7: as above, the space lost by the source",
    ("ac-622894400:qualifications", "softwareengineering", "software-development"):
        "rule 6 (and rule 3's 'glued by the source'): the same field's spaced 'software engineering' is labelled",
    ("ac-622894400:qualifications", "analyzing needs and product requirements", "requirements-analysis"):
        "rules 6/7: the form 'analyzing requirements' with words between (x2)",
    ("ac-622894400:qualifications", "software designs and code", "software-development"):
        "rule 6: plural of the form 'software design' (x2)",
    ("ac-622466400:education", "PMP", "project-management"):
        "the acronym (a form) of the labelled 'Project Management Professional', also glued ('currentPMP', rule 3)",
    ("ac-623069600:evaluations", "ENGINEERING PROJECT MANAGEMENT", "project-management"):
        "rule 3: a digital competency name, glued by the source",
    ("ac-623069600:evaluations", "SYSTEMS DESIGN", "software-architecture"):
        "rule 3: competency 'Systems Design and Integration', glued ('systems design' is a form)",
    ("ac-623069600:evaluations", "SYSTEMS ENGINEERING", "systems-analysis"):
        "rule 3: competency name, glued ('systems engineering' is a form)",
    ("ac-623722100:evaluations", "Protect and defend information and information systems", "cybersecurity"):
        "rules 7 and 9: the definition of the labelled 'Information Assurance' ('protection of information "
        "systems' is a form)",
}
# Sample D (second-annotation-d.jsonl): the same test, applied by sample D's annotator after its gold was
# committed (HELDOUT.md, "Sample D"). Left out as not clear: the closest-skill and scope calls flagged
# borderline there, "evaluate and interpret data extracts" (the first revision rejected it on purpose),
# "process improvements" (the form is "business process improvement") and "analytical reports" (data
# analysis, BI or storytelling: a third reader could pick another skill).
CLEAR_D: dict[tuple[str, str, str], str] = {
    ("ac-622843800:qualifications", "database logical and physical design", "database-design"):
        "rules 1 and 7: the skill's own words, the phrase revision 5 added in ac-623743600 (2210 DATAMGT wording)",
    ("ac-621060600:qualifications", "Manipulate different datasets", "etl"):
        "rules 6/7: verb-phrase form of 'data manipulation' with a modifier between (revision 4's "
        "'manipulation of data', revision 3's 'extract specific data')",
    ("ac-621060600:qualifications", "analyzing manufacturer, distributor, and point of care data", "data-analysis"):
        "rules 6/7: verb-phrase form of 'data analysis' with modifiers between (revision 3's 'analyzing "
        "reporting system data')",
    ("ac-621060600:qualifications", "Communicating with stakeholders", "stakeholder-engagement"):
        "rules 6/7: verb-phrase form of the label 'stakeholder communication'",
    ("ac-621484000:qualifications", "evaluating statistical results", "statistics"):
        "rule 6: a skill's modifier before a generic head (the first revision's 'statistical work')",
    ("ac-621450200:qualifications", "monitor or coordinate projects", "project-management"):
        "rules 6/7: as the dev set's 'manage assigned projects' (CLEAR_C's 'lead significant projects')",
}
# Sample E (second-annotation-e.jsonl): the same test, applied by sample E's annotator after its gold was
# committed (HELDOUT.md, "Sample E"). Left out as not clear: the closest-skill and scope calls flagged borderline
# there ("construction" and "deployment" of the web developer's list, the storage phrases, "server support",
# "video-conferencing", "security risks", "integration", "software designs", the documentation phrase), the
# CIA triad (the dev set leaves "confidentiality, integrity, and availability" out on purpose, HELDOUT.md set 1)
# and "Azure Information Protection" (a named product, so a span is due by rule 2, but `azure` or
# `data-security` is a call).
CLEAR_E: dict[tuple[str, str, str], str] = {
    ("jp-441132200:summary", "testing", "software-testing"):
        "rule 1: item of the life-cycle list 'project planning, requirements management, interface design, "
        "construction, testing, ...' whose first three items are labelled",
    ("jp-441132200:summary", "maintenance", "software-development"):
        "rule 1: last item of the same list; 'software maintenance' is a form (CLEAR_B's 'development, and "
        "maintenance')",
    ("jp-439327800:summary", "SECURITY", "cybersecurity"):
        "rule 4: the 2210 parenthetical specialty '(SECURITY)', INFOSEC in plain words",
    ("jp-439327800:summary", "Security", "cybersecurity"):
        "rule 4: the same parenthetical, '(Security)'",
    ("jp-439327800:summary", "project leader", "project-management"):
        "rule 4: a role noun of the skill (as 'project managers')",
    ("jp-439327800:summary", "lead major national level projects", "project-management"):
        "rules 6/7: verb phrase with modifiers between (CLEAR_C's 'lead significant projects', the dev set's "
        "'manage assigned projects')",
    ("ac-622441900:summary", "Systems Analysis", "systems-analysis"):
        "rule 4: the other item of the 2210 parenthetical '(Systems Analysis/ Data Management)', whose 'Data "
        "Management' is labelled",
}
# The CLEAR list that belongs to each second annotation, by file name.
CLEAR_BY_FILE: dict[str, dict[tuple[str, str, str], str]] = {
    "second-annotation.jsonl": CLEAR,
    "second-annotation-b.jsonl": CLEAR_B,
    "second-annotation-c.jsonl": CLEAR_C,
    "second-annotation-d.jsonl": CLEAR_D,
    "second-annotation-e.jsonl": CLEAR_E,
}

def _records(path: Path) -> dict[str, dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[f"{record['id']}:{record['field']}"] = record
    return records


def _overlap(a: dict, b: dict, strict: bool) -> bool:
    if strict:
        return a["start"] == b["start"] and a["end"] == b["end"]
    return a["start"] < b["end"] and b["start"] < a["end"]


def _matched(predicted: list[dict], gold: list[dict], *, strict: bool, any_skill: bool) -> tuple[set, set]:
    """Indexes of ``predicted`` and ``gold`` spans that agree, each gold span used once (evaluate_skills)."""
    used: set[int] = set()
    hits: set[int] = set()
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if j in used or not _overlap(p, g, strict):
                continue
            if any_skill or p["skill_id"] == g["skill_id"]:
                used.add(j)
                hits.add(i)
                break
    return hits, used


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict:
    """Counts and P/R of ``second`` against ``first`` as reference, loose/strict, by skill and span only."""
    figures = {}
    for strict in (False, True):
        for any_skill in (False, True):
            tp = n_first = n_second = 0
            for key, record in second.items():
                gold = first[key]["spans"]
                predicted = record["spans"]
                hits, _ = _matched(predicted, gold, strict=strict, any_skill=any_skill)
                tp += len(hits)
                n_first += len(gold)
                n_second += len(predicted)
            name = ("strict" if strict else "loose") + (", span only" if any_skill else "")
            figures[name] = {"first": n_first, "second": n_second, "agree": tp,
                             "second_vs_first_P": tp / n_second if n_second else 1.0,
                             "second_vs_first_R": tp / n_first if n_first else 1.0}
    return figures


def disagreements(first: dict[str, dict], second: dict[str, dict]) -> dict[str, list[dict]]:
    """Loose disagreements by kind (module docstring)."""
    kinds: dict[str, list[dict]] = {"only in second": [], "only in first": [], "different skill": []}
    for key, record in second.items():
        text = record["text"]
        a_spans, b_spans = first[key]["spans"], record["spans"]
        b_hits, a_used = _matched(b_spans, a_spans, strict=False, any_skill=False)

        def context(span: dict, text: str = text) -> str:
            return text[max(0, span["start"] - 45) : span["end"] + 30].replace("\n", " ")

        for i, b in enumerate(b_spans):
            if i in b_hits:
                continue
            others = [a for j, a in enumerate(a_spans) if j not in a_used and _overlap(a, b, False)]
            if others:
                firsts = "; ".join(f"{a['text']!r} {a['skill_id']}" for a in others)
                kinds["different skill"].append({"doc": key, "second": f"{b['text']!r} {b['skill_id']}",
                                                 "first": firsts, "context": context(b)})
            else:
                kinds["only in second"].append({"doc": key, "second": f"{b['text']!r} {b['skill_id']}",
                                                "context": context(b),
                                                "clear_key": (key, b["text"], b["skill_id"])})
        for j, a in enumerate(a_spans):
            if j in a_used:
                continue
            if any(_overlap(a, b, False) for i, b in enumerate(b_spans) if i not in b_hits):
                continue  # listed under "different skill"
            kinds["only in first"].append({"doc": key, "first": f"{a['text']!r} {a['skill_id']}",
                                           "context": context(a)})
    return kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", default=str(FIRST), help="reference annotation (default: %(default)s)")
    parser.add_argument("--second", default=str(SECOND), help="second annotation (default: %(default)s)")
    parser.add_argument("--list", action="store_true", help="list every disagreement by kind")
    parser.add_argument("--subset-out", help="write the first annotation's records of those fields to PATH")
    parser.add_argument("--adjudicated-out", help="write the first annotation of those fields + CLEAR spans")
    args = parser.parse_args(argv)
    clear = CLEAR_BY_FILE.get(Path(args.second).name, {})
    second = _records(Path(args.second))
    first_all = _records(Path(args.first))
    missing = sorted(set(second) - set(first_all))
    if missing:
        raise SystemExit(f"fields of the second annotation not in the first: {missing}")
    first = {key: first_all[key] for key in second}
    for key in second:
        if first[key]["text"] != second[key]["text"]:
            raise SystemExit(f"{key}: the two annotations' texts differ")
    if args.subset_out:
        out = Path(args.subset_out)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text("".join(json.dumps(first[key], ensure_ascii=False) + "\n" for key in second), "utf-8")
        tmp.replace(out)
    if args.adjudicated_out:
        rows = []
        found = set()
        for key, record in second.items():
            extra = [s for s in record["spans"] if (key, s["text"], s["skill_id"]) in clear]
            found.update((key, s["text"], s["skill_id"]) for s in extra)
            spans = sorted(first[key]["spans"] + extra, key=lambda s: (s["start"], s["end"]))
            rows.append(json.dumps({**first[key], "spans": spans}, ensure_ascii=False))
        if found != set(clear):
            raise SystemExit(f"CLEAR entries not in the second annotation: {sorted(set(clear) - found)}")
        out = Path(args.adjudicated_out)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text("\n".join(rows) + "\n", "utf-8")
        tmp.replace(out)
    print(f"{len(second)} fields; first = {Path(args.first).name}, second = {Path(args.second).name}")
    print(f"{'matching':<22} {'first':>6} {'second':>6} {'agree':>6} {'P(2|1)':>7} {'R(2|1)':>7}")
    for name, row in agreement(first, second).items():
        print(f"{name:<22} {row['first']:>6} {row['second']:>6} {row['agree']:>6} "
              f"{row['second_vs_first_P']:>7.3f} {row['second_vs_first_R']:>7.3f}")
    print("(P(2|1) is the second annotation's precision against the first as reference, which is the first's "
          "recall against the second; R(2|1) likewise.)")
    if args.list:
        for kind, items in disagreements(first, second).items():
            print(f"\n{kind} ({len(items)}):")
            for item in items:
                sides = "  ".join(f"{side}: {item[side]}" for side in ("first", "second") if side in item)
                mark = "CLEAR " if item.get("clear_key") in clear else ""
                print(f"  {mark}{item['doc']:<34} {sides}  ...{item['context']}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
