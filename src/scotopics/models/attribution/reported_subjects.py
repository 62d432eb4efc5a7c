"""The subject a sentence reports or starts with: what the pronoun rules look back on.

:func:`subject_phrase` reads who a sentence reports (its reporting verb's subject, the source closing its
quotation or named after "Об этом заявил"); :func:`sentence_subject` the person or office it opens with.
"""

from __future__ import annotations

from functools import lru_cache

from .clauses import according_clause
from .marks import mask_quotes
from .names import TITLE_WORDS
from .phrases import clean_phrase
from .quotations import quotation_source
from .sources import source_after, source_named_after
from .speaker_types import speaker_type
from .subjects import speaker_phrase
from .trailing import name_after_verb, trailing_source
from .transcripts import strip_answer_prefix
from .verbs import find_verb

__all__ = ["subject_phrase", "sentence_subject"]


@lru_cache(maxsize=4096)  # the same earlier sentences are read for each pronoun after them
def subject_phrase(sentence: str) -> str | None:
    """The speaker phrase of a sentence's reporting verb, the source that closes its quotation, the source it cites
    ("According to Putin, …") or the source it names after "Об этом заявил"."""
    sentence = strip_answer_prefix(sentence)
    quotation = quotation_source(sentence)
    if quotation:
        return quotation[0]  # '"We have received the invitation," said FO spokesperson Mumtaz Zahra Baloch.'
    trailing = trailing_source(sentence)
    if trailing:
        return trailing[0]  # "…, заявил министр … Сергей Лавров в беседе с журналистом …"
    masked = mask_quotes(sentence)
    this_by = source_named_after(masked)
    if this_by:
        return source_after(masked, this_by)  # "Об этом сообщил министр … Сергей Лавров"
    verb = find_verb(masked)  # (or the name after it: "Ранее своё мнение высказал и политолог Данияр Ашимбаев.")
    phrase = speaker_phrase(masked, verb) or name_after_verb(masked, verb.start + len(verb.text)) if verb else None
    according = according_clause(masked) if phrase is None else None  # (not "X, по информации пресс-службы, отметил")
    if according and not according.group("publication"):
        return clean_phrase(next(group for group in according.groups() if group))  # "According to Putin, …"
    return phrase


def sentence_subject(sentence: str) -> str | None:
    """The words a sentence starts with up to its first lower-case word, titles and "of the" aside
    ("Sergey Lavrov met …", "The Uzbekistani diplomat spoke …"), when they name a person or an office."""
    words = sentence.split()
    for i, word in enumerate(words[:12]):
        if word[:1].islower() and word.lower() not in TITLE_WORDS:
            head = clean_phrase(" ".join(words[:i]))
            return head if head and speaker_type(head) in ("person", "office_or_body") else None
    return None
