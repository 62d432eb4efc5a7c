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
from collections.abc import Sequence

import numpy as np

from .. import lexicon
from .candidates import Candidate
from .clauses import ENUMERATION, PLURAL_PRONOUNS, SINGULAR_PRONOUNS
from .document import SpeakerDocument
from .names import surname_key
from .plausibility import plausible
from .speaker_types import speaker_type
from .transcripts import ANSWER_PREFIX, strip_answer_prefix

__all__ = ["FEATURE_NAMES", "SOURCES", "sentence_context", "features", "feature_matrix"]

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
    "continues",
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
    tokens = _WORD.findall(text)
    words = {w.lower() for w in tokens}
    answer = ANSWER_PREFIX.match(text) is not None
    first = _WORD.findall(strip_answer_prefix(text))[:1] if answer else tokens[:1]
    index = document.position[(paragraph, sentence)]
    rule = document.rule(index)
    verb = rule.verb is not None
    # The pronoun the rules could not resolve: the subject, or the source after a quotation ("…," he added.)
    pronoun = (rule.speaker or "").lower() if verb else ""
    return {
        "first_person": not words.isdisjoint(_FIRST_PERSON) or _WE_VERB.match(text) is not None,
        "verb": verb,
        "quoted": any(q in text for q in '“”«»"'),
        "answer": answer,
        "speech": document.speech,
        "dialogue": document.dialogue,
        "pronoun": bool(first) and first[0].lower() in SINGULAR_PRONOUNS or pronoun in SINGULAR_PRONOUNS,
        "it": bool(first) and first[0].lower() in {"it", "its", "оно"},
        "plural_pronoun": bool(first) and first[0].lower() in PLURAL_PRONOUNS or pronoun in PLURAL_PRONOUNS,
        "first": sentence == 0,
        "dash": text.lstrip()[:1] in {"–", "—", "-"},
        "continues": not verb and _follows_a_reported_statement(document, index),
    }


def _follows_a_reported_statement(document: SpeakerDocument, index: int) -> bool:
    """Whether the sentence before, in the same paragraph, reports a speaker with a verb ("X recalled …"), or
    introduces the list that the items before belong to: a sentence without its own verb after it usually
    continues that statement."""
    paragraph = document.flat[index][0]
    while index > 0 and document.flat[index - 1][0] == paragraph:
        before = document.rule(index - 1)
        if before.speaker is not None and before.verb is not None:
            return True
        if not ENUMERATION.match(document.flat[index - 1][2]):
            return False
        index -= 1  # "X put forward three suggestions. First, …. Second, …": the list goes on with his words
    return False


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


_SOURCE_COLUMN = {s: i for i, s in enumerate(SOURCES)}
_TYPE_COLUMN = {t: i for i, t in enumerate(_TYPES)}
#: Where each block of :data:`FEATURE_NAMES` starts.
_TYPES_AT = len(SOURCES)
_SCALARS_AT = _TYPES_AT + len(_TYPES)
_CROSSED_AT = _SCALARS_AT + 7
_AGREEMENT_AT = _CROSSED_AT + len(SOURCES) * len(_CONTEXT)


def feature_matrix(document: SpeakerDocument, found: Sequence[Candidate], context: dict[str, bool]) -> np.ndarray:
    """The features of all candidates of one sentence at once: one row each, as :func:`features` gives it."""
    count = len(found)
    main = document.main_person
    mentions = document.mentions
    own_rows = []  # the sources, the type and the scalars of each candidate, built as lists (cheaper than rows)
    for candidate in found:
        values = [0.0] * _CROSSED_AT
        for source in candidate.sources:
            values[_SOURCE_COLUMN[source]] = 1.0
        kind = speaker_type(candidate.speaker) if candidate.speaker else None
        column = _TYPE_COLUMN.get(kind) if kind else None
        if column is not None:
            values[_TYPES_AT + column] = 1.0
        key = surname_key(candidate.speaker) if kind == "person" and candidate.speaker else ""
        values[_SCALARS_AT:] = (
            min(candidate.distance, 20) / 10.0,
            float(candidate.same_paragraph),
            float(candidate.in_sentence),
            math.log1p(mentions.get(key, 0)) if key else 0.0,
            float(bool(key) and key == main),
            len(candidate.sources) / 3.0,
            float(plausible(candidate.speaker, kind)),
        )
        own_rows.append(values)
    x = np.zeros((count, len(FEATURE_NAMES)))
    if count:
        x[:, :_CROSSED_AT] = own_rows
    facts = np.array([context[c] for c in _CONTEXT], dtype=np.float64)
    crossed = x[:, : len(SOURCES), None] * facts[None, None, :]
    x[:, _CROSSED_AT:_AGREEMENT_AT] = crossed.reshape(count, len(SOURCES) * len(_CONTEXT))
    x[:, _AGREEMENT_AT] = x[:, _TYPES_AT + _TYPE_COLUMN["person"]] * float(context["pronoun"])
    x[:, _AGREEMENT_AT + 1] = x[:, _TYPES_AT + _TYPE_COLUMN["group"]] * float(context["plural_pronoun"])
    return x
