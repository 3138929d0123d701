"""Skills taxonomies: the data model, the bundled taxonomies and users' own taxonomy files.

A taxonomy is a three-level hierarchy, domain > group > skill. Each :class:`Skill` carries the surface
forms the matcher looks for: its label and alternative labels (matched case-insensitively), acronyms
(matched with their exact case, so "SAS" is not "sas"), trap forms (common words such as "R", "Go" or
"Excel" that count only with their exact case and near technical context) and generated spelling variants.

Bundled taxonomies live in ``taxonomies/skills/<name>.json`` and are built by ``scripts/build_taxonomy.py``;
:func:`list_taxonomies` names them and :func:`load_taxonomy` loads one, or a user's file in skillhire's JSON
format, a CSV or Excel sheet with one skill per row, or ESCO's skills CSV.

Example:
    >>> from skillhire import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> taxonomy.skill("customer-journey-mapping").label
    'Customer journey mapping'
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from skillhire._resources import data_dir
from skillhire.errors import (
    MAX_CLOSE_MATCHES,
    MAX_LISTING_CHARS,
    InvalidFileError,
    InvalidRowError,
    InvalidRowsError,
    TaxonomyNotFoundError,
)
from skillhire.taxonomy_variants import generate_variants

__all__ = [
    "DEFAULT_TAXONOMY",
    "AmbiguousForm",
    "Crosswalk",
    "Domain",
    "Group",
    "Skill",
    "SkillSource",
    "SurfaceForm",
    "Taxonomy",
    "iter_forms",
    "list_taxonomies",
    "load_taxonomy",
    "normalize_form",
    "taxonomy_summary",
    "validate_taxonomy",
]

#: The bundled taxonomy :func:`load_taxonomy` returns when no name is given.
DEFAULT_TAXONOMY = "cx-data-ai"

_SLUG = r"^[a-z0-9][a-z0-9-]*$"


def normalize_form(form: str) -> str:
    """The key two surface forms are compared by: NFKC, case-folded, hyphens and spaces collapsed.

    >>> normalize_form("Human-Centered  Design")
    'human centered design'
    """
    text = unicodedata.normalize("NFKC", form).casefold()
    text = re.sub(r"[\s\-\u2010-\u2015]+", " ", text)
    return text.strip()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SkillSource(_Model):
    """Where skills in a taxonomy come from, with the licence and any attribution it requires."""

    id: str = Field(pattern=_SLUG, description="Short id that skills cite in their `sources` list.")
    name: str = Field(min_length=1, description="Name of the source (publication, data set or framework).")
    url: str = Field(default="", description="Where to find the source.")
    version: str = Field(default="", description="Version, release date or commit of the source used.")
    licence: str = Field(default="", description="Licence of the source.")
    attribution: str = Field(default="", description="Attribution text the licence requires, quoted in full.")


class Domain(_Model):
    """The top level of the hierarchy (for the bundled taxonomy: cx, data, ai, digital)."""

    id: str = Field(pattern=_SLUG, description="Domain id, for example `cx`.")
    label: str = Field(min_length=1, description="Human-readable name of the domain.")
    definition: str = Field(default="", description="One sentence saying what the domain covers.")


class Group(_Model):
    """The middle level of the hierarchy: a family of related skills inside one domain."""

    id: str = Field(pattern=_SLUG, description="Group id, unique in the taxonomy.")
    domain: str = Field(description="Id of the domain this group belongs to.")
    label: str = Field(min_length=1, description="Human-readable name of the group.")
    definition: str = Field(default="", description="One sentence saying what the group covers.")


class Crosswalk(_Model):
    """A link from a skill to an entry in another classification."""

    scheme: str = Field(
        description="The classification: `onet-soc` (occupation), `onet-technology` (technology example), "
        "`smeqa` (USDS SME-QA competency) or `esco`."
    )
    code: str = Field(min_length=1, description="The entry's code or name in that scheme.")
    label: str = Field(default="", description="The entry's title, where it differs from the code.")


class Skill(_Model):
    """One skill: the leaf of the hierarchy, with every surface form the matcher looks for."""

    id: str = Field(pattern=_SLUG, description="Stable slug; never renamed or reused.")
    label: str = Field(min_length=1, description="Preferred label (also matched case-insensitively).")
    domain: str = Field(description="Id of the skill's domain (must equal its group's domain).")
    group: str = Field(description="Id of the skill's group.")
    definition: str = Field(default="", description="One-sentence definition.")
    alt_labels: list[str] = Field(
        default_factory=list, description="Alternative labels and expansions, matched case-insensitively."
    )
    acronyms: list[str] = Field(
        default_factory=list, description="Acronyms and case-sensitive names, matched only with this exact case."
    )
    trap_forms: list[str] = Field(
        default_factory=list,
        description="Common-word forms ('R', 'Go', 'Excel'): matched with exact case and only near technical "
        "context (a context word or another skill close by).",
    )
    variants: list[str] = Field(
        default_factory=list,
        description="Spelling and inflection variants generated from the labels by the build script "
        "(hyphenation, plurals, British spellings), matched case-insensitively.",
    )
    sources: list[str] = Field(default_factory=list, description="Ids of the taxonomy sources this skill comes from.")
    crosswalks: list[Crosswalk] = Field(default_factory=list, description="Links to other classifications.")
    broader: list[str] = Field(
        default_factory=list,
        description="Ids of broader skills this skill is evidence of (SKOS 'broader'): this skill is a narrower "
        "case of each, or a tool for it ('scikit-learn' -> 'machine-learning'). Never a sibling. A comparison "
        "counts a candidate's narrower skill as showing its broader skills, never the reverse.",
    )

    def surface_forms(self) -> list[SurfaceForm]:
        """Every form of this skill with how it must be matched (label first)."""
        exact_case = set(self.acronyms) | set(self.trap_forms)
        forms = []
        if self.label not in exact_case:  # a label that is an acronym or a common word keeps its exact case
            forms.append(SurfaceForm(text=self.label, kind="label", case_sensitive=False))
        forms += [SurfaceForm(text=form, kind="alt_label", case_sensitive=False) for form in self.alt_labels]
        forms += [SurfaceForm(text=form, kind="variant", case_sensitive=False) for form in self.variants]
        forms += [SurfaceForm(text=form, kind="acronym", case_sensitive=True) for form in self.acronyms]
        forms += [SurfaceForm(text=form, kind="trap", case_sensitive=True) for form in self.trap_forms]
        return forms


class SurfaceForm(_Model):
    """One way a skill is written, and how it must be matched."""

    text: str = Field(description="The form as written.")
    kind: str = Field(description="`label`, `alt_label`, `variant`, `acronym` or `trap`.")
    case_sensitive: bool = Field(description="Whether only this exact case counts.")


class AmbiguousForm(_Model):
    """A surface form two or more skills legitimately share, and the rule for resolving it."""

    form: str = Field(min_length=1, description="The shared surface form.")
    skill_ids: list[str] = Field(min_length=2, description="The skills that claim the form.")
    prefer: str = Field(description="The skill a match of this form goes to.")
    reason: str = Field(min_length=1, description="Why that skill is preferred.")


class Taxonomy(_Model):
    """A skills taxonomy: sources, domains, groups and skills, plus the matching rules that need data.

    Construct one with :func:`load_taxonomy`; constructing it directly validates the hierarchy too.
    """

    name: str = Field(min_length=1, description="Short name, for example `cx-data-ai`.")
    version: str = Field(default="", description="Version of this taxonomy.")
    title: str = Field(default="", description="Human-readable title.")
    description: str = Field(default="", description="What the taxonomy covers.")
    licence: str = Field(default="", description="Licence of the taxonomy as a whole.")
    sources: list[SkillSource] = Field(default_factory=list, description="Sources the skills cite.")
    domains: list[Domain] = Field(min_length=1, description="Top level of the hierarchy.")
    groups: list[Group] = Field(min_length=1, description="Middle level of the hierarchy.")
    skills: list[Skill] = Field(min_length=1, description="The skills.")
    ambiguous: list[AmbiguousForm] = Field(
        default_factory=list, description="Surface forms shared by several skills, each with its resolution rule."
    )
    blockers: list[str] = Field(
        default_factory=list,
        description="Phrases that contain skill words but are not skills ('medical coding'); a blocker match "
        "wins the overlap and yields nothing.",
    )
    trap_context_words: list[str] = Field(
        default_factory=list, description="Words that, near a trap form, show it is meant as a technology."
    )
    known_words: list[str] = Field(
        default_factory=list,
        description="Correctly spelt words (lower case) that the fuzzy fallback never reads as misspelt skill words "
        "('contract' is not a misspelt 'contact').",
    )

    @model_validator(mode="after")
    def _check_hierarchy(self) -> Taxonomy:
        problems = validate_taxonomy(self)
        if problems:
            shown = "; ".join(problems[:10])
            more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
            raise ValueError(f"taxonomy {self.name!r} is invalid: {shown}{more}")
        return self

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id.

        Raises:
            TaxonomyNotFoundError: no such skill; the message suggests the closest ids.
        """
        try:
            return self._skill_index()[skill_id]
        except KeyError:
            raise TaxonomyNotFoundError(f"skill in taxonomy {self.name!r}", skill_id, self._skill_index()) from None

    def _skill_index(self) -> dict[str, Skill]:
        return _skill_index(self)

    def broader_of(self, skill_id: str) -> list[str]:
        """Every skill a skill is evidence of, following ``broader`` links transitively (nearest first).

        Raises:
            TaxonomyNotFoundError: no such skill.

        Example:
            >>> from skillhire import load_taxonomy
            >>> load_taxonomy().broader_of("pytorch")
            ['deep-learning', 'python', 'machine-learning', 'artificial-intelligence']
        """
        return list(_broader_closure(self)[self.skill(skill_id).id])

    def skills_in(self, *, domain: str | None = None, group: str | None = None) -> list[Skill]:
        """The skills of one domain and/or group, in taxonomy order."""
        return [s for s in self.skills if (domain is None or s.domain == domain) and (group is None or s.group == group)]

    def surface_form_count(self) -> int:
        """How many distinct surface forms (per skill, compared case-insensitively) the taxonomy has."""
        return sum(len({normalize_form(f.text) for f in s.surface_forms()}) for s in self.skills)

    def __hash__(self) -> int:  # identity hash so a loaded taxonomy can key a cache
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Taxonomy) and self.model_dump() == other.model_dump())


