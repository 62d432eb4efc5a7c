"""Per-label decision thresholds, tuned on out-of-fold probabilities."""

from __future__ import annotations

import re

import numpy as np

from ..text.headings import speech_title
from ..text.segment import LIST_BULLETS
from .attribution.declarations import opens_declaration
from .attribution.transcripts import spoken_text
from .attribution.verbs import find_verb
from .courtesy import courtesy_words

__all__ = [
    "best_threshold",
    "ensure_one_theme",
    "ensure_one_theme_in_texts",
    "THRESHOLD_GRID",
    "ONE_THEME_MIN_WORDS",
    "ONE_THEME_MIN_PROBA",
    "salutation",
    "label_line",
    "speech_occasion",
]

#: Thresholds tried, from 0.05 to 0.95 in steps of 0.01.
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
#: A content paragraph of at least this many words gets at least its strongest theme ...
ONE_THEME_MIN_WORDS = 15
#: ... unless even that theme's probability is below this.
ONE_THEME_MIN_PROBA = 0.1


def best_threshold(proba: np.ndarray, target: np.ndarray, beta: float = 1.0) -> float:
    """The threshold with the best F-beta on these (out-of-fold) probabilities; ties go to the middle.

    ``beta`` < 1 weighs precision more than recall (0.5: twice as much).
    """
    positives = target.sum()
    if positives == 0:
        return 0.5
    weight = beta * beta
    best_score, best = -1.0, []
    for threshold in THRESHOLD_GRID:
        predicted = proba >= threshold
        true_positive = float(np.sum(predicted & (target == 1)))
        score = (1 + weight) * true_positive / (predicted.sum() + weight * positives)
        if score > best_score + 1e-12:
            best_score, best = score, [threshold]
        elif abs(score - best_score) <= 1e-12:
            best.append(threshold)
    return float(best[len(best) // 2])


def ensure_one_theme(flags: np.ndarray, proba: np.ndarray, word_counts: np.ndarray) -> np.ndarray:
    """Decisions where a content paragraph of substance is never left without a theme.

    Real content paragraphs almost always discuss something: people leave
    about 2 % of them untagged, thresholds alone left 12 % (issue 11). A row
    with no theme, at least :data:`ONE_THEME_MIN_WORDS` words and a strongest
    probability of at least :data:`ONE_THEME_MIN_PROBA` gets that theme.
    """
    flags = np.array(flags, dtype=bool, copy=True)
    empty = ~flags.any(axis=1) & (word_counts >= ONE_THEME_MIN_WORDS) & (proba.max(axis=1) >= ONE_THEME_MIN_PROBA)
    rows = np.flatnonzero(empty)
    flags[rows, proba[rows].argmax(axis=1)] = True
    return flags


def ensure_one_theme_in_texts(flags: np.ndarray, proba: np.ndarray, texts: list[str]) -> np.ndarray:
    """:func:`ensure_one_theme` with the word counts of ``texts``, counted only for the rows they can change.

    A salutation ("Excellencies, Ladies and Gentlemen!") or a declaration's opening ("We, the Heads of
    State, …,") gets no theme at all (rule 6).
    A courtesy line (its first sentence thanks, congratulates, welcomes or greets) is left as the
    thresholds decided: rule 12 gives it no theme unless it speaks about a sector.
    """
    flags = np.array(flags, dtype=bool, copy=True)
    silent = {row for row, text in enumerate(texts) if salutation(text) or label_line(text) or speech_occasion(text)}
    flags[sorted(silent)] = False  # rule 6: a salutation or a page's label line has no policy content
    rows = np.flatnonzero(~flags.any(axis=1) & (proba.max(axis=1) >= ONE_THEME_MIN_PROBA)).tolist()
    words = np.zeros(len(texts), dtype=np.int64)
    words[rows] = [0 if row in silent or courtesy_words(texts[row]) else len(texts[row].split()) for row in rows]
    return ensure_one_theme(flags, proba, words)


#: How a speech addresses its listeners ("Excellencies", "Dear colleagues", "Уважаемые коллеги") and how a
#: declaration opens ("We, the Heads of the Member States …, meeting in Bishkek on 16 August 2007,").
_SALUTATION = re.compile(
    r"(?i)^\W*(?:(?:your|his|her|their)\s+)?(?:excellenc|dear\b|distinguished\b|esteemed\b|honou?rable\b|"
    r"ladies and gentlemen|уважаем|дорог(?:ие|ой|ая)\b|дамы и господа|господин)"
    r"|^\W*(?:we|мы),\s+(?:the\s+)?(?:heads|leaders|ministers|participants|главы|руководители|министры|участники)\b"
)
#: The longest line ending in a comma that is read as an address to the listeners.
ADDRESS_MAX_WORDS = 20
#: How a list entry opens: a bullet or a dash, or a word in lower case.
_LIST_ENTRY = re.compile(rf"^(?:[-–—{LIST_BULLETS}]|[a-zа-яё])")
#: Abbreviations whose full stop ends no sentence: titles, initials and months ("having met on Oct. 12-13").
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|[A-ZА-ЯЁ]|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.")
_STATEMENT_END = re.compile(r"[.?](?:\s|$)")


def salutation(text: str) -> bool:
    """Whether a paragraph only addresses the listeners or opens a declaration, with no sentence of its own
    ("Excellencies, Ladies and Gentlemen!", "We, the leaders of the member states, having met in Tianjin,", "The
    heads of state … declare the following.")."""
    stripped = spoken_text(text).strip()  # ("Председатель КНР X: Уважаемые …")
    if opens_declaration(stripped):
        return not _STATEMENT_END.search(_ABBREVIATION.sub("", stripped)[:-1])  # the opening sentence alone
    # An address that ends in a comma ("The Secretary General of SCO and the Director of RATS,") is one too,
    # but not a list entry ("– digital transformation of education,"), which takes its topic's theme (rule 8).
    address = stripped.endswith(",") and len(stripped.split()) <= ADDRESS_MAX_WORDS and not _LIST_ENTRY.match(stripped)
    if not (address or _SALUTATION.match(stripped)):  # the cheap tests first: most paragraphs fail them
        return False
    return not _STATEMENT_END.search(_ABBREVIATION.sub("", stripped))


#: What makes a short line that ends in a colon a list's introduction, not a page's label: a verb in the past
#: ("The ministers approved:", "Министры одобрили:") or an agenda (rule 8: "В повестке дня заседания:").
_INTRODUCES = re.compile(
    r"(?i)\b(?:\w+ed|\w+(?:ли|ла|ло|ил|ал|ял|ел)|includ\w*|cover\w*|agenda\w*|повестк\w*|discuss\w*|обсу\w*)\b"
)
#: The longest line read as a page's label.
LABEL_MAX_WORDS = 4


def label_line(text: str) -> bool:
    """Whether a paragraph is a page's label before what follows ("Member States:", "Размер шрифта:", "Среди
    них:"): a few words and a colon, no verb and no agenda; it has no policy content (rule 6)."""
    stripped = text.rstrip()
    if not stripped.endswith(":") or len(stripped.split()) > LABEL_MAX_WORDS:
        return False
    return _INTRODUCES.search(stripped) is None


#: A line that names the occasion of a speech: "At the 23rd Meeting of the Council of Heads of State of the …", "at the
#: High Level Conference of the SCO on 'Security and Stability …'" (a speech's subtitle, with no comma and no verb).
_AT_OCCASION = re.compile(
    r"(?i)^\W*at\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,4}?(?:meeting|summit|session|conference|forum|council)\b[^,;]*$"
)
#: How a speech's title or its subtitle of the occasion opens.
_OCCASION_OPENING = re.compile(
    r"(?i)^\W*(?:at\s|выступлени|речь|слово|обращени|интервью|ответы|заявлени|speech|statement|remarks|address"
    r"|interview|answers|opening|keynote)"
)
#: The event a speech's title names ("Speech at the … meeting", "Выступление на заседании …").
_OCCASION = re.compile(
    r"(?i)\b(?:meeting|summit|session|conference|forum|council|заседани|саммит|совещани|форум|конференци|сесси)"
)


def speech_occasion(text: str) -> bool:
    """Whether a paragraph is a speech's title or subtitle naming its occasion ("Speech at the expanded format
    meeting of the SCO Council of Heads of State", "At the 23rd Meeting of the Council of Heads of State …"): no
    policy content (rule 6). On the 560 real pages labelled in the forty-first release, 5 such lines had themes
    (``procedural``, ``security``), none from the labellers."""
    stripped = text.strip()
    if not _OCCASION_OPENING.match(stripped):
        return False  # (most paragraphs: the word that opens a title or a subtitle is looked for first)
    if speech_title(stripped) and _OCCASION.search(stripped):
        return True
    return _AT_OCCASION.match(stripped) is not None and not stripped.endswith(".") and find_verb(stripped) is None
