"""Lists of statements: an item speaks for whoever introduced the list.

"The President proposed new initiatives, including:" followed by "✅ Creating …", "• It is important …",
"— the growth of trade is impressive;": each item is the statement of the sentence that opens the list (its
reporting rule's speaker, the owner of "statements of …", its subject, or the group before the colon).
"""

from __future__ import annotations

import re

from ...text.segment import LIST_BULLETS
from .clauses import ENUMERATION, SINGULAR_PRONOUNS
from .document import SpeakerDocument
from .groups import may_speak
from .marks import OPENS_WITH_QUOTE
from .names import GROUP_WORDS, nominative
from .openers import subject_of
from .plausibility import plausible
from .speaker_types import speaker_type

__all__ = ["list_introduction", "enumeration_introduction", "quotations_introduction", "LIST_ITEMS_BACK"]


#: A list item's marker: a bullet, a check mark, a dash or a number ("✅ …", "-- …", "- …", "3) …").
_LIST_ITEM = re.compile(
    rf"^\s*(?:[{LIST_BULLETS}]|--|-(?=\s)|[—–](?=\s+[a-zа-яё])|\d{{1,2}}[.)])\s*|^\s*(?:[—–]\s+)?[a-zа-яё](?=.*[;,]\s*$)"
    r"|^\s*[—–]\s+(?=.*;\s*$)"
    r"|^\s*[«\"“](?=.*[»\"”];\s*$)"  # a quotation closed by a semicolon ("«Сотрудничество … идёт успешно»;")
    r"|^\s*[-–—•]\s*$"  # a bullet on a line of its own, before its item
)
#: (or an item written in lower case, or after a dash, and closed by a semicolon: "темпы развития … впечатляют;",
#: "— Стратегию развития ШОС до 2035 года;")
#: A dash that opens a sentence: after a list item, the list's next item ("— Дорожную карту … до 2030 года.").
_DASHED = re.compile(r"^\s*[—–]\s")
#: A list introduced as someone's statements, its owner after the noun ("Other statements of the Russian leader:").
_STATEMENTS_OF = re.compile(
    r"(?i)\b(?:заявлени[яй]|высказывани[яй]|тезис(?:ы|ов)|решени[яй]|statements|remarks|points)\s+"
    r"(?:(?:of|by)\s+)?(.{3,80}?)\s*:\s*$"  # ("1. Решения Совета глав правительств …:": the council decided)
    # "Mirziyoyev's proposals include:": the owner of the proposals speaks
    r"|^\W*((?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3})['’]s\s+(?:[a-z]+\s+)?"
    r"(?:proposals|initiatives|statements|remarks|priorities|points|suggestions)(?:\s+(?:include|are|were))?\s*:\s*$"
    # "Here are the highlights of PM's address:", "Key quotes from Putin's speech:": the speech's owner speaks
    r"|\b(?:highlights|excerpts|quotes|takeaways|key\s+points)\s+(?:of|from)\s+(?:the\s+)?(.{2,80}?)['’]s\s+"
    r"(?:[a-z]+\s+)?(?:speech|address|remarks|statement)\s*:\s*$"
)
#: Whose decisions or documents a list gives, by its agent ("Among the decisions agreed by the Council … were:").
_AGENT_BEFORE_COLON = re.compile(r"(?i)\bby\s+(?P<who>[^,:]{3,80}?)\s+(?:were|are|include[sd]?)\s*:\s*$")
#: A bulleted item (not a numbered one), whose later sentences belong to the list too.
_BULLETED = re.compile(rf"^\s*(?:[{LIST_BULLETS}]|[-–—](?=\s))")
#: Pronouns a rule may leave unresolved, which name no one.
_BARE_PRONOUNS = frozenset("we i they he she мы я они он она".split())
#: Items a list may run before the sentence that introduces it.
LIST_ITEMS_BACK = 12


