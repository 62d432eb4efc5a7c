"""Surface cues of key statements: reporting verbs, modality, attribution.

Each cue is a set of words (looked up in the sentence's set of lower-case
words) or of phrases (looked up as substrings), which is much faster than one
regular expression per cue on long documents. :func:`cue_row` turns one
sentence and its context into a small dense vector that the key-statement
model weighs together with the sentence's words.
"""

from __future__ import annotations

import math
import re

from . import lexicon

__all__ = ["CUE_NAMES", "cue_row", "REPORTING_VERBS"]

REPORTING_VERBS = lexicon.words("reporting_verbs")
_REPORTING_PHRASES = lexicon.phrases("reporting_verbs")
_ATTRIBUTION_WORDS = frozenset({"that", "что"})
_ATTRIBUTION_PHRASES = lexicon.entries("attribution_phrases")
_COMMITMENT_WORDS = lexicon.words("commitment_words")
_COMMITMENT_PHRASES = lexicon.entries("commitment_phrases")
_DECISION_WORDS = lexicon.words("decision_words")
_FIRST_PERSON_WORDS = lexicon.words("first_person_words")
_SCENE_WORDS = lexicon.words("scene_words")
_SCENE_PHRASES = lexicon.entries("scene_phrases")
_WORD = re.compile(r"[a-zа-яё]+")
_DIGIT = re.compile(r"\d")
_QUOTES = ('"', "“", "”", "«", "»", "„")

CUE_NAMES = (
    "reporting_verb",
    "attributed",
    "commitment",
    "decision",
    "first_person",
    "scene_setting",
    "question",
    "quotation",
    "number",
    "log_words",
    "short",
    "first_in_paragraph",
    "paragraph_position",
    "first_paragraph",
    "policy_score",
    "procedural_score",
)


def cue_row(
    sentence: str,
    *,
    sentence_index: int,
    paragraph_position: float,
    policy_score: float,
    procedural_score: float,
) -> list[float]:
    """The cues of one sentence as a list (order as in :data:`CUE_NAMES`).

    ``paragraph_position`` is the paragraph's relative position in the
    document (0 = first, 1 = last); ``policy_score`` the paragraph's strongest
    non-procedural theme probability, ``procedural_score`` its procedural one.
    """
    lower = sentence.lower()
    words = set(_WORD.findall(lower))
    count = len(sentence.split())
    return [
        not words.isdisjoint(REPORTING_VERBS) or any(p in lower for p in _REPORTING_PHRASES),
        not words.isdisjoint(_ATTRIBUTION_WORDS) or any(p in lower for p in _ATTRIBUTION_PHRASES),
        not words.isdisjoint(_COMMITMENT_WORDS) or any(p in lower for p in _COMMITMENT_PHRASES),
        not words.isdisjoint(_DECISION_WORDS),
        not words.isdisjoint(_FIRST_PERSON_WORDS),
        not words.isdisjoint(_SCENE_WORDS) or any(p in lower for p in _SCENE_PHRASES),
        sentence.rstrip().endswith("?"),
        any(q in sentence for q in _QUOTES),
        _DIGIT.search(sentence) is not None,
        math.log1p(count) / 5.0,
        count < 8,
        sentence_index == 0,
        paragraph_position,
        paragraph_position == 0.0,
        policy_score,
        procedural_score,
    ]
