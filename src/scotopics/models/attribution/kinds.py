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
    r"утвердил\w*|одобрил\w*|подписал\w*|решил\w*|договорил\w*|принял\w* решени\w*)\b"
)
_CALL_KIND = re.compile(
    r"\b(?:call(?:ed|s)? (?:on|for|upon)|urge[sd]?|appeal(?:ed|s)?|propos(?:e|ed|es|al)|"
    r"suggest(?:ed|s)?|asked(?:\s+[\w-]+){1,4}\s+to|призвал\w*|призыва\w*|предложил\w*|предлага\w*)\b"
)
_COMMITMENT_KIND = re.compile(
    r"\b(?:will|shall|plan(?:s|ned)?|intend(?:s|ed)?|ready to|committed to|determined to|aim(?:s|ed)? to|"
    r"it is planned|будет|будут|будем|продолжим|продолжат|продолжит|планиру\w*|намерен\w*|готов\w*)\b"
)
_ASSESSMENT_KIND = re.compile(
    r"\b(?:noted|stressed|emphasi[sz]ed|underlined|believes?|considers?|expressed|assessed|welcomed|"
    r"important|concern|confiden\w+|should|must|necessary|appreciat\w+|praised|convinced|"
    r"отметил\w*|отмеча\w*|подчеркнул\w*|подчеркива\w*|счита\w*|полага\w*|оценива\w*|оценил\w*|убежд[её]н\w*|"
    r"уверен\w*|поддержива\w*|поддержал\w*|приветству\w*|приветствовал\w*|выразил\w*|важн\w*|необходим\w*|"
    r"должн\w*)\b"
)


def statement_kind(sentence: str) -> StatementKind:
    """The kind of statement: decision, call, commitment, assessment or fact."""
    lower = sentence.lower()
    if _DECISION_KIND.search(lower):
        return "decision"
    if _CALL_KIND.search(lower):
        return "call"
    if _COMMITMENT_KIND.search(lower):
        return "commitment"
    if _ASSESSMENT_KIND.search(lower):
        return "assessment"
    return "fact"
