"""Lookalike letters of another script inside a word, put back in the word's own script.

Scraped pages mix scripts inside words: a Latin "P" typed in "Pахмон", a Latin "c" in "cаммит", a Cyrillic
"О" in "Оrganisation", and some sites hide Greek letters among the Cyrillic ones ("экономиκе", "чтο") to foil
copying. Such a word matches no entry of the vocabulary and no name pattern, so its theme cues and its
speaker are lost. A word whose letters are mostly of one script has its other letters replaced by the
lookalikes of that script, when every one of them has one; any other word is left as it is.

The check is linear in the text: a scan for a letter of each script, one for two neighbouring letters of
different scripts, and only when there is one, one pass over the words.
"""

from __future__ import annotations

import re

__all__ = ["has_lookalikes", "repair_lookalikes"]

_CYRILLIC = "а-яёА-ЯЁ"
_OTHER = "A-Za-z\u0370-\u03ff"  # Latin and Greek letters
#: Two neighbouring letters of different scripts: the only texts worth a second look.
_MIXED = re.compile(rf"[{_CYRILLIC}][{_OTHER}]|[{_OTHER}][{_CYRILLIC}]")
_LETTERS = re.compile(r"[^\W\d_]+")
_IS_CYRILLIC = re.compile(rf"[{_CYRILLIC}]")
_IS_OTHER = re.compile(rf"[{_OTHER}]")

#: Latin and Greek letters drawn like Cyrillic ones.
_TO_CYRILLIC = str.maketrans(
    "aceopxyAEKMHOPCTXBkοκαερτχΟΚΑΕΡΤΧΜΗΒ",
    "асеорхуАЕКМНОРСТХВкокаертхОКАЕРТХМНВ",
)
#: Cyrillic letters drawn like Latin ones.
_TO_LATIN = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")
_CYRILLIC_LOOKALIKES = frozenset(chr(c) for c in _TO_CYRILLIC)
_LATIN_LOOKALIKES = frozenset(chr(c) for c in _TO_LATIN)


def has_lookalikes(text: str) -> bool:
    """Whether ``text`` holds a word that mixes Cyrillic with Latin or Greek letters (the cheap tests of one
    script each first: most texts lack one of the two)."""
    if text.isascii() or _IS_CYRILLIC.search(text) is None or _IS_OTHER.search(text) is None:
        return False
    return _MIXED.search(text) is not None


def repair_lookalikes(text: str) -> str:
    """``text`` with each mixed-script word written in its main script (see the module's docstring)."""
    if not has_lookalikes(text):
        return text
    return _LETTERS.sub(_repaired_word, text)


def _repaired_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii():
        return word
    cyrillic = len(_IS_CYRILLIC.findall(word))
    if cyrillic in (0, len(word)):
        return word
    foreign = [c for c in word if not _IS_CYRILLIC.match(c)]
    if cyrillic > len(foreign) and all(c in _CYRILLIC_LOOKALIKES for c in foreign):
        return word.translate(_TO_CYRILLIC)
    native = [c for c in word if _IS_CYRILLIC.match(c)]
    if len(foreign) > cyrillic and all(c in _LATIN_LOOKALIKES for c in native) and all(c.isascii() for c in foreign):
        return word.translate(_TO_LATIN)
    return word