def list_introduction(document: SpeakerDocument, index: int) -> tuple[int, str] | None:
    """For a list item, how far back the sentence introducing the list stands and its speaker
    ("The President proposed new initiatives, including:"), when the rules find one."""
    if not _in_list_item(document, index):
        return None
    for back in range(1, min(LIST_ITEMS_BACK, index) + 1):
        text = document.flat[index - back][2]
        if text.rstrip().endswith(":"):
            owner = _STATEMENTS_OF.search(text)  # "Другие заявления российского лидера:": the owner speaks
            agent = _AGENT_BEFORE_COLON.search(text)  # "Among the decisions agreed by the Council … were:"
            speaker = (
                document.rule(index - back).speaker
                or (nominative(next(filter(None, owner.groups()))) if owner else None)
                or (agent.group("who") if agent else None)
                or _named_subject(document, text)  # "During its chairmanship, Kazakhstan intends to focus on:"
                or _group_before_colon(text)  # "Following the forum the participants:"
                or _before_pointer(document, index - back)  # "Лидеры … подписали пакет документов. Среди них:"
            )
            if speaker and speaker.lower() in _BARE_PRONOUNS:
                return None  # "We believe that it is necessary:" with no speaker named: no one to write down
            if speaker:
                return back, speaker
            if not _in_list_item(document, index - back):
                return None
            continue  # an item that opens a list of its own ("2. Решение … об утверждении документов:"): the outer
            # list's introduction speaks for both ("По итогам саммита главы стран подписали … документы:")
        if not _in_list_item(document, index - back):
            return None
    return None


#: Words that announce the points after them ("… agreements as follows, according to Wang.").
_AS_FOLLOWS = re.compile(
    r"(?i)\b(?:as follows|the following|следующ(?:ее|ие|им|их)"
    # "He summarized … from three aspects.", "Wang Yi introduced eight major outcomes …" before "First, …"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:(?:major|main|key)\s+)?"
    r"(?:aspects|respects|areas|points|outcomes|results|priorities|proposals)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-point\s+(?:proposal|plan|initiative|vision))\b"
)


#: A point opened by an ordinal word (not a numbered item of a declaration, whose later sentences have subjects).
_ORDINAL = re.compile(r"(?i)^\W*(?:first|second|third|fourth|fifth|sixth)(?:ly)?,")


def enumeration_introduction(document: SpeakerDocument, index: int) -> tuple[int, str] | None:
    """For a point opened by an ordinal ("Secondly, the consensus … has been consolidated.") or a later sentence of
    a paragraph opened by an ordinal word, how far back the sentence announcing the points stands and its rules'
    speaker ("The foreign ministers have reached consensus as follows, according to Wang."), over the points before
    it."""
    paragraph, sentence, _ = document.flat[index]
    sentences = document.paragraphs[paragraph]
    # (a later sentence of a point goes with it: "First, … has been deepened. These events helped …", also inside
    # one paragraph: "X made a five-point proposal. First, …. All parties should …")
    points_from = next((k for k in range(sentence + 1) if _ORDINAL.match(sentences[k])), None)  # (not "1. …")
    if points_from is None and not _ORDINAL.match(sentences[0]):
        return None
    for back in range(1, min(LIST_ITEMS_BACK, index) + 1):
        at, earlier, text = document.flat[index - back]
        if ENUMERATION.match(text) or _ORDINAL.match(document.paragraphs[at][0]):
            continue  # the points before
        if at == paragraph and points_from is not None and earlier > points_from:
            continue  # a later sentence of a point before
        speaker = document.rule(index - back).speaker
        announces = text.rstrip().endswith(":") or _AS_FOLLOWS.search(text) is not None
        if announces and speaker is None:
            speaker = _announcer(document, index - back, text)
        return (back, speaker) if announces and speaker else None
    return None


