"""Russian case endings: a word of a name or an office from an oblique case back to the nominative.

Speaker phrases stand in the genitive, dative or instrumental after "по словам", "с" or an office
("по словам министра", "встреча с Сергеем Лавровым"); a reader writes them in the nominative.
"""

from __future__ import annotations

import re

from .. import lexicon

__all__ = [
    "SKY_NAME",
    "word_nominative",
    "genitive_kept",
    "group_nominative",
    "feminine_oblique",
    "feminine_nominative",
    "FEMALE_GIVEN_NAMES",
    "woman_named",
    "man_in_nominative",
    "ADJECTIVE_OBLIQUE",
    "CONSONANT_END",
    "soft_stem",
]

GROUP_WORDS = lexicon.words("group_words")
#: A word that ends in a consonant (a masculine noun's nominative).
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")

#: "глава" (head) in every case: declined like a feminine noun, so the endings below would cut it.
_HEAD_FORMS = dict.fromkeys(("глава", "главы", "главе", "главу", "главой"), "глава")

#: A name with a surname in "-ский" (not an adjective in "-ческий"), or a man's such name in an oblique case
#: ("Бориса Дубровского", "Александру Шпаковскому").
SKY_NAME = re.compile(
    r"(?:\S+ )*(?:\S+-)?[А-ЯЁ][а-яё]{2,}(?<!че)[сц]к(?:ий|ая)$"  # (a double surname: "Марзалюк-Шпаковский")
    r"|[А-ЯЁ][а-яё]{2,}(?:[аяую]|[ео]м) [А-ЯЁ][а-яё]{2,}[сц]к(?:ого|ому|им)$"
)


#: Oblique endings of an adjective before an office ("российского президента", "таджикской делегации").
ADJECTIVE_OBLIQUE = ("ого", "его", "ому", "ему", "ой", "ей", "ым", "им")
#: Oblique forms the endings below would cut wrong: feminine heads of a speaking body ("по данным пресс-службы")
#: and an ambassador, whose vowel drops ("посла", "послом").
_LISTED_FORMS = {"службы": "служба", "пресс-службы": "пресс-служба", "администрации": "администрация"}
_LISTED_FORMS |= dict.fromkeys(("посла", "послу", "послом"), "посол")


def genitive_kept(written: str, converted: str) -> str:
    """``converted``, the nominative of ``written`` (a phrase in the genitive), with the last word kept as written
    when it ends in "-у" or "-ю": no genitive does, so it is indeclinable ("по словам Шойгу": "Шойгу")."""
    last, words = written.split()[-1], converted.split()
    return " ".join([*words[:-1], last]) if last.lower().endswith(("у", "ю")) and words else converted


def word_nominative(word: str) -> str:
    lower = word.lower()
    if lower in _HEAD_FORMS:  # "главы МИД", "глава МИД": a masculine office of the first declension
        return _HEAD_FORMS[lower] if word.islower() else _HEAD_FORMS[lower].capitalize()
    if lower in _LISTED_FORMS:
        return _LISTED_FORMS[lower] if word.islower() else _LISTED_FORMS[lower].capitalize()
    if re.fullmatch(r"[А-ЯЁа-яё.\-]+", word) and len(lower.rsplit(".", 1)[-1]) > 3:
        if lower.endswith(("ским", "цким")):  # "Шпаковским", "российским": "Шпаковский", "российский"
            return word[:-2] + "ий"
        if lower.endswith(("овым", "евым", "иным")) or lower.endswith(("ому", "ему")) and lower[-4:-3] in "вн":
            return word[:-2]
        if lower.endswith(("ства", "ству", "ством")):  # a neuter body: "посольства", "министерством"
            return re.sub(r"(?:а|у|ом)$", "о", word)
        if lower.endswith("ея"):
            return word[:-1] + "й"
        if lower.endswith("теля"):
            return word[:-1] + "ь"
        if lower.endswith("ом") and CONSONANT_END.search(lower[:-2]):
            return word[:-2]
        if lower.endswith(("а", "у")) and CONSONANT_END.search(lower[:-1]):
            return word[:-1]
        if lower.endswith(("ского", "цкого")):  # "российского президента": "российский президент"
            return word[:-3] + "ий"
    return word


#: Those an outlet asked, before the group ("опрошенных «Ъ» экспертов").
_ASKED = re.compile(r"^опрошенн\w+\s+(?:(?:«[^»]{1,30}»|\"[^\"]{1,30}\"|[а-яё]*[А-ЯЁ]{2,})\s+)?")  # ("опрошенных ТАСС")


def group_nominative(phrase: str) -> str:
    """A Russian group word after "по мнению" back in the nominative ("участников" → "участники", "опрошенных «Ъ»
    экспертов" → "эксперты"), when listed."""
    lower = _ASKED.sub("", phrase).lower()
    if lower.endswith(("их", "ых")):
        nominative = lower[:-1] + "е"
    elif lower.endswith(("ов", "ев")):
        nominative = lower[:-2] + ("и" if lower[-3:-2] in "кгхжшчщ" else "ы")
    else:
        return phrase
    return nominative if nominative in GROUP_WORDS else phrase


