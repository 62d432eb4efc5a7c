"""Surface cues of key statements: reporting verbs, modality, attribution.

Each cue is a set of words (looked up in the sentence's set of lower-case
words) or of phrases (looked up as substrings), which is much faster than one
regular expression per cue on long documents. :func:`cue_row` turns one
sentence and its context into a small dense vector that the key-statement
model weighs together with the sentence's words; :func:`cue_matrix` does the
same for all sentences of a document at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from . import lexicon

__all__ = ["CUE_NAMES", "cue_row", "cue_matrix", "REPORTING_VERBS"]

#: (without "plans", a verb only before "to" and far more often a noun, "the development plans", and "called", a
#: verb of saying only before its object, "called the talks useful", not in "a body called …": a look-up of single
#: words cannot tell them apart, the attribution's verb finder reads them in their place)
REPORTING_VERBS = lexicon.words("reporting_verbs") - {"plans", "called"}
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


#: The word cues (the first five and the scene cue) and their phrases, in the order of their bits.
_WORD_CUES = (
    (REPORTING_VERBS, _REPORTING_PHRASES),
    (_ATTRIBUTION_WORDS, _ATTRIBUTION_PHRASES),
    (_COMMITMENT_WORDS, _COMMITMENT_PHRASES),
    (_DECISION_WORDS, ()),
    (_FIRST_PERSON_WORDS, ()),
    (_SCENE_WORDS, _SCENE_PHRASES),
)
#: Each cue word → the bits of the word cues it belongs to.
_WORD_BITS: dict[str, int] = {}
for _bit, (_words, _) in enumerate(_WORD_CUES):
    for _word in _words:
        _WORD_BITS[_word] = _WORD_BITS.get(_word, 0) | (1 << _bit)
_CUE_WORDS = frozenset(_WORD_BITS)
_ALL_BITS = (1 << len(_WORD_CUES)) - 1
#: The cues that have phrases: (bit, phrases).
_PHRASE_CUES = tuple((1 << bit, phrases) for bit, (_, phrases) in enumerate(_WORD_CUES) if phrases)
#: The six word cues' values for every combination of bits.
_BIT_ROWS = tuple(tuple(bool(bits & (1 << bit)) for bit in range(len(_WORD_CUES))) for bits in range(_ALL_BITS + 1))


def cue_matrix(
    sentences: Sequence[str],
    sentence_index: Sequence[int],
    paragraph_position: Sequence[float],
    policy_score: Sequence[float],
    procedural_score: Sequence[float],
) -> np.ndarray:
    """The cues of many sentences, one row each, equal to :func:`cue_row` of each.

    Each sentence's words are looked up once in one table of all cue words (a set intersection), and
    the phrases of a cue only when none of its words occurs, so a document costs one pass over its words.
    """
    lowered = [sentence.lower() for sentence in sentences]
    document = "\n".join(lowered)  # a phrase absent from the document need not be looked for in each sentence
    present = [(bit, found) for bit, phrases in _PHRASE_CUES if (found := [p for p in phrases if p in document])]
    rows = []
    for sentence, lower in zip(sentences, lowered):
        bits = 0
        for word in _CUE_WORDS.intersection(_WORD.findall(lower)):
            bits |= _WORD_BITS[word]
        if bits != _ALL_BITS:
            for bit, phrases in present:
                if not bits & bit and any(map(lower.__contains__, phrases)):
                    bits |= bit
        words = len(sentence.split())
        rows.append(
            (
                *_BIT_ROWS[bits],
                sentence.rstrip().endswith("?"),
                any(map(sentence.__contains__, _QUOTES)),
                _DIGIT.search(sentence) is not None,
                math.log1p(words) / 5.0,
                words < 8,
            )
        )
    x = np.empty((len(sentences), len(CUE_NAMES)))
    if not rows:
        return x
    x[:, :_FIRST_IN_PARAGRAPH] = rows
    x[:, _FIRST_IN_PARAGRAPH] = np.asarray(sentence_index) == 0
    position = np.asarray(paragraph_position, dtype=np.float64)
    x[:, _PARAGRAPH_POSITION] = position
    x[:, _FIRST_PARAGRAPH] = position == 0.0
    x[:, _POLICY] = np.asarray(policy_score, dtype=np.float64)
    x[:, _PROCEDURAL] = np.asarray(procedural_score, dtype=np.float64)
    return x


#: Columns of :data:`CUE_NAMES` after the six word cues and the five other cues of the sentence's text.
_FIRST_IN_PARAGRAPH, _PARAGRAPH_POSITION, _FIRST_PARAGRAPH, _POLICY, _PROCEDURAL = range(11, 16)
