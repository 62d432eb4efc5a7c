"""Checking and normalising what users pass in.

All public entry points send their inputs through these functions, so that bad
input fails early with an error that names the problem (and the position of the
item in a batch) instead of deep inside scikit-learn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..exceptions import DecodeError, InputTooLargeError, InputTypeError
from .lookalikes import repair_lookalikes

#: Largest text accepted in one call, in characters (about 64 MB of plain text).
MAX_TEXT_CHARS = 64 * 1024 * 1024

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\ufeff]")


def _where(index: int | None) -> str:
    return "" if index is None else f" at index {index}"


def coerce_text(value: object, *, index: int | None = None) -> str:
    """Return ``value`` as clean text: ``str`` as is, ``bytes`` decoded as UTF-8.

    Control characters are removed, line ends unified, the text put in
    Unicode NFC form, and lookalike letters of another script inside a word
    written in the word's own script ("Pахмон" → "Рахмон"). Raises :class:`InputTypeError` for anything that is not
    text, :class:`DecodeError` for undecodable bytes and
    :class:`InputTooLargeError` above :data:`MAX_TEXT_CHARS`.
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"bytes{_where(index)} are not valid UTF-8 (byte {exc.start}): decode them first"
            ) from None
    if not isinstance(value, str):
        raise InputTypeError(f"expected text (str or UTF-8 bytes){_where(index)}, got {type(value).__name__}")
    if len(value) > MAX_TEXT_CHARS:
        raise InputTooLargeError(f"text{_where(index)} has {len(value):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in value:
        value = value.replace("\t", " ")
    if _CONTROL_CHARS.search(value):
        value = _CONTROL_CHARS.sub("", value)
    if value.isascii():
        return value
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return repair_lookalikes(value)


def coerce_text_list(texts: object, *, what: str = "texts") -> list[str]:
    """Return an iterable of texts as a list of clean strings, in input order.

    A bare string is refused: it is almost always a mistake for ``[text]``.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise InputTypeError(
            f"{what} must be an iterable of texts, got a single {type(texts).__name__}; wrap it in a list: [text]"
        )
    if not isinstance(texts, Iterable):
        raise InputTypeError(f"{what} must be an iterable of texts, got {type(texts).__name__}")
    items = list(texts)
    if all(type(item) is str for item in items) and max(map(len, items), default=0) <= MAX_TEXT_CHARS:
        # The common batch, checked at once: "\n" neither composes with its neighbours nor is
        # removed, so the joined texts are clean exactly when every text is. Lookalike letters are
        # looked for text by text: most texts have one script only, which ends the check at once, while
        # the joined batch of two languages would be scanned whole.
        joined = "\n".join(items)
        clean = "\r" not in joined and "\t" not in joined and not _CONTROL_CHARS.search(joined)
        if clean and joined.isascii():
            return items
        if clean and unicodedata.is_normalized("NFC", joined):
            return [repair_lookalikes(item) for item in items]
    return [coerce_text(item, index=i) for i, item in enumerate(items)]
