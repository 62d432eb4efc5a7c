"""When a paragraph keeps the event label (``procedural``): the rules applied after the thresholds.

``procedural`` is the label of the meeting itself: who met, where, on what agenda (rule 3 of the taxonomy). The
classifier reads the words of a meeting into lines that only mention one, so four kinds of line lose or keep the
label here, after the thresholds:

- a courtesy line keeps no ``procedural`` for its courtesy (rule 12; :mod:`~scotopics.models.courtesy`);
- a reminder of who a body is, with no event beside it ("Founded in Shanghai in 2001, the SCO has eight member
  states: …", "The member states of the SCO are …"), is the Organisation's own affairs (rule 2), no meeting: on the
  962 real pages labelled by the forty-third release the classifier gave 14 of them ``procedural`` and the
  labellers none (:mod:`~scotopics.models.background`);
- an interviewer's question reports no event (rule 14: "What is your expectation of the upcoming SCO Summit?",
  "Question: Please tell us about the results of the meeting of national coordinators."): on the 560 real pages
  labelled in the forty-first release the classifier gave 11 questions ``procedural`` and the labellers one;
- in a document, a paragraph that only sets the scene has the event label alone (rule 3;
  :mod:`~scotopics.models.scenes`).
"""

from __future__ import annotations

import re

import numpy as np

from .attribution.transcripts import QUESTION
from .background import FOUNDING_WORDS, REMINDER_WORDS, is_background, recalls_founding
from .courtesy import courtesy_line
from .scenes import only_the_event_for_scenes

__all__ = ["interviewer_question", "recalls_background", "event_label_decisions"]

#: The longest paragraph read as an interviewer's question (the longest on the real pages have about 400
#: characters; a speech's paragraph that closes with a rhetorical question is longer).
QUESTION_MAX_CHARS = 500
#: A question mark closing a paragraph, before a closing quotation mark or bracket.
_CLOSING_QUESTION = re.compile(r"\?[\s\"»”’)]*$")


def interviewer_question(text: str) -> bool:
    """Whether a paragraph is an interviewer's question: marked as one ("Question: …", "Вопрос: …") or a short
    paragraph that closes with a question mark ("— Madam Ambassador, how do you assess …?")."""
    if len(text) > QUESTION_MAX_CHARS:
        return False
    return QUESTION.match(text) is not None or _CLOSING_QUESTION.search(text) is not None


#: A sentence's end, before a capital letter or an opening quotation mark.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«“A-ZА-ЯЁ])")
#: Words of an event: a paragraph with one of them reports a meeting beside its background.
_EVENT_WORDS = re.compile(
    r"(?i)meet|summit|visit|\bheld\b|\bhold|\bwill\b|attend(?:s|ed|ing)?\b|particip|talks|conference|forum|session|заседан|саммит"
    r"|встреч|визит|присутств|участ|состоится|пройд"
)
#: Pieces of the words of an event that are enough to find one, searched for first (lower case).
_EVENT_STEMS = (
    "meet",
    "summit",
    "visit",
    " held",
    " hold",
    " will ",
    "attended",
    "particip",
    "talks",
    "conference",
    "forum",
    "session",
    "заседан",
    "саммит",
    "встреч",
    "визит",
    "присутств",
    "участ",
)


def recalls_background(text: str) -> bool:
    """Whether a paragraph reminds the reader who a body is (when it was founded, who its members are: rule 2 makes
    that the Organisation's own affairs) and tells of no event."""
    lowered = text.lower()
    if not any(word in lowered for word in REMINDER_WORDS):
        return False  # (most paragraphs: a plain search for the words every reminder holds comes first)
    if not any(word in lowered for word in FOUNDING_WORDS) and any(word in lowered for word in _EVENT_STEMS):
        return False  # (and most of the rest tell of an event, with no founding that may name one)
    sentences = _SENTENCE_END.split(text)  # (plain sentence ends: a reminder's sentence is plain)
    if not any(is_background(sentence) for sentence in sentences):
        return False
    # an event beside the reminder keeps the label (but a founding "at a Summit in Shanghai in 2001" tells of none)
    return not any(_EVENT_WORDS.search(sentence) for sentence in sentences if not recalls_founding(sentence))


def event_label_decisions(flags: np.ndarray, texts: list[str], column: int, in_document: bool) -> np.ndarray:
    """``flags`` with the event label (``column``) taken from courtesy lines, interviewers' questions and reminders of
    who a body is and, for paragraphs of a document (``in_document``), given alone to those that only set the scene."""
    rows = [row for row in np.flatnonzero(flags[:, column]).tolist() if _no_event(texts[row])]
    if rows:
        flags = np.array(flags, dtype=bool, copy=True)
        flags[rows, column] = False
    return only_the_event_for_scenes(flags, texts, column) if in_document else flags


def _no_event(text: str) -> bool:
    """Whether a paragraph is a courtesy line, an interviewer's question or a reminder of who a body is, none of
    which reports an event."""
    return courtesy_line(text) or interviewer_question(text) or recalls_background(text)