_DERIVED: dict[tuple[int, str], tuple[Taxonomy, Any]] = {}


def _derived(taxonomy: Taxonomy, kind: str, build: Callable[[Taxonomy], Any]) -> Any:
    """``build(taxonomy)``, computed once per taxonomy object (models are not hashable, so by id, checked)."""
    cached = _DERIVED.get((id(taxonomy), kind))
    if cached is None or cached[0] is not taxonomy:
        cached = (taxonomy, build(taxonomy))
        _DERIVED[(id(taxonomy), kind)] = cached
    return cached[1]


def _skill_index(taxonomy: Taxonomy) -> dict[str, Skill]:
    return _derived(taxonomy, "index", lambda t: {s.id: s for s in t.skills})


def _broader_closure(taxonomy: Taxonomy) -> dict[str, tuple[str, ...]]:
    """Skill id -> every skill it is evidence of through ``broader`` links, nearest first (breadth-first)."""
    return _derived(taxonomy, "broader", _build_broader_closure)


def _build_broader_closure(taxonomy: Taxonomy) -> dict[str, tuple[str, ...]]:
    direct = {s.id: s.broader for s in taxonomy.skills}
    closure: dict[str, tuple[str, ...]] = {}
    for skill in taxonomy.skills:
        seen: dict[str, None] = {}
        queue = list(skill.broader)
        while queue:
            current = queue.pop(0)
            if current in seen or current == skill.id:
                continue
            seen[current] = None
            queue.extend(direct.get(current, []))
        closure[skill.id] = tuple(seen)
    return closure


