"""Features of a candidate speaker: where it was found, what it is, and the facts of its sentence.

Every feature is a number a reader can interpret (see :data:`FEATURE_NAMES`):
the place a candidate was found (its source), its type, how far back it was
named, and each source crossed with a fact about the sentence (first person,
a reporting verb, quotation marks, an interview answer, a speech, a pronoun
subject …), so that one linear model can learn, for instance, that a speech's
title names the speaker of its first-person sentences.
"""

from __future__ import annotations

import math
import re

import numpy as np

from .. import lexicon
from .candidates import Candidate
from .document import _PLURAL_PRONOUNS, _PRONOUNS, SpeakerDocument, plausible
from .names import speaker_type, surname_key
from .rules import ANSWER_PREFIX, strip_answer_prefix

__all__ = ["FEATURE_NAMES", "SOURCES", "sentence_context", "features"]

SOURCES = ("none", "rule", "quote", "subject", "title", "lead", "office", "previous", "mention")
_TYPES = ("person", "office_or_body", "country", "group", "document")
#: Facts about the sentence and document that change how much each source is worth.
_CONTEXT = (
    "first_person",
    "verb",
    "quoted",
    "answer",
    "dash",
    "speech",
    "dialogue",
    "pronoun",
    "it",
    "plural_pronoun",
    "first",
)
FEATURE_NAMES = (
    tuple(f"source_{s}" for s in SOURCES)
    + tuple(f"type_{t}" for t in _TYPES)
    + ("distance", "same_paragraph", "in_sentence", "mentions", "main_person", "sources", "plausible")
    + tuple(f"{s}_x_{c}" for s in SOURCES for c in _CONTEXT)
    + ("person_x_pronoun", "group_x_plural_pronoun")
)
#: Earlier sentences searched for the previous speaker and for names.

_FIRST_PERSON = lexicon.words("first_person_words") | {"my", "me", "мой", "моя", "мне", "считаем", "предлагаю"}
_WORD = re.compile(r"[\w’'-]+")
#: A Russian first-person plural verb opening a clause of a declaration ("3. Поддерживаем …", "Считаем …").
_WE_VERB = re.compile(r"^\s*(?:\d{1,2}\.\s*)?[А-ЯЁ][а-яё]+(?:аем|яем|уем|ием|ем|им)\b")


def sentence_context(document: SpeakerDocument, paragraph: int, sentence: int, text: str) -> dict[str, bool]:
    """Facts about a sentence that change how much each kind of evidence is worth."""
    words = {w.lower() for w in _WORD.findall(text)}
    first = _WORD.findall(strip_answer_prefix(text))[:1]
    index = document.position[(paragraph, sentence)]
    return {
        "first_person": not words.isdisjoint(_FIRST_PERSON) or _WE_VERB.match(text) is not None,
        "verb": document.rule(index).verb is not None,
        "quoted": any(q in text for q in '“”«»"'),
        "answer": ANSWER_PREFIX.match(text) is not None,
        "speech": document.speech,
        "dialogue": document.dialogue,
        "pronoun": bool(first) and first[0].lower() in _PRONOUNS,
        "it": bool(first) and first[0].lower() in {"it", "its", "оно"},
        "plural_pronoun": bool(first) and first[0].lower() in _PLURAL_PRONOUNS,
        "first": sentence == 0,
        "dash": text.lstrip()[:1] in {"–", "—", "-"},
    }


def features(document: SpeakerDocument, candidate: Candidate, context: dict[str, bool]) -> list[float]:
    """The candidate's features, in the order of :data:`FEATURE_NAMES`."""
    kind = speaker_type(candidate.speaker) if candidate.speaker else None
    main = document.main_person
    row = [float(s in candidate.sources) for s in SOURCES]
    row += [float(kind == t) for t in _TYPES]
    key = surname_key(candidate.speaker) if kind == "person" and candidate.speaker else ""
    row += [
        min(candidate.distance, 20) / 10.0,
        float(candidate.same_paragraph),
        float(candidate.in_sentence),
        math.log1p(document.mentions.get(key, 0)) if key else 0.0,
        float(bool(key) and key == main),
        len(candidate.sources) / 3.0,
        float(plausible(candidate.speaker, kind)),
    ]
    sources = np.array([s in candidate.sources for s in SOURCES], dtype=np.float64)
    facts = np.array([context[c] for c in _CONTEXT], dtype=np.float64)
    row += np.outer(sources, facts).ravel().tolist()
    row += [float(kind == "person" and context["pronoun"]), float(kind == "group" and context["plural_pronoun"])]
    return row
