"""What the sentences before a statement give the rules: the person names met so far, and those a pronoun reads.

"he" or "she" refers to the subject of a sentence shortly before; a chain of "He …. He …." sentences goes on
about one person, so it is followed back further than other sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import person_names

__all__ = ["Known", "since_subject", "PRONOUN_LOOK_BACK"]

#: Earlier sentences searched for the subject that "he" or "she" refers to.
PRONOUN_LOOK_BACK = 3


class Known:
    """The title and earlier sentences of a statement, and the person names they give, worked out when first needed."""

    __slots__ = ("title", "context", "_names", "_seen")

    def __init__(self, title: str, context: Sequence[str]) -> None:
        self.title = title
        self.context = context
        self._names: list[str] | None = None
        self._seen: str | None = None

    @property
    def names(self) -> list[str]:
        if self._names is None:
            self._names = [name for text in (self.title, *self.context) for name in person_names(text)]
        return self._names

    @property
    def seen(self) -> str:
        if self._seen is None:
            self._seen = f"{self.title} {' '.join(self.context)}"
        return self._seen


#: A sentence whose subject is "he" or "she": the same person goes on, so it does not count against the look-back.
_HE_OR_SHE = re.compile(r"(?i)^\W*(?:he|she|он|она)\b")
#: The most sentences a chain of "he" … "he" is followed back.
_CHAIN_LOOK_BACK = 8


def since_subject(context: Sequence[str]) -> list[str]:
    """The last :data:`PRONOUN_LOOK_BACK` sentences of ``context``, not counting those whose subject is "he" or "she"
    ("Lt Col X presented …. He appreciated …. He highlighted …. He mentioned …. He concluded …": X)."""
    counted = start = 0
    for start in range(len(context) - 1, max(-1, len(context) - 1 - _CHAIN_LOOK_BACK), -1):
        counted += _HE_OR_SHE.match(context[start]) is None
        if counted == PRONOUN_LOOK_BACK:
            break
    return list(context[start:]) if context else []
