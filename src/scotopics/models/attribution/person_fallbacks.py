"""Who spoke when the ranking names nobody but a person clearly did: '"…," he added.', 'First: "We must …"'.

The resolver then takes the likeliest person among its candidates rather than nobody; a surname written alone
("Araghchi said …. He added …") counts as a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .candidates import PRONOUN_SOURCE, Candidate, quotation_opened, within_quotation
from .clauses import FIRST_PERSON_WORD, SINGULAR_PRONOUNS
from .document import SpeakerDocument
from .listeners import listener_only
from .openers import subject_of
from .rules import Attribution
from .speaker_types import speaker_type, titled_surname
from .surnames import surname_alone

__all__ = ["quoted_first_person", "reported_person", "likeliest_person", "pronoun_subject", "said_by_one"]
__all__ += ["subjectless_item", "shared_subject", "addressed_only"]


#: A list word before a quotation ('First: "We must …"'); a quotation that opens the sentence is
#: :func:`~.candidates.within_quotation`'s.
_LISTED_QUOTATION = re.compile(r"^\W*\w+\s*:\s*[“«„\"]")


def quoted_first_person(document: SpeakerDocument, index: int, own: str) -> bool:
    """Whether the sentence is quoted words in the first person ('First: "We must …"', '> "We should …'), outside
    a speech or interview, whose own first person is its author's."""
    if document.speech or document.dialogue:
        return False
    if not FIRST_PERSON_WORD.search(own):  # ('"Recently, we saw …. This was not just an attack …": the whole
        start = quotation_opened(document, index)  # quotation speaks in the first person)
        opened = [text for _, _, text in document.flat[start:index]] if start is not None else []
        return any(FIRST_PERSON_WORD.search(text) for text in opened)
    return within_quotation(document, index) or _LISTED_QUOTATION.match(own) is not None


def reported_person(rule: Attribution) -> bool:
    """Whether the rules found a reporting verb whose subject is a person: named, or "he", "she" unresolved."""
    subject = rule.speaker if rule.verb else None
    return subject is not None and (
        subject.lower() in SINGULAR_PRONOUNS
        or speaker_type(subject) == "person"
        or surname_alone(subject)
        or _HIS_WORDS.match(subject) is not None
    )


#: A person's words named by "his" or "her" as a subject ("His interventions … underscored …").
_HIS_WORDS = re.compile(r"(?i)^(?:his|her)\s+(?:\w+\s+)?(?:remarks|interventions?|speech|statements?|address|words)$")


#: A Russian sentence that opens with a reporting verb in the past singular, its subject left out ("Отметил, что
#: …", "Подчеркнула, что …"): the person of the sentences before speaks on.
_SUBJECTLESS_VERB = re.compile(
    r"^\W*(?:[А-ЯЁ]|(?:И|А также|Также|Кроме того,?)\s+[а-яё])[а-яё]+(?:ил|ал|ял|ел|ул)а?,?\s+(?:что|о|об)\b"
)  # ("И отметил, что …", "Также подчеркнул, что …")


def subjectless_report(rule: Attribution, own: str) -> bool:
    """Whether the sentence opens with its reporting verb and names no subject ("Отметил, что …")."""
    return rule.speaker is None and rule.verb is not None and _SUBJECTLESS_VERB.match(own) is not None


#: A list item of a joint statement that opens with its verb, its subject the one named before ("Noted the reports on
#: …", "Regretfully stated that …", "Called on the Afghan authorities …"; Russian plurals: "Призвали к …").
#: (Not a fronted participle: "Signed at the summit, the Agreement …", "Approved at the session was a plan …".)
_SUBJECTLESS_ITEM = re.compile(
    r"^\W*(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z]+ed\b(?!\s+(?:at|in|by|during|under|within|after|before|as|was|were)\b)"
    r"|^\W*[А-ЯЁ][а-яё]+[аеиыя]ли\b"
)


def subjectless_item(rule: Attribution, own: str) -> bool:
    """Whether the sentence opens with its reporting verb and no subject, in the plural or in English ("Noted …")."""
    return rule.speaker is None and rule.verb is not None and _SUBJECTLESS_ITEM.match(own) is not None


#: The most list items a shared subject is looked for back over.
_ITEM_LOOK_BACK = 6


def shared_subject(document: SpeakerDocument, index: int) -> str | None:
    """The subject the list items before sentence ``index`` share: the speaker the rules name in the nearest
    sentence before it, over earlier items without a subject ("The parties noted …. Called on …. Noted …"), or
    the group whose doings that sentence reports ("Эксперты проанализировали …. Обсудили …. Отметили …")."""
    for earlier in range(index - 1, max(-1, index - 1 - _ITEM_LOOK_BACK), -1):
        rule, text = document.rule(earlier), document.flat[earlier][2]
        if rule.speaker:
            return rule.speaker
        if _SUBJECTLESS_ITEM.match(text):
            continue  # an item without a subject, whatever its verb ("Обсудили ход выполнения …")
        group = subject_of(document, text)
        return group if group and speaker_type(group) == "group" else None
    return None


#: An English sentence whose subject is "he" or "she", after at most a short opener ("Fourth, he discussed …"): a
#: person acts, whatever the verb (Russian "он", "она" also stand for things: "Она была поддержана …").
_PRONOUN_SUBJECT = re.compile(r"(?i)^\W*(?:[\w-]+(?:\s+[\w-]+){0,2},\s+)?(?:he|she)\s+[a-z]")


def pronoun_subject(own: str) -> bool:
    """Whether the sentence's subject is "he" or "she" (and the rules found no verb of saying for it)."""
    return _PRONOUN_SUBJECT.match(own) is not None


def said_by_one(own: str) -> bool:
    """Whether one person is the sentence's source: '…, he said.', '«…», – сказала она.', or "He …" as its subject."""
    return PRONOUN_SOURCE.search(own) is not None or pronoun_subject(own)


def likeliest_person(
    found: Sequence[Candidate], logits: np.ndarray, document: SpeakerDocument | None = None
) -> str | None:
    """The candidate person the resolver ranks highest, or None when no candidate is a person (a surname alone
    counts: "Araghchi said …. He added …", its given name never written); not one the ``document`` only addresses
    or thanks ("Dear Vladimir Vladimirovich", "gratitude to … Mr. Vladimir Vladimirovich Putin")."""
    people = [
        k
        for k, c in enumerate(found)
        if c.speaker
        and (speaker_type(c.speaker) == "person" or surname_alone(c.speaker) or titled_surname(c.speaker))
        and not (document is not None and addressed_only(document, c.speaker))
    ]
    return found[max(people, key=lambda k: logits[k])].speaker if people else None


def addressed_only(document: SpeakerDocument, person: str) -> bool:
    """Whether the document only addresses or thanks ``person`` (:func:`~.listeners.listener_only`), cached."""
    if speaker_type(person) != "person":
        return False
    key = ("addressed", person)
    if key not in document._cache:
        document._cache[key] = listener_only([text for _, _, text in document.flat], person)
    return document._cache[key]
