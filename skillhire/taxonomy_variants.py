"""Spelling and inflection variants of a taxonomy's case-insensitive forms: hyphen or space, British spellings,
"&" for "and", "life cycle" / "lifecycle", "analytic" / "analytical", a doubled consonant left single, plurals.

The bundled taxonomy's build script (``scripts/build_taxonomy.py``) and :func:`~skillhire.load_taxonomy` for
users' CSV, Excel and ESCO files both use :func:`generate_variants`, so "manage call centre" in an ESCO file matches
"call center" as the bundled taxonomy's forms do.

Example:
    >>> from skillhire.taxonomy_variants import generate_variants
    >>> generate_variants(["manage call centre"], american=True)
    ['manage call centres', 'manage call center', 'manage call centers']
"""

from __future__ import annotations

import re

__all__ = ["UNCOUNTABLE", "generate_variants", "plural_of"]

#: Last words that take no plural ("data analysis" is not pluralised to "data analysiss").
UNCOUNTABLE = {
    "web", "dbt", "viz", "software", "data", "analytics", "research", "management", "design", "engineering", "development", "testing",
    "learning", "intelligence", "security", "science", "statistics", "governance", "quality", "privacy",
    "information", "experience", "service", "literacy", "integration", "architecture", "administration",
    "analysis", "writing", "thinking", "planning", "accessibility", "usability", "compliance", "collection",
    "cleaning", "mining", "operations", "inquiry", "feedback", "support", "care", "language", "english",
    "technology", "visualization", "visualisation", "storytelling", "communication", "collaboration",
    "automation", "modernization", "transformation", "delivery", "satisfaction", "trust", "effort", "ethics",
    "fairness", "explainability", "interpretability", "oversight", "acquisition", "procurement",
    "networking", "computing", "processing", "recognition", "vision", "ops", "devops", "mlops", "python", "java",
    "sql", "html", "css", "javascript", "excel", "access", "r", "go", "agile", "scrum", "kanban", "lean", "cloud",
    "debt", "code", "evidence", "prototyping", "sampling", "forecasting", "wireframing", "programming", "coding",
    "scripting", "warehousing", "sorting", "mapping", "blueprinting", "modeling", "modelling", "monitoring",
    "handling", "outreach", "engagement", "ownership", "leadership", "reporting", "infrastructure", "equity",
    "interoperability", "entry", "content", "policy", "strategy", "staffing",
}

_BRITISH = (
    ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("yze", "yse"), ("yzing", "ysing"),
    ("center", "centre"), ("modeling", "modelling"), ("behavior", "behaviour"), ("organization", "organisation"),
)
#: British spellings written the American way, for users' files in British English (ESCO's "manage call centre"),
#: each a whole word or a word's end: not "ising"/"ised", American too ("advertising", "supervised"), nor "centred"
#: ("centerd") or the noun "analyses" (not "analyzes").
_AMERICAN = (
    (re.compile(r"centre(s?)\b"), r"center\1"), (re.compile(r"isation(s?)\b"), r"ization\1"),
    (re.compile(r"yse\b"), "yze"), (re.compile(r"ysing\b"), "yzing"), (re.compile(r"modelling\b"), "modeling"),
    (re.compile(r"behaviour(s?)\b"), r"behavior\1"),
)


#: Words that name the same thing and are written either way: "analytic techniques" = "analytical techniques"
#: (Merriam-Webster gives "analytic" and "analytical" as variants of one adjective).
_SAME_WORDS = (("analytical", "analytic"), ("analytic", "analytical"))
#: The doubled final consonant before a suffix that starts with a vowel ("program" + "ing" = "programming") is
#: often left single ("programing language", GUIDELINES.md rule 6's own example). Only consonants whose
#: doubling is a suffix boundary in the taxonomy's words: "ss", "ll" and "ff" are doubled in the stem
#: ("processing", "installing") and are not undoubled; British "-lling" spellings are in ``_BRITISH``.
_UNDOUBLED = re.compile(r"(?<=[aeiou])([bdgmnprt])\1(?=(?:ing|ings|er|ers|ed)\b)")
_UNDOUBLED_MIN_WORD = 9


#: Spellings of "life cycle" that mean the same (hyphenated "life-cycle" is handled with other hyphens).
_LIFE_CYCLE = (("life cycle", "lifecycle"), ("Life Cycle", "Lifecycle"), ("Life cycle", "Lifecycle"),
               ("lifecycle", "life cycle"), ("Lifecycle", "Life cycle"))


def _norm(text: str) -> str:
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", text.casefold()).strip()


def plural_of(word: str) -> str | None:
    # three-letter nouns count too ("journey maps", "mobile apps", "chat bots", "analyze logs"); the ones that
    # take no plural ("web", "dbt", "viz") are in UNCOUNTABLE
    if not word.isalpha() or not word.islower() or len(word) < 3 or word in UNCOUNTABLE:
        return None
    if word.endswith(("s", "ing", "ed", "ics", "ment", "ness", "ity", "ship", "ion")) and not word.endswith("tion"):
        return None
    if word.endswith(("tion", "sion")):
        return word + "s"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def generate_variants(forms: list[str], *, american: bool = False) -> list[str]:
    """Spelling and inflection variants of case-insensitive forms: hyphen/space, British spellings, "&", plurals.

    Args:
        forms: Labels and alternative labels, as written.
        american: Also write British spellings the American way ("call centre" -> "call center"): for users' files,
            which may be in either; the bundled taxonomy is curated in American English and leaves it off.

    Returns:
        The new forms, in the order made, none equal (case, hyphens and spaces aside) to a form given or made before.
    """
    existing = {_norm(f) for f in forms}
    out: list[str] = []

    def add(candidate: str) -> None:
        key = _norm(candidate)
        if key and key not in existing:
            existing.add(key)
            out.append(candidate)

    for form in forms:
        if any(ch.isdigit() for ch in form) or form.isupper():
            continue
        bases = [form]
        for us, uk in _BRITISH:
            if us in form:
                bases.append(form.replace(us, uk))
        if american:
            for uk, us in _AMERICAN:
                if uk.search(form):
                    bases.append(uk.sub(us, form))
        if " and " in form:
            bases.append(form.replace(" and ", " & "))
        if form.startswith("IT ") and len(form) > 5:  # "IT security" = "information technology security"
            bases.append("information technology " + form[3:])
        for one, other in _LIFE_CYCLE:  # "system development lifecycle" = "system development life cycle"
            if one in form:
                bases.append(form.replace(one, other))
        words = form.split(" ")
        for one, other in _SAME_WORDS:
            if one in words:
                bases.append(" ".join(other if w == one else w for w in words))
        undoubled = " ".join(_UNDOUBLED.sub(r"\1", w) if len(w) >= _UNDOUBLED_MIN_WORD else w for w in words)
        if undoubled != form:
            bases.append(undoubled)
        for base in bases:
            add(base)
            words = base.split(" ")
            plural = plural_of(words[-1])
            if plural and len(words) <= 4:
                add(" ".join([*words[:-1], plural]))
    return out
