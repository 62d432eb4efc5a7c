"""Lines that are titles, headings or list items rather than sentences of text.

A page's first line may be a headline in title case, a speech's long title or a title closed by a quoted name; a
short line with a colon may be a headline ("SHANGHAI SPIRIT: MORE RELEVANT THAN EVER") rather than a transcript's
turn. :mod:`scotopics.text.segment` asks these questions of each paragraph to give it its kind.
"""

from __future__ import annotations

import re

from .debris import DATE, SENTENCE_INSIDE, TERMINAL, holds_sentence

__all__ = [
    "LIST_BULLETS",
    "LIST_MARKER",
    "SPEECH_TITLE_MAX_WORDS",
    "REPORTED_QUOTATION",
    "is_heading",
    "speech_title",
    "title_case_headline",
    "quoted_title",
    "headline_after_colon",
]

#: Bullets that open a list item on real pages, check marks and arrows of Telegram posts among them.
LIST_BULLETS = "•●▪◦·*►▶➤✓✔✅☑"
#: A list item's marker: a bullet, a number or letter, or an agenda item's time ("14:00-15:30 Plenary: …").
LIST_MARKER = re.compile(
    rf"^\s*(?:[-–—○{LIST_BULLETS}]|\(?\d{{1,3}}[.)]|\(?[a-z][.)]|\d{{1,2}}[:.]\d{{2}}(?:\s*[-–—]\s*\d{{1,2}}[:.]\d{{2}})?"
    r"|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.(?=\s+[A-ZА-ЯЁ]\w*\s+\S+\s+\S))\s+"  # a section: "II. Strengthening …"
)


#: A title's closing parenthesis of a place or date ("…, Sochi (December 01, 2017)") or of an abbreviation
#: ("… of the Shanghai Cooperation Organization (SCO)", "… Interbank Consortium (SCO IBC)"), which ends no sentence.
_TRAILING_DATE = re.compile(
    rf"\s*\((?:[^()]*\d{{4}}[^()]*|{DATE}|[A-ZА-ЯЁ]{{2,8}}(?:[\s-][A-ZА-ЯЁ]{{2,8}})?)\)\s*$", re.IGNORECASE
)


def _without_trailing_date(line: str) -> str:
    """``line`` stripped, without its closing bracket of a place, date or abbreviation (:data:`_TRAILING_DATE`)."""
    stripped = line.strip()
    return _TRAILING_DATE.sub("", stripped) if stripped.endswith(")") else stripped


def is_heading(line: str, max_words: int = 14) -> bool:
    """A short line with no sentence in it and no closing punctuation (a closing quotation mark only after a quoted
    headline), not a list item: a title or sub-heading."""
    stripped = _without_trailing_date(line)
    return (
        len(stripped.split()) <= max_words
        and not holds_sentence(stripped)
        and (not stripped.endswith(TERMINAL + (",",)) or _quoted_headline(stripped))
        and not LIST_MARKER.match(stripped)
    )


#: Closing quotation marks.
_CLOSING_QUOTES = ('"', "”", "»", "'", "’")


def _quoted_headline(line: str) -> bool:
    """A line closed by a quotation mark with no sentence end anywhere in it: a headline that quotes ("‘Must respect
    Af’s sovereignty’", "Putin Calls for Common Line on Afghanistan in Wake of US 'Flight'"), not a quoted sentence."""
    return line.endswith(_CLOSING_QUOTES) and re.search(r"[.!?…;]", line) is None


#: How the title of a speech, statement or interview opens; such a title may run long (office, event, place, date).
_SPEECH_TITLE = re.compile(
    r"(?i)^\W*(?:выступление|речь|слово|обращение|интервью|ответы|заявление|speech|statement|remarks|address|"
    r"interview|answers|opening remarks|keynote)\b"
)
#: A place and date in brackets at the end of a title ("(Tianjin, September 1)").
_PLACE_IN_BRACKETS = re.compile(r"\s*\([^().!?]{1,60}\)$")
#: The longest speech title that is still a title.
SPEECH_TITLE_MAX_WORDS = 50


def speech_title(line: str, closed: bool = False) -> bool:
    """A first line that names a speech and its occasion at length, with no closing punctuation ("Выступление и
    ответы на вопросы СМИ Министра … в ходе пресс-конференции …, Москва, 10 сентября 2020 года"), its place
    and date perhaps in brackets ("Remarks by President … at the SCO Heads of State Council (Tianjin, September 1)").

    ``closed`` also accepts a full stop after a closing quotation mark, as the document's first line may have
    ("Интервью Генерального секретаря ШОС … агентству «Дунё».") when no other sentence ends inside it.
    """
    stripped = _PLACE_IN_BRACKETS.sub("", _without_trailing_date(line))
    if closed and stripped.endswith(("».", "”.", '".')) and not SENTENCE_INSIDE.search(stripped):
        stripped = stripped[:-2]  # the quoted name of an agency or newspaper closes no sentence
    return (
        _SPEECH_TITLE.match(stripped) is not None
        and len(stripped.split()) <= SPEECH_TITLE_MAX_WORDS
        and not stripped.endswith(TERMINAL + (",",))
    )


#: A word of four letters or more, which a headline in title case capitalises.
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _in_title_case(text: str, at_least: int) -> bool:
    """Whether ``text`` has at least ``at_least`` long words and capitalises every one of them."""
    words = _LONG_WORD.findall(text)
    return len(words) >= at_least and all(word[0].isupper() for word in words)


def title_case_headline(line: str) -> bool:
    """A first line in title case that ends in a full stop ("SCO Health Officials Discuss Coop."): a headline
    whose last word is abbreviated, not a sentence; no other sentence ends inside it."""
    stripped = line.strip()
    return (
        stripped.endswith(".")
        and len(stripped.split()) <= 14
        and not SENTENCE_INSIDE.search(stripped)
        and _in_title_case(stripped, at_least=3)
    )


def quoted_title(line: str) -> bool:
    """A first line that ends with a name in quotes and holds no sentence end: a title
    ("В Киргизии пройдут учения «Евразия – Антитеррор – 2023»")."""
    stripped = line.strip()
    return (
        stripped.endswith(("»", "”", '"'))
        and len(stripped.split()) <= 14
        and not re.search(r"[.!?…]", stripped)
        and not stripped[:1].isdigit()  # "10:00 – Круглый стол «…»": an agenda item
        and not LIST_MARKER.match(stripped)
    )


#: A quotation closed by its source ('"We should offer …," the chief of … said'): a standfirst that states, not a
#: headline, even without a full stop.
REPORTED_QUOTATION = re.compile(
    r"[,!?][\"”»’']\s+[^\"“”«»]{2,120}?\b(?:said|says|stated|stressed|noted|added|told)\b"
    r"|[,!?]?[»\"”]\s*[,–—-]+\s*(?:заявил|сказал|отметил|подчеркнул|сообщил)"
)


def headline_after_colon(block: str) -> bool:
    """A short headline with a colon ("SHANGHAI SPIRIT: MORE RELEVANT THAN EVER", "SCO Summit: Putin Calls for …"),
    not a transcript's turn: every long word after the colon is capitalised and no sentence ends."""
    return _in_title_case(block.split(":", 1)[1], at_least=2) and is_heading(block)
