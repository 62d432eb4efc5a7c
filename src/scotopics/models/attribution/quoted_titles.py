"""Short quoted names: a project, an event or an exercise in quotation marks ("Peace Mission 2021").

Such a name is no statement and no person, though it is capitalised and quoted: the
name finder and the candidate search skip it.
"""

from __future__ import annotations

import re

__all__ = ["OPENING_QUOTE", "quoted_title_spans", "quoted_title_at"]

OPENING_QUOTE = re.compile(r'["“«„]')
_CLOSING_QUOTE = re.compile(r'["”»“]')


def quoted_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the short quoted names in ``text`` — a project, an event, an exercise ("Peace Mission 2021"):
    at most 80 characters between the quotation marks and no comma, so no quoted statement."""
    spans = []
    start = 0
    while (opening := OPENING_QUOTE.search(text, start)) is not None:
        end = _CLOSING_QUOTE.search(text, opening.end())
        if end is None:
            break
        if quoted_title_at(text, opening.end()):
            spans.append((opening.end(), end.start()))
        start = end.end()  # a closing straight quote opens nothing
    return spans


def quoted_title_at(text: str, start: int) -> bool:
    """Whether the quotation opened just before ``start`` is a short name rather than a statement."""
    end = _CLOSING_QUOTE.search(text, start)
    if end is None or end.start() - start > 80:
        return False
    quoted = text[start : end.start()]
    if quoted.endswith(",") and len(quoted.split()) <= NAME_BEFORE_COMMA_WORDS:
        quoted = quoted[:-1]  # a name with the sentence's comma ("“Vasudhaiva Kutumbakam,” which means …"), not
    return "," not in quoted  # words quoted before their source ("“We support it,” he said")


#: The most words of a quoted name the sentence's comma follows inside the closing mark.
NAME_BEFORE_COMMA_WORDS = 3
