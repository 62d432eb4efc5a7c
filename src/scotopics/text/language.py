"""Which language a text is in, from the scripts of its letters.

The models read English (and, where a model was trained on it, Russian). A
text in another script gets a documented result instead of a silent wrong
answer: no themes and a ``language`` field that says why. Detection counts
letters by script; it needs no data and costs one pass over the text.
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "UNDETERMINED"]

#: Language code for text without letters.
UNDETERMINED = "und"

_SCRIPTS = {
    "en": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF\u3040-\u30FF]"),
    "ar": re.compile(r"[\u0600-\u06FF]"),
}


_OTHER_SCRIPTS = re.compile("|".join(p.pattern for lang, p in _SCRIPTS.items() if lang != "en"))


def detect_language(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code of the text's main script: "en" (Latin), "ru" (Cyrillic), "zh", "ar",
    "other" (letters of another script), or :data:`UNDETERMINED` when there are no letters.
    Reads the first ``sample`` characters.
    """
    head = text[:sample]
    if not _OTHER_SCRIPTS.search(head):  # the common case, decided in one pass
        if _SCRIPTS["en"].search(head):
            return "en"
        return "other" if any(ch.isalpha() for ch in head) else UNDETERMINED
    counts = {language: len(pattern.findall(head)) for language, pattern in _SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    if counts[best]:
        return best
    return "other" if any(ch.isalpha() for ch in head) else UNDETERMINED