def _unknown_broader(skill_id: str, name: str, valid: list[str]) -> str:
    """The problem sentence for a ``broader`` link to no skill: the bad id and the valid ids, or only the closest
    when their list is long (the same limits as every unknown-name message, :func:`~skillhire.errors.unknown_name_message`)."""
    message = f"skill {skill_id!r} has unknown broader skill {name!r}"
    listing = ", ".join(sorted(valid))
    if len(listing) <= MAX_LISTING_CHARS:
        return f"{message} (valid: {listing})"
    close = difflib.get_close_matches(name, sorted(valid), n=MAX_CLOSE_MATCHES)
    return f"{message} (closest: {', '.join(close)})" if close else message


def _broader_cycles(taxonomy: Taxonomy, skill_ids: set[str]) -> list[str]:
    """One sentence per cycle of ``broader`` links (a -> b -> a), each cycle reported once."""
    direct = {s.id: [b for b in s.broader if b in skill_ids and b != s.id] for s in taxonomy.skills}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems: list[str] = []
    for start in direct:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, index = stack.pop()
            if index == 0:
                state[node] = 1
                path.append(node)
            children = direct.get(node, [])
            if index < len(children):
                stack.append((node, index + 1))
                child = children[index]
                if state.get(child) == 1:
                    cycle = path[path.index(child):] + [child]
                    problems.append(f"broader links form a cycle: {' -> '.join(cycle)}")
                elif not state.get(child):
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return problems


