"""Build skillhire's bundled plain-language word lists in ``taxonomies/plain-language/`` from the source data.

Run from the repository root (the source folder defaults to ``../shared/data``, else ``/work/shared/data``)::

    python scripts/build_plain_language.py [--source DIR]

Inputs (see ``shared/data/PROVENANCE.md`` for repository, path, commit and licence of each):

* ``plainlanguage-gov-simple-words.csv``: the Federal Plain Language Guidelines "Use simple words and phrases"
  table (GSA/plainlanguage.gov, CC0). Every row is kept. Upstream typo fixed: "minimize -> decrease, method"
  becomes "minimize -> decrease, lessen" ("method" belongs to the "methodology" row). skillhire adds, per row,
  the replacement it applies automatically (empty: the row is only reported as a finding, because the word has
  other senses in job postings, e.g. "address" (email address), "employ" (hire), "maximum of 2 pages"), the
  part of speech that drives inflection, and a note. A few rows skillhire adds itself are marked
  ``source=skillhire``.
* ``18f-words-to-avoid.csv``: 18F Content Guide "Words to avoid" (CC0), with the same added columns.
* ``gender-coded-word-stems.csv``: Gaucher, Friesen & Kay (2011) stems, with neutral alternatives added by
  skillhire (editorial suggestions, marked as such).
* ``dol-ableist-verbs.csv``: US Department of Labor ableist-language-detector verbs, copied unchanged.

The federal HR glossary (``federal-hr-glossary.csv``) is written by hand (each row cites its source) and is not
built here. Output files carry their sources and licence in ``#`` comment lines at the top.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "taxonomies" / "plain-language"

PLAIN_HEADER = """\
# Federal Plain Language Guidelines, "Use simple words and phrases" (Don't say / Say table).
# Source: GSA/plainlanguage.gov _pages/guidelines/words/use-simple-words-phrases.md
#   commit 43230773bd7c589ac6394ead7b36a2554241abdc; licence CC0 1.0 / US government work (public domain).
# Columns dont_say, say, dirty_dozen are upstream (dirty_dozen = bold in the source table).
# Fixed upstream typo: "minimize -> decrease, method" is "decrease, lessen" here.
# Added by skillhire (scripts/build_plain_language.py): replacement = what skillhire's rewrite applies
#   (empty = reported as a finding only), pos = part of speech used for inflection
#   (verb, noun, adj, adv, phrase), note = why; rows with source=skillhire are skillhire's own additions.
"""

EIGHTEEN_F_HEADER = """\
# 18F Content Guide, "Words to avoid".
# Source: 18F/content-guide _pages/our-approach/plain-language.md
#   commit 1b1723d3d5b8f91d92c16487c88b56265dc0ec3a; licence CC0 1.0 / US government work (public domain).
# Columns avoid, suggestion, note are upstream. Added by skillhire: replacement (applied automatically;
#   empty = finding only), pos.
"""

GENDER_HEADER = """\
# Gender-coded word stems from Gaucher, Friesen & Kay (2011), "Evidence That Gendered Wording in Job
#   Advertisements Exists and Sustains Gender Inequality", J. Personality and Social Psychology 101(1):109-128;
#   source of the list: as maintained in lovedaybrooke/gender-decoder app/wordlists.py (commit 73724e6b428713f0df7d7e2e226aec4769eeb0db;
#   licence: the word lists are facts from the paper; the repository is MIT).
# A word matches a stem when it starts with it; coding=exception rows are words that must not match.
# Column alternatives is skillhire's editorial suggestion of neutral wording (not from the paper).
"""

DOL_HEADER = """\
# Physical-ability verbs and inclusive alternatives, US Department of Labor ableist-language-detector
#   (source: USDepartmentofLabor/ableist-language-detector ableist_language_detector/ableist_word_list.csv,
#   commit 92c51ed4a1122cd68ca4b13e8f55508bfb73b53e); licence: US government work, CC0 1.0. Copied unchanged.
"""

# dont_say -> (replacement, pos, note). Rows not listed here are findings only.
PLAIN_CURATION: dict[str, tuple[str, str, str]] = {
    "accompany": ("go with", "verb", ""),
    "accomplish": ("carry out", "verb", ""),
    "accordingly": ("so", "adv", "sentence adverb"),
    "additional": ("more", "adj", "'an additional' becomes 'another'"),
    "addressees": ("you", "noun", ""),
    "a number of": ("some", "phrase", "not 'the number of'"),
    "adjacent to": ("next to", "phrase", ""),
    "advantageous": ("helpful", "adj", ""),
    "afford an opportunity": ("let", "phrase", ""),
    "anticipate": ("expect", "verb", ""),
    "apparent": ("clear", "adj", ""),
    "approximate": ("about", "adj", "also 'approximately'"),
    "arrive onboard": ("arrive", "phrase", ""),
    "as a means of": ("to", "phrase", ""),
    "ascertain": ("find out", "verb", ""),
    "assist, assistance": ("help", "verb", "assistance (noun) becomes help"),
    "at the present time": ("now", "phrase", ""),
    "by means of": ("by", "phrase", ""),
    "capability": ("ability", "noun", ""),
    "caveat": ("warning", "noun", ""),
    "close proximity": ("near", "phrase", ""),
    "commence": ("start", "verb", ""),
    "comply with": ("follow", "verb", ""),
    "component": ("part", "noun", ""),
    "concerning": ("about", "adv", "preposition"),
    "consequently": ("so", "adv", ""),
    "consolidate": ("combine", "verb", ""),
    "contains": ("has", "verb", "only this form"),
    "convene": ("meet", "verb", ""),
    "currently": ("now", "adv", ""),
    "deem": ("consider", "verb", ""),
    "demonstrate": ("show", "verb", ""),
    "depart": ("leave", "verb", ""),
    "discontinue": ("stop", "verb", ""),
    "disseminate": ("send", "verb", ""),
    "due to the fact that": ("since", "phrase", ""),
    "effect modifications": ("make changes", "phrase", ""),
    "endeavor": ("try", "verb", ""),
    "ensure": ("make sure", "verb", "only before 'that' ('make sure' needs a clause)"),
    "equipments": ("equipment", "adj", "single form"),
    "equitable": ("fair", "adj", ""),
    "evident": ("clear", "adj", ""),
    "expedite": ("speed up", "verb", ""),
    "expeditious": ("quick", "adj", ""),
    "expend": ("spend", "verb", ""),
    "expertise": ("skill", "noun", "'skill' rather than the table's 'ability' for job postings"),
    "expiration": ("end", "noun", ""),
    "feasible": ("workable", "adj", ""),
    "females": ("women", "adj", "single form"),
    "finalize": ("finish", "verb", ""),
    "for a period of": ("for", "phrase", ""),
    "forfeit": ("lose", "verb", ""),
    "frequently": ("often", "adv", ""),
    "furnish": ("give", "verb", ""),
    "has a requirement for": ("needs", "phrase", ""),
    "herein": ("here", "adv", ""),
    "heretofore": ("until now", "adv", ""),
    "identical": ("same", "adj", ""),
    "implement": ("carry out", "verb", "dirty dozen; 'implementation' becomes 'rollout'"),
    "in accordance with": ("under", "phrase", "dirty dozen"),
    "in addition": ("also", "phrase", "'in addition to' becomes 'besides'"),
    "in an effort to": ("to", "phrase", ""),
    "inasmuch as": ("since", "phrase", ""),
    "in a timely manner": ("promptly", "phrase", ""),
    "inception": ("start", "noun", ""),
    "incumbent upon": ("must", "phrase", "'it is incumbent upon you to' becomes 'you must'"),
    "indicate": ("show", "verb", ""),
    "initial": ("first", "adj", ""),
    "initiate": ("start", "verb", ""),
    "in lieu of": ("instead of", "phrase", "'of' kept so the phrase still takes its object"),
    "in order that": ("so", "phrase", "dirty dozen"),
    "in order to": ("to", "phrase", ""),
    "in regard to": ("about", "phrase", ""),
    "in the amount of": ("for", "phrase", "dirty dozen"),
    "in the event of": ("in case of", "phrase", "dirty dozen; the table says 'if', but before a noun 'in case of' keeps the grammar"),
    "in the near future": ("soon", "phrase", ""),
    "in view of the above": ("so", "phrase", ""),
    "is applicable to": ("applies to", "phrase", ""),
    "is authorized to": ("may", "phrase", ""),
    "is in consonance with": ("follows", "phrase", ""),
    "it is essential": ("you must", "phrase", "only 'it is essential that you' (see the it-is rule)"),
    "magnitude": ("size", "noun", ""),
    "methodology": ("method", "noun", ""),
    "minimize": ("reduce", "verb", "upstream 'decrease, method' typo fixed"),
    "modify": ("change", "verb", ""),
    "necessitate": ("need", "verb", ""),
    "notify": ("tell", "verb", ""),
    "not later than 10 May": ("", "phrase", "example row; 'not later than' is handled by its own row"),
    "numerous": ("many", "adj", ""),
    "optimum": ("best", "adj", ""),
    "participate": ("take part", "verb", ""),
    "perform": ("do", "verb", ""),
    "pertaining to": ("about", "phrase", ""),
    "portion": ("part", "noun", ""),
    "possess": ("have", "verb", ""),
    "practicable": ("practical", "adj", ""),
    "preclude": ("prevent", "verb", ""),
    "previous": ("earlier", "adj", ""),
    "previously": ("before", "adv", ""),
    "prioritize": ("rank", "verb", ""),
    "prior to": ("before", "phrase", ""),
    "proficiency": ("skill", "noun", ""),
    "promulgate": ("issue", "verb", "dirty dozen"),
    "provide": ("give", "verb", ""),
    "provided that": ("if", "phrase", ""),
    "provides guidance for": ("guides", "phrase", ""),
    "purchase": ("buy", "verb", ""),
    "pursuant to": ("under", "phrase", ""),
    "reflect": ("show", "verb", ""),
    "regarding": ("about", "adv", "preposition"),
    "relocate": ("move", "verb", ""),
    "remainder": ("rest", "noun", ""),
    "remuneration": ("pay", "noun", ""),
    "reside": ("live", "verb", ""),
    "retain": ("keep", "verb", ""),
    "similar to": ("like", "phrase", ""),
    "solicit": ("ask for", "verb", ""),
    "state-of-the-art": ("latest", "adj", ""),
    "submit": ("send", "verb", ""),
    "subsequent": ("later", "adj", "'subsequent to' becomes 'after'"),
    "subsequently": ("later", "adv", ""),
    "successfully complete": ("complete", "phrase", "completing a course or degree already means passing it"),
    "sufficient": ("enough", "adj", ""),
    "terminate": ("end", "verb", ""),
    "therefore": ("so", "adv", ""),
    "therein": ("there", "adv", ""),
    "time period": ("period", "phrase", ""),
    "transmit": ("send", "verb", ""),
    "under the provisions of": ("under", "phrase", ""),
    "until such time as": ("until", "phrase", ""),
    "utilize, utilization": ("use", "verb", "dirty dozen; utilization (noun) becomes use"),
    "validate": ("confirm", "verb", ""),
    "viable": ("workable", "adj", ""),
    "with reference to": ("about", "phrase", ""),
    "with the exception of": ("except for", "phrase", ""),
    "in the process of": ("", "phrase", ""),
    "it is": ("it's", "phrase", "dirty dozen; see the it-is rule: 'it is essential/necessary/required that you' "
              "becomes 'you must', otherwise the contraction (the guidelines say to use contractions)"),
    "this activity, command": ("we", "phrase", "dirty dozen; only as a sentence subject"),
    "appropriate": ("proper", "adj", "only before a noun ('appropriate documentation' -> 'proper documentation'); "
                    "not 'as appropriate', 'is appropriate', 'appropriate to/for', nor the verb ('to appropriate')"),
    "accurate": ("correct", "adj", ""),
    "attempt": ("try", "verb", "'an attempt' becomes 'a try'"),
    "in relation to": ("about", "phrase", ""),
    "relative to": ("about", "phrase", "preposition: 'programs relative to data' -> 'programs about data'"),
}

# Findings-only notes for rows that are not applied, keyed by dont_say.
PLAIN_FINDING_NOTES: dict[str, str] = {
    "address": "not applied: 'email address', 'address the issue'",
    "employ": "not applied: 'employ' means 'hire' in postings",
    "maintain": "not applied: 'maintain systems' has no simpler exact word",
    "maximum": "not applied: 'a maximum of 2 pages'",
    "minimum": "not applied: 'a minimum of 24 semester hours'",
    "objective": "not applied: also an adjective ('objective assessment')",
    "require": "not applied: 'required' is a legal term in qualification text; reported instead",
    "determine": "not applied: 'determine quality' means 'find out', 'determine to' means 'decide'",
    "facilitate": "not applied: 'facilitate a meeting' means 'lead'; 18F: say how you help",
    "requirement": "not applied: 'qualification requirements' is a legal term",
    "selection": "not applied: 'selection' is a legal term in hiring (selecting official)",
    "benefit": "not applied: 'Benefits' is a USAJOBS section",
    "function": "not applied: technical sense",
    "interface": "not applied: technical sense",
    "operate": "not applied: technical sense",
    "parameters": "not applied: technical sense",
    "warrant": "not applied: 'warrant officer'",
    "forward": "not applied: also an adverb",
    "identify": "not applied: 'identify' is clear in postings",
}

# Findings-only rows that mean a verb which is also a common noun in postings: pos "verb", so lint reports only a
# verb use ("will benefit you", a duty "Monitors ..."), not the noun ("the benefits portal", "submit a request",
# "a work permit"; walkthrough2: "benefits portal" got "Say: help").
PLAIN_FINDING_VERBS: dict[str, str] = {
    "benefit": "not applied: 'Benefits' is a USAJOBS section; the verb only ('benefits portal' is a noun)",
    "request": "the verb only ('a request' is a noun)",
    "permit": "the verb only ('a work permit' is a noun)",
    "monitor": "the verb only ('a monitor' is a noun)",
}

# skillhire's own additions (hiring-specific), with their reason.
PLAIN_ADDITIONS: list[dict[str, str]] = [
    {"dont_say": "obtain", "say": "get", "dirty_dozen": "no", "replacement": "get", "pos": "verb",
     "note": "Federal Plain Language Guidelines 'Use simple words' spirit; 18F and plain-language practice use 'get'",
     "source": "skillhire"},
    {"dont_say": "approximately", "say": "about", "dirty_dozen": "no", "replacement": "about", "pos": "adv",
     "note": "adverb of the table's 'approximate -> about'", "source": "skillhire"},
    {"dont_say": "not later than", "say": "by", "dirty_dozen": "no", "replacement": "by", "pos": "phrase",
     "note": "general form of the table's 'not later than 10 May -> by 10 May'", "source": "skillhire"},
    {"dont_say": "implementation", "say": "rollout, carrying out", "dirty_dozen": "no", "replacement": "rollout",
     "pos": "noun", "note": "noun of the dirty-dozen 'implement'", "source": "skillhire"},
    {"dont_say": "an additional", "say": "another", "dirty_dozen": "no", "replacement": "another", "pos": "phrase",
     "note": "'additional -> more' with its article", "source": "skillhire"},
    {"dont_say": "in addition to", "say": "besides", "dirty_dozen": "no", "replacement": "besides", "pos": "phrase",
     "note": "table's 'in addition -> besides' before an object", "source": "skillhire"},
    {"dont_say": "subsequent to", "say": "after", "dirty_dozen": "no", "replacement": "after", "pos": "phrase",
     "note": "table's 'subsequently -> after'", "source": "skillhire"},
    {"dont_say": "in the event that", "say": "if", "dirty_dozen": "no", "replacement": "if", "pos": "phrase",
     "note": "table's 'in the event of -> if' before a clause", "source": "skillhire"},
    {"dont_say": "position", "say": "job", "dirty_dozen": "no", "replacement": "job", "pos": "noun",
     "note": "USAJOBS itself says 'job' ('This job is open to'); 'in a position to' is left alone",
     "source": "skillhire"},
    {"dont_say": "individuals", "say": "people", "dirty_dozen": "no", "replacement": "people", "pos": "adj",
     "note": "plural only ('individual' is also an adjective)", "source": "skillhire"},
    {"dont_say": "equivalent to", "say": "equal to", "dirty_dozen": "no", "replacement": "equal to",
     "pos": "phrase", "note": "'equivalent to the GS-12 level' -> 'equal to the GS-12 level'", "source": "skillhire"},
    {"dont_say": "successfully completed", "say": "completed", "dirty_dozen": "no", "replacement": "completed",
     "pos": "phrase", "note": "past form of the table's 'successfully complete -> complete'", "source": "skillhire"},
    {"dont_say": "a minimum of", "say": "at least", "dirty_dozen": "no", "replacement": "at least",
     "pos": "phrase", "note": "table's 'minimum -> least': 'a minimum of 24 semester hours' -> 'at least 24 ...'",
     "source": "skillhire"},
    {"dont_say": "in excess of", "say": "beyond, more than", "dirty_dozen": "no", "replacement": "beyond",
     "pos": "phrase", "note": "same meaning in fewer syllables, like the table's 'in the amount of -> for'; "
     "'education in excess of the first year' -> 'education beyond the first year'",
     "source": "skillhire"},
    {"dont_say": "on the basis of", "say": "based on", "dirty_dozen": "no", "replacement": "based on",
     "pos": "phrase", "note": "same meaning, shorter; Federal Plain Language Guidelines, Omit excess words",
     "source": "skillhire"},
    {"dont_say": "on a regular basis", "say": "regularly", "dirty_dozen": "no", "replacement": "regularly",
     "pos": "phrase", "note": "table says (omit); 'regularly' keeps the meaning", "source": "skillhire"},
    {"dont_say": "is defined as", "say": "means", "dirty_dozen": "no", "replacement": "means", "pos": "phrase",
     "note": "same meaning, shorter and active: 'Specialized experience is defined as experience with ...' -> "
     "'Specialized experience means experience with ...'", "source": "skillhire"},
    {"dont_say": "appropriately", "say": "properly", "dirty_dozen": "no", "replacement": "properly", "pos": "adv",
     "note": "adverb of the table's 'appropriate -> proper': 'responds appropriately' -> 'responds properly'",
     "source": "skillhire"},
    {"dont_say": "effectively", "say": "well", "dirty_dozen": "no", "replacement": "well", "pos": "adv",
     "note": "round 18: same meaning after the verb it qualifies ('communicate effectively with' -> 'communicate "
     "well with'); Federal Plain Language Guidelines, Use simple words and phrases; the rewrite keeps it before a "
     "verb and where it means 'in effect'", "source": "skillhire"},
    {"dont_say": "are defined as", "say": "mean", "dirty_dozen": "no", "replacement": "mean", "pos": "phrase",
     "note": "plural of 'is defined as -> means'", "source": "skillhire"},
]

# 18F avoid -> (replacement, pos). Others are findings only.
EIGHTEEN_F_CURATION: dict[str, tuple[str, str]] = {
    "collaborate": ("work together", "verb"),
    "combating": ("fighting", "adj"),
    "countering": ("answering", "adj"),
    "in order to": ("to", "phrase"),
    "initiate": ("start", "verb"),
    "liaise": ("work with", "verb"),
    "modify": ("change", "verb"),
    "utilize": ("use", "verb"),
    "user testing": ("usability testing", "phrase"),
    "land": ("", "verb"),  # 18F: "as a verb only use if you're talking about aircraft" ("land management" is a noun)
}

GENDER_ALTERNATIVES: dict[str, str] = {
    "active": "engaged, involved", "adventurous": "curious, open to new work", "aggress": "bold, proactive",
    "ambitio": "motivated, goal-oriented", "analy": "examine, study, review", "assert": "clear, direct",
    "athlet": "(omit)", "autonom": "self-directed, works on their own", "battle": "work through, address",
    "boast": "share, report", "challeng": "hard problem, stretch", "champion": "advocate for, support",
    "compet": "skilled, capable", "confident": "sure, assured", "courag": "willing to speak up",
    "decid": "choose, settle", "decision": "choice, call", "decisive": "clear, prompt",
    "defend": "explain, support", "determin": "committed, find", "domina": "lead, excel",
    "dominant": "leading", "driven": "motivated, committed", "fearless": "willing to try new things",
    "fight": "work against, address", "force": "push, press", "greedy": "(omit)",
    "head-strong": "persistent", "headstrong": "persistent", "hierarch": "structured, levels",
    "hostil": "(omit)", "impulsive": "quick to act", "independen": "self-directed",
    "individual": "person, personal", "intellect": "knowledge, thinking", "lead": "guide, coordinate, run",
    "logic": "reasoning, sound", "objective": "goal, fair", "opinion": "view, idea", "outspoken": "open, direct",
    "persist": "keep going, follow through", "principle": "value, standard", "reckless": "(omit)",
    "self-confiden": "assured", "self-relian": "self-directed", "self-sufficien": "self-directed",
    "selfconfiden": "assured", "selfrelian": "self-directed", "selfsufficien": "self-directed",
    "stubborn": "persistent", "superior": "excellent, strong", "unreasonab": "(omit)",
    # feminine-coded: neutral alternatives too (the paper's point is balance, so these are informational)
    "agree": "accept, align", "affectionate": "(omit)", "child": "(keep if literal)", "cheer": "encourage",
    "collab": "work with others", "commit": "dedicate", "communal": "shared", "compassion": "care",
    "connect": "link, reach", "considerate": "thoughtful", "cooperat": "work with others",
    "co-operat": "work with others", "depend": "rely, count on", "emotiona": "(omit)", "empath": "understand",
    "feel": "think, find", "flatterable": "(omit)", "gentle": "calm", "honest": "candid, truthful",
    "interpersonal": "working with people", "interdependen": "linked", "interpersona": "working with people",
    "inter-personal": "working with people", "inter-dependen": "linked", "inter-persona": "working with people",
    "kind": "considerate", "kinship": "team spirit", "loyal": "dedicated", "modesty": "(omit)",
    "nag": "remind", "nurtur": "develop, grow", "pleasant": "professional", "polite": "courteous",
    "quiet": "calm", "respon": "handle, reply", "sensitiv": "aware", "submissive": "(omit)",
    "support": "help, back", "sympath": "understand", "tender": "(omit)", "together": "jointly",
    "trust": "rely on", "understand": "know, grasp", "warm": "friendly", "whin": "(omit)",
    "enthusias": "interest, energy", "inclusive": "open to all", "yield": "give way, produce",
    "share": "give, pass on", "sharin": "giving", "sharepoint": "",
}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_csv(path: Path, header: str, fieldnames: list[str], rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    buffer.write(header)
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def build(source: Path) -> list[Path]:
    """Write the bundled files from ``source``; return the paths written."""
    OUT.mkdir(parents=True, exist_ok=True)
    written = []

    plain = []
    for row in _read_csv(source / "plainlanguage-gov-simple-words.csv"):
        dont_say, say = row["dont_say"], row["say"]
        if dont_say == "minimize" and say == "decrease, method":
            say = "decrease, lessen"
        replacement, pos, note = PLAIN_CURATION.get(dont_say, ("", "", PLAIN_FINDING_NOTES.get(dont_say, "")))
        if dont_say in PLAIN_FINDING_VERBS:
            pos, note = "verb", PLAIN_FINDING_VERBS[dont_say]
        plain.append({"dont_say": dont_say, "say": say, "dirty_dozen": row["dirty_dozen"],
                      "replacement": replacement, "pos": pos, "note": note, "source": "plainlanguage.gov"})
    missing = (set(PLAIN_CURATION) | set(PLAIN_FINDING_VERBS)) - {row["dont_say"] for row in plain}
    if missing:
        raise SystemExit(f"curation names rows that are not in the source: {sorted(missing)}")
    plain += PLAIN_ADDITIONS
    path = OUT / "simple-words.csv"
    _write_csv(path, PLAIN_HEADER, ["dont_say", "say", "dirty_dozen", "replacement", "pos", "note", "source"], plain)
    written.append(path)

    eighteen = []
    for row in _read_csv(source / "18f-words-to-avoid.csv"):
        replacement, pos = EIGHTEEN_F_CURATION.get(row["avoid"], ("", ""))
        eighteen.append({**row, "replacement": replacement, "pos": pos})
    path = OUT / "words-to-avoid-18f.csv"
    _write_csv(path, EIGHTEEN_F_HEADER, ["avoid", "suggestion", "note", "replacement", "pos"], eighteen)
    written.append(path)

    gender = []
    for row in _read_csv(source / "gender-coded-word-stems.csv"):
        gender.append({**row, "alternatives": GENDER_ALTERNATIVES.get(row["stem"], "")})
    path = OUT / "gender-coded-word-stems.csv"
    _write_csv(path, GENDER_HEADER, ["stem", "coding", "alternatives"], gender)
    written.append(path)

    dol_rows = _read_csv(source / "dol-ableist-verbs.csv")
    path = OUT / "physical-ability-verbs-dol.csv"
    _write_csv(path, DOL_HEADER, list(dol_rows[0]), dol_rows)
    written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "data"
    if not default.is_dir():
        default = Path("/work/shared/data")
    parser.add_argument("--source", type=Path, default=default, help="folder with the source CSV files")
    args = parser.parse_args()
    for path in build(args.source):
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
