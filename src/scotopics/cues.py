"""Surface cues of key statements: reporting verbs, modality, attribution.

Each cue is a compiled pattern; :func:`cue_features` turns one sentence and
its context into a small dense vector that the key-statement model weighs
together with the sentence's words.
"""

from __future__ import annotations

import math
import re

import numpy as np

__all__ = ["CUE_NAMES", "cue_features", "REPORTING_VERBS"]

REPORTING_VERBS = (
    "stressed", "stresses", "noted", "notes", "emphasised", "emphasized", "emphasises", "emphasizes",
    "underlined", "underlines", "underscored", "pointed out", "points out", "said", "says", "stated",
    "states", "informed", "reported", "expressed", "expresses", "reaffirmed", "reaffirm", "reiterated",
    "affirmed", "highlighted", "highlights", "believes", "believe", "considers", "consider", "welcomed",
    "welcome", "welcomes", "called for", "calls for", "call for", "called on", "call on", "urged", "urge",
    "proposed", "propose", "suggested", "suggest", "argued", "recalled", "assured", "assessed",
    "confirmed", "announced", "declared", "insisted", "observed", "remarked", "acknowledged", "added",
    "voiced", "warned", "recognised", "recognized", "support", "supported", "supports", "condemn",
    "condemned", "agreed", "agree", "decided", "approved", "adopted", "endorsed",
)
_REPORTING = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in REPORTING_VERBS) + r")\b", re.IGNORECASE)
_ATTRIBUTED = re.compile(
    r"\b(?:that|according to|in (?:his|her|their) (?:view|opinion|words)|in the opinion of)\b", re.IGNORECASE
)
_COMMITMENT = re.compile(
    r"\b(?:will|shall|should|must|intend(?:s|ed)?|plan(?:s|ned)?|ready to|determined to|committed to|"
    r"agreed to|decided to|it is planned|aim(?:s|ed)? to|seek(?:s)? to|need(?:s|ed)? to|necessary|"
    r"important|priority|essential|crucial|key|significant|effective|unacceptable|concern)\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:approved|adopted|signed|decided|endorsed|ratified|granted|established|launched)\b", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i)\b", re.IGNORECASE)
_SCENE = re.compile(
    r"\b(?:was held|were held|took place|take place|took part|attended|chaired|presided|"
    r"video ?conference|videoconference|video link|online format|format of|welcom\w*|greet\w*|"
    r"opened the|arrived|visited|met with|received|paid a visit|on the sidelines|"
    r"thank\w*|gratitude|grateful|delegations? (?:of|from)|accompanied|attended by|photo)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”«»]")
_NUMBER = re.compile(r"\d")

CUE_NAMES = (
    "reporting_verb", "attributed", "commitment", "decision", "first_person", "scene_setting",
    "question", "quotation", "number", "log_words", "short", "first_in_paragraph",
    "paragraph_position", "first_paragraph", "policy_score", "procedural_score",
)


def cue_features(
    sentence: str,
    *,
    sentence_index: int,
    paragraph_position: float,
    policy_score: float,
    procedural_score: float,
) -> np.ndarray:
    """The dense cue vector of one sentence (order as in :data:`CUE_NAMES`).

    ``paragraph_position`` is the paragraph's relative position in the
    document (0 = first, 1 = last); ``policy_score`` the paragraph's strongest
    non-procedural theme probability, ``procedural_score`` its procedural one.
    """
    words = len(sentence.split())
    return np.array(
        [
            bool(_REPORTING.search(sentence)),
            bool(_ATTRIBUTED.search(sentence)),
            bool(_COMMITMENT.search(sentence)),
            bool(_DECISION.search(sentence)),
            bool(_FIRST_PERSON.search(sentence)),
            bool(_SCENE.search(sentence)),
            sentence.rstrip().endswith("?"),
            bool(_QUOTE.search(sentence)),
            bool(_NUMBER.search(sentence)),
            math.log1p(words) / 5.0,
            words < 8,
            sentence_index == 0,
            paragraph_position,
            paragraph_position == 0.0,
            policy_score,
            procedural_score,
        ],
        dtype=np.float64,
    )
