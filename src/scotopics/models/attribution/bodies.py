"""A body named as a statement's source, written in the nominative as a reader notes it down.

Russian wires name the office that spoke in an oblique case: "сообщили в пресс-службе президента …", "уточнили в
Государственном пограничном комитете", "говорится в заявлении секретариата ШОС". :func:`body_source` and
:func:`body_nominative` put the body's head noun (and the adjectives before it) back in the nominative and leave out
the person named inside ("пресс-служба президента Казахстана", not his name).
"""

from __future__ import annotations

import re

from .names import nominative, person_names

__all__ = ["BODY_NOMINATIVE", "INITIALS", "body_nominative", "body_source", "cited_nominative", "deciding_body"]
__all__ += ["without_person"]

#: Head nouns of bodies in the genitive or prepositional case, and their nominative.
BODY_NOMINATIVE = {
    "пресс-службе": "пресс-служба", "пресс-службы": "пресс-служба", "министерстве": "министерство",
    "министерства": "министерство", "ведомстве": "ведомство", "ведомства": "ведомство", "секретариате": "секретариат",
    "секретариата": "секретариат", "комитете": "комитет", "комитета": "комитет", "исполкоме": "исполком",
    "исполкома": "исполком", "службе": "служба", "службы": "служба", "администрации": "администрация",
    "посольстве": "посольство", "посольства": "посольство", "представительстве": "представительство",
    "представительства": "представительство", "аппарате": "аппарат", "аппарата": "аппарат",
    "правительстве": "правительство", "правительства": "правительство", "программе": "программа", "кабмине": "кабмин",
    "кабмина": "кабмин", "минобороны": "Минобороны", "департаменте": "департамент", "департамента": "департамент",
    "мид": "МИД", "кремле": "Кремль",  # ("В Кремле заявили": the Kremlin, a body; not a city: "В Бишкеке заявили")
}  # fmt: skip
#: A body written in capital initials, one or more words of them ("ДИП МИД РФ", "МИД КНР").
INITIALS = re.compile(r"^[А-ЯЁA-Z]{2,6}(?:\s+[А-ЯЁA-Z]{2,6})*\b")
#: "… в пресс-службе X" after "Об этом заявили": the body, up to where the clause goes on.
_IN_BODY = re.compile(
    r"^(?:в|во)\s+(?P<body>[^,;:()]+?)(?=\s(?:по|на|после|в ходе|во время)\s|[,;:(.]|$)", re.IGNORECASE
)


#: A Russian adjective in the genitive or prepositional case before a body's head noun ("российского кабмина",
#: "во внешнеполитическом ведомстве", "таможенной службы"): its stem and ending.
_OBLIQUE_ADJECTIVE = re.compile(r"(?P<stem>[а-яё-]{3,}?)(?P<ending>ого|его|ом|ем|ой|ей)", re.IGNORECASE)


def body_nominative(phrase: str) -> str:
    """A body's name with its head noun back in the nominative ("секретариата ШОС" → "секретариат ШОС"), and the
    adjectives before it in agreement ("российского кабмина" → "российский кабмин", "таможенной службы" →
    "таможенная служба").

    Only a known body noun and the adjectives before it change; the rest is kept as written.
    """
    words = phrase.split()
    at = next((i for i, word in enumerate(words[:3]) if word.lower() in BODY_NOMINATIVE), None)
    if at is None:
        return phrase
    head = BODY_NOMINATIVE[words[at].lower()]
    adjectives = [_adjective_nominative(word, head) for word in words[:at]]
    if None in adjectives:
        return phrase  # ("этого ведомства" is no adjective's)
    if at == 0 and words[0][:1].isupper() and not head.isupper():
        head = head[:1].upper() + head[1:]  # ("Секретариата ШОС" → "Секретариат ШОС")
    return " ".join([*map(str, adjectives), head, *words[at + 1 :]])


def without_person(phrase: str) -> str:
    """``phrase`` cut before the first person named in it ("пресс-служба президента Казахстана Касым-Жомарта …")."""
    names = person_names(phrase)
    if not names:
        return phrase
    return phrase[: phrase.find(names[0].split()[0])].strip() or phrase


def body_source(rest: str) -> str | None:
    """The body named after "Об этом заявили" when it is one ("в пресс-службе президента …"), else None."""
    match = _IN_BODY.match(rest)
    if not match:
        return None
    initials = INITIALS.match(match.group("body"))
    if initials:  # "в ДИП МИД РФ": a body written in its initials
        return initials.group(0)
    words = without_person(match.group("body")).split()
    for at, word in enumerate(words[:4]):
        noun = _body_head(word)
        if noun is None:
            continue
        adjectives = [_adjective_nominative(before, noun) for before in words[:at]]
        if None in adjectives:
            return None  # words before the body that are no adjectives
        return " ".join([*map(str, adjectives), noun, *words[at + 1 :]])
    return None  # no body ("в беседе с …")