#: Women's given names in the nominative, which the endings of a man's name in the genitive would cut ("Мария
#: Захарова" is no "Марий Захаров"); "Евгения" is left out, being also a man's name in the genitive.
FEMALE_GIVEN_NAMES = frozenset(
    "мария юлия виктория валерия анастасия наталия наталья лидия софия ольга анна елена ирина татьяна светлана "
    "екатерина марина галина людмила вероника алла дарья ксения надежда вера жанна гульнара динара айгуль зарина "
    "малика лариса валентина нина тамара оксана".split()
)
#: A woman's surname in the genitive, dative or instrumental ("Захаровой", "Нуриевой", "Ильиной").
_FEMININE_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:ой|ою)")
#: A woman's given name or patronymic in the genitive or dative ("Марии", "Натальи", "Анны", "Ольге",
#: "Владимировны"), or a given name in -ия/-ья in the instrumental ("Марией"). Other instrumentals ("Анной")
#: end as an adjective does ("Российской") and are not told from one.
_FEMININE_GIVEN = re.compile(r"[А-ЯЁ][а-яё]+(?:ии|ьи|ией|ьей|ы|и|е)")
#: Endings of those given names and patronymics, and their nominative.
_FEMININE_GIVEN_ENDINGS = (("ией", "ия"), ("ьей", "ья"), ("ии", "ия"), ("ьи", "ья"), ("ы", "а"), ("и", "а"), ("е", "а"))


def feminine_oblique(words: list[str]) -> bool:
    """Whether ``words`` are a woman's name in an oblique case, given name (and patronymic) first ("Марии
    Захаровой", "Марии Владимировны Захаровой"); not an adjective with its noun ("Всемирной Торговой")."""
    return (
        2 <= len(words) <= 3
        and _FEMININE_SURNAME.fullmatch(words[-1]) is not None
        and all(_FEMININE_GIVEN.fullmatch(word) for word in words[:-1])
    )


def feminine_nominative(words: list[str]) -> list[str]:
    """The words of :func:`feminine_oblique` in the nominative ("Марии Захаровой" → "Мария Захарова")."""
    given = []
    for word in words[:-1]:
        ending, nominative = next(pair for pair in _FEMININE_GIVEN_ENDINGS if word.endswith(pair[0]))
        given.append(word[: -len(ending)] + nominative)
    return [*given, words[-1][:-2] + "а"]


def woman_named(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether ``words``, found at ``text[start:end]``, are a woman's name in an oblique case inside a sentence or
    alone ("По словам Марии Захаровой"); not the words opening a sentence, a participle and an adjective
    ("Утверждены Типовой …")."""
    inside = re.search(r"[а-яё]", text[:start], re.IGNORECASE) is not None
    return feminine_oblique(words) and (inside or not text[end:].strip(" .,"))


#: A man's given name in the genitive ("Владимира", "Сергея", "Дмитрия", "Николая") and a surname in the genitive
#: ("Путина", "Лаврова", "Дубровского"; "Бордюжи", "Шевы" of a surname in "-а").
_MALE_GIVEN_GENITIVE = re.compile(r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?(?:[бвгдзклмнпрстфхцчшщ]а|ея|ия|ая)")
_MALE_SURNAME_GENITIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:(?:ов|ев|ёв|ин|ын)а|[сц]кого|[жшчщкгх]и|[бвдзлмнпрстфц]ы)")


def man_in_nominative(name: str, *texts: str) -> str:
    """A man's surname in the genitive back in the nominative, with his given name ("Владимира Путина", as a title
    "О заявлениях Владимира Путина" gives it, → "Владимир Путин"; "Николай Бордюжи" → "Николай Бордюжа"), when one
    of ``texts`` writes the surname in the nominative somewhere ("– сказал Путин", "Н. Бордюжа:"); any other name
    as written ("Аида Балаева" is a woman's)."""
    words = name.split()
    if len(words) != 2 or words[0].lower() in FEMALE_GIVEN_NAMES or not _MALE_SURNAME_GENITIVE.fullmatch(words[1]):
        return name
    given = words[0]
    if _MALE_GIVEN_GENITIVE.fullmatch(given):
        given = given[:-1] + "й" if given.endswith(("ея", "ия", "ая")) else given[:-1]
    elif words[1].endswith("а") or given.endswith(("а", "я", "ы", "и")):
        return name  # ("Владимир Путина": no genitive given name, a surname in "-а" as written; "Анны Шевы")
    if words[1].endswith("кого"):
        surname = words[1][:-4] + "кий"
    elif words[1].endswith(("и", "ы")):
        surname = words[1][:-1] + "а"  # "Бордюжи" of "Бордюжа"
    else:
        surname = words[1][:-1]
    written = re.compile(rf"(?<![\w-]){surname}(?![\w-])")
    return f"{given} {surname}" if any(written.search(text) for text in texts) else name


#: A surname on a soft stem in the nominative ("Зась", "Шмыгаль") or, when short, in an oblique case ("Зася", "Засем";
#: longer ones lose their case endings as every surname does).
_SOFT_STEM = re.compile(r"([а-яё]{2,}[бвгджзклмнпрстфхцчшщ])ь|([а-яё]{2,3}[бвгджзклмнпрстфхцчшщ])(?:я|ю|ем)")


def soft_stem(word: str) -> str:
    """A lower-case surname on a soft stem in a form its other cases share: "макея" as "макей"; "зась", "зася" and
    "засем" as "зас", so that the lead's genitive and the text's nominative are one person; any other word as it is."""
    word = re.sub(r"(?<=[а-яё]{2}е)(?:я|ю|ем)$", "й", word)
    soft = _SOFT_STEM.fullmatch(word)
    return (soft.group(1) or soft.group(2)) if soft else word
