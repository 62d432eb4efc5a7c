"""Which language a text is in, from the scripts of its letters.

The models read English (and, where a model was trained on it, Russian). A
text in another script gets a documented result instead of a silent wrong
answer: no themes and a ``language`` field that says why. Detection counts
letters by script; it needs no data and costs one pass over the text.
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "detect_languages", "OTHER_CYRILLIC", "UNDETERMINED"]

#: Language code for text without letters.
UNDETERMINED = "und"

_SCRIPTS = {
    "en": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF\u3040-\u30FF]"),
    "ar": re.compile(r"[\u0600-\u06FF]"),
}


def _one_class(languages: list[str]) -> re.Pattern[str]:
    """One character class of the scripts of ``languages`` (much faster to scan for than an alternation)."""
    return re.compile("[" + "".join(_SCRIPTS[lang].pattern[1:-1] for lang in languages) + "]")


_OTHER_SCRIPTS = _one_class([lang for lang in _SCRIPTS if lang != "en"])
_LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1)) + bytes(range(0xC3, 0xC9))
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))
_FAR_SCRIPTS = _one_class([lang for lang in _SCRIPTS if lang not in ("en", "ru")])


def detect_language(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code of the text's main script: "en" (Latin), "ru" (Cyrillic), "zh", "ar",
    "other" (letters of another script), or :data:`UNDETERMINED` when there are no letters.
    Cyrillic text whose letters mark another language than Russian gets that language's code
    ("kk", "uz", "ky", "tg", "uk", "be", "sr", "mk"), or "other". Reads the first ``sample`` characters.
    """
    head = text[:sample]
    if not _OTHER_SCRIPTS.search(head):  # the common case, decided in one pass
        return _latin_or_none(head)
    if not _FAR_SCRIPTS.search(head):  # Latin and Cyrillic only: two counts decide (ties go to "en")
        return "en" if _latin_over_cyrillic(head) else _cyrillic_language(head)
    counts = {language: len(pattern.findall(head)) for language, pattern in _SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    if counts[best]:
        return _cyrillic_language(head) if best == "ru" else best
    return "other" if any(ch.isalpha() for ch in head) else UNDETERMINED


#: Cyrillic letters outside the Russian alphabet (all but А-я, Ё and ё), and the languages they mark, the most
#: telling first: a Kazakh, Uzbek or Ukrainian page (an SCO member's own outlet) is not Russian text.
_NOT_RUSSIAN = re.compile(r"[\u0400\u0402-\u040F\u0450\u0452-\u045F\u0460-\u04FF]")
_CYRILLIC_MARKS = (
    ("kk", "әұһӘҰҺ"),
    ("tg", "ӣӯҷӢӮҶ"),
    ("uk", "їєґЇЄҐ"),
    ("be", "ўЎ"),  # with і; Uzbek's ў comes without it
    ("uz", "ҳҲ"),
    ("ky", "ңөүҢӨҮ"),
    ("sr", "јљњћђџЈЉЊЋЂЏ"),
    ("mk", "ѓќѕЃЌЅ"),
)
#: The codes of the Cyrillic languages other than Russian that detection tells apart by their letters.
OTHER_CYRILLIC = frozenset([*(language for language, _ in _CYRILLIC_MARKS), "uz"])
#: The share of a text's Cyrillic letters outside Russian from which it is another language (Kazakh text has
#: several per cent; a Russian text quoting one Kazakh name far less).
NOT_RUSSIAN_SHARE = 0.01


def _cyrillic_language(head: str) -> str:
    """ "ru" for Russian text, else the code of the other Cyrillic language its letters mark ("other" if none)."""
    if not _NOT_RUSSIAN.search(head):
        return "ru"
    foreign = _NOT_RUSSIAN.findall(head)
    if len(foreign) < 3 or len(foreign) < NOT_RUSSIAN_SHARE * len(_SCRIPTS["ru"].findall(head)):
        return "ru"
    letters = set(foreign)
    for language, marks in _CYRILLIC_MARKS:
        if letters & set(marks) and (language != "be" or letters & set("іІ")):
            return language
    return "uz" if letters & set("ўЎқҚғҒ") else "other"


def _latin_or_none(head: str) -> str:
    """The language of a text without letters of the scripts other than Latin that we know."""
    if _SCRIPTS["en"].search(head):
        return "en"
    return "other" if any(ch.isalpha() for ch in head) else UNDETERMINED


def detect_languages(texts: list[str], sample: int = 20_000) -> list[str]:
    """:func:`detect_language` of each text; a text all in ASCII is decided by one search for a letter."""
    return [_latin_or_none(text[:sample]) if text.isascii() else detect_language(text, sample) for text in texts]


def _latin_over_cyrillic(head: str) -> bool:
    """Whether ``head`` has at least as many Latin letters as Cyrillic ones, counted on its UTF-8 bytes:
    the lead bytes C3-C8 start exactly U+00C0-U+023F and D0-D3 exactly U+0400-U+04FF."""
    data = head.encode("utf-8", "surrogatepass")
    if b"\xc9" in data:  # U+0240-U+027F: only part of it is Latin here; count by the patterns
        return len(_SCRIPTS["en"].findall(head)) >= len(_SCRIPTS["ru"].findall(head))
    latin = len(data) - len(data.translate(None, _LATIN_BYTES))
    return latin >= len(data) - len(data.translate(None, _CYRILLIC_LEADS))
