"""Whether a country or a group named as a sentence's subject speaks for itself or inside someone's speech.

"Wei said …. China is willing to …" and "All member States should firmly support …" are the words of the person who
holds the floor; "China proposed …" and "The sides also discussed …" are what the country or group itself did,
reported by the writer.
"""

from __future__ import annotations

import re

from .candidates import Candidate, within_quotation
from .canonical import canonical
from .clauses import IMPERSONAL
from .document import SpeakerDocument
from .explicit import is_word_character, word_position
from .names import COUNTRIES, GROUP_WORDS
from .rules import Attribution
from .speaker_types import speaker_type
from .subjects import MODALS
from .tenses import stance_or_plan

__all__ = ["speaks_through_floor", "continued_floor", "agentless_decision", "narrated_decision"]


#: The writer narrates what a group did when the first verb after its name is in the simple past ("The sides
#: also discussed …", "Молодые исследователи из Белоруссии и Ирана представили …"); a modal or auxiliary first
#: ("All member States should …", "The member states have forged ahead …") is a speaker's assessment.
_PAST = re.compile(r"(?i)^(?:\w+ed|\w+(?:ли|лись)|met|held|took|gave|made|began|set)$")
_NOT_PAST = MODALS | frozenset(
    "need needs have has are is должен должно будут могут может следует готовы готова готов".split()
)


#: The modals that make a reporting verb an appeal ("All member states should support …").
_MODALS_BEFORE_VERB = ("should", "must", "will", "shall", "need to", "have to")
#: The auxiliaries of a stance a country holds, in someone's speech ("India has consistently emphasized …").
_STANCE_AUXILIARIES = ("has", "have", "does not", "do not")
_ADVERB_END = re.compile(r"\s+\w+ly$")


def _held_stance(sentence: str, verb: str) -> bool:
    """Whether a country's ``verb`` tells a stance it holds: "is ready", "has consistently emphasized", "does not
    welcome" (not "proposed")."""
    return verb.split()[0].lower() in ("is", "are") or _after_modal(sentence, verb, _STANCE_AUXILIARIES)


def _after_modal(sentence: str, verb: str, modals: tuple[str, ...] = _MODALS_BEFORE_VERB) -> bool:
    """Whether ``verb`` follows a modal ("All member states should support …"), or one of ``modals``."""
    lowered, verb = sentence.lower(), verb.lower()
    at = word_position(lowered, verb)
    while at >= 0:
        before = lowered[:at]
        modal = _ADVERB_END.sub("", before.rstrip())  # "should firmly support"
        if len(modal) < len(before) and any(
            modal.endswith(m) and not is_word_character(modal, len(modal) - len(m) - 1) for m in modals
        ):
            return True
        at = word_position(lowered, verb, start=at + 1)
    return False


def speaks_through_floor(sentence: str, subject: str, rule: Attribution) -> bool:
    """Whether a country or group answered for ``sentence`` speaks inside the speech of the person who holds
    the floor: no reporting verb of its own, or one in the present ("India believes …" in his speech), and not
    a narration of what the group did."""
    verb = rule.verb
    present = verb is None or stance_or_plan(verb) or _after_modal(sentence, verb)
    if verb is not None and not present and not (speaker_type(subject) == "country" and _held_stance(sentence, verb)):
        return False  # "China proposed …", "The sides have agreed …": its own act, reported
    at = sentence.lower().find(subject.lower())
    for word in re.findall(r"\w+", sentence[at + len(subject) :] if at >= 0 else "")[:6]:
        if word.lower() in _NOT_PAST:
            return True
        if _PAST.match(word):
            return False
    return True


#: An act the writer narrates with no maker, which carries no one's floor on ("The plan was approved.", "Подписан
#: меморандум …", "Председательство перешло к …", "Ожидается подписание …").
_NARRATED_ACT = re.compile(
    r"(?i)\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+)?(?:\w+ed|signed|held|granted|given|made|taken|sent)\b"
    r"|\b(?:подписан|утвержд[её]н|одобрен|принят|презентован|рассмотрен|согласован|заслушан|вруч[её]н|открыт|создан"
    r"|учрежд[её]н|передан|провед[её]н|объявлен|предоставлен)[аоы]?\b|\bперешл[аои]\b|\bперешёл\b"
    r"|\b(?:ожидается|предполагается|планируется)\b|\bбыл[аио]?\s+\w+[нт][аоы]?\b"  # ("было уделено", "был затронут")
    r"|^\W*(?:подч[её]ркнут|отмечен|затронут)[аоы]?\b"
    # (or still to come: "… are to be arranged", "will be involved", "Проекты будут внесены …", "Решено создать …")
    r"|\b(?:(?:is|are)\s+to\s+be|will\s+be)\s+\w+ed\b|\b(?:будут|будет)\s+\w+[нт][аоы]?\b|\bрешено\b|\bперейд[её]т\b"
)
#: What the sentence's opening words may name that has a say of its own, or is a thing that acts: a country, a group,
#: a document or an event ("Kazakhstan is convinced …", "The partners will …", "The summit granted …", "Документ
#: закрепляет …", "Much of the discussion concerned …").
_OWN_SUBJECT_WORDS = (
    COUNTRIES
    | GROUP_WORDS
    | frozenset(
        "summit declaration document agreement strategy programme program plan memorandum concept convention treaty "
        "resolution forum meeting conference discussion discussions views talks саммит документ соглашение декларация "
        "программа стратегия меморандум концепция конвенция договор резолюция форум встреча заседание совещание".split()
    )
)
#: How many opening words are read for such a subject.
_OPENING_WORDS = 4


