"""OPM occupational series: official titles, education rules, 2210 specialties, working titles, SOC codes.

The crosswalk is the bundled ``taxonomies/titles/series.json``: a hand-curated table of the General Schedule
series that customer-experience, data, AI and digital work uses, each row citing its OPM sources (the
Handbook of Occupational Groups and Families for numbers and titles, the qualification standards for
positive education requirements, the 2210 Job Family Standard for the parenthetical specialties) and
O*NET 29.2 for the SOC codes. :func:`series_info` looks one series up; :func:`list_series` names them all.

>>> info = series_info("2210")
>>> info.official_title, info.specialties["APPSW"], info.positive_education_requirement
('Information Technology Management', 'Applications Software', False)
"""

from __future__ import annotations

import functools
import json
import re

from pydantic import BaseModel, ConfigDict, Field

from skillhire._resources import data_dir
from skillhire.errors import UnknownSeriesError

__all__ = [
    "SeriesInfo",
    "SeriesSource",
    "SpecialtyInfo",
    "list_series",
    "normalize_series",
    "series_info",
]

TITLES_FOLDER = "titles"  # taxonomies/titles/ holds the series crosswalk and the O*NET title index
SERIES_FILE = "series.json"
_SERIES_RE = re.compile(r"^(?:(?:GS|GG|GM|GL)\s*-?\s*)?(\d{1,4})$", re.IGNORECASE)


class SeriesSource(BaseModel):
    """One cited source of the series crosswalk."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(description="Short key rows use to cite this source, e.g. 'opm-handbook'.")
    name: str = Field(description="What the source is.")
    version: str = Field(description="Edition, date or commit of the source.")
    url: str = Field(description="Where the source is published.")
    licence: str = Field(description="Licence or public-domain status of the source.")


class SpecialtyInfo(BaseModel):
    """A parenthetical specialty of a series (for 2210: APPSW, CUSTSPT, INFOSEC, ...)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(description="The specialty code used in titles, e.g. 'APPSW'.")
    name: str = Field(description="The specialty's name in the OPM standard, e.g. 'Applications Software'.")
    aliases: tuple[str, ...] = Field(description="Spellings seen in titles (upper case), coded and spelled out.")
    working_titles: tuple[str, ...] = Field(description="Private-sector working titles, best first.")
    soc_codes: tuple[str, ...] = Field(description="O*NET-SOC 2018 codes, primary first.")
    manager_title: str = Field(description="Working title for a supervisory position in this specialty.")
    manager_soc_code: str = Field(description="O*NET-SOC 2018 code for the supervisory working title.")
    sources: tuple[str, ...] = Field(description="Keys of the sources this row comes from.")


class SeriesInfo(BaseModel):
    """One OPM occupational series, as the bundled crosswalk describes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    series: str = Field(description="The four-digit series number, e.g. '2210' or '0343'.")
    official_title: str = Field(description="The series title in OPM's Handbook of Occupational Groups and Families.")
    group: str = Field(description="The occupational group the series belongs to.")
    federal_titles: tuple[str, ...] = Field(
        description="Official and common federal position titles that belong to the series."
    )
    positive_education_requirement: bool = Field(
        description="True when OPM's qualification standard makes education a basic requirement for the series."
    )
    education_requirement: str | None = Field(
        description="Plain summary of the education requirement, or None when the series has none."
    )
    specialties: dict[str, str] = Field(description="Parenthetical specialty code -> name (empty when none).")
    specialty_details: dict[str, SpecialtyInfo] = Field(description="Parenthetical specialty code -> full details.")
    working_titles: tuple[str, ...] = Field(description="Private-sector working titles for the series, best first.")
    soc_codes: tuple[str, ...] = Field(description="O*NET-SOC 2018 codes for the series, primary first.")
    manager_title: str = Field(description="Working title for a supervisory position in the series.")
    manager_soc_code: str = Field(description="O*NET-SOC 2018 code for the supervisory working title.")
    sources: tuple[SeriesSource, ...] = Field(description="The sources this row comes from.")


def normalize_series(series: str | int) -> str:
    """The four-digit form of a series number: ``343`` -> ``'0343'``, ``'GS-2210'`` -> ``'2210'``.

    Args:
        series: A series number as an int or a string, optionally with a GS-type pay plan prefix.

    Returns:
        The zero-padded four-digit string.

    Raises:
        TypeError: ``series`` is neither a string nor an int.
        UnknownSeriesError: ``series`` is not a series number at all; the message lists the known ones.

    Example:
        >>> normalize_series(343)
        '0343'
    """
    if isinstance(series, bool) or not isinstance(series, (str, int)):
        raise TypeError(f"series must be a string or an int such as '2210', not {type(series).__name__}")
    text = str(series).strip()
    match = _SERIES_RE.match(text)
    if match is None or (isinstance(series, int) and series < 0):
        raise UnknownSeriesError("OPM occupational series", series, list_series())
    return match.group(1).zfill(4)


def series_info(series: str | int) -> SeriesInfo:
    """Look up an OPM occupational series in the bundled crosswalk.

    Args:
        series: The series number: ``"2210"``, ``2210``, ``"0343"``, ``343`` or ``"GS-2210"``.

    Returns:
        The series' official title, positive-education flag, specialties, working titles and SOC codes.

    Raises:
        TypeError: ``series`` is neither a string nor an int.
        UnknownSeriesError: the series is not in the crosswalk (a ``LookupError``); the message lists the
            known series.

    Example:
        >>> series_info(1560).working_titles[0]
        'Data Scientist'
    """
    code = normalize_series(series)
    table = _series_table()
    if code not in table:
        raise UnknownSeriesError("OPM occupational series", code, list_series())
    return table[code]


def list_series() -> list[str]:
    """The four-digit numbers of every series in the bundled crosswalk, sorted.

    Example:
        >>> "1560" in list_series()
        True
    """
    return sorted(_series_table())


@functools.cache
def _series_table() -> dict[str, SeriesInfo]:
    document = json.loads((data_dir("taxonomies") / TITLES_FOLDER / SERIES_FILE).read_text(encoding="utf-8"))
    sources = {key: SeriesSource(key=key, **value) for key, value in document["sources"].items()}
    table: dict[str, SeriesInfo] = {}
    for row in document["series"]:
        details = {
            spec["code"]: SpecialtyInfo(
                code=spec["code"],
                name=spec["name"],
                aliases=tuple(spec["aliases"]),
                working_titles=tuple(spec["working_titles"]),
                soc_codes=tuple(spec["soc_codes"]),
                manager_title=spec["manager_title"],
                manager_soc_code=spec["manager_soc_code"],
                sources=tuple(spec["sources"]),
            )
            for spec in row["specialties"]
        }
        table[row["series"]] = SeriesInfo(
            series=row["series"],
            official_title=row["official_title"],
            group=row["group"],
            federal_titles=tuple(row["federal_titles"]),
            positive_education_requirement=row["positive_education_requirement"],
            education_requirement=row["education_requirement"],
            specialties={code: spec.name for code, spec in details.items()},
            specialty_details=details,
            working_titles=tuple(row["working_titles"]),
            soc_codes=tuple(row["soc_codes"]),
            manager_title=row["manager_title"],
            manager_soc_code=row["manager_soc_code"],
            sources=tuple(sources[key] for key in row["sources"]),
        )
    return table
