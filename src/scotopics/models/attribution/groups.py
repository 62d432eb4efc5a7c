"""Whether a plural noun phrase names people or bodies that can speak.

"The officials said", "Indian organisers presented" and "the member states agreed"
name groups of speakers; "Many Belarusian proposals put forward …" and "The subsequent
years … have confirmed" name things, though their verbs look alike. The head noun
decides: a word of ``group_words`` or ``speaking_plurals``, or an agent noun by its
ending (speakers, observers, analysts, historians, participants, attendees).
"""

from __future__ import annotations

import re

from ...text.segment import TITLE_MAX_WORDS
from .. import lexicon
from .names import COUNTRIES, GROUP_WORDS, bare_word
from .speaker_types import speaker_type

__all__ = ["speaking_group", "may_speak", "headline_countries"]

_SPEAKING_PLURALS = lexicon.words("speaking_plurals")
#: Endings of English agent nouns in the plural.
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ee)s$")
#: Plural things with those endings ("the borders", "the sectors", "the numbers").
_THING_ENDINGS = frozenset(
    "borders orders numbers matters papers barriers letters corridors sectors factors indicators "
    "quarters headquarters chambers layers filters monitors vectors motors".split()
)


def speaking_group(phrase: str) -> bool:
    """Whether the English plural ``phrase`` is headed by a noun that names speakers (Russian: always True)."""
    if re.search("[а-яё]", phrase.lower()):
        return True
    words = [bare_word(w) for w in phrase.split() if bare_word(w) not in {"the", "a", "an"}]
    if not words:
        return False
    if words[0] in GROUP_WORDS:  # "the heads of delegation", "members of the council"
        return True
    head = (words[: words.index("of", 1)] if "of" in words[1:] else words)[-1]
    if head in GROUP_WORDS or head in _SPEAKING_PLURALS:
        return True
    return _AGENT_ENDING.search(head) is not None and head not in _THING_ENDINGS


def may_speak(subject: str) -> bool:
    """Whether a sentence's subject can be its speaker: anything but a plural thing ("Many proposals put forward …")."""
    return speaker_type(subject) != "group" or speaking_group(subject)


def headline_countries(title: str) -> str | None:
    """The countries a bilateral text's headline names, when it names two or three ("China and Kazakhstan",
    "Китай и Казахстан"), each once whatever its case ("Казахстана" and "Казахстане" are one); the group that
    "Both countries" and "Стороны" of that text are. None for a lead standing in for a title, which names
    countries in passing."""
    if len(title.split()) > TITLE_MAX_WORDS:
        return None
    unique: dict[str, str] = {}
    for word in re.findall(r"[A-ZА-ЯЁ][\w-]+", title):
        if word.lower() in COUNTRIES:
            unique.setdefault(word[:5].lower(), word)
    joiner = " и " if re.search("[а-яё]", title) else " and "
    return joiner.join(unique.values()) if 2 <= len(unique) <= 3 else None
