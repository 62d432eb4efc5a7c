"""Russian subjects that follow what opens the sentence: the office nouns and nominative nouns that head a subject,
and the subject a writer puts right after a gerund's clause without a comma ("Выступая на форуме министр …").
"""

from __future__ import annotations

import re

from .names import GROUP_WORDS, person_mentions, person_names
from .participles import SURNAME

__all__ = [
    "RUSSIAN_OFFICE_NOUNS",
    "SUBJECT_NOUNS",
    "ADJECTIVE_ENDINGS",
    "OFFICES_AFTER",
    "after_gerund_clause",
    "passive_agent",
]

#: Russian office nouns that head a speaker phrase written in lower case mid-sentence.
RUSSIAN_OFFICE_NOUNS = frozenset(
    "генсек генсекретарь министр президент председатель глава посол премьер-министр пресс-секретарь замминистра "
    "замглавы замгенсека лидер руководитель представитель премьер вице-премьер".split()
)
#: Nominative nouns that can head a subject after a phrase of place or time.
SUBJECT_NOUNS = (
    GROUP_WORDS
    | RUSSIAN_OFFICE_NOUNS
    | frozenset("конференция форум совет секретариат министерство комитет делегация сторона стороны".split())
    | frozenset("палата парламент правительство гость".split())  # ("Нижняя палата парламента … ратифицировала",
    # "пакистанский гость сообщил")
    | frozenset("эксперт политолог аналитик специалист востоковед".split())  # ("Основным итогом эксперт назвал")
)
#: Nominative endings of a Russian adjective before an office ("Генеральный секретарь", "Российская сторона").
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ые", "ие")
OFFICES_AFTER = frozenset({"секретарь", "представитель", "директор", "прокурор", "консул"})


def after_gerund_clause(words: list[str]) -> list[str]:
    """The subject a Russian writer put after a gerund's clause without a comma ("Продолжая тему транзита
    Президент Казахстана", "Выступая на форуме министр иностранных дел Сергей Лавров", "Говоря о транзите
    Токаев"): from the first subject noun in the nominative, or an adjective before it, or a name that ends the
    words; nothing when there is none (the clause's own object is in another case: "заседании Совета")."""
    for k in range(2, len(words)):
        word, after = words[k].lower(), words[k + 1].lower() if k + 1 < len(words) else ""
        if word in SUBJECT_NOUNS or (word.endswith(ADJECTIVE_ENDINGS) and after in SUBJECT_NOUNS | OFFICES_AFTER):
            return words[k:]
    names = person_names(" ".join(words[2:]))
    last = names[-1].split() if names else []
    if SURNAME.fullmatch(words[-1]) and (not last or last[0].endswith("е")):
        last = words[-1:]  # "в Ташкенте Мирзиёев": a place in the locative, then the surname
    return last if last and words[-len(last) :] == last else []


#: A Russian short passive and its agent, a group in the instrumental ("было поддержано всеми сторонами", "была
#: поддержана главами правительств …").
_PASSIVE_BY_GROUP = re.compile(
    r"\bбыл[оаи]?\s+(?:[а-яё]+\s+)?[а-яё]+(?:ано|ено|ена|ана|аны|ены|ято|ята|яты|ито|ита|иты)\s+"
    r"(?P<all>всеми\s+|обеими\s+)?(?P<group>[а-яё]+(?:ами|ями))(?P<rest>(?:\s+[^\s,.;:]+){0,4})?\s*[.!]?$"
)


#: A Russian short passive of proposing or backing and a person named as its agent, up to where or when ("Инициатива
#: … была предложена президентом Узбекистана Шавкатом Мирзиёевым на заседании ШОС+").
_PASSIVE_BY_PERSON = re.compile(
    r"\bбыл[оаи]?\s+(?:[а-яё]+\s+)?(?:предложен|выдвинут|поддержан|озвучен|высказан|инициирован)[аоы]?\s+"
    r"(?P<agent>[^,.;:]{3,120}?)(?=\s+(?:на|в|во|во время|в ходе|по итогам)\s|[,.;:]|$)"
)


#: A group in the instrumental before a short passive ("всеми лидерами было отмечено", "большинством участников
#: было констатировано"): the group said it.
_AGENT_BEFORE_PASSIVE = re.compile(
    r"(?:^|[\s,])(?<![Мм]ежду\s)(?<!\b[Сс]\s)(?<!\b[Сс]о\s)(?:(?:(?P<all>[Вв]семи|[Оо]беими)\s+)?"
    r"(?:(?P<adjective>[А-ЯЁа-яё][а-яё]+[ыи]ми)\s+)?(?P<group>[А-ЯЁа-яё][а-яё]+(?:ами|ями))"  # ("Национальными
    r"|[Бб]ольшинством\s+(?P<most>[а-яё]+(?:ов|ев|ей)))"  # координаторами был согласован …")
    r"\s+был[оаи]?\s+[а-яё]+(?:[аяеё]н|[иуяо]т)[аоы]?\b"  # (a short participle: "отмечено", "подчеркнута")
)
_EVERY = {"всеми": "все ", "обеими": "обе "}


def passive_agent(sentence: str) -> str | None:
    """The group a Russian passive names as its agent, in the nominative ("Данное предложение было поддержано всеми
    сторонами": "все стороны"; "… была поддержана главами Правительств стран-членов ШОС": "главы Правительств …";
    "всеми лидерами было отмечено": "все лидеры"), or the person a passive of proposing names ("… была предложена
    президентом … Шавкатом Мирзиёевым")."""
    found = _PASSIVE_BY_GROUP.search(sentence)
    if found is not None:
        nominative = _group_nominative(found.group("group"))
        every = _EVERY.get((found.group("all") or "").strip(), "")
        return f"{every}{nominative}{found.group('rest') or ''}".strip() if nominative else None
    before = _AGENT_BEFORE_PASSIVE.search(sentence) if "был" in sentence else None
    if before and before.group("most"):
        return f"большинство {before.group('most')}" if before.group("most") in _GROUPS_GENITIVE else None
    if before:
        nominative = _group_nominative(before.group("group").lower())
        adjective = before.group("adjective")
        if nominative and adjective:  # "Национальными координаторами": "национальные координаторы"
            nominative = f"{adjective.lower()[:-3]}{adjective[-3]}е {nominative}"
        return f"{_EVERY.get((before.group('all') or '').lower(), '')}{nominative}" if nominative else None
    by_person = _PASSIVE_BY_PERSON.search(sentence)
    named = person_mentions(by_person["agent"]) if by_person else ()
    return named[0] if named else None


#: Groups in the genitive plural after "большинством" ("большинством участников").
_GROUPS_GENITIVE = frozenset({"участников", "делегаций", "министров", "лидеров", "экспертов", "членов", "государств"})


def _group_nominative(instrumental: str) -> str | None:
    """A group word in the nominative plural from its instrumental ("сторонами" → "стороны"), if it names a group."""
    stem = instrumental[:-3]
    nominative = stem + ("и" if instrumental.endswith("ями") or stem[-1:] in "кгхжшчщ" else "ы")
    return nominative if nominative in GROUP_WORDS | {"главы", "стороны", "делегации"} else None
