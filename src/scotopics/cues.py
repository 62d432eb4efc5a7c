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

__all__ = ["CUE_NAMES", "cue_row", "REPORTING_VERBS"]

REPORTING_VERBS = frozenset(
    """
    stressed stresses noted notes emphasised emphasized emphasises emphasizes underlined underlines
    underscored said says stated states informed reported expressed expresses reaffirmed reaffirm
    reiterated affirmed highlighted highlights believes believe considers consider welcomed welcome
    welcomes urged urge proposed propose suggested suggest argued recalled assured assessed confirmed
    announced declared insisted observed remarked acknowledged added voiced warned recognised
    recognized support supported supports condemn condemned agreed agree decided approved adopted endorsed
    подчеркнул подчеркнула подчеркнули отметил отметила отметили заявил заявила заявили сообщил сообщила
    сообщили указал указала указали выразил выразила выразили подтвердил подтвердили подтверждают
    призвал призвала призвали предложил предложила предложили считает считают полагает убежден
    убеждены высказался высказались приветствовал приветствовали поддержал поддержали поддерживают
    осудил осудили договорились согласились решили одобрили утвердили приняли акцентировал добавил
    """.split()
)
_REPORTING_PHRASES = (
    "pointed out",
    "points out",
    "called for",
    "calls for",
    "call for",
    "called on",
    "call on",
    "обратил внимание",
    "обратила внимание",
    "выразил уверенность",
    "выразили уверенность",
)
_ATTRIBUTION_WORDS = frozenset({"that", "что"})
_ATTRIBUTION_PHRASES = (
    "according to",
    "in his view",
    "in her view",
    "in their view",
    "in his opinion",
    "in her opinion",
    "in the opinion of",
    "in his words",
    "in her words",
    "по словам",
    "по мнению",
    "по его словам",
    "по ее словам",
    "по её словам",
)
_COMMITMENT_WORDS = frozenset(
    """
    will shall should must intend intends intended plan plans planned necessary important priority
    essential crucial key significant effective unacceptable concern aim aims aimed seek seeks need needs
    needed
    будет будут должны должен должна необходимо необходим важно важным важной приоритет приоритетом
    планируется планирует планируют намерены намерен готовы готов нужно следует недопустимо
    ключевой ключевым эффективно обеспокоенность
    """.split()
)
_COMMITMENT_PHRASES = (
    "ready to",
    "determined to",
    "committed to",
    "agreed to",
    "decided to",
    "it is planned",
    "готовы к",
    "намерены",
    "договорились о",
)
_DECISION_WORDS = frozenset(
    """
    approved adopted signed decided endorsed ratified granted established launched
    утвердили утвердил одобрили одобрил подписали подписан подписано приняли принято принял решили
    ратифицировали учредили создан создана
    """.split()
)
_FIRST_PERSON_WORDS = frozenset({"we", "our", "us", "i", "мы", "наш", "наша", "наши", "нас", "я", "нашей", "наших"})
_SCENE_WORDS = frozenset(
    """
    attended chaired presided videoconference arrived visited received accompanied photo gratitude grateful
    welcome welcomed welcoming greeted greeting greetings thank thanks thanked
    состоялся состоялось состоялась состоялись присутствовали председательствовал
    видеоконференции видеоконференция прибыл посетил встретился благодарность благодарю поблагодарил
    приветствовал приветственным
    """.split()
)
_SCENE_PHRASES = (
    "was held",
    "were held",
    "took place",
    "take place",
    "took part",
    "video conference",
    "video link",
    "online format",
    "format of",
    "opened the",
    "met with",
    "paid a visit",
    "on the sidelines",
    "delegation of",
    "delegations of",
    "delegation from",
    "принял участие",
    "приняла участие",
    "приняли участие",
    "в режиме видеоконференции",
    "в формате",
    "на полях",
    "delegations from",
    "attended by",
)
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