def _body_head(word: str) -> str | None:
    """A body noun in the nominative ("комитете" → "комитет", "Госпогранкомитете" → "Госпогранкомитет")."""
    lower = word.lower()
    if lower in BODY_NOMINATIVE:
        return body_nominative(word)
    ending = next((key for key in _COMPOUND_ENDINGS if lower.endswith(key) and len(lower) > len(key) + 2), None)
    return word[: -len(ending)] + BODY_NOMINATIVE[ending] if ending else None


#: Body nouns that end a compound ("Госпогранкомитете").
_COMPOUND_ENDINGS = ("комитете", "комитета", "службе", "службы", "министерстве", "министерства")


#: Pronouns declined as adjectives, which name no body ("этого ведомства", "того комитета").
_PRONOUN_STEMS = frozenset({"эт", "т", "сам", "наш", "ваш", "их", "сво", "как", "котор", "вс", "друг"})


def _adjective_nominative(word: str, noun: str) -> str | None:
    """An adjective before the body noun ``noun``, put back from the genitive or prepositional case in its gender
    ("Государственном комитете" → "Государственный", "китайском министерстве" → "китайское", "Российской службе" →
    "Российская", "российского кабмина" → "российский", "общей службы" → "общая"), else None."""
    found = _OBLIQUE_ADJECTIVE.fullmatch(word)
    if found is None or found.group("stem").lower() in _PRONOUN_STEMS:
        return None
    stem, soft = found.group("stem"), found.group("ending").lower().startswith("е")
    hard_end = stem[-1:].lower() in "кгхжшщч"  # ("российск-ий", "общ-ая")
    if noun.endswith(("а", "я")):
        return stem + ("яя" if soft and not hard_end else "ая")
    if noun.endswith(("о", "е")):
        return stem + ("ее" if soft else "ое")
    return stem + ("ий" if soft or hard_end else "ый")


#: A feminine noun or adjective in the accusative after "на" ("пресс-службу", "российскую"), and its nominative ending.
_FEMININE_ACCUSATIVE = re.compile(r"(?<=[а-яё])(?:ую|юю|у|ю)$")
_NOMINATIVE_OF = {"ую": "ая", "юю": "яя", "у": "а", "ю": "я"}


def cited_nominative(phrase: str) -> str:
    """The source after "со ссылкой на" in the nominative ("пресс-службу Кремля" → "пресс-служба Кремля",
    "министра Сергея Лаврова" → "министр Сергей Лавров")."""
    words = phrase.split()
    head = next((k for k, w in enumerate(words) if not re.search("(?:ую|юю)$", w)), 0)  # past adjectives
    if words and _FEMININE_ACCUSATIVE.search(words[head]) and words[head][:1].islower():
        for k in range(head + 1):
            words[k] = _FEMININE_ACCUSATIVE.sub(lambda m: _NOMINATIVE_OF[m.group(0)], words[k])
        return " ".join(words)
    return nominative(phrase)


#: A decision told with the meeting of the body that made it ("The decision to start admitting Iran was announced at
#: the 21st meeting of the SCO Council of Heads of State, which …"): the body, up to where and when it met.
_DECIDED_AT = re.compile(
    r"^\W*(?:[Tt]he\s+)?[Dd]ecision\s+(?:to|on)\s[^.;]{3,200}?\s(?:was|were)\s+(?:made|taken|announced|adopted)\s+"
    r"(?:at|during)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\s+of\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;]{2,100}?)(?=,|\s+(?:held|in|on|which)\b|\s*\.?$)"
)


#: The same in Russian ("Решение о предоставлении … статуса наблюдателя принято 10 октября на заседании Совета глав
#: государств СНГ"): the body in the genitive.
_RUSSIAN_DECIDED_AT = re.compile(
    r"^\W*(?:\S+\s+)?[Рр]ешение\s[^.;]{3,200}?\s(?:было\s+)?(?:принято|объявлено)\s+(?:[^.;]{0,60}?\s)?(?:на|в\s+ходе)\s+"
    r"(?:[а-яё0-9-]+\s+){0,2}?(?:заседании|заседания|сессии)\s+(?P<body>[А-ЯЁ][^,;.]{2,80}?)(?=,|\s+(?:в|во)\s|\s*\.?$)"
)


def deciding_body(sentence: str) -> str | None:
    """The body at whose meeting the decision a sentence reports was made (in the nominative), or None."""
    lowered = sentence.lower()
    found = _DECIDED_AT.match(sentence) if "decision" in lowered else None
    if found is None and "решени" in lowered and (russian := _RUSSIAN_DECIDED_AT.match(sentence)):
        return nominative(russian.group("body"))
    return found.group("body") if found else None
