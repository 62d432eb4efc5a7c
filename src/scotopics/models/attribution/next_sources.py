"""The source a later sentence names for a statement: "… . Об этом заявил X.", "This was stated by X."

A wire often gives what was said first and its source in the next sentence. That source speaks, unless it only
carries the news (an outlet: "Об этом сообщает ТАСС") or announces what the statement's own subject did (a press
service: "The Council … supported …. This was announced by the press service of the structure.").
"""

from __future__ import annotations

from .carriers import carries_news, relays
from .document import SpeakerDocument
from .rules import Attribution
from .sources import names_the_source_before

__all__ = ["source_named_next", "speaking_source_next", "INTENTIONS"]

#: Verbs of a plan or an intention, which report no one's words: a source named after them speaks ("Страны ЕАЭС
#: планируют …. Об этом заявил X.", "И Россия намерена …" between a statement and "Об этом заявил X.").
INTENTIONS = frozenset("намерен намерена намерены планирует планируют intend intends plan plans".split())


def source_named_next(document: SpeakerDocument, index: int) -> Attribution | None:
    """The rules' attribution of a later sentence of the paragraph that names this one's source ("… . Об этом
    заявил X."), also over one sentence between them that reports nobody ("Программы … требуют актуализации. И
    Россия … намерена …. Об этом заявил Дмитрий Медведев."); None when no such sentence follows."""
    paragraph = document.flat[index][0]
    for following in (index + 1, index + 2):
        if following >= len(document.flat):
            return None
        # A lead standing alone may be named by the next paragraph's first sentence ("ТЯНЬЦЗИНЬ /Trend/ - …" /
        # "Как сообщает …, об этом сказал Президент Кыргызстана …").
        alone = len(document.paragraphs[paragraph]) == 1 or _last_without_verb(document, index)
        if document.flat[following][0] != paragraph and not (following == index + 1 and alone):
            return None
        if names_the_source_before(document.flat[following][2]):
            between = document.rule(index + 1).verb if following > index + 1 else None
            return None if between and between.lower() not in INTENTIONS else document.rule(following)
    return None


def speaking_source_next(document: SpeakerDocument, index: int) -> Attribution | None:
    """:func:`source_named_next` when it names who spoke: not an outlet carrying the news ("Об этом сообщает ТАСС"),
    nor a press service announcing what the sentence's own subject did ("The Council … supported …. This was
    announced by the press service of the structure.")."""
    named = source_named_next(document, index)
    if named is None or not named.speaker or carries_news(named.speaker):
        return None
    own = document.rule(index)
    return None if relays(named.speaker) and own.speaker and own.verb else named


def _last_without_verb(document: SpeakerDocument, index: int) -> bool:
    """Whether sentence ``index`` ends its paragraph and reports no verb of its own, as a lead after its dateline does
    ("TIANJIN, China, September 1. During its upcoming chairmanship, Kyrgyzstan aims …" / "President X made the
    remarks at …"); not "Они также выразили обеспокоенность …", whose subject speaks."""
    paragraph, sentence, _ = document.flat[index]
    return sentence == len(document.paragraphs[paragraph]) - 1 and document.rule(index).verb is None
