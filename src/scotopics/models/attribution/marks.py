"""Quotation marks: whether a text leaves a quotation open, and the text with its quoted passages blanked.

Straight, curly and guillemet marks are read alike; a single mark counts where a word follows it (opening) or
a word or stop precedes it (closing), as some wires quote, so that "the ministers' meeting" opens nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["opens_quotation", "mask_quotes", "quotation_close", "MAX_QUOTATION_SENTENCES", "OPENS_WITH_QUOTE"]
__all__ += ["MAX_ATTRIBUTED_SENTENCES"]

#: A sentence that opens with a quotation mark.
OPENS_WITH_QUOTE = re.compile(r"^\W*?[“«„\"]")

#: A quotation longer than this many sentences is not returned as one statement.
MAX_QUOTATION_SENTENCES = 6
#: The most sentences a quotation is followed over to the source that closes it ('"I am grateful …. It reflects ….
#: We are strong …. … ," said Secretary-General X.': all his).
MAX_ATTRIBUTED_SENTENCES = 15

_QUOTED = re.compile(r"[“«„][^”»“]*[”»]|\"[^\"]*\"")
#: A single quotation mark that opens (before a word, after a space) or closes (after a word or a stop,
#: before a space or a stop) a quotation, as some wires quote: "'Youth participation is vital. …,' Norov told".
_SINGLE_OPENS = re.compile(r"(?:^|(?<=\s))['‘](?=\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?]|$)")


#: A double quotation mark, curly, straight or a guillemet.
_DOUBLE_MARK = re.compile(r"[“«„”»\"]")


def _left_open(text: str) -> bool:
    """Whether the double quotation marks of ``text`` leave a quotation open, read in order: a straight mark
    closes a curly one still open ('“We are excited …. We look forward …" said Mr Patel') and else opens."""
    depth = 0
    for mark in _DOUBLE_MARK.findall(text):
        if mark in "“«„":
            depth += 1
        elif mark in "”»" or depth:
            depth = max(depth - 1, 0)
        else:
            depth = 1
    return depth > 0


def opens_quotation(text: str) -> bool:
    """Whether ``text`` opens a quotation that it does not close (curly, straight or single quotation marks)."""
    if _left_open(text):
        return True
    if "'" not in text and "‘" not in text:
        return False
    outside = _QUOTED.sub(" ", text)  # single marks inside a double quotation quote within it ('"… ‘under a flag’ …"')
    return len(_SINGLE_OPENS.findall(outside)) > len(_SINGLE_CLOSES.findall(outside))


def quotation_close(sentences: Sequence[str], first: int, limit: int = MAX_QUOTATION_SENTENCES) -> int | None:
    """The sentence of ``sentences`` (one paragraph's) that closes the quotation sentence ``first`` opens
    ('"We must never forget …. These threats …," he said.'), or None when it opens none or leaves it open
    beyond ``limit`` sentences."""
    text, end = sentences[first], first
    while opens_quotation(text) and end + 1 < len(sentences) and end + 1 - first < limit:
        end += 1
        text = f"{text} {sentences[end]}"
    return end if end > first and not opens_quotation(text) else None


def mask_quotes(sentence: str) -> str:
    """``sentence`` with quoted passages blanked out (same length), so no verb is taken from inside a quotation."""
    if not any(map(sentence.__contains__, '“«„"')):  # the common case: nothing quoted
        return sentence
    return _QUOTED.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], sentence)
