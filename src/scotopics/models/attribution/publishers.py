"""The body that published a document the text quotes without naming it again.

A news item names the publisher once ("Об этом говорится в сообщении департамента
информации и печати МИД РФ") and later quotes the same publication by its kind alone
("«…», – говорится в документе"). A careful reader credits the later quotation, and
every sentence inside it, to the publisher named before. When the words quoted from a
declaration open with their own subject ("«Заинтересованные государства-члены … приняли
решение …», – говорится в тексте декларации"), the declaration speaks for that subject,
and it is the speaker.
"""

from __future__ import annotations

import re

from .document import SpeakerDocument, canonical
from .groups import may_speak
from .openers import subject
from .sources import quoted_document_source
from .speaker_types import speaker_type
from .verbs import find_verb

__all__ = ["earlier_publisher", "quoted_subject", "PUBLISHER_LOOK_BACK"]

#: Earlier sentences searched for the authors of a document quoted without its publisher.
PUBLISHER_LOOK_BACK = 6


def earlier_publisher(document: SpeakerDocument, index: int) -> str | None:
    """The body an earlier quotation of the document was published by ("… говорится в заявлении секретариата
    ШОС"), for a later one that names only the publication ("…, – подчеркивается в публикации"); else the
    nearest earlier speaker the rules name ("The defence ministers agreed …. '…,' according to the communique")."""
    for earlier in range(index - 1, -1, -1):
        quoted, owner, _ = quoted_document_source(document.flat[earlier][2])
        if quoted and owner:
            return owner
    for earlier in range(index - 1, max(-1, index - 1 - PUBLISHER_LOOK_BACK), -1):
        found = document.rule(earlier)
        if found.speaker and found.verb and speaker_type(found.speaker) in ("group", "office_or_body", "country"):
            return canonical(document, found.speaker)
    return None


#: The words inside the first quotation marks of a sentence.
_QUOTED = re.compile(r"[«\"“„]([^»\"”]{3,})[»\"”]")
#: Texts written in the name of their signatories (a press release reports others: "Стороны обсудили …").
_SIGNED_TEXT = re.compile(
    r"(?i)\b(?:декларац|коммюнике|резолюц|документ|информационн\w+\s+сообщени|declaration|communiqu|resolution)"
)  # ("информационное сообщение" of a summit, which the heads of state sign)


def quoted_subject(sentence: str) -> str | None:
    """The speaker the quoted words of a declaration, communiqué or resolution open with, as their grammatical
    subject ("Заинтересованные государства-члены" in «Заинтересованные государства-члены, подтверждая …,
    приняли решение …», – говорится в тексте декларации) or name as its verb's subject after a circumstance («В
    целях … государства-члены договорились …»), or None."""
    found = _QUOTED.search(sentence)
    if found is None or not _SIGNED_TEXT.search(sentence, found.end()):
        return None
    words = found.group(1)
    who = subject(words)
    if not who and (verb := find_verb(words)):  # «В целях … государства-члены договорились объявить …»: the group
        before = words[: verb.start].split()  # right before its verb, after a circumstance
        groups = [" ".join(before[-k:]) for k in (1, 2, 3) if len(before) >= k]  # (the shortest)
        who = next((g for g in groups if g[:1].isalpha() and speaker_type(g) == "group"), None)
    return who if who and may_speak(who) else None
