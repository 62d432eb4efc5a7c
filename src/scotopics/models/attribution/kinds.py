"""The kind of a statement: a decision, a call or appeal, a commitment or plan, an assessment, or a fact.

Read from the statement's verbs and modality ("decided", "called for", "will", "stressed"), in that order:
a sentence that decides and assesses is a decision.
"""

from __future__ import annotations

import re

from ...results import StatementKind

__all__ = ["KINDS", "statement_kind"]

#: Kinds of statement, in the order they are tested.
KINDS = ("decision", "call", "commitment", "assessment", "fact")

_DECISION_KIND = re.compile(
    r"\b(?:decided|approved|adopted|signed|endorsed|ratified|agreed to|agreed on|decision|"
    r"утвердил\w*|одобрил\w*|одобрен\w*|утвержден\w*|подписал\w*|решил\w*|договорил\w*|условил\w*|"
    r"согласовал\w*|принял\w*(?:\s+\S+){0,5}?\s+решени\w*)\b"
)
_CALL_KIND = re.compile(
    # "called on the member states to …" is a call; "called on the Defence Minister" a visit
    r"\b(?:call(?:ed|s)? for|call(?:ed|s)? (?:on|upon)\s+(?:\S+\s+){0,8}?to\b|"
    r"urge[sd]?|appeal(?:ed|s)?|propos(?:e|ed|es|al)|"
    r"suggest(?:ed|s)?|asked(?:\s+[\w-]+){1,4}\s+to|calling (?:on|for|upon)|needs? to|(?:is|was) a need|"
    r"призвал\w*|призыва\w*|предложил\w*|предлага\w*|выступа\w* за|выступил\w* за)\b"
)
_COMMITMENT_KIND = re.compile(
    r"\b(?:will|shall|plan(?:s|ned)?|intend(?:s|ed)?|ready to|committed to|determined to|aim(?:s|ed)? to|"
    r"promised|pledged|vowed|"
    r"it is planned|commitment to|будет|будут|будем|продолжим|продолжат|продолжит|планиру\w*|намерен\w*|"
    r"готов(?:а|о|ы)?|(?:выразил\w*|подтвердил\w*|заявил\w* о)\s+готовност\w*)\b"
)
_BELIEF_KIND = re.compile(
    r"\b(?:voiced confidence|expressed (?:confidence|(?:the )?hope)|hopes? that|hoped that|is confident|"
    r"надеет\w*|надеял\w*|выразил\w* (?:уверенность|надежду)|уверен\w*|убежд[её]н\w*|назвал\w*|"
    r"called (?:these|this|that|those|it|them)\b)\b"
)
_ASSESSMENT_KIND = re.compile(
    r"\b(?:noted|stressed|emphasi[sz]ed|underlined|believes?|considers?|expressed|assessed|welcomed|"
    r"important|concern|confiden\w+|should|must|necessary|appreciat\w+|praised|convinced|condemn\w*|"
    r"underscor\w*|pointed out|priority|agreed that|re-?affirmed|reiterated|highlighted|recogni[sz]ed|acknowledged|"
    r"осуди\w*|констатир\w*|сошл\w* во мнении|подтвердил\w*|подтвержда\w*|признал\w*|"
    r"отметил\w*|отмеча\w*|подчеркнул\w*|подчеркива\w*|счита\w*|полага\w*|оценива\w*|оценил\w*|"
    r"поддержива\w*|поддержал\w*|приветству\w*|приветствовал\w*|выразил\w*|важн\w*|необходим\w*|"
    r"должн\w*)\b"
)


def statement_kind(sentence: str) -> StatementKind:
    """The kind of statement: decision, call, commitment, assessment or fact."""
    lower = sentence.lower()
    if _DECISION_KIND.search(lower):
        return "decision"
    if _CALL_KIND.search(lower):
        return "call"
    if _BELIEF_KIND.search(lower):  # "voiced confidence that Iran's accession will …" assesses, commits no one
        return "assessment"
    if _COMMITMENT_KIND.search(lower):
        return "commitment"
    if _ASSESSMENT_KIND.search(lower):
        return "assessment"
    return "fact"