def validate_taxonomy(taxonomy: Taxonomy) -> list[str]:
    """Every problem in a taxonomy's structure, as sentences (empty when it is valid).

    Checks duplicate ids, dangling parents (a group whose domain, or a skill whose group, does not exist, or a
    skill whose domain differs from its group's), sources that are cited but not listed, empty forms, a
    surface form claimed by two skills that is not listed in ``ambiguous`` with a rule, and ``broader`` links
    that name no skill, name the skill itself, or form a cycle.
    """
    problems: list[str] = []
    for kind, items in (("domain", taxonomy.domains), ("group", taxonomy.groups), ("skill", taxonomy.skills)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                problems.append(f"duplicate {kind} id {item.id!r}")
            seen.add(item.id)
    domain_ids = {d.id for d in taxonomy.domains}
    groups = {g.id: g for g in taxonomy.groups}
    source_ids = {s.id for s in taxonomy.sources}
    for group in taxonomy.groups:
        if group.domain not in domain_ids:
            problems.append(f"group {group.id!r} has unknown domain {group.domain!r}")
    owners: dict[str, set[str]] = {}
    for skill in taxonomy.skills:
        group = groups.get(skill.group)
        if group is None:
            problems.append(f"skill {skill.id!r} has unknown group {skill.group!r}")
        elif group.domain != skill.domain:
            problems.append(f"skill {skill.id!r} has domain {skill.domain!r} but its group is in {group.domain!r}")
        for source in skill.sources:
            if source not in source_ids:
                problems.append(f"skill {skill.id!r} cites unknown source {source!r}")
        for form in skill.surface_forms():
            key = normalize_form(form.text)
            if not key:
                problems.append(f"skill {skill.id!r} has an empty surface form")
                continue
            owners.setdefault(key, set()).add(skill.id)
    resolved = {normalize_form(a.form): a for a in taxonomy.ambiguous}
    skill_ids = {s.id for s in taxonomy.skills}
    for entry in taxonomy.ambiguous:
        if entry.prefer not in entry.skill_ids:
            problems.append(f"ambiguous form {entry.form!r} prefers {entry.prefer!r}, which is not one of its skills")
        for sid in entry.skill_ids:
            if sid not in skill_ids:
                problems.append(f"ambiguous form {entry.form!r} names unknown skill {sid!r}")
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            entry = resolved.get(key)
            if entry is None or not ids <= set(entry.skill_ids):
                problems.append(
                    f"surface form {key!r} is claimed by {', '.join(sorted(ids))}; list it under 'ambiguous' "
                    "with the skill to prefer"
                )
    for skill in taxonomy.skills:
        for name in skill.broader:
            if name == skill.id:
                problems.append(f"skill {skill.id!r} lists itself as broader")
            elif name not in skill_ids:
                problems.append(_unknown_broader(skill.id, name, sorted(skill_ids)))
    problems += _broader_cycles(taxonomy, skill_ids)
    return problems


# --------------------------------------------------------------------------------------------- loading


def _skills_folder():
    return data_dir("taxonomies") / "skills"


def list_taxonomies() -> list[str]:
    """The names of the bundled skills taxonomies, sorted.

    Example:
        >>> from skillhire import list_taxonomies
        >>> list_taxonomies()
        ['cx-data-ai']
    """
    folder = _skills_folder()
    if not folder.is_dir():
        return []
    return sorted(entry.name[: -len(".json")] for entry in folder.iterdir() if entry.name.endswith(".json"))


def load_taxonomy(name_or_path: str | Path | Taxonomy | None = None, *, variants: bool = True) -> Taxonomy:
    """Load a bundled taxonomy by name, or a user's taxonomy file.

    Bundled taxonomies are cached: loading the same name twice returns the same object. A file may be:

    - skillhire's JSON format (``.json``; the schema is ``Taxonomy.model_json_schema()``);
    - a CSV (``.csv``) or Excel sheet (``.xlsx``) with one skill per row and the columns ``id, label, domain,
      group, alt_labels, definition`` (``alt_labels`` separated by ``;``; optional ``acronyms`` and
      ``broader``, the ids of the broader skills a skill is evidence of, the same way);
    - ESCO's skills CSV (columns ``conceptUri, preferredLabel, altLabels, description``; alternative labels
      one per line), whose skills go in one domain ``esco``, grouped by ``skillType`` when present (the file
      carries no skill-to-skill relations, so ``broader`` stays empty).

    A CSV, Excel or ESCO file's skills get the bundled taxonomy's generated spelling variants
    (:func:`~skillhire.taxonomy_variants.generate_variants`: hyphen or space, plurals, "&", British and American
    spellings, so ESCO's "manage call centre" also matches "call center"), except a form another skill owns. A
    JSON file keeps the ``variants`` it lists.

    Args:
        name_or_path: A bundled name (see :func:`list_taxonomies`), a path to a file, an already loaded
            :class:`Taxonomy` (returned as is), or ``None`` for the default (``cx-data-ai``).
        variants: Generate spelling variants for a CSV, Excel or ESCO file (``False``: match only the forms the
            file lists). Bundled and JSON taxonomies are read as they are.

    Returns:
        The validated taxonomy.

    Raises:
        TaxonomyNotFoundError: ``name_or_path`` is neither a bundled name nor an existing file; the message
            lists the bundled names.
        InvalidFileError: the file is empty, corrupt, of an unknown kind, or its structure is invalid.
        InvalidRowsError: rows of a CSV/Excel/ESCO file are bad; every bad cell is in ``errors`` (file, row,
            column, what is wrong) and the message lists the first 20 (an :class:`InvalidFileError`).

    Example:
        >>> from skillhire import load_taxonomy
        >>> taxonomy = load_taxonomy("cx-data-ai")
        >>> sorted({skill.domain for skill in taxonomy.skills})
        ['ai', 'cx', 'data', 'digital']
    """
    if isinstance(name_or_path, Taxonomy):
        return name_or_path
    if name_or_path is None:
        name_or_path = DEFAULT_TAXONOMY
    if not isinstance(name_or_path, (str, Path)):
        raise TypeError(
            f"load_taxonomy() takes a taxonomy name, a path or None, not {type(name_or_path).__name__}."
        )
    if isinstance(name_or_path, str) and name_or_path in list_taxonomies():
        return _load_bundled(name_or_path)
    path = Path(name_or_path)
    if path.suffix.lower() in {".json", ".csv", ".xlsx", ".xlsm"} and path.is_file():
        return _load_file(path, variants=variants)
    if path.is_file():
        raise InvalidFileError(path, "is not a taxonomy file skillhire can read (use .json, .csv or .xlsx)")
    raise TaxonomyNotFoundError("bundled taxonomy or taxonomy file", str(name_or_path), list_taxonomies())


@functools.cache
def _load_bundled(name: str) -> Taxonomy:
    entry = _skills_folder() / f"{name}.json"
    return _taxonomy_from_json(entry.read_text(encoding="utf-8"), f"bundled taxonomy {name!r}")


def _load_file(path: Path, *, variants: bool = True) -> Taxonomy:
    suffix = path.suffix.lower()
    if path.stat().st_size == 0:
        raise InvalidFileError(path, "is empty")
    if suffix == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise InvalidFileError(path, f"is not UTF-8 text ({error.reason})") from None
        return _taxonomy_from_json(text, str(path))
    if suffix == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise InvalidFileError(path, f"is not UTF-8 text ({error.reason})") from None
        rows = list(csv.DictReader(io.StringIO(text)))
        header = list(rows[0].keys()) if rows else next(csv.reader(io.StringIO(text)), [])
        return _taxonomy_from_rows(rows, header, path, variants=variants)
    header, rows = _read_xlsx(path)
    return _taxonomy_from_rows(rows, header, path, variants=variants)


def _taxonomy_from_json(text: str, where: str) -> Taxonomy:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidFileError(where, f"is not valid JSON (line {error.lineno}: {error.msg})") from None
    try:
        return Taxonomy.model_validate(raw)
    except ValidationError as error:
        raise InvalidFileError(where, f"is not a valid skillhire taxonomy: {_first_errors(error)}") from None


def _first_errors(error: ValidationError, limit: int = 3) -> str:
    parts = []
    for item in error.errors()[:limit]:
        loc = ".".join(str(p) for p in item["loc"])
        parts.append(f"[{loc}] {item['msg']}" if loc else item["msg"])
    more = f" (and {error.error_count() - limit} more)" if error.error_count() > limit else ""
    return "; ".join(parts) + more


def _read_xlsx(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    import openpyxl  # imported here: only Excel users pay for it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for corrupt files
        raise InvalidFileError(path, f"cannot be read as an Excel workbook ({type(error).__name__})") from None
    try:
        sheet = workbook.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        first = next(rows_iter, None)
        if first is None:
            raise InvalidFileError(path, "has no rows")
        header = ["" if cell is None else str(cell).strip() for cell in first]
        rows = []
        for values in rows_iter:
            rows.append({h: "" if v is None else str(v) for h, v in zip(header, values, strict=False) if h})
        return header, rows
    finally:
        workbook.close()


def _split(value: str, separator: str) -> list[str]:
    return [part.strip() for part in value.split(separator) if part.strip()]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())
    return slug.strip("-") or "x"


def _taxonomy_from_rows(rows: list[dict[str, str]], header: list[str], path: Path, *,
                        variants: bool = True) -> Taxonomy:
    columns = {h.strip() for h in header if h}
    if {"conceptUri", "preferredLabel"} <= columns:
        return _taxonomy_from_esco(rows, path, variants=variants)
    required = ["id", "label", "domain", "group"]
    missing = [c for c in required if c not in columns]
    if missing:
        raise InvalidFileError(
            path,
            f"is missing the column(s) {', '.join(missing)}; a skills sheet needs id, label, domain, group "
            "(and optionally alt_labels, acronyms, broader, definition), or ESCO's conceptUri, preferredLabel, altLabels",
        )
    skills: list[Skill] = []
    groups: dict[str, Group] = {}
    domains: dict[str, Domain] = {}
    seen: dict[str, int] = {}
    bad: list[InvalidRowError] = []  # every bad cell, reported together at the end (as applicant rows are)

    def reject(number: int, column: str | None, message: str) -> None:
        bad.append(InvalidRowError(number, column, message, str(path)))

    for number, row in enumerate(rows, start=2):
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not any(values.values()):
            continue
        empty = [column for column in required if not values.get(column)]
        for column in empty:
            reject(number, column, "is empty (every skill needs an id, label, domain and group)")
        if values.get("id"):
            if values["id"] in seen:
                reject(number, "id", f"{values['id']!r} duplicates the id on row {seen[values['id']]}")
                continue
            seen[values["id"]] = number
        if empty:
            continue
        domain_id, group_id = _slug(values["domain"]), _slug(values["group"])
        group = groups.get(group_id)
        if group is not None and group.domain != domain_id:
            reject(number, "group", f"group {values['group']!r} is already in domain {group.domain!r}")
            continue
        try:
            skill = Skill(
                id=values["id"],
                label=values["label"],
                domain=domain_id,
                group=group_id,
                definition=values.get("definition", ""),
                alt_labels=_split(values.get("alt_labels", ""), ";"),
                acronyms=_split(values.get("acronyms", ""), ";"),
                broader=_split(values.get("broader", ""), ";"),
            )
        except ValidationError as error:
            for item in error.errors():
                column = str(item["loc"][0]) if item["loc"] else None
                got = f" (got {item['input']!r})" if isinstance(item.get("input"), str) else ""
                reject(number, column, f"{item['msg']}{got}")
            continue
        domains.setdefault(domain_id, Domain(id=domain_id, label=values["domain"]))
        groups.setdefault(group_id, Group(id=group_id, domain=domain_id, label=values["group"]))
        skills.append(skill)
    if bad:
        raise InvalidRowsError(path, bad)
    return _assemble(path, _with_variants(skills) if variants else skills, groups, domains)


def _taxonomy_from_esco(rows: list[dict[str, str]], path: Path, *, variants: bool = True) -> Taxonomy:
    skills: list[Skill] = []
    groups: dict[str, Group] = {}
    domains = {"esco": Domain(id="esco", label="ESCO skills")}
    seen: set[str] = set()
    bad: list[InvalidRowError] = []  # every bad cell, reported together at the end
    for number, row in enumerate(rows, start=2):
        uri = (row.get("conceptUri") or "").strip()
        label = (row.get("preferredLabel") or "").strip()
        if not uri and not label:
            continue
        if not uri:
            bad.append(InvalidRowError(number, "conceptUri", "is empty", str(path)))
        if not label:
            bad.append(InvalidRowError(number, "preferredLabel", "is empty", str(path)))
        if not uri or not label:
            continue
        skill_id = _slug(uri.rstrip("/").rsplit("/", 1)[-1])
        if skill_id in seen:
            bad.append(InvalidRowError(number, "conceptUri", f"duplicates an earlier concept ({uri})", str(path)))
            continue
        seen.add(skill_id)
        group_label = (row.get("skillType") or "").strip() or "ESCO skill"
        group_id = _slug(group_label)
        groups.setdefault(group_id, Group(id=group_id, domain="esco", label=group_label))
        alt = [a for a in _split((row.get("altLabels") or "").replace("|", "\n"), "\n") if a.casefold() != label.casefold()]
        skills.append(
            Skill(
                id=skill_id,
                label=label,
                domain="esco",
                group=group_id,
                definition=(row.get("description") or "").strip(),
                alt_labels=list(dict.fromkeys(alt)),
                crosswalks=[Crosswalk(scheme="esco", code=uri)],
            )
        )
    if bad:
        raise InvalidRowsError(path, bad)
    return _assemble(path, _with_variants(skills) if variants else skills, groups, domains,
                     ambiguous_from_overlaps=True)


def _with_variants(skills: list[Skill]) -> list[Skill]:
    """The skills of a user's file with the generated spelling variants of their labels and alternative labels, as
    the build script gives the bundled ones: a variant another skill writes as its own form, or one an earlier
    skill's variant took, is left out (so a generated form never makes a match ambiguous)."""
    owned = {normalize_form(form.text) for skill in skills for form in skill.surface_forms()}
    out = []
    for skill in skills:
        made = []
        for form in generate_variants([skill.label, *skill.alt_labels], american=True):
            key = normalize_form(form)
            if key not in owned:
                owned.add(key)
                made.append(form)
        out.append(skill.model_copy(update={"variants": [*skill.variants, *made]}) if made else skill)
    return out


def _assemble(
    path: Path,
    skills: list[Skill],
    groups: dict[str, Group],
    domains: dict[str, Domain],
    *,
    ambiguous_from_overlaps: bool = False,
) -> Taxonomy:
    if not skills:
        raise InvalidFileError(path, "has no skill rows")
    ambiguous: list[AmbiguousForm] = []
    if ambiguous_from_overlaps:
        # ESCO reuses alternative labels across concepts; resolve each shared form to the first concept
        # that uses it as its preferred label, else the first in file order.
        owners: dict[str, list[Skill]] = {}
        for skill in skills:
            for form in skill.surface_forms():
                bucket = owners.setdefault(normalize_form(form.text), [])
                if skill not in bucket:
                    bucket.append(skill)
        for key, owning in owners.items():
            if len(owning) > 1:
                preferred = next((s for s in owning if normalize_form(s.label) == key), owning[0])
                ambiguous.append(
                    AmbiguousForm(
                        form=key,
                        skill_ids=[s.id for s in owning],
                        prefer=preferred.id,
                        reason="shared in the source file; resolved to the concept whose preferred label it is, "
                        "else the first in file order",
                    )
                )
    try:
        return Taxonomy(
            name=path.stem,
            title=path.name,
            domains=list(domains.values()),
            groups=list(groups.values()),
            skills=skills,
            ambiguous=ambiguous,
        )
    except ValidationError as error:
        raise InvalidFileError(path, f"is not a valid taxonomy: {_first_errors(error)}") from None


def iter_forms(taxonomy: Taxonomy) -> Iterator[tuple[Skill, SurfaceForm]]:
    """Every (skill, surface form) pair of a taxonomy, in taxonomy order."""
    for skill in taxonomy.skills:
        for form in skill.surface_forms():
            yield skill, form


def taxonomy_summary(taxonomy: Taxonomy) -> dict[str, Any]:
    """Counts for a taxonomy: skills, surface forms, and skills per domain and group."""
    per_domain: dict[str, int] = {}
    per_group: dict[str, int] = {}
    for skill in taxonomy.skills:
        per_domain[skill.domain] = per_domain.get(skill.domain, 0) + 1
        per_group[skill.group] = per_group.get(skill.group, 0) + 1
    return {
        "name": taxonomy.name,
        "version": taxonomy.version,
        "skills": len(taxonomy.skills),
        "surface_forms": taxonomy.surface_form_count(),
        "domains": per_domain,
        "groups": per_group,
    }
