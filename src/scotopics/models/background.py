"""Sentences that only recall when a body was founded or what kind of body it is: background, no key statement.

News items and press releases close with a reminder of who the Organisation or one of its bodies is: "The SCO
was founded in 2001 in Shanghai.", "The Contact Group was set up in 2005 and resumed work in 2017.",
"Региональная антитеррористическая структура ШОС была создана в 2002 году." Such a line carries no position,
assessment, commitment or decision, yet its words (the Organisation, its bodies, their tasks) are those of
key statements, so the learned scorer ranks it high. Of the 48 sentences that open this way in our corpus and
on the labelled real pages, none was marked key; the two marked ones that tell a founding year do so in a
clause of their own ("Since it was founded in 2001, the SCO has grown into …"), which this rule leaves alone.

A definition in plain descriptive words is background too ("The Executive Committee of RATS is a permanent
body.", "РАТС является постоянно действующим органом ШОС"; 7 on the labelled pages, none key); one with a word
of assessment is a statement ("The SCO is an effective organization.").
"""

from __future__ import annotations

import re

__all__ = ["recalls_founding", "defines"]

#: A sentence that opens with its subject and tells when it was founded ("The SCO was established on June 15,
#: 2001.", "ШОС была основана в 2001 году в Шанхае.").
_FOUNDED = re.compile(
    r"^\W*(?P<subject>[A-ZА-ЯЁ][^,;:]{0,100}?)\s+(?:was|were|был[аои]?)\s+"
    r"(?:established|founded|created|set\s+up|formed|создан[аоы]?|основан[аоы]?|учрежд[её]н[аоы]?|образован[аоы]?)"
    r"\s+(?:in|on|в)\s+(?:\w+\s+)?\d"
)
#: Words that make the founding a clause of a longer statement ("Since it was founded in 2001, the SCO has …").
_CLAUSE_WORDS = frozenset("since after when as while although it that which who после когда тех".split())
#: A word that every such sentence holds (lower case): looking for them rules out most sentences fast.
_GATE_WORDS = ("establish", "found", "creat", "set up", "formed", "создан", "основан", "учрежд", "образован")


def recalls_founding(sentence: str) -> bool:
    """Whether ``sentence`` opens by telling when its subject was founded ("The SCO was founded in 2001.")."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _GATE_WORDS):
        return False
    found = _FOUNDED.match(sentence)
    if found is None:
        return False
    return _CLAUSE_WORDS.isdisjoint(found.group("subject").lower().split())


#: A sentence that opens with its subject and says what kind of body it is, in descriptive words only.
_DEFINED = re.compile(
    r"^\W*[A-ZА-ЯЁ][^,;:]{0,100}?\s(?:is\s+an?|является)\s+(?P<words>(?:[\w-]+\s+){0,4}?)"
    r"(?:organi[sz]ation|body|bloc|structure|grouping|entity|органом|организацией|структурой|объединением)\b",
    re.IGNORECASE,
)
#: The descriptive words such a definition is made of (any other word, "effective", "important", assesses).
_DESCRIPTIVE = frozenset(
    """
    international intergovernmental permanent permanently standing acting multilateral regional trans-regional
    transregional financial political economic security mutual-security specialised specialized non-governmental
    eight-member nine-member ten-member and of the sco's постоянно действующим постоянным международной
    межправительственной региональной специализированным
    """.split()
)


def defines(sentence: str) -> bool:
    """Whether ``sentence`` opens by saying what kind of body its subject is, in descriptive words only
    ("The Executive Committee of RATS is a permanent body.")."""
    lowered = sentence.lower()
    if " is a" not in lowered and "является" not in lowered:
        return False
    found = _DEFINED.match(sentence)
    return found is not None and all(word in _DESCRIPTIVE for word in found.group("words").lower().split())
