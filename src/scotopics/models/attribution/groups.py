"""Whether a plural noun phrase names people or bodies that can speak.

"The officials said", "Indian organisers presented" and "the member states agreed"
name groups of speakers; "Many Belarusian proposals put forward …" and "The subsequent
years … have confirmed" name things, though their verbs look alike. The head noun
decides: a word of ``group_words`` or ``speaking_plurals``, or an agent noun by its
ending (speakers, observers, analysts, historians, participants, attendees).
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import GROUP_WORDS, bare_word, speaker_type

__all__ = ["speaking_group", "may_speak"]

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