#: A circumstance that opens a sentence before its subject ("At the Astana summit last year, …", "В ходе встречи, …").
_FRONTED = re.compile(
    r"(?i)^\W*(?:at|in|on|during|after|following|before|over|в|во|на|по|после|в\s+ходе)\s[^,]{0,80},\s*"
)


def _own_subject(sentence: str) -> bool:
    """Whether one of the first words of the sentence's subject (past a fronted circumstance) names a country, a
    group, a document or an event."""
    opening = _FRONTED.sub("", sentence[:160], count=1)
    words = [w.lower() for w in re.findall(r"[\w’'-]+", opening)[:_OPENING_WORDS]]
    return not _OWN_SUBJECT_WORDS.isdisjoint(words)


def continued_floor(
    document: SpeakerDocument, index: int, sentence: str, kind: str, found: list[Candidate]
) -> str | None:
    """The person who holds the floor (:meth:`SpeakerDocument.floor_holder`) over a sentence that names nobody of its
    own and reports nothing, as a reader carries a speaker on ("Zhaparov said … and outlined key priorities. ¶ The first
    priority is ensuring long-term stability.").

    None when the sentence has a name of its own (``found`` at distance 0: "President Xi reached consensus …"), opens
    with a country, a group, a document or an event (:func:`_own_subject`: "Kazakhstan is convinced …", "The summit
    granted …"), is impersonal ("It was noted …"), or decides or narrates an act with no maker
    (:data:`_NARRATED_ACT`): "a decision with no stated maker" has none.
    """
    if kind == "decision" or IMPERSONAL.match(sentence) or _NARRATED_ACT.search(sentence):
        return None
    if any(c.speaker and c.distance == 0 for c in found) or _own_subject(sentence):
        return None
    floor = document.floor_holder(index)
    return canonical(document, floor[1]) if floor else None


#: A decision told in the passive with no maker ("Draft final documents were agreed upon …", "The action plan was also
#: adopted at the meet.", "It was decided to …", "Подписан меморандум …", "Решено создать …").
_AGENTLESS_DECISION = re.compile(
    r"(?i)\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|\w+ly\s+)?(?:signed|adopted|approved|agreed"
    r"|decided|endorsed|initialled|ratified)\b|\bit\s+was\s+(?:also\s+)?(?:decided|agreed)\b"
    r"|\bresulted\s+in\s+the\s+(?:adoption|signing)\b|\b(?:подписан|принят|утвержд[её]н|одобрен)[аоы]?\b|\bрешено\b"
)
#: A maker named after the verb ("… was decided … by the heads of state", "подписан главами …"), a quotation, or
#: direct speech opened by a dash ("— 20 лет назад … принята декларация …").
_MAKER_OR_QUOTE = re.compile(
    r"(?i)\sby\s|\s(?:главами|министрами|президентами|сторонами|участниками)\b|[«»“”\"]|^\s*[—–-]\s"
)


def agentless_decision(sentence: str, rule: Attribution) -> bool:
    """Whether ``sentence`` tells a decision in the passive and names no maker: "a decision with no stated maker"."""
    if rule.speaker is not None or _MAKER_OR_QUOTE.search(sentence):
        return False
    return _AGENTLESS_DECISION.search(sentence) is not None


def narrated_decision(document: SpeakerDocument, index: int, sentence: str, rule: Attribution) -> bool:
    """Whether sentence ``index`` is an :func:`agentless_decision` the writer narrates, outside a quotation, a speech
    or an interview: no one in the text speaks it (on the development pages and in the corpus, 53 such sentences
    had been given a speaker the marks did not give, and 2 one they did)."""
    if not agentless_decision(sentence, rule) or document.speaker or document.interviewee or document.dialogue:
        return False
    return not within_quotation(document, index)
