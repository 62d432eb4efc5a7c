"""Who gives a speech whose title does not say it: its headings or the headline's last words do.

Governments and agencies publish a speech under a headline of its own message ("Grasp the trend of the times, …") and
set the speaker in short lines above the text ("Address at the twenty-second meeting" over "President of the People's
Republic of China Xi Jinping"), in a second sentence of the headline ("… в ШОС. Полная речь Лукашенко на саммите") or
after the headline's colon ("India's SCO Vision is …: PM Modi in Tianjin"). :func:`heading_speaker` reads those for a
text that speaks in the first person. An editor's line above the text ("Editor's note: Following is the full text of a
speech by President Xi Jinping …") names the speaker and makes the text a speech (:func:`introduces_speech`), however
seldom it says "I" or "we".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import person_names
from .titles import title_speaker
from .verbs import find_verb

__all__ = ["heading_speaker", "introduces_speech", "HEADING_LINES"]

#: The lines above a speech and its first sentences that are read for headings.
HEADING_LINES = 8
#: The most words a heading line has (a lead sentence has more).
HEADING_WORDS = 25
#: The word a speech's heading opens with ("Address at …", "Выступление …", "Полная речь …"; not "Речь идёт о …").
_SPEECH_WORD = re.compile(
    r"(?i)^\W*(?:full\s+|полн\w+\s+)?(?:address|speech|remarks|statement|выступлени|речь(?!\s+\w*\s*ид[её]т)|обращени)"
)
#: An editor's line that introduces the text below it ("Editor's note: Following is the full text of a speech by …").
_INTRODUCED = re.compile(
    r"(?i)^\W*(?:editor[’']?s\s+note\s*:\s*)?(?:the\s+)?following\s+is\s+(?:the\s+)?(?:full\s+)?text\s+of\s+"
    r"(?:an?\s+|the\s+)?"
)
#: A headline closing on a post's initials and a name, and where it was said ("…: PM Modi in Tianjin").
_CLOSING_POST_NAME = re.compile(
    r":\s+(?:PM|FM|EAM|President|Premier|Prime\s+Minister|Foreign\s+Minister)\s+(?P<who>[A-Z][a-z][\w’'-]*"
    r"(?:\s+[A-Z][a-z][\w’'-]*)?)(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s*$"
)


#: A speaker's possessive before what an editor's line introduces ("UN Secretary-General António Guterres’ video
#: message at …"), the speaker in its group ``who``.
_POSSESSIVE_SPEECH = re.compile(
    r"(?P<who>[^,;:]{3,80}?)[’']s?\s+(?:(?:video|written|opening|closing|keynote|inaugural)\s+)?"
    r"(?:message|address|speech|remarks|statement)\b"
)


def _introduced(line: str) -> str | None:
    """What an editor's line introduces ("a speech by President Xi …" of "Following is the full text of a speech by
    President Xi …"; "speech by UN Secretary-General António Guterres …" of "… the text of UN
    Secretary-General António Guterres’ video message …"), else None."""
    found = _INTRODUCED.match(line)
    if found is None:
        return None
    rest = line[found.end() :]
    possessive = _POSSESSIVE_SPEECH.match(rest)
    return f"speech by {possessive.group('who')}{rest[possessive.end() :]}" if possessive else rest


def introduces_speech(lines: Sequence[str]) -> bool:
    """Whether an editor's line among the first ``lines`` introduces the text as a speech ("Following is the full
    text of a speech by President Xi Jinping …"), whether or not the speech says "I" and "we" often."""
    return any(_SPEECH_WORD.match(rest) for line in lines[:HEADING_LINES] if (rest := _introduced(line)) is not None)


def heading_speaker(title: str, lines: Sequence[str]) -> str | None:
    """The person a speech's headline closes on or its heading lines name, else ``None``.

    ``lines`` are the lines above the text and its first sentences, in order.
    """
    closing = _CLOSING_POST_NAME.search(title)
    if closing:
        return closing.group("who")
    headings = [title, *title.split(". ")[1:], *lines[:HEADING_LINES]]
    introduced = [rest for line in headings if (rest := _introduced(line)) is not None]  # (of any length)
    headings = [line for line in headings if len(line.split()) <= HEADING_WORDS] + introduced
    headings = [line for line in headings if _SPEECH_WORD.search(line)]
    for line in headings:  # "Выступление Президента Беларуси Лукашенко А.Г. на заседании …", "Полная речь Лукашенко"
        found = title_speaker(line)
        if found and (person_names(found) or found.split()[0].istitle() and len(found.split()) == 1):
            return found
    if not headings:
        return None
    for line in lines[:HEADING_LINES]:  # "President of the People's Republic of China Xi Jinping" under the heading
        names = person_names(line)
        if names and line.strip(" .").endswith(names[-1]) and len(line.split()) <= 12 and find_verb(line) is None:
            return names[-1]
    return None
