"""Words of dates: foreign month names, zone offsets, marks of a date that is no publication."""

from __future__ import annotations

__all__ = ["FOREIGN_MONTHS", "ZONE_OFFSETS"]

FOREIGN_MONTHS: dict[str, str] = {
    # Spanish
    "enero": "January",
    "ene": "January",
    "febrero": "February",
    "marzo": "March",
    "abril": "April",
    "abr": "April",
    "mayo": "May",
    "junio": "June",
    "julio": "July",
    "agosto": "August",
    "ago": "August",
    "septiembre": "September",
    "setiembre": "September",
    "octubre": "October",
    "noviembre": "November",
    "diciembre": "December",
    "dic": "December",
    # German
    "januar": "January",
    "jänner": "January",
    "februar": "February",
    "märz": "March",
    "mär": "March",
    "mai": "May",
    "juni": "June",
    "juli": "July",
    "oktober": "October",
    "okt": "October",
    "dezember": "December",
    "dez": "December",
    # French
    "janvier": "January",
    "janv": "January",
    "février": "February",
    "févr": "February",
    "fév": "February",
    "mars": "March",
    "avril": "April",
    "avr": "April",
    "juin": "June",
    "juillet": "July",
    "juil": "July",
    "août": "August",
    "septembre": "September",
    "sept": "September",
    "octobre": "October",
    "novembre": "November",
    "décembre": "December",
    "déc": "December",
}
"""Spanish, German and French month names and abbreviations, case-folded, in English."""

ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "MEZ": 1,
    "WAT": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "SAST": 2,
    "EEST": 3,
    "MSK": 3,
    "EAT": 3,
    "GST": 4,
    "PKT": 5,
    "IST": 5.5,
    "ICT": 7,
    "WIB": 7,
    "SGT": 8,
    "HKT": 8,
    "PHT": 8,
    "AWST": 8,
    "KST": 9,
    "JST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "ART": -3,
    "BRT": -3,
    "AST": -4,
    "EDT": -4,
    "EST": -5,
    "CDT": -5,
    "CST": -6,
    "MDT": -6,
    "MST": -7,
    "PDT": -7,
    "PST": -8,
    "AKDT": -8,
    "AKST": -9,
    "HST": -10,
}
"""UTC offsets in hours of the zone abbreviations a printed time may name."""

NOT_PUBLICATION_MARKS: tuple[str, ...] = (
    "ausdruck vom",
    "gedruckt am",
    "printed on",
    "printed:",
    "copyright",
    "©",
    "(c) ",
)
"""Words (casefolded) of a line whose date is no publication date: a print date
(``Ausdruck vom ...``) or a copyright notice
(`corpusparse.parsing.readers.read_fallback_date`)."""

POSTED_PHRASES: tuple[str, ...] = ("wurde am ",)
"""The words (casefolded) before the date of a post's footer sentence: ``Dieser
Beitrag wurde am DATE ... veröffentlicht`` (`corpusparse.parsing.readers.read_fallback_date`)."""

POSTED_VERBS: tuple[str, ...] = ("veröffentlicht", "gepostet", "publiziert", "geschrieben")
"""One of these (casefolded) must follow a `POSTED_PHRASES` date in its line."""
