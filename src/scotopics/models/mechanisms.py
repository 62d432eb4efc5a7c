"""A sector's own mechanism takes the sector's theme, not ``institutional`` (rule 10 of the taxonomy).

The Regional Anti-Terrorist Structure is the Organisation's permanent body for one sector: "The SCO RATS Council
presidency has been transferred to China.", "Директор Исполкома РАТС ШОС рассказал об основных этапах работы
постоянно действующего органа ШОС." The classifier reads its words of office ("permanent body", "Council",
"presidency") as the Organisation's own affairs. On the 721 real pages labelled in the forty-first and forty-second
releases, 20 paragraphs that name RATS got ``institutional``; the labellers gave it to 6, all of which also speak of
the Secretariat or of membership ("the SCO permanent bodies, the Secretariat in Beijing and RATS in Tashkent",
"the admission of Iran"). Applied after the thresholds, the rule changes 11 paragraphs there (6 right themes more, 11
wrong fewer), and none of the test set or the style-shift test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["names_rats_alone", "with_sector_mechanisms"]

#: The Regional Anti-Terrorist Structure, by its abbreviation or its name, in English and Russian.
_RATS = re.compile(r"RATS|РАТС|Regional\s+Anti-?[Tt]errorist|Региональн\w+\s+антитеррористическ")
#: Pieces one of which every mention of RATS holds.
_RATS_PIECES = ("RATS", "РАТС", "errorist", "антитеррористическ")
#: The Organisation's own bodies or membership named beside it: then the paragraph is the Organisation's affairs.
_OWN_AFFAIRS = re.compile(
    r"(?i)secretariat|секретариат|secretary[- ]general|генеральн\w+\s+секретар|генсек|full[- ]fledged\s+member"
    r"|full\s+members?\b|expansion|enlargement|admission|admit|accession|\bjoin|вступлени|расширени|присоедин"
    r"|полноправн"
)
#: The theme RATS belongs to, and the one it loses.
SECTOR_THEME, OWN_AFFAIRS_THEME = "terrorism_extremism", "institutional"


def names_rats_alone(text: str) -> bool:
    """Whether a paragraph names RATS and neither the Organisation's other bodies nor its membership."""
    if not any(piece in text for piece in _RATS_PIECES):
        return False  # (most paragraphs: a plain search for the pieces every mention holds comes first)
    return _RATS.search(text) is not None and _OWN_AFFAIRS.search(text) is None


def with_sector_mechanisms(flags: np.ndarray, texts: list[str], themes: Sequence[str]) -> np.ndarray:
    """``flags`` where a paragraph about RATS alone that has ``institutional`` takes ``terrorism_extremism`` instead."""
    if SECTOR_THEME not in themes or OWN_AFFAIRS_THEME not in themes:
        return flags
    own, sector = themes.index(OWN_AFFAIRS_THEME), themes.index(SECTOR_THEME)
    rows = [row for row in np.flatnonzero(flags[:, own]).tolist() if names_rats_alone(texts[row])]
    if not rows:
        return flags
    flags = np.array(flags, dtype=bool, copy=True)
    flags[rows, own] = False
    flags[rows, sector] = True
    return flags
