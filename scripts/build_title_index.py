"""Build skillhire's bundled O*NET job-title index from the O*NET 29.2 text release.

Reads ``Occupation Data.txt``, ``Alternate Titles.txt`` and ``Sample of Reported Titles.txt`` (tab-separated,
CRLF, header row) from an O*NET folder (default: ``/work/shared/data/onet``) and writes
``taxonomies/titles/onet-title-index.json.gz``: every distinct title once, with its O*NET-SOC codes ordered
from the best-supported to the least (occupation's own title, then how many O*NET sources report the title,
then whether incumbents reported it), plus the occupation titles and the sources and CC BY 4.0 attribution.
The gzip header carries no timestamp, so the same input always gives the same bytes.

Run from the repository root:

    python scripts/build_title_index.py [--onet /path/to/onet] [--out taxonomies/titles/onet-title-index.json.gz]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
from collections import defaultdict
from pathlib import Path

DEFAULT_ONET = Path("/work/shared/data/onet")
DEFAULT_OUT = Path("taxonomies/titles/onet-title-index.json.gz")

ATTRIBUTION = (
    "This file includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and "
    "Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. "
    "skillhire has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested "
    "these modifications."
)
SOURCES = [
    {
        "name": "O*NET 29.2 Database: Occupation Data, Alternate Titles, Sample of Reported Titles",
        "version": "29.2 (February 2025 release)",
        "url": "https://www.onetcenter.org/database.html",
        "licence": "CC BY 4.0 (https://www.onetcenter.org/license_db.html)",
        "copy": "nolanbrennan/O-Net-imports at d939b94000ab6768170033bc2f7e8a06c9529f70 (unmodified text release)",
    }
]
MODIFICATIONS = (
    "Titles were de-duplicated case-insensitively; a title with a parenthetical ('IT Support Specialist "
    "(Information Technology Support Specialist)') is split into its two spellings; occupation titles are "
    "also given in the singular ('Data Scientists' -> 'Data Scientist'); codes per title are ordered by "
    "support (own occupation title +10, each O*NET source +1, reported by incumbents +2, shown in My Next Move +1)."
)

_PAREN = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
_SPACE = re.compile(r"\s+")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of an O*NET tab-separated text file, keyed by its header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def singular(title: str) -> str | None:
    """The singular of an O*NET occupation title ('Software Developers' -> 'Software Developer'), if simple."""
    if "," in title or " and " in title.lower() or "/" in title:
        return None
    words = title.split()
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    else:
        return None
    return " ".join([*words[:-1], last])


def spellings(title: str) -> list[str]:
    """A title's usable spellings: itself, or its main part and its parenthetical when it has one."""
    title = _SPACE.sub(" ", title).strip()
    match = _PAREN.match(title)
    if match:
        main, inner = match.group("main").strip(), match.group("inner").strip()
        out = [main]
        # Keep the inner text only when it is a title of its own, not a qualifier like "(except ...)".
        if len(inner.split()) >= 2 and not inner.lower().startswith(("except", "includ", "non", "all ")):
            out.append(inner)
        return out
    if "(" in title or ")" in title:
        return []
    return [title]


def build(onet: Path) -> dict:
    """The index document built from the O*NET folder ``onet``."""
    occupations = {row["O*NET-SOC Code"]: row["Title"].strip() for row in read_tsv(onet / "Occupation Data.txt")}
    support: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    display: dict[str, str] = {}

    def add(title: str, code: str, weight: float) -> None:
        if code not in occupations:
            return
        for spelling in spellings(title):
            key = spelling.casefold()
            if len(key) < 2:
                continue
            display.setdefault(key, spelling)
            support[key][code] += weight

    for code, title in occupations.items():
        add(title, code, 10)
        one = singular(title)
        if one:
            add(one, code, 10)
    for row in read_tsv(onet / "Alternate Titles.txt"):
        code = row["O*NET-SOC Code"]
        sources = [s for s in row["Source(s)"].split(",") if s.strip()]
        add(row["Alternate Title"], code, len(sources) or 1)
        short = row["Short Title"].strip()
        if short and short != "n/a":
            add(short, code, 0.5)
    for row in read_tsv(onet / "Sample of Reported Titles.txt"):
        add(row["Reported Job Title"], row["O*NET-SOC Code"], 2 + (row["Shown in My Next Move"] == "Y"))

    titles = []
    for key in sorted(display):
        ranked = sorted(support[key].items(), key=lambda item: (-item[1], item[0]))
        titles.append([display[key], " ".join(code for code, _ in ranked)])
    return {
        "name": "skillhire O*NET job-title index",
        "description": "Every O*NET 29.2 occupation title, alternate title and sample reported title, "
        "de-duplicated, each with its O*NET-SOC 2018 codes best-supported first. Built by "
        "scripts/build_title_index.py.",
        "sources": SOURCES,
        "licence": "CC BY 4.0",
        "attribution": ATTRIBUTION,
        "modifications": MODIFICATIONS,
        "occupations": dict(sorted(occupations.items())),
        "titles": titles,
    }


def write(document: dict, out: Path) -> None:
    """Write ``document`` as deterministic gzip-compressed JSON, atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(raw)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, default=DEFAULT_ONET, help="folder with the O*NET 29.2 text files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="index file to write")
    args = parser.parse_args()
    document = build(args.onet)
    write(document, args.out)
    print(f"wrote {args.out}: {len(document['titles'])} titles, {len(document['occupations'])} occupations, "
          f"{args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
