"""Whether a phrase can name a speaker: a person, a country, a speaking group, or a phrase headed by an office or
a body ("the Secretary-General", "the Council", not "Many Belarusian proposals" or "the voice of the SCO")."""

from __future__ import annotations

import re
from functools import lru_cache

from .groups import speaking_group
from .names import TITLE_WORDS
from .offices import RUSSIAN_OFFICES

__all__ = ["BODIES", "plausible"]

#: Bodies that speak as one ("The Council decided", "Узбекская сторона предложила").
BODIES = frozenset(
    "council committee secretariat side delegation ministry conference forum commission office service administration "
    "embassy mission government department centre center group bank chamber совет секретариат сторона делегация "
    "министерство комитет мид".split()
)
_ORGANISATIONS = frozenset("organisation organization ministry agency structure sco rats шос ратс мид бизнес".split())


@lru_cache(maxsize=8192)
def plausible(speaker: str | None, kind: str | None) -> bool:
    """Whether a phrase can name a speaker: a person, country or group, or a phrase headed by an office or body
    (cached: the same candidates come back for every sentence of a document)."""
    if speaker is None or kind in {"person", "country"}:
        return True
    if kind == "group":  # "the officials", not "Many Belarusian proposals"
        return speaking_group(speaker)
    words = [w.lower().strip(".,’'") for w in speaker.split() if w.lower() not in {"the", "of", "a"}]
    if not words or words[0].endswith("ing") or len(words) > 12:
        return False
    if not re.search("[а-яё]", speaker.lower()) and (head := _english_head(speaker)):
        words = [head]  # English: the noun that heads the phrase ("The voice of the SCO": "voice")
    return any(w in TITLE_WORDS or w in BODIES or w in RUSSIAN_OFFICES or w in _ORGANISATIONS for w in words)


#: Where an English noun phrase's head ends: a preposition or a clause after it.
_ENGLISH_HEAD = re.compile(r"\s+(?:of|for|on|in|to|through|at|with|from|under|that|which|who)\s+")


def _english_head(phrase: str) -> str | None:
    """The noun that heads an English phrase, in lower case and without a possessive: its last word before a
    preposition or a clause ("The voice of the SCO": "voice"; "This year's meeting": "meeting")."""
    head = _ENGLISH_HEAD.split(" ".join(phrase.split()).lower(), maxsplit=1)[0].split()
    return re.sub(r"['’]s$", "", head[-1].strip(".,’'")) if head else None


#: Heads of phrases that name what happens, never who speaks ("The COVID-19 pandemic has clearly revealed …",
#: "The successful holding of this forum is an important initiative …").
_HAPPENINGS = frozenset(
    "pandemic epidemic crisis holding situation outbreak conflict war growth development membership expansion".split()
)
#: Events, and the verbs that tell they ended ("The two-day meeting concluded with the issuance of …").
_EVENTS = frozenset("meeting session talks event visit".split())  # (a forum or a summit speaks as a body: "The forum
# concluded with a proposal to create …")
_ENDED = frozenset("concluded ended closed wrapped".split())


#: Gatherings, which speak only in a sentence that names them ("The meeting noted …"), not in one that carries no
#: reporting verb and names no gathering ("The fifth ministers' meeting … is being held in Beijing. … As a result,
#: the influence of CICA has expanded.": the writer's narration).
_GATHERINGS = frozenset("meeting summit conference session forum talks".split())


def names_no_speaker(phrase: str, verb: str | None, sentence: str | None = None) -> bool:
    """Whether an English phrase names a happening (a pandemic, the holding of a forum) rather than a speaker, an
    event that the verb says ended, or a gathering that the verbless ``sentence`` does not name."""
    word = _english_head(phrase)
    if word in _GATHERINGS and verb is None and sentence is not None and word not in sentence.lower():
        return True
    return word in _HAPPENINGS or word in _EVENTS and (verb or "").lower() in _ENDED
