"""The author of an opinion piece: the person its byline names, who speaks its unattributed assessments.

An op-ed or column ("By Maya Majueran", "By SUDHEENDRA KULKARNI | China Daily | Updated: …") states its author's
views in the writer's own voice, and a reader writes that author down as the speaker of "Today's world has become
irreversibly multipolar." A news story's byline names a reporter whose narration reports others ("TEHRAN— The
summit ended …. Raisi said …") and gives no speaker; so does a desk ("By Staff Reporter"). An opinion piece is
told from a news story by a mark among the lines before its text ("Opinion", "Op-Ed Contributors") or by its
sentences: at most one of the first twelve reports anybody with a verb, where news reports someone in most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .speaker_types import speaker_type

if TYPE_CHECKING:
    from .document import SpeakerDocument

__all__ = ["byline_author", "opinion_author", "columnist", "OPINION_SENTENCES", "OPINION_MAX_REPORTED"]

#: A byline's name: two to four capitalised words (or words in capitals), then the end of the line or a
#: separator before the outlet ("| China Daily", "(China Daily)", "– Trend:"); scraped lines may glue it to the
#: outlet before it ("China-DailyBy VLADIMIR NOROV").
_BYLINE = re.compile(
    r"(?:^|[\s|]|(?<=[a-z]))By\s+((?:[A-Z][a-z’'.-]*[a-z]|[A-Z]{2,}|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'.-]*[a-z]|[A-Z]{2,}|[A-Z]\.)){1,3})"
    r"(?=\s*(?:[|,(–—-]|$))",
    re.MULTILINE,
)
#: Bylines of a desk or an agency, not of a person.
_DESK_WORDS = frozenset(
    "staff reporter reporters correspondent correspondents desk agencies agency bureau news editor editors editorial "
    "board team online web monitoring".split()
)
#: A line before the text that calls the piece an opinion ("Opinion", "Home / Opinion / Op-Ed Contributors").
_OPINION_MARK = re.compile(r"(?i)\b(?:opinions?|op-?eds?|commentary|columns?|columnists?|viewpoints?)\b")
#: The sentences read for reporting verbs, and how many of them may report somebody in an opinion piece.
OPINION_SENTENCES = 12
OPINION_MAX_REPORTED = 1
#: The fewest sentences an opinion piece is judged on.
_MIN_SENTENCES = 4


def byline_author(lines: Sequence[str]) -> str | None:
    """The person the first byline among ``lines`` names (a name in capitals written as a name), else None."""
    for line in lines:
        found = _BYLINE.search(line)
        if found is None:
            continue
        words = found.group(1).split()
        if _DESK_WORDS.intersection(w.lower() for w in words):
            return None
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
        return name if speaker_type(name) == "person" else None
    return None


def opinion_author(header: Sequence[str], reported: Sequence[bool]) -> str | None:
    """The author of an opinion piece, or None: the byline's person among the ``header`` lines (those before the
    text) when a header line marks the piece as an opinion, or when at most :data:`OPINION_MAX_REPORTED` of its
    first :data:`OPINION_SENTENCES` sentences report somebody (``reported``: one flag per sentence, in order)."""
    author = byline_author(header)
    if author is None or len(reported) < _MIN_SENTENCES:
        return None
    marked = any(_OPINION_MARK.search(line) for line in header)
    return author if marked or sum(reported[:OPINION_SENTENCES]) <= OPINION_MAX_REPORTED else None


def columnist(document: SpeakerDocument) -> str | None:
    """:func:`opinion_author` of a document that is neither a dialogue nor a speech or interview its title names
    (cached)."""
    key = ("columnist",)
    if key not in document._cache:
        own_voice = document.dialogue or document.speaker or document.interviewee
        sentences = range(min(OPINION_SENTENCES, len(document.flat)))
        reported = [document.rule(i).verb is not None for i in sentences]
        document._cache[key] = None if own_voice else opinion_author(document.header, reported)
    return document._cache[key]
