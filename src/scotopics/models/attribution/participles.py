"""Participle and gerund clauses around a subject: the words that open them name no speaker.

"Noting that India …, he said", "Намечая ориентиры, считаем …", "The member states, reaffirming …,
decided": the rules skip such a clause to find the subject, and must tell a gerund from a surname
("Медведев") and a participle from a place ("Beijing").
"""

from __future__ import annotations

import re

__all__ = [
    "PARTICIPLE",
    "SURNAME",
    "NOMINATIVE_PARTICIPLE_ENDINGS",
    "GERUND_ENDINGS",
    "participle_clause",
    "gerund_clause",
    "english_gerund_clause",
]

#: A surname alone, as a speaker before a participle clause ("Айдарбеков, открывая заседание, отметил").
SURNAME = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:ov|ev|in|ova|eva|ina|yev|ов|ев|ин|ова|ева|ина|ёв)")


def participle_clause(words: list[str]) -> bool:
    """Whether ``words`` open with a participle or gerund and its object ("reaffirming the importance",
    "подтверждая важность", "отметив рост")."""
    if len(words) < 2 or not words[1][:1].islower():
        return False
    first = words[0].lower()
    return first in _OPENING_PARTICIPLES or _RUSSIAN_CLAUSE_GERUND.fullmatch(first) is not None


#: The endings of a Russian active participle in the nominative ("являющийся", "собравшиеся", "возглавлявший"): it
#: agrees with a subject before it.
NOMINATIVE_PARTICIPLE_ENDINGS = "щий|щийся|щие|щиеся|вший|вшийся|вшие|вшиеся"
#: The endings of a Russian gerund but "-ая", which adjectives and participles share ("выступая", "новая").
GERUND_ENDINGS = "яя|уя|юя|ив|ав|ев|ув|вши|вшись|ясь|ась"
#: A Russian gerund or active participle after a comma ("подтверждая", "отметив", "собравшись", "являющийся"),
#: wider than :data:`_RUSSIAN_GERUND`, which must also tell a gerund from a word opening a sentence.
_RUSSIAN_CLAUSE_GERUND = re.compile(rf"[а-яё]{{3,}}(?:ая|{GERUND_ENDINGS}|щих|вших|{NOMINATIVE_PARTICIPLE_ENDINGS})")


#: A Russian gerund that opens a clause ("Намечая", "Выступая", "Подводя", "Обсудив", "Подписав").
_RUSSIAN_GERUND = re.compile(r"[А-ЯЁа-яё]{2,}(?:[чпжг]ая|[ыиа]вая|яя|уя|юя|дя|сь|ив|ав|ев|ув|вши)")


def gerund_clause(words: list[str]) -> bool:
    """Whether ``words`` open with a Russian gerund and its object, not with a surname ("Медведев")."""
    first = words[0]
    return (
        len(words) > 1
        and words[1][:1].islower()
        and _RUSSIAN_GERUND.fullmatch(first) is not None
        and SURNAME.fullmatch(first) is None
        and _SOFT_ADJECTIVE.search(first) is None
    )


#: A soft adjective in "-няя" ("Нижняя палата", "Внешняя политика", "Последняя встреча"), which a gerund's ending
#: does not follow those consonants with ("выполняя", "сохраняя").
_SOFT_ADJECTIVE = re.compile(r"(?i)[шжтдхвн]няя$")


#: English participles that open a clause before the subject of a report ("Noting that …, he said").
_OPENING_PARTICIPLES = frozenset(
    "addressing speaking noting observing stressing emphasizing emphasising highlighting underlining underscoring "
    "pointing referring commenting welcoming opening closing responding answering touching turning recalling "
    "calling expressing reiterating reaffirming describing citing warning urging acknowledging recognizing "
    "recognising mentioning talking briefing outlining sharing presenting chairing greeting thanking "
    "congratulating concluding summing reflecting elaborating explaining adding saying continuing discussing "
    "focusing voicing assessing "
    "asked questioned".split()  # and a passive one ("Asked if the summit would …, Khakimov explained …")
)


def english_gerund_clause(words: list[str]) -> bool:
    """Whether ``words`` open with an English participle and its object ("Observing that India …", "Addressing
    those gathered …"), not with a place ("Beijing and Moscow")."""
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _OPENING_PARTICIPLES


#: An English participle clause after a name ("said Mr Doval welcoming the delegates", "PM Shehbaz reaffirming …",
#: "an official communiqué released by the Ministry of Defence").
PARTICIPLE = re.compile(r"\s+(?=[a-z]{3,}ing\b|(?:released|issued|published|posted|circulated)\s+by\b)")