def _announcer(document: SpeakerDocument, index: int, text: str) -> str | None:
    """The person announcing points with no reporting verb ("Wang Yi introduced eight major outcomes …"), or
    reported before "he" does ("He summarized … from three aspects.")."""
    first = re.match(r"\W*(\w+)", text)
    if first and first.group(1).lower() in SINGULAR_PRONOUNS:
        floor = document.floor_holder(index)
        return floor[1] if floor else None
    subject = subject_of(document, text)
    return subject if subject and speaker_type(subject) == "person" else None


#: A line that announces the quotations after it ("Вот о чём говорил президент Казахстана.", "Here is what the
#: minister said:"): its person speaks them.
_WHAT_WAS_SAID = re.compile(
    r"(?i)^\W*(?:вот\s+(?:о\s+ч[её]м|что)\s+(?:говорил|сказал|заявил)[аи]?|here\s+is\s+what)\s+"
    r"(?P<speaker>[^.:;«»\"“”]{3,80}?)(?:\s+(?:said|told|stressed))?\s*[.:]\s*$"
)


def quotations_introduction(document: SpeakerDocument, index: int) -> tuple[int, str] | None:
    """For a sentence of a paragraph that is a quotation alone («…»), how far back the line announcing such
    quotations stands and its person ("Вот о чём говорил президент Казахстана."), over quoted paragraphs only."""
    paragraph = document.flat[index][0]
    if not OPENS_WITH_QUOTE.match(document.paragraphs[paragraph][0]):
        return None
    for back in range(1, min(LIST_ITEMS_BACK, index) + 1):
        at, sentence, text = document.flat[index - back]
        if at == paragraph or OPENS_WITH_QUOTE.match(document.paragraphs[at][0]):
            continue  # the quotation's earlier sentences, an earlier quoted paragraph
        announced = _WHAT_WAS_SAID.match(text) if sentence == len(document.paragraphs[at]) - 1 else None
        return (back, nominative(announced.group("speaker"))) if announced else None
    return None


def _in_list_item(document: SpeakerDocument, index: int) -> bool:
    """Whether sentence ``index`` is a list item, or a later sentence of a bulleted one ("• Trade grows. It is …";
    not of a numbered item, which names its own subject: "4. Государства-члены выступают …. Они считают …")."""
    paragraph, sentence, text = document.flat[index]
    if _LIST_ITEM.match(text) or sentence and _BULLETED.match(document.paragraphs[paragraph][0]):
        return True
    return bool(index and _DASHED.match(text) and _LIST_ITEM.match(document.flat[index - 1][2]))


#: A line that only points back to the sentence before it ("Среди них:", "Among them:").
_POINTER = re.compile(r"(?i)^\W*(?:среди\s+них|в\s+их\s+числе|в\s+том\s+числе|among\s+them|they\s+include)\s*:\s*$")


def _before_pointer(document: SpeakerDocument, index: int) -> str | None:
    """The speaker of the sentence before a line that only points back to it ("Лидеры стран СНГ … подписали пакет
    документов." before "Среди них:"): its rules' speaker or the subject it names."""
    if not index or not _POINTER.match(document.flat[index][2]):
        return None
    return document.rule(index - 1).speaker or _named_subject(document, document.flat[index - 1][2])


def _group_before_colon(text: str) -> str | None:
    """A group that closes the line introducing its statements ("Following the forum the participants:" before
    "— stated that …"; "… участники форума:")."""
    words = text.rstrip().rstrip(":").split()[-4:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower().strip(",") in GROUP_WORDS:
            return " ".join(words[k - 1 if k and words[k - 1].lower() in {"the", "all"} else k :]).strip(",")
    return None


def _named_subject(document: SpeakerDocument, text: str) -> str | None:
    """The subject of ``text`` when it names a speaker: a person, a country, an office or body, or a group
    ("the ministers"), not a thing ("The agenda", "the following documents")."""
    found = subject_of(document, text)
    if not found or not may_speak(found):
        return None
    return found if speaker_type(found) in ("person", "country", "group") or plausible(found, None) else None
