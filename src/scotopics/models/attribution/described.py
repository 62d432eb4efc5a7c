"""A person the text names once and then describes by post or rank instead of by name.

News writing varies the reference: "… said Bakhtiyor Khakimov, Special Envoy of the President of Russia …" and later
'"…," the ambassador said'; "SCO Secretary-General Vladimir Norov" and later "The former Uzbek foreign minister also
suggested"; "замначальника Генштаба ВС РФ Сергей Истраков" and then "По словам генерал-полковника"; "Professor Oleg
Markin, Rector of the University" and then "The Rector enthused …". When no office holder is found for such a
description (:func:`~.canonical.office_holder`), a reader takes the one person the text has named up to that
sentence, or, for a formal title, the one person it gave that title.
"""

from __future__ import annotations

import re
from typing import Protocol

from .names import is_chinese_name, person_mentions, surname_key
from .offices import NATIONALITY

__all__ = ["described_person"]

#: A post whose other cases change its stem ("Посол", "Посла", "послом").
_STEMS = {"посол": "пос(?:ол|л)"}
#: What a formal title names after its post ("Secretary General of the organization", "Head of the state").
_OF_BODY = re.compile(r"(?i)\s+of\s+the\s+(?:organi[sz]ation|state)$")


class _Document(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def header(self) -> tuple[str, ...]: ...
    @property
    def flat(self) -> list[tuple[int, int, str]]: ...
    @property
    def names(self) -> dict[str, str]: ...


#: One person described by post, rank or role after "the" ("the ambassador", "the former Uzbek foreign minister",
#: "the Belarusian border service chief", "the head of the Belarusian Foreign Ministry", or a formal title: "the
#: Rector"), or a Russian rank or post written alone
#: ("генерал-полковник", "российский дипломат", "Министр").
_DESCRIBED = re.compile(
    r"(?i:^the\s+(?:[A-Za-z’'-]+\s+){0,4}?(?P<post>minister|ambassador|envoy|diplomat|official|chief|head|commander|general"
    r"|secretary[-\s]general|director|chairman|chairwoman|chairperson|president|premier"
    r"|governor|leader|adviser|advisor|aide|rector|professor|scholar)(?:\s+of\s+the\s+(?:organi[sz]ation|state)"
    r"|(?<=head)\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,2}(?:foreign\s+)?(?:ministry|delegation|diplomacy))?$)"
    r"|^(?:[а-яё]+(?:ий|ый|ой)\s+)?(?P<rank>генерал|адмирал|полковник|дипломат|посол|министр|премьер|политик|спецпредставитель|политолог)"
    r"(?:-[а-яё]+)?(?<![ыи])$"  # (one officer, not "Премьер-министры")
)


def described_person(document: _Document, index: int, speaker: str) -> str | None:
    """The person ``speaker`` describes by post or rank, named in the title, the lines above the text or its sentences
    up to ``index``; else ``None``.

    A formal title ("the Rector", "the Secretary General of the organization") is the one person the text gave that
    title. A description in lower case ("the ambassador", "the former Uzbek foreign minister", "генерал-полковник")
    is the one person named so far, when the text wrote that post beside nobody else ("… met the Ambassador of
    Tajikistan. The ambassador said …" is the ambassador's, not the host's).
    """
    described = _DESCRIBED.match(speaker) or _DESCRIBED.match(speaker[:1].lower() + speaker[1:])  # ("Министр отметил")
    if not described:
        return None
    lines = (document.title, *document.header, *(text for _, _, text in document.flat[: index + 1]))
    named = {
        full for line in lines for name in person_mentions(line) if (full := document.names.get(surname_key(name)))
    }
    nationality = next((word.lower() for word in speaker.split() if NATIONALITY.match(word)), None)
    if nationality:  # "the Chinese ambassador" is not the Kyrgyz minister the text names, nor "the Kazakh leader" Xi
        named = {person for person in named if (nationality == "chinese") == is_chinese_name(person.split())}
    before = " . ".join(lines[:-1])
    written = described.group("post") or described.group("rank")
    if written[:1].isupper() and described.group("post"):
        title = _OF_BODY.sub("", re.sub(r"(?i)^the\s+", "", speaker))
        post = "(?:head\\s+of\\s+(?:the\\s+)?state|president)" if title.lower() == "head" else re.escape(title)
        given = [person for person in named if _beside(post, person).search(before)]
        return given[0] if len(given) == 1 else None
    named = {person for person in named if not _interviewer(person).search(before)} or named
    if len(named) != 1:
        return None
    person = next(iter(named))
    post = _STEMS.get(written.lower(), re.escape(written))
    again = re.compile(rf"(?i)\b{re.escape(speaker.removeprefix('the '))}(?!\s+(?:of|to)\b)")  # so before: his
    text = " . ".join(line for line in lines[1:-1] if line != document.title)  # (the headline's "Putin's aide
    spans = [*_beside(post, person).finditer(text), *again.finditer(text)]  # assures …" is the one the text names)
    theirs = [at.start() for at in re.finditer(rf"(?i)\b{post}", text)]
    if any(not any(span.start() <= at < span.end() for span in spans) for at in theirs):
        return None  # the post written beside nobody named before is someone else's, unnamed
    return person


def _beside(post: str, person: str) -> re.Pattern[str]:
    """``post`` written as ``person``'s: before his name ("Ambassador … Bakhtiyor Khakimov") or in an apposition
    after it ("Bakhtiyor Khakimov, Special Envoy …, Ambassador-at-Large")."""
    name = _name_stems(person)
    return re.compile(rf"(?i:\b{post})\W+(?:\S+\s+){{0,6}}?(?:{name})|(?:{name})\w*,[^.;]{{0,100}}?(?i:\b{post})")


def _interviewer(person: str) -> re.Pattern[str]:
    """``person`` named as the one who interviews ("in an interview with TASS First Deputy Director General Mikhail
    Gusman", "в интервью … Михаилу Гусману"): a journalist, whom no description of an official means."""
    name = _name_stems(person)
    return re.compile(
        rf"(?i:\b(?:interview|conversation)\s+(?:with|to)|в\s+интервью|в\s+беседе\s+с)\s+(?:[^\s,.;]+\s+){{0,6}}?(?:{name})"
    )


def _name_stems(person: str) -> str:
    """The first letters of ``person``'s words as alternatives of a pattern, so that any case of the name matches
    ("Михаил Гусман" in "Михаилу Гусману")."""
    return "|".join(re.escape(word[:5]) for word in person.split() if len(word) > 2)
